package org.evidentia.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The check that an extractor's stated accuracy ({@code FindingKind.accuracy()}, which every report
 * quotes beside the kind's findings) gives the figures that {@code evidentia evaluate} just measured
 * on its gold: a change of the rules that moves them fails here until the statement is brought up to
 * date, so that no report quotes stale figures.
 */
final class StatedAccuracy {

    private static final Pattern GOLD = Pattern.compile("Gold records: ([0-9,]+), gold triples \\([^)]*\\): ([0-9,]+)");
    private static final Pattern SCORES = Pattern.compile("Precision ([0-9.]+)\\s+Recall ([0-9.]+)");
    private static final Pattern COMPARISON = Pattern.compile("Comparison accuracy ([0-9.]+) \\(([0-9]+) of ([0-9]+) ");
    private static final Pattern POPULATION = Pattern.compile("Population accuracy ([0-9.]+) \\(([0-9]+) of ([0-9]+) ");
    private static final Pattern SPECIMEN = Pattern.compile("Specimen accuracy ([0-9.]+) \\(([0-9]+) of ([0-9]+) ");

    private StatedAccuracy() {
    }

    /** Asserts that {@code extractor}'s stated accuracy, as {@code evidentia describe} shows it, quotes {@code evaluation}'s figures. */
    static void assertQuotes(Distribution dist, Path work, String extractor, String evaluation) throws Exception {
        Distribution.Result described = dist.run(work, "describe", extractor);
        assertThat(described.exitCode()).as(described.toString()).isZero();
        String statement = described.stdout().lines().filter(line -> line.startsWith("Accuracy: ")).findFirst().orElse("");

        Matcher gold = find(GOLD, evaluation);
        Matcher scores = find(SCORES, evaluation);
        Matcher comparison = find(COMPARISON, evaluation);
        Matcher population = find(POPULATION, evaluation);
        Matcher specimen = find(SPECIMEN, evaluation);
        double precision = Double.parseDouble(scores.group(1));
        double recall = Double.parseDouble(scores.group(2));
        assertThat(statement).as("the accuracy %s states must be what evaluate measured, now:%n%s%nUpdate the statement in the"
                        + " extractor's FindingKind declaration (and docs/evaluation.md).", extractor, evaluation)
                .contains("Measured on " + gold.group(1) + " abstracts", "(" + gold.group(2) + " changes",
                        percent(precision) + " of the changes it reports are right (precision " + twoDigits(precision) + ")",
                        "it finds " + percent(recall) + " of the annotated ones (recall " + twoDigits(recall) + ")",
                        "right for " + share(comparison), "the population for " + share(population),
                        "the specimen for " + share(specimen));
    }

    /** "41 of 57 (0.72)", from an accuracy line's groups: its value, then the right and the matched counts. */
    private static String share(Matcher accuracy) {
        return accuracy.group(2) + " of " + accuracy.group(3) + " (" + twoDigits(Double.parseDouble(accuracy.group(1))) + ")";
    }

    private static Matcher find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as("%s in%n%s", pattern, text).isTrue();
        return m;
    }

    private static String twoDigits(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String percent(double value) {
        return Math.round(value * 100) + "%";
    }
}
