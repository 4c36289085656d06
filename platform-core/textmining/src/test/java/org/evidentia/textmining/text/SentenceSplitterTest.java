package org.evidentia.textmining.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> split(String text) {
        List<Sentence> sentences = splitter.split(text);
        for (Sentence s : sentences) {
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
        }
        return sentences.stream().map(Sentence::text).toList();
    }

    @Test
    void survivesAbbreviationsDecimalsAndPValues() {
        assertThat(split("IL-6 was 2.5 vs. 1.3 pg/ml (p < 0.05). Smith et al. found e.g. higher TNF, i.e. more. "
                + "Levels rose (P<.01). Next one."))
                .containsExactly("IL-6 was 2.5 vs. 1.3 pg/ml (p < 0.05).",
                        "Smith et al. found e.g. higher TNF, i.e. more.",
                        "Levels rose (P<.01).",
                        "Next one.");
    }

    @Test
    void endsAfterAPValueFollowedByANewSentence() {
        assertThat(split("IL-6 differed (p < 0.05). TNF did not.")).containsExactly("IL-6 differed (p < 0.05).", "TNF did not.");
        assertThat(split("IL-6 differed, p < 0.05. TNF did not.")).containsExactly("IL-6 differed, p < 0.05.", "TNF did not.");
    }

    /** READREV2 P10: "...P < 0.001, respectively).Based on our findings..." was one evidence sentence (24220372, il6). */
    @Test
    void aFullStopAfterABracketEndsASentenceEvenWithoutItsSpace() {
        assertThat(split("IL-6 differed (P < 0.001, respectively).Based on our findings, TNF did not."))
                .containsExactly("IL-6 differed (P < 0.001, respectively).", "Based on our findings, TNF did not.");
        assertThat(split("IL-6 rose (n = 5).IL-8 fell.")).as("a symbol after it may be a name's part").containsExactly("IL-6 rose (n = 5).IL-8 fell.");
        assertThat(split("IL-6 rose in the U.S. and e.g.Paris.")).hasSize(1);
    }

    @Test
    void neverSplitsInsideParenthesesOrBrackets() {
        assertThat(split("IL-6 rose (see Fig. 2. Values are means. [n = 5. ]) in all. Then it fell."))
                .containsExactly("IL-6 rose (see Fig. 2. Values are means. [n = 5. ]) in all.", "Then it fell.");
    }

    @Test
    void keepsInitialsAndLowerCaseContinuations() {
        assertThat(split("As shown by J. Smith, IL-6 rose. vs. baseline it fell. A new one."))
                .containsExactly("As shown by J. Smith, IL-6 rose. vs. baseline it fell.", "A new one.");
    }

    @Test
    void aCapitalNamingAGroupOrTypeEndsASentence() {
        assertThat(split("IL-10 rose less than in group A. Plasma IL-10 fell in type B. Then it rose."))
                .containsExactly("IL-10 rose less than in group A.", "Plasma IL-10 fell in type B.", "Then it rose.");
    }

    /** READREV L15: "c-Jun. It also inhibited ..." was one sentence with the one before, "Jun" being a month. */
    @Test
    void anAbbreviationThatEndsASymbolEndsASentence() {
        assertThat(split("Aze inhibited phosphorylation of c-Jun. It also inhibited IL-6 release."))
                .containsExactly("Aze inhibited phosphorylation of c-Jun.", "It also inhibited IL-6 release.");
        assertThat(split("Samples from 3 Jun. 2019 were used. Patients seen in Jun. Twelve were excluded."))
                .as("the month alone still ends nothing").containsExactly("Samples from 3 Jun. 2019 were used.",
                        "Patients seen in Jun. Twelve were excluded.");
    }

    @Test
    void aCapitalGluedToASymbolEndsASentence() {
        assertThat(split("Fibroblasts were stimulated by IL-17A. Keratinocytes then released IL-8."))
                .containsExactly("Fibroblasts were stimulated by IL-17A.", "Keratinocytes then released IL-8.");
        assertThat(split("Serum levels rose for IL-12B. Levels of TNFSF13B. Cells bearing HLA-B. Then CD4. Done."))
                .containsExactly("Serum levels rose for IL-12B.", "Levels of TNFSF13B.", "Cells bearing HLA-B.",
                        "Then CD4.", "Done.");
    }

    @Test
    void anInitialAfterASpaceOrAHyphenatedInitialStaysAnInitial() {
        assertThat(split("As reported by Smith J. et al. IL-6 rose in J.-P. Martin's cohort and A. Jones agreed."))
                .containsExactly("As reported by Smith J. et al. IL-6 rose in J.-P. Martin's cohort and A. Jones agreed.");
    }

    @Test
    void anAbbreviationInCapitalsIsAnAcronymThatEndsASentence() {
        assertThat(split("The SNP was linked to MS. GG carriers had more IL-12. Ms. Smith agreed."))
                .containsExactly("The SNP was linked to MS.", "GG carriers had more IL-12.", "Ms. Smith agreed.");
        assertThat(split("IL-6 rose with NO. TNF did not.")).containsExactly("IL-6 rose with NO.", "TNF did not.");
        // review 17, L5: a title in capitals keeps its abbreviations whole
        assertThat(split("EFFECT OF IL-6 VS. PLACEBO IN FIG. 2 OF THE TRIAL.")).containsExactly("EFFECT OF IL-6 VS. PLACEBO IN FIG. 2 OF THE TRIAL.");
    }

    @Test
    void aSentenceMayBeginWithALowerCaseSymbolThatHasACapital() {
        assertThat(split("IL-8 rose through 24 h. mRNAs for IL-6 rose. siRNA lowered it. sTNF-RII fell. vs. baseline too."))
                .containsExactly("IL-8 rose through 24 h.", "mRNAs for IL-6 rose.", "siRNA lowered it.",
                        "sTNF-RII fell. vs. baseline too.");
    }

    @Test
    void offsetsExcludeSurroundingWhiteSpaceAndQuestionMarksEndSentences() {
        String text = "  Does IL-6 rise?  Yes!\n\nNew section";
        List<Sentence> sentences = splitter.split(text);
        assertThat(sentences).extracting(Sentence::text).containsExactly("Does IL-6 rise?", "Yes!", "New section");
        assertThat(sentences.get(0).start()).isEqualTo(2);
    }

    @Test
    void anUnclosedBracketDoesNotSwallowTheText() {
        String longTail = "x".repeat(450);
        assertThat(split("IL-6 (rose " + longTail + ". Then it fell.")).hasSize(2);
    }

    @Test
    void aStretchWithNoSentenceEndIsReadInPiecesCutAfterACommaElseAtASpace() {
        String unit = "IL-6 and TNF-alpha and IL-1beta were increased in serum of patients, ";
        String commas = unit.repeat(200_000 / unit.length()) + "end.";
        List<String> pieces = split(commas);
        assertThat(pieces.size()).isGreaterThan(commas.length() / SentenceSplitter.MAX_SENTENCE);
        assertThat(pieces).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(SentenceSplitter.MAX_SENTENCE));
        assertThat(pieces.subList(0, pieces.size() - 1)).allSatisfy(p -> assertThat(p).startsWith("IL-6 ").endsWith("patients,"));
        assertThat(String.join(" ", pieces)).isEqualTo(commas.strip());

        String words = "increased IL-6 decreased TNF serum plasma patients controls versus compared ".repeat(100);
        List<String> wordPieces = split(words);
        assertThat(wordPieces).hasSizeGreaterThan(1)
                .allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(SentenceSplitter.MAX_SENTENCE))
                .allSatisfy(p -> assertThat(p).doesNotStartWith(" ").doesNotEndWith(" "));
        assertThat(String.join(" ", wordPieces)).isEqualTo(words.strip());

        String noSpace = "x".repeat(SentenceSplitter.MAX_SENTENCE * 2 + 5);
        assertThat(split(noSpace)).extracting(String::length).containsExactly(SentenceSplitter.MAX_SENTENCE, SentenceSplitter.MAX_SENTENCE, 5);
    }

    @Test
    void aPieceCutWhereNoSpaceIsEndsBetweenCodePointsNotInsideOne() {
        String text = "a" + "\uD83E\uDDEA".repeat(SentenceSplitter.MAX_SENTENCE) + ".";
        List<String> pieces = split(text);
        assertThat(pieces).hasSizeGreaterThan(1);
        assertThat(pieces).allSatisfy(p -> assertThat(Character.isLowSurrogate(p.charAt(0))).as(p.substring(0, 2)).isFalse());
        assertThat(String.join("", pieces)).isEqualTo(text);
    }

    @Test
    void aSentenceUpToTheBoundIsKeptWhole() {
        String sentence = ("IL-6 rose, " + "and TNF fell ".repeat(SentenceSplitter.MAX_SENTENCE)).substring(0, SentenceSplitter.MAX_SENTENCE - 1) + ".";
        assertThat(split(sentence + " Then it fell.")).containsExactly(sentence, "Then it fell.");
    }
}
