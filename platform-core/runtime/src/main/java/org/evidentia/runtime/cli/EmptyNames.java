package org.evidentia.runtime.cli;

import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * Refuses a file or folder given as an empty name, an unset shell variable's: Java reads {@code ""} as the working folder, so
 * {@code plugins install --plugins-dir "$PLUGINS" x.zip} installed the plugin into whatever folder the script ran in and said
 * "Installed", and {@code run "$FILES"} read the whole working folder (the review of session 25, U11). {@code -o} and
 * {@code --exclude} say it in words of their own, where their values are checked.
 */
final class EmptyNames {

    /** The labels of the values that name files and folders. */
    private static final Set<String> NAMES = Set.of("DIR", "FILE", "FILE.jsonl", "INPUT", "PIPELINE.yaml|INPUT", "PIPELINE.yaml", "PATH.zip");
    /** Options whose empty value is told where the command checks it. */
    private static final Set<String> TOLD_ELSEWHERE = Set.of("--output", "--exclude");

    private EmptyNames() {
    }

    /** Throws when an option or argument of the command line names a file or folder by an empty name. */
    static void refuse(ParseResult parsed) {
        for (ParseResult part = parsed; part != null; part = part.subcommand()) {
            for (OptionSpec option : part.matchedOptions()) {
                if (!TOLD_ELSEWHERE.contains(option.longestName()) && empty(option)) {
                    throw new CommandLine.ParameterException(part.commandSpec().commandLine(), option.longestName() + " was given an empty "
                            + noun(option) + " name (an unset variable?), which would be the working folder: name the " + noun(option),
                            option, "");
                }
            }
            for (ArgSpec positional : part.matchedPositionals()) {
                if (empty(positional)) {
                    throw new CommandLine.ParameterException(part.commandSpec().commandLine(), "an argument (" + positional.paramLabel()
                            + ") is an empty name (an unset variable?), which would be the working folder: name a file or folder, or leave"
                            + " it out", positional, "");
                }
            }
        }
    }

    private static boolean empty(ArgSpec arg) {
        List<String> given = arg.originalStringValues();
        return NAMES.contains(arg.paramLabel()) && given.stream().anyMatch(String::isEmpty);
    }

    private static String noun(ArgSpec arg) {
        return arg.paramLabel().equals("DIR") ? "folder" : "file";
    }
}
