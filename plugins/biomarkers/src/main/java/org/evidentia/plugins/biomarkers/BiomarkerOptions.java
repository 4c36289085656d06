package org.evidentia.plugins.biomarkers;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * Options of the {@code biomarkers} extractor.
 *
 * @param lexicon a lexicon file (TSV: term, key, label), or null for the example lexicon shipped with the plugin
 */
public record BiomarkerOptions(
        @JsonPropertyDescription("Path of the lexicon file (UTF-8 TSV: term<TAB>key<TAB>label, one spelling a line, "
                + "# comments) that says which molecules count; without it, the example lexicon of neuro-endocrine "
                + "markers (substance P, BDNF, NGF, CGRP, NPY, cortisol, serotonin). See docs/biomarkers.md.")
        String lexicon) {

    public BiomarkerOptions {
        if (lexicon != null && lexicon.isBlank()) {
            lexicon = null;
        }
    }
}
