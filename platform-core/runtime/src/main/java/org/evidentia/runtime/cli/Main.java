package org.evidentia.runtime.cli;

/** The {@code evidentia} launcher's entry point. */
public final class Main {

    /**
     * Printed when Java shuts down before the command returned: Ctrl-C (SIGINT) or {@code kill}
     * (SIGTERM). Without it an interrupted run ended without a word (exit 130 or 143), leaving the
     * user to guess what it left behind.
     */
    static final String INTERRUPTED = "evidentia: interrupted before the end: an output folder keeps the previous run's files"
            + " unless this run had replaced them already, and a findings store every input this run finished"
            + " (the same command goes on from there)";

    private Main() {
    }

    public static void main(String[] args) {
        Thread notice = new Thread(() -> System.err.println(INTERRUPTED), "evidentia-interrupted");
        Runtime.getRuntime().addShutdownHook(notice);
        int exit;
        try {
            exit = EvidentiaCommand.commandLine(args).execute(args);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(notice); // the command returned: nothing was interrupted
            } catch (IllegalStateException shuttingDown) {
                // stopped just as it returned: the notice is being printed
            }
        }
        if (UsageRehearsal.asked()) {
            UsageRehearsal.renderEveryUsage();
        }
        System.exit(exit);
    }
}
