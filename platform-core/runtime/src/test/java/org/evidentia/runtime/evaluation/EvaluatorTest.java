package org.evidentia.runtime.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Direction;
import org.evidentia.api.EvidenceSpan;
import org.evidentia.api.Finding;
import org.evidentia.api.Subject;
import org.junit.jupiter.api.Test;

class EvaluatorTest {

    private static final BibliographicRecord A = BibliographicRecord.builder().pmid("1").title("Study A").section(null, "text").build();
    private static final BibliographicRecord B = BibliographicRecord.builder().doi("10.1/B").title("Study B").build();
    private static final BibliographicRecord C = BibliographicRecord.builder().title("Study C without ids").build();
    private static final BibliographicRecord OTHER = BibliographicRecord.builder().pmid("9").title("Not in gold").build();

    private static GoldFinding gold(GoldRecord record, String key, Direction direction, String specimen) {
        return new GoldFinding(record, key, direction, specimen, null, "gold sentence of " + key, 1);
    }

    private static Finding predicted(BibliographicRecord record, String key, Direction direction, String specimen) {
        return new Finding(record.id(), "cytokine-change", new Subject(key, key, key), direction,
                specimen == null ? Map.of() : Map.of("specimen", specimen),
                new EvidenceSpan(BibliographicRecord.FIELD_ABSTRACT, null, "predicted sentence of " + key, 0, 1, 0, 1), null, null);
    }

    @Test
    void scoresTriplesMatchingRecordsByPmidDoiAndTitle() {
        GoldRecord a = new GoldRecord("1", null, null);
        GoldRecord b = new GoldRecord(null, "10.1/b", null);
        GoldRecord c = new GoldRecord(null, null, "STUDY C, without ids");
        List<GoldFinding> goldLines = List.of(
                gold(a, "IL6", Direction.INCREASED, "serum"),
                gold(a, "IL6", Direction.INCREASED, "plasma"), // same triple, second specimen
                gold(a, "TNF", Direction.UNCHANGED, null),
                gold(b, "IL23", Direction.DECREASED, "cells"),
                gold(c, "IL10", Direction.INCREASED, "serum"));
        List<Finding> findings = List.of(
                predicted(A, "IL6", Direction.INCREASED, "plasma"),     // TP, specimen right
                predicted(A, "IL6", Direction.DECREASED, "serum"),      // FP: wrong direction
                predicted(B, "IL23A", Direction.DECREASED, null),       // TP by key equivalence, specimen wrong
                predicted(C, "IL10", Direction.INCREASED, "serum"),     // TP matched by title
                predicted(OTHER, "IL6", Direction.INCREASED, "serum")); // record not in gold: ignored

        EvaluationReport report = Evaluator.evaluate(goldLines, List.of(A, B, C, OTHER), findings);

        assertThat(report.goldRecords()).isEqualTo(3);
        assertThat(report.goldTriples()).isEqualTo(4);
        assertThat(report.truePositives()).isEqualTo(3);
        assertThat(report.falsePositives()).extracting(fp -> fp.finding().subject().key() + " " + fp.finding().direction())
                .containsExactly("IL6 DECREASED");
        assertThat(report.misses()).extracting(EvaluationReport.Miss::cytokine).containsExactly("TNF");
        assertThat(report.ignoredFindings()).isEqualTo(1);
        assertThat(report.precision()).isCloseTo(3.0 / 4, within(1e-9));
        assertThat(report.recall()).isCloseTo(3.0 / 4, within(1e-9));
        assertThat(report.f1()).isCloseTo(0.75, within(1e-9));
        assertThat(report.specimenCorrect()).isEqualTo(2);
        assertThat(report.specimenAccuracy()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(report.specimenMismatches()).singleElement()
                .satisfies(m -> assertThat(m.predictedSpecimens()).containsExactly((String) null));

        String text = report.render();
        assertThat(text).contains("Precision 0.750  Recall 0.750  F1 0.750")
                .contains("Specimen accuracy 0.667 (2 of 3 matched triples)")
                .contains("predicted sentence of IL6")
                .contains("gold sentence of TNF");
    }

    @Test
    void keyEquivalencesOfTheGuidelines() {
        GoldRecord a = new GoldRecord("1", null, null);
        String[][] pairs = {{"IL23", "IL23A"}, {"IL12", "IL12A"}, {"TGFB", "TGFB1"}, {"IFNA", "IFNA2"},
                {"IFNA1", "IFNA"}, {"IL17", "IL17A"}, {"IL2R", "IL2RA"}};
        for (String[] pair : pairs) {
            EvaluationReport report = Evaluator.evaluate(List.of(gold(a, pair[0], Direction.INCREASED, null)),
                    List.of(A), List.of(predicted(A, pair[1], Direction.INCREASED, null)));
            assertThat(report.truePositives()).as(pair[0] + " = " + pair[1]).isEqualTo(1);
        }
        EvaluationReport distinct = Evaluator.evaluate(List.of(gold(a, "TGFB2", Direction.INCREASED, null)),
                List.of(A), List.of(predicted(A, "TGFB1", Direction.INCREASED, null)));
        assertThat(distinct.truePositives()).isZero();
    }

    @Test
    void noneRecordsCountPredictionsAsFalsePositives() {
        GoldRecord a = new GoldRecord("1", null, null);
        List<GoldFinding> goldLines = List.of(new GoldFinding(a, null, null, null, null, null, 1));
        EvaluationReport report = Evaluator.evaluate(goldLines, List.of(A),
                List.of(predicted(A, "IL6", Direction.INCREASED, null)));
        assertThat(report.goldTriples()).isZero();
        assertThat(report.falsePositives()).hasSize(1);
        assertThat(report.precision()).isZero();
        assertThat(report.recall()).isEqualTo(1.0);
    }

    @Test
    void goldRecordsMissingFromTheInputsAreReportedAndTheirTriplesMissed() {
        GoldRecord missing = new GoldRecord("42", null, null);
        EvaluationReport report = Evaluator.evaluate(List.of(gold(missing, "IL6", Direction.INCREASED, null)),
                new ArrayList<>(List.of(A)), List.of());
        assertThat(report.unreadGoldRecords()).containsExactly(missing);
        assertThat(report.misses()).singleElement().satisfies(m -> assertThat(m.recordRead()).isFalse());
        assertThat(report.render()).contains("Gold records not found in the inputs (1)").contains("PMID 42");
    }
}
