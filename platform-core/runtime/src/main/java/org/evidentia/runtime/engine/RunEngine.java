package org.evidentia.runtime.engine;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.evidentia.api.Extractor;
import org.evidentia.api.FindingKind;
import org.evidentia.api.RecordFindings;
import org.evidentia.api.ReportWriter;
import org.evidentia.api.Reporter;
import org.evidentia.api.RunSummary.Counts;
import org.evidentia.api.RunSummary.InputSummary;
import org.evidentia.api.RunSummary.PluginSummary;
import org.evidentia.api.RunSummary.Problem;
import org.evidentia.api.RunSummary;
import org.evidentia.runtime.design.StudyDesignClassifier;
import org.evidentia.runtime.exclusion.ExclusionList;
import org.evidentia.runtime.exclusion.ExclusionTally;
import org.evidentia.runtime.exclusion.ExclusionsSection;
import org.evidentia.runtime.host.LoadedExtension;
import org.evidentia.runtime.host.PluginProblem;
import org.evidentia.runtime.input.FileDigests;
import org.evidentia.runtime.options.OptionsBinder;
import org.evidentia.runtime.output.OutputFolderException;
import org.evidentia.runtime.output.StagedOutput;
import org.evidentia.runtime.synthesis.SynthesisBuilder;
import org.evidentia.runtime.synthesis.SynthesisOptions;
import org.evidentia.runtime.text.Plural;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a {@link Pipeline} in one pass, as its data flows:
 *
 * <pre>
 * InputStage (sources, several inputs at a time, handed on in input order)
 *   -&gt; DuplicateMerger (new records on, copies merged)
 *   -&gt; ExtractionStage (extractors and study design, on this thread or in parallel, delivered in input order)
 *   -&gt; ReportStage (synthesis and every reporter's writer, record by record; then summary and synthesis)
 *   -&gt; run.json -&gt; StagedOutput.commit (the outputs appear together)
 * </pre>
 *
 * What it runs is resolved first, and a pipeline that cannot run refused with every issue named, by
 * {@code RunPlanner}: a plan is checked whole before anything is read or written.
 */
public final class RunEngine {

    private static final Logger LOG = LoggerFactory.getLogger(RunEngine.class);

    private final OptionsBinder binder;
    private final RunPlanner planner;
    private final String version;
    /** How long a run waits for a reading before it says so. */
    private final java.time.Duration slowReading;
    private final RunStop stop;

    /**
     * An engine whose runs only Java's end stops: an interruption of a run's thread is taken for a plugin's leftover
     * ({@link RunStop}).
     *
     * @param binder  binds extension options
     * @param version this Evidentia's version, for run.json
     */
    public RunEngine(OptionsBinder binder, String version) {
        this(binder, version, RunStop.NEVER);
    }

    /**
     * @param binder  binds extension options
     * @param version this Evidentia's version, for run.json
     * @param stop    whether a run's stop was asked for: a run interrupted for it commits nothing, the previous outputs staying
     */
    public RunEngine(OptionsBinder binder, String version, RunStop stop) {
        this(binder, version, stop, SlowExtractionWatch.SLOW);
    }

    /** As above, telling a reading that keeps the run waiting for {@code slowReading} (shorter in tests). */
    RunEngine(OptionsBinder binder, String version, RunStop stop, java.time.Duration slowReading) {
        this.binder = binder;
        this.planner = new RunPlanner(binder);
        this.version = version;
        this.stop = stop;
        this.slowReading = slowReading;
    }

    /**
     * Checks a pipeline against the available extensions without running it: resolves the inputs,
     * selects the extensions it names (all of a kind when it names none) and binds their options
     * and the synthesis' options.
     *
     * @param base the folder relative inputs are resolved against
     * @throws ConfigurationException when the pipeline names unknown extensions, bad options or no input
     */
    public RunPlan plan(Pipeline pipeline, Path base, ExtensionCatalog catalog) throws ConfigurationException {
        return planner.plan(pipeline, base, catalog);
    }

    /** Runs a pipeline with nothing done before it to record. */
    public RunResult run(Pipeline pipeline, Path base, ExtensionCatalog catalog, RunProgress progress, List<ReportWriter> hostWriters)
            throws ConfigurationException, OutputFolderException, IOException, InterruptedException {
        return run(pipeline, base, catalog, progress, hostWriters, List.of());
    }

    /**
     * Runs a pipeline.
     *
     * @param base        the folder relative inputs are resolved against
     * @param hostWriters writers of the host's own that see the run like reporters (evaluation); a
     *                    {@link RunRecorder} gets records whole, the others without metadata when no
     *                    extractor or reporter reads it, so they must not read it
     * @param sections    what was done before the run (such as retrievals), for run.json after its inputs
     * @throws ConfigurationException when the pipeline names unknown extensions, bad options or no input
     * @throws OutputFolderException  when the output folder cannot be used
     * @throws IOException            when the output folder cannot be written
     */
    public RunResult run(Pipeline pipeline, Path base, ExtensionCatalog catalog, RunProgress progress, List<ReportWriter> hostWriters,
                         List<RunJsonSection> sections)
            throws ConfigurationException, OutputFolderException, IOException, InterruptedException {
        return run(pipeline, base, catalog, progress, hostWriters, sections, FoundInputs.NONE);
    }

    /**
     * Runs a pipeline whose inputs are files the caller found by walking folders of its own (a store
     * run, which checks each file against those it applied before), some of them hashed already.
     *
     * @param found what the caller knows of the files it found
     * @see #run(Pipeline, Path, ExtensionCatalog, RunProgress, List, List)
     */
    public RunResult run(Pipeline pipeline, Path base, ExtensionCatalog catalog, RunProgress progress, List<ReportWriter> hostWriters,
                         List<RunJsonSection> sections, FoundInputs found)
            throws ConfigurationException, OutputFolderException, IOException, InterruptedException {
        long started = System.nanoTime();
        RunPlan plan = plan(pipeline, base, catalog).withWalked(found.walked().problems(), found.walked().leftOut());
        List<RunRecorder> recorders = recorders(hostWriters, plan);
        ProblemLog log = problemsBeforeReading(plan);
        Instant runDate = runDate(pipeline);
        List<PluginSummary> plugins = plugins(plan, catalog);
        Map<String, Map<String, String>> optionJson = asJson(plan.options());
        List<RunSummary.OptionFile> optionFiles = optionFiles(plan.options());
        Fingerprints fingerprints = Fingerprints.of(Fingerprints.textMiningJar(), LoadedExtension.all(plan.sources(), plan.extractors(), plan.reporters()));

        // The output folder is taken before the recorders start: a store's run that cannot lock its run.json's folder (a
        // disk still full) is refused before it enters a run row into the store's log (it entered a failed one each time).
        try (StagedOutput output = startRecorders(StagedOutput.open(pipeline.output()), recorders, new RunRecorder.RunStart(version, runDate,
                     plugins, optionJson, plan.kinds(), LoadedExtension.names(plan.extractors()), optionFiles, fingerprints));
             InputDigests digests = new InputDigests(plan.files(), found.digests());
             InputStage inputs = new InputStage(plan, log, pipeline.threads(), readAheadBytes(pipeline.threads()),
                     !recorders.isEmpty() || plan.readsMetadata(log), // a recorder keeps records whole
                     catalog.unreadAdvice(), slowReading);
             // starts the reporters before any record is read: one that refuses its options stops the run here
             ReportStage reports = reportStage(plan.reporters(), plan.options(), pipeline.options().keySet(), plan.kinds(),
                     FindingFocus.of(plan.focus(), plan.kinds(), FindingFocus.ValueForms.of(plan.extractors())), hostWriters, pipeline.threads(),
                     output, log);
             ExtractionStage extraction = new ExtractionStage(boundExtractors(plan, log), pipeline.threads(), inputs::backlogged, log,
                     new StudyDesignClassifier(), stop, record -> deliver(record, reports, progress))) {
            // A recorded run (the findings store) keeps every record: the store keeps the exclusion list and its reports leave them out.
            ExclusionTally excluding = pipeline.exclusions() == null || !recorders.isEmpty() ? null : new ExclusionTally(pipeline.exclusions());
            ExclusionGate gate = excluding == null ? null : new ExclusionGate(excluding, extraction::submit, log);
            InputEndsToRecorders toRecorders = recorders.isEmpty() ? null : new InputEndsToRecorders(log, digests, extraction, reports);
            DuplicateMerger merger = new DuplicateMerger(gate != null ? gate : extraction::submit,
                    gate != null ? gate : toRecorders != null ? toRecorders : (keptId, keptOrigin, copy) -> { }, !recorders.isEmpty(), log);
            DeletionNotices deletionNotices = new DeletionNotices(); // a run without recorders notes its inputs' deletions
            InputStage.InputEndSink toRecordersOrLog = toRecorders != null ? toRecorders : deletionNotices;
            AtomicLong deletionsRead = new AtomicLong(); // a run that only deleted read something: see readFailure()
            InputStage.InputEndSink ends = (index, in, readToEnd, unaccounted, deleted) -> {
                deletionsRead.addAndGet(deleted.size());
                toRecordersOrLog.ended(index, in, readToEnd, unaccounted, deleted);
            };
            InputStage.Result read = inputs.readAll(plan.files(), merger::take, ends, progress);
            extraction.finish();
            deletionNotices.note(log, merger);
            progress.records(reports.kept(), reports.findings());
            long readMillis = millisSince(started);

            progress.reporting();
            List<InputSummary> inputSummaries = new ArrayList<>();
            for (int i = 0; i < read.inputs().size(); i++) {
                InputSummary in = read.inputs().get(i);
                inputSummaries.add(new InputSummary(in.path(), digests.digest(i), in.source(), in.records(), in.skipped()));
            }
            RunSummary.Exclusions exclusions = excluding == null ? RunSummary.Exclusions.NONE : excluding.exclusions();
            Counts counts = counts(inputSummaries, merger, reports, exclusions.records());
            List<RunJsonSection> after = new ArrayList<>(recorders);
            if (excluding != null) {
                unmatchedExclusions(excluding, pipeline.exclusions().file(), "no record of this run", Map.of(), log);
                after.add(new ExclusionsSection(pipeline.exclusions(), excluding));
            }
            for (RunRecorder recorder : recorders) {
                recorder.problemsOfTheWhole().forEach(log::add);
            }
            String readFailure = readFailure(plan, found, read, deletionsRead.get(), counts);
            Supplier<RunSummary> summarise = () -> new RunSummary(version, runDate, inputSummaries, plugins, optionJson, counts,
                    ordered(log.problems(), inputSummaries), log.notices(), merger.duplicates(),
                    reports.focus(), extraction.findingsDropped(),
                    readFailure != null ? readFailure : failure(pipeline, reports, log.problems().size()), exclusions, optionFiles);
            return finishAndCommit(reports, summarise, output, log, catalog.pluginsCommand(), started, totalMillis -> new RunJson.Run(
                    LoadedExtension.names(plan.sources()), LoadedExtension.names(plan.extractors()), LoadedExtension.names(plan.reporters()),
                    pipeline.runDate() != null, pipeline.strict(), pipeline.threads(), readMillis, extraction.millisByExtractor(), totalMillis - readMillis, totalMillis, sections,
                    reports.recordsLeftOutUnstatedIds(), fingerprints), after);
        }
    }

    /**
     * A warning naming the ids of the exclusion list that matched no record ({@code where}: of what), when there are any, and
     * one for each record it names twice with two reasons.
     */
    private static void unmatchedExclusions(ExclusionTally excluding, String file, String where,
                                            Map<org.evidentia.runtime.exclusion.ExcludedId, String> deletedBy, ProblemLog log) {
        // "this exclusion list": the problem names its file
        ExclusionTally.unmatchedMessages("this exclusion list", excluding.unmatched(), deletedBy, where)
                .forEach(message -> log.add(new Problem(Problem.Kind.WARNING, null, file, 0, 0, null, message)));
        excluding.twoReasons().forEach(twice -> log.add(new Problem(Problem.Kind.WARNING, null, file, 0, 0, null, twice)));
    }

    /** Starts {@code recorders} once {@code output} is taken; when one fails, the output is let go (nothing was staged) and the failure thrown. */
    private static StagedOutput startRecorders(StagedOutput output, List<RunRecorder> recorders, RunRecorder.RunStart start) throws IOException {
        try {
            for (RunRecorder recorder : recorders) {
                recorder.started(start);
            }
            return output;
        } catch (IOException | RuntimeException e) {
            try {
                output.close();
            } catch (IOException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    /** The host's writers that record the run; a run with any has no reporters (a recorder keeps every version of a record). */
    private static List<RunRecorder> recorders(List<ReportWriter> hostWriters, RunPlan plan) throws ConfigurationException {
        List<RunRecorder> recorders = hostWriters.stream().filter(RunRecorder.class::isInstance).map(RunRecorder.class::cast).toList();
        if (!recorders.isEmpty() && !plan.reporters().isEmpty()) {
            throw new ConfigurationException("a run recorded into " + recorders.get(0).key() + " has no reporters (it keeps every"
                    + " version of a record); make the reports from what it recorded");
        }
        return recorders;
    }

    /** A new log holding what is known before reading: the plugins that failed to load and the inputs passed over. */
    private static ProblemLog problemsBeforeReading(RunPlan plan) {
        ProblemLog log = new ProblemLog();
        addPluginProblems(plan.pluginProblems(), log);
        plan.notices().forEach(log::notice);
        for (InputResolver.InputProblem output : plan.leftOut()) {
            log.notice(plan.shown(output.path()) + ": " + output.reason());
        }
        for (InputResolver.InputProblem passed : plan.passedOver()) {
            log.add(new Problem(Problem.Kind.INPUT_ERROR, null, plan.shown(passed.path()), 0, 0, null,
                    passed.reason()));
        }
        return log;
    }

    /** Adds a plugin error to {@code log} for each plugin that is not usable ({@code plugin id: reason}). */
    private static void addPluginProblems(List<PluginProblem> pluginProblems, ProblemLog log) {
        for (PluginProblem problem : pluginProblems) {
            log.add(new Problem(Problem.Kind.PLUGIN_ERROR, null, null, 0, 0, null, "plugin " + problem));
        }
    }

    /** The extractors of the plan, each with its kind and a context of its options that writes to {@code log}. */
    private static List<ExtractionStage.BoundExtractor> boundExtractors(RunPlan plan, ProblemLog log) {
        List<ExtractionStage.BoundExtractor> extractors = new ArrayList<>();
        for (int i = 0; i < plan.kinds().size(); i++) {
            LoadedExtension<Extractor> e = plan.extractors().get(i);
            extractors.add(new ExtractionStage.BoundExtractor(e, plan.kinds().get(i),
                    new ExtensionRunContext(e.name(), plan.optionsOf(e.name()), log)));
        }
        return extractors;
    }

    /**
     * Tells each focus value of a stored kind whose extractor is not installed: nothing can say how that
     * extractor writes it (a brand name as the generic the findings hold), so it is matched as written,
     * and a report that finds nothing would otherwise leave the user guessing why.
     */
    private static void valuesMatchedAsWritten(FindingFocus focus, List<FindingKind> kinds, List<LoadedExtension<Extractor>> installed,
                                               ProblemLog log) {
        Set<String> readable = new HashSet<>();
        installed.forEach(e -> readable.add(e.extension().findingKind().name()));
        for (FindingKind kind : kinds) {
            if (!readable.contains(kind.name())) {
                focus.freeTextCriteria(kind.name()).forEach(criterion -> log.notice("focus " + criterion + ": no installed extractor makes "
                        + kind.name() + " findings, so its value is matched as written, not as that extractor would write it"));
            }
        }
    }

    /**
     * The installed extractors that can be made, for the forms they write a focus value in: a report
     * of a store reads the kinds the store recorded, and asks the extractor of each that is installed.
     */
    private static List<LoadedExtension<Extractor>> installedExtractors(ExtensionCatalog catalog) {
        List<LoadedExtension<Extractor>> made = new ArrayList<>();
        for (LoadedExtension<Extractor> e : catalog.extractors()) {
            try {
                e.extension().findingKind();
                made.add(e);
            } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError broken) {
                // its plugin's problem is reported as any; the kind's values are then matched as given
            }
        }
        return made;
    }

    /** The report stage of {@code reporters}, with a synthesis that takes the votes of the designs the synthesis options name. */
    private ReportStage reportStage(List<LoadedExtension<Reporter>> reporters, Map<String, Record> options, Set<String> optionsGiven,
                                           List<FindingKind> kinds, FindingFocus focus, List<ReportWriter> hostWriters, int threads,
                                           StagedOutput output, ProblemLog log) throws ConfigurationException {
        SynthesisOptions synthesis = (SynthesisOptions) options.get(SynthesisOptions.NAME);
        focus.widenings().forEach(log::notice);
        return new ReportStage(reporters, options, optionsGiven, kinds, focus, hostWriters, threads,
                new SynthesisBuilder(kinds, new HashSet<>(synthesis.votingDesigns()), synthesis.retractedVotes()), output, log, stop);
    }

    /** Hands a record on to the reporters, telling the progress every 256 records. */
    private static void deliver(RecordFindings record, ReportStage reports, RunProgress progress) {
        reports.deliver(record);
        if ((reports.kept() & 255) == 0) {
            progress.records(reports.kept(), reports.findings());
        }
    }

    /**
     * A notice of the files of the output folder's previous run that this run did not write, which go with the previous
     * outputs: a living review's report.html went without a word when its reporter's plugin was disabled (an explorer's
     * s22, L5). Told on the console and in run.json; the reporters, done by then, do not see it.
     */
    private static void notePreviousFilesNotWritten(StagedOutput output, ProblemLog log, String pluginsCommand) {
        List<String> gone = output.previousFilesNotWritten();
        if (!gone.isEmpty()) {
            int shown = Math.min(gone.size(), 5);
            String it = gone.size() == 1 ? "it" : "them";
            // a reporter of this run that failed wrote nothing: the note sent the plugin's author to `evidentia plugins` and -r,
            // away from the reporter-error above it (the review of session 25, A11)
            String why = log.count(Problem.Kind.REPORTER_ERROR) > 0
                    ? "a reporter of this run failed, and what it writes is not written: see its reporter-error; or no reporter of this"
                            + " run writes " + it
                    : "no reporter of this run writes " + it + "; one of the previous run's may be of a plugin disabled or removed since,"
                            + " or not chosen (by -r, or a pipeline file's reporters:): `" + pluginsCommand + "` lists them";
            log.notice("the output folder's previous outputs held " + String.join(", ", gone.subList(0, shown))
                    + (gone.size() > shown ? " and " + (gone.size() - shown) + " more" : "") + ", which this run did not write:"
                    + (gone.size() == 1 ? " it is" : " they are") + " deleted with the previous outputs (" + why + ")");
        }
    }

    /**
     * How a run and a report end once every record is delivered: the reporters finish with the summary so far, which is
     * then made again for run.json, now with the reporters' own failures and the notice of the previous outputs' files this
     * run did not write.
     *
     * @param summarise the run's summary of what its log, reporters and counts hold when it is asked
     * @param started   when the run started ({@link System#nanoTime}), for its total time
     * @param run       what run.json says of the run, given its total time in milliseconds
     */
    private RunResult finishAndCommit(ReportStage reports, Supplier<RunSummary> summarise, StagedOutput output, ProblemLog log,
                                      String pluginsCommand, long started, LongFunction<RunJson.Run> run,
                                      List<? extends RunJsonSection> after) throws IOException, InterruptedException {
        reports.noteAFocusThatKeptNothing();
        reports.finish(summarise.get());
        notePreviousFilesNotWritten(output, log, pluginsCommand);
        RunSummary summary = summarise.get(); // now with the reporters' own failures
        long totalMillis = millisSince(started);
        return commit(output, summary, run.apply(totalMillis), after);
    }

    /** Writes run.json beside the outputs and makes them all appear at once. */
    private RunResult commit(StagedOutput output, RunSummary summary, RunJson.Run run, List<? extends RunJsonSection> afterCounts)
            throws IOException {
        if (stop.requested()) {
            // a stop (Ctrl-C, SIGTERM) that a plugin met as an exception, and the run went on: the outputs of a stopped run
            // are not committed, and the previous ones stay, as OutputFolder and the Reporter contract say
            throw new InterruptedIOException("the run was stopped before its outputs were written; the previous outputs stay");
        }
        if (Thread.interrupted()) {
            // left by code the run called where no stage looks after it (the stages clear and name a plugin's): writing
            // run.json and moving the outputs would fail of it
            LOG.warn("The run's thread was left interrupted with no stop of the run; its outputs are written all the same");
        }
        RunJson.write(output.folderFor(StagedOutput.ENGINE), summary, run, afterCounts, output.written());
        List<Path> files = output.files().stream().map(f -> output.target().resolve(f)).toList();
        output.commit();
        return new RunResult(summary, output.target(), files);
    }

    /**
     * The files the bound options name ({@link OptionsBinder#files}), each hashed now, in the order of their extensions'
     * names: a lexicon decides findings as an input does, and can be edited in place under the same name (review 30, M1).
     * A file is named as the option gives it, and read where the extension reads it (relative to the working folder).
     */
    private List<RunSummary.OptionFile> optionFiles(Map<String, Record> options) {
        List<RunSummary.OptionFile> files = new ArrayList<>();
        new TreeMap<>(options).forEach((extension, bound) -> binder.files(bound).forEach((option, paths) -> {
            for (Path path : paths) {
                String sha256;
                try {
                    sha256 = FileDigests.sha256(path);
                } catch (IOException e) {
                    sha256 = null; // the extension that reads it says why it cannot
                }
                files.add(new RunSummary.OptionFile(extension, option, path.toString(), sha256));
            }
        }));
        return files;
    }

    private Map<String, Map<String, String>> asJson(Map<String, Record> options) {
        Map<String, Map<String, String>> json = new TreeMap<>();
        options.forEach((name, value) -> json.put(name, binder.toJson(value)));
        return json;
    }

    private static Instant runDate(Pipeline pipeline) {
        return pipeline.runDate() != null ? pipeline.runDate() : Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    private static long millisSince(long nanoTime) {
        return (System.nanoTime() - nanoTime) / 1_000_000;
    }

    /**
     * Makes the reports of a recorded run (the findings store) without reading or extracting: hands
     * the recorded records, in their order, to the pipeline's reporters through the same report
     * stage, synthesis, focus and run.json as {@link #run}, so that the same records, findings and
     * reporter options give the same outputs. The pipeline's inputs, sources and extractors are not used.
     *
     * @throws ConfigurationException when the pipeline names unknown reporters or bad options
     * @throws OutputFolderException  when the output folder cannot be used
     * @throws IOException            when the recorded run or the output folder cannot be read or written
     */
    public RunResult report(Pipeline pipeline, ExtensionCatalog catalog, RecordedRun recorded, RunProgress progress)
            throws ConfigurationException, OutputFolderException, IOException, InterruptedException {
        long started = System.nanoTime();
        RunPlanner.ReportPlan resolved = planner.planReport(pipeline, catalog);
        List<LoadedExtension<Reporter>> reporters = resolved.reporters();
        Map<String, Record> options = resolved.options();
        List<PluginProblem> pluginProblems = resolved.pluginProblems();
        List<String> leftOutReporters = resolved.leftOutReporters();
        List<FindingKind> kinds = recorded.kinds();
        List<LoadedExtension<Extractor>> installed = pipeline.focus().isEmpty() ? List.of() : installedExtractors(catalog);
        FindingFocus focus = FindingFocus.of(pipeline.focus(), kinds, pipeline.focus().isEmpty() ? FindingFocus.ValueForms.AS_GIVEN
                : FindingFocus.ValueForms.of(installed));
        RunSummary base = recorded.summary();
        String unfinished = recorded.unfinished();
        ProblemLog log = new ProblemLog();
        addPluginProblems(pluginProblems, log);
        leftOutReporters.forEach(log::notice);
        valuesMatchedAsWritten(focus, kinds, installed, log);
        Instant runDate = runDate(pipeline);

        try (StagedOutput output = StagedOutput.open(pipeline.output());
             // a report extracts nothing (its pipeline has one thread): its writers finish on every core
             ReportStage reports = reportStage(reporters, options, pipeline.options().keySet(), kinds, focus, List.of(),
                     Runtime.getRuntime().availableProcessors(), output, log)) {
            // the store's exclusion list: the records it names stay in the store, and out of its reports
            ExclusionList list = recorded.exclusions();
            ExclusionTally excluding = list == null ? null : new ExclusionTally(list);
            recorded.replay(record -> {
                if (excluding == null || excluding.exclude(record.record().pmid(), record.record().doi(), record.record().id()) == null) {
                    deliver(record, reports, progress);
                }
            });
            progress.records(reports.kept(), reports.findings());
            long readMillis = millisSince(started);
            progress.reporting();
            RunSummary.Exclusions exclusions = excluding == null ? RunSummary.Exclusions.NONE : excluding.exclusions();
            List<RunJsonSection> after = new ArrayList<>(List.of(recorded));
            if (excluding != null) {
                unmatchedExclusions(excluding, list.file(), "no record the store holds", recorded.deletedBy(excluding.unmatched()), log);
                after.add(new ExclusionsSection(list, excluding));
            }
            long excluded = exclusions.records();
            Counts read = base.counts();
            Counts counts = new Counts(read.recordsRead(),
                    read.recordsRead() - read.recordsSkipped() - read.recordsUnaccounted() - reports.kept() - excluded,
                    read.recordsSkipped(), read.recordsUnaccounted(), reports.kept(), reports.withFindings(), reports.findings(),
                    read.recordsDeleted(), excluded);
            List<PluginSummary> plugins = withReporters(base.plugins(), reporters);
            Map<String, Map<String, String>> optionJson = new TreeMap<>(base.options());
            optionJson.remove(SynthesisOptions.NAME);
            optionJson.putAll(asJson(options));
            // the files the recorded options name, as the store's run recorded them, and those of the options bound now
            List<RunSummary.OptionFile> optionFiles = new ArrayList<>(base.optionFiles().stream()
                    .filter(f -> !options.containsKey(f.extension()) && optionJson.containsKey(f.extension())).toList());
            optionFiles.addAll(optionFiles(options));
            Supplier<RunSummary> summarise = () -> {
                List<Problem> problems = new ArrayList<>(base.problems());
                problems.addAll(log.problems());
                List<String> notices = new ArrayList<>(base.notices());
                log.notices().stream().filter(n -> !notices.contains(n)).forEach(notices::add);
                return new RunSummary(version, runDate, base.inputs(), plugins, optionJson, counts, problems, notices, base.duplicates(),
                        reports.focus(), base.findingsDropped(),
                        failure(pipeline, reports, problems.size(), unfinished), exclusions, optionFiles);
            };
            // a report extracts nothing: the kit's jar and the extractors' plugins are those of the runs the store logs
            return finishAndCommit(reports, summarise, output, log, catalog.pluginsCommand(), started, totalMillis -> new RunJson.Run(
                    List.of(), List.of(), LoadedExtension.names(reporters), pipeline.runDate() != null,
                    pipeline.strict(), pipeline.threads(),
                    readMillis, Map.of(), totalMillis - readMillis, totalMillis, List.of(), reports.recordsLeftOutUnstatedIds(),
                    Fingerprints.of(null, reporters)), after);
        }
    }

    /**
     * How far the files after the one being consumed may be read ahead: a quarter of the heap with
     * more than two threads; none with two or fewer, where one reader and the extraction already
     * keep the cores busy and reading ahead only holds records for the collector to copy (a folder
     * of four c30k files: 0.3 s more CPU and 80 MB more memory on two cores).
     */
    private static long readAheadBytes(int threads) {
        return threads > 2 ? Runtime.getRuntime().maxMemory() / 4 : 0;
    }

    /** The recorded plugins with the reporters' plugins added, sorted by id as a run lists them. */
    private static List<PluginSummary> withReporters(List<PluginSummary> recorded, List<LoadedExtension<Reporter>> reporters) {
        Map<String, PluginSummary> byId = new TreeMap<>();
        recorded.forEach(p -> byId.put(p.id(), p));
        for (LoadedExtension<Reporter> r : reporters) {
            PluginSummary known = byId.get(r.pluginId());
            TreeSet<String> names = new TreeSet<>(known == null ? List.of() : known.extensions());
            names.add(r.name());
            byId.put(r.pluginId(), new PluginSummary(r.pluginId(), r.pluginVersion(), List.copyOf(names)));
        }
        return List.copyOf(byId.values());
    }

    private static Counts counts(List<InputSummary> inputs, DuplicateMerger merger, ReportStage reports, long excluded) {
        long read = inputs.stream().mapToLong(InputSummary::records).sum();
        long skipped = inputs.stream().mapToLong(InputSummary::skipped).sum();
        long unaccounted = read - skipped - merger.read();
        if (merger.read() != reports.kept() + merger.merged() + excluded) {
            // Every record taken is merged, excluded or delivered: anything else is a defect of the engine itself.
            throw new IllegalStateException("the engine lost records: " + merger.read() + " taken, "
                    + reports.kept() + " delivered, " + merger.merged() + " merged, " + excluded + " excluded");
        }
        return new Counts(read, merger.merged(), skipped, unaccounted, reports.kept(), reports.withFindings(), reports.findings(), 0,
                excluded);
    }

    /**
     * Problems in an order that does not depend on timing or the number of threads: plugin
     * problems first, then by input file and record number; ties keep the order they were met.
     */
    private static List<Problem> ordered(List<Problem> problems, List<InputSummary> inputs) {
        Map<String, Integer> fileOrder = new HashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            fileOrder.putIfAbsent(inputs.get(i).path(), i);
        }
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparing((Problem p) -> p.kind() == Problem.Kind.REPORTER_ERROR)
                .thenComparing(p -> p.kind() != Problem.Kind.PLUGIN_ERROR)
                .thenComparingInt(p -> p.file() == null ? -1 : fileOrder.getOrDefault(p.file(), Integer.MAX_VALUE))
                .thenComparing(PROBLEM_ORDER));
        return sorted;
    }

    /** The order of one input's problems: by record, an extractor's after the source's. */
    static final Comparator<Problem> PROBLEM_ORDER = Comparator.comparingLong(Problem::recordNumber)
            .thenComparing(p -> p.kind() == Problem.Kind.EXTRACTOR_ERROR);

    /**
     * Why a run failed because it read nothing, or null when it read something: no record, and no deletion (an
     * update file that only deletes, cut inside its list, still deleted what it listed first). An input that
     * stopped part-way is an input error either way. An empty file is read to its end, yet a run of empty and
     * unreadable files read nothing all the same: it fails too, or a script checking the exit status would go on
     * with an empty review. A run beside files applied before (a store run) that read nothing read nothing new, not
     * nothing: the records it would go on with are held already (and a folder's README, which no source reads, is
     * read again at every run), so it does not fail for it. A run whose every record read was skipped fails either
     * way: records were there, and a damaged new input must not count as applied because the store held others.
     */
    private static String readFailure(RunPlan plan, FoundInputs found, InputStage.Result read, long deletionsRead, Counts counts) {
        if (plan.files().isEmpty() || deletionsRead > 0) {
            return null;
        }
        if (counts.recordsRead() > 0) {
            // every record skipped (a file cut inside its one record): as empty a review as no record at all
            // and so is one whose records a source counted but never returned (the review of session 33, S2); not one whose
            // records the exclusion list took out, as the reviewer asked
            if (counts.recordsKept() > 0 || counts.recordsExcluded() > 0) {
                return null;
            }
            return "no record could be kept: " + (counts.recordsSkipped() == counts.recordsRead()
                    ? (counts.recordsRead() == 1 ? "the one record read was skipped" : "all " + counts.recordsRead() + " records read were skipped")
                    : "of the " + Plural.count(counts.recordsRead(), "record") + " read, " + (counts.recordsSkipped() == 0 ? ""
                            : counts.recordsSkipped() + " " + (counts.recordsSkipped() == 1 ? "was" : "were") + " skipped and ")
                            + counts.recordsUnaccounted() + " " + (counts.recordsUnaccounted() == 1 ? "is" : "are") + " unaccounted for")
                    + " (the problems say why)";
        }
        if (found.appliedBefore() > 0) {
            return null;
        }
        if (read.readToEnd() == 0) {
            return "no input could be read";
        }
        int unread = plan.files().size() - read.readToEnd();
        return "no record was read from any input: " + (read.readToEnd() == 1 ? "1 was read to its end and held none"
                : read.readToEnd() + " were read to their end and held none") + (unread == 0 ? "" : ", " + unread + " could not be read");
    }

    /** Why a run that read its inputs has failed so far: a reporter failed, or problems under --strict; null when it has not. */
    private static String failure(Pipeline pipeline, ReportStage reports, int problems) {
        return failure(pipeline, reports, problems, null);
    }

    /**
     * As {@link #failure(Pipeline, ReportStage, int)}, for a report of recorded records: under
     * --strict a report also fails when the recording that made them did not finish ({@link RecordedRun#unfinished()}).
     */
    private static String failure(Pipeline pipeline, ReportStage reports, int problems, String unfinished) {
        if (!reports.failed().isEmpty()) {
            return "reporter" + (reports.failed().size() == 1 ? " " : "s ") + String.join(", ", reports.failed())
                    + " failed: " + (reports.failed().size() == 1 ? "its" : "their") + " output was left out";
        }
        if (pipeline.strict() && problems > 0) {
            return strictFailure(problems) + (unfinished == null ? "" : ", and " + unfinished);
        }
        if (pipeline.strict() && unfinished != null) {
            return unfinished + " and --strict was given";
        }
        return null;
    }

    /** Why a run, or an import, under {@code --strict} failed: {@code 3 problems met and --strict was given}. */
    public static String strictFailure(int problems) {
        return Plural.count(problems, "problem") + " met and --strict was given";
    }

    private static List<PluginSummary> plugins(RunPlan plan, ExtensionCatalog catalog) {
        Map<String, TreeSet<String>> used = new TreeMap<>();
        Stream.of(plan.sources(), plan.extractors(), plan.reporters()).flatMap(List::stream)
                .forEach(e -> used.computeIfAbsent(e.pluginId(), k -> new TreeSet<>()).add(e.name()));
        return used.entrySet().stream()
                .map(e -> new PluginSummary(e.getKey(), versionOf(e.getKey(), catalog), List.copyOf(e.getValue())))
                .toList();
    }

    private static String versionOf(String pluginId, ExtensionCatalog catalog) {
        return Stream.of(catalog.sources(), catalog.extractors(), catalog.reporters()).flatMap(List::stream)
                .filter(e -> e.pluginId().equals(pluginId)).map(LoadedExtension::pluginVersion).findFirst().orElse("-");
    }

}
