package org.evidentia.plugins.cytokine;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.nio.file.Path;
import org.evidentia.plugins.cytokine.lexicon.CytokineLexicons;

/**
 * Options of the {@code cytokines} extractor.
 *
 * @param lexicon     a user lexicon file (TSV: key, label, spellings), or null for the built-in one only; a {@link Path}, so
 *                    that a run records the file with its SHA-256 (run.json's {@code option_files})
 * @param lexiconMode how the user lexicon combines with the built-in one
 * @throws IllegalArgumentException naming the file, and the line for a malformed line, when the lexicon file
 *     cannot be read or is malformed: the options are bound once when a run starts (and by {@code validate}),
 *     so a bad file stops the run before any record instead of failing every record's extraction
 */
public record CytokineOptions(
        @JsonPropertyDescription("Path of a lexicon file (UTF-8 TSV: key, label, spellings separated by ' | ') "
                + "that extends or replaces the built-in cytokine lexicon; see docs/cytokine-extractor.md.")
        Path lexicon,
        @JsonProperty("lexicon-mode")
        @JsonPropertyDescription("How the 'lexicon' file combines with the built-in lexicon: extend (default) or replace.")
        LexiconMode lexiconMode) {

    /** How a user lexicon file combines with the built-in lexicon (an enum, so that {@code describe} lists the values). */
    public enum LexiconMode {
        /** The file's entries are added to the built-in ones; a spelling it gives again names the file's entry. */
        EXTEND,
        /** The file is the whole lexicon. */
        REPLACE
    }

    public CytokineOptions {
        lexiconMode = lexiconMode == null ? LexiconMode.EXTEND : lexiconMode;
        if (lexiconMode == LexiconMode.REPLACE && lexicon == null) {
            throw new IllegalArgumentException("lexicon-mode replace needs a 'lexicon' file to replace the built-in lexicon with");
        }
        if (lexicon != null) {
            // the file alone is checked (the built-in lexicon is known to be good); the extractor reads it
            // again when the run starts, as an options record has nowhere to keep what it read
            CytokineLexicons.withUserFile(lexicon, true);
            if (lexiconMode == LexiconMode.EXTEND) {
                CytokineLexicons.refuseBuiltInKeysWrittenOtherwise(lexicon);
            }
        }
    }

    boolean replace() {
        return lexiconMode == LexiconMode.REPLACE;
    }
}
