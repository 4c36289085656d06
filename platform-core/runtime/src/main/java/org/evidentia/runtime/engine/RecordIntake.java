package org.evidentia.runtime.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Finding;
import org.evidentia.api.RunSummary.Counts;
import org.evidentia.api.RunSummary.InputSummary;
import org.evidentia.api.RunSummary.Problem;
import org.evidentia.api.Source;
import org.evidentia.runtime.host.LoadedExtension;
import org.evidentia.runtime.input.PathSourceInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes in the records of every input in turn: counts them, merges duplicates, spools the kept
 * ones and hands them to extraction, whose findings it collects in order. One thread uses it.
 */
final class RecordIntake implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RecordIntake.class);

    private final ProblemLog log;
    private final RunProgress progress;
    private final DuplicateIndex duplicates = new DuplicateIndex();
    private final RecordSpool spool;
    private final ExtractionStage extraction;
    private final List<Finding> findings = new ArrayList<>();
    private long read;
    private long merged;
    private int kept;
    private long recordsWithFindings;
    private int inputsRead;

    RecordIntake(List<ExtractionStage.BoundExtractor> extractors, int threads, ProblemLog log, RunProgress progress) throws IOException {
        this.log = log;
        this.progress = progress;
        this.spool = new RecordSpool();
        this.extraction = new ExtractionStage(extractors, threads, log, (record, encoded, found) -> {
            spool.append(encoded);
            findings.addAll(found);
            if (!found.isEmpty()) {
                recordsWithFindings++;
            }
        });
    }

    /**
     * Reads one input with one source. A source that fails part-way keeps the records it gave and
     * the failure becomes a problem of the input; a failure to spool (a full disk) fails the run.
     *
     * @throws IOException when the spool cannot be written
     */
    InputSummary read(PathSourceInput input, LoadedExtension<Source> source, ExtensionRunContext context)
            throws InterruptedException, IOException {
        long skippedBefore = log.count(Problem.Kind.SKIPPED_RECORD);
        long fromInput = 0;
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(source.classLoader());
        Stream<BibliographicRecord> records = null;
        try {
            records = source.extension().read(input, context);
            Iterator<BibliographicRecord> it = records.iterator();
            boolean failed = false;
            while (true) {
                BibliographicRecord record;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    record = it.next();
                } catch (RuntimeException e) {
                    sourceFailed(input, source, fromInput, e);
                    failed = true;
                    break;
                }
                take(record); // a spool failure propagates: it is the run's, not the input's
                fromInput++;
            }
            if (!failed) {
                inputsRead++;
            }
        } catch (IOException | RuntimeException e) {
            if (records != null) {
                throw e;
            }
            sourceFailed(input, source, fromInput, e); // the source could not open the input
        } finally {
            closeQuietly(records, input, source);
            thread.setContextClassLoader(previous);
        }
        long skipped = log.count(Problem.Kind.SKIPPED_RECORD) - skippedBefore;
        long declared = context.declaredRecords();
        if (declared >= 0 && declared != fromInput + skipped) {
            log.add(new Problem(Problem.Kind.INPUT_ERROR, source.name(), input.displayName(), 0, 0, null,
                    "the file holds " + declared + " records by the source's own count, but " + fromInput + " were read and "
                            + skipped + " skipped: " + Math.abs(declared - fromInput - skipped) + " unaccounted for"));
        }
        return new InputSummary(input.displayName(), null, source.name(), fromInput + skipped, skipped);
    }

    private void closeQuietly(Stream<BibliographicRecord> records, PathSourceInput input, LoadedExtension<Source> source) {
        if (records == null) {
            return;
        }
        try {
            records.close();
        } catch (RuntimeException e) {
            LOG.warn("Source {} did not close {} cleanly: {}", source.name(), input.displayName(), e.getMessage());
        }
    }

    private void sourceFailed(PathSourceInput input, LoadedExtension<Source> source, long fromInput, Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        log.add(new Problem(Problem.Kind.INPUT_ERROR, source.name(), input.displayName(), fromInput + 1, 0, null,
                (fromInput == 0 ? "cannot be read: " : "reading stopped after " + fromInput + " records: ") + message));
        LOG.debug("Source {} failed on {}", source.name(), input.displayName(), e);
    }

    private void take(BibliographicRecord record) throws InterruptedException, IOException {
        read++;
        // Kept records reach the spool in this order, so the count so far is this record's index there.
        int earlier = duplicates.findOrAdd(record, kept);
        if (earlier >= 0) {
            merged++;
            record.origins().forEach(o -> spool.mergeOrigin(earlier, o));
        } else {
            kept++;
            extraction.submit(record);
        }
        if ((read & 255) == 0) {
            progress.records(read, findings.size());
        }
    }

    /** Finishes extraction and spooling; call once, after the last input. */
    void finish() throws InterruptedException, IOException {
        extraction.finish();
        spool.finish();
        progress.records(read, findings.size());
    }

    /** How many inputs were read to their end. */
    int inputsRead() {
        return inputsRead;
    }

    /** The counts; they reconcile: read = kept + merged + skipped. */
    Counts counts() {
        long skipped = log.count(Problem.Kind.SKIPPED_RECORD);
        return new Counts(read + skipped, merged, skipped, read - merged, recordsWithFindings, findings.size());
    }

    List<Finding> findings() {
        return findings;
    }

    RecordSpool spool() {
        return spool;
    }

    @Override
    public void close() throws IOException {
        extraction.close();
        spool.close();
    }
}
