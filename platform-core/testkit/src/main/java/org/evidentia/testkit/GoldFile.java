package org.evidentia.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.evidentia.api.Api;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Finding;
import org.evidentia.api.FindingKind;
import org.evidentia.runtime.evaluation.EvaluationReport;
import org.evidentia.runtime.evaluation.Evaluator;
import org.evidentia.runtime.evaluation.GoldReader;

/**
 * A hand-annotated gold file, read as {@code evidentia evaluate --gold} reads it (docs/evaluation.md),
 * to score an extractor's findings against: precision, recall and F1 over (record, subject,
 * direction) triples of the gold's records. Injected by {@link EvidentiaPluginTest} for a parameter
 * marked {@link Gold}.
 *
 * @since 0.1
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public final class GoldFile {

    private final Path file;

    /**
     * The gold file {@code file}; it is read when scored.
     *
     * @since 0.1
     */
    public GoldFile(Path file) {
        this.file = file;
    }

    /**
     * The gold file's path.
     *
     * @since 0.1
     */
    public Path file() {
        return file;
    }

    /**
     * Scores findings against this gold file, as {@code evidentia evaluate} scores them.
     *
     * @param kind     the extractor's finding kind ({@link org.evidentia.api.Extractor#findingKind()}): its
     *                 key equivalences decide which subjects are the same
     * @param records  the records the findings were made from (matched to the gold's by PMID, else DOI, else title)
     * @param findings the findings
     * @throws UncheckedIOException     when the file cannot be read
     * @throws IllegalArgumentException when a line of the file is malformed (the message names it)
     * @since 0.1
     */
    public Scores evaluate(FindingKind kind, List<BibliographicRecord> records, List<Finding> findings) {
        EvaluationReport report;
        try {
            report = new Evaluator(kind).evaluate(new GoldReader().read(file), records, findings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Scores(report.goldTriples(), report.predictedTriples(), report.truePositives(), report.render(kind));
    }

    /**
     * How findings scored against a gold file.
     *
     * @param gold          the gold's triples
     * @param predicted     the predicted triples of the gold's records
     * @param truePositives the predicted triples the gold has
     * @param report        the evaluation as {@code evidentia evaluate} prints it: scores, misses, false positives
     * @since 0.1
     */
    @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
    public record Scores(int gold, int predicted, int truePositives, String report) {

        /**
         * True positives over predicted triples; 1 when nothing was predicted.
         *
         * @since 0.1
         */
        public double precision() {
            return predicted == 0 ? 1.0 : (double) truePositives / predicted;
        }

        /**
         * True positives over gold triples; 1 when the gold has none.
         *
         * @since 0.1
         */
        public double recall() {
            return gold == 0 ? 1.0 : (double) truePositives / gold;
        }

        /**
         * The harmonic mean of precision and recall; 0 when both are 0.
         *
         * @since 0.1
         */
        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }
}
