package org.evidentia.runtime.evaluation;

import java.util.List;
import java.util.Locale;
import org.evidentia.api.Direction;
import org.evidentia.api.Finding;

/**
 * The outcome of {@link Evaluator#evaluate}: counts, precision, recall, F1, specimen accuracy, and
 * every false positive, miss and specimen mismatch with its sentence.
 *
 * @param goldRecords        records the gold names (with or without findings)
 * @param goldTriples        distinct (record, cytokine, direction) triples in the gold
 * @param truePositives      gold triples that were predicted
 * @param falsePositives     predicted triples of gold records that the gold lacks
 * @param misses             gold triples that were not predicted
 * @param specimenCorrect    matched triples whose predicted specimen is one the gold gives
 * @param specimenMismatches matched triples with another specimen
 * @param unreadGoldRecords  gold records that no input record matched (their triples are misses)
 * @param ignoredFindings    predictions for records the gold does not name (not scored)
 */
public record EvaluationReport(int goldRecords, int goldTriples, int truePositives,
                               List<FalsePositive> falsePositives, List<Miss> misses,
                               int specimenCorrect, List<SpecimenMismatch> specimenMismatches,
                               List<GoldRecord> unreadGoldRecords, int ignoredFindings) {

    public EvaluationReport {
        falsePositives = List.copyOf(falsePositives);
        misses = List.copyOf(misses);
        specimenMismatches = List.copyOf(specimenMismatches);
        unreadGoldRecords = List.copyOf(unreadGoldRecords);
    }

    /** A predicted triple the gold lacks, with the finding that first stated it. */
    public record FalsePositive(GoldRecord record, Finding finding) {
    }

    /**
     * A gold triple that was not predicted.
     *
     * @param recordRead whether the record was among the inputs at all
     */
    public record Miss(GoldRecord record, String cytokine, Direction direction, String specimen, String evidence,
                       boolean recordRead) {
    }

    /** A matched triple whose specimen differs from every specimen the gold gives it. */
    public record SpecimenMismatch(GoldRecord record, String cytokine, Direction direction, List<String> goldSpecimens,
                                   List<String> predictedSpecimens, String sentence) {
        public SpecimenMismatch {
            // Unmodifiable views that allow null: null is the "unstated" specimen.
            goldSpecimens = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(goldSpecimens));
            predictedSpecimens = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(predictedSpecimens));
        }
    }

    /** Predicted triples of gold records. */
    public int predictedTriples() {
        return truePositives + falsePositives.size();
    }

    /** TP / (TP + FP); 1 when nothing was predicted. */
    public double precision() {
        return predictedTriples() == 0 ? 1.0 : (double) truePositives / predictedTriples();
    }

    /** TP / gold triples; 1 when the gold has none. */
    public double recall() {
        return goldTriples == 0 ? 1.0 : (double) truePositives / goldTriples;
    }

    /** The harmonic mean of precision and recall; 0 when both are 0. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Correct specimens over matched triples; 1 when nothing matched. */
    public double specimenAccuracy() {
        return truePositives == 0 ? 1.0 : (double) specimenCorrect / truePositives;
    }

    /** A plain-text report for the console. */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Gold records: %d, gold triples (record, cytokine, direction): %d%n",
                goldRecords, goldTriples));
        out.append(String.format(Locale.ROOT, "Predicted triples for gold records: %d (true %d, false %d); "
                + "predictions for other records, not scored: %d%n",
                predictedTriples(), truePositives, falsePositives.size(), ignoredFindings));
        out.append(String.format(Locale.ROOT, "Precision %.3f  Recall %.3f  F1 %.3f%n", precision(), recall(), f1()));
        out.append(String.format(Locale.ROOT, "Specimen accuracy %.3f (%d of %d matched triples)%n",
                specimenAccuracy(), specimenCorrect, truePositives));
        if (!unreadGoldRecords.isEmpty()) {
            out.append(String.format(Locale.ROOT, "%nGold records not found in the inputs (%d):%n", unreadGoldRecords.size()));
            unreadGoldRecords.forEach(r -> out.append("  ").append(r).append('\n'));
        }
        if (!falsePositives.isEmpty()) {
            out.append(String.format(Locale.ROOT, "%nFalse positives (%d):%n", falsePositives.size()));
            for (FalsePositive fp : falsePositives) {
                Finding f = fp.finding();
                out.append(String.format(Locale.ROOT, "  %s  %s %s (%s)%n    \"%s\"%n", fp.record(), f.subject().key(),
                        f.direction().label(), orNone(f.attribute("specimen")), f.evidence().sentence()));
            }
        }
        if (!misses.isEmpty()) {
            out.append(String.format(Locale.ROOT, "%nMisses (%d):%n", misses.size()));
            for (Miss m : misses) {
                out.append(String.format(Locale.ROOT, "  %s  %s %s (%s)%s%n    \"%s\"%n", m.record(), m.cytokine(),
                        m.direction().label(), orNone(m.specimen()), m.recordRead() ? "" : " [record not in inputs]",
                        m.evidence() == null ? "" : m.evidence()));
            }
        }
        if (!specimenMismatches.isEmpty()) {
            out.append(String.format(Locale.ROOT, "%nSpecimen mismatches (%d):%n", specimenMismatches.size()));
            for (SpecimenMismatch s : specimenMismatches) {
                out.append(String.format(Locale.ROOT, "  %s  %s %s: gold %s, predicted %s%n    \"%s\"%n", s.record(),
                        s.cytokine(), s.direction().label(), s.goldSpecimens(), s.predictedSpecimens(), s.sentence()));
            }
        }
        return out.toString();
    }

    private static String orNone(String specimen) {
        return specimen == null ? "no specimen" : specimen;
    }
}
