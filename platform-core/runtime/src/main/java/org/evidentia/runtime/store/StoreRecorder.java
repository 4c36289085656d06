package org.evidentia.runtime.store;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.evidentia.api.RecordFindings;
import org.evidentia.api.RunSummary;
import org.evidentia.api.RunSummary.Duplicate;
import org.evidentia.api.RunSummary.Problem;
import org.evidentia.api.Synthesis;
import org.evidentia.runtime.engine.Fingerprints;
import org.evidentia.runtime.engine.RunRecorder;
import org.evidentia.runtime.exclusion.ExcludedId;
import org.evidentia.runtime.exclusion.ExclusionList;
import org.evidentia.runtime.exclusion.ExclusionTally;
import org.evidentia.runtime.text.Plural;
import org.evidentia.runtime.threads.DaemonThreads;

/**
 * Records one run into the findings store as it flows: each input is applied in one transaction
 * that commits when the input ends, so the store holds whole inputs only. A run killed at any
 * moment leaves every input it finished applied (and found by its checksum next time) and nothing
 * of the input it was in.
 *
 * <p>The engine's thread hands each record to encoding threads (JSON, hashes, compression: most of
 * the cost, spread over every core) and, in order, over a small queue to a writer thread of the
 * store's own that writes them, so the store costs the run's thread little.
 * Made by {@link FindingsStore#recorder}; one run only.
 */
public final class StoreRecorder implements RunRecorder {

    private static final int QUEUED = 512;
    private static final Object ABORT = new Object();
    /** SQLite's primary result code for a full disk or database ({@code SQLITE_FULL}). */
    private static final int SQLITE_FULL = 13;

    private final FindingsStore store;
    private final Connection db;
    private final StoreRunSettings settings;
    /** The checksums of the inputs to apply, by the file each is ({@link InputIdentity}), where the caller knows them beforehand. */
    private final Map<String, String> digests;
    /** The search each input retrieved from ({@code pubmed:QUERY}), by the file it is ({@link InputIdentity}); others are known by their file. */
    private final Map<String, String> retrievedFrom;
    /** Texts of later inputs kept against older inputs applied again ({@code --force}), as the writer met them. */
    private final List<LaterTextKept> keptTexts = new ArrayList<>();
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUED);
    /** Encoding (JSON, hashes, compression) is most of a record's cost: it runs on every core, the writer only writes. */
    private final ExecutorService encoders;
    private final ThreadLocal<RecordCodec> codecs = ThreadLocal.withInitial(RecordCodec::new);
    private final List<FileApplied> applied = new ArrayList<>();
    private final Changes totals = new Changes();
    private Thread writer;
    private volatile Throwable failure;
    /** Why writing failed ({@link #writeFailure()}), without the store's name; null while it has not. */
    private volatile String writeFailure;
    /** Why the writer could not answer {@link #problemsOfTheWhole}, for the run log; null while it has not failed to. */
    private volatile String questionFailure;
    /** Why the caller gave the run up before its end ({@link #abortedBy}), for the run log; null while it has not. */
    private volatile String abortion;
    /** The input being applied, as the writer began it; null between inputs. */
    private volatile String applying;
    /** Set from a shutdown hook's thread when Java is stopped ({@link #interruptedBy}); null otherwise. */
    private volatile String stoppedBy;
    /** Why the store's run log could not record how the run ended (a full disk, say); null when it did. */
    private IOException endFailure;
    private long runId = -1;
    private boolean finished;
    private boolean closed;
    private List<String> configurationChanges = List.of();
    /** Of the inputs applied, those the next run applies again since their problems failed this run; set by {@link #failed}. */
    private int filesAppliedAgain;
    /** This run's applications, for the records absent from inputs applied again; written by the writer thread. */
    private final List<AbsentRecords.Application> applications = new ArrayList<>();
    /** Written by the writer thread as the run ends, read after {@link #finish} (which joins it); so is {@link #absent}. */
    private ExclusionOutcome exclusionOutcome = ExclusionOutcome.NONE;
    private List<AbsentRecords.Absent> absent = List.of();
    /** Why {@link #absent} could not be found, or null; written and read as {@link #absent} is. */
    private String absentUnknown;
    /**
     * The answer the writer gave to {@link #problemsOfTheWhole}, kept out of the run's saved problems: a report of the
     * store works them out again from the list it keeps then, so a list mended later leaves no stale warning behind.
     */
    private List<Problem> wholeProblems = List.of();
    /**
     * The tally behind {@link #wholeProblems}, reused as the run ends: of the list given, or else the store's own, which is
     * the list the store keeps after the run (the one given replaces its own, id for id), with no record changed since the
     * writer made it. Null while none was made.
     */
    private ExclusionTally wholeTally;

    /**
     * The store's exclusion list after the run, and what the run did to it.
     *
     * @param list      the list the store keeps now; null when it keeps none
     * @param setByRun  the run that set it
     * @param given     whether this run gave a list ({@code --exclude}), which replaced the store's
     * @param changes   what this run changed in it
     * @param excluded  the store's records it excludes, by reason
     * @param unmatched its ids that match no record the store holds
     */
    public record ExclusionOutcome(ExclusionList list, long setByRun, boolean given, StoredExclusions.Changes changes,
                                   RunSummary.Exclusions excluded, List<ExcludedId> unmatched) {
        static final ExclusionOutcome NONE = new ExclusionOutcome(null, 0, false, StoredExclusions.Changes.NONE,
                RunSummary.Exclusions.NONE, List.of());

        /** How many ids this run added to the list. */
        public int added() {
            return changes.added().size();
        }

        /** How many ids this run took off the list. */
        public int removed() {
            return changes.removed().size();
        }

        /** How many ids this run listed with another reason. */
        public int reasonChanged() {
            return changes.changed().size();
        }
    }

    /** What one input did to the store. */
    record FileApplied(String path, String sha256, FileStatus status, long records, long kept, long deletions, Changes changes) {

        /** How many of {@code files} have a status that {@code counted} accepts. */
        static int count(List<FileApplied> files, Predicate<FileStatus> counted) {
            return (int) files.stream().filter(f -> counted.test(f.status())).count();
        }
    }

    private record Finish(RunSummary summary) {
    }

    /** A question for the writer thread, answered in its turn: after every item put before it is applied. */
    private record Question(CompletableFuture<List<Problem>> answer) {
    }

    /** A record on its way to the writer, being encoded on one of the encoding threads. */
    private record Pending(RecordFindings record, Future<RecordCodec.Encoded> encoded) {
    }

    StoreRecorder(FindingsStore store, Connection db, StoreRunSettings settings) {
        this.store = store;
        this.db = db;
        this.settings = settings;
        this.digests = byFile(settings.digests());
        this.retrievedFrom = byFile(settings.searchesByFile());
        this.encoders = DaemonThreads.pool("evidentia-store-encode", Runtime.getRuntime().availableProcessors());
    }

    /** The same values, keyed by the file each path is ({@link InputIdentity}). */
    private static Map<String, String> byFile(Map<String, String> byPath) {
        Map<String, String> byFile = new LinkedHashMap<>();
        byPath.forEach((path, value) -> byFile.put(InputIdentity.of(path), value));
        return byFile;
    }

    /** The store's exclusion list after the run, and what the run did to it; read after the run finished. */
    public ExclusionOutcome exclusions() {
        return exclusionOutcome;
    }

    /**
     * The records the store holds from earlier applications of an input this run applied again that the input no longer
     * holds, by input ({@link AbsentRecords}); read after the run finished.
     */
    public List<AbsentRecords.Absent> absentRecords() {
        return absent;
    }

    /** Why {@link #absentRecords()} is not known this run (an earlier application's ids that cannot be read), or null. */
    public String absentRecordsUnknown() {
        return absentUnknown;
    }

    /** The run's number in the store's {@code runs} table, once started. */
    public long runId() {
        return runId;
    }

    @Override
    public String key() {
        return "store";
    }

    @Override
    public void started(RunStart run) throws IOException {
        try {
            db.setAutoCommit(true);
            // a run that applies nothing (its inputs applied before, or the exclusion list alone) extracts nothing: no mixture
            configurationChanges = settings.appliesNothing() ? List.of() : ConfigurationChanges.since(db, run);
            if (settings.refusesConfigurationChanges() && !configurationChanges.isEmpty()) {
                throw new IllegalArgumentException("--strict refuses to apply inputs under another configuration than the store's: "
                        + String.join(" ", configurationChanges) + " Nothing was applied: without --strict the run applies its inputs"
                        + " under its own configuration.");
            }
            try (PreparedStatement s = db.prepareStatement("INSERT INTO runs (command, status, started_at, evidentia_version, run_date,"
                    + " plugins, options, kinds, files_skipped, fingerprints, forced_inputs) VALUES (?, 'running', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, settings.command());
                s.setString(2, now());
                s.setString(3, run.evidentiaVersion());
                s.setString(4, run.runDate().toString());
                s.setString(5, StoreJson.plugins(run.plugins()));
                s.setString(6, StoreJson.options(run.options()));
                s.setString(7, StoreJson.kinds(run.kinds(), run.extractors()));
                s.setLong(8, settings.appliedBefore().size());
                // none for a run recorded elsewhere (an import), which knows neither
                s.setString(9, run.fingerprints().equals(Fingerprints.NONE) && run.optionFiles().isEmpty() ? null
                        : StoreJson.fingerprints(run.fingerprints(), run.optionFiles()));
                s.setString(10, settings.forced() ? StoreJson.strings(settings.digests().values().stream().sorted().toList()) : null);
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    runId = keys.getLong(1);
                }
            }
            db.setAutoCommit(false);
        } catch (SQLException e) {
            throw store.failure("cannot start a run in", e);
        }
        writer = DaemonThreads.thread(this::write, "evidentia-store");
        writer.start();
    }

    /** The store keeps everything the run reads: once it cannot be written (a full disk), reading on is for nothing. */
    @Override
    public boolean stopsTheRunWhenItFails() {
        return true;
    }

    @Override
    public void record(RecordFindings record) throws IOException {
        rethrow();
        put(new Pending(record, encoders.submit(() -> codecs.get().encode(record))));
    }

    @Override
    public void inputEnded(InputEnd input) throws IOException {
        put(input);
    }

    @Override
    public void finish(RunSummary summary, Synthesis synthesis) throws IOException {
        put(new Finish(summary));
        join();
        encoders.shutdownNow();
        rethrow();
        finished = true;
    }

    /**
     * The ids of the exclusion list the store will keep (the one given, else its own) that match no record it holds,
     * this run's records among them, as one warning: under {@code --strict} the run fails on it, as a plain run does on
     * an id that matches none of its records. A run-wide problem (no file), but not one the store keeps with the run:
     * every run works it out again from the list it then keeps, one that applies no input too, so a run that failed on it
     * fails again while the list is not mended, and needs no input applied again for that.
     */
    @Override
    public List<Problem> problemsOfTheWhole() throws IOException {
        Question question = new Question(new CompletableFuture<>());
        put(question);
        while (true) {
            try {
                List<Problem> answer = question.answer().get(1, TimeUnit.SECONDS);
                rethrow(); // answered while draining after a failure: the failure is the answer
                return answer;
            } catch (TimeoutException e) {
                if (!writer.isAlive() && !question.answer().isDone()) { // stopped by a failure before it came to the question
                    rethrow();
                    return List.of();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while recording into " + store.file());
            } catch (ExecutionException e) {
                throw new IOException(store.file() + ": " + e.getCause().getMessage(), e.getCause());
            }
        }
    }

    private List<Problem> unmatchedExclusions() throws SQLException {
        ExclusionList list = settings.exclusions();
        if (list == null) {
            StoredExclusions.Kept kept = StoredExclusions.read(db);
            list = kept == null ? null : kept.list();
        }
        if (list == null || list.exclusions().isEmpty()) {
            return List.of();
        }
        wholeTally = StoredExclusions.tally(db, list);
        // an id of a record an update deleted since is no mistyped one: the store knows which input deleted it (the review of
        // session 25, L10: it was told "a mistyped id, or a record this review does not hold")
        Map<ExcludedId, String> deletedBy = StoredExclusions.deletedBy(db, wholeTally.unmatched());
        List<Problem> problems = new ArrayList<>();
        ExclusionTally.unmatchedMessages("the exclusion list " + list.file(), wholeTally.unmatched(), deletedBy, "no record the store holds")
                .forEach(message -> problems.add(new Problem(Problem.Kind.WARNING, null, null, 0, 0, null, message)));
        wholeProblems = List.copyOf(problems);
        return wholeProblems;
    }

    /** Of {@code ids}, those naming a record an input deleted, each with the input (its path) whose deletion is remembered. */
    /**
     * How this run's extractors and their options differ from those of the store's last run that
     * applied inputs: each difference one sentence naming both (empty when they agree, or for a new
     * store). A store keeps what each record's last extraction found, so a run under another
     * configuration makes a store whose records were extracted in two ways; the run goes on, and says so.
     */
    public List<String> configurationChanges() {
        return configurationChanges;
    }

    /**
     * Marks the run failed in the store's run log, with the reason the run gives, and counts the inputs it applied that
     * the next run applies again for it ({@link #filesAppliedAgain()}).
     */
    public void failed(String reason) throws IOException {
        try {
            db.setAutoCommit(true);
            try (PreparedStatement s = db.prepareStatement("UPDATE runs SET status = 'failed', failure = ? WHERE run_id = ?")) {
                s.setString(1, reason);
                s.setLong(2, runId);
                s.executeUpdate();
            }
            String ofThisRun = runId + "\t";
            filesAppliedAgain = (int) FindingsStore.filesAppliedAgain(db).stream().filter(f -> f.startsWith(ofThisRun)).count();
        } catch (SQLException | IOException e) {
            throw store.failure("cannot record the failure in", e);
        }
    }

    /**
     * Marks this run, when it is closed before its end, {@code interrupted} (with this reason and the
     * input it was applying) instead of {@code failed}: Java is being stopped (Ctrl-C, SIGTERM), and
     * the run's thread is about to be interrupted. Thread-safe: called from a shutdown hook.
     */
    public void interruptedBy(String reason) {
        stoppedBy = reason;
    }

    /**
     * Tells why the caller gives this run up before its end, so that the run log keeps it as the run's failure when the
     * recorder is closed unfinished, instead of "the run stopped before its end" (an import that met a damaged part of its
     * job's output; an explorer's F14). A failure of the store's own writing, told by the writer, comes first.
     */
    public void abortedBy(String reason) {
        abortion = reason;
    }

    /**
     * Why writing into the store failed, when it did: what failed (a full disk is said so), the input
     * being applied, how many inputs this run applied before it (kept), and what to do; without the
     * store's name. Null while writing has not failed.
     */
    public String writeFailure() {
        return writeFailure;
    }

    /**
     * Whether the store's run log records how this run ended, once closed: false when the store
     * could not be written even for that (a disk still full), so that the run shows as {@code running}
     * until the next run marks it {@code interrupted}.
     */
    public boolean endLogged() {
        return endFailure == null;
    }

    /** Why the store's run log could not record how this run ended ({@link #endLogged()}); null when it did. */
    public IOException endFailure() {
        return endFailure;
    }

    /**
     * Ends the run: when it did not finish, the input in progress is rolled back (the inputs it finished
     * stay applied) and the run is marked {@code failed}, or {@code interrupted} ({@link #interruptedBy}),
     * with the reason. Works on an interrupted thread (a stopped run closes too), whose interruption it keeps.
     */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        boolean interrupted = Thread.interrupted(); // cleared while closing: waiting for the writer must not be cut short
        try {
            if (writer != null && writer.isAlive()) {
                // Inputs the run finished before it stopped are still committed; the one in progress is not.
                queue.put(ABORT);
                join();
            }
            encoders.shutdownNow(); // after the writer: it waits for the records already handed over
            if (runId >= 0 && !finished) {
                logEnd();
            }
        } catch (InterruptedException e) {
            interrupted = true;
            throw new InterruptedIOException("interrupted while closing the run in " + store.file());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Marks the run that did not finish failed or interrupted in the store's run log. */
    private void logEnd() throws IOException {
        String stop = stoppedBy;
        String reason = stop != null ? stop + " " + whereStopped() + "; the same command without --force goes on from there"
                : writeFailure != null ? writeFailure
                : failure != null ? String.valueOf(failure.getMessage())
                : abortion != null ? abortion
                : questionFailure != null ? questionFailure : "the run stopped before its end";
        try {
            toAutoCommit();
            try (PreparedStatement s = db.prepareStatement("UPDATE runs SET status = ?, finished_at = ?,"
                    + " failure = " + (stop != null ? "?" : "coalesce(failure, ?)") + " WHERE run_id = ? AND status = 'running'")) {
                s.setString(1, stop != null ? "interrupted" : "failed");
                s.setString(2, now());
                s.setString(3, reason);
                s.setLong(4, runId);
                s.executeUpdate();
            }
        } catch (SQLException e) {
            endFailure = store.failure("cannot close the run in", e);
            throw endFailure;
        }
    }

    /**
     * Ends the transaction in progress, if any, without committing it, and leaves the connection
     * committing each statement. A commit that failed for a full disk was rolled back by SQLite itself,
     * and the driver's rollback and change of mode then fail for want of a transaction: the log of the
     * run's end must not fail with them (it did, and the run stayed {@code running}).
     */
    private void toAutoCommit() throws SQLException {
        try {
            db.rollback();
        } catch (SQLException noTransaction) {
            // rolled back by SQLite already
        }
        try {
            db.setAutoCommit(true);
        } catch (SQLException noTransaction) {
            if (!db.getAutoCommit()) {
                throw noTransaction;
            }
        }
    }

    /** The searches of this run that found no record, so gave no file to apply. */
    public List<String> emptySearches() {
        return settings.emptySearches();
    }

    /**
     * {@code while applying F: the 3 inputs this run applied before it are kept, nothing of this one}, or where the run was
     * between inputs: where a run stopped now would be left, as its run log says it.
     */
    public String whereStopped() {
        String input = applying;
        int kept = filesApplied();
        if (input == null) {
            return String.format(java.util.Locale.ROOT, "after this run applied %s, which are kept", Plural.count(kept, "input"));
        }
        return String.format(java.util.Locale.ROOT, "while applying %s: the %s this run applied before it %s kept, nothing of this one",
                input, Plural.count(kept, "input"), kept == 1 ? "is" : "are");
    }

    @Override
    public void writeValue(JsonGenerator json) throws IOException {
        new StoreSection(store.file(), runId, settings, totals, applied, configurationChanges, laterTextsKept(), exclusionOutcome, absent,
                store.totals()).write(json);
    }

    /**
     * The records whose stored text an input of this run left standing because a later input wrote it
     * for the same version (the input, applied again with {@code --force}, was first applied before
     * that one): retractions first, then in the order met. Their findings are those of the later
     * text's extraction; this run did not re-extract them. Read after the run finished.
     */
    public List<LaterTextKept> laterTextsKept() {
        List<LaterTextKept> ordered = new ArrayList<>(keptTexts.stream().filter(LaterTextKept::retracted).toList());
        keptTexts.stream().filter(k -> !k.retracted()).forEach(ordered::add);
        return ordered;
    }

    /** What this run did to the store so far. */
    public ChangeCounts changes() {
        return totals.snapshot();
    }

    /** The inputs this run applied, read to their end or part-way. */
    public int filesApplied() {
        return FileApplied.count(applied, FileStatus::applied);
    }

    /** The inputs this run read part-way (cut short, say): among {@link #filesApplied()}, with status {@code partial}. */
    public int filesPartial() {
        return FileApplied.count(applied, status -> status == FileStatus.PARTIAL);
    }

    /** The inputs of this run that no source read (unreadable, empty, or of no format a source reads): not applied. */
    public int filesUnread() {
        return FileApplied.count(applied, status -> status == FileStatus.UNREAD);
    }

    /**
     * Of {@link #filesApplied()}, those the next run applies again, since their problems, or the run's own, failed this
     * run (under {@code --strict}): 0 for a run not marked {@link #failed}.
     */
    public int filesAppliedAgain() {
        return filesAppliedAgain;
    }

    /**
     * What else this run's inputs came to, in brackets to follow the count of those applied ({@link InputTally#besides}):
     * read part-way, not read, every record skipped, to be applied again, and {@code appliedBefore}, applied before.
     */
    public String besidesApplied(int appliedBefore) {
        return InputTally.besides(filesPartial(), filesUnread(), filesUnkept(), filesAppliedAgain, appliedBefore);
    }

    /** The inputs of this run whose every record read was skipped, with no deletion: not applied, with status {@code unkept}. */
    public int filesUnkept() {
        return FileApplied.count(applied, status -> status == FileStatus.UNKEPT);
    }

    /** The ids of the records this run added, revised, re-extracted and deleted, the first {@value Changes#IDS_KEPT} of each in the order met. */
    public ChangedIds changedIds() {
        return totals.ids();
    }

    /** Ids of records a run changed, by change, each list in the order met. */
    public record ChangedIds(List<String> added, List<String> revised, List<String> reextracted, List<String> deleted) {
    }

    private void put(Object item) throws IOException {
        rethrow();
        if (writer == null) {
            throw new IllegalStateException("the store's recorder was not started");
        }
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while recording into " + store.file());
        }
    }

    private void join() throws IOException {
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while recording into " + store.file());
        }
    }

    private void rethrow() throws IOException {
        Throwable t = failure;
        if (t != null) {
            throw t instanceof IOException io ? io : new IOException(store.file() + ": " + t.getMessage(), t);
        }
    }

    /** The writer thread: applies records input by input, committing at each input's end. */
    private void write() {
        FileInProgress file = null;
        Object item = null;
        try (RecordApplier applier = new RecordApplier(db)) {
            while (true) {
                item = queue.take();
                if (item == ABORT) {
                    db.rollback();
                    return;
                }
                if (item instanceof Finish finish) {
                    keptTextsRewrittenByThisRunLeftOut();
                    finishRun(finish.summary());
                    db.commit();
                    return;
                }
                if (item instanceof Question question) {
                    try {
                        question.answer().complete(unmatchedExclusions());
                    } catch (SQLException | RuntimeException e) {
                        questionFailure = "cannot read which ids of the exclusion list match no record (" + e.getMessage() + ")";
                        question.answer().completeExceptionally(e); // a reading that fails fails the run, and writes nothing
                    }
                    continue;
                }
                if (file == null) {
                    file = beginFile(item instanceof Pending p && !p.record().record().origins().isEmpty()
                            ? p.record().record().origins().get(0).file() : ((InputEnd) item).summary().path());
                }
                if (item instanceof Pending pending) {
                    applier.apply(pending.record(), encoded(pending), file.id, file.firstApplied, file.changes);
                    file.ids.add(pending.record().record().id());
                } else if (item instanceof InputEnd end) {
                    file.ids.addAll(end.mergedIds()); // held by the input, though merged into a copy another input held first
                    applier.delete(end.deleted(), file.id, file.changes);
                    // the copies the run merged, under the id the store holds their record by now
                    List<Duplicate> duplicates = end.duplicates().stream()
                            .map(d -> new Duplicate(applier.heldAs(d.recordId()), d.origins())).toList();
                    FileApplied done = endFile(file, end, duplicates);
                    db.commit();
                    totals.add(done.changes()); // counted once committed: a commit that fails (a full disk) applied nothing
                    done.changes().moveIdsTo(totals);
                    applied.add(done);
                    applying = null;
                    keptTexts.addAll(applier.takeKeptTexts()); // committed: the input's kept texts are the store's now
                    file = null;
                }
            }
        } catch (InterruptedException e) {
            failure = e;
            rollbackQuietly();
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly();
            writeFailure = writeFailure(e);
            failure = new IOException("findings store " + store.file() + ": " + writeFailure, e);
            if (item != ABORT && !(item instanceof Finish)) {
                drain();
            }
        }
    }

    /**
     * What failed, where, what is kept and what to do: a full disk (SQLite's {@code SQLITE_FULL}, which
     * it gives for ENOSPC and for its own size limit) is the common case on a long-running store.
     */
    private String writeFailure(Exception e) {
        boolean full = e instanceof SQLException sql && (sql.getErrorCode() & 0xff) == SQLITE_FULL;
        String what = full ? "no space left on device" : "cannot write to the store (" + e.getMessage() + ")";
        return what + " " + (applying == null ? "as it ended the run, " : "") + whereStopped()
                + (full ? "; free space and run the same command again without --force (it skips the inputs applied and goes on from there)"
                        : "; once the cause is mended, the same command without --force goes on from there");
    }

    private static RecordCodec.Encoded encoded(Pending pending) throws InterruptedException {
        try {
            return pending.encoded().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("record " + pending.record().record().id() + " cannot be encoded: " + e.getCause(), e.getCause());
        }
    }

    /**
     * Leaves out of the texts kept those of records a later input of this same run wrote again: a forced run of every input
     * in order, the documented step after an upgrade, re-extracts them with the input that wrote them, and told to apply that
     * input again with --force (the review of session 27, V9). One query a record kept, after the last input.
     */
    private void keptTextsRewrittenByThisRunLeftOut() throws SQLException {
        if (keptTexts.isEmpty()) {
            return;
        }
        try (PreparedStatement writer = db.prepareStatement("SELECT f.run_id FROM records r JOIN files f ON f.file_id = r.file_id"
                + " WHERE r.record_id = ?")) {
            for (java.util.Iterator<LaterTextKept> kept = keptTexts.iterator(); kept.hasNext(); ) {
                writer.setString(1, kept.next().recordId());
                try (ResultSet rs = writer.executeQuery()) {
                    if (rs.next() && rs.getLong(1) == runId) {
                        kept.remove();
                    }
                }
            }
        }
    }

    /** After a failure, takes what the run still hands over until it finishes or aborts, so it never blocks. */
    private void drain() {
        try {
            while (true) {
                Object item = queue.take();
                if (item == ABORT || item instanceof Finish) {
                    return;
                }
                if (item instanceof Question question) {
                    question.answer().complete(List.of()); // the failure is the run's problem, told as it is
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void rollbackQuietly() {
        try {
            db.rollback();
        } catch (SQLException ignored) {
            // the failure being reported says more
        }
    }

    private static final class FileInProgress {
        final long id;
        /** The store's first application of this input's content: {@link #id} unless it was applied before (forced). */
        final long firstApplied;
        final Changes changes = new Changes();
        /** The ids of the records this application holds, each once, in order: kept as {@code files.record_ids}. */
        final java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>();

        FileInProgress(long id, long firstApplied) {
            this.id = id;
            this.firstApplied = firstApplied;
        }
    }

    private FileInProgress beginFile(String path) throws SQLException {
        applying = path;
        long id;
        try (PreparedStatement s = db.prepareStatement("INSERT INTO files (run_id, path, status, applied_at) VALUES (?, ?, '" + FileStatus.APPLYING.sql() + "', ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setLong(1, runId);
            s.setString(2, path);
            s.setString(3, now());
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        String sha = digests.get(InputIdentity.of(path));
        if (sha == null) {
            return new FileInProgress(id, id); // not known beforehand: taken for a new input, whose texts are the latest
        }
        try (PreparedStatement s = db.prepareStatement("SELECT min(file_id) FROM files WHERE sha256 = ? AND status IN " + FileStatus.APPLIED_SQL)) {
            s.setString(1, sha);
            try (ResultSet rs = s.executeQuery()) {
                long first = rs.next() ? rs.getLong(1) : 0;
                return new FileInProgress(id, first > 0 ? first : id);
            }
        }
    }

    /** Writes the input's row and the run's counts as they are once the input's transaction commits; returns what the input did. */
    private FileApplied endFile(FileInProgress file, InputEnd end, List<Duplicate> duplicates) throws SQLException {
        Changes c = file.changes;
        long kept = end.kept();
        if (c.kept() != kept) {
            throw new IllegalStateException(end.summary().path() + ": " + kept + " records were kept but " + c.kept() + " applied");
        }
        FileStatus status = FileStatus.of(end);
        try (PreparedStatement s = db.prepareStatement("UPDATE files SET path = ?, real_path = ?, sha256 = ?, source = ?, status = ?, records = ?,"
                + " skipped = ?, unaccounted = ?, merged = ?, added = ?, revised = ?, reextracted = ?, unchanged = ?, superseded = ?,"
                + " duplicate = ?, deletions = ?, deleted = ?, deletions_unmatched = ?, problems = ?, record_ids = ?, input = ?"
                + " WHERE file_id = ?")) {
            int i = 1;
            s.setString(i++, end.summary().path());
            s.setString(i++, InputIdentity.of(end.summary().path())); // shown as given, known by the file it is
            s.setString(i++, end.summary().sha256());
            s.setString(i++, end.summary().source());
            s.setString(i++, status.sql());
            s.setLong(i++, end.summary().records());
            s.setLong(i++, end.summary().skipped());
            s.setLong(i++, end.unaccounted());
            s.setLong(i++, end.merged());
            i = bindChanges(s, i, c);
            s.setLong(i++, end.deleted().size());
            s.setLong(i++, c.deleted);
            s.setLong(i++, c.deletionsUnmatched);
            s.setString(i++, end.problems().isEmpty() ? null : StoreJson.problems(end.problems()));
            s.setBytes(i++, AbsentRecords.encode(file.ids));
            String realPath = InputIdentity.of(end.summary().path());
            String search = retrievedFrom.get(realPath);
            s.setString(i++, search);
            s.setLong(i, file.id);
            s.executeUpdate();
            String identity = AbsentRecords.identity(search, realPath);
            if (AbsentRecords.appliedBefore(db, runId, identity)) {
                // only an input applied before can have lost records; the ids of the others are not held for the run's end
                applications.add(new AbsentRecords.Application(file.id, identity, search != null ? search : end.summary().path(),
                        status == FileStatus.APPLIED, Set.copyOf(file.ids)));
            }
        }
        // with the input, in its transaction: written at the run's end, the copies of inputs a stopped run had applied were
        // lost, and the run that went on skipped those inputs (the review of session 19, D9)
        try (PreparedStatement s = db.prepareStatement("INSERT INTO merged_copies (run_id, record_id, origins) VALUES (?, ?, ?)")) {
            for (Duplicate d : duplicates) {
                s.setLong(1, runId);
                s.setString(2, d.recordId());
                s.setString(3, StoreJson.origins(d.origins()));
                s.executeUpdate();
            }
        }
        Changes runTotals = new Changes();
        runTotals.add(totals);
        runTotals.add(c);
        totals.copyIdsTo(runTotals);
        c.copyIdsTo(runTotals);
        try (PreparedStatement s = db.prepareStatement("UPDATE runs SET files_applied = ?, records_added = ?, records_revised = ?,"
                + " records_reextracted = ?, records_unchanged = ?, records_superseded = ?, records_duplicate = ?, records_deleted = ?,"
                + " deletions_unmatched = ?, notices = ?, changed_ids = ? WHERE run_id = ?")) {
            int i = 1;
            s.setLong(i++, filesApplied() + (status.applied() ? 1 : 0));
            i = bindChanges(s, i, runTotals);
            s.setLong(i++, runTotals.deleted);
            s.setLong(i++, runTotals.deletionsUnmatched);
            s.setString(i++, StoreJson.strings(end.notices()));
            s.setString(i++, StoreJson.changedIds(runTotals.ids()));
            s.setLong(i, runId);
            s.executeUpdate();
        }
        return new FileApplied(end.summary().path(), end.summary().sha256(), status, end.summary().records(), kept, end.deleted().size(), c);
    }

    /** Binds added ... duplicate from parameter {@code i} on. */
    private static int bindChanges(PreparedStatement s, int i, Changes c) throws SQLException {
        s.setLong(i++, c.added);
        s.setLong(i++, c.revised);
        s.setLong(i++, c.reextracted);
        s.setLong(i++, c.unchanged);
        s.setLong(i++, c.superseded);
        s.setLong(i++, c.duplicate);
        return i;
    }

    private void finishRun(RunSummary summary) throws SQLException {
        List<Problem> runProblems = summary.problems().stream().filter(p -> p.file() == null && !wholeProblems.contains(p)).toList();
        try (PreparedStatement s = db.prepareStatement("UPDATE runs SET status = 'complete', finished_at = ?, notices = ?, problems = ?"
                + " WHERE run_id = ?")) {
            s.setString(1, now());
            s.setString(2, StoreJson.strings(summary.notices()));
            s.setString(3, runProblems.isEmpty() ? null : StoreJson.problems(runProblems));
            s.setLong(4, runId);
            s.executeUpdate();
        }
        StoredExclusions.Changes changes = settings.exclusions() == null ? StoredExclusions.Changes.NONE
                : StoredExclusions.replace(db, settings.exclusions(), runId);
        StoredExclusions.Kept kept = StoredExclusions.read(db);
        if (kept != null) {
            ExclusionTally tally = wholeTally != null ? wholeTally : StoredExclusions.tally(db, kept.list());
            exclusionOutcome = new ExclusionOutcome(kept.list(), kept.runId(), settings.exclusions() != null, changes, tally.exclusions(),
                    tally.unmatched());
        } else if (settings.exclusions() != null) {
            exclusionOutcome = new ExclusionOutcome(null, runId, true, changes, RunSummary.Exclusions.NONE, List.of());
        }
        try {
            absent = AbsentRecords.find(db, runId, applications, skippedBatches(), settings.emptySearches(),
                    kept == null ? null : kept.list());
        } catch (IOException e) {
            // only a notice rides on these ids: a damaged list of one earlier application must not fail the run that applied its inputs
            absentUnknown = "the records that left an input applied again are not told this run: the ids an earlier application"
                    + " of it held cannot be read (" + e.getMessage() + ")";
        }
    }

    /** The batch files of searches that this run left out, as the store applied their bytes before. */
    private List<AbsentRecords.SkippedBatch> skippedBatches() {
        List<AbsentRecords.SkippedBatch> skipped = new ArrayList<>();
        for (FindingsStore.AppliedFile file : settings.appliedBefore()) {
            String search = retrievedFrom.get(InputIdentity.of(file.path()));
            if (search != null) {
                skipped.add(new AbsentRecords.SkippedBatch(search, file.sha256(), file.runId()));
            }
        }
        return skipped;
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
