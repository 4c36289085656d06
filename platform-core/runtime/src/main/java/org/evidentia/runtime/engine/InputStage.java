package org.evidentia.runtime.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.RunSummary.InputSummary;
import org.evidentia.api.RunSummary.Problem;
import org.evidentia.api.Source;
import org.evidentia.runtime.host.LoadedExtension;
import org.evidentia.runtime.input.PathSourceInput;
import org.evidentia.runtime.text.Plural;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a run's inputs with their sources, several at a time, and hands their records to the
 * calling thread strictly in input order, so that a folder of files keeps every core busy while
 * the run's output stays independent of timing.
 *
 * <p>Each input is read on a reader thread into a small bounded queue; the calling thread drains
 * the queue of the earliest unfinished input, so at most {@code readers} inputs are in flight and
 * memory stays bounded. Problems a source reports are buffered per input and added to the run's
 * log when the calling thread has taken the input's last record, in input order.
 */
final class InputStage implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(InputStage.class);
    private static final int CHUNK = 64;
    private static final int QUEUED_CHUNKS = 8;

    /** Receives records on the calling thread, in input order. */
    @FunctionalInterface
    interface RecordSink {
        void accept(BibliographicRecord record) throws InterruptedException;
    }

    /** Told on the calling thread when an input's last record has been handed on, in input order. */
    @FunctionalInterface
    interface InputEndSink {
        /**
         * @param summary     the input's summary, without its digest
         * @param unaccounted records its source counted but neither returned nor skipped
         * @param deleted     the ids its source said it deletes
         */
        void ended(int index, InputSummary summary, boolean readToEnd, long unaccounted, List<String> deleted)
                throws InterruptedException;
    }

    private final RunPlan plan;
    private final ProblemLog log;
    private final ExecutorService pool;
    private final int readers;

    InputStage(RunPlan plan, ProblemLog log, int readers) {
        this.plan = plan;
        this.log = log;
        this.readers = Math.max(1, readers);
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(this.readers, r -> {
            Thread thread = new Thread(r, "evidentia-read-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Reads every file and hands each record to {@code sink}, in input order, telling {@code ends}
     * after each file's last record.
     *
     * @return one summary per file, in file order, without digests; and how many were read to their end
     */
    Result readAll(List<Path> files, RecordSink sink, InputEndSink ends, RunProgress progress) throws InterruptedException {
        List<InputReading> started = new ArrayList<>();
        List<InputSummary> summaries = new ArrayList<>(files.size());
        int readToEnd = 0;
        for (int i = 0; i < files.size(); i++) {
            while (started.size() < files.size() && started.size() < i + readers) {
                InputReading reading = new InputReading(files.get(started.size()));
                reading.future = pool.submit(reading);
                started.add(reading);
            }
            InputReading reading = started.get(i);
            progress.input(reading.displayName, i + 1, files.size());
            while (true) {
                List<BibliographicRecord> chunk = reading.queue.take();
                if (chunk == InputReading.END) {
                    break;
                }
                for (BibliographicRecord record : chunk) {
                    sink.accept(record);
                }
            }
            InputSummary summary = reading.finish();
            summaries.add(summary);
            ends.ended(i, summary, reading.readToEnd, reading.unaccounted, reading.deleted);
            readToEnd += reading.readToEnd ? 1 : 0;
            started.set(i, null); // let the finished reading go
        }
        return new Result(summaries, readToEnd);
    }

    /** Per-file summaries and how many files were read to their end. */
    record Result(List<InputSummary> inputs, int readToEnd) {
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    /** One input read on a reader thread. */
    private final class InputReading implements Runnable {
        static final List<BibliographicRecord> END = List.of();

        final Path file;
        final String displayName;
        final BlockingQueue<List<BibliographicRecord>> queue = new ArrayBlockingQueue<>(QUEUED_CHUNKS);
        final ProblemLog inputLog = new ProblemLog();
        Future<?> future;
        volatile String sourceName;
        volatile long returned;
        volatile boolean readToEnd;
        volatile long declared = -1;
        volatile boolean failedPartWay;
        volatile List<String> deleted = List.of();
        long unaccounted;

        InputReading(Path file) {
            this.file = file;
            this.displayName = displayName(file);
        }

        @Override
        public void run() {
            try {
                read();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return; // the run is being stopped: nobody waits for this input any more
            } catch (RuntimeException | Error e) {
                inputLog.add(new Problem(Problem.Kind.INPUT_ERROR, sourceName, displayName, returned + 1, 0, null,
                        "reading failed unexpectedly: " + e));
                LOG.debug("Reading {} failed", displayName, e);
            }
            try {
                queue.put(END);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void read() throws InterruptedException {
            PathSourceInput input = new PathSourceInput(file, displayName);
            if (input.problem() != null) {
                inputLog.add(new Problem(Problem.Kind.INPUT_ERROR, null, displayName, 0, 0, null, input.problem()));
                return;
            }
            LoadedExtension<Source> source = plan.sourceFor(input);
            if (source == null) {
                inputLog.add(new Problem(Problem.Kind.INPUT_ERROR, null, displayName, 0, 0, null,
                        "no source reads this file; sources tried: " + names(plan.sources()) + " (`evidentia plugins` describes them)"));
                return;
            }
            sourceName = source.name();
            ExtensionRunContext context = new ExtensionRunContext(source.name(), plan.optionsOf(source.name()), inputLog);
            Thread thread = Thread.currentThread();
            thread.setContextClassLoader(source.classLoader());
            Stream<BibliographicRecord> records = null;
            try {
                records = source.extension().read(input, context);
                Iterator<BibliographicRecord> it = records.iterator();
                List<BibliographicRecord> chunk = new ArrayList<>(CHUNK);
                while (true) {
                    BibliographicRecord record;
                    try {
                        if (!it.hasNext()) {
                            break;
                        }
                        record = it.next();
                    } catch (RuntimeException e) {
                        sourceFailed(e);
                        break;
                    }
                    returned++;
                    chunk.add(record);
                    if (chunk.size() == CHUNK) {
                        queue.put(chunk);
                        chunk = new ArrayList<>(CHUNK);
                    }
                    if (Thread.interrupted()) {
                        throw new InterruptedException();
                    }
                }
                if (!chunk.isEmpty()) {
                    queue.put(chunk);
                }
                readToEnd = !failedPartWay;
                declared = context.declaredRecords();
                deleted = context.deletedIds();
            } catch (IOException | RuntimeException e) {
                if (records != null) {
                    throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
                }
                sourceFailed(e); // the source could not open the input
            } finally {
                closeQuietly(records, source);
            }
        }

        private void sourceFailed(Exception e) {
            failedPartWay = true;
            inputLog.add(new Problem(Problem.Kind.INPUT_ERROR, sourceName, displayName, returned + 1, 0, null,
                    (returned == 0 ? "cannot be read: " : "reading stopped after " + Plural.count(returned, "record") + ": ") + message(e)));
            LOG.debug("Source {} failed on {}", sourceName, displayName, e);
        }

        private void closeQuietly(Stream<BibliographicRecord> records, LoadedExtension<Source> source) {
            if (records == null) {
                return;
            }
            try {
                records.close();
            } catch (RuntimeException e) {
                LOG.warn("Source {} did not close {} cleanly: {}", source.name(), displayName, e.getMessage());
            }
        }

        /** Called on the consuming thread once END was taken: moves this input's problems into the run's log. */
        InputSummary finish() throws InterruptedException {
            try {
                future.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("reading " + displayName + " failed unexpectedly", e.getCause());
            }
            long skipped = inputLog.count(Problem.Kind.SKIPPED_RECORD);
            if (declared >= 0 && declared != returned + skipped) {
                unaccounted = Math.max(0, declared - returned - skipped);
                inputLog.add(new Problem(Problem.Kind.INPUT_ERROR, sourceName, displayName, 0, 0, null,
                        "the file holds " + Plural.count(declared, "record") + " by the source's own count, but " + returned + " "
                                + (returned == 1 ? "was" : "were") + " read and " + skipped + " skipped: " + Math.abs(declared - returned - skipped) + " unaccounted for"));
            }
            if (plan.sourceForced() && readToEnd && returned == 0 && skipped == 0) {
                readToEnd = false; // not read: a run of only such files fails, and a store does not mark it applied
                inputLog.add(new Problem(Problem.Kind.INPUT_ERROR, sourceName, displayName, 0, 0, null,
                        "read as " + sourceName + " (forced with -s), it gave no record: is it in that format?"));
            }
            inputLog.problems().forEach(log::add);
            inputLog.notices().forEach(log::notice);
            return new InputSummary(displayName, null, sourceName, returned + skipped + unaccounted, skipped);
        }
    }

    private static String names(List<LoadedExtension<Source>> sources) {
        return sources.isEmpty() ? "none (no source plugin is loaded)" : String.join(", ", sources.stream().map(LoadedExtension::name).toList());
    }

    static String displayName(Path file) {
        Path cwd = Path.of("").toAbsolutePath();
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(cwd) ? cwd.relativize(absolute).toString() : absolute.toString();
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
