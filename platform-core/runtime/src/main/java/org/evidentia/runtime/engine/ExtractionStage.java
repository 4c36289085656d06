package org.evidentia.runtime.engine;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Extractor;
import org.evidentia.api.Finding;
import org.evidentia.api.FindingKind;
import org.evidentia.api.Origin;
import org.evidentia.api.RecordFindings;
import org.evidentia.api.RunSummary.Problem;
import org.evidentia.runtime.design.StudyDesignClassifier;
import org.evidentia.runtime.host.LoadedExtension;
import org.evidentia.runtime.host.ProvidedClasses;
import org.evidentia.runtime.threads.DaemonThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the extractors over records, classifies each record's study design on the same thread, and
 * hands each record with its findings on in input order.
 *
 * <p>Records are grouped in small batches. The submitting thread extracts a batch itself while
 * reading sets the pace, and hands it to a pool of threads while reading is ahead (records wait
 * to be extracted): a reader keeps a core to itself, and extraction still spreads over the cores
 * when it is the slower part (then the pool's threads extract at once, and at times the
 * submitting thread with a later batch beside them). At most a few batches per thread are in
 * flight, so memory stays bounded however many records come. Results are delivered strictly in
 * submission order (then extractor order, then the extractor's own order), so output does not
 * depend on thread timing. An extractor that throws for a record is recorded as a problem of that
 * record and the others go on; its first few exceptions are logged at DEBUG with their stack
 * traces ({@code --verbose}), the rest only counted, as one broken extractor fails on every record.
 * Not thread-safe: one thread submits.
 */
final class ExtractionStage implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ExtractionStage.class);
    private static final int BATCH = 64;
    /** Exceptions logged with their stack traces per extractor: enough to find a bug, too few to flood the log. */
    private static final int TRACES_PER_EXTRACTOR = 3;

    /** An extractor with its declared kind and the context of this run. */
    record BoundExtractor(LoadedExtension<Extractor> loaded, FindingKind kind, ExtensionRunContext context) {
    }

    private final List<BoundExtractor> extractors;
    private final ProblemLog log;
    private final StudyDesignClassifier designs;
    private final Consumer<RecordFindings> sink;
    private final ExecutorService pool;
    private final BooleanSupplier behind;
    private final int maxInFlight;
    private final ArrayDeque<Future<List<Extracted>>> inFlight = new ArrayDeque<>();
    private List<BibliographicRecord> batch = new ArrayList<>(BATCH);
    /** Exceptions met so far by extractor name, counted on the submitting thread. */
    private final Map<String, Integer> exceptions = new TreeMap<>();
    /** Findings dropped as breaches of the contract so far, by their extractor's kind, counted on the submitting thread. */
    private final Map<String, Long> dropped = new TreeMap<>();
    /** Records delivered so far, counted on the submitting thread. */
    private long delivered;
    /** Nanoseconds each extractor spent in {@code extract}, by its place in {@link #extractors}, summed over the threads. */
    private final LongAdder[] spent;
    private final SlowExtractionWatch watch;
    private final RunStop stop;
    /** The extractors whose leaving their thread interrupted was told, on the submitting thread. */
    private final Set<String> toldLeftInterrupted = new HashSet<>();

    /**
     * @param threads extraction threads; with 1, every batch is extracted on the submitting thread
     * @param behind  true while reading is ahead of extraction; then batches go to the threads, and
     *                otherwise the submitting thread extracts them itself
     * @param stop    whether the run's stop was asked for: an interruption an extractor leaves behind is otherwise cleared
     * @param sink    receives each record with its design and findings, in input order, on the submitting thread
     */
    ExtractionStage(List<BoundExtractor> extractors, int threads, BooleanSupplier behind, ProblemLog log, StudyDesignClassifier designs,
                    RunStop stop, Consumer<RecordFindings> sink) {
        this(extractors, threads, behind, log, designs, stop, sink, SlowExtractionWatch.SLOW);
    }

    /** @param slow how long one extractor may be on one record before the run names it ({@link SlowExtractionWatch}) */
    ExtractionStage(List<BoundExtractor> extractors, int threads, BooleanSupplier behind, ProblemLog log, StudyDesignClassifier designs,
                    RunStop stop, Consumer<RecordFindings> sink, Duration slow) {
        this.stop = stop;
        this.extractors = List.copyOf(extractors);
        this.spent = new LongAdder[this.extractors.size()];
        Arrays.setAll(spent, i -> new LongAdder());
        this.log = log;
        this.designs = designs;
        this.sink = sink;
        this.behind = behind;
        this.maxInFlight = threads * 3;
        this.pool = threads == 1 ? null : DaemonThreads.pool("evidentia-extract", threads);
        this.watch = new SlowExtractionWatch(slow);
    }

    void submit(BibliographicRecord record) throws InterruptedException {
        batch.add(record);
        if (batch.size() == BATCH) {
            dispatch();
        }
    }

    /**
     * Runs {@code action} on the submitting thread once every record submitted so far has been
     * delivered, before any record submitted later.
     */
    void afterPending(Runnable action) throws InterruptedException {
        if (!batch.isEmpty()) {
            dispatch();
        }
        if (pool == null || inFlight.isEmpty()) {
            while (!inFlight.isEmpty()) {
                deliverHead();
            }
            action.run();
            return;
        }
        inFlight.add(CompletableFuture.completedFuture(List.of(new Extracted(null, List.of(), action))));
    }

    /** Extracts what is still pending and delivers every result. */
    void finish() throws InterruptedException {
        if (!batch.isEmpty()) {
            dispatch();
        }
        while (!inFlight.isEmpty()) {
            deliverHead();
        }
        exceptions.forEach((extractor, count) -> {
            if (count > TRACES_PER_EXTRACTOR) {
                LOG.debug("Extractor {} failed on {} more records; their stack traces are not logged (the run's problems list each)",
                        extractor, count - TRACES_PER_EXTRACTOR);
            }
            if (count == delivered) { // "Found 0 findings" beside a count of its errors reads as an empty result, not a broken one
                log.notice(String.format(Locale.ROOT, "extractor %s failed on every record it was given (%,d of %,d): the run has none of"
                        + " its findings; its extractor errors say why", extractor, count, delivered));
            }
        });
    }

    /**
     * The milliseconds each extractor spent extracting, in the extractors' order, summed over the threads (so with several
     * threads more than the run's wall time): the one way to tell which extractor makes a run slow.
     */
    Map<String, Long> millisByExtractor() {
        Map<String, Long> millis = new LinkedHashMap<>();
        for (int i = 0; i < extractors.size(); i++) {
            millis.put(extractors.get(i).loaded().name(), TimeUnit.NANOSECONDS.toMillis(spent[i].sum()));
        }
        return millis;
    }

    /**
     * The findings dropped as breaches of the extractor contract among the records delivered so
     * far, by the name of their extractor's kind, sorted; empty when none was.
     */
    Map<String, Long> findingsDropped() {
        return new TreeMap<>(dropped);
    }

    private void dispatch() throws InterruptedException {
        List<BibliographicRecord> records = batch;
        batch = new ArrayList<>(BATCH);
        if (pool == null) {
            deliver(extractBatch(records));
            return;
        }
        if (inFlight.size() >= maxInFlight) {
            deliverHead();
        }
        if (behind.getAsBoolean()) {
            inFlight.add(pool.submit(() -> extractBatch(records)));
        } else {
            // Reading sets the pace. A thread of the pool would share the reader's core with this
            // one; extracting here leaves the reader a core of its own (docs/performance.md). The
            // batch waits its turn like the others, so results are delivered when they were before.
            inFlight.add(CompletableFuture.completedFuture(extractBatch(records)));
        }
    }

    private void deliverHead() throws InterruptedException {
        try {
            deliver(inFlight.poll().get());
        } catch (ExecutionException e) {
            // extractBatch catches per record; reaching here is a bug in the engine itself.
            throw new IllegalStateException("extraction failed unexpectedly", e.getCause());
        }
    }

    /** Problems are logged here, on the submitting thread in input order, so the log never depends on timing. */
    private void deliver(List<Extracted> batch) {
        for (Extracted extracted : batch) {
            if (extracted.after() != null) {
                extracted.after().run();
                continue;
            }
            for (ExtractorProblem problem : extracted.problems()) {
                if (problem.leftInterrupted()) {
                    if (toldLeftInterrupted.add(problem.problem().extension())) {
                        log.add(problem.problem()); // once for the run: it tells a defect of the plugin, not of a record
                    }
                    continue;
                }
                log.add(problem.problem());
                if (problem.exception() != null) {
                    logException(problem);
                } else {
                    dropped.merge(problem.droppedKind(), 1L, Long::sum);
                }
            }
            delivered++;
            sink.accept(extracted.record());
        }
    }

    private void logException(ExtractorProblem failed) {
        Problem problem = failed.problem();
        int count = exceptions.merge(problem.extension(), 1, Integer::sum);
        if (count <= TRACES_PER_EXTRACTOR && LOG.isDebugEnabled()) {
            String where = problem.file() == null ? "" : " (" + problem.file() + (problem.line() > 0 ? ":" + problem.line() : "")
                    + (problem.recordNumber() > 0 ? ", record " + problem.recordNumber() : "") + ")";
            LOG.debug("Extractor {} failed on record {}{}", problem.extension(), problem.recordId(), where, failed.exception());
        }
    }

    private List<Extracted> extractBatch(List<BibliographicRecord> records) {
        List<Extracted> results = new ArrayList<>(records.size());
        long[] nanos = new long[extractors.size()];
        SlowExtractionWatch.Slot slot = watch.slot();
        for (BibliographicRecord record : records) {
            List<ExtractorProblem> problems = new ArrayList<>(0);
            List<Finding> findings = extractRecord(record, problems, nanos, slot);
            results.add(new Extracted(new RecordFindings(record, designs.classify(record), findings), problems, null));
        }
        // added once a batch: an atomic add a record cost a tenth of a second of CPU over c30k under the quick compiler
        for (int i = 0; i < nanos.length; i++) {
            spent[i].add(nanos[i]);
        }
        return results;
    }

    /** A record as extracted, with the problems its extractors had with it; or, with neither, an action to run in order. */
    private record Extracted(RecordFindings record, List<ExtractorProblem> problems, Runnable after) {
    }

    /**
     * A problem an extractor had with a record: the exception it threw, or (exception null) a
     * finding it made that was dropped, with the kind the extractor declares; or (leftInterrupted,
     * the others null) the warning that it left its thread interrupted.
     */
    private record ExtractorProblem(Problem problem, Throwable exception, String droppedKind, boolean leftInterrupted) {

        ExtractorProblem(Problem problem, Throwable exception, String droppedKind) {
            this(problem, exception, droppedKind, false);
        }
    }

    /** The record's findings, with the nanoseconds each extractor spent on it added to {@code nanos}, by its place. */
    private List<Finding> extractRecord(BibliographicRecord record, List<ExtractorProblem> problems, long[] nanos,
                                        SlowExtractionWatch.Slot slot) {
        List<Finding> findings = new ArrayList<>();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        for (int i = 0; i < extractors.size(); i++) {
            BoundExtractor bound = extractors.get(i);
            LoadedExtension<Extractor> loaded = bound.loaded();
            thread.setContextClassLoader(loaded.classLoader());
            long start = System.nanoTime();
            slot.started(record, loaded, start);
            try {
                List<Finding> made = loaded.extension().extract(record, bound.context());
                if (made == null) {
                    // the JDK's words were of the engine's loop ("Cannot invoke List.iterator() because ... is null")
                    problems.add(new ExtractorProblem(problem(record, loaded, "returned null on record " + record.id() + " where a list"
                            + " of findings is expected (an empty list when it finds none), a defect to report to the authors of"
                            + " plugin " + loaded.pluginId()), new IllegalStateException("extract returned null"), null));
                    continue;
                }
                if (holdsNull(made)) {
                    // the JDK's words about the contract check's own code, where the testkit told it plainly (the plugin author's
                    // review of session 32, A6); the record's findings from it are dropped, as the testkit says a run does
                    problems.add(new ExtractorProblem(problem(record, loaded, "its list of findings for record " + record.id() + " held a"
                            + " null where a finding is expected, so its findings of the record are dropped, a defect to report to the"
                            + " authors of plugin " + loaded.pluginId()), new IllegalStateException("extract returned a null finding"), null));
                    continue;
                }
                for (Finding finding : made) {
                    String breach = FindingContract.breach(record, finding, bound.kind()).orElse(null);
                    if (breach == null) {
                        findings.add(finding.withExtractor(loaded.name(), loaded.pluginVersion()));
                    } else {
                        // the plugin's defect, named as a thrown exception's is (the review of session 30, P5)
                        problems.add(new ExtractorProblem(problem(record, loaded, "finding dropped, a defect to report to the authors of"
                                + " plugin " + loaded.pluginId() + ": " + breach), null, bound.kind().name()));
                    }
                }
            } catch (RuntimeException | StackOverflowError | LinkageError | AssertionError e) {
                problems.add(new ExtractorProblem(problem(record, loaded, failure(record.id(), loaded.pluginId(), e)), e, null));
            } finally {
                slot.ended();
                nanos[i] += System.nanoTime() - start;
                thread.setContextClassLoader(previous);
                if (Thread.interrupted()) {
                    leftInterrupted(loaded, problems);
                }
            }
        }
        return findings;
    }

    /**
     * The thread was interrupted when {@code loaded} returned: by the run's stop, which the flag set again passes on; else by
     * the extractor's own code, which the run names and goes past, where it once took it for a stop, on the submitting thread,
     * and ended without outputs (the review of session 25, A2).
     */
    private void leftInterrupted(LoadedExtension<Extractor> loaded, List<ExtractorProblem> problems) {
        if (stop.requested()) {
            Thread.currentThread().interrupt();
            return;
        }
        problems.add(new ExtractorProblem(new Problem(Problem.Kind.WARNING, loaded.name(), null, 0, 0, null, LeftInterruption.told("extractor",
                loaded.name(), "the authors of plugin " + loaded.pluginId()) + "; the run went on"), null, null, true));
    }

    /**
     * What went wrong, in words: a problem names no exception class alone ("StackOverflowError" tells a
     * reader nothing). A defect keeps its class and message after the words, for the extractor's authors,
     * and names the record by its id, which the console's line of a problem does not show otherwise.
     */
    private static String failure(String recordId, String pluginId, Throwable e) {
        if (e instanceof StackOverflowError) {
            return "gave up on this record: reading its text went deeper than the extractor can follow (a text this"
                    + " long or this nested is not an ordinary abstract); the record has no findings from this extractor";
        }
        // the plugin is what a user disables, removes or reports: the extension's name alone did not say which (an explorer's s20, 4)
        String unbundled = ProvidedClasses.unbundledHint(e); // a library it uses but does not bundle (the review of session 32, B1)
        return "failed on record " + recordId + ", a defect to report to the authors of plugin " + pluginId + ": "
                + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                + (unbundled == null ? "" : " (" + unbundled + ")");
    }

    /** Whether {@code made} holds a null: looked at element by element, as List.of's contains(null) throws, without a stream per record. */
    private static boolean holdsNull(List<Finding> made) {
        for (Finding finding : made) {
            if (finding == null) {
                return true;
            }
        }
        return false;
    }

    private static Problem problem(BibliographicRecord record, LoadedExtension<Extractor> loaded, String message) {
        Origin origin = record.origins().isEmpty() ? null : record.origins().get(0);
        return new Problem(Problem.Kind.EXTRACTOR_ERROR, loaded.name(), origin == null ? null : origin.file(),
                origin == null ? 0 : origin.recordNumber(), origin == null ? 0 : origin.line(), record.id(), message);
    }

    @Override
    public void close() {
        watch.close();
        if (pool != null) {
            DaemonThreads.stopAndAwait(pool, InputStage.UNWINDING);
        }
    }
}
