package org.evidentia.runtime.cli;

import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

/**
 * Refuses a file or folder given as an empty name, an unset shell variable's: Java reads {@code ""} as the working folder, so
 * {@code plugins install --plugins-dir "$PLUGINS" x.zip} installed the plugin into whatever folder the script ran in and said
 * "Installed", and {@code run "$FILES"} read the whole working folder (the review of session 25, U11). {@code -o} and
 * {@code --exclude} say it in words of their own, where their values are checked; help and version are given as asked.
 */
final class EmptyNames {

    /** What each label of a value that names a file or folder names. */
    private static final Map<String, String> NAMED = Map.of("DIR", "folder", "FILE", "file", "FILE.jsonl", "file", "PATH.zip", "file",
            "PIPELINE.yaml", "file", "INPUT", "file or folder", "PIPELINE.yaml|INPUT", "file or folder");
    /** Options whose empty value is told where the command checks it. */
    private static final Set<String> TOLD_ELSEWHERE = Set.of("--output", "--exclude");

    private EmptyNames() {
    }

    /** Throws when an option or argument of the command line names a file or folder by an empty name. */
    static void refuse(ParseResult parsed) {
        for (ParseResult part = parsed; part != null; part = part.subcommand()) {
            if (part.isUsageHelpRequested() || part.isVersionHelpRequested()) {
                return; // `run --help --store ''` shows the help, as it did
            }
        }
        for (ParseResult part = parsed; part != null; part = part.subcommand()) {
            for (OptionSpec option : part.matchedOptions()) {
                if (!TOLD_ELSEWHERE.contains(option.longestName()) && empty(option)) {
                    String named = NAMED.get(option.paramLabel());
                    throw new CommandLine.ParameterException(part.commandSpec().commandLine(), option.longestName() + " was given an empty "
                            + named + " name (an unset variable?)" + workingFolder(named) + ": name the " + named, option, "");
                }
            }
            for (PositionalParamSpec positional : part.matchedPositionals()) {
                if (empty(positional)) {
                    String named = NAMED.get(positional.paramLabel());
                    throw new CommandLine.ParameterException(part.commandSpec().commandLine(), "an argument (" + positional.paramLabel()
                            + ") is an empty name (an unset variable?)" + workingFolder(named) + ": name a " + named
                            + (positional.arity().min() == 0 ? ", or leave it out" : ""), positional, "");
                }
            }
        }
    }

    private static boolean empty(ArgSpec arg) {
        return NAMED.containsKey(arg.paramLabel()) && arg.originalStringValues().stream().anyMatch(String::isEmpty);
    }

    /** Why an empty name is no mistake to let through: where a folder may be named, it names the working folder. */
    private static String workingFolder(String named) {
        return named.contains("folder") ? ", which would be the working folder" : "";
    }
}
