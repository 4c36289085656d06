package org.evidentia.runtime.cli;

import ch.qos.logback.classic.Level;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.evidentia.runtime.EvidentiaVersion;
import org.evidentia.runtime.engine.ConfigurationException;
import org.evidentia.runtime.engine.ExtensionCatalog;
import org.evidentia.runtime.engine.RunEngine;
import org.evidentia.runtime.engine.RunStop;
import org.evidentia.runtime.host.PluginHost;
import org.evidentia.runtime.host.PluginProblem;
import org.evidentia.runtime.host.PluginStatus;
import org.evidentia.runtime.options.OptionsBinder;
import org.evidentia.runtime.store.StoreException;
import org.evidentia.runtime.output.OutputFolderException;
import org.evidentia.runtime.text.CloseNames;
import org.evidentia.runtime.text.ShellWord;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code evidentia}: the top command, with the options every subcommand shares. Its commands are
 * those of {@link WithEveryCommand}.
 */
@Command(name = "evidentia",
        mixinStandardHelpOptions = true,
        versionProvider = EvidentiaCommand.Version.class,
        description = {"Turns PubMed records into traceable cytokine and biomarker findings, review tables and an HTML summary.",
                "Sources, extractors and reporters are plugins loaded from the plugins folder."},
        // a list, not footer text, so that the man page has its EXIT STATUS section too (the review of session 28, M3)
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:ok", "1:the run failed, or had problems under --strict", "2:usage or configuration error",
                "130:stopped by Ctrl-C (a store run goes on from where it was left when run again)", "143:stopped by kill (likewise)"},
        footer = {"", "Run `evidentia run` with no arguments to process the bundled example."})
public class EvidentiaCommand implements Callable<Integer> {

    /**
     * The top command with every command under it: for help, suggestions, and the completion script
     * and man pages made at build time.
     */
    @Command(subcommands = {RunCommand.class, ReportCommand.class, ImportCommand.class, PluginsCommand.class, DescribeCommand.class,
            ValidateCommand.class, EvaluateCommand.class, BenchCommand.class, HelpCommand.class})
    public static final class WithEveryCommand extends EvidentiaCommand {
    }

    @Option(names = "--plugins-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Plugins folder (default: $EVIDENTIA_PLUGINS_DIR, else the distribution's plugins/).")
    Path pluginsDir;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Log details and show stack traces of errors.")
    void verbose(boolean on) {
        this.verbose = on;
        if (on) {
            ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.DEBUG);
            ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.pf4j")).setLevel(Level.INFO);
        }
    }

    boolean verbose;

    @Spec
    CommandSpec spec;

    /** {@code evidentia} with no command: the help, as a user who types it wants to know what to do. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCode.OK;
    }

    /**
     * The command line to execute {@code args} with, with Evidentia's error handling: one clear line,
     * the stack only under --verbose. When the arguments name a command, only that command is built
     * under the top one: picocli builds a command's whole model from its annotations, and the other
     * commands' took about 45 ms of every start. {@code -V} or {@code --version} alone builds no command.
     * Help of the top command, the help command, and anything else (an unknown command, which gets
     * suggestions) get every command.
     */
    static CommandLine commandLine(String... args) {
        return commandLine(null, null, args);
    }

    /**
     * As {@link #commandLine(String...)}, printing on {@code stdout} and {@code stderr} (null: stdout and
     * stderr as picocli opens them). Whatever is printed passes a {@link PrintableWriter}: file names
     * and text quoted from inputs reach the terminal with their control characters escaped. Help is
     * printed without ANSI styles for the same reason (its bold and underline are escape sequences).
     */
    static CommandLine commandLine(Writer stdout, Writer stderr, String... args) {
        Class<?> asked = askedCommand(args);
        // the asked command made by a CommandLine of its own, which applies its model transformer (addSubcommand of its class does not)
        CommandLine cli = asked != null ? new CommandLine(new EvidentiaCommand()).addSubcommand(new CommandLine(asked))
                : versionAlone(args) ? new CommandLine(new EvidentiaCommand())
                : new CommandLine(new WithEveryCommand());
        cli.setOut(new PrintWriter(new PrintableWriter(stdout == null ? cli.getOut() : stdout), true));
        cli.setErr(new PrintWriter(new PrintableWriter(stderr == null ? cli.getErr() : stderr), true));
        // `--plugins-dir plugins`: the folder's most natural name is also a command's, which picocli would take as the command
        cli.setAllowSubcommandsAsOptionParameters(true);
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        // Wide enough that paths and file names are not broken at their dots; a terminal's own width where known.
        cli.setUsageHelpWidth(100);
        cli.setUsageHelpAutoWidth(true);
        CommandLine.IExecutionStrategy execution = cli.getExecutionStrategy();
        cli.setExecutionStrategy(parseResult -> {
            EmptyNames.refuse(parseResult);
            return execution.execute(parseResult);
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            EvidentiaCommand top = commandLine.getCommandSpec().root().userObject() instanceof EvidentiaCommand c ? c : null;
            PrintWriter err = commandLine.getErr();
            if (e instanceof ConfigurationException || e instanceof OutputFolderException || e instanceof IllegalArgumentException
                    || e instanceof StoreException) {
                e.getMessage().lines().forEach(line -> err.println("evidentia: " + line)); // one line per issue
                if (top != null && top.verbose) {
                    e.printStackTrace(err);
                }
                return ExitCode.USAGE;
            }
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            err.println("evidentia: " + (HeapExhaustion.causedBy(e) ? HeapExhaustion.line(message) : message)
                    + (top != null && top.verbose ? "" : " (run with --verbose for details)"));
            if (top != null && top.verbose) {
                e.printStackTrace(err);
            }
            return ExitCode.FAILED;
        });
        cli.setParameterExceptionHandler((e, unmatched) -> {
            PrintWriter err = e.getCommandLine().getErr();
            List<String> refused = runArgumentsGivenToReport(e);
            if (refused.isEmpty()) {
                err.println("evidentia: " + inWords(e));
                printCloseSuggestions(e, err);
            } else {
                refused.forEach(line -> err.println("evidentia: " + line)); // one line per issue, no "did you mean"
            }
            err.println("Try `" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help`.");
            return ExitCode.USAGE;
        });
        return cli;
    }

    /**
     * picocli's suggestions for an unknown option as it gives them; for an unknown command the commands a typo away (at
     * most two edits, or half the word's letters): picocli's own likeness offered "evaluate" for "frobnicate" and nothing
     * for "rnu".
     */
    private static void printCloseSuggestions(CommandLine.ParameterException e, PrintWriter err) {
        if (!(e instanceof CommandLine.UnmatchedArgumentException unmatched) || unmatched.isUnknownOption()
                || unmatched.getUnmatched().isEmpty() || e.getCommandLine().getSubcommands().isEmpty()) {
            CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
            return;
        }
        String typed = unmatched.getUnmatched().get(0);
        List<String> close = CloseNames.to(typed, e.getCommandLine().getSubcommands().keySet());
        if (!close.isEmpty()) {
            String command = e.getCommandLine().getCommandSpec().qualifiedName();
            err.println("Did you mean: " + String.join(" or ", close.stream().map(name -> command + " " + name).toList()) + "?");
        }
    }

    /** The lines that refuse {@code run}'s arguments given to {@code report} in words ({@link ReportCommand#runArgumentsInWords}); else none. */
    private static List<String> runArgumentsGivenToReport(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched
                && e.getCommandLine().getCommandSpec().userObject() instanceof ReportCommand report) {
            return ReportCommand.runArgumentsInWords(unmatched.getUnmatched(), report.store);
        }
        return List.of();
    }

    /**
     * A usage error as the user sees it: a word where a command belongs is an unknown command, not
     * picocli's "Unmatched arguments from index 0: 'rnu', 'x'".
     */
    private static String inWords(CommandLine.ParameterException e) {
        CommandLine at = e.getCommandLine();
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !at.getSubcommands().isEmpty()
                && !unmatched.getUnmatched().isEmpty() && !unmatched.getUnmatched().get(0).startsWith("-")) {
            if (at.getParent() == null) {
                return "unknown command '" + unmatched.getUnmatched().get(0) + "'; commands: " + String.join(", ", at.getSubcommands().keySet());
            }
            // `plugins list` was picocli's "Unmatched argument at index 1: 'list'" (the review of session 25, U10)
            String command = at.getCommandSpec().qualifiedName();
            return "unknown command '" + unmatched.getUnmatched().get(0) + "' of '" + command + "'; its commands: "
                    + String.join(", ", new java.util.TreeSet<>(at.getSubcommands().keySet())) + ", or none (`" + command + "`)";
        }
        return e.getMessage().replace("for option option '", "for option '") // picocli's doubled word, as of 4.7
                // Java's type words reached the user: "'90%' is not a double" (the review of session 25, U4)
                .replace("' is not a double", "' is not a number (such as 0.85)").replace("' is not a float", "' is not a number (such as 0.85)")
                .replace("' is not an int", "' is not a whole number (such as 4)").replace("' is not a long", "' is not a whole number (such as 4)");
    }

    /**
     * The command that {@code args} run, or null for the top command, its help or version, or a name
     * that is no command. The top command's options are read as picocli reads them: its short ones
     * ({@code -h}, {@code -v}, {@code -V}) take no value and may be clustered ({@code -vh}).
     */
    private static Class<?> askedCommand(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--plugins-dir")) {
                i++; // its value
            } else if (arg.equals("--help") || arg.equals("--version") || arg.equals("--")
                    || arg.startsWith("-") && !arg.startsWith("--") && (arg.indexOf('h') > 0 || arg.indexOf('V') > 0)) {
                return null;
            } else if (!arg.startsWith("-")) {
                for (Class<?> command : WithEveryCommand.class.getAnnotation(Command.class).subcommands()) {
                    Command named = command.getAnnotation(Command.class);
                    if (command != HelpCommand.class && (named.name().equals(arg) || List.of(named.aliases()).contains(arg))) {
                        return command;
                    }
                }
                return null;
            }
        }
        return null;
    }

    /** Whether {@code args} ask for the version and nothing else, which the top command answers alone. */
    private static boolean versionAlone(String[] args) {
        return args.length == 1 && (args[0].equals("-V") || args[0].equals("--version"));
    }

    /** The distribution's folder (set by the launcher), or null when run from elsewhere. */
    static Path home() {
        String home = System.getProperty("evidentia.home");
        return home == null || home.isBlank() ? null : Path.of(home);
    }

    /** The plugins folder: --plugins-dir, else $EVIDENTIA_PLUGINS_DIR, else the distribution's plugins/. */
    Path pluginsDir() throws ConfigurationException {
        if (pluginsDir != null) {
            return pluginsDir;
        }
        String env = System.getenv("EVIDENTIA_PLUGINS_DIR");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        Path home = home();
        if (home != null && Files.isDirectory(home.resolve("plugins"))) {
            return home.resolve("plugins");
        }
        throw new ConfigurationException("no plugins folder: give --plugins-dir DIR or set EVIDENTIA_PLUGINS_DIR");
    }

    /** The pipeline engine every command runs with, whose runs {@code stop} tells the stop of. */
    RunEngine engine(RunStop stop) {
        return new RunEngine(new OptionsBinder(), EvidentiaVersion.withBuild(), stop);
    }

    /**
     * Starts the plugin host and tells the user, on {@code err}, about every plugin that is not usable.
     * While it waits for another command to finish with the plugins folder (to unpack a zip new
     * since the last command), it says so on stderr.
     */
    PluginHost startHost(PrintWriter err) throws ConfigurationException {
        return startHost(err, false);
    }

    /**
     * As {@link #startHost(PrintWriter)}.
     *
     * @param folderHeld whether this command holds the plugins folder's lock already (the {@code plugins}
     *     commands that change the folder): then the host takes none to unpack zips (see {@link PluginHost#startUnderCallersLock})
     */
    PluginHost startHost(PrintWriter err, boolean folderHeld) throws ConfigurationException {
        Path dir = pluginsDir();
        if (!Files.isDirectory(dir)) {
            // a file said "does not exist" (an explorer's s21, D5); the launcher sets EVIDENTIA_PLUGINS_DIR itself, so only the
            // option is named as where the folder came from
            String from = pluginsDir != null ? " (--plugins-dir)" : "";
            throw new ConfigurationException("plugins folder " + dir + from + (Files.exists(dir) ? " is a file, not a folder" : " does not exist"));
        }
        PluginHost unstarted = new PluginHost(dir, EvidentiaVersion.get(), pluginsCommand());
        PluginHost host = folderHeld ? unstarted.startUnderCallersLock() : unstarted.start(() -> {
            PrintWriter stderr = spec.commandLine().getErr(); // not err, which a command may have silenced
            stderr.println("waiting for another Evidentia command to finish with the plugins folder " + dir
                    + " (unpacking a plugin, or changing the folder)");
            stderr.flush();
        });
        List<PluginStatus> statuses = host.statuses();
        for (PluginProblem problem : host.problems()) {
            err.println("plugin-error: plugin " + problem); // the kind run.json records it as, as other problems are printed
        }
        if (!folderHeld && statuses.isEmpty()) {
            // else every input is "read by no source", which does not say that the folder is the cause
            err.println("warning: the plugins folder " + dir + " holds no plugin" + chosenBy()
                    + "; a run needs a source, an extractor and a reporter from it");
        }
        err.flush();
        return host;
    }

    /**
     * The plugins command as hints give it to paste: with --plugins-dir when this command was given it, so that a pasted
     * hint acts on the same folder (the review of session 28, R7: it enabled the plugin in the distribution's folder, and
     * the run still failed).
     */
    String pluginsCommand() {
        return pluginsDir == null ? PluginHost.PLUGINS_COMMAND
                : PluginHost.PLUGINS_COMMAND + " --plugins-dir " + ShellWord.of(pluginsDir.toString());
    }

    /** Why the plugins folder is the one in use, when a user chose it: a folder of one's own replaces the distribution's. */
    private String chosenBy() {
        String replaces = home() == null ? "" : ", which replaces the distribution's " + home().resolve("plugins") + " rather than adding to it";
        if (pluginsDir != null) {
            return " (given by --plugins-dir" + replaces + ")";
        }
        String env = System.getenv("EVIDENTIA_PLUGINS_DIR");
        return env != null && !env.isBlank() ? " (set by EVIDENTIA_PLUGINS_DIR" + replaces + ")" : "";
    }

    /** Prints the version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"evidentia " + EvidentiaVersion.withBuild(), "Java " + Runtime.version()};
        }
    }
}
