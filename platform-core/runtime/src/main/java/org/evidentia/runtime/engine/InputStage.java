package org.evidentia.runtime.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Origin;
import org.evidentia.api.RunSummary.InputSummary;
import org.evidentia.api.RunSummary.Problem;
import org.evidentia.api.Source;
import org.evidentia.runtime.host.LoadedExtension;
import org.evidentia.runtime.host.ProvidedClasses;
import org.evidentia.runtime.input.GzipDamage;
import org.evidentia.runtime.input.InflationLimit;
import org.evidentia.runtime.input.PathSourceInput;
import org.evidentia.runtime.text.Plural;
import org.evidentia.runtime.text.RecordText;
import org.evidentia.runtime.threads.DaemonThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a run's inputs with their sources, several at a time, and hands their records to the
 * calling thread strictly in input order, so that a folder of files keeps every core busy while
 * the run's output stays independent of timing.
 *
 * <p>Each input is read on a reader thread into a queue; the calling thread drains the queue of the
 * earliest unfinished input (the head), and at most {@code readers} inputs are in flight. Any
 * input may have {@link #QUEUED_CHUNKS} chunks waiting; past that, the head's reader waits for
 * the calling thread, and the readers of later inputs go on reading ahead while their chunks fit
 * in a budget of bytes (their records' estimated size), shared by all. Without that budget a later
 * file would wait for every earlier one to be consumed, and reading a folder would be one file at
 * a time; with it, memory stays bounded however large the inputs. Problems a source reports are
 * buffered per input and added to the run's log when the calling thread has taken the input's
 * last record, in input order.
 */
final class InputStage implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(InputStage.class);
    private static final int CHUNK = 64;
    private static final int QUEUED_CHUNKS = 8;
    /**
     * How long a stage that closes before its threads ended (a stop, a failure) waits for them to unwind, closing the sources'
     * streams: a source deaf to interruption (blocking I/O) holds the run's end no longer, well within the stop's grace of
     * the command line (10 s) for reading and extraction together.
     */
    static final Duration UNWINDING = Duration.ofSeconds(3);

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
        void ended(int index, InputSummary summary, boolean readToEnd, long unaccounted, List<Deletion> deleted)
                throws InterruptedException;
    }

    private final RunPlan plan;
    private final ProblemLog log;
    private final ExecutorService pool;
    /** How long the run waits for a reading before it says so. */
    private final Duration slow;
    /** Set as the stage closes, before it interrupts its reading threads: an interruption is the run's stop only then. */
    private volatile boolean closing;
    private final int readers;
    private final ReadAhead readAhead;
    private final boolean wantsMetadata;
    private final String unreadAdvice;
    /** The input the calling thread drains (the one whose {@code head} is set). */
    private volatile InputReading draining;

    /**
     * @param readers        inputs read at once
     * @param readAheadBytes how much the inputs after the head may hold queued beyond their first
     *                       chunks, by their records' estimated size
     * @param wantsMetadata  whether anything in the run reads records' metadata, as sources are told
     * @param unreadAdvice   what is said, after the sources tried, to a file that no source reads: the plugins command that
     *                       describes them, and the plugins disabled on purpose ({@link ExtensionCatalog#unreadAdvice})
     * @param slow           how long a reading may keep the run waiting before it is told ({@link SlowExtractionWatch#SLOW}; shorter in tests)
     */
    InputStage(RunPlan plan, ProblemLog log, int readers, long readAheadBytes, boolean wantsMetadata, String unreadAdvice,
               Duration slow) {
        this.slow = slow;
        this.plan = plan;
        this.unreadAdvice = unreadAdvice;
        this.wantsMetadata = wantsMetadata;
        this.log = log;
        this.readers = Math.max(1, readers);
        this.readAhead = new ReadAhead(readAheadBytes);
        this.pool = DaemonThreads.pool("evidentia-read", this.readers);
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
        long handedOn = 0;
        for (int i = 0; i < files.size(); i++) {
            while (started.size() < files.size() && started.size() < i + readers) {
                InputReading reading = new InputReading(files.get(started.size()));
                reading.future = pool.submit(reading);
                started.add(reading);
            }
            InputReading reading = started.get(i);
            reading.head = true;
            draining = reading;
            progress.input(reading.displayName, i + 1, files.size(), handedOn);
            long waitedSince = 0;
            while (true) {
                Chunk chunk = reading.queue.poll(slow.toMillis(), TimeUnit.MILLISECONDS);
                if (chunk == null) {
                    // a source stuck in accepts or read kept the run waiting without a word, where a stuck extractor is named
                    // (the review of session 25, A3)
                    waitedSince = waitedSince == 0 ? System.nanoTime() - slow.toNanos() : waitedSince;
                    LOG.warn("Reading {} (source {}) has handed on no record for {} s after {}, and the run waits for it: a defect of"
                                    + " the source, or a file or disk it cannot read in good time. If it never ends, stop the run (Ctrl-C)"
                                    + " and run without the file, or force another source with -s", reading.displayName,
                            reading.sourceName != null ? reading.sourceName
                                    : "not chosen yet" + (reading.inspecting == null ? "" : ", the file " + reading.inspecting),
                            TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - waitedSince), reading.handedOnWords());
                    continue;
                }
                if (waitedSince != 0) {
                    LOG.warn("Reading {} goes on after {} s", reading.displayName, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - waitedSince));
                    waitedSince = 0;
                }
                if (chunk == Chunk.END) {
                    break;
                }
                readAhead.taken(reading, chunk);
                for (BibliographicRecord record : chunk.records()) {
                    sink.accept(record);
                }
                handedOn += chunk.records().size();
            }
            InputSummary summary = reading.finish();
            summaries.add(summary);
            ends.ended(i, summary, reading.readToEnd, reading.unaccounted, reading.deleted);
            readToEnd += reading.readToEnd ? 1 : 0;
            started.set(i, null); // let the finished reading go
        }
        return new Result(summaries, readToEnd);
    }

    /**
     * True when reading is ahead of the calling thread, so that what it does with the records
     * (extraction) is the slower part: the input being drained holds half its queued chunks ready,
     * or has been read to its end (its last records, and every record of a small file, wait only
     * for the calling thread). Any thread.
     */
    boolean backlogged() {
        InputReading drained = draining;
        return drained != null && (drained.ended || drained.queued >= QUEUED_CHUNKS / 2);
    }

    /** Per-file summaries and how many files were read to their end. */
    record Result(List<InputSummary> inputs, int readToEnd) {
    }

    @Override
    public void close() {
        closing = true; // before the interruptions: a reading thread tells them from one a source's code left
        DaemonThreads.stopAndAwait(pool, UNWINDING);
    }

    /** Records read and queued together, and the bytes of the read-ahead budget they hold (0 for an input's first chunks). */
    private record Chunk(List<BibliographicRecord> records, long budgeted) {
        static final Chunk END = new Chunk(List.of(), 0);
    }

    /**
     * Admits chunks into the queues: the first {@link #QUEUED_CHUNKS} of any input freely, more of
     * an input after the head while the budget lasts. One monitor for all readers: it is taken once
     * a chunk.
     */
    private static final class ReadAhead {
        private final long limit;
        private long held;

        ReadAhead(long limit) {
            this.limit = limit;
        }

        /** Waits until {@code records} may be queued for {@code reading}; returns the chunk to queue. */
        Chunk admit(InputReading reading, List<BibliographicRecord> records) throws InterruptedException {
            // estimated outside the monitor, which every reader and the calling thread share
            long bytes = limit > 0 && !reading.head ? estimatedBytes(records) : 0;
            synchronized (this) {
                while (true) {
                    if (reading.queued < QUEUED_CHUNKS) {
                        reading.queued++;
                        return new Chunk(records, 0);
                    }
                    if (!reading.head && limit > 0 && held + bytes <= limit) {
                        held += bytes;
                        reading.queued++;
                        return new Chunk(records, bytes);
                    }
                    wait();
                }
            }
        }

        /** The calling thread took {@code chunk} from {@code reading}'s queue. */
        synchronized void taken(InputReading reading, Chunk chunk) {
            reading.queued--;
            held -= chunk.budgeted();
            notifyAll();
        }
    }

    /** An upper estimate of what records hold on the heap: two bytes a char, and the objects around the strings. */
    private static long estimatedBytes(List<BibliographicRecord> records) {
        long bytes = 0;
        for (BibliographicRecord r : records) {
            bytes += 256 + size(r.id()) + size(r.pmid()) + size(r.doi()) + size(r.pmcid()) + size(r.title())
                    + size(r.journal()) + size(r.authors()) + size(r.publicationTypes()) + size(r.meshTerms())
                    + size(r.keywords()) + 64L * r.origins().size();
            for (var section : r.sections()) {
                bytes += 32 + size(section.label()) + size(section.text());
            }
            for (var entry : r.metadata().entrySet()) {
                bytes += 48 + size(entry.getKey()) + size(entry.getValue());
            }
        }
        return bytes;
    }

    private static long size(String s) {
        return s == null ? 0 : 48 + 2L * s.length();
    }

    private static long size(List<String> strings) {
        long bytes = 24 + 8L * strings.size();
        for (String s : strings) {
            bytes += size(s);
        }
        return bytes;
    }

    /** One input read on a reader thread. */
    private final class InputReading implements Runnable {
        final Path file;
        final String displayName;
        final BlockingQueue<Chunk> queue = new LinkedBlockingQueue<>();
        /** Chunks in the queue; changed under the read-ahead's monitor, read without it by {@link InputStage#backlogged}. */
        volatile int queued;
        /** True once the calling thread drains this input: it reads ahead no more than its first chunks. */
        volatile boolean head;
        /** True once nothing more of this input will be read: its last chunk is queued, END comes next. */
        volatile boolean ended;
        final ProblemLog inputLog = new ProblemLog();
        Future<?> future;
        volatile String sourceName;
        /** While no source is chosen, which one is being asked whether it reads the file: a stuck one is named (P3). */
        volatile String inspecting;
        volatile long returned;
        /** The largest record number the origins of the records returned give; 0 where the source numbers none. */
        long lastNumbered;
        volatile boolean readToEnd;
        volatile long declared = -1;
        volatile boolean failedPartWay;
        volatile List<Deletion> deleted = List.of();
        long unaccounted;
        /** Parts of a damaged gzip file that a source skipped as broken records: counted in its one input error, not as records. */
        long damagedParts;
        /** Whether the input's warning that its source left the thread interrupted was given. */
        private boolean toldLeftInterrupted;

        InputReading(Path file) {
            this.file = file;
            this.displayName = plan.shown(file);
        }

        @Override
        public void run() {
            try {
                read();
            } catch (InterruptedException e) {
                if (closing) {
                    Thread.currentThread().interrupt();
                    return; // the run is being stopped: nobody waits for this input any more
                }
                // a wait of the reading interrupted by a source that left its thread interrupted: the input fails, the run goes on
                inputLog.add(new Problem(Problem.Kind.INPUT_ERROR, sourceName, displayName, recordAfterTheLast(), 0, null,
                        "reading was interrupted, though the run was not stopped: " + sourceLeftItsThreadInterrupted()));
            } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
                inputLog.add(new Problem(Problem.Kind.INPUT_ERROR, sourceName, displayName, recordAfterTheLast(), 0, null,
                        "reading failed unexpectedly: " + e));
                LOG.debug("Reading {} failed", displayName, e);
            } catch (Error e) {
                // Java's own failure (out of memory), not this input's: it ends the run, which says so as a command does
                // (HeapExhaustion), where an input error let a run that had lost this input's records go on and succeed
                ended = true;
                queue.add(Chunk.END);
                throw e;
            }
            ended = true;
            queue.add(Chunk.END);
        }

        private void read() throws InterruptedException {
            FileVersion before = FileVersion.of(file);
            PathSourceInput input = new PathSourceInput(file, displayName);
            if (input.problem() != null) {
                inputLog.add(new Problem(Problem.Kind.INPUT_ERROR, null, displayName, 0, 0, null, input.problem()));
                return;
            }
            String empty = input.emptiness();
            if (empty != null) {
                // the same words whatever its name, since no source can tell the format of nothing
                inputLog.add(new Problem(Problem.Kind.WARNING, null, displayName, 0, 0, null, empty));
                readToEnd = true; // it holds nothing more to read: a store may mark it applied
                return;
            }
            // told before any source reads it, unless the user forced one on it (a source that reads such packages: the review of
            // the session's change, Q4)
            String archive = plan.forcedBy(file) == null ? input.archive() : null;
            if (archive != null) {
                inputLog.add(new Problem(Problem.Kind.INPUT_ERROR, null, displayName, 0, 0, null, archive));
                return;
            }
            RunPlan.SourceChoice choice = plan.sourceFor(input, asked -> inspecting = "being inspected by source " + asked.name()
                    + " (plugin " + asked.pluginId() + " " + asked.pluginVersion() + ")");
            choice.defects().forEach(inputLog::add);
            LoadedExtension<Source> source = choice.source();
            if (source == null) {
                String hint = input.unreadHint();
                inputLog.add(new Problem(Problem.Kind.INPUT_ERROR, null, displayName, 0, 0, null, "no source reads this file"
                        + (hint == null ? "" : " (" + hint + ")") + "; sources tried: " + names(plan.sources(), choice.leftOut())
                        + unreadAdvice));
                return;
            }
            sourceName = source.name();
            ExtensionRunContext context = new ExtensionRunContext(source.name(), plan.optionsOf(source.name()), inputLog, wantsMetadata);
            Thread thread = Thread.currentThread();
            thread.setContextClassLoader(source.classLoader());
            Stream<BibliographicRecord> records = null;
            try {
                records = source.extension().read(input, context);
                if (records == null) {
                    // in the engine's words it was "Cannot invoke Stream.iterator() because records is null" (an explorer's s21)
                    throw new IllegalStateException("read returned null where a stream of records is expected (an empty stream"
                            + " when the file holds none)");
                }
                Iterator<BibliographicRecord> it = records.iterator();
                List<BibliographicRecord> chunk = new ArrayList<>(CHUNK);
                while (true) {
                    BibliographicRecord record;
                    try {
                        if (!it.hasNext()) {
                            break;
                        }
                        BibliographicRecord next = it.next();
                        if (next == null) {
                            throw new IllegalStateException("its stream of records held a null where a record is expected");
                        }
                        // control characters and unpaired surrogates never reach extraction or any output (offsets kept: one char for one)
                        record = RecordText.cleaned(next);
                    } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
                        // a plugin's defect, an Error as often as not (a class its zip lacks, a failed assertion): the
                        // records returned before it are kept, where one escaping the loop lost those not yet queued
                        sourceFailed(source, e);
                        break;
                    }
                    clearLeftInterrupt(source);
                    returned++;
                    if (record.origins().isEmpty()) {
                        // the file and the record's place in it, so that its problems and every output name where it was read
                        // (an explorer's F7: a record a source gave no origin named no file anywhere)
                        record = record.withOrigins(List.of(new Origin(source.name(), displayName, returned + inputLog.count(Problem.Kind.SKIPPED_RECORD), 0)));
                    }
                    for (Origin origin : record.origins()) {
                        lastNumbered = Math.max(lastNumbered, origin.recordNumber());
                    }
                    if (inputLog.warningsWaiting()) {
                        inputLog.identifyWarnings(record); // the source's warnings about this record get its id
                    }
                    chunk.add(record);
                    if (chunk.size() == CHUNK) {
                        queue.add(readAhead.admit(this, chunk));
                        chunk = new ArrayList<>(CHUNK);
                    }
                }
                // a source may leave the flag in its last hasNext, which the last chunk's wait for room would take for a stop
                // (the review of session 33, S1: that chunk's records were lost, counted as unaccounted)
                clearLeftInterrupt(source);
                if (!chunk.isEmpty()) {
                    queue.add(readAhead.admit(this, chunk));
                }
                // A truncated .gz: the source kept what came before the damage and reports it, but the file was not read to its end;
                // nor was it when the source lost part of its deletion list.
                readToEnd = !failedPartWay && !input.cutShort() && !context.lostDeletions();
                String bomb = input.inflationStop();
                GzipDamage damage = input.damage();
                if (bomb != null) {
                    stoppedPartWay(bomb, InflationLimit.STOP, false);
                } else if (damage != null && damage.checksumOnly()) {
                    readDamaged(damage);
                } else if (damage != null) {
                    stoppedPartWay(damage.getMessage(), GzipDamage.DAMAGED, true);
                }
                declared = context.declaredRecords();
                deleted = context.deletions();
                if (before != null && !before.equals(FileVersion.of(file))) {
                    // Rewritten under the reader (an export still downloading, a corpus made again): what was read may
                    // mix both versions, and the source's own count may be of either. Not applied to a store.
                    readToEnd = false;
                    inputLog.add(new Problem(Problem.Kind.INPUT_ERROR, sourceName, displayName, 0, 0, null,
                            "changed while it was read (its size or time is not what it was when reading began): what was read"
                                    + " may mix two versions of the file; run again once nothing writes to it"));
                }
            } catch (IOException | RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
                if (records != null) {
                    if (e instanceof Error error) {
                        throw error;
                    }
                    throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
                }
                sourceFailed(source, e); // the source could not open the input
            } finally {
                closeQuietly(records, source);
            }
        }

        /**
         * Clears an interruption of this thread: the run's stop, rethrown, or else one the source's own code left (no stop of
         * the run, which waits for this input's end), told once and cleared so that reading goes on (the review of session
         * 25, A1: taken for a stop, the reading ended without it, and the run waited for ever).
         */
        private void clearLeftInterrupt(LoadedExtension<Source> source) throws InterruptedException {
            if (Thread.interrupted()) {
                if (closing) {
                    throw new InterruptedException(); // the run is being stopped
                }
                leftInterrupted(source);
            }
        }

        /**
         * Reports that the gzip data stopped the file part-way, at the inflation bound (a gzip bomb) or
         * at damage, as one input error. The source met the stop as damage in its own words, perhaps
         * more than once (a reader that resumes reopens the file), as a skipped record or a warning:
         * echoes of the file's one error, which says what it was. The record it stopped inside was
         * never whole, so it is not counted skipped either.
         *
         * @param stop   what stopped reading, ending the message
         * @param marker how {@code stop}'s message starts, in the echoes
         * @param placed whether the input error takes the smallest line an echo names (for the XML source, where the
         *               damaged record starts); a bomb's is not placed, as its stop falls where the ratio passed the bound,
         *               which says nothing of the file's content
         */
        private void stoppedPartWay(String stop, String marker, boolean placed) {
            long line = placed ? inputLog.problems().stream().filter(p -> p.message().contains(marker) && p.line() > 0)
                    .mapToLong(Problem::line).min().orElse(0) : 0;
            inputLog.removeIf(p -> p.message().contains(marker));
            inputLog.add(new Problem(Problem.Kind.INPUT_ERROR, sourceName, displayName, recordAfterTheLast(), line, null,
                    stoppedAfter() + stop));
        }

        /**
         * Reports a gzip file whose damage inflated to other bytes, found only by the checksum at its
         * end, as one input error. The file was read to its end, and from the damage on its text was
         * not what was written: the parts of it a source skipped as broken records, and its warnings
         * from the first of them on (a reader resuming at the next record), are the damage's echoes,
         * not records of the file, so they are folded into the error, counted there, and counted
         * neither read nor skipped. The error stands where the first of them does.
         *
         * @param damage damage that only the checksum found
         */
        private void readDamaged(GzipDamage damage) {
            inputLog.removeIf(p -> p.message().contains(GzipDamage.DAMAGED));
            Problem first = inputLog.problems().stream().filter(p -> p.kind() == Problem.Kind.SKIPPED_RECORD && p.line() > 0)
                    .min(Comparator.comparingLong(Problem::line)).orElse(null);
            String damaged = damage.whatFailed();
            if (first == null) {
                inputLog.add(new Problem(Problem.Kind.INPUT_ERROR, sourceName, displayName, 0, 0, null,
                        damaged + ", so the " + Plural.count(returned, "record") + " read may hold damaged text: download or export it again"));
                return;
            }
            Predicate<Problem> echo = p -> (p.kind() == Problem.Kind.SKIPPED_RECORD || p.kind() == Problem.Kind.WARNING)
                    && p.line() >= first.line();
            long parts = inputLog.problems().stream().filter(echo.and(p -> p.kind() == Problem.Kind.SKIPPED_RECORD)).count();
            long warnings = inputLog.problems().stream().filter(echo.and(p -> p.kind() == Problem.Kind.WARNING)).count();
            inputLog.removeIf(echo);
            damagedParts = parts;
            inputLog.add(new Problem(Problem.Kind.INPUT_ERROR, sourceName, displayName, first.recordNumber(), first.line(), null,
                    damaged + ": from here on the text is not what was written: " + Plural.count(parts, "part")
                            + " of it that looked like " + (parts == 1 ? "a record was broken and is not counted as a record"
                                    : "records were broken and are not counted as records")
                            + (warnings == 0 ? "" : "; " + Plural.count(warnings, "warning") + " about them left out")
                            + ", and the " + Plural.count(returned, "record") + " read may hold damaged text: download or export it again"));
        }

        /**
         * Records that reading stopped. An I/O failure is the file's (damaged, truncated, gone) and
         * says so in its own words; any other exception is a defect of the source, so its class is
         * kept and the plugin named. Either way the records returned before are kept.
         */
        /** {@code record 12} or {@code its start}: where the reading is, for a line saying it is slow. */
        String handedOnWords() {
            long read = returned + inputLog.count(Problem.Kind.SKIPPED_RECORD);
            return read == 0 ? "its start" : "record " + read;
        }

        /** Warns, once for the input, that the source's code left the reading thread interrupted, which reading then cleared. */
        private void leftInterrupted(LoadedExtension<Source> source) {
            if (!toldLeftInterrupted) {
                toldLeftInterrupted = true;
                inputLog.add(new Problem(Problem.Kind.WARNING, sourceName, displayName, 0, 0, null,
                        sourceLeftItsThreadInterrupted() + " (plugin " + source.pluginId() + "); reading went on"));
            }
        }

        private String sourceLeftItsThreadInterrupted() {
            return LeftInterruption.told("source", sourceName, "its authors");
        }

        private void sourceFailed(LoadedExtension<Source> source, Throwable e) {
            failedPartWay = true;
            String unbundled = ProvidedClasses.unbundledHint(e); // a library it uses but does not bundle (the review of session 32, B1)
            String why = e instanceof IOException || e instanceof UncheckedIOException ? message(e)
                    : "source " + source.name() + " (plugin " + source.pluginId() + ") failed unexpectedly, a defect to report to"
                            + " its authors: " + e + (unbundled == null ? "" : " (" + unbundled + ")");
            if (why.startsWith(displayName + ": ")) {
                why = why.substring(displayName.length() + 2); // the problem names the file; a source's message often does too
            }
            inputLog.add(new Problem(Problem.Kind.INPUT_ERROR, sourceName, displayName, recordAfterTheLast(), 0, null,
                    stoppedAfter() + why));
            LOG.debug("Source {} failed on {}", sourceName, displayName, e);
        }

        /**
         * {@code reading stopped after 5 records: }, the records read so far being those returned and those skipped, as
         * the run counts them read (an explorer's F1: the skipped ones were left out, "after 3 records" beside "Read 5
         * records"); {@code cannot be read: } when there is none.
         */
        private String stoppedAfter() {
            long read = returned + inputLog.count(Problem.Kind.SKIPPED_RECORD);
            return read == 0 ? "cannot be read: " : "reading stopped after " + Plural.count(read, "record") + ": ";
        }

        /**
         * The number of the record that reading stopped at: the one after the last read, returned or skipped, by the
         * numbers the source gave them where it numbers records (it may number past records it neither returned nor
         * skipped), else by the count of both; 0 (no record) when none was read, since then the input as a whole could
         * not be read and a "record 1" would blame a first record that may not exist.
         */
        private long recordAfterTheLast() {
            long read = returned + inputLog.count(Problem.Kind.SKIPPED_RECORD);
            if (read == 0) {
                return 0;
            }
            long last = Math.max(lastNumbered, inputLog.problems().stream().filter(p -> p.kind() == Problem.Kind.SKIPPED_RECORD)
                    .mapToLong(Problem::recordNumber).max().orElse(0));
            return (last > 0 ? last : read) + 1;
        }

        private void closeQuietly(Stream<BibliographicRecord> records, LoadedExtension<Source> source) {
            if (records == null) {
                return;
            }
            try {
                records.close();
            } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
                // a problem of the input, in run.json, where it was a log line (and an Error a false "reading failed" of
                // records all kept: an explorer's F15)
                inputLog.add(new Problem(Problem.Kind.WARNING, source.name(), displayName, 0, 0, null, (e instanceof UncheckedIOException
                        // the file's or the system's, perhaps, but named with the source that closed it, as the doc says (the
                        // review of session 30, P4)
                        ? "the file did not close cleanly (source " + source.name() + ", plugin " + source.pluginId() + "): " + message(e)
                        : "source " + source.name() + " (plugin " + source.pluginId() + ") did not close the file cleanly, a defect to report"
                                + " to its authors: " + e) + "; the records read are kept"));
                LOG.debug("Source {} did not close {} cleanly", source.name(), displayName, e);
            }
        }

        /** Called on the consuming thread once END was taken: moves this input's problems into the run's log. */
        InputSummary finish() throws InterruptedException {
            try {
                future.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("reading " + displayName + " failed unexpectedly", e.getCause());
            }
            String forcedBy = plan.forcedBy(file);
            if (forcedBy != null && returned == 0 && sourceName != null) {
                // forced on a file it keeps nothing from: any file (a .netrc), whose lines its source quoted
                inputLog.replaceAll(QuotedLines.hidden(new PathSourceInput(file, displayName), inputLog.problems()));
            }
            List<Problem> problems = inputLog.problems();
            long skipped = inputLog.count(Problem.Kind.SKIPPED_RECORD);
            if (forcedBy != null && readToEnd && returned == 0 && sourceName != null) {
                // an empty file chose no source: its warning says all (the code review of session 26, C4: "read as null")
                return notInThatFormat(problems, skipped, forcedBy);
            }
            if (declared >= 0 && declared != returned + skipped + damagedParts) {
                unaccounted = Math.max(0, declared - returned - skipped - damagedParts);
                inputLog.add(new Problem(Problem.Kind.INPUT_ERROR, sourceName, displayName, 0, 0, null,
                        "the file holds " + Plural.count(declared, "record") + " by the source's own count, but " + returned + " "
                                + (returned == 1 ? "was" : "were") + " read and " + skipped + " skipped: " + (unaccounted > 0 ? unaccounted + " unaccounted for"
                                // more than it counted: nothing is missing, the count or the reading is wrong (an explorer's F10)
                                : (returned + skipped + damagedParts - declared) + " more than it counted")));
            }
            inputLog.problems().forEach(log::add);
            inputLog.notices().forEach(log::notice);
            return new InputSummary(displayName, null, sourceName, returned + skipped + unaccounted, skipped);
        }

        /**
         * A file that a source forced on it (the one source of -s or of the pipeline file's sources:, or
         * chosen for it in the pipeline file) read to its end without keeping a record: an input
         * error, as when nothing can read it. When the source skipped everything it took for a
         * record, the file is in another format (a forced MEDLINE source takes each paragraph of an
         * abstract-text export for a broken record): those are not records, so the file counts none
         * read and none skipped, and its one problem says how many parts were skipped and why the
         * first was, in place of one skipped-record problem per part.
         */
        private InputSummary notInThatFormat(List<Problem> problems, long skipped, String forcedBy) {
            readToEnd = false; // not read: a run of only such files fails, and a store does not mark it applied
            String message = "read as " + sourceName + " (" + forcedBy + "), it gave no record: is it in that format?";
            if (skipped > 0) {
                Problem first = problems.stream().filter(p -> p.kind() == Problem.Kind.SKIPPED_RECORD).findFirst().orElseThrow();
                message = "read as " + sourceName + " (" + forcedBy + "), it gave no record: the file does not look like " + sourceName
                        + " (" + sourceName + (skipped == 1 ? " skipped the one part it took for a record" : " skipped all "
                        + Plural.count(skipped, "part") + " it took for records; the first")
                        + (first.line() > 0 ? ", at line " + first.line() : "") + ": " + first.message() + ")";
            }
            // the user's forcing is the likelier mistake than the file: say how to let the content choose (the review of session
            // 30, K2: the advice quoted was the source's, "a text export joined to a MEDLINE one?", for a clean Abstract export)
            message += forcedBy.equals(RunPlan.FORCED_BY_OPTION) ? "; without -s, each file's source is chosen by what the file holds"
                    : forcedBy.equals(RunPlan.FORCED_BY_PIPELINE_SOURCES) ? "; without the pipeline file's sources:, each file's source is chosen by"
                    + " what the file holds" : "";
            problems.stream().filter(p -> p.kind() != Problem.Kind.SKIPPED_RECORD).forEach(log::add);
            log.add(new Problem(Problem.Kind.INPUT_ERROR, sourceName, displayName, 0, 0, null, message));
            inputLog.notices().forEach(log::notice);
            return new InputSummary(displayName, null, sourceName, 0, 0);
        }
    }

    /**
     * The sources, those left out of the file's choice for a defect (their look at it threw, or scored it off the scale)
     * marked so (an explorer's F11: the file, not the source, seemed at fault); the input's warning says which defect.
     */
    private static String names(List<LoadedExtension<Source>> sources, Set<String> leftOut) {
        return sources.isEmpty() ? "none (no source plugin is loaded)" : String.join(", ", sources.stream()
                .map(s -> leftOut.contains(s.name()) ? s.name() + " (left out for a defect: see its warning)" : s.name()).toList());
    }

    /** A file's size and time of last change, to tell whether it changed while it was read. */
    private record FileVersion(long size, FileTime modified) {

        /** The file's version now; null when it cannot be read (reading it reports why). */
        static FileVersion of(Path file) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                return new FileVersion(attributes.size(), attributes.lastModifiedTime());
            } catch (IOException e) {
                return null;
            }
        }
    }

    private static String message(Throwable e) {
        if (e instanceof UncheckedIOException wrapper && wrapper.getCause() != null && String.valueOf(wrapper.getCause()).equals(e.getMessage())) {
            return message(wrapper.getCause()); // new UncheckedIOException(cause) says "java.io.IOException: ..." (an explorer's F6)
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
