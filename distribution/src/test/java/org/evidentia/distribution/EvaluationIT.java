package org.evidentia.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidentia.testkit.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The extractor's quality gates (issue 4), measured with the real distribution's
 * {@code evidentia evaluate} on the shared gold files; skipped where ../shared is absent.
 */
class EvaluationIT {

    private static final Pattern SCORES = Pattern.compile("Precision ([0-9.]+)\\s+Recall ([0-9.]+)\\s+F1 ([0-9.]+)");
    private static final Pattern SPECIMEN = Pattern.compile("Specimen accuracy ([0-9.]+)");

    private final Distribution dist = Distribution.built();

    @TempDir
    Path work;

    @Test
    void seedsGiveAllTenTriplesAndNoFalsePositive() throws Exception {
        Path gold = SharedData.resolve("gold/seeds.jsonl");
        Distribution.Result result = dist.run(work, "evaluate", "--gold", gold.toString(), "--min-f1", "1.0",
                SharedData.resolve("seeds").toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).contains("gold triples (record, cytokine, direction): 10");
        Matcher scores = SCORES.matcher(result.stdout());
        assertThat(scores.find()).as(result.stdout()).isTrue();
        assertThat(scores.group(1)).isEqualTo("1.000");
        assertThat(scores.group(2)).isEqualTo("1.000");
    }

    @Test
    void devSetReachesF1AndSpecimenAccuracyTargets() throws Exception {
        Path gold = SharedData.resolve("gold/dev.jsonl");
        Path il6 = SharedData.resolve("data/abstract-text/il6_pubmed_result_160103.txt");
        Distribution.Result result = dist.run(work, "evaluate", "--gold", gold.toString(),
                "--min-f1", "0.85", "--min-specimen-accuracy", "0.80", il6.toString());

        Matcher scores = SCORES.matcher(result.stdout());
        Matcher specimen = SPECIMEN.matcher(result.stdout());
        assertThat(scores.find() && specimen.find()).as(result.toString()).isTrue();
        assertThat(Double.parseDouble(scores.group(3))).as(result.stdout()).isGreaterThanOrEqualTo(0.85);
        assertThat(Double.parseDouble(specimen.group(1))).as(result.stdout()).isGreaterThanOrEqualTo(0.80);
        assertThat(result.exitCode()).as(result.toString()).isZero();
    }
}
