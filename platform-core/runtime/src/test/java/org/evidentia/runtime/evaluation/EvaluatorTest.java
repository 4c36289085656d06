package org.evidentia.runtime.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Direction;
import org.evidentia.api.EvidenceSpan;
import org.evidentia.api.Finding;
import org.evidentia.api.FindingKind;
import org.evidentia.api.FindingKind.Attribute;
import org.evidentia.api.FindingKind.Attribute.Role;
import org.evidentia.api.Subject;
import org.junit.jupiter.api.Test;

class EvaluatorTest {

    /** A kind that is not the cytokine kind: the evaluator learns everything it scores from the declaration. */
    private static final FindingKind KIND = new FindingKind("marker-change", "Marker", "Markers", List.of(
            new Attribute("sample", "Sample", List.of("serum", "plasma", "cells"), Role.BREAKDOWN),
            new Attribute("population", "Population", List.of("human", "animal"), Role.STRATUM),
            new Attribute("note", "Note", List.of(), Role.DETAIL)),
            Map.of("ABC1", "ABC", "XYZ", "XYZ2"));
    private static final Evaluator EVALUATOR = new Evaluator(KIND);

    private static final BibliographicRecord A = BibliographicRecord.builder().pmid("1").title("Study A").section(null, "text").build();
    private static final BibliographicRecord B = BibliographicRecord.builder().doi("10.1/B").title("Study B").build();
    private static final BibliographicRecord C = BibliographicRecord.builder().title("Study C without ids").build();
    private static final BibliographicRecord OTHER = BibliographicRecord.builder().pmid("9").title("Not in gold").build();

    /** A gold line; {@code attributes} alternate name and value, a null value meaning "unstated". */
    private static GoldFinding gold(GoldRecord record, String key, Direction direction, String... attributes) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < attributes.length; i += 2) {
            values.put(attributes[i], attributes[i + 1]);
        }
        return new GoldFinding(record, key, direction, values, "gold sentence of " + key, 1);
    }

    private static Finding predicted(BibliographicRecord record, String key, Direction direction, String... attributes) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < attributes.length; i += 2) {
            values.put(attributes[i], attributes[i + 1]);
        }
        return predicted(record, KIND.name(), key, direction, values);
    }

    private static Finding predicted(BibliographicRecord record, String kind, String key, Direction direction,
                                     Map<String, String> attributes) {
        return new Finding(record.id(), kind, new Subject(key, key, key), direction, attributes,
                new EvidenceSpan(BibliographicRecord.FIELD_ABSTRACT, null, "predicted sentence of " + key, 0, 1, 0, 1), null, null);
    }

    @Test
    void scoresTriplesMatchingRecordsByPmidDoiAndTitle() {
        GoldRecord a = new GoldRecord("1", null, null);
        GoldRecord b = new GoldRecord(null, "10.1/b", null);
        GoldRecord c = new GoldRecord(null, null, "STUDY C, without ids");
        List<GoldFinding> goldLines = List.of(
                gold(a, "M6", Direction.INCREASED, "sample", "serum", "population", "human"),
                gold(a, "M6", Direction.INCREASED, "sample", "plasma", "population", "human"), // same triple, second sample
                gold(a, "TNF", Direction.UNCHANGED, "sample", null),
                gold(b, "ABC", Direction.DECREASED, "sample", "cells", "population", "animal"),
                gold(c, "M10", Direction.INCREASED, "sample", "serum", "population", null));
        List<Finding> findings = List.of(
                predicted(A, "M6", Direction.INCREASED, "sample", "plasma", "population", "human"), // TP, both right
                predicted(A, "M6", Direction.DECREASED, "sample", "serum"),                         // FP: wrong direction
                predicted(B, "ABC1", Direction.DECREASED, "population", "animal"),                  // TP by alias, sample wrong
                predicted(C, "M10", Direction.INCREASED, "sample", "serum", "population", "human"), // TP by title, population wrong
                predicted(OTHER, "M6", Direction.INCREASED, "sample", "serum"));                    // record not in gold: ignored

        EvaluationReport report = EVALUATOR.evaluate(goldLines, List.of(A, B, C, OTHER), findings);

        assertThat(report.goldRecords()).isEqualTo(3);
        assertThat(report.goldTriples()).isEqualTo(4);
        assertThat(report.truePositives()).isEqualTo(3);
        assertThat(report.falsePositives()).extracting(fp -> fp.finding().subject().key() + " " + fp.finding().direction())
                .containsExactly("M6 DECREASED");
        assertThat(report.misses()).extracting(m -> m.gold().subject()).containsExactly("TNF");
        assertThat(report.precision()).isCloseTo(3.0 / 4, within(1e-9));
        assertThat(report.recall()).isCloseTo(3.0 / 4, within(1e-9));
        assertThat(report.f1()).isCloseTo(0.75, within(1e-9));
        // Only closed attributes are scored, in the kind's order; the free-text "note" is not.
        assertThat(report.attributes()).extracting(EvaluationReport.AttributeScore::name).containsExactly("sample", "population");
        EvaluationReport.AttributeScore sample = report.attribute("sample");
        assertThat(sample.correct()).isEqualTo(2);
        assertThat(sample.counted()).isEqualTo(3);
        assertThat(sample.mismatches()).singleElement()
                .satisfies(m -> assertThat(m.predicted()).containsExactly((String) null));
        EvaluationReport.AttributeScore population = report.attribute("population");
        assertThat(population.accuracy()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(population.mismatches()).singleElement().satisfies(m -> {
            assertThat(m.goldValues()).containsExactly((String) null);
            assertThat(m.predicted()).containsExactly("human");
        });

        String figures = report.renderFigures("marker");
        assertThat(figures).contains("gold triples (record, marker, direction): 4")
                .contains("Precision 0.750  Recall 0.750  F1 0.750")
                .contains("Sample accuracy 0.667 (2 of 3 matched triples with a gold sample)")
                .contains("Population accuracy 0.667 (2 of 3 matched triples with a gold population)");
        assertThat(report.renderErrors()).contains("predicted sentence of M6").contains("gold sentence of TNF")
                .contains("Population mismatches (1)");
    }

    @Test
    void linesWithoutAnAttributeAreNotCountedForIt() {
        GoldRecord a = new GoldRecord("1", null, null);
        // A line made before "population" existed: scored for sample, not for population.
        List<GoldFinding> goldLines = List.of(gold(a, "M6", Direction.INCREASED, "sample", "serum"),
                gold(a, "M8", Direction.INCREASED, "sample", "serum", "population", "human"));
        EvaluationReport report = EVALUATOR.evaluate(goldLines, List.of(A), List.of(
                predicted(A, "M6", Direction.INCREASED, "sample", "serum", "population", "animal"),
                predicted(A, "M8", Direction.INCREASED, "sample", "serum", "population", "human")));

        assertThat(report.attribute("sample").counted()).isEqualTo(2);
        assertThat(report.attribute("population").counted()).isEqualTo(1);
        assertThat(report.attribute("population").accuracy()).isEqualTo(1.0);
    }

    /** Review 28, M2: a gold file that gives an attribute on no matched triple said its accuracy was 1.000. */
    @Test
    void anAttributeNoMatchedTripleGivesIsNotMeasuredRatherThanPerfect() {
        GoldRecord a = new GoldRecord("1", null, null);
        EvaluationReport report = EVALUATOR.evaluate(List.of(gold(a, "M6", Direction.INCREASED, "sample", "serum")), List.of(A),
                List.of(predicted(A, "M6", Direction.INCREASED, "sample", "serum", "population", "animal")));

        assertThat(report.attribute("population").counted()).isZero();
        assertThat(report.attribute("population").accuracy()).isNaN();
        assertThat(report.renderFigures("marker")).contains("Population accuracy not measured (no matched triple with a gold population)")
                .contains("Sample accuracy 1.000 (1 of 1 matched triple with a gold sample)");
    }

    @Test
    void keyAliasesOfTheKindScoreAsOneSubject() {
        GoldRecord a = new GoldRecord("1", null, null);
        String[][] pairs = {{"ABC", "ABC1"}, {"abc1", "ABC"}, {"XYZ2", "xyz"}};
        for (String[] pair : pairs) {
            EvaluationReport report = EVALUATOR.evaluate(List.of(gold(a, pair[0], Direction.INCREASED)),
                    List.of(A), List.of(predicted(A, pair[1], Direction.INCREASED)));
            assertThat(report.truePositives()).as(pair[0] + " = " + pair[1]).isEqualTo(1);
        }
        EvaluationReport distinct = EVALUATOR.evaluate(List.of(gold(a, "ABC2", Direction.INCREASED)),
                List.of(A), List.of(predicted(A, "ABC1", Direction.INCREASED)));
        assertThat(distinct.truePositives()).isZero();
    }

    @Test
    void findingsOfOtherKindsAreLeftOut() {
        GoldRecord a = new GoldRecord("1", null, null);
        EvaluationReport report = EVALUATOR.evaluate(List.of(gold(a, "M6", Direction.INCREASED)), List.of(A),
                List.of(predicted(A, "other-kind", "M6", Direction.INCREASED, Map.of()),
                        predicted(A, "other-kind", "M7", Direction.INCREASED, Map.of())));
        assertThat(report.truePositives()).isZero();
        assertThat(report.falsePositives()).isEmpty();
    }

    @Test
    void noneRecordsCountPredictionsAsFalsePositives() {
        GoldRecord a = new GoldRecord("1", null, null);
        List<GoldFinding> goldLines = List.of(new GoldFinding(a, null, null, Map.of(), null, 1));
        EvaluationReport report = EVALUATOR.evaluate(goldLines, List.of(A),
                List.of(predicted(A, "M6", Direction.INCREASED)));
        assertThat(report.goldTriples()).isZero();
        assertThat(report.falsePositives()).hasSize(1);
        assertThat(report.precision()).isZero();
        assertThat(report.recall()).isEqualTo(1.0);
    }

    /** The review of session 19, E5: "none" by PMID and a finding by DOI of one record read: the finding won without a word. */
    @Test
    void aNoneLineAndAFindingLineNamingOneReadRecordTwoWaysAreTold() {
        BibliographicRecord both = BibliographicRecord.builder().pmid("1").doi("10.1/A").title("Study A").build();
        GoldFinding none = new GoldFinding(new GoldRecord("1", null, null), null, null, Map.of(), null, 1);
        GoldFinding finding = new GoldFinding(new GoldRecord(null, "10.1/a", null), "M6", Direction.INCREASED, Map.of(), "s", 2);

        EvaluationReport report = EVALUATOR.evaluate(List.of(none, finding), List.of(both), List.of(predicted(both, "M6", Direction.INCREASED)));

        assertThat(report.noneContradicted()).containsExactly(new EvaluationReport.NoneContradicted(none, finding));
        assertThat(report.truePositives()).isEqualTo(1);
        // read without the DOI, the two lines are two records, neither contradicted
        assertThat(EVALUATOR.evaluate(List.of(none, finding), List.of(A), List.of()).noneContradicted()).isEmpty();
        assertThat(EvaluationReport.pool(List.of(report, report)).noneContradicted()).hasSize(2);
    }

    @Test
    void aGoldOfSubjectsTheExtractorNeverNamesIsToldFromAPoorScore() {
        GoldRecord a = new GoldRecord("1", null, null);
        List<GoldFinding> goldLines = List.of(gold(a, "M6", Direction.INCREASED), gold(a, "ABC", Direction.DECREASED));

        // another extractor's subjects only: nothing of the gold was looked for
        assertThat(EVALUATOR.evaluate(goldLines, List.of(A), List.of(predicted(A, "CORTISOL", Direction.INCREASED)))
                .noGoldSubjectPredicted(KIND)).isTrue();
        assertThat(EVALUATOR.evaluate(goldLines, List.of(A), List.of()).noGoldSubjectPredicted(KIND)).isTrue();
        // a gold subject in the wrong direction (by an alias) is a poor score, not another kind's gold
        assertThat(EVALUATOR.evaluate(goldLines, List.of(A), List.of(predicted(A, "ABC1", Direction.INCREASED)))
                .noGoldSubjectPredicted(KIND)).isFalse();
        assertThat(EVALUATOR.evaluate(goldLines, List.of(A), List.of(predicted(A, "M6", Direction.INCREASED)))
                .noGoldSubjectPredicted(KIND)).isFalse();
        // no gold record read: the inputs are wrong, which the report says otherwise
        assertThat(EVALUATOR.evaluate(goldLines, List.of(OTHER), List.of()).noGoldSubjectPredicted(KIND)).isFalse();
        // a gold record not read was not looked at: its subject, named by a finding of a record read, is no gold subject found
        GoldRecord unread = new GoldRecord("2", null, null);
        List<GoldFinding> withUnread = List.of(gold(a, "M6", Direction.INCREASED), gold(unread, "CORTISOL", Direction.INCREASED));
        EvaluationReport report = EVALUATOR.evaluate(withUnread, List.of(A), List.of(predicted(A, "CORTISOL", Direction.INCREASED)));
        assertThat(report.noGoldSubjectPredicted(KIND)).isTrue();
        assertThat(report.goldSubjectsOfRecordsRead()).containsExactly("M6");
    }

    @Test
    void linesThatNameOneReadRecordByItsPmidAndByItsDoiAreOneGoldRecord() {
        // an explorer's F5 (2026-12-05): the DOI's half was "not found in the inputs", its finding a false positive and a miss
        BibliographicRecord both = BibliographicRecord.builder().pmid("25373853").doi("10.1684/ECN.2014.0356").title("Study D").build();
        List<GoldFinding> goldLines = List.of(gold(new GoldRecord("25373853", null, null), "TNF", Direction.INCREASED),
                gold(new GoldRecord(null, "10.1684/ecn.2014.0356", null), "M6", Direction.UNCHANGED));
        EvaluationReport report = EVALUATOR.evaluate(goldLines, List.of(both),
                List.of(predicted(both, "TNF", Direction.INCREASED), predicted(both, "M6", Direction.UNCHANGED)));
        assertThat(report.goldRecords()).isEqualTo(1);
        assertThat(report.unreadGoldRecords()).isEmpty();
        assertThat(report.truePositives()).isEqualTo(2);
        assertThat(report.falsePositives()).isEmpty();
        assertThat(report.misses()).isEmpty();
    }

    // The review of session 19, E2: two records of one title, the title naming a gold record, gave F1 0.800 in one order and
    // 0.400 in the other
    @Test
    void theFiguresDoNotDependOnTheOrderOfTheRecordsRead() {
        BibliographicRecord x = BibliographicRecord.builder().pmid("92000001").title("Shared title of two records.").build();
        BibliographicRecord y = BibliographicRecord.builder().pmid("92000002").title("Shared title of two records.").build();
        List<GoldFinding> goldLines = List.of(gold(new GoldRecord("92000001", null, null), "IL6", Direction.INCREASED),
                gold(new GoldRecord(null, null, "Shared title of two records."), "TNF", Direction.DECREASED));
        List<Finding> findings = List.of(predicted(x, "IL6", Direction.INCREASED), predicted(x, "TNF", Direction.DECREASED),
                predicted(y, "IL10", Direction.INCREASED));

        EvaluationReport xy = EVALUATOR.evaluate(goldLines, List.of(x, y), findings);
        EvaluationReport yx = EVALUATOR.evaluate(goldLines, List.of(y, x), findings);

        for (EvaluationReport report : List.of(xy, yx)) {
            assertThat(report.goldRecords()).isEqualTo(1);
            assertThat(report.truePositives()).isEqualTo(2);
            assertThat(report.falsePositives()).hasSize(1);
            assertThat(report.misses()).isEmpty();
        }
    }

    // The review of session 23, E5: a title line joined two records the gold names by their PMIDs into one gold record, each
    // credited with the other's findings (F1 0.800 where each record's finding is the other's gold)
    @Test
    void aTitleSharedByRecordsTheGoldNamesByDifferentPmidsJoinsNoneOfThem() {
        BibliographicRecord x = BibliographicRecord.builder().pmid("92000001").title("Cytokines in depression.").build();
        BibliographicRecord y = BibliographicRecord.builder().pmid("92000002").title("Cytokines in depression.").build();
        GoldRecord byTitle = new GoldRecord(null, null, "Cytokines in depression.");
        List<GoldFinding> goldLines = List.of(gold(new GoldRecord("92000001", null, null), "TNF", Direction.INCREASED),
                gold(new GoldRecord("92000002", null, null), "IL6", Direction.INCREASED), gold(byTitle, "IL10", Direction.INCREASED));
        List<Finding> findings = List.of(predicted(x, "IL6", Direction.INCREASED), predicted(y, "TNF", Direction.INCREASED));

        EvaluationReport report = EVALUATOR.evaluate(goldLines, List.of(x, y), findings);

        assertThat(report.goldRecords()).isEqualTo(3);
        assertThat(report.truePositives()).isZero();
        assertThat(report.falsePositives()).hasSize(2);
        assertThat(report.misses()).hasSize(3).allSatisfy(m -> assertThat(m.recordRead()).isTrue());
        assertThat(report.unreadGoldRecords()).isEmpty();
        assertThat(report.ambiguousGoldRecords()).singleElement().satisfies(a -> {
            assertThat(a.record()).isEqualTo(byTitle);
            assertThat(a.pmids()).containsExactly("92000001", "92000002");
        });
        assertThat(report.renderFigures("marker")).contains("matches records the gold names as PMIDs 92000001, 92000002")
                .contains("name it by its PMID");
    }

    // The review of session 23, E1: a triple predicted in a gold sample and in another was right, the other counted nowhere
    @Test
    void aValuePredictedBesideTheGoldOneIsCountedAsNotOnlyGold() {
        GoldRecord a = new GoldRecord("1", null, null);
        List<GoldFinding> goldLines = List.of(gold(a, "M6", Direction.INCREASED, "sample", "serum"),
                gold(a, "M7", Direction.INCREASED, "sample", "serum"));
        List<Finding> findings = List.of(predicted(A, "M6", Direction.INCREASED, "sample", "serum"),
                predicted(A, "M6", Direction.INCREASED, "sample", "plasma"), predicted(A, "M7", Direction.INCREASED, "sample", "serum"));

        EvaluationReport report = EVALUATOR.evaluate(goldLines, List.of(A), findings);

        assertThat(report.attribute("sample")).satisfies(score -> {
            assertThat(score.correct()).isEqualTo(2);
            assertThat(score.onlyGold()).isEqualTo(1);
        });
        assertThat(report.renderFigures("marker"))
                .contains("Sample accuracy 1.000 (2 of 2 matched triples with a gold sample; 1 of them with another sample predicted too,"
                        + " which is not gold)");
    }

    // The review of session 23, E3: "TNF-alpha", "IL-1beta", "IL-17" for TNF, IL1B, IL17A went without a word
    @Test
    void aGoldSubjectWhoseLettersBeginAKeyFoundInItsRecordIsToldWithTheKeyMeant() {
        GoldRecord a = new GoldRecord("1", null, null);
        List<GoldFinding> goldLines = List.of(gold(a, "TNF-alpha", Direction.INCREASED), gold(a, "IL-17", Direction.DECREASED),
                gold(a, "IL-1beta", Direction.UNCHANGED), gold(a, "M-6", Direction.INCREASED), gold(a, "CXCL1", Direction.INCREASED));
        // the review of the change, R4: CXCL10 is another cytokine than CXCL1, a digit apart
        List<Finding> findings = List.of(predicted(A, "TNF", Direction.INCREASED), predicted(A, "IL17A", Direction.DECREASED),
                predicted(A, "IL1B", Direction.INCREASED), predicted(A, "M6", Direction.DECREASED), predicted(A, "CXCL10", Direction.INCREASED));

        EvaluationReport report = EVALUATOR.evaluate(goldLines, List.of(A), findings);

        // the same letters and digits whatever the direction; a key they only begin, of the same direction only
        assertThat(report.subjectsWrittenOtherwise(KIND)).containsExactly(Map.entry("TNF-alpha", "TNF"), Map.entry("IL-17", "IL17A"),
                Map.entry("M-6", "M6"));
    }

    @Test
    void goldRecordsMissingFromTheInputsAreReportedAndTheirTriplesMissed() {
        GoldRecord missing = new GoldRecord("42", null, null);
        EvaluationReport report = EVALUATOR.evaluate(List.of(gold(missing, "M6", Direction.INCREASED)),
                new ArrayList<>(List.of(A)), List.of());
        assertThat(report.unreadGoldRecords()).containsExactly(missing);
        assertThat(report.misses()).singleElement().satisfies(m -> assertThat(m.recordRead()).isFalse());
        assertThat(report.renderFigures("marker")).contains("Gold records not found in the inputs (1)").contains("PMID 42")
                .startsWith("No gold record is in the inputs (the gold names 1), so the figures below measure nothing: are these the inputs"
                        + " it was annotated on?\n") // the review of session 25, m12
                // the review of session 30, S6: nothing predicted read "Precision 1.000"
                .contains("Precision not measured (no triple predicted)  Recall 0.000  F1 0.000");
        assertThat(report.renderErrors()).contains("[record not in inputs]");
    }

    @Test
    void poolingSumsCountsAndMicroAveragesTheFigures() {
        GoldRecord a = new GoldRecord("1", null, null);
        GoldRecord b = new GoldRecord(null, "10.1/b", null);
        EvaluationReport first = EVALUATOR.evaluate(List.of(gold(a, "M6", Direction.INCREASED, "sample", "serum"),
                        gold(a, "M7", Direction.INCREASED, "sample", "serum")), List.of(A),
                List.of(predicted(A, "M6", Direction.INCREASED, "sample", "serum")));
        EvaluationReport second = EVALUATOR.evaluate(List.of(gold(b, "M6", Direction.DECREASED, "sample", "cells")), List.of(B),
                List.of(predicted(B, "M6", Direction.DECREASED, "sample", "serum"), predicted(B, "M9", Direction.DECREASED)));

        EvaluationReport pooled = EvaluationReport.pool(List.of(first, second));

        assertThat(pooled.goldRecords()).isEqualTo(2);
        assertThat(pooled.goldTriples()).isEqualTo(3);
        assertThat(pooled.truePositives()).isEqualTo(2);
        assertThat(pooled.precision()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(pooled.recall()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(pooled.attribute("sample").correct()).isEqualTo(1);
        assertThat(pooled.attribute("sample").counted()).isEqualTo(2);
        assertThat(pooled.misses()).hasSize(1);
        assertThat(pooled.falsePositives()).hasSize(1);
    }
}
