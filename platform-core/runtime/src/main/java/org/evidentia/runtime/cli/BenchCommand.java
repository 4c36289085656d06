package org.evidentia.runtime.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.evidentia.api.Extractor;
import org.evidentia.api.Reporter;
import org.evidentia.api.RunSummary;
import org.evidentia.api.RunSummary.Problem;
import org.evidentia.runtime.engine.ConfigurationException;
import org.evidentia.runtime.engine.ExtensionCatalog;
import org.evidentia.runtime.engine.Pipeline;
import org.evidentia.runtime.engine.RunEngine;
import org.evidentia.runtime.engine.RunPlan;
import org.evidentia.runtime.engine.RunProgress;
import org.evidentia.runtime.engine.RunResult;
import org.evidentia.runtime.engine.RunStop;
import org.evidentia.runtime.host.LoadedExtension;
import org.evidentia.runtime.host.PluginHost;
import org.evidentia.runtime.options.OptionsBinder;
import org.evidentia.runtime.options.OptionsException;
import org.evidentia.runtime.output.FileTrees;
import org.evidentia.runtime.output.ScratchFolder;
import org.evidentia.runtime.retrieval.InputRetrieval;
import org.evidentia.runtime.synthesis.SynthesisOptions;
import org.evidentia.runtime.text.Plural;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code evidentia bench}: measures records per second of each stage of a real run (read; read and
 * extract; the whole run with its reporters) with the real plugins and engine. It is a benchmark,
 * not a test: run it on an idle machine, and compare figures of one session only.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = EvidentiaCommand.Version.class,
        description = {"Measure records per second of each stage of a run: read, read+extract, whole run (with its reporters).",
                "Runs the real engine a warm-up pass of each stage, then --repeat rounds of one timed pass of each stage "
                        + "(each round starting with the next stage), and prints each stage's median."})
final class BenchCommand implements Callable<Integer> {

    @ParentCommand
    EvidentiaCommand top;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Input files, folders or glob patterns.")
    List<String> inputs;

    @Option(names = {"-s", "--source"}, paramLabel = "NAME", description = "Force this source (default: the best per input).")
    String source;

    @Option(names = {"-x", "--extractor"}, paramLabel = "NAME", description = "Extractors of the extract stage (repeatable; default: all).")
    List<String> extractors = new ArrayList<>();

    @Option(names = {"-r", "--reporter"}, paramLabel = "NAME", description = "Reporters of the report stage (repeatable; default: all).")
    List<String> reporters = new ArrayList<>();

    @Option(names = "--option", paramLabel = "NAME.KEY=VALUE",
            description = "Set an extension's option, as for run (repeatable); each stage takes those of its extensions.")
    List<String> options = new ArrayList<>();

    @Option(names = "--threads", paramLabel = "N", description = "Threads (default: the number of cores).")
    Integer threads;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "3", description = "Timed passes per stage, at least 1 (default: ${DEFAULT-VALUE}).")
    int repeat;

    /** One stage of the run and what it includes. */
    private record Stage(String name, boolean extract, boolean report) {
    }

    @Override
    public Integer call() throws Exception {
        if (repeat < 1) {
            throw new ConfigurationException("--repeat must be at least 1 (timed passes per stage), not " + repeat);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path cwd = Path.of("").toAbsolutePath();
        int threadCount = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (threadCount < 1) {
            throw new ConfigurationException("--threads must be at least 1, not " + threadCount);
        }
        // A stop of Java (Ctrl-C, SIGTERM) interrupts this thread and waits until it has unwound, deleting the scratch folder
        // on the way: the scratch folder's own hook, alone, raced a pass still writing (it made the next pass's folder, and
        // with it the scratch folder again, after the hook had deleted it)
        try (OrderlyStop stop = OrderlyStop.forThisThread("bench")) {
            try {
                return measure(out, err, cwd, threadCount, stop);
            } catch (Exception e) {
                return stop.exitOf(e);
            }
        }
    }

    private int measure(PrintWriter out, PrintWriter err, Path cwd, int threadCount, RunStop stop) throws Exception {
        // deleted when the bench ends, and by a shutdown hook when Ctrl-C or kill stops it before that
        try (ScratchFolder scratchFolder = ScratchFolder.create("evidentia-bench"); PluginHost host = top.startHost(err)) {
            Path scratch = scratchFolder.path();
            RunEngine engine = top.engine(stop);
            ExtensionCatalog all = ExtensionCatalog.of(host);
            Map<String, Map<String, Object>> given;
            try {
                given = OptionsBinder.parseAssignments(options);
            } catch (OptionsException e) {
                throw new ConfigurationException(e.getMessage());
            }
            Pipeline pipeline = pipeline(scratch.resolve("plan"), threadCount, extractors, reporters, given);
            // docs check s9: it said "matches no file (looked for .../pubmed:il6)", as if the search were a file
            InputRetrieval.of(host, err).refuseSearches("bench", pipeline, cwd);
            // the plan checks every extension named and every option given, as a run would, before any pass
            RunPlan plan = engine.plan(pipeline, cwd, all);
            long bytes = 0;
            for (Path file : plan.files()) {
                bytes += Files.size(file);
            }
            List<Stage> stages = List.of(new Stage("read", false, false), new Stage("read+extract", true, false),
                    new Stage("whole run", true, true));
            // a warm-up pass of every stage first, so that no stage is timed with code the JIT has not seen yet
            RunResult[] last = new RunResult[stages.size()];
            for (int s = 0; s < stages.size(); s++) {
                long start = System.nanoTime();
                last[s] = pass(engine, all, plan, given, stages.get(s), scratch.resolve("warm-up-" + s), threadCount, cwd);
                progress(err, stages.get(s).name() + ", warm-up", start);
            }
            warnAboutInputs(last[0].summary(), err);
            if (last[0].summary().counts().recordsRead() == 0) {
                // as `run` fails when no record was read: figures of no work measure nothing (an explorer's F13: exit 0)
                err.println("evidentia: no record was read from the inputs: nothing to measure");
                err.flush();
                return ExitCode.FAILED;
            }
            if (!extensionsWorked(stages, last, err)) {
                return ExitCode.FAILED;
            }
            // then rounds of one timed pass of each stage, each round starting with the next stage: a fixed order
            // would time one stage always first after a pause (or after the heaviest stage's garbage), which is
            // how a stage came out quicker than the stage it contains
            double[][] seconds = new double[stages.size()][repeat];
            for (int round = 0; round < repeat; round++) {
                for (int k = 0; k < stages.size(); k++) {
                    int s = (round + k) % stages.size();
                    System.gc(); // each pass starts with the garbage of the one before it collected, not timed
                    long start = System.nanoTime();
                    last[s] = pass(engine, all, plan, given, stages.get(s), scratch.resolve(round + "-" + s), threadCount, cwd);
                    seconds[s][round] = (System.nanoTime() - start) / 1e9;
                    progress(err, stages.get(s).name() + ", pass " + (round + 1) + " of " + repeat, start);
                }
            }
            out.printf(Locale.ROOT, "%s, %.1f MB on disk; %s; median of %s per stage after a warm-up, stages alternated%n",
                    Plural.count(plan.files().size(), "input file"), bytes / 1e6, Plural.count(threadCount, "thread"),
                    Plural.count(repeat, "timed pass"));
            out.printf(Locale.ROOT, "%-14s %12s %9s %12s%n", "stage", "records", "seconds", "records/s");
            StageTimes previous = null;
            for (int s = 0; s < stages.size(); s++) {
                StageTimes times = new StageTimes(seconds[s]);
                long records = last[s].summary().counts().recordsRead();
                String detail = switch (stages.get(s).name()) {
                    case "read" -> "";
                    case "read+extract" -> "  (" + Plural.count(last[s].summary().counts().findings(), "finding") + "; "
                            + times.adds(previous, "extraction adds", records) + ")";
                    default -> "  (" + times.adds(previous, (plan.reporters().size() == 1 ? "reporter " : "reporters ")
                            + String.join(", ", plan.reporters().stream().map(LoadedExtension::name).toList())
                            + (plan.reporters().size() == 1 ? " adds" : " add"), records) + ")";
                };
                out.printf(Locale.ROOT, "%-14s %,12d %9.2f %,12.0f%s%n", stages.get(s).name(), records, times.median(),
                        records / times.median(), detail);
                previous = times;
            }
            out.flush();
            return ExitCode.OK;
        }
    }

    /** A line on stderr as each pass ends: the table comes only when all are done, which on a large input is long. */
    private static void progress(PrintWriter err, String pass, long startNanos) {
        err.printf(Locale.ROOT, "bench: %s took %.2f s%n", pass, (System.nanoTime() - startNanos) / 1e9);
        err.flush();
    }

    /** One pass of {@code stage}, its output deleted after the clock is read. */
    private RunResult pass(RunEngine engine, ExtensionCatalog all, RunPlan plan, Map<String, Map<String, Object>> given, Stage stage,
                           Path output, int threadCount, Path cwd) throws Exception {
        List<LoadedExtension<Extractor>> extracting = stage.extract() ? plan.extractors() : List.of();
        List<LoadedExtension<Reporter>> reporting = stage.report() ? plan.reporters() : List.of();
        ExtensionCatalog catalog = new ExtensionCatalog(all.sources(), extracting, reporting);
        // a stage names only its own extensions, and takes only their options (and the synthesis', with the reporters):
        // a run refuses options given for an extension it does not run
        Set<String> taking = new HashSet<>();
        all.sources().forEach(e -> taking.add(e.name()));
        extracting.forEach(e -> taking.add(e.name()));
        reporting.forEach(e -> taking.add(e.name()));
        if (stage.report()) {
            taking.add(SynthesisOptions.NAME);
        }
        Map<String, Map<String, Object>> stageOptions = new LinkedHashMap<>(given);
        stageOptions.keySet().retainAll(taking);
        try {
            return engine.run(pipeline(output, threadCount, stage.extract() ? extractors : List.of(), stage.report() ? reporters : List.of(),
                    stageOptions), cwd, catalog, RunProgress.NONE, List.of());
        } finally {
            FileTrees.delete(output);
        }
    }

    /**
     * Whether the extractors and reporters did their work in the warm-up passes: an extractor's errors and a reporter's
     * failure are told as a run tells them, and a stage whose pass failed (a reporter that cannot start) is refused, since
     * its figures would time work not done (an explorer's F2: timed without a word, exit 0).
     */
    private static boolean extensionsWorked(List<Stage> stages, RunResult[] warmUps, PrintWriter err) {
        boolean worked = true;
        for (int s = 0; s < stages.size(); s++) {
            RunSummary summary = warmUps[s].summary();
            for (Problem problem : summary.problems()) {
                if (problem.kind() == Problem.Kind.EXTRACTOR_ERROR && stages.get(s).name().equals("read+extract")
                        || problem.kind() == Problem.Kind.REPORTER_ERROR) {
                    err.println(problem.kind().label() + ": " + problem.describe());
                }
            }
            if (warmUps[s].failed()) {
                err.println("evidentia: the " + stages.get(s).name() + " stage failed (" + warmUps[s].reason() + "): its figures would not"
                        + " be of the work asked for");
                worked = false;
            }
        }
        err.flush();
        return worked;
    }

    /** The inputs the figures leave out (empty, no source reads them, they cannot be read), as a run would tell them. */
    private static void warnAboutInputs(RunSummary summary, PrintWriter err) {
        Set<String> unreadFiles = new HashSet<>();
        summary.inputs().stream().filter(RunSummary.InputSummary::unread).forEach(i -> unreadFiles.add(i.path()));
        for (Problem problem : summary.problems()) {
            if (problem.kind() == Problem.Kind.INPUT_ERROR || problem.file() != null && unreadFiles.contains(problem.file())) {
                err.println(problem.kind().label() + ": " + problem.describe());
            }
        }
        // an input a source was chosen for but kept nothing of (a forced source on files of another format) is as much
        // left out as one no source reads (an explorer's F13: only the second was said to be)
        long unread = summary.inputs().stream().filter(i -> i.unread() || i.records() == 0).count();
        if (summary.counts().recordsRead() > 0 && unread > 0) {
            err.println("warning: " + Plural.count(unread, "input") + " of no record (unreadable, empty, or of no format a source reads) "
                    + (unread == 1 ? "is" : "are") + " left out of the figures, though counted in the size of the inputs");
        }
        err.flush();
    }

    private Pipeline pipeline(Path output, int threadCount, List<String> extractorNames, List<String> reporterNames,
                              Map<String, Map<String, Object>> extensionOptions) {
        return new Pipeline(inputs, source == null ? List.of() : List.of(source), extractorNames, reporterNames, extensionOptions,
                output, false, threadCount, null);
    }
}
