package org.evidentia.plugins.biomarkers;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.nio.file.Path;

/**
 * Options of the {@code biomarkers} extractor.
 *
 * @param lexicon a lexicon file (TSV: term, key, label), or null for the example lexicon shipped with the plugin; a
 *                {@link Path}, so that a run records the file with its SHA-256 (run.json's {@code option_files})
 * @throws IllegalArgumentException naming the file and line when the lexicon file is malformed, or the file when
 *     it cannot be read: the options are bound once when a run starts, so a bad file stops the run before any record
 */
public record BiomarkerOptions(
        @JsonPropertyDescription("Path of the lexicon file (UTF-8 TSV: term<TAB>key<TAB>label, one spelling a line, "
                + "# comments) that says which molecules count; without it, the example lexicon of neuro-endocrine "
                + "markers (substance P, BDNF, NGF, CGRP, NPY, cortisol, serotonin). See docs/biomarkers.md.")
        Path lexicon) {

    public BiomarkerOptions {
        if (lexicon != null) {
            BiomarkerLexicon.of(lexicon); // read once here only to refuse a bad file before the run
        }
    }
}
