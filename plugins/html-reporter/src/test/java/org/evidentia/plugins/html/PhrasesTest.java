package org.evidentia.plugins.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.evidentia.api.FindingKind.Attribute;
import org.evidentia.api.FindingKind.Attribute.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhrasesTest {

    private static final Attribute COMPARISON = new Attribute("comparison", "Comparison", List.of("condition", "time"), Role.STRATUM);

    /** Report reader s9, M7: "meta analysis" in the report, "meta-analysis" in the tables and findings.jsonl. */
    @Test
    void aDesignIsWrittenAsAReaderWritesItAndMetaAnalysisKeepsItsHyphen() {
        assertThat(StudyInfo.designWords(org.evidentia.api.StudyDesign.Type.CASE_REPORT)).isEqualTo("case report");
        assertThat(StudyInfo.designWords(org.evidentia.api.StudyDesign.Type.SYSTEMATIC_REVIEW)).isEqualTo("systematic review");
        assertThat(StudyInfo.designWords(org.evidentia.api.StudyDesign.Type.META_ANALYSIS)).isEqualTo("meta-analysis");
    }

    /** An explorer's s22, L8: the flow diagram's reasons read "off-topic: 1; off-topic: a veterinary study: 1", as two reasons or three. */
    @Test
    void anExclusionReasonWithTheMarksOfAListOfReasonsIsQuotedInTheFlowDiagram() {
        java.util.Map<String, Long> reasons = new java.util.LinkedHashMap<>();
        reasons.put("off-topic", 1L);
        reasons.put("off-topic: a veterinary study", 1L);
        reasons.put("said \"no\"", 1L);
        assertThat(FlowDiagram.excludedByReason(new org.evidentia.api.RunSummary.Exclusions("x.csv", null, reasons)))
                .isEqualTo(" (off-topic: 1; \"off-topic: a veterinary study\": 1; \"said \"\"no\"\"\": 1)");
    }

    @ParameterizedTest
    @CsvSource({
            "0.0078125, 0.0078",
            "0.21875, 0.22",
            "1.0, 1.0",
            "0.25, 0.25",
            "0.5, 0.50",
            "0.0703125, 0.070",
            "0.0625, 0.063",
            "0.0009765625, < 0.001",
            "0.001953125, 0.0020",
            // the review of session 19, S1: either side of 0.05 is told (42 up and 25 down; 22 and 10), 0.05 itself is not
            "0.04980011429472866, 0.0498",
            "0.05010245973244309, 0.0501",
            "0.049996, 0.049996",
            "0.05, 0.050",
            "0.0549, 0.055",
    })
    void formatsPValuesToTwoSignificantDigitsKeepingTrailingZeros(double p, String expected) {
        assertThat(Phrases.pValue(p)).isEqualTo(expected);
    }

    @Test
    void countsWithTheRightNounAndGroupsDigits() {
        assertThat(Phrases.count(1, "study", "studies")).isEqualTo("1 study");
        assertThat(Phrases.count(0, "study", "studies")).isEqualTo("0 studies");
        assertThat(Phrases.count(12345, "finding", "findings")).isEqualTo("12,345 findings");
    }

    @Test
    void lowerCasesALabelInsideASentenceUnlessItHoldsOtherCapitals() {
        assertThat(Phrases.noun("Cytokine")).isEqualTo("cytokine");
        assertThat(Phrases.noun("Biomarkers")).isEqualTo("biomarkers");
        assertThat(Phrases.noun("NGF")).isEqualTo("NGF");
        assertThat(Phrases.noun("T cell")).isEqualTo("T cell");
        assertThat(Phrases.noun("x")).isEqualTo("x");
    }

    /** Review 20, H3: the share right a statement gives, as a reader counts what is wrong; review 21: grammatical at the edges. */
    @ParameterizedTest
    @CsvSource({
            "0.86, about 1 in 7 widget findings is, about 1 in 7 is",
            "0.72, about 1 in 4 widget findings is, about 1 in 4 is",
            "0.68, about 1 in 3 widget findings is, about 1 in 3 is",
            "0.95, about 1 in 20 widget findings is, about 1 in 20 is",
            "0.995, fewer than 1 in 100 widget findings is, fewer than 1 in 100 is",
            "1.0, no widget finding is, none is",
            "0.5, half or more of the widget findings are, half or more are",
            "0.3, half or more of the widget findings are, half or more are",
    })
    void aShareRightReadsAsHowManyAreWrong(double right, String withNoun, String without) {
        assertThat(Phrases.wrongShare(right, "widget")).isEqualTo(withNoun);
        assertThat(Phrases.wrongShare(right, null)).isEqualTo(without);
    }

    /** Review 20, H3: the plain sentence takes its figures from the extractor's statement, whatever they are. */
    @Test
    void howOftenACountMayBeWrongComesFromTheStatedFigures() {
        String stated = "Measured on 63 abstracts (66 changes): 86% of the changes it reports are right (precision 0.86) and it finds"
                + " 86% of the annotated ones (recall 0.86); the comparison, which decides the stratum, is right for 41 of 57 (0.72),"
                + " the population for 48 of 57 (0.84).";
        assertThat(Phrases.accuracyPlain("widget", COMPARISON, stated)).isEqualTo("How often a count may be wrong: as their extractor measured it on its own test set,"
                + " about 1 in 4 widget findings is placed in the wrong comparison, and so in the wrong stratum (comparison right: 0.72),"
                + " and about 1 in 7 is wrong altogether (precision 0.86); on literature unlike that set (off-topic, review-heavy or in-silico work), more can be: check the sentences behind any count you cite.");
        assertThat(Phrases.accuracySummary("widget", COMPARISON, stated))
                .isEqualTo("How accurately widget findings are extracted: 86% right and 72% in the right comparison, on the extractor's own test set");
        String other = stated.replace("(precision 0.86)", "(precision 0.95)").replace("(0.72)", "(0.90)");
        assertThat(Phrases.accuracyPlain("widget", COMPARISON, other)).contains("about 1 in 10 widget findings is placed in the wrong comparison",
                "(comparison right: 0.90)", "about 1 in 20 is wrong altogether (precision 0.95)");
        assertThat(Phrases.accuracyPlain("widget", COMPARISON, "Measured on 12 abstracts: precision 0.80.")).isEqualTo("How often a count may be"
                + " wrong: as their extractor measured it on its own test set, about 1 in 5 widget findings is wrong altogether (precision 0.80); on literature"
                + " unlike that set (off-topic, review-heavy or in-silico work), more can be: check the"
                + " sentences behind any count you cite.");
        assertThat(Phrases.accuracyPlain("widget", COMPARISON, "Measured on 12 abstracts: 9 of 10 findings are right."))
                .startsWith("How often a count may be wrong is not stated in figures");
        assertThat(Phrases.accuracyPlain("widget", COMPARISON, "")).startsWith("How often a count may be wrong is not known");
        assertThat(Phrases.accuracySummary("widget", COMPARISON, "")).isEmpty();
    }

    /** Review 28 M4: the stratum's share right is read and named by the kind's own stratum attribute, not the word "comparison". */
    @Test
    void theStratumsShareRightIsReadAndNamedByTheKindsStratumAttribute() {
        Attribute comparator = new Attribute("comparator", "Comparator", List.of("placebo", "active"), Role.STRATUM);
        String stated = "Measured on 40 trials: precision 0.90; the comparator is right for 1 of 2 (0.50).";
        assertThat(Phrases.accuracyPlain("adverse event", comparator, stated)).isEqualTo("How often a count may be wrong: as their"
                + " extractor measured it on its own test set, half or more of the adverse event findings are placed in the wrong comparator, and so in the"
                + " wrong stratum (comparator right: 0.50), and about 1 in 10 is wrong altogether (precision 0.90); on literature unlike that set (off-topic, review-heavy or in-silico work), more can be: check the sentences"
                + " behind any count you cite.");
        assertThat(Phrases.accuracySummary("adverse event", comparator, stated))
                .isEqualTo("How accurately adverse event findings are extracted: 90% right and 50% in the right comparator, on the extractor's own test set");
        assertThat(Phrases.accuracySummary("adverse event", comparator, stated.replace("comparator", "comparison")))
                .as("another kind's word is not this kind's figure").isEqualTo("How accurately adverse event findings are extracted:"
                        + " 90% right, on the extractor's own test set");
        Attribute arm = new Attribute("study-arm", "Arm of the trial", List.of("a", "b"), Role.STRATUM);
        assertThat(Phrases.accuracySummary("x", arm, "The study arm is right for 3 of 4 (0.75)."))
                .as("a hyphenated name, written with a space").endsWith("75% in the right arm of the trial, on the extractor's own test set");
        assertThat(Phrases.accuracySummary("x", arm, "Arm of the trial: right for 3 of 4 (0.75).")).as("the label, in any case")
                .endsWith("75% in the right arm of the trial, on the extractor's own test set");
        assertThat(Phrases.accuracySummary("x", null, "precision 0.80; the comparison is right for 3 of 4 (0.75)."))
                .as("a kind without strata has no such figure").isEqualTo("How accurately x findings are extracted: 80% right, on the extractor's own test set");
    }

    /** READREV, H3: how many of a stratum's votes come from work in vitro, in words for one vote, all, some and in part. */
    @Test
    void theVotesFromWorkInVitroAreCountedInPlainWords() {
        List<String> dishes = List.of("dishes");
        List<String> site = List.of("site");
        assertThat(Phrases.inVitro(0, 0, 12, dishes, site)).isEmpty();
        assertThat(Phrases.inVitro(31, 6, 240, dishes, site)).isEqualTo("In vitro: 31 of the stratum's 240 votes (in all its rows) come from dishes (in vitro)"
                + " alone, and 6 more in part. The stratum counts them alike with findings in the living: its values say whose material"
                + " was measured, not whether it was measured in vitro, so read the site beside each count.");
        assertThat(Phrases.inVitro(1, 0, 9, dishes, site)).startsWith("In vitro: 1 of the stratum's 9 votes (in all its rows) comes from dishes (in vitro) alone."
                + " The stratum counts it alike");
        assertThat(Phrases.inVitro(0, 2, 9, dishes, site)).startsWith("In vitro: 2 of the stratum's 9 votes (in all its rows) come in part from dishes (in vitro).");
        assertThat(Phrases.inVitro(5, 0, 5, List.of("dishes", "flasks"), site)).isEqualTo("In vitro: all 5 of its votes come from dishes or"
                + " flasks (in vitro).");
        assertThat(Phrases.inVitro(1, 0, 1, dishes, site)).isEqualTo("In vitro: its one vote comes from dishes (in vitro).");
        assertThat(Phrases.inVitro(0, 1, 1, dishes, site)).startsWith("In vitro: its one vote comes in part from dishes (in vitro). The stratum"
                + " counts it alike");
    }

    /**
     * The review of session 30, H1: votes from material often stimulated outside the body (white cells from blood) are no
     * votes in vitro by the kind's meanings, and were left unsaid, though a reader weighing the votes in the living wants them.
     */
    @Test
    void theVotesFromMaterialWorkedOnOutsideTheBodyAreCountedApart() {
        List<String> blood = List.of("white cells from blood");
        String phrase = "often stimulated outside the body";
        assertThat(Phrases.outsideTheBody(0, 0, 12, false, blood, null)).isEmpty();
        assertThat(Phrases.outsideTheBody(18, 0, 228, true, blood, phrase)).isEqualTo("18 more of its votes come from white cells from"
                + " blood alone, often stimulated outside the body, which the count above does not take for in vitro.");
        assertThat(Phrases.outsideTheBody(1, 0, 9, false, blood, phrase)).isEqualTo("Outside the body: 1 of the stratum's 9 votes (in all"
                + " its rows) comes from white cells from blood alone, often stimulated outside the body, and the stratum counts it"
                + " alike with findings in the living.");
        assertThat(Phrases.outsideTheBody(3, 0, 3, false, blood, phrase)).isEqualTo("Outside the body: all 3 of its votes come from white"
                + " cells from blood alone, often stimulated outside the body.");
        assertThat(Phrases.outsideTheBody(1, 0, 1, false, blood, phrase)).startsWith("Outside the body: its one vote comes from");
        // votes in part, as the in-vitro count says them (the review of the change, S5)
        assertThat(Phrases.outsideTheBody(18, 5, 228, true, blood, phrase)).isEqualTo("18 more of its votes come from white cells from"
                + " blood alone, often stimulated outside the body, and 5 more in part, which the count above does not take for in vitro.");
        assertThat(Phrases.outsideTheBody(0, 2, 9, false, blood, phrase)).isEqualTo("Outside the body: 2 of the stratum's 9 votes (in"
                + " all its rows) come in part from white cells from blood, often stimulated outside the body, and the stratum counts"
                + " them alike with findings in the living.");
    }

    /** READREV, L13: the multiplicity caveat's count. */
    @Test
    void theSignTestsAreCountedWithThoseBelowFivePercent() {
        assertThat(Phrases.multiplicity(0, 0)).isEqualTo("This report makes no sign test: no row has 6 or more ▲ and ▼ votes.");
        assertThat(Phrases.multiplicity(1, 1)).isEqualTo("This report makes 1 sign test (rows with 6 or more ▲ and ▼ votes), with p below 0.05.");
        assertThat(Phrases.multiplicity(16, 6)).isEqualTo("This report makes 16 sign tests (rows with 6 or more ▲ and ▼ votes), 6 of them with"
                + " p below 0.05; among several tests, some fall below 0.05 by chance alone.");
        assertThat(Phrases.multiplicity(3, 0)).startsWith("This report makes 3 sign tests (rows with 6 or more ▲ and ▼ votes), none with p below 0.05;");
    }

    /** The review of session 26's change, Q5: a DOI kept behind a resolver was linked to https://doi.org/https://doi.org/... */
    @Test
    void aDoiIsLinkedBareWhateverASourceKeptBeforeIt() {
        for (String kept : List.of("10.1000/ABC", "https://doi.org/10.1000/ABC", "HTTP://DX.DOI.ORG/10.1000/ABC", "doi: 10.1000/ABC")) {
            assertThat(StudyInfo.doiLink(kept)).as(kept).isEqualTo("https://doi.org/10.1000/ABC");
        }
    }
}
