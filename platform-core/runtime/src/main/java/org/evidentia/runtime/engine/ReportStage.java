package org.evidentia.runtime.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.FindingKind;
import org.evidentia.api.NaturalOrder;
import org.evidentia.api.Origin;
import org.evidentia.api.RecordFindings;
import org.evidentia.api.ReportWriter;
import org.evidentia.api.Reporter;
import org.evidentia.api.RunSummary.Problem;
import org.evidentia.api.RunSummary;
import org.evidentia.api.Synthesis;
import org.evidentia.runtime.engine.ConfigurationException.Issue;
import org.evidentia.runtime.host.LoadedExtension;
import org.evidentia.runtime.options.OptionsBinder;
import org.evidentia.runtime.output.StagedOutput;
import org.evidentia.runtime.synthesis.SynthesisBuilder;
import org.evidentia.runtime.threads.DaemonThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The end of a run's flow: hands each record with its findings to the synthesis and to every
 * reporter's writer as it comes, then the summary and synthesis, and keeps the counts of what it
 * was handed. A reporter that fails is reported, its files are discarded, and the others go on.
 * One thread calls it; {@link #finish} ends the writers on threads of its own.
 */
final class ReportStage implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReportStage.class);

    private final RunStop stop;
    /** The reporters whose leaving the run's thread interrupted was told. */
    private final Set<String> toldLeftInterrupted = new HashSet<>();
    private final List<Started> writers = new ArrayList<>();
    private final FindingFocus focus;
    private final SynthesisBuilder synthesis;
    /** How many writers may finish at once. */
    private final int threads;
    /** At most this many ids of records a focus lost are kept for run.json. */
    static final int LEFT_OUT_IDS_LISTED = 10_000;
    /** PMIDs by number ({@link NaturalOrder}), then by character, so that ids it holds equal still have one order. */
    private static final Comparator<String> ID_ORDER = NaturalOrder.INSTANCE.thenComparing(Comparator.naturalOrder());

    private final StagedOutput output;
    private final ProblemLog log;
    /** Reporters' files are shared: they get paths under the home folder from {@code ~}, the host's writers as given. */
    private final SharedPaths shared = SharedPaths.ofThisUser();
    private long kept;
    private long withFindings;
    private long findings;
    private long leftOutOfFocus;
    /** The values the run's findings held for the free-text attributes focused on, counted before the focus. */
    private final FocusedValuesSeen focusedValues;
    private long leftOutUnstated;
    /** How many records the focus lost every finding of for want of a value alone. */
    private long recordsLeftOutUnstated;
    /**
     * The first {@link #LEFT_OUT_IDS_LISTED} of their ids in {@link #ID_ORDER}, the last first: a focus on all of
     * PubMed may lose a million records, whose ids run.json could not list nor memory hold (studies.csv marks each).
     */
    private final PriorityQueue<String> recordsLeftOutUnstatedIds = new PriorityQueue<>(ID_ORDER.reversed());

    /** A writer and who made it; {@code loaded} is null for the host's own writers, {@code writer} null once closed. */
    private static final class Started {
        final String name;
        final LoadedExtension<Reporter> loaded;
        ReportWriter writer;
        boolean failed;

        Started(String name, LoadedExtension<Reporter> loaded, ReportWriter writer) {
            this.name = name;
            this.loaded = loaded;
            this.writer = writer;
        }
    }

    /**
     * Asks every reporter whether its options fit this run ({@link Reporter#checkOptions}, as
     * {@code evidentia validate} does), then starts every reporter's writer. A refusal is a
     * configuration error, and the run stops here, before any reporter starts and before it reads,
     * with every refusal, each at the option to blame when there is one ({@link ReporterOptionsCheck}).
     * A reporter whose start throws {@link IllegalArgumentException} refuses an option too, as
     * reporters written before the check did (or {@link org.evidentia.api.OutputFolder#create} refused
     * a file name there): the run stops likewise, with every such reporter's message, at its options.
     * One given no option is said to refuse the run, not its options: its message may be about the run
     * (a finding kind it needs) or a defect of its own (a file name it writes), never about an option
     * the user gave. A reporter whose check or start fails otherwise fails alone, and the others go on.
     *
     * @param optionsGiven the names of the extensions the run was given options for
     * @param hostWriters writers of the host's own (evaluation's capture), fed like reporters but
     *                    writing no files; their failures fail the run
     * @param threads     how many writers may finish at once (the run's threads)
     * @param stop        whether the run's stop was asked for: an interruption a reporter leaves behind is otherwise cleared
     * @throws ConfigurationException when a reporter refused its options; the writers started, if any, are closed
     */
    ReportStage(List<LoadedExtension<Reporter>> reporters, Map<String, Record> options, Set<String> optionsGiven, List<FindingKind> kinds,
                FindingFocus focus,
                List<ReportWriter> hostWriters, int threads, SynthesisBuilder synthesis, StagedOutput output, ProblemLog log, RunStop stop)
            throws ConfigurationException {
        this.stop = stop;
        this.focus = focus;
        this.threads = threads;
        this.synthesis = synthesis;
        this.output = output;
        this.log = log;
        this.focusedValues = new FocusedValuesSeen(focus.freeTextValues());
        ReporterOptionsCheck check = new ReporterOptionsCheck(new OptionsBinder()); // the binder holds no state of a run
        List<Issue> refused = new ArrayList<>();
        Map<String, Throwable> checkFailed = new HashMap<>();
        for (LoadedExtension<Reporter> reporter : reporters) {
            try {
                check.refusal(reporter, options.get(reporter.name()), kinds).ifPresent(refused::add);
            } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
                checkFailed.put(reporter.name(), e);
            } finally {
                clearALeftInterruption(reporter.name(), reporter);
            }
        }
        if (!refused.isEmpty()) {
            throw new ConfigurationException(refused);
        }
        for (LoadedExtension<Reporter> reporter : reporters) {
            if (checkFailed.containsKey(reporter.name())) {
                failedToStart(reporter, "could not check its options", checkFailed.get(reporter.name()));
                continue;
            }
            ClassLoader previous = enter(reporter);
            try {
                ExtensionRunContext context = new ExtensionRunContext(reporter.name(), options.get(reporter.name()), log,
                        output.folderFor(reporter.name()), output.scratchFolder(reporter.name()), kinds, synthesis::votes);
                ReportWriter writer = reporter.extension().start(context);
                if (writer == null) {
                    // blamed on the first record, in the engine's words ("because started.writer is null"): an explorer's s21
                    failedToStart(reporter, "could not start", new IllegalStateException("start returned null where a ReportWriter"
                            + " is expected, a defect to report to the authors of plugin " + reporter.pluginId()));
                    continue;
                }
                writers.add(new Started(reporter.name(), reporter, writer));
            } catch (IllegalArgumentException e) {
                LOG.debug("Reporter {} refused its options", reporter.name(), e);
                String chose = e instanceof StagedOutput.NameTaken taken ? optionNaming(taken, reporter.name(), options) : null;
                refused.add(new Issue("options." + (chose == null ? reporter.name() : chose), ReporterOptionsCheck.who(reporter)
                        + (chose != null || optionsGiven.contains(reporter.name()) ? " cannot start with this run's options: "
                        : " refused to start in this run (it was given no options): ") + ReporterOptionsCheck.said(e)
                        + (chose == null ? "" : "; option " + chose + " chose that name")));
            } catch (IOException | RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
                failedToStart(reporter, "could not start", e);
            } finally {
                Thread.currentThread().setContextClassLoader(previous);
                clearALeftInterruption(reporter.name(), reporter);
            }
        }
        if (!refused.isEmpty()) {
            closeWriters();
            throw new ConfigurationException(refused);
        }
        for (ReportWriter writer : hostWriters) {
            writers.add(new Started(writer instanceof RunRecorder recorder ? recorder.key() : "evidentia", null, writer));
        }
    }

    /**
     * The option ({@code study-csv.file}) whose value the user gave is the file name two reporters
     * clash on, of the reporter refused or of the one that wrote the name first; null when no option
     * given names it (both write a name of their own, or a default).
     */
    private static String optionNaming(StagedOutput.NameTaken taken, String refused, Map<String, Record> options) {
        OptionsBinder binder = new OptionsBinder();
        String wanted = "\"" + taken.name() + "\"";
        for (String reporter : List.of(refused, taken.owner())) {
            Record bound = options.get(reporter);
            if (bound == null) {
                continue;
            }
            Map<String, String> defaults;
            try {
                defaults = binder.toJson(binder.bind(reporter, bound.getClass(), Map.of()));
            } catch (org.evidentia.runtime.options.OptionsException | RuntimeException | LinkageError | AssertionError
                     | StackOverflowError e) {
                defaults = Map.of();
            }
            for (Map.Entry<String, String> option : binder.toJson(bound).entrySet()) {
                if (option.getValue().equals(wanted) && !wanted.equals(defaults.get(option.getKey()))) {
                    return reporter + "." + option.getKey();
                }
            }
        }
        return null;
    }

    /** Fails a reporter that has no writer: the run goes on without it. */
    private void failedToStart(LoadedExtension<Reporter> reporter, String what, Throwable e) {
        Started failed = new Started(reporter.name(), reporter, null);
        writers.add(failed);
        fail(failed, what, e);
    }

    /** Tells every recorder that an input has ended (after its last record was delivered). */
    void inputEnded(RunRecorder.InputEnd input) {
        for (Started started : writers) {
            if (started.failed || !(started.writer instanceof RunRecorder recorder)) {
                continue;
            }
            try {
                recorder.inputEnded(input);
            } catch (IOException | RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
                fail(started, "failed", e);
                stopIfItStopsTheRun(started, e);
            } finally {
                clearALeftInterruption(started.name, started.loaded);
            }
        }
    }

    /** One kept record, in the run's order; findings outside the run's focus are left out here. */
    void deliver(RecordFindings extracted) {
        if (focusedValues.counts()) {
            focusedValues.tally(extracted.findings());
        }
        RecordFindings record = focus.apply(extracted);
        RecordFindings.FocusLoss loss = record.leftOutByFocus();
        leftOutOfFocus += loss.findings();
        leftOutUnstated += loss.unstated();
        if (record.lostEveryFindingToFocus() && loss.forWantOfAValue()) {
            recordsLeftOutUnstated++; // a study the focus lost only for its sentences' wording
            recordsLeftOutUnstatedIds.add(record.record().id());
            if (recordsLeftOutUnstatedIds.size() > LEFT_OUT_IDS_LISTED) {
                recordsLeftOutUnstatedIds.poll();
            }
        }
        kept++;
        if (!record.findings().isEmpty()) {
            withFindings++;
            findings += record.findings().size();
        }
        synthesis.add(record);
        RecordFindings sharedRecord = shared.record(record);
        for (Started started : writers) {
            if (started.failed) {
                continue;
            }
            ClassLoader previous = enter(started.loaded);
            try {
                started.writer.record(started.loaded == null ? record : sharedRecord);
            } catch (IOException | RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
                fail(started, "failed on record " + record.record().id(), e, record.record());
                stopIfItStopsTheRun(started, e);
            } finally {
                Thread.currentThread().setContextClassLoader(previous);
                clearALeftInterruption(started.name, started.loaded);
            }
        }
    }

    /**
     * Hands every writer the summary and the synthesis of everything delivered, then closes it. Writers finish at the same time,
     * each on a thread of its own, up to {@code threads} at once: what one writes at the end (a
     * table of every record, a report) no longer waits for another's, and a second core is not left
     * idle. Their failures are reported once all have ended, in reporter order, so that the problems
     * of a run do not depend on which finished first; so is a file name two of them asked for as they
     * finished, which fails both ({@link StagedOutput#endsBegin}).
     */
    void finish(RunSummary summary) throws InterruptedException {
        Synthesis result = synthesis.synthesis();
        RunSummary sharedSummary = shared.summary(summary);
        List<Started> finishing = writers.stream().filter(started -> !started.failed).toList();
        output.endsBegin();
        List<Ended> ended = endAll(finishing.size(), i -> {
            Started started = finishing.get(i);
            return end(started, started.loaded == null ? summary : sharedSummary, result);
        });
        for (int i = 0; i < finishing.size(); i++) {
            Started started = finishing.get(i);
            Ended end = ended.get(i);
            if (end.leftInterrupted()) {
                leftInterrupted(started.name, started.loaded);
            }
            if (end.finishing() != null) {
                fail(started, "failed while finishing", end.finishing());
            } else if (end.closing() != null) {
                fail(started, "failed while closing its output", end.closing());
            } else {
                output.clashAtTheEnd(started.name).ifPresent(clash -> fail(started, "failed while finishing", clash));
            }
        }
        closeWriters(); // those that failed before the end
    }

    /**
     * How a writer's end went: what it threw while finishing, and (then ignored) while closing, null when nothing; and whether
     * it left its thread interrupted.
     */
    private record Ended(Throwable finishing, Throwable closing, boolean leftInterrupted) {
    }

    /** Finishes and closes one writer; safe beside other writers' ends: they share only the output folder, which is thread-safe. */
    private Ended end(Started started, RunSummary summary, Synthesis result) {
        Throwable finishing = null;
        Throwable closing = null;
        ClassLoader previous = enter(started.loaded);
        try {
            started.writer.finish(summary, result);
        } catch (IOException | RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
            finishing = e;
        }
        // cleared before the close: its files, moved through channels, would fail of it
        boolean leftInterrupted = clearedALeftInterruption();
        try {
            closing = closeWriter(started);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
            leftInterrupted |= clearedALeftInterruption();
        }
        return new Ended(finishing, closing, leftInterrupted);
    }

    /**
     * Closes one writer and tells the output folder it is done; what the plugin threw, else null. One step for a run's end and
     * for a run that stops before it: two copies of it had drifted apart, and a close that threw an Error in the second crashed
     * the run (the review of session 31, S1). The caller has entered the plugin's class loader.
     */
    private Throwable closeWriter(Started started) {
        try {
            started.writer.close();
            // a stream of OutputFolder.create it left open would be committed short of what it buffered
            output.finished(started.name);
            return null;
        } catch (IOException | RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
            return e;
        } finally {
            started.writer = null;
        }
    }

    /**
     * The outcomes of ends {@code 0} to {@code count - 1}, in that order: on this thread when there is
     * one end or one thread, else on up to {@link #threads} threads of a pool made for them.
     */
    private List<Ended> endAll(int count, IntFunction<Ended> end) throws InterruptedException {
        List<Ended> ended = new ArrayList<>(count);
        int parallel = Math.min(threads, count);
        if (parallel <= 1) {
            for (int i = 0; i < count; i++) {
                ended.add(end.apply(i));
            }
            return ended;
        }
        ExecutorService pool = DaemonThreads.pool("evidentia-report", parallel);
        try {
            List<Future<Ended>> futures = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int which = i;
                futures.add(pool.submit(() -> end.apply(which)));
            }
            for (Future<Ended> future : futures) {
                ended.add(outcome(future));
            }
            return ended;
        } catch (InterruptedException e) {
            // A writer still finishing must not be closed under it (close() closes what is left): wait for every end.
            pool.shutdownNow();
            awaitEvery(pool);
            throw e;
        } finally {
            pool.shutdown();
        }
    }

    /** Waits until every task of {@code pool}, shut down, has ended, through any interrupt (the caller passes the first on). */
    private static void awaitEvery(ExecutorService pool) {
        boolean ended = false;
        while (!ended) {
            try {
                ended = pool.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException again) {
                // keep waiting
            }
        }
    }

    private static Ended outcome(Future<Ended> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            // end() catches what a writer throws but for an Error of the machine (an OutOfMemoryError), which ends the run
            Throwable cause = e.getCause();
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("a writer's end threw past its own handling", cause);
        }
    }

    long kept() {
        return kept;
    }

    long withFindings() {
        return withFindings;
    }

    long findings() {
        return findings;
    }

    /**
     * Notes, when the focus kept no finding, which values of the free-text attributes it focused on the run's findings
     * held instead: a misspelt {@code --focus condition=astma} otherwise ends in silence with 0 findings.
     */
    void noteAFocusThatKeptNothing() {
        if (findings > 0 || leftOutOfFocus == 0) {
            return;
        }
        focusedValues.instead().forEach(log::notice);
    }

    /**
     * The run's focus, its criteria as {@link FindingFocus#criteria()} writes them (each once, the attribute as the kinds
     * name it), and what it left out of the records delivered so far.
     */
    RunSummary.Focus focus() {
        return new RunSummary.Focus(focus.criteria(), leftOutOfFocus, leftOutUnstated, recordsLeftOutUnstated);
    }

    /**
     * The ids of the records whose every finding the focus left out for want of a value alone
     * ({@link RunSummary.Focus#recordsLeftOutUnstated()} counts them), sorted as {@link NaturalOrder} sorts
     * (PMIDs by number), then by character: the same whatever order the records came in. At most the first
     * {@value #LEFT_OUT_IDS_LISTED} in that order.
     */
    List<String> recordsLeftOutUnstatedIds() {
        List<String> ids = new ArrayList<>(recordsLeftOutUnstatedIds);
        ids.sort(ID_ORDER);
        return ids;
    }

    /** Names of the reporters that failed, in reporter order. */
    List<String> failed() {
        return writers.stream().filter(w -> w.failed).map(w -> w.name).toList();
    }

    @Override
    public void close() {
        closeWriters();
    }

    private void closeWriters() {
        for (Started started : writers) {
            if (started.writer == null) {
                continue;
            }
            ClassLoader previous = enter(started.loaded);
            try {
                Throwable closing = closeWriter(started);
                if (closing != null && !started.failed) {
                    fail(started, "failed while closing its output", closing);
                }
            } finally {
                Thread.currentThread().setContextClassLoader(previous);
                clearALeftInterruption(started.name, started.loaded);
            }
        }
    }

    /** Stops the run, once its failure is logged, when the writer is a recorder that {@link RunRecorder#stopsTheRunWhenItFails}. */
    private static void stopIfItStopsTheRun(Started started, Throwable e) {
        if (started.writer instanceof RunRecorder recorder && recorder.stopsTheRunWhenItFails()) {
            throw new RunRecorder.Failed(recorder.key(), e);
        }
    }

    private void fail(Started started, String what, Throwable e) {
        fail(started, what, e, null);
    }

    /**
     * Fails a reporter: its problem says what it was doing, the exception's class and message (as an
     * extractor's does; the runtime's own refusal of a name, {@link StagedOutput.NameTaken}, its
     * message alone) and, when it failed on a record ({@code record} not null), that record and
     * where it was read.
     */
    private void fail(Started started, String what, Throwable e, BibliographicRecord record) {
        started.failed = true;
        // the runtime's refusal of a name says all in its words; a reporter's own exception is a defect, known by its class
        String message = e instanceof StagedOutput.NameTaken ? e.getMessage()
                : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        // its plugin, as an extractor's and a source's failures name theirs: a reporter's name need not be its plugin's id
        // (the review of session 30, P3)
        String plugin = started.loaded == null || e instanceof StagedOutput.NameTaken || message.contains("plugin " + started.loaded.pluginId())
                ? "" : " (plugin " + started.loaded.pluginId() + ")";
        Origin origin = record == null || record.origins().isEmpty() ? null : record.origins().get(0);
        log.add(new Problem(Problem.Kind.REPORTER_ERROR, started.name, origin == null ? null : origin.file(),
                origin == null ? 0 : origin.recordNumber(), origin == null ? 0 : origin.line(), record == null ? null : record.id(),
                what + plugin + ": " + message));
        LOG.debug("Reporter {} {}", started.name, what, e);
        if (started.loaded != null) {
            try {
                output.discard(started.name);
            } catch (IOException discard) {
                LOG.warn("Cannot remove the files of the failed reporter {}: {}", started.name, discard.getMessage());
            }
        }
    }

    /**
     * Whether the calling thread came back from a writer's or reporter's code interrupted with no stop of the run, the flag
     * then cleared: the code's own leftover ({@code Thread.interrupt()} after catching an interruption), which the next wait
     * of the run took for its stop, and the run ended without outputs (the review of session 25, A2). A stop's interruption
     * is kept.
     */
    private boolean clearedALeftInterruption() {
        if (!Thread.interrupted()) {
            return false;
        }
        if (stop.requested()) {
            Thread.currentThread().interrupt();
            return false;
        }
        return true;
    }

    /** Clears an interruption the reporter {@code name} left on the calling thread, and warns of it ({@link #clearedALeftInterruption}). */
    private void clearALeftInterruption(String name, LoadedExtension<Reporter> loaded) {
        if (clearedALeftInterruption()) {
            leftInterrupted(name, loaded);
        }
    }

    /** Warns, once for the run, that the reporter {@code name} left its thread interrupted, which the run cleared. */
    private void leftInterrupted(String name, LoadedExtension<Reporter> loaded) {
        if (toldLeftInterrupted.add(name)) {
            log.add(new Problem(Problem.Kind.WARNING, name, null, 0, 0, null, LeftInterruption.told("reporter", name,
                    "the authors of " + (loaded == null ? "Evidentia" : "plugin " + loaded.pluginId())) + "; the run went on"));
        }
    }

    private static ClassLoader enter(LoadedExtension<?> extension) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        if (extension != null) {
            thread.setContextClassLoader(extension.classLoader());
        }
        return previous;
    }
}
