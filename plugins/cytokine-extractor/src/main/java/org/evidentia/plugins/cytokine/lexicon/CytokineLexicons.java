package org.evidentia.plugins.cytokine.lexicon;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
     * @throws IllegalArgumentException naming the file and line when the file is malformed or unreadable
     */
    public static TermLexicon withUserFile(Path file, boolean replace) {
        TermLexicon.Builder builder = TermLexicon.builder(longForms());
        if (!replace) {
            builder.addResource(CytokineLexicons.class, BUILT_IN);
        }
        return builder.add(file).build();
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
