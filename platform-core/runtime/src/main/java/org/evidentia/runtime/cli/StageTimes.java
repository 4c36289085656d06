package org.evidentia.runtime.cli;

import java.util.Arrays;
import java.util.Locale;

/**
 * The timed passes of one stage of {@code evidentia bench}, in seconds: their median, and how far
 * they spread (slowest less fastest), against which a difference between two stages is judged.
 */
final class StageTimes {

    /** Sorted, and this object's own copy (a record would hand out and compare the array itself). */
    private final double[] seconds;

    StageTimes(double[] seconds) {
        if (seconds.length == 0) {
            throw new IllegalArgumentException("a stage needs at least one timed pass");
        }
        this.seconds = seconds.clone();
        Arrays.sort(this.seconds);
    }

    double median() {
        int n = seconds.length;
        return n % 2 == 1 ? seconds[n / 2] : (seconds[n / 2 - 1] + seconds[n / 2]) / 2;
    }

    /** Slowest pass less fastest: 0 with one pass. */
    double spread() {
        return seconds[seconds.length - 1] - seconds[0];
    }

    /**
     * What this stage adds to {@code before}, the stage it contains, as "{@code adds} 0.31 s, 96,774
     * records/s" (with {@code adds} such as "extraction adds", and the rate at which the added work
     * alone would take {@code records}); or, when the difference of the medians is not above zero, or
     * not above how much the passes of either stage vary while the two stages' passes overlap, that it
     * is within noise: a stage that contains another cannot take less time, and a negative figure
     * would only say which passes happened to be quicker. Passes that do not overlap (every one of
     * this stage slower than every one of the other) differ whatever one slow pass adds to the spread
     * (an explorer's F5: a stage five times slower in every pass was "within noise"). With one pass of
     * each, the figure says that how much passes vary is not known (F4: it was a figure when positive,
     * "cannot tell" when not).
     */
    String adds(StageTimes before, String adds, long records) {
        double difference = median() - before.median();
        double noise = Math.max(spread(), before.spread());
        boolean onePass = seconds.length < 2 && before.seconds.length < 2;
        boolean apart = seconds[0] > before.seconds[before.seconds.length - 1];
        if (difference <= 0 || difference <= noise && !apart) {
            return "what " + adds + " is within noise: " + (onePass ? "one timed pass cannot tell how much passes vary (--repeat 5 can)"
                    : String.format(Locale.ROOT, "passes vary by %.2f s", noise));
        }
        return String.format(Locale.ROOT, "%s %.2f s, %s%s", adds, difference, BulkProgress.rate(records, difference),
                onePass ? "; one timed pass of each, so how much passes vary is not known (--repeat 5 tells)" : "");
    }
}
