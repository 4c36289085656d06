package org.evidentia.runtime.engine;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Extractor;
import org.evidentia.api.Finding;
import org.evidentia.api.Origin;
import org.evidentia.api.RunSummary.Problem;
import org.evidentia.runtime.host.LoadedExtension;

/**
 * Runs the extractors over records on several threads and hands the findings on in input order,
 * with each record's spooled form, encoded on the same worker thread so that the reading thread
 * only appends bytes.
 *
 * <p>Records are grouped in small batches; at most a few batches per thread are in flight, so
 * memory stays bounded however many records come. Results are delivered strictly in submission
 * order (then extractor order, then the extractor's own order), so output does not depend on
 * thread timing. An extractor that throws for a record is recorded as a problem of that record
 * and the others go on. Not thread-safe: one thread submits.
 */
final class ExtractionStage implements AutoCloseable {

    private static final int BATCH = 64;

    /** An extractor with the context of this run. */
    record BoundExtractor(LoadedExtension<Extractor> loaded, ExtensionRunContext context) {
    }

    /** Receives each record, in input order, on the submitting thread. */
    @FunctionalInterface
    interface Delivery {
        void accept(BibliographicRecord record, byte[] encoded, List<Finding> findings) throws IOException;
    }

    /** What a worker made of one record. */
    private record Processed(byte[] encoded, List<Finding> findings) {
    }

    private final List<BoundExtractor> extractors;
    private final ProblemLog log;
    private final Delivery sink;
    private final ExecutorService pool;
    private final int maxInFlight;
    private final ArrayDeque<Future<List<Processed>>> inFlight = new ArrayDeque<>();
    private final ArrayDeque<List<BibliographicRecord>> inFlightRecords = new ArrayDeque<>();
    private List<BibliographicRecord> batch = new ArrayList<>(BATCH);

    /**
     * @param sink receives each record with its encoded form and its findings, in input order
     */
    ExtractionStage(List<BoundExtractor> extractors, int threads, ProblemLog log, Delivery sink) {
        this.extractors = List.copyOf(extractors);
        this.log = log;
        this.sink = sink;
        this.maxInFlight = threads * 3;
        AtomicInteger n = new AtomicInteger();
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "evidentia-extract-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    void submit(BibliographicRecord record) throws InterruptedException, IOException {
        batch.add(record);
        if (batch.size() == BATCH) {
            dispatch();
        }
    }

    /** Extracts what is still pending and delivers every result. */
    void finish() throws InterruptedException, IOException {
        if (!batch.isEmpty()) {
            dispatch();
        }
        while (!inFlight.isEmpty()) {
            deliverHead();
        }
    }

    private void dispatch() throws InterruptedException, IOException {
        List<BibliographicRecord> records = batch;
        batch = new ArrayList<>(BATCH);
        if (pool == null) {
            deliver(records, extractBatch(records));
            return;
        }
        if (inFlight.size() >= maxInFlight) {
            deliverHead();
        }
        inFlight.add(pool.submit(() -> extractBatch(records)));
        inFlightRecords.add(records);
    }

    private void deliverHead() throws InterruptedException, IOException {
        List<BibliographicRecord> records = inFlightRecords.poll();
        try {
            deliver(records, inFlight.poll().get());
        } catch (ExecutionException e) {
            // extractBatch catches per record; reaching here is a bug in the engine itself.
            throw new IllegalStateException("extraction failed unexpectedly", e.getCause());
        }
    }

    private void deliver(List<BibliographicRecord> records, List<Processed> processed) throws IOException {
        for (int i = 0; i < records.size(); i++) {
            sink.accept(records.get(i), processed.get(i).encoded(), processed.get(i).findings());
        }
    }

    private List<Processed> extractBatch(List<BibliographicRecord> records) {
        List<Processed> results = new ArrayList<>(records.size());
        for (BibliographicRecord record : records) {
            results.add(new Processed(RecordSpool.encode(record), extractRecord(record)));
        }
        return results;
    }

    private List<Finding> extractRecord(BibliographicRecord record) {
        List<Finding> findings = new ArrayList<>();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        for (BoundExtractor bound : extractors) {
            LoadedExtension<Extractor> loaded = bound.loaded();
            thread.setContextClassLoader(loaded.classLoader());
            try {
                for (Finding finding : loaded.extension().extract(record, bound.context())) {
                    String problem = contractProblem(record, finding);
                    if (problem == null) {
                        findings.add(finding.withExtractor(loaded.name(), loaded.pluginVersion()));
                    } else {
                        report(record, loaded, "finding dropped: " + problem);
                    }
                }
            } catch (RuntimeException | StackOverflowError | LinkageError | AssertionError e) {
                report(record, loaded, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            } finally {
                thread.setContextClassLoader(previous);
            }
        }
        return findings;
    }

    /** A finding must belong to its record and point at text the record really has. */
    private static String contractProblem(BibliographicRecord record, Finding finding) {
        if (!record.id().equals(finding.recordId())) {
            return "its record id " + finding.recordId() + " is not " + record.id();
        }
        var span = finding.evidence();
        String text;
        try {
            text = record.text(span.field());
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        if (span.sentenceEnd() > text.length() || !text.substring(span.sentenceStart(), span.sentenceEnd()).equals(span.sentence())) {
            return "its sentence is not at " + span.field() + "[" + span.sentenceStart() + ".." + span.sentenceEnd() + "]";
        }
        if (span.mentionStart() < span.sentenceStart() || span.mentionEnd() > span.sentenceEnd()) {
            return "its mention lies outside its sentence";
        }
        return null;
    }

    private void report(BibliographicRecord record, LoadedExtension<Extractor> loaded, String message) {
        Origin origin = record.origins().isEmpty() ? null : record.origins().get(0);
        log.add(new Problem(Problem.Kind.EXTRACTOR_ERROR, loaded.name(), origin == null ? null : origin.file(),
                origin == null ? 0 : origin.recordNumber(), origin == null ? 0 : origin.line(), record.id(), message));
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
