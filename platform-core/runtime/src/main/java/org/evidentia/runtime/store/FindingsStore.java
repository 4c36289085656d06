package org.evidentia.runtime.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.evidentia.runtime.output.LockFile;
import org.sqlite.SQLiteConfig;

/**
 * A findings store: one SQLite file holding records with their identities and versions, their
 * findings with provenance, and the runs and input files that made them, kept up to date input by
 * input (docs/scale.md describes its tables, docs/architecture.md why SQLite).
 *
 * <p>One process at a time changes a store: opening one to change it ({@link #open}) takes the lock
 * file {@code .NAME.lock} beside it (deleted on closing; see {@link LockFile}), and a second
 * opening is refused while the first holds it. Reports open it read-only ({@link #openForReading})
 * without that lock: SQLite's write-ahead log lets readers read while a run writes, each reader
 * seeing the store as it was when its read began. Readers outside Evidentia (R, Python, the
 * sqlite3 shell) may read it at any time. Not thread-safe: a store is used by one thread, or by the
 * writer thread of its {@link StoreRecorder} while a run records.
 */
public final class FindingsStore implements AutoCloseable {

    private final StoreFile file;
    private final Connection db;
    /** Null when reading. */
    private final LockFile lock;
    /** This opening made the file: it is removed again on closing when no run was recorded in it. */
    private final boolean created;
    /** Read by a user who may write the store and its folder: SQLite's files beside it are removed on closing when no one else uses it. */
    private final boolean tidyOnClose;
    /** Read as an unchanging file ({@code immutable=1}): damage found may be a run writing it meanwhile. */
    private final boolean readAsUnchanging;
    /** The read-only connection's URI, by which a reading looks at the store as it is now; null when opened to be changed. */
    private final String readUri;

    /** What the store's log says of a run that never closed the store, marked interrupted by the next one to open it. */
    static final String TAKEN_OVER = "ended without closing the store (killed, or the machine stopped): marked interrupted by the next run";
    /** The runs this opening found unfinished and marked interrupted; empty for most. */
    private List<TakenOverRun> runsTakenOver = List.of();

    /**
     * A run of the store that had not finished when it was opened to apply inputs (killed, or the machine stopped).
     *
     * @param run            the run, as its log names it: {@code run 6 (started 2026-02-01T03:00:00Z)}
     * @param inputsApplied  the inputs it had applied (each in a transaction of its own), which stay applied
     */
    public record TakenOverRun(String run, long inputsApplied) {
    }

    /**
     * The runs of the store that had not finished when it was opened to apply inputs, which the opening marked interrupted;
     * empty when there were none or the store was opened to be read.
     */
    public List<TakenOverRun> runsTakenOver() {
        return runsTakenOver;
    }

    private FindingsStore(StoreFile file, Connection db, LockFile lock, boolean created, boolean tidyOnClose, boolean readAsUnchanging,
                          String readUri) {
        this.file = file;
        this.db = db;
        this.lock = lock;
        this.created = created;
        this.tidyOnClose = tidyOnClose;
        this.readAsUnchanging = readAsUnchanging;
        this.readUri = readUri;
    }

    /**
     * Opens the store in {@code file} to change it, making a new one when the file does not exist
     * (or is empty). Runs that a kill stopped part-way are marked {@code interrupted} in the run log
     * (the inputs they finished stay applied). A new store in which no run was recorded when it is
     * closed (the run was refused) is removed again.
     *
     * @throws StoreException when the file is not a store, is locked by another run, has another name (a hard link), or
     *                        cannot be opened
     */
    public static FindingsStore open(Path file) throws StoreException {
        StoreFile store = StoreFile.of(file);
        Path absolute = store.path();
        Path parent = store.folder();
        if (Files.isDirectory(absolute)) {
            throw new StoreException("store " + file + " is a folder; give a file name such as review.db");
        }
        if (parent != null && !Files.isDirectory(parent)) {
            throw new StoreException("store " + file + ": " + (Files.exists(parent) ? parent + " is a file, not a folder"
                    : "the folder " + parent + " does not exist"));
        }
        boolean existed = Files.exists(absolute);
        boolean asideUnwritable = Files.exists(store.wal()) && !Files.isWritable(store.wal())
                || Files.exists(store.shm()) && !Files.isWritable(store.shm());
        if (existed && !Files.isWritable(absolute) || !Files.isWritable(parent) || asideUnwritable) {
            throw new StoreException("store " + file + " cannot be changed: " + store.unwritable()
                    + (existed ? "; `evidentia report --store " + file + "` can still read it" : ""));
        }
        int names = existed ? store.names() : 1;
        if (names > 1) {
            // the review of session 32, L1: a second name made with ln (or cp -al, a "backup") took a lock of its own, and two
            // runs through the two names damaged the store
            throw new StoreException("store " + file + " cannot be changed: its file has " + names + " names (hard links, as ln or"
                    + " cp -al make), and runs through two names would change it at once and damage it; a link is no backup, as"
                    + " every run changes the one file: remove the other names, and back the store up with cp; `evidentia report"
                    + " --store " + file + "` can still read it");
        }
        Path lockFile = lockFile(store);
        Optional<LockFile> held;
        try {
            held = LockFile.tryLock(lockFile);
        } catch (IOException e) {
            throw new StoreException("store " + file + " cannot be locked: " + lockFile + ": " + (Files.isSymbolicLink(lockFile)
                    ? "it is a symbolic link, and Evidentia does not open its lock files through links; remove the link" : StoreFile.reason(e)), e);
        }
        LockFile lock = held.orElseThrow(() -> new StoreException("store " + file + " is in use by another Evidentia run; wait for it to end"));
        boolean created = !Files.exists(absolute);
        if (!created) {
            try {
                store.check(true);
            } catch (StoreException e) {
                releaseQuietly(lock);
                throw e;
            }
        }
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            config.setTempStore(SQLiteConfig.TempStore.MEMORY);
            config.setCacheSize(-65536); // 64 MiB of pages
            config.setBusyTimeout(10_000);
            Connection db = DriverManager.getConnection("jdbc:sqlite:" + absolute, config.toProperties());
            List<TakenOverRun> unfinished = new ArrayList<>();
            try {
                StoreSchema.prepare(db, file.toString());
                try (Statement s = db.createStatement()) {
                    try (ResultSet rs = s.executeQuery("SELECT run_id, started_at, files_applied FROM runs WHERE status = 'running' ORDER BY run_id")) {
                        while (rs.next()) {
                            unfinished.add(new TakenOverRun("run " + rs.getLong(1) + " (started " + rs.getString(2) + ")", rs.getLong(3)));
                        }
                    }
                    // a run that never closed the store (kill -9, the machine stopped): its log said nothing of it, and nor did the run
                    // that took it over (the review of session 25, L3)
                    s.executeUpdate("UPDATE runs SET status = 'interrupted', failure = coalesce(failure, '" + TAKEN_OVER + "')"
                            + " WHERE status = 'running'");
                    s.executeUpdate("DELETE FROM files WHERE status = '" + FileStatus.APPLYING.sql() + "'"); // never committed; here only if SQLite kept a torn write
                }
            } catch (SQLException | StoreException e) {
                db.close();
                throw e;
            }
            FindingsStore opened = new FindingsStore(store, db, lock, created, false, false, null);
            opened.runsTakenOver = List.copyOf(unfinished);
            return opened;
        } catch (SQLException e) {
            removeIfCreated(store, created);
            releaseQuietly(lock);
            throw store.failure("opened", e);
        } catch (StoreException e) {
            removeIfCreated(store, created);
            releaseQuietly(lock);
            throw e;
        }
    }

    /**
     * Why a store holds no applied input: no run has applied one, or the last run stopped before its first (an explorer's
     * note: a run killed while reading its first input left a store whose report told nothing of that run).
     */
    private static String whyNothingApplied(Connection db, Path file) throws SQLException {
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT run_id, command, status, started_at FROM runs ORDER BY run_id DESC LIMIT 1")) {
            if (rs.next() && !rs.getString(3).equals("complete")) {
                String state = switch (rs.getString(3)) {
                    case "interrupted" -> "was interrupted";
                    case "failed" -> "failed";
                    default -> "is marked running (it may be applying its first input now, or it was killed)";
                };
                return String.format(Locale.ROOT, "its last run (run %d, evidentia %s, started %s) %s before it applied an input;"
                        + " run the same command again, then report", rs.getLong(1), rs.getString(2), rs.getString(4), state);
            }
        }
        return "no run has applied an input to it yet (apply inputs with `evidentia run --store " + file + " INPUTS`)";
    }

    /**
     * Opens the store in {@code file} to read it, as a report does: read-only, without the lock
     * that runs take, and in one read transaction, so that a run applying inputs meanwhile changes
     * nothing this reading sees. Nothing is written into the store, and nothing is left beside it
     * that was not there: SQLite's log files beside the store are removed on closing when this user
     * may write the store and no other program uses it, and a store this user cannot write is read
     * as an unchanging file ({@code immutable=1}) when it has no log, so nothing is made beside it
     * (SQLite would make its files with the store's read-only permissions, and they would stop the
     * next run). A store this user cannot write that has a log is read with it, read-only. Such an
     * unchanging reading cannot see a run that begins writing the store meanwhile (its owner's): the
     * damage it then finds is told as possibly that ({@link StoreFile#readAsUnchanging()}).
     *
     * @throws StoreException when the file is missing, cannot be read, is not a findings store (an
     *                        empty file included), or holds no applied input
     */
    public static FindingsStore openForReading(Path file) throws StoreException {
        return openForReading(file, Files::isWritable);
    }

    /**
     * {@link #openForReading(Path)}, asking {@code writableByThisUser} whether this user may write the
     * store and its folder; a test stands in for another account with it (root may write anything).
     */
    static FindingsStore openForReading(Path file, Predicate<Path> writableByThisUser) throws StoreException {
        StoreFile store = StoreFile.of(file);
        Path absolute = store.path();
        if (!Files.exists(absolute)) {
            throw new StoreException("no findings store " + file + "; make one with `evidentia run --store " + file + " INPUTS`");
        }
        if (Files.isDirectory(absolute)) {
            throw new StoreException("store " + file + " is a folder; give the store's file, such as review.db");
        }
        if (!Files.isReadable(absolute)) {
            throw new StoreException("store " + file + " cannot be read: it is not readable by this user (permission denied)");
        }
        store.check(false);
        boolean walThere = Files.exists(store.wal());
        boolean writable = writableByThisUser.test(absolute) && store.folder() != null && writableByThisUser.test(store.folder());
        // Read-only, SQLite still makes the log's two files beside the store, with the store's permissions. For a
        // store this user cannot write they would be read-only and break the next run: with no log (no run is
        // writing, everything is in the store's file), the store is read as an unchanging file instead.
        boolean immutable = !writable && !walThere;
        String uri = "jdbc:sqlite:file:" + uriPath(absolute) + "?mode=ro" + (immutable ? "&immutable=1" : "");
        try {
            Connection db = DriverManager.getConnection(uri, readOnly().toProperties());
            try {
                db.setAutoCommit(false); // one read transaction: the store as it was when reading began
                StoreSchema.check(db, file.toString());
                try (Statement s = db.createStatement();
                     ResultSet rs = s.executeQuery("SELECT count(*) FROM files WHERE status IN " + FileStatus.APPLIED_SQL)) {
                    if (!rs.next() || rs.getLong(1) == 0) {
                        throw new StoreException("store " + file + " holds nothing to report: " + whyNothingApplied(db, file));
                    }
                }

            } catch (SQLException | StoreException e) {
                db.close();
                throw e;
            }
            return new FindingsStore(store, db, null, false, writable, immutable, uri);
        } catch (SQLException | StoreException e) {
            if (writable) {
                tidy(store);
            }
            throw e instanceof SQLException sql ? store.failure("read", sql, immutable) : (StoreException) e;
        }
    }

    /**
     * Checks every page of a store opened for reading with SQLite's {@code quick_check}, at some 1.5 ms a MB: a little beside
     * a report's reading of every record, which does not read every index. A damaged index (one that lost entries) read as
     * sound, and the report was written, perhaps without what the index lost (the review of the change s33, R4).
     *
     * @throws IOException naming the store and what SQLite found: damage fails the command (exit 1), as damage met while
     *                     reading does; it is no mistake of the command line
     */
    public void checkPages() throws IOException {
        try {
            String damage = quickCheck(db);
            if (damage != null) {
                throw new IOException(readAsUnchanging ? file.unreadable("quick_check: " + damage, null).getMessage()
                        : "store " + file.file() + " is damaged (SQLite's quick_check: " + damage + "): restore it from a backup,"
                        + " or recover what SQLite can with `sqlite3 " + file.file() + " .recover | sqlite3 recovered.db`");
            }
        } catch (SQLException e) {
            StoreException failure = file.failure("read", e, readAsUnchanging);
            throw new IOException(failure.getMessage(), e);
        }
    }

    /**
     * What SQLite's {@code quick_check} finds wrong with the store's pages (its first three lines), or null when nothing. A
     * NULL where a column must hold a value ({@code NULL value in records.content}) is left to the reading, which names the
     * record and what it lacks.
     */
    private static String quickCheck(Connection db) throws SQLException {
        List<String> said = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("PRAGMA quick_check(10)")) {
            while (rs.next()) {
                // a row may hold several lines, after a heading of the database they are of ("*** in database main ***")
                for (String line : rs.getString(1).split("\\R")) {
                    if (!line.equals("ok") && !line.startsWith("*** in database ") && !line.startsWith("NULL value in ") && said.size() < 3) {
                        said.add(line);
                    }
                }
            }
        }
        return said.isEmpty() ? null : String.join("; ", said);
    }

    private static SQLiteConfig readOnly() {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(10_000);
        return config;
    }

    /**
     * Removes the log files SQLite keeps beside the store when no program uses it any more, the way
     * SQLite does itself: a connection that may write, closing as the store's last one, folds the
     * log into the store's file (which changes no content: only committed pages move) and deletes
     * both files; while another program uses the store it leaves them, as it must. A read-only
     * reading cannot do this, so a report would leave them behind, made or kept for its reading.
     */
    private static void tidy(StoreFile store) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.path());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_schema")) {
            rs.next();
        } catch (SQLException ignored) {
            // left for the next run to use; they are the store's own files, with its permissions
        }
    }

    /** A store this opening made, holding no run (the run was refused before it began): removed, so a refusal leaves nothing behind. */
    private static void removeIfCreated(StoreFile store, boolean created) {
        if (!created) {
            return;
        }
        for (Path p : new Path[] {store.path(), store.wal(), store.shm()}) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // an empty store left behind is refused by a report and reused by the next run
            }
        }
    }

    /** The path as an SQLite URI's path: reserved characters and anything outside ASCII percent-encoded. */
    private static String uriPath(Path absolute) {
        StringBuilder out = new StringBuilder();
        for (byte b : absolute.toString().replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "/-._~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    /**
     * The lock file a run or an import holds while it changes the store: {@code .review.db.lock} beside {@code review.db}, the
     * file the path names once links are followed, so that a run through a link to a store held by another is refused as a
     * run through its own name is (the review of session 19, D12: both applied their inputs at once).
     */
    private static Path lockFile(StoreFile store) {
        Path real = store.path();
        try {
            if (Files.exists(real)) {
                real = real.toRealPath(); // every link followed by the system, a folder's too
            } else {
                // a store not made yet, perhaps through a link: each link's target read from the folder the link really is in
                real = real.getParent().toRealPath().resolve(real.getFileName());
                for (int hops = 0; hops < 40 && Files.isSymbolicLink(real); hops++) {
                    Path target = real.getParent().resolve(Files.readSymbolicLink(real));
                    real = target.getParent().toRealPath().resolve(target.getFileName());
                }
            }
        } catch (IOException e) {
            real = store.path(); // a folder not there (refused before) or unreadable: the name as given
        }
        return real.getParent().resolve("." + real.getFileName() + ".lock");
    }

    /**
     * Whether a run or an import holds the store's lock now (is applying inputs to it), as a reading
     * tells it without taking that lock: a run killed part-way left its lock file, but nothing holds it.
     *
     * @throws IOException when the lock file cannot be read, so that it cannot be told
     */
    private boolean changedByARunNow() throws IOException {
        return LockFile.isHeld(lockFile(file));
    }

    /**
     * Whether the run {@code runId}, which this reading's snapshot shows {@code running}, was running when read (it may
     * have ended since), not killed. The lock is looked at only now, not before every reading: a reading that tried the
     * lock for a moment could refuse a run starting in that moment.
     *
     * @throws IOException when the lock file or the store as it is now cannot be read, so that it cannot be told
     */
    boolean changedByARunWhileRead(long runId) throws IOException {
        if (changedByARunNow()) {
            return true;
        }
        // The lock is free. A run logs how it ended before it lets go of the lock, so one that ended since this reading
        // began shows its end in the store as it is now, which a connection of its own reads (this reading's transaction
        // sees the store as it was); a killed run is still running there.
        try (Connection now = DriverManager.getConnection(readUri, readOnly().toProperties());
             PreparedStatement s = now.prepareStatement("SELECT status FROM runs WHERE run_id = ?")) {
            s.setLong(1, runId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && !rs.getString(1).equals("running");
            }
        } catch (SQLException e) {
            throw new IOException("store " + file.path() + " cannot be read as it is now: " + e.getMessage(), e);
        }
    }

    /** The store's file. */
    public Path file() {
        return file.path();
    }

    /**
     * An input file as the store applied it.
     *
     * @param path     as shown in the run that applied it
     * @param sha256   its checksum
     * @param runId    the run that applied it
     * @param realPath the file it is ({@link InputIdentity}); null when not known (a store's row from before format 2)
     */
    public record AppliedFile(String path, String sha256, long runId, String realPath) {

        /** One whose file is not known: an input a run skipped, shown as that run names it. */
        public AppliedFile(String path, String sha256, long runId) {
            this(path, sha256, runId, null);
        }

        /**
         * Whether this application was of the input named {@code name} (as a run shows it, or as a job named it): by that
         * name, or by the file it is, however typed (relative, absolute, through a link: {@link InputIdentity} of
         * {@code file}); true when the file applied is not known. The name comes first: a relative one resolves against the
         * folder of each run or import, and the same name typed in another folder was "applied before under another name",
         * its own (the review of the change s33, R1 and T5).
         */
        public boolean wasOf(String name, String file) {
            return path.equals(name) || realPath == null || realPath.equals(InputIdentity.of(file));
        }
    }

    /**
     * Of the files rows {@code f} of runs {@code r}, those applied again by the next run although their status is
     * {@code applied}: their problems, or their run's own, failed the run ({@code --strict}).
     */
    static final String APPLIED_AGAIN = "(r.status = 'failed' AND (f.problems IS NOT NULL OR r.problems IS NOT NULL))";

    /**
     * The files applied to their end, by checksum (the latest application of each). A file whose
     * problems, or whose run's own problems, failed its run (only {@code --strict} fails a run that
     * applied files for its problems) does not count: its records are in the store, but the next run
     * applies it again, and fails again while the problems last. Nor does an input that a run given {@code --force}
     * was to apply again, stopped before it reached it (interrupted, failed or killed): applied last before that run, it
     * is applied by the next run that is given it, forced or not, which so goes on from where the forced run stopped (an
     * explorer's s22, L4: "the same command without --force goes on from there" skipped every input it had not reached).
     */
    public Map<String, AppliedFile> appliedFiles() throws StoreException {
        Map<String, AppliedFile> applied = new LinkedHashMap<>();
        try (Statement s = db.createStatement()) {
            Set<String> again = filesAppliedAgain(db);
            try (ResultSet rs = s.executeQuery("SELECT f.path, f.sha256, f.run_id, f.real_path FROM files f"
                    + " WHERE f.status = '" + FileStatus.APPLIED.sql() + "' AND f.sha256 IS NOT NULL ORDER BY f.file_id")) {
                while (rs.next()) {
                    if (!again.contains(rs.getLong(3) + "\t" + rs.getString(1))) {
                        applied.put(rs.getString(2), new AppliedFile(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4)));
                    }
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT run_id, forced_inputs FROM runs WHERE forced_inputs IS NOT NULL"
                    + " AND status <> 'complete' ORDER BY run_id")) {
                while (rs.next()) {
                    long forcedRun = rs.getLong(1);
                    for (String sha : StoreJson.strings(rs.getString(2))) {
                        AppliedFile last = applied.get(sha);
                        if (last != null && last.runId() < forcedRun) {
                            applied.remove(sha);
                        }
                    }
                }
            }
        } catch (SQLException | IOException e) {
            throw file.failure("read", e);
        }
        return applied;
    }

    /**
     * The files the next run applies again, each as its run's id, a tab and its path: those {@link #APPLIED_AGAIN} names, and
     * with them the files of the same failed run whose records were merged with theirs ({@code merged_copies}), so that the
     * next run reads them together and merges them as the failed run did. Applied alone, a copy the failed run had merged
     * into another input's record by its title stood beside that record as a second study, and the retry passed (an
     * explorer's s21, D11).
     */
    static Set<String> filesAppliedAgain(Connection db) throws SQLException, IOException {
        Set<String> again = new HashSet<>();
        Set<String> appliedByFailedRuns = new HashSet<>(); // a merge's origins may name a file of an earlier run, or one not applied
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT f.run_id, f.path, " + APPLIED_AGAIN + " FROM files f JOIN runs r ON r.run_id = f.run_id"
                     + " WHERE f.status = '" + FileStatus.APPLIED.sql() + "' AND r.status = 'failed'")) {
            while (rs.next()) {
                String file = rs.getLong(1) + "\t" + rs.getString(2);
                appliedByFailedRuns.add(file);
                if (rs.getBoolean(3)) {
                    again.add(file);
                }
            }
        }
        if (again.isEmpty()) {
            return again;
        }
        List<List<String>> merges = new ArrayList<>(); // each the files of one merged copy's origins, as run id TAB path
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT m.run_id, m.origins FROM merged_copies m JOIN runs r ON r.run_id = m.run_id"
                     + " WHERE r.status = 'failed'")) {
            while (rs.next()) {
                long run = rs.getLong(1);
                merges.add(StoreJson.origins(rs.getString(2)).stream().map(o -> run + "\t" + o.file()).distinct()
                        .filter(appliedByFailedRuns::contains).toList());
            }
        }
        boolean grew = true;
        while (grew) { // a partner's partner too
            grew = false;
            for (List<String> files : merges) {
                if (files.stream().anyMatch(again::contains) && !again.containsAll(files)) {
                    again.addAll(files);
                    grew = true;
                }
            }
        }
        return again;
    }

    /**
     * A file's checksum with the stamp it had before it was hashed.
     *
     * @param stamp  {@link org.evidentia.runtime.input.FileStamp#of}
     * @param sha256 the hex SHA-256 of its bytes
     */
    public record Stamped(String stamp, String sha256) {
    }

    /**
     * The checksums the store keeps for those of {@code stamps}' files whose stamp is the one it kept
     * with the checksum: files that can be known without being read again. Files without a stamp
     * (null) are not looked up.
     *
     * @param stamps each file's stamp, taken now
     * @return the checksum of each file known by its stamp
     */
    public Map<Path, String> digestsByStamp(Map<Path, String> stamps) throws StoreException {
        if (lock == null) {
            throw new IllegalStateException("store " + file.file() + " was opened for reading"); // whose format may predate the table
        }
        Map<Path, String> known = new LinkedHashMap<>();
        try (PreparedStatement s = db.prepareStatement("SELECT stamp, sha256 FROM file_stamps WHERE real_path = ?")) {
            for (Map.Entry<Path, String> stamped : stamps.entrySet()) {
                if (stamped.getValue() == null) {
                    continue;
                }
                s.setString(1, InputIdentity.of(stamped.getKey().toString()));
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next() && rs.getString(1).equals(stamped.getValue())) {
                        known.put(stamped.getKey(), rs.getString(2));
                    }
                }
            }
        } catch (SQLException e) {
            throw file.failure("read", e);
        }
        return known;
    }

    /**
     * Keeps each file's checksum with the stamp it had before it was hashed, in place of what the
     * store kept for that file before, so that the next run that names it unchanged need not read it.
     */
    public void keepStamps(Map<Path, Stamped> hashed) throws StoreException {
        if (lock == null) {
            throw new IllegalStateException("store " + file.file() + " was opened for reading");
        }
        try {
            // one transaction for a folder of files, not one each
            Transaction.run(db, () -> {
                try (PreparedStatement s = db.prepareStatement("INSERT OR REPLACE INTO file_stamps (real_path, stamp, sha256) VALUES (?, ?, ?)")) {
                    for (Map.Entry<Path, Stamped> stamped : hashed.entrySet()) {
                        s.setString(1, InputIdentity.of(stamped.getKey().toString()));
                        s.setString(2, stamped.getValue().stamp());
                        s.setString(3, stamped.getValue().sha256());
                        s.executeUpdate();
                    }
                }
            });
        } catch (SQLException e) {
            throw file.failure("written", e);
        }
    }

    /**
     * A recorder for one run that applies its inputs to this store, told beforehand all the run tells the store
     * ({@link StoreRunSettings}).
     */
    public StoreRecorder recorder(StoreRunSettings settings) {
        if (lock == null) {
            throw new IllegalStateException("store " + file.file() + " was opened for reading");
        }
        return new StoreRecorder(this, db, settings);
    }

    /** The store's records and findings, to be reported again. */
    public StoredRun stored() {
        return new StoredRun(this, db);
    }

    /**
     * What the store holds.
     *
     * @param records  records
     * @param findings findings
     * @param files    input files applied (each application counted)
     * @param runs     runs
     */
    public record Totals(long records, long findings, long files, long runs) {
    }

    public Totals totals() throws IOException {
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM records), (SELECT count(*) FROM findings),"
                     + " (SELECT count(*) FROM files), (SELECT count(*) FROM runs)")) {
            rs.next();
            return new Totals(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
        } catch (SQLException e) {
            throw failure("cannot read", e);
        }
    }

    /** Checks that the store's own bookkeeping agrees with its content; returns what disagrees (empty when all is well). */
    public List<String> check() throws IOException {
        List<String> problems = new java.util.ArrayList<>();
        try (Statement s = db.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM records r WHERE r.findings <> (SELECT count(*) FROM findings f WHERE f.seq = r.seq)")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    problems.add(rs.getLong(1) + " records whose findings count differs from their findings");
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM findings f WHERE NOT EXISTS (SELECT 1 FROM records r WHERE r.seq = f.seq)")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    problems.add(rs.getLong(1) + " findings without their record");
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT coalesce(sum(added), 0) - coalesce(sum(deleted), 0) FROM files")) {
                rs.next();
                long net = rs.getLong(1);
                long records = totals().records();
                if (net != records) {
                    problems.add("the files' log adds " + net + " records net of deletions, but the store holds " + records);
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT path FROM files WHERE records - skipped - unaccounted - merged"
                    + " <> added + revised + reextracted + unchanged + superseded + duplicate")) {
                while (rs.next()) {
                    problems.add(rs.getString(1) + ": its kept records are not all accounted for");
                }
            }
        } catch (SQLException e) {
            throw failure("cannot check", e);
        }
        return problems;
    }

    IOException failure(String what, Exception e) {
        if (e instanceof SQLException sql && lock == null) {
            StoreException reason = file.failure("read", sql, readAsUnchanging); // damage found while reading: say what to do
            return new IOException(reason.getMessage(), e);
        }
        return new IOException("findings store " + file.file() + ": " + what + " it: " + e.getMessage(), e);
    }

    /** A stored record whose content cannot be decoded: what is wrong with it and what to do. */
    IOException damagedRecord(long seq, IOException e) {
        String record = "findings store " + file.file() + ": the record stored as seq " + seq;
        return new IOException(readAsUnchanging ? record + " cannot be read: " + e.getMessage() + "; " + file.readAsUnchanging()
                : record + " is damaged: " + e.getMessage() + "; was the store changed by something other than Evidentia?", e);
    }

    @Override
    public void close() throws StoreException {
        boolean remove = false;
        try {
            if (created) {
                try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM runs")) {
                    remove = rs.next() && rs.getLong(1) == 0;
                }
            }
            if (lock == null) {
                db.rollback(); // the reading's transaction; it wrote nothing
            }
            db.close();
        } catch (SQLException e) {
            throw file.failure("closed", e, readAsUnchanging);
        } finally {
            if (remove) {
                removeIfCreated(file, true);
            }
            if (tidyOnClose) {
                tidy(file);
            }
            if (lock != null) {
                releaseQuietly(lock);
            }
        }
    }

    private static void releaseQuietly(LockFile lock) {
        try {
            lock.close();
        } catch (IOException ignored) {
            // the lock goes with the process at the latest; nothing was written through it
        }
    }
}
