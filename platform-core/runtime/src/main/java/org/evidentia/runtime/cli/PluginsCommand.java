package org.evidentia.runtime.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.evidentia.runtime.EvidentiaVersion;
import org.evidentia.runtime.engine.ConfigurationException;
import org.evidentia.runtime.host.PluginHost;
import org.evidentia.runtime.host.PluginInstaller;
import org.evidentia.runtime.host.PluginStatus;
import org.evidentia.runtime.input.FileDigests;
import org.evidentia.runtime.output.LockFile;
import org.evidentia.runtime.text.Plural;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code evidentia plugins}: lists plugins; {@code enable} and {@code disable} switch them for later runs;
 * {@code install} and {@code remove} add and take away a plugin. These four hold the plugins folder's
 * lock ({@value #LOCK} in it) from before they look at the folder until they have written, so that
 * two at the same moment never both decide on the folder as it was: the second waits for the first,
 * saying so on stderr, and then sees what the first did.
 */
@Command(name = "plugins", mixinStandardHelpOptions = true, versionProvider = EvidentiaCommand.Version.class,
        description = "List the plugins of the plugins folder: id, version, state and extensions; "
                + "plugins install, remove, enable and disable change it.")
final class PluginsCommand implements Callable<Integer>, InterruptionNotice {

    /** How the zips of the plugins bundled with the distribution are named: evidentia-ID-VERSION.zip. */
    private static final String BUNDLED_PREFIX = "evidentia-";

    /** The plugins folder's lock file, in the folder: the commands that change the folder write only there. */
    static final String LOCK = PluginHost.FOLDER_LOCK;

    @ParentCommand
    EvidentiaCommand top;

    @Spec
    CommandSpec spec;

    @Option(names = "--check", description = "Also make every started plugin's extractors and list the finding kinds two"
            + " plugins declare alike (slower: a plain listing makes no extension); exit 1 when a plugin listed has a problem, or"
            + " no started plugin offers a source, an extractor or a reporter.")
    boolean check;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (PluginHost host = top.startHost(new PrintWriter(java.io.Writer.nullWriter()))) {
            List<PluginStatus> statuses = host.statuses();
            out.println("Plugins in " + host.pluginsDir() + ":");
            String format = "%-22s %-9s %-12s %s%n";
            out.printf(format, "ID", "VERSION", "STATE", "EXTENSIONS");
            int clashes = 0;
            for (PluginStatus s : statuses) {
                String clash = check ? kindClash(host, s) : null;
                clashes += clash == null ? 0 : 1;
                out.printf(format, s.id(), s.version(), s.state(), extensionsAndProblem(s, clash));
            }
            if (statuses.isEmpty()) {
                out.println("(none)");
            }
            if (check) {
                // a check that found nothing printed the plain listing, and read as one not made (the review of session 28, M12)
                // the started plugins that have an extractor, not every started one (the review of the session's change, R8)
                long withExtractors = statuses.stream().filter(s -> s.state().equals("started")
                        && s.extensions().stream().anyMatch(e -> e.startsWith("extractor:"))).count();
                out.println(withExtractors == 0 ? "Checked: no started plugin has an extractor, so no finding kind to compare."
                        : clashes == 0 ? "Checked the extractors of " + Plural.count(withExtractors, "started plugin")
                        + ": each declares its finding kinds well, and no kind is declared by two plugins."
                        : "Checked the extractors of " + Plural.count(withExtractors, "started plugin") + ": " + Plural.count(clashes, "plugin")
                        + " above " + (clashes == 1 ? "has" : "have") + " a finding kind that a run refuses.");
                // a check that found a plugin not loaded, or an extension withheld, passed (exit 0) and read as all well: a
                // script or CI gate that runs it after dropping a plugin in needs its answer in the exit status (the review of
                // session 30, P2)
                long withProblems = statuses.stream().filter(s -> s.problem() != null).count();
                if (withProblems > 0) {
                    out.println(Plural.count(withProblems, "plugin") + " above " + (withProblems == 1 ? "has" : "have")
                            + " a problem (after --): each run tells it, and a run with --strict fails on it.");
                }
                // a folder a run cannot use at all: empty, every plugin disabled, no reporter (the review of the change, S2, T3)
                List<String> missing = new ArrayList<>();
                for (String kind : List.of("source", "extractor", "reporter")) {
                    if (statuses.stream().noneMatch(s -> s.state().equals("started") && s.extensions().stream().anyMatch(e -> e.startsWith(kind + ":")))) {
                        missing.add(kind);
                    }
                }
                if (!missing.isEmpty()) {
                    out.println("No started plugin offers " + String.join(" or ", missing.stream().map(k -> (k.equals("extractor") ? "an " : "a ")
                            + k).toList()) + ": a run needs a source, an extractor and a reporter, so every run with this folder is refused.");
                }
                out.flush();
                return withProblems + clashes == 0 && missing.isEmpty() ? ExitCode.OK : ExitCode.FAILED;
            }
            out.flush();
            return ExitCode.OK;
        }
    }

    /**
     * The usable extensions, then the problems after "--": a plugin with one extension withheld still
     * lists the others, and one whose kind clashes lists all its extensions (each run may use one of them).
     */
    private static String extensionsAndProblem(PluginStatus status, String kindClash) {
        // a disabled plugin's classes are not loaded, so its extensions cannot be named: an empty column read as a plugin with none
        // (the review of session 30, P8); one disabled for a reason says that reason (after --)
        String extensions = status.state().equals("disabled") && status.extensions().isEmpty() && status.problem() == null
                ? "(not loaded while disabled)"
                : String.join(", ", status.extensions());
        String problem = status.problem() == null ? kindClash : kindClash == null ? status.problem() : status.problem() + "; " + kindClash;
        if (problem == null) {
            return extensions;
        }
        return (extensions.isEmpty() ? "" : extensions + " ") + "-- " + problem;
    }

    /**
     * Where a started plugin's extractor declares a kind whose attributes a run refuses ({@link PluginHost#misdeclaredKinds}),
     * or the finding kind of another started plugin's
     * extractor (a zip copied into the folder by hand; {@code install} and {@code enable} refuse
     * it), as {@link PluginHost#sharedKinds} says it; null when its kinds are its own. Nothing is
     * withheld, so the plugin is listed started, but a run with both extractors, a default run
     * among them, is refused: the listing says so, as it says the other problems. This makes every
     * started plugin's extractors (a kind is known only from a made one), so only {@code --check}
     * asks: a plain listing makes no extension, and starts quickly.
     */
    private static String kindClash(PluginHost host, PluginStatus status) {
        if (!status.state().equals("started")) {
            return null;
        }
        List<String> misdeclared = host.misdeclaredKinds(status.id());
        if (!misdeclared.isEmpty()) {
            return String.join("; ", misdeclared) + "; a run with that extractor (a run that names none, too) is refused: the"
                    + " plugin needs that changed (docs/plugin-guide.md, section 4); name the extractors to use (-x), or disable or"
                    + " remove the plugin";
        }
        List<String> shared = host.sharedKinds(status.id());
        return shared.isEmpty() ? null : String.join("; ", shared) + "; finding kinds are one namespace, so a run with both"
                + " extractors (a run that names none, too) is refused: name the extractors to use (-x), rename the kind in"
                + " one plugin, or disable or remove one of the plugins";
    }

    /**
     * What a stop leaves of the plugins folder, as the code below guarantees it: {@code install}
     * moves the zip in with one rename (its copy is made beside it as a hidden {@code .installing-*.part},
     * which a stop may leave); {@code enable} and {@code disable} replace PF4J's
     * {@code enabled.txt} or {@code disabled.txt} whole, each with one rename (a hidden {@code .NAME.*.part} beside
     * it may be left), {@code enable} sometimes both, the plugin enabled only once both are written; {@code remove} deletes the unpacked folder,
     * the zip and the lines one after another. Listing writes nothing.
     */
    @Override
    public String interruptionNotice(ParseResult asRun) {
        ParseResult change = asRun.subcommand();
        if (change == null) {
            return Main.INTERRUPTED;
        }
        String named = change.matchedPositionals().isEmpty() ? "the plugin" : String.valueOf((Object) change.matchedPositionals().get(0).getValue());
        return Main.INTERRUPTED + switch (change.commandSpec().name()) {
            case "install" -> ": " + named + " is installed whole or not at all (its zip is moved into the plugins folder in one"
                    + " step): `" + top.pluginsCommand() + "` lists it if it is; a hidden .installing-*.part file left in the folder is a"
                    + " copy cut short, which can be deleted" + (change.hasMatchedOption("--replace") ? "; the plugin it replaces"
                    + " is removed after it is moved in, and may be left beside it: the same command again removes it" : "");
            case "enable", "disable" -> ": the plugins folder's enabled.txt and disabled.txt are each whole, changed or not"
                    + " (each is replaced in one step): `" + top.pluginsCommand() + "` shows whether " + named + " is "
                    + change.commandSpec().name() + "d, and the same command again finishes the change; a hidden"
                    + " .enabled.txt.*.part or .disabled.txt.*.part file left in the folder is a copy cut short, which can be deleted";
            case "remove" -> ": plugin " + named + " may be partly removed (its unpacked folder, its zip and its lines in"
                    + " enabled.txt and disabled.txt go one after another): the same command again removes the rest";
            default -> "";
        };
    }

    /**
     * Enables a plugin for later runs, unless an extension of it has the name of an enabled plugin's
     * extension (enabling it would withhold both plugins' extensions of that name, which runs used
     * until then): decided before anything is written (see {@link PluginHost#enable}). A plugin that
     * cannot be started (it requires another Evidentia, say) is refused with the reason, exit 2, as
     * the other refusals are. A plugin that is enabled already stays so, and its problem, if it has one, is told.
     */
    @Command(name = "enable", mixinStandardHelpOptions = true, versionProvider = EvidentiaCommand.Version.class, description = "Enable a plugin for later runs.")
    int enable(@Parameters(paramLabel = "ID", description = "The plugin id, as `evidentia plugins` lists it.") String id)
            throws Exception {
        return changingTheFolder(() -> enableHeld(id));
    }

    private int enableHeld(String id) throws Exception {
        PluginHost.Enabling enabling;
        String problem = null;
        try (PluginHost host = top.startHost(new PrintWriter(java.io.Writer.nullWriter()), true)) {
            enabling = host.enable(id);
            if (enabling.outcome() == PluginHost.Enabling.Outcome.ALREADY_ENABLED
                    || enabling.outcome() == PluginHost.Enabling.Outcome.NOT_USABLE) {
                problem = problemOf(host, id);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (enabling.outcome()) {
            case ENABLED -> out.println("Enabled " + id + ".");
            case ALREADY_ENABLED -> {
                out.println(id + " is already enabled.");
                if (problem != null) {
                    spec.commandLine().getErr().println("plugin-error: plugin " + id + ": " + problem);
                }
            }
            case NAMES_TAKEN -> throw new IllegalArgumentException("cannot enable " + id + ": " + taken(enabling.takenNames())
                    + "; it stays disabled: rename " + (enabling.takenNames().size() == 1 ? "it" : "them")
                    + " in the plugin, or disable the other plugin first");
            case KINDS_TAKEN -> throw new IllegalArgumentException("cannot enable " + id + ": " + String.join("; ", enabling.takenKinds())
                    + "; finding kinds are one namespace (a run with both extractors is refused), so it stays disabled: rename the"
                    + " kind in the plugin, or disable the other plugin first");
            // refused as the other refusals are (exit 2), with the reason the host knows (requires another Evidentia, say)
            case NOT_USABLE -> throw new IllegalArgumentException("cannot enable " + id + ": "
                    + (problem == null ? "it cannot be started (`" + top.pluginsCommand() + "` says why)" : problem) + "; nothing was written");
        }
        return ExitCode.OK;
    }

    /** Disables a plugin for later runs; one that is disabled already stays so, and nothing is written (see {@link PluginHost#disable}). */
    @Command(name = "disable", mixinStandardHelpOptions = true, versionProvider = EvidentiaCommand.Version.class, description = "Disable a plugin for later runs.")
    int disable(@Parameters(paramLabel = "ID", description = "The plugin id, as `evidentia plugins` lists it.") String id)
            throws Exception {
        return changingTheFolder(() -> disableHeld(id));
    }

    private int disableHeld(String id) throws Exception {
        PluginHost.Disabling disabling;
        List<String> dependents;
        try (PluginHost host = top.startHost(new PrintWriter(java.io.Writer.nullWriter()), true)) {
            disabling = host.disable(id);
            dependents = host.dependentsOf(id);
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (disabling) {
            case DISABLED -> {
                out.println("Disabled " + id + ".");
                warnDependents(id, dependents, "while it is disabled", "disable", "enable " + id + " again");
            }
            case ALREADY_DISABLED -> out.println(id + " is already disabled.");
            case NOT_STOPPED -> {
                out.println("Could not disable " + id + "; `" + top.pluginsCommand() + "` says why.");
                return ExitCode.FAILED;
            }
        }
        return ExitCode.OK;
    }

    /**
     * Installs a plugin zip, unless an extension of it has the name of an enabled plugin's extension:
     * decided before anything is written into the plugins folder (see {@link PluginInstaller#install}), as is
     * the refusal of a plugin with an extension whose name breaks the name rule (it could never be used).
     * A plugin installed that cannot be used as it is (an extension that cannot be made, which may be
     * mended later: a file the user adds) is told, exit 1.
     */
    @Command(name = "install", mixinStandardHelpOptions = true, versionProvider = EvidentiaCommand.Version.class,
            description = "Check a plugin zip and copy it into the plugins folder; it is loaded by the next command.")
    int install(@Parameters(paramLabel = "PATH.zip", description = "The plugin zip (as its build makes it: target/ID-VERSION.zip).")
                Path zip,
                @Option(names = "--replace", description = "Replace the installed plugin of the zip's id with it, after the same"
                        + " checks (its enabled/disabled lines are kept); refused when no plugin of that id is installed.")
                boolean replace) throws Exception {
        return changingTheFolder(() -> installHeld(zip, replace));
    }

    private int installHeld(Path zip, boolean replace) throws Exception {
        PluginInstaller.Installing installing = new PluginInstaller(top.pluginsDir(), EvidentiaVersion.get(), top.pluginsCommand()).install(zip, replace);
        Map<String, List<String>> taken = installing.takenNames();
        if (installing.outcome() == PluginInstaller.Installing.Outcome.NAMES_TAKEN) {
            throw new IllegalArgumentException("cannot install " + zip + ": " + taken(taken)
                    + "; nothing was installed: rename " + (taken.size() == 1 ? "it" : "them") + " in the plugin");
        }
        spec.commandLine().getOut().println((installing.replacedVersion() == null ? "Installed " + installing.id() + " "
                : "Replaced " + installing.id() + " " + installing.replacedVersion() + " with ") + installing.version() + " as "
                // to compare with the checksum its provider publishes: a plugin runs with the user's rights
                + installing.file() + " (SHA-256 " + FileDigests.sha256(installing.file()) + ").");
        installing.warnings().forEach(warning -> spec.commandLine().getErr().println("warning: plugin " + installing.id() + ": " + warning));
        if (installing.problem() != null) {
            spec.commandLine().getErr().println("plugin-error: plugin " + installing.id() + (installing.extensions().isEmpty()
                    ? " cannot be used as it is: " : " can be used only in part (" + String.join(", ", installing.extensions()) + "): ")
                    + installing.problem());
            return ExitCode.FAILED;
        }
        return ExitCode.OK;
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, versionProvider = EvidentiaCommand.Version.class,
            description = "Remove a plugin: its zip, its unpacked folder and its enabled/disabled lines.")
    int remove(@Parameters(paramLabel = "ID", description = "The plugin id, as `evidentia plugins` lists it.") String id)
            throws Exception {
        return changingTheFolder(() -> removeHeld(id));
    }

    /**
     * Warns that {@code dependents} need {@code id} and are not loaded {@code whileIt} (is disabled, is not installed), so that
     * each later run tells it as a problem; the remedy is to {@code doToo} them too, or {@code orElse}.
     */
    private void warnDependents(String id, List<String> dependents, String whileIt, String doToo, String orElse) {
        if (!dependents.isEmpty()) {
            spec.commandLine().getErr().println("warning: " + (dependents.size() == 1 ? "plugin " : "plugins ")
                    + String.join(", ", dependents) + (dependents.size() == 1 ? " needs " : " need ") + id + ", and "
                    + (dependents.size() == 1 ? "is" : "are") + " not loaded " + whileIt + ": each later run tells it as a"
                    + " problem (" + doToo + " " + (dependents.size() == 1 ? "it" : "them") + " too, or " + orElse + ")");
        }
    }

    private int removeHeld(String id) throws Exception {
        List<String> dependents;
        try (PluginHost host = top.startHost(new PrintWriter(java.io.Writer.nullWriter()), true)) {
            // as disable warns (the plugin author's review of session 32, A3: remove said nothing, and every later run failed
            // --strict on the dependents' problem)
            dependents = host.dependentsOf(id);
        }
        List<Path> removed;
        try {
            removed = new PluginInstaller(top.pluginsDir(), EvidentiaVersion.get(), top.pluginsCommand()).remove(id);
        } catch (PluginInstaller.NoSuchPlugin e) {
            // the near misses: an id that differs in case, an extension's name; these need the folder's plugins loaded
            try (PluginHost host = top.startHost(new PrintWriter(java.io.Writer.nullWriter()), true)) {
                throw new IllegalArgumentException(host.noSuchPlugin(id, "remove"), e);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Removed " + id + ":");
        removed.forEach(path -> out.println("  " + path));
        removed.stream().map(path -> path.getFileName().toString())
                .filter(file -> file.startsWith(BUNDLED_PREFIX) && file.endsWith(".zip")).findFirst()
                .ifPresent(file -> out.println(id + " was a plugin bundled with Evidentia (" + file + "), and the distribution"
                        + " keeps no other copy: it comes back with `" + top.pluginsCommand() + " install` of a copy of " + file
                        + " (the distribution's zip holds it, in plugins/), or by installing the distribution again."));
        warnDependents(id, dependents, "while it is not installed", "remove", "install " + id + " again");
        return ExitCode.OK;
    }

    /**
     * Runs {@code change} holding the plugins folder's lock, waiting while another command holds it.
     * A folder that does not exist is the command's to tell; one this user cannot make a file in (a
     * read-only installation) no command of this user's changes either, so the command runs without
     * the lock and says what it says where it would write.
     */
    private int changingTheFolder(Callable<Integer> change) throws Exception {
        Path dir = top.pluginsDir();
        if (!Files.isDirectory(dir)) {
            return change.call();
        }
        Path lockFile = dir.resolve(LOCK);
        PrintWriter err = spec.commandLine().getErr();
        LockFile lock;
        try {
            lock = LockFile.lock(lockFile, () -> {
                err.println("waiting for another `evidentia plugins` command to finish changing the plugins folder " + dir);
                err.flush();
            });
        } catch (IOException e) {
            if (Files.isSymbolicLink(lockFile)) {
                throw new ConfigurationException("the lock file " + lockFile + " of the plugins folder is a symbolic link;"
                        + " Evidentia does not open its lock files through links: remove the link");
            }
            return change.call();
        }
        try (lock) {
            return change.call();
        }
    }

    /** Why the plugin {@code id} is not usable, as `evidentia plugins` says it; null when it is. */
    private static String problemOf(PluginHost host, String id) {
        return host.statuses().stream().filter(s -> s.id().equals(id)).map(PluginStatus::problem)
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    /** "the name of its extension is taken: 'x' (plugin p)", for names {@link PluginHost#sharedNames} found. */
    private static String taken(Map<String, List<String>> shared) {
        List<String> taken = new ArrayList<>();
        shared.forEach((name, others) -> taken.add("'" + name + "' (plugin " + String.join(", ", others) + ")"));
        return "the name" + (shared.size() == 1 ? " " : "s ") + "of its extension" + (shared.size() == 1 ? " is" : "s are")
                + " taken: " + String.join(", ", taken);
    }
}
