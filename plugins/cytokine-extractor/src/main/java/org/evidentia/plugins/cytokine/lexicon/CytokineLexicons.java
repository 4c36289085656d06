package org.evidentia.plugins.cytokine.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evidentia.textmining.lexicon.DataLines;
import org.evidentia.textmining.lexicon.TermLexicon;

/**
 * The cytokine lexicons: the built-in one ({@code cytokine-lexicon.tsv}), alone or extended or
 * replaced by a user's file, with the long forms of {@code long-forms.tsv} ("interleukin" for "IL").
 */
public final class CytokineLexicons {

    /** The lexicon shipped with the plugin. */
    public static final String BUILT_IN = "cytokine-lexicon.tsv";
    private static final String LONG_FORMS = "long-forms.tsv";

    private CytokineLexicons() {
    }

    /** The built-in lexicon. */
    public static TermLexicon builtIn() {
        return TermLexicon.builder(longForms()).addResource(CytokineLexicons.class, BUILT_IN).build();
    }

    /**
     * The built-in lexicon extended by a user's file ({@code replace == false}: a spelling the user
     * gives again points to the user's entry) or the user's file alone ({@code replace == true}).
     *
     * @throws IllegalArgumentException naming the file, and the line for a malformed line, when the file
     *     cannot be read, is not UTF-8, has a malformed line or holds no entry
     */
    public static TermLexicon withUserFile(Path file, boolean replace) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw DataLines.unreadable("cytokine lexicon", file, e);
        }
        int[] entries = {0};
        try {
            DataLines.read(lines(text), (number, line) -> {
                if (!isHeader(number, line)) {
                    entries[0]++;
                }
            });
            if (entries[0] == 0) {
                throw new IllegalArgumentException("the cytokine lexicon " + file
                        + " holds no entry (expected lines key<TAB>label<TAB>spellings separated by ' | ')");
            }
            TermLexicon.Builder builder = TermLexicon.builder(longForms());
            if (!replace) {
                refuseBuiltInKeysWrittenOtherwise(file);
                builder.addResource(CytokineLexicons.class, BUILT_IN);
            }
            return builder.add(lines(text), file.toString()).build();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
    }

    /**
     * Refuses a key that is a built-in one written with other punctuation ({@code IL-6} for {@code IL6}): the synthesis
     * counted its findings in a row of their own, labelled as the built-in's, one cytokine in two rows without a word (the
     * review of session 24, Y13). A key in another case ({@code il6}) is the built-in's as it is.
     */
    private static void refuseABuiltInKeyWrittenOtherwise(Path file, int number, String line, Map<String, String> builtInKeys) {
        String key = keyOf(line);
        String builtIn = builtInKeys.get(folded(key));
        if (builtIn != null && !builtIn.equals(key.toUpperCase(Locale.ROOT))) {
            throw new IllegalArgumentException(file + ", line " + number + ": the key '" + key + "' is the built-in key " + builtIn
                    + " written another way, and would count its findings apart from " + builtIn + "'s; write " + builtIn
                    + " (a key is the gene's HGNC symbol, as findings.jsonl and the tables key it)");
        }
    }

    /**
     * Refuses a user file's key that is a built-in one written with other punctuation, as extending the built-in lexicon
     * with the file does ({@link #withUserFile}), without building that lexicon: for the options' check when a run starts.
     *
     * @throws IllegalArgumentException naming the file and the line
     */
    public static void refuseBuiltInKeysWrittenOtherwise(Path file) {
        Map<String, String> builtInKeys = builtInKeysFolded();
        try {
            DataLines.read(lines(Files.readString(file, StandardCharsets.UTF_8)), (number, line) -> {
                if (!isHeader(number, line)) {
                    refuseABuiltInKeyWrittenOtherwise(file, number, line, builtInKeys);
                }
            });
        } catch (IOException e) {
            throw DataLines.unreadable("cytokine lexicon", file, e);
        }
    }

    /** The built-in lexicon's keys by their letters and digits in upper case, read from its file's first column. */
    private static Map<String, String> builtInKeysFolded() {
        Map<String, String> keys = new HashMap<>();
        DataLines.readResource(CytokineLexicons.class, BUILT_IN, (number, line) -> {
            if (!isHeader(number, line)) {
                String key = keyOf(line);
                keys.putIfAbsent(folded(key), key.toUpperCase(Locale.ROOT));
            }
        });
        return keys;
    }

    /** A lexicon line's first column. */
    private static String keyOf(String line) {
        int tab = line.indexOf('\t');
        return (tab < 0 ? line : line.substring(0, tab)).strip();
    }

    private static String folded(String key) {
        return key.replaceAll("[^\\p{L}\\p{N}]", "").toUpperCase(Locale.ROOT);
    }

    private static BufferedReader lines(String text) {
        return new BufferedReader(new StringReader(text));
    }

    /** As {@link TermLexicon.Builder#add(BufferedReader, String)} tells its optional header line. */
    private static boolean isHeader(int number, String line) {
        return number <= 10 && line.startsWith("key\t");
    }

    /** The abbreviations' long forms: folded abbreviation to its written-out forms. */
    static Map<String, List<String>> longForms() {
        Map<String, List<String>> forms = new LinkedHashMap<>();
        DataLines.readResource(CytokineLexicons.class, LONG_FORMS, (number, line) -> {
            String[] columns = line.split("\t", -1);
            if (columns.length != 2) {
                throw new IllegalStateException(LONG_FORMS + ", line " + number + ": expected abbreviation<TAB>long forms");
            }
            List<String> longForms = new ArrayList<>();
            for (String form : columns[1].split("\\|")) {
                if (!form.isBlank()) {
                    longForms.add(form.strip());
                }
            }
            forms.put(columns[0].strip(), longForms);
        });
        return forms;
    }
}
