package org.evidentia.runtime.cli;

import java.io.PrintWriter;
import java.io.Writer;
import picocli.CommandLine;

/**
 * Renders every command's help into nothing, at the end of the run that writes the class-data
 * archive ({@code bin/evidentia} sets {@value #PROPERTY} for that run alone). Java archives only the
 * classes that the writing run loaded, and a run never renders help: without this rehearsal, the
 * help's classes (picocli's layout, the JDK's line breaking and formatting) were loaded and
 * verified again at every {@code evidentia --help}.
 */
final class UsageRehearsal {

    /** The system property that asks for the rehearsal. */
    static final String PROPERTY = "evidentia.cds.training";

    private UsageRehearsal() {
    }

    /** Whether this JVM was started to write the archive. */
    static boolean asked() {
        return Boolean.getBoolean(PROPERTY);
    }

    /**
     * Renders the help of the top command and of every command under it. Never throws: a rehearsal
     * that fails leaves an archive without the help's classes, and the run's result stands.
     */
    static void renderEveryUsage() {
        try (PrintWriter nowhere = new PrintWriter(Writer.nullWriter())) {
            render(EvidentiaCommand.commandLine(Writer.nullWriter(), Writer.nullWriter(), "--help"), nowhere);
        } catch (RuntimeException ignored) {
            // only the archive's content is at stake
        }
    }

    private static void render(CommandLine command, PrintWriter nowhere) {
        command.usage(nowhere);
        for (CommandLine sub : command.getSubcommands().values()) {
            render(sub, nowhere);
        }
    }
}
