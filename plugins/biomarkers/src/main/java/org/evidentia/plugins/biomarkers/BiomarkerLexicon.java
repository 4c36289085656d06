package org.evidentia.plugins.biomarkers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evidentia.textmining.lexicon.DataLines;
import org.evidentia.textmining.lexicon.LexiconEntry;
import org.evidentia.textmining.lexicon.TermLexicon;

/**
 * Reads a biomarker lexicon: UTF-8, one spelling a line as {@code term<TAB>key<TAB>label}; blank
 * lines and lines starting with {@code #} are skipped, as is a header line {@code term<TAB>key<TAB>label}.
 * The lines of one key must give the same label; a term given for two keys is an error. Every error
 * names the file and the line.
 */
final class BiomarkerLexicon {

    /** The example lexicon shipped with the plugin, used when no file is given. */
    static final String EXAMPLE = "example-lexicon.tsv";

    private BiomarkerLexicon() {
    }

    /** The example lexicon. */
    static TermLexicon example() {
        InputStream in = BiomarkerLexicon.class.getResourceAsStream(EXAMPLE);
        if (in == null) {
            throw new IllegalStateException(EXAMPLE + " is missing from the biomarkers plugin");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return read(reader, "built-in " + EXAMPLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The lexicon of a user's file.
     *
     * @throws IllegalArgumentException naming the file and line when it is malformed, or the file when it cannot be read
     */
    static TermLexicon of(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        } catch (IOException e) {
            throw DataLines.unreadable("biomarker lexicon", file, e);
        }
    }

    /** Reads {@code reader} to its end; {@code name} names it in messages. The caller closes the reader. */
    static TermLexicon read(BufferedReader reader, String name) throws IOException {
        Map<String, Key> keys = new LinkedHashMap<>();
        Map<String, Integer> termLines = new LinkedHashMap<>();
        Map<String, String> termKeys = new LinkedHashMap<>();
        DataLines.read(reader, (number, line) -> {
            if (line.strip().equalsIgnoreCase("term\tkey\tlabel")) {
                return; // the header
            }
            if (line.toLowerCase(Locale.ROOT).startsWith("key\tlabel\t")) {
                // the text-mining kit's lexicon (the cytokine extractor's): the same three columns in another order
                throw new IllegalArgumentException(name + ", line " + number + ": this header names a lexicon of key, label and"
                        + " spellings (the cytokine extractor's format); a biomarker lexicon has one spelling a line: term<TAB>key<TAB>label");
            }
            String[] columns = line.split("\t", -1);
            if (columns.length != 3 || columns[0].isBlank() || columns[1].isBlank() || columns[2].isBlank()) {
                throw new IllegalArgumentException(name + ", line " + number
                        + ": expected three tab-separated columns (term, key, label), found: " + DataLines.describe(line));
            }
            String term = columns[0].strip();
            String key = columns[1].strip();
            String label = columns[2].strip();
            if (label.contains(" | ")) {
                throw new IllegalArgumentException(name + ", line " + number + ": the label '" + label + "' lists spellings"
                        + " separated by ' | ', as the cytokine extractor's lexicon does; a biomarker lexicon has one spelling a line:"
                        + " term<TAB>key<TAB>label");
            }
            String folded = term.toLowerCase(Locale.ROOT);
            String earlierKey = termKeys.putIfAbsent(folded, key);
            if (earlierKey != null && !earlierKey.equals(key)) {
                throw new IllegalArgumentException(name + ", line " + number + ": the term '" + term + "' is given for key "
                        + key + " but line " + termLines.get(folded) + " gives it for key " + earlierKey);
            }
            termLines.putIfAbsent(folded, number);
            Key k = keys.computeIfAbsent(key, x -> new Key(label));
            if (!k.label.equals(label)) {
                throw new IllegalArgumentException(name + ", line " + number + ": key " + key + " has the label '" + label
                        + "' but line " + k.lines.get(0) + " gives it the label '" + k.label + "'");
            }
            k.terms.add(term);
            k.lines.add(number);
        });
        if (keys.isEmpty()) {
            throw new IllegalArgumentException(name + ": the lexicon has no term (expected lines term<TAB>key<TAB>label)");
        }
        TermLexicon.Builder builder = TermLexicon.builder(Map.of());
        for (Map.Entry<String, Key> e : keys.entrySet()) {
            Key k = e.getValue();
            for (int i = 0; i < k.terms.size(); i++) {
                try {
                    // checked one term at a time, so that an error names its line
                    TermLexicon.builder(Map.of()).add(new LexiconEntry(e.getKey(), k.label, List.of(k.terms.get(i))));
                } catch (IllegalArgumentException problem) {
                    throw new IllegalArgumentException(name + ", line " + k.lines.get(i) + ": " + problem.getMessage(), problem);
                }
            }
            builder.add(new LexiconEntry(e.getKey(), k.label, k.terms));
        }
        return builder.build();
    }

    /** The label of one key and its terms with their line numbers, as read. */
    private static final class Key {
        final String label;
        final List<String> terms = new ArrayList<>();
        final List<Integer> lines = new ArrayList<>();

        Key(String label) {
            this.label = label;
        }
    }
}
