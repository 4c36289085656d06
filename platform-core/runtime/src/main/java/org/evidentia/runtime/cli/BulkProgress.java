package org.evidentia.runtime.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.evidentia.runtime.engine.RunProgress;
import org.evidentia.runtime.text.ConsoleText;
import org.evidentia.runtime.text.Plural;

/**
 * Progress of a run over many files (a baseline folder): the records per second so far and the time
 * left, estimated from the bytes of the files done against the bytes of all, once enough of both
 * are done for it to mean something ({@link #estimate}). On a terminal it is
 * shown in the progress bar; elsewhere (a log file) as a line on stderr as each file starts, and once a
 * minute within a file that takes longer, so a long run's log tells how far it got.
 */
final class BulkProgress implements RunProgress {

    /** The share of all the inputs' bytes done before the time left is estimated. */
    static final double ESTIMATE_AFTER_SHARE = 0.05;
    /** The seconds run before the time left is estimated: the first ones are Java's start, not the run's pace. */
    static final double ESTIMATE_AFTER_SECONDS = 5;

    private final ConsoleProgress bar;
    private final PrintWriter err;
    private final boolean lines;
    private final long[] sizes;
    private final long totalBytes;
    private final long started = System.nanoTime();
    private long extracted;
    private long findings;
    /** The input being read, for the line said within it ({@link #records}); null before the first. */
    private String inputName;
    private int inputNumber;
    private int inputs;
    private long lastLine = System.nanoTime();
    private final long lineEveryNanos;

    /**
     * @param sizes each input file's size in bytes, in input order
     * @param lines print lines (when stderr is not a terminal and progress is wanted)
     */
    BulkProgress(ConsoleProgress bar, PrintWriter err, boolean lines, List<Long> sizes) {
        this(bar, err, lines, sizes, LINE_EVERY_NANOS);
    }

    /** As above, with a line within an input every {@code lineEveryNanos} (a test's shorter wait). */
    BulkProgress(ConsoleProgress bar, PrintWriter err, boolean lines, List<Long> sizes, long lineEveryNanos) {
        this.lineEveryNanos = lineEveryNanos;
        this.bar = bar;
        this.err = err;
        this.lines = lines;
        this.sizes = sizes.stream().mapToLong(Long::longValue).toArray();
        long total = 0;
        for (long s : this.sizes) {
            total += s;
        }
        this.totalBytes = total;
    }

    @Override
    public void input(String name, int number, int of, long recordsRead) {
        bar.input(name, number, of, recordsRead);
        inputName = name;
        inputNumber = number;
        inputs = of;
        lastLine = System.nanoTime();
        long done = 0;
        for (int i = 0; i < number - 1 && i < sizes.length; i++) {
            done += sizes[i];
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        String estimate = estimate(done, totalBytes, seconds);
        bar.note(" · file " + number + " of " + of + (estimate.isEmpty() ? "" : " · " + estimate));
        if (lines) {
            // Extraction lags behind reading: the records read say how far the run got, the records extracted and their
            // findings (counted every 256 records) how far extraction did. Before the first count they are left out:
            // "0 extracted with 0 findings" after 299 records read looked like a run that extracted nothing (DOCREV).
            err.printf(Locale.ROOT, "progress: file %d of %d (%s): %s read%s%s%s%n", number, of, ConsoleText.oneLine(name),
                    Plural.count(recordsRead, "record"),
                    extracted == 0 ? "" : String.format(Locale.ROOT, ", %,d extracted with %s", extracted, Plural.count(findings, "finding")),
                    seconds >= 0.5 && recordsRead > 0 ? ", " + rate(recordsRead, seconds) : "",
                    estimate.isEmpty() ? "" : ", " + estimate);
            err.flush();
        }
    }

    /**
     * {@code about 3 min left}, from {@code doneBytes} of {@code totalBytes} done in {@code seconds};
     * empty until {@value #ESTIMATE_AFTER_SHARE} of the bytes and {@value #ESTIMATE_AFTER_SECONDS}
     * seconds are done. Earlier, a baseline folder whose first files are small told "about 11 min 29 s
     * left" of a run that took 10 s: a few small files read while Java warms up say nothing of the pace.
     */
    static String estimate(long doneBytes, long totalBytes, double seconds) {
        if (doneBytes <= 0 || doneBytes < totalBytes * ESTIMATE_AFTER_SHARE || seconds < ESTIMATE_AFTER_SECONDS) {
            return "";
        }
        double left = seconds * (totalBytes - doneBytes) / doneBytes;
        return "about " + duration(left) + " left";
    }

    /** {@code 2,345 records/s}, {@code 1 record/s}: a slow store run's first file said "1 records/s" (DOCREV). */
    static String rate(long records, double seconds) {
        return Plural.count(Math.round(records / seconds), "record") + "/s";
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return (s / 60) + " min " + (s % 60) + " s";
        }
        return (s / 3600) + " h " + (s % 3600 / 60) + " min";
    }

    @Override
    public void records(long read, long findings) {
        this.extracted = read;
        this.findings = findings;
        bar.records(read, findings);
        long now = System.nanoTime();
        if (lines && inputName != null && now - lastLine >= lineEveryNanos) {
            // one large input (a big search's export, a concatenated file) said "0 records read" and nothing more until it
            // ended (the review of session 28, K2): a line a minute within it
            lastLine = now;
            double seconds = (now - started) / 1e9;
            err.printf(Locale.ROOT, "progress: file %d of %d (%s): %,d extracted so far with %s, %s%n", inputNumber, inputs,
                    ConsoleText.oneLine(inputName), read, Plural.count(findings, "finding"), rate(read, seconds));
            err.flush();
        }
    }

    /** How often a line is said within one input that takes long. */
    static final long LINE_EVERY_NANOS = 60_000_000_000L;

    @Override
    public void reporting() {
        bar.reporting();
    }
}
