package org.evidentia.runtime.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.evidentia.runtime.engine.ConfigurationException;
import org.evidentia.runtime.engine.ExtensionCatalog;
import org.evidentia.runtime.engine.Pipeline;
import org.evidentia.runtime.engine.RunResult;
import org.evidentia.runtime.host.PluginHost;
import org.evidentia.runtime.host.PluginProblem;
import org.evidentia.runtime.options.OptionsBinder;
import org.evidentia.runtime.options.OptionsException;
import org.evidentia.runtime.store.FindingsStore;
import org.evidentia.runtime.store.StoredRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import org.evidentia.runtime.text.ShellWord;

/**
 * {@code evidentia report --store FILE}: makes the reports of everything a findings store holds,
 * without reading or extracting anything; the same records, findings and reporter options give the
 * same outputs as a run.
 */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = EvidentiaCommand.Version.class,
        description = {"Make the tables and reports of a findings store (made by `evidentia run --store`), reading nothing else.",
                "Records come in the order the store first added them; a revised record keeps its place."})
final class ReportCommand implements Callable<Integer>, InterruptionNotice {

    @ParentCommand
    EvidentiaCommand top;

    @Spec
    CommandSpec spec;

    @Option(names = "--store", required = true, paramLabel = "FILE", description = "The findings store.")
    Path store;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "evidentia-out",
            description = "Output folder (default: ./${DEFAULT-VALUE}). A report replaces its whole content.")
    Path output;

    @Option(names = {"-r", "--reporter"}, paramLabel = "NAME", description = "Use this reporter (repeatable; default: all).")
    List<String> reporters = new ArrayList<>();

    @Option(names = "--option", paramLabel = "NAME.KEY=VALUE",
            description = "Set a reporter's option, e.g. --option review-table.formats=markdown (repeatable).")
    List<String> options = new ArrayList<>();

    @Option(names = "--run-date", paramLabel = "DATE", description = "Record this date (ISO date or instant) instead of now, for reproducible reports.")
    String runDate;

    @Option(names = "--focus", paramLabel = "ATTRIBUTE=VALUE", description = "Keep only findings whose attribute has this value (repeatable).")
    List<String> focus = new ArrayList<>();

    @Option(names = "--strict", description = "Fail (exit 1) when the store's runs met any problem, or its last run did not end complete.")
    boolean strict;

    @Option(names = "--no-progress", description = "Do not show a progress bar (it shows only when stderr is a terminal).")
    boolean noProgress;

    /**
     * An option of {@code run} that {@code report} does not take, and what to say of it: a format of
     * the option as given ({@code -x cytokines}) and the store.
     */
    private record RunOnlyOption(List<String> names, boolean takesValue, String inWords) {

        /** Whether {@code arg} is this option: {@code -x}, {@code -xNAME}, {@code --extractor=NAME}. */
        boolean named(String arg) {
            return names.stream().anyMatch(name -> arg.equals(name)
                    || takesValue && (arg.startsWith(name + "=") || name.length() == 2 && arg.startsWith(name)));
        }
    }

    private static final List<RunOnlyOption> RUN_ONLY_OPTIONS = List.of(
            new RunOnlyOption(List.of("-x", "--extractor"), true, "'%1$s' chooses the extractors of a run, and a report extracts nothing:"
                    + " the store holds what its runs extracted; to extract its inputs again with them, give"
                    + " `evidentia run --store %2$s %1$s --force INPUTS...` and report again, or narrow the report with --focus ATTRIBUTE=VALUE"),
            new RunOnlyOption(List.of("-s", "--source"), true, "'%1$s' chooses the sources that read a run's inputs, and a report reads"
                    + " nothing but the store: apply the inputs to it with `evidentia run --store %2$s %1$s INPUTS...`, then report again"),
            new RunOnlyOption(List.of("--threads"), true, "'%1$s' sets a run's extraction threads, and a report extracts nothing:"
                    + " the store holds what its runs extracted; give it to `evidentia run --store %2$s`"),
            new RunOnlyOption(List.of("--pubmed"), true, "'%1$s' searches PubMed for a run's inputs, and a report reads nothing but"
                    + " the store: apply the search to it with `evidentia run --store %2$s %1$s`, then report again"),
            new RunOnlyOption(List.of("--force"), false, "'%1$s' applies inputs to a store again, and a report applies none:"
                    + " give it to `evidentia run --store %2$s --force INPUTS...`"),
            new RunOnlyOption(List.of("--exclude"), true, "'%1$s' sets the store's exclusion list, which a report applies as the store"
                    + " keeps it: give it to `evidentia run --store %2$s %1$s` (no input needed),"
                    + " then report again"));

    /**
     * What to say, one line each, of the arguments a user gave {@code report} that belong to
     * {@code run} (its extractor, source, thread and PubMed options, {@code --force}, inputs): a
     * report reads nothing but the store and extracts nothing, so they are refused with what to do
     * instead, where picocli says only {@code Unknown options: '-x', 'cytokines'}. Other unknown
     * options are named after them.
     *
     * @param unmatched the arguments picocli could not match, in the order given
     * @param store the store given with {@code --store}, or null
     * @return the lines; empty when none of the arguments belongs to {@code run}, so that picocli's
     *     own message stands
     */
    static List<String> runArgumentsInWords(List<String> unmatched, Path store) {
        String storeWord = store == null ? "FILE" : ShellWord.of(store.toString());
        List<String> lines = new ArrayList<>();
        List<String> inputs = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < unmatched.size(); i++) {
            String arg = unmatched.get(i);
            RunOnlyOption option = RUN_ONLY_OPTIONS.stream().filter(o -> o.named(arg)).findFirst().orElse(null);
            if (option == null) {
                (arg.startsWith("-") && arg.length() > 1 ? unknown : inputs).add(arg);
                continue;
            }
            String given = arg;
            if (option.takesValue() && option.names().contains(arg)) {
                given = arg + " " + (i + 1 < unmatched.size() ? ShellWord.of(unmatched.get(++i)) : "VALUE");
            }
            String line = String.format(Locale.ROOT, option.inWords(), given, storeWord);
            if (!lines.contains(line)) {
                lines.add(line);
            }
        }
        if (lines.isEmpty() && inputs.isEmpty()) {
            return List.of();
        }
        if (!inputs.isEmpty()) {
            String named = inputs.stream().map(ShellWord::of).collect(Collectors.joining(" "));
            lines.add("a report reads nothing but the store, so it takes no inputs (" + named + "): apply them to it with"
                    + " `evidentia run --store " + storeWord + " " + named + "`, then report again");
        }
        if (!unknown.isEmpty()) {
            lines.add("unknown option" + (unknown.size() == 1 ? " " : "s ")
                    + unknown.stream().map(u -> "'" + u + "'").collect(Collectors.joining(", ")));
        }
        return lines;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PipelineOptions.refuseTheWorkingFolder(output, output, "evidentia-out");
        Pipeline pipeline;
        try {
            pipeline = new Pipeline(List.of(), List.of(), List.of(), reporters, OptionsBinder.parseAssignments(options),
                    output.toAbsolutePath().normalize(), strict, 1, PipelineOptions.parseDate(runDate), focus);
        } catch (OptionsException e) {
            throw new ConfigurationException(e.getMessage());
        }
        // A stop of Java (Ctrl-C, SIGTERM) interrupts this thread and waits until it has unwound, as for run: the output
        // folder's work folder and lock taken away and the store closed (the review of session 23, C5: a report stopped
        // left .DIR.lock, .DIR.work/ and the store's -wal and -shm behind)
        try (OrderlyStop stop = OrderlyStop.forThisThread("report")) {
            try (FindingsStore findings = FindingsStore.openForReading(store);
                 PluginHost host = top.startHost(err);
                 ConsoleProgress progress = ConsoleProgress.create(!noProgress)) {
                findings.checkPages(); // before anything is read: damage fails the report (exit 1), nothing written
                List<PluginProblem> shownAtStart = host.problems();
                StoredRun stored = findings.stored();
                StoredRun.LatestUpdate latest = runDate == null ? null : stored.latestUpdate();
                // by day: a date alone is midnight UTC, and a daily job's report dated today came after a run of today's
                // (the review of the change, T2)
                // a day's slack: a job west of UTC dates its evening report the day before its store run's UTC day (the review of
                // the session's change, R3), which --strict would fail every such evening
                if (latest != null && pipeline.runDate().atZone(java.time.ZoneOffset.UTC).toLocalDate()
                        .isBefore(latest.runDate().atZone(java.time.ZoneOffset.UTC).toLocalDate().minusDays(1))) {
                    // a typo in a scheduled job's date (2025 for 2026) dated the report before the records it holds, without a
                    // word (the review of session 30, L5)
                    String early = "--run-date " + runDate + " is before the store's latest update (run " + latest.runId() + " of "
                            + latest.runDate() + "): the report is dated before records it holds";
                    if (strict) {
                        // a scheduled --strict job with a year typed wrong passed (the review of session 30, T6): it fails before
                        // anything is written, so that the report published last stays
                        err.println("evidentia: " + early + "; with --strict nothing is written: give the date of today, or leave"
                                + " --run-date out");
                        return ExitCode.FAILED;
                    }
                    err.println("warning: " + early);
                }
                RunResult result = top.engine(stop).report(pipeline, ExtensionCatalog.of(host), stored, progress);
                progress.close();
                // the store's update history is told once, in the summary's note (stderr, and the reports' methods notes)
                RunCommand.printSummary(result, shownAtStart, "report", out, err);
                return result.failed() ? ExitCode.FAILED : ExitCode.OK;
            } catch (Exception e) {
                return stop.exitOf(e);
            }
        }
    }

    /** It writes an output folder (replaced whole at the end, or not at all), and only reads the store: {@link #OUTPUT_FOLDER_KEPT}. */
    @Override
    public String interruptionNotice(ParseResult asRun) {
        return OUTPUT_FOLDER_KEPT;
    }
}
