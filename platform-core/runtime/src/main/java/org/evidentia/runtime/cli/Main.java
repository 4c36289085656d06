package org.evidentia.runtime.cli;

import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** The {@code evidentia} launcher's entry point. */
public final class Main {

    /**
     * Printed when Java shuts down before the command returned: Ctrl-C (SIGINT) or {@code kill}
     * (SIGTERM). Without it an interrupted run ended without a word (exit 130 or 143), leaving the
     * user to guess what it left behind. A command that writes something says what its stop leaves
     * after it ({@link InterruptionNotice}); the others, and a command stopped before its command
     * line was read, say just this.
     */
    static final String INTERRUPTED = "evidentia: interrupted";

    private Main() {
    }

    public static void main(String[] args) {
        StandardOutput stdout = StandardOutput.install();
        AtomicReference<ParseResult> parsed = new AtomicReference<>(); // set on this thread, read on the hook's
        Thread notice = new Thread(() -> System.err.println(interruptionNotice(parsed.get())), "evidentia-interrupted");
        Runtime.getRuntime().addShutdownHook(notice);
        int exit;
        boolean stopping = false;
        try {
            CommandLine cli = EvidentiaCommand.commandLine(args);
            CommandLine.IExecutionStrategy execution = cli.getExecutionStrategy();
            cli.setExecutionStrategy(parseResult -> {
                parsed.set(parseResult);
                return execution.execute(parseResult);
            });
            exit = cli.execute(args);
            // the writers nest (picocli's over System.out): the stream below them keeps the failure
            if ((cli.getOut().checkError() | System.out.checkError()) && exit == ExitCode.OK && !stdout.closedByReader()) {
                // the PrintWriter swallows the failure: a summary or figures written to a full disk were lost with exit 0, which a
                // job capturing them read as done (review-s21-cli D10); a reader that closed the pipe had what it wanted
                System.err.println("evidentia: could not write all of its output to standard output (a full disk, or a device's error)");
                exit = ExitCode.FAILED;
            }
        } catch (OutOfMemoryError e) {
            // picocli hands errors on: without this, Java's stack trace and exit 1 (thrown where a command's handler is not)
            System.err.println("evidentia: " + HeapExhaustion.line(null));
            exit = ExitCode.FAILED;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(notice); // the command returned: nothing was interrupted
            } catch (IllegalStateException shuttingDown) {
                stopping = true; // stopped before it returned: the notice is being printed
            }
        }
        if (stopping) {
            // Java is stopping for a signal, and its exit status is the signal's (130, 143). System.exit with the command's
            // status (1: the stop failed the command) once the hooks have run would halt at once with that status instead,
            // racing the signal's own exit: a killed run then said 1, as if it had failed, about one time in ten on a busy
            // machine. Returning leaves Java to end as the signal asked.
            return;
        }
        if (UsageRehearsal.asked()) {
            UsageRehearsal.renderEveryUsage();
        }
        System.exit(exit);
    }

    /**
     * The line for a command stopped before it returned: that of the innermost command of {@code parsed}
     * that is an {@link InterruptionNotice}, else {@link #INTERRUPTED}. Help and version, which a
     * command prints instead of running, write nothing.
     *
     * @param parsed the command line as picocli read it; null when it was stopped before that
     */
    static String interruptionNotice(ParseResult parsed) {
        String line = INTERRUPTED;
        for (ParseResult part = parsed; part != null; part = part.subcommand()) {
            if (part.isUsageHelpRequested() || part.isVersionHelpRequested()) {
                return INTERRUPTED;
            }
            if (part.commandSpec().userObject() instanceof InterruptionNotice command) {
                line = command.interruptionNotice(part);
            }
        }
        return line;
    }
}
