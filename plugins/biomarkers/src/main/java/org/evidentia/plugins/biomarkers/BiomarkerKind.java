package org.evidentia.plugins.biomarkers;

import java.util.List;
import java.util.Map;
import org.evidentia.api.FindingKind.Attribute.Role;
import org.evidentia.api.FindingKind.Attribute;
import org.evidentia.api.FindingKind;

/**
 * The {@code biomarker-change} finding kind: a change in the amount of a molecule of the user's
 * lexicon, with the same attributes and values as the cytokine extractor's findings (the annotation
 * guidelines' specimen, population, comparison, condition and context), so that a review reads both
 * the same way, each in its own section.
 */
public final class BiomarkerKind {

    /** The kind's name, carried by every finding of the extractor. */
    public static final String NAME = "biomarker-change";

    /** The declaration: subject "Biomarker"; no key aliases (the lexicon's keys are the user's). */
    public static final FindingKind KIND = new FindingKind(NAME, "Biomarker", "Biomarkers",
            List.of(
                    new Attribute("comparison", "Comparison",
                            List.of("condition", "intervention", "exposure", "genotype", "time", "other"), Role.STRATUM),
                    new Attribute("population", "Population", List.of("human", "animal", "cell-line"), Role.STRATUM),
                    new Attribute("condition", "Condition", List.of(), Role.STRATUM),
                    new Attribute("specimen", "Specimen",
                            List.of("serum", "plasma", "blood", "csf", "saliva", "urine", "sputum", "bal", "stool", "pbmc",
                                    "tissue", "cells"), Role.BREAKDOWN),
                    new Attribute("context", "Context", List.of(), Role.DETAIL)),
            Map.of());

    private BiomarkerKind() {
    }
}
