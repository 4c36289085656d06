package org.evidentia.plugins.cytokine;

import java.util.List;
import java.util.Map;
import org.evidentia.api.FindingKind.Attribute.Role;
import org.evidentia.api.FindingKind.Attribute;
import org.evidentia.api.FindingKind;
import org.evidentia.textmining.attribute.StatementAttributes;

/**
 * The {@code cytokine-change} finding kind and its vocabulary, as the annotation guidelines (v1.2)
 * define it: attribute names and values are those of the gold files, and the key aliases are the
 * guidelines' "keys that name one molecule in two ways".
 */
public final class CytokineKind {

    /** The kind's name, carried by every finding of the extractor. */
    public static final String NAME = "cytokine-change";
    /** Where it was measured. */
    public static final String SPECIMEN = "specimen";
    /** Whose specimen was measured. */
    public static final String POPULATION = "population";
    /** What the direction compares. */
    public static final String COMPARISON = "comparison";
    /** The disease or state compared. */
    public static final String CONDITION = "condition";
    /** Free text: condition, population or exposure as the sentence states it. */
    public static final String CONTEXT = "context";

    /**
     * What the held-out gold measures (distribution/src/test/resources/gold/other-fields.jsonl, the
     * figures of docs/evaluation.md); EvaluationIT fails when a change of the rules moves them, so
     * that a report never quotes stale figures.
     */
    static final String ACCURACY = "Measured on 63 abstracts from research fields its rules were not written on, annotated"
            + " by hand (66 changes): 89% of the changes it reports are right (precision 0.89) and it finds 86% of the"
            + " annotated ones (recall 0.86); the comparison, which decides the stratum, is right for 46 of 57 (0.81), the"
            + " population for 48 of 57 (0.84) and the specimen for 45 of 57 (0.79). The comparison is read least well where"
            + " treatments are tried in models of a disease: in a reader's check of an IBD export, it was right for 24 of the 32"
            + " findings of 14 records drawn at random, a treatment's effect being taken for the disease's, so check the decreases of a"
            + " condition stratum.";

    /** The declaration. */
    public static final FindingKind KIND = new FindingKind(NAME, "Cytokine", "Cytokines",
            List.of(
                    new Attribute(COMPARISON, "Comparison", StatementAttributes.COMPARISONS, Role.STRATUM,
                            StatementAttributes.COMPARISON_MEANINGS),
                    new Attribute(POPULATION, "Population", StatementAttributes.POPULATIONS, Role.STRATUM,
                            StatementAttributes.POPULATION_MEANINGS),
                    new Attribute(CONDITION, "Condition", List.of(), Role.STRATUM),
                    new Attribute(SPECIMEN, "Specimen", StatementAttributes.SPECIMENS, Role.BREAKDOWN,
                            StatementAttributes.SPECIMEN_MEANINGS),
                    new Attribute(CONTEXT, "Context", List.of(), Role.DETAIL)),
            Map.of("IL23A", "IL23", "IL12A", "IL12", "TGFB1", "TGFB", "IFNA1", "IFNA", "IFNA2", "IFNA",
                    "IL17", "IL17A", "IL2R", "IL2RA"),
            ACCURACY);

    private CytokineKind() {
    }
}
