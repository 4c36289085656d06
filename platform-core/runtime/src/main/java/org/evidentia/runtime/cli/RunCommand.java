package org.evidentia.runtime.cli;

import java.io.PrintWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.evidentia.api.RunSummary.Problem;
import org.evidentia.api.RunSummary;
import org.evidentia.runtime.engine.ConfigurationException;
import org.evidentia.runtime.engine.ExtensionCatalog;
import org.evidentia.runtime.engine.Pipeline;
import org.evidentia.runtime.engine.RunEngine;
import org.evidentia.runtime.engine.RunResult;
import org.evidentia.runtime.engine.RunStop;
import org.evidentia.runtime.exclusion.ExclusionTally;
import org.evidentia.runtime.host.PluginHost;
import org.evidentia.runtime.host.PluginProblem;
import org.evidentia.runtime.store.StoreRunDate;
import org.evidentia.runtime.retrieval.InputRetrieval;
import org.evidentia.runtime.retrieval.InputRetrieval.Retrieved;
import org.evidentia.runtime.text.ConsoleText;
import org.evidentia.runtime.text.Plural;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import org.evidentia.runtime.text.ProblemLines;
import org.evidentia.runtime.text.ShellWord;

/** {@code evidentia run}: reads inputs, extracts findings and writes the reports. */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = EvidentiaCommand.Version.class,
        modelTransformer = RunCommand.OwnWords.class,
        description = {"Read inputs, extract findings and write tables and reports.",
                "With no inputs, runs the bundled example pipeline (conf/pipelines/example.yaml) into evidentia-out (with options"
                        + " but no inputs, it says so)."})
final class RunCommand implements Callable<Integer>, InterruptionNotice {

    /** Run's words for the options it shares with evaluate. */
    static final class OwnWords implements CommandLine.IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec spec) {
            return new PipelineOptions.OwnWords(
                    "Output folder (default: evidentia-out in the current folder; with --store review.db, review-run beside the store)."
                            + " The run replaces its whole content.",
                    "Use this extractor (repeatable; default: all).",
                    "Keep only findings whose attribute has this value, e.g. --focus population=human --focus condition=fibromyalgia"
                            + " (repeatable: values of one attribute are alternatives, attributes all apply).").describe(spec);
        }
    }


    @ParentCommand
    EvidentiaCommand top;

    @Spec
    CommandSpec spec;

    @Mixin
    PipelineOptions what;

    @Option(names = "--no-progress", description = "Do not show progress (a bar when stderr is a terminal; with --store, lines otherwise).")
    boolean noProgress;

    @Option(names = "--pubmed", paramLabel = "QUERY",
            description = "Search PubMed and read the records it finds: the input pubmed:QUERY (repeatable).")
    List<String> pubmedQueries = new ArrayList<>();

    @Option(names = "--store", paramLabel = "FILE",
            description = {"Apply the inputs to this findings store (an SQLite file, made when absent): new records are added, "
                    + "higher versions replace older ones, deleted records go; inputs applied before are skipped by checksum. "
                    + "Writes run.json only, by default into NAME-run beside the store: make the reports with `evidentia report --store FILE`. "
                    + "Overrides a pipeline file's store:."})
    Path store;

    @Option(names = "--force", description = "With --store: apply inputs again even when the store applied them before.")
    boolean force;

    @Option(names = "--exclude", paramLabel = "FILE",
            description = {"Leave out the records this exclusion list names: a CSV file with a header and the columns id (a PMID, a DOI,"
                    + " or a record id as findings.jsonl gives it) and reason (required). Excluded records are read and counted, with their"
                    + " reasons, but give no findings and no table rows. With --store, the list replaces the store's (reports of the store"
                    + " leave those records out, and a record taken off the list comes back); a store run without it keeps the store's list."
                    + " Overrides a pipeline file's exclude:. Format: docs/user-guide.md, \"Excluding records\"."})
    Path exclude;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        pubmedQueries.forEach(query -> what.addedInputs.add("pubmed:" + query));
        what.exclude = exclude;
        if (store != null && what.arguments.isEmpty() && what.addedInputs.isEmpty()) {
            if (exclude == null) {
                // without inputs a run takes the bundled example pipeline, whose reporter options a store run would refuse
                throw new ConfigurationException("a run with --store applies inputs to the store, and none is given: give `evidentia run"
                        + " --store " + ShellWord.of(store.toString()) + " INPUTS...` (files, folders, patterns, or a pipeline"
                        + " file), or `--exclude FILE` alone to change the store's exclusion list");
            }
            if (!java.nio.file.Files.exists(store)) {
                // a mistyped name would make an empty store holding a list and nothing else (review 31)
                throw new ConfigurationException("no findings store " + store + ": --exclude without inputs changes the exclusion list"
                        + " of a store that exists; give inputs to make one");
            }
            what.noInputsAsked = true; // the store's exclusion list changed, and nothing applied (review 29, L12)
        }
        // --store overrides the pipeline file's store:
        Path storeFile = store != null ? store : what.storeOfPipelineFile();
        Pipeline pipeline = what.toPipeline(storeFile == null ? "evidentia-out" : RunIntoStore.defaultOutput(storeFile));
        List<ConfigurationException.Issue> storeLeftBehind = store == null ? what.storeLeftInTheWorkingFolder() : List.of();
        if (!storeLeftBehind.isEmpty()) {
            throw what.locate(new ConfigurationException(storeLeftBehind));
        }
        if (storeFile != null) {
            return runIntoStore(pipeline, storeFile, out, err);
        }
        if (force) {
            throw new ConfigurationException("--force applies inputs to a store again: give it with --store FILE");
        }
        if (what.arguments.isEmpty() && what.addedInputs.isEmpty() && !spec.commandLine().getParseResult().matchedOptions().isEmpty()) {
            // options without inputs (a script's unset $FILES) ran the example as the user's review without a word (the review of
            // session 25, U9); with no argument at all it is what the user asked for
            err.println("note: no inputs given: this run reads the bundled example (conf/pipelines/example.yaml), not your records");
        }
        // A stop of Java (Ctrl-C, SIGTERM) interrupts this thread and waits until it has unwound: the sources' streams and the
        // reporters' writers closed, as their contracts say, and the output folder's work folder and lock taken away (an
        // explorer's F12: neither was closed, and both were left for the next run to clear).
        try (OrderlyStop stop = OrderlyStop.forThisThread("run")) {
            try {
                return runPlain(pipeline, out, err, stop);
            } catch (Exception e) {
                return stop.exitOf(e);
            }
        }
    }

    private int runPlain(Pipeline pipeline, PrintWriter out, PrintWriter err, RunStop stop) throws Exception {
        try (PluginHost host = top.startHost(err)) {
            List<PluginProblem> shownAtStart = host.problems();
            Retrieved retrieved;
            try {
                checkBeforeSearching(pipeline, host, err);
                ExtensionCatalog catalog = ExtensionCatalog.of(host);
                if (catalog.sources().isEmpty()) {
                    // nothing read, and run.json alone replaced the output folder's reports (the review of session 28, M13)
                    throw new ConfigurationException(catalog.noSource(host.pluginsDir()));
                }
                if (catalog.reporters().isEmpty()) {
                    // findings were extracted and written nowhere, run.json alone, exit 0 (the review of session 25, U14)
                    throw new ConfigurationException(catalog.noReporter(host.pluginsDir()));
                }
                retrieved = InputRetrieval.of(host, err).retrieve(pipeline, what.base());
            } catch (ConfigurationException e) {
                throw what.locate(e);
            }
            try (ConsoleProgress progress = ConsoleProgress.create(!noProgress)) {
                RunEngine engine = top.engine(stop);
                RunResult result;
                try {
                    result = engine.run(retrieved.pipeline(), what.base(), ExtensionCatalog.of(host), progress, List.of(),
                            retrieved.runJsonSections());
                } catch (ConfigurationException e) {
                    throw what.locate(e);
                }
                progress.close();
                printSummary(result, shownAtStart, "run", out, err);
                return result.failed() ? ExitCode.FAILED : ExitCode.OK;
            }
        }
    }

    private int runIntoStore(Pipeline pipeline, Path store, PrintWriter out, PrintWriter err) throws Exception {
        if (!what.reporters.isEmpty()) {
            throw new ConfigurationException("-r names reporters, but a run with --store makes no reports: give -r to `evidentia report --store "
                    + ShellWord.of(store.toString()) + " -o DIR`");
        }
        String lateDate = pipeline.runDate() == null ? null : StoreRunDate.refusal(pipeline.runDate());
        if (lateDate != null) {
            throw new ConfigurationException("the run date " + pipeline.runDate() + " is " + lateDate + "; give the date of today, or"
                    + " leave --run-date out");
        }
        try (PluginHost host = top.startHost(err);
             ConsoleProgress bar = ConsoleProgress.create(!noProgress)) {
            List<PluginProblem> shownAtStart = host.problems();
            try {
                RunIntoStore.refuseWhatShapesReports(pipeline, ExtensionCatalog.of(host), store);
            } catch (ConfigurationException e) {
                throw what.locate(e);
            }
            List<ConfigurationException.Issue> folderOfReports = RunIntoStore.folderOfReportsIssues(pipeline.output());
            if (!folderOfReports.isEmpty()) {
                throw new ConfigurationException(folderOfReports.get(0).message());
            }
            // From here until the engine writes the run's own, run.json says the run is under way, then failed, if it fails:
            // a wrapper reading it after a night whose search or disk failed read the previous night's "ok" (review 24 M4).
            StoreRunJson runJson = new StoreRunJson(pipeline.output(), store,
                    pipeline.runDate() != null ? pipeline.runDate() : Instant.now().truncatedTo(ChronoUnit.SECONDS), pipeline.runDate() != null);
            RunIntoStore.Outcome outcome;
            // A stop of Java (Ctrl-C, SIGTERM) interrupts this thread and waits until it has closed the store and written
            // its run.json: held from here, so that a search too is stopped in order, and run.json says "interrupted".
            try (OrderlyStop stop = OrderlyStop.forThisThread("store")) {
                runJson.underWay();
                try {
                    outcome = retrieveAndApply(pipeline, store, host, bar, err, stop);
                } catch (Exception e) {
                    runJson.ended(e);
                    if (e instanceof java.io.InterruptedIOException) {
                        // how far it got, on the console too: run.json alone said it, and a first run writes none (the review of
                        // the session's change, S9); told here, as Java may end before the command's handler would tell it, and
                        // once (the review of session 32, L4: the handler told it again when it came to run)
                        err.println("evidentia: " + ConsoleText.oneLine(e.getMessage()));
                        err.flush();
                        return ExitCode.FAILED;
                    }
                    throw e;
                }
            }
            bar.close();
            StoreConsole.runsTakenOver(outcome.runsTakenOver(), store, err); // before the summary, which it explains
            if (outcome.readNoInput()) {
                // each input applied before, or --exclude alone: no counts of reading, only what the run met and noted
                printProblemsAndNotices(outcome.result().summary(), shownAtStart, err);
                // the count a log reader looks for, as a run that read inputs prints it (review-s21-cli D2: a run failed under
                // --strict on the exclusion list's unmatched ids printed none)
                String problemCounts = ProblemLines.counts(outcome.result().summary().problems(), "each in run.json");
                if (problemCounts != null) {
                    out.println(problemCounts);
                }
                printWritten(outcome.result(), out);
            } else {
                printSummary(outcome.result(), shownAtStart, "run", false, out, err);
                outcome.recorder().configurationChanges().forEach(change -> err.println("warning: " + change + " (store.configuration_changes in run.json)"));
                err.flush();
            }
            StoreConsole.print(outcome, store, out);
            out.flush();
            // after what the run did to the store: a failure told before "1 input applied; 207 added" read as if nothing was
            // applied (the review of session 30, L7)
            if (outcome.result().failed()) {
                err.println("evidentia: the run failed: " + outcome.result().reason());
                err.flush();
            }
            return outcome.result().failed() ? ExitCode.FAILED : ExitCode.OK;
        }
    }

    private RunIntoStore.Outcome retrieveAndApply(Pipeline pipeline, Path store, PluginHost host, ConsoleProgress bar, PrintWriter err,
                                                  OrderlyStop stop) throws Exception {
        Retrieved retrieved;
        try {
            // a search (pubmed:QUERY) is run, or reused from the cache, as for a plain run; its
            // records file is then applied as any input: a search of last month is 'applied before'
            checkBeforeSearching(pipeline.withoutReports(), host, err);
            retrieved = InputRetrieval.of(host, err).retrieve(pipeline, what.base());
        } catch (ConfigurationException e) {
            throw what.locate(e);
        }
        try {
            return new RunIntoStore(top.engine(stop)).apply(retrieved.pipeline(), what.base(), store, force,
                    ExtensionCatalog.of(host), sizes -> new BulkProgress(bar, err, !noProgress && !bar.shown(), sizes),
                    retrieved.runJsonSections(), searchesByFile(retrieved), emptySearches(retrieved), stop);
        } catch (ConfigurationException e) {
            throw what.locate(e); // the plan's mistakes (a source chosen for an input, say) name their lines, as in a plain run
        }
    }

    /**
     * Where the run holds a search, checks before it is sent what needs no network: the other inputs, the extensions named
     * and their options. Each was told only after the whole search was fetched (the review of session 23, P17: up to 21
     * requests and minutes of NCBI's quota for a typo), and a word of a query the shell split off ("--pubmed fibromyalgia AND
     * cytokine*") matched no file then; it is told with a hint to quote the query.
     */
    private void checkBeforeSearching(Pipeline pipeline, PluginHost host, PrintWriter err) throws ConfigurationException {
        Retrieved searches = InputRetrieval.of(host, err).check(pipeline, what.base());
        if (searches.inputs().isEmpty()) {
            return;
        }
        try {
            top.engine(RunStop.NEVER).plan(searches.pipeline(), what.base(), ExtensionCatalog.of(host));
        } catch (ConfigurationException e) {
            List<ConfigurationException.Issue> issues = new ArrayList<>();
            for (ConfigurationException.Issue issue : e.issues()) {
                String word = searches.pipeline().inputs().stream().filter(input -> QUERY_WORD.matcher(input).matches()
                        && issue.message().startsWith("input '" + input + "' matches no file")).findFirst().orElse(null);
                issues.add(word == null ? issue : new ConfigurationException.Issue(issue.path(), issue.message()
                        + "; was it a word of the search " + searches.inputs().get(0) + ", split off by the shell? Quote the query:"
                        + " --pubmed 'QUERY'"));
            }
            throw new ConfigurationException(issues);
        }
    }

    /** An input that reads as a word of a query rather than a file's name: no folder, no extension. */
    private static final java.util.regex.Pattern QUERY_WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{N}*\\[\\]()\"-]+");

    /** The search each retrieved file came from ({@code pubmed:QUERY}), by the file's path. */
    private static java.util.Map<String, String> searchesByFile(Retrieved retrieved) {
        java.util.Map<String, String> searches = new java.util.LinkedHashMap<>();
        retrieved.retrievals().forEach(r -> r.retrieval().files().forEach(file -> searches.put(file.toString(), r.input())));
        return searches;
    }

    /** The searches that found no record, and so gave no file to apply ({@code pubmed:QUERY}). */
    private static List<String> emptySearches(Retrieved retrieved) {
        return retrieved.retrievals().stream().filter(r -> r.retrieval().files().isEmpty()).map(r -> r.input()).toList();
    }

    /**
     * Prints the run's problems, notices and counts.
     *
     * @param shownAtStart the plugin problems printed when the plugins started; a
     *                     plugin problem met later (an extension that could not be made when the run
     *                     first used it) is printed here
     * @param command      the command whose failure is told ({@code run}, {@code report}): a report of a store that
     *                     fails under {@code --strict} is not a run that failed
     */
    static void printSummary(RunResult result, List<PluginProblem> shownAtStart, String command, PrintWriter out, PrintWriter err) {
        printSummary(result, shownAtStart, command, true, out, err);
    }

    /** As above; {@code tellFailure} false where the caller says what failed after lines of its own (a store's). */
    private static void printSummary(RunResult result, List<PluginProblem> shownAtStart, String command, boolean tellFailure, PrintWriter out,
                                     PrintWriter err) {
        RunSummary summary = result.summary();
        RunSummary.Counts c = summary.counts();
        printProblemsAndNotices(summary, shownAtStart, err);
        long unread = summary.inputs().stream().filter(RunSummary.InputSummary::unread).count();
        out.printf(Locale.ROOT, "Read %s from %s%s: %,d kept, %s merged, %,d skipped%s%s.%n",
                Plural.count(c.recordsRead(), "record"), Plural.count(summary.inputs().size(), "input"),
                unread == 0 ? "" : " (" + Plural.count(unread, "file") + " not read: unreadable, empty, or of no format a source reads)", c.recordsKept(),
                Plural.count(c.duplicatesMerged(), "duplicate"), c.recordsSkipped(),
                c.recordsUnaccounted() == 0 ? "" : ", " + String.format(Locale.ROOT, "%,d", c.recordsUnaccounted()) + " unaccounted for",
                summary.exclusions().list() == null ? "" : String.format(Locale.ROOT, ", %,d excluded", c.recordsExcluded()));
        if (summary.exclusions().list() != null) {
            out.println(excluded(summary.exclusions()));
        }
        out.printf("Found %s in %s%s.%n", Plural.count(c.findings(), "finding"), Plural.count(c.recordsWithFindings(), "record"),
                summary.focus().criteria().isEmpty() ? ""
                        // "left out 0 others" where the run had no finding to leave out (the reader's review of session 27, D6)
                        : c.findings() == 0 && summary.focus().findingsLeftOut() == 0 ? " (focus " + String.join(", ", summary.focus().criteria())
                                + ": the run found no finding to keep or leave out)"
                        : " (focus " + String.join(", ", summary.focus().criteria()) + " left out "
                        + (c.findings() == 0 ? "all " + Plural.count(summary.focus().findingsLeftOut(), "finding")
                                : Plural.count(summary.focus().findingsLeftOut(), "other"))
                        + unstated(summary.focus()) + ")");
        String problemCounts = ProblemLines.counts(summary.problems(), "each in run.json");
        if (problemCounts != null) {
            out.println(problemCounts);
        }
        printWritten(result, out);
        Path root = result.output();
        if (result.failed() && tellFailure) {
            err.println("evidentia: the " + command + " failed: " + result.reason());
        }
        Path report = root.resolve("report.html");
        if (Files.isRegularFile(report) && result.files().contains(report)) {
            out.println("Report: " + display(report));
        }
        out.flush();
        err.flush();
    }

    /** The run's problems (but the plugin problems printed as the plugins started) and its notices, on stderr. */
    private static void printProblemsAndNotices(RunSummary summary, List<PluginProblem> shownAtStart, PrintWriter err) {
        Set<String> shown = shownAtStart.stream().map(problem -> "plugin " + problem).collect(Collectors.toSet());
        List<Problem> problems = summary.problems().stream()
                .filter(p -> p.kind() != Problem.Kind.PLUGIN_ERROR || !shown.contains(p.message())).toList();
        ProblemLines.print(problems, "see run.json", err);
        for (String notice : summary.notices()) {
            err.println("note: " + ConsoleText.oneLine(notice));
        }
        err.flush();
    }

    private static void printWritten(RunResult result, PrintWriter out) {
        Path root = result.output();
        out.println("Wrote " + String.join(", ", result.files().stream().map(p -> root.relativize(p).toString()).toList())
                + " to " + display(root));
    }

    /**
     * {@code Excluded 3 records by the exclusion list exclusions.csv: off-topic: 2; not a primary study: 1.}, or that it
     * excluded none.
     */
    static String excluded(RunSummary.Exclusions exclusions) {
        return exclusions.records() == 0 ? "The exclusion list " + exclusions.list() + " excluded no record."
                : "Excluded " + Plural.count(exclusions.records(), "record") + " by the exclusion list " + exclusions.list() + ": "
                + ExclusionTally.byReason(exclusions) + ".";
    }

    /** {@code ", 335 of them stating no value for a focused attribute"}, or nothing when each stated one. */
    private static String unstated(RunSummary.Focus focus) {
        return focus.leftOutUnstated() == 0 ? ""
                : String.format(Locale.ROOT, ", %,d of them stating no value for %s%s", focus.leftOutUnstated(),
                        focus.criteria().size() == 1 ? "its attribute" : "a focused attribute",
                        focus.recordsLeftOutUnstated() == 0 ? "" : "; " + Plural.count(focus.recordsLeftOutUnstated(), "record") + " lost every finding for that alone");
    }

    private static String display(Path path) {
        Path cwd = Path.of("").toAbsolutePath();
        return path.startsWith(cwd) ? "./" + cwd.relativize(path) : path.toString();
    }

    /**
     * It writes an output folder (replaced whole at the end, or not at all) and, with --store, a store (input by input):
     * {@link #OUTPUTS_KEPT}; without --store, the output folder alone, {@link #OUTPUT_FOLDER_KEPT}: a plain run's stop spoke
     * of a store and --force it never had (the review of session 30, K8).
     */
    @Override
    public String interruptionNotice(ParseResult asRun) {
        // a pipeline file may name a store (store:), which the command line does not show
        boolean store = asRun.hasMatchedOption("--store") || asRun.matchedPositionals().stream()
                .flatMap(p -> p.stringValues().stream()).anyMatch(PipelineOptions::namesAPipelineFile);
        return store ? OUTPUTS_KEPT : OUTPUT_FOLDER_KEPT;
    }
}
