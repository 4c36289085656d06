package org.evidentia.runtime.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.evidentia.runtime.engine.RunProgress;
import org.evidentia.runtime.text.Plural;

/** A progress bar on stderr, shown only when stderr is a terminal. */
final class ConsoleProgress implements RunProgress, AutoCloseable {

    private ProgressBar bar;
    private String note = "";

    private ConsoleProgress(ProgressBar bar) {
        this.bar = bar;
    }

    static ConsoleProgress create(boolean wanted) {
        if (!wanted || !stderrIsTerminal()) {
            return new ConsoleProgress(null);
        }
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName("Reading")
                .setInitialMax(-1)
                .setUnit(" records", 1)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .showSpeed()
                .build();
        return new ConsoleProgress(bar);
    }

    /**
     * Whether stderr goes to a terminal, even when stdout is redirected ({@code evidentia run > log}).
     * Java cannot ask this of stderr; Linux tells through /proc, elsewhere the console stands in.
     */
    static boolean stderrIsTerminal() {
        Path stderr = Path.of("/proc/self/fd/2");
        if (Files.exists(stderr, LinkOption.NOFOLLOW_LINKS)) {
            try {
                String target = Files.readSymbolicLink(stderr).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        return System.console() != null;
    }

    @Override
    public void input(String name, int number, int of, long recordsRead) {
        if (bar != null) {
            bar.setExtraMessage(" · file " + number + " of " + of);
        }
    }

    @Override
    public void records(long read, long findings) {
        if (bar != null) {
            bar.stepTo(read);
            bar.setExtraMessage(" · " + Plural.count(findings, "finding") + note);
        }
    }

    /** Shown after the findings from now on (which file of how many, the time left). */
    void note(String text) {
        note = text;
    }

    /** Whether a bar is shown. */
    boolean shown() {
        return bar != null;
    }

    @Override
    public void reporting() {
        if (bar != null) {
            bar.setExtraMessage(" · writing reports");
        }
    }

    /** Ends the bar; later calls do nothing, so the summary printed after it stays last. */
    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
