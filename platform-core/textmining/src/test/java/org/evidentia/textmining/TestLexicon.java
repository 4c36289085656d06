package org.evidentia.textmining;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evidentia.textmining.lexicon.Mention;
import org.evidentia.textmining.lexicon.TermLexicon;

/** The kit's own test lexicon ({@code test-lexicon.tsv}), with "interleukin", "tumor necrosis factor" and "interferon" long forms. */
public final class TestLexicon {

    public static final TermLexicon LEXICON = TermLexicon.builder(Map.of(
                    "il", List.of("interleukin"),
                    "tnf", List.of("tumor necrosis factor", "tumour necrosis factor"),
                    "ifn", List.of("interferon")))
            .addResource(TestLexicon.class, "test-lexicon.tsv").build();

    private TestLexicon() {
    }

    /** The {@code [start, end)} spans of the names in {@code text}. */
    public static List<int[]> spans(String text) {
        List<int[]> spans = new ArrayList<>();
        for (Mention m : LEXICON.find(text)) {
            spans.add(new int[] {m.start(), m.end()});
        }
        return spans;
    }

    /** The key of each name in {@code text}, in order. */
    public static List<String> keys(String text) {
        return LEXICON.find(text).stream().map(Mention::key).toList();
    }
}
