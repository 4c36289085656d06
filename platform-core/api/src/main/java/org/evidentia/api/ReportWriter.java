package org.evidentia.api;

import java.io.Closeable;
import java.io.IOException;

/**
 * One reporter's output of one run, written as the run flows; made by {@link Reporter#start}.
 *
 * <p><b>Order.</b> The runtime calls {@link #record} once for every kept record, in the run's
 * deterministic order (input order, duplicates merged into their first copy), then {@link #finish}
 * once, then {@link #close} once. When the run stops early, {@code finish} is not called but
 * {@code close} still is, a run stopped by Ctrl-C or {@code kill} too (it is given 10 seconds to
 * unwind; {@code kill -9} ends the process with nothing called). The run's writers finish at the same time, each on a thread of its own (as
 * many at once as the run has threads; a report from a findings store, as the machine has cores),
 * and each is closed on the thread that finished it, all with one summary made before the first
 * starts: a reporter that fails while finishing is told to none of them (see
 * {@link RunSummary#failure()}), and a writer must not wait for another's files. A file name that two
 * writers create as they finish fails both once they have ended, whichever asked first (a name created
 * in {@link Reporter#start} is refused to any other at once).
 *
 * <p><b>Threading.</b> A writer is called by one thread at a time, each call happening before the
 * next, though not always on the same thread; different reporters' writers may be called at the same
 * time from different threads. A writer need not be thread-safe.
 *
 * <p><b>Memory.</b> A run may hold millions of records: keep only what you must (a count, the
 * records with findings), and spool what is large to {@link ReportContext#scratchFolder()}.
 *
 * <p><b>Failure.</b> An exception from any call fails this reporter: its files are not part of
 * the run's output (which still replaces the previous run's, this reporter's files included), the
 * run is reported failed, and the other reporters go on.
 *
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public interface ReportWriter extends Closeable {

    /**
     * Receives one kept record with its study design and its findings (possibly none).
     *
     * @param record the record and what the run made of it
     * @throws IOException if writing fails
     */
    default void record(RecordFindings record) throws IOException {
    }

    /**
     * Receives the run's summary and synthesis after the last record. Write what needs the whole
     * run here. The summary's problems are those met up to now (reporters' own failures come later).
     *
     * <p>Experimental, as {@link Synthesis} is: a minor version may change what it receives.
     *
     * @param summary   what the run read, with which plugins and options, its counts and problems
     * @param synthesis the synthesis of the findings, kind by kind
     * @throws IOException if writing fails
     */
    @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
    void finish(RunSummary summary, Synthesis synthesis) throws IOException;

    /** Releases what the writer holds (open files, spools). Always called, last. */
    @Override
    default void close() throws IOException {
    }
}
