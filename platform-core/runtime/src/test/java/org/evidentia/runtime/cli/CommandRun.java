package org.evidentia.runtime.cli;

import java.io.StringWriter;
import picocli.CommandLine;

/**
 * One command line run in this JVM as {@code bin/evidentia} runs it (the command built as
 * {@link EvidentiaCommand#commandLine} builds it), with what it printed.
 *
 * @param exit its exit code
 * @param out  what it printed on stdout
 * @param err  what it printed on stderr
 */
record CommandRun(int exit, String out, String err) {

    static CommandRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = EvidentiaCommand.commandLine(out, err, args);
        int exit = cli.execute(args);
        return new CommandRun(exit, out.toString(), err.toString());
    }
}
