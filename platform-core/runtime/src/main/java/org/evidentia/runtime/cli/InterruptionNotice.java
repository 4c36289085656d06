package org.evidentia.runtime.cli;

import picocli.CommandLine.ParseResult;

/**
 * A command that leaves something worth telling when Ctrl-C (SIGINT) or {@code kill} (SIGTERM)
 * stops it before it returns. A command that is not one writes nothing that outlives it, and its
 * interruption gets the plain {@value Main#INTERRUPTED}.
 */
interface InterruptionNotice {

    /** What {@code report}, which writes an output folder and reads a store, leaves. */
    String OUTPUT_FOLDER_KEPT = Main.INTERRUPTED + " before the end: an output folder keeps the previous run's files"
            + " unless this run had replaced them already";

    /** What {@code run --store}, which writes an output folder and a store, leaves. */
    String OUTPUTS_KEPT = OUTPUT_FOLDER_KEPT + ", and a findings store every input this run finished"
            + " (the same command without --force goes on from there)";

    /** What {@code import}, which writes a store and no output folder, leaves (the review of session 33, K2: it spoke of an output folder). */
    String STORE_KEPT = Main.INTERRUPTED + " before the end: the findings store keeps every input this import finished"
            + " (the same command without --force goes on from there)";

    /**
     * The line printed on stderr when the command is stopped before it returns: {@value Main#INTERRUPTED},
     * then what the stop leaves, told as the code guarantees it. Called on the shutdown hook's thread,
     * while the command may still be running: it reads only what the command line gave.
     *
     * @param asRun this command's part of the parsed command line (its subcommand, options and parameters)
     */
    String interruptionNotice(ParseResult asRun);
}
