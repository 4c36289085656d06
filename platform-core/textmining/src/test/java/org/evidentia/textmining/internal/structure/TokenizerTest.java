package org.evidentia.textmining.internal.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private final Tokenizer tokenizer = new Tokenizer(Vocabulary.standard());

    private static List<String> words(TokenizedSentence t) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            words.add(t.isEntity(i) ? "<" + t.text(i, i + 1) + ">" : t.word(i));
        }
        return words;
    }

    @Test
    void wordsNumbersPunctuationAndEntitiesWithExactOffsets() {
        String s = "LPS-induced IL-6 rose (p<0.05) in J774A.1 cells, and/or in E. coli.";
        int il6 = s.indexOf("IL-6");
        TokenizedSentence t = tokenizer.tokenize(s, List.of(new int[] {il6, il6 + 4}));
        assertThat(words(t)).containsExactly("lps-induced", "<IL-6>", "rose", "(", "p", "<", "0.05", ")", "in", "j774a.1",
                "cells", ",", "and/or", "in", "e", ".", "coli", ".");
        assertThat(t.kind(6)).isEqualTo(TokenizedSentence.Kind.NUMBER);
        assertThat(t.depth(4)).isEqualTo(1);
        assertThat(t.match(3)).isEqualTo(7);
        for (int i = 0; i < t.size(); i++) {
            assertThat(s.substring(t.start(i), t.end(i)).toLowerCase()).endsWith(t.isEntity(i) ? "il-6" : t.word(i));
        }
        assertThat(t.head(0)).isEqualTo("induced");
    }

    @Test
    void aSuffixGluedToAnEntityAndABracketThatOpensInsideOne() {
        String s = "IL-6-induced and interleukin (IL)-17A";
        int il6 = 0;
        int il17 = s.indexOf("IL)");
        TokenizedSentence t = tokenizer.tokenize(s, List.of(new int[] {il6, 4}, new int[] {il17, s.length()}));
        assertThat(words(t)).containsExactly("<IL-6>", "induced", "and", "interleukin", "<(IL)-17A>");
        assertThat(t.glued(1)).isTrue();
        assertThat(t.entity(4)).isEqualTo(1);
    }

    @Test
    void wordClassesAndPhrases() {
        TokenizedSentence t = tokenizer.tokenize("IL-6 as well as TNF were not significantly higher than in controls", List.of());
        assertThat(t.is(1, WordClass.CONJ)).isTrue();
        assertThat(t.phraseLength(1)).isEqualTo(3);
        assertThat(t.is(5, WordClass.BE)).isTrue();
        assertThat(t.is(6, WordClass.NEG)).isTrue();
        assertThat(t.is(7, WordClass.ADV)).isTrue();
        assertThat(t.is(9, WordClass.COMPARATOR)).isTrue();
    }
}
