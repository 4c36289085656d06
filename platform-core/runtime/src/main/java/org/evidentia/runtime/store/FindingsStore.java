package org.evidentia.runtime.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sqlite.SQLiteConfig;

/**
 * A findings store: one SQLite file holding records with their identities and versions, their
 * findings with provenance, and the runs and input files that made them, kept up to date input by
 * input (docs/scale.md describes its tables, docs/architecture.md why SQLite).
 *
 * <p>One process at a time changes a store: opening one takes the lock file {@code .NAME.lock}
 * beside it (kept), and a second opening is refused while the first holds it. Readers outside
 * Evidentia (R, Python, the sqlite3 shell) may read it at any time. Not thread-safe: a store is
 * used by one thread, or by the writer thread of its {@link StoreRecorder} while a run records.
 */
public final class FindingsStore implements AutoCloseable {

    private final Path file;
    private final Connection db;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private FindingsStore(Path file, Connection db, FileChannel lockChannel, FileLock lock) {
        this.file = file;
        this.db = db;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * Opens the store in {@code file}, making a new one when the file does not exist. Runs that a
     * kill stopped part-way are marked {@code interrupted} in the run log (the inputs they finished
     * stay applied).
     *
     * @throws StoreException when the file is not a store, is locked by another run, or cannot be opened
     */
    public static FindingsStore open(Path file) throws StoreException {
        Path absolute = file.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            throw new StoreException("store " + file + " is a folder; give a file name such as review.db");
        }
        if (parent != null && !Files.isDirectory(parent)) {
            throw new StoreException("store " + file + ": the folder " + parent + " does not exist");
        }
        FileChannel channel;
        FileLock lock;
        try {
            channel = FileChannel.open(parent.resolve("." + absolute.getFileName() + ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
        } catch (IOException e) {
            throw new StoreException("store " + file + " cannot be locked: " + e.getMessage(), e);
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new StoreException("store " + file + " is in use by another Evidentia run; wait for it to end");
        }
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            config.setTempStore(SQLiteConfig.TempStore.MEMORY);
            config.setCacheSize(-65536); // 64 MiB of pages
            config.setBusyTimeout(10_000);
            Connection db = DriverManager.getConnection("jdbc:sqlite:" + absolute, config.toProperties());
            try {
                StoreSchema.prepare(db, file.toString());
                try (Statement s = db.createStatement()) {
                    s.executeUpdate("UPDATE runs SET status = 'interrupted' WHERE status = 'running'");
                    s.executeUpdate("DELETE FROM files WHERE status = 'applying'"); // never committed; here only if SQLite kept a torn write
                }
            } catch (SQLException | StoreException e) {
                db.close();
                throw e;
            }
            return new FindingsStore(absolute, db, channel, lock);
        } catch (SQLException e) {
            releaseQuietly(lock, channel);
            throw new StoreException("store " + file + " cannot be opened: " + e.getMessage(), e);
        } catch (StoreException e) {
            releaseQuietly(lock, channel);
            throw e;
        }
    }

    /** The store's file. */
    public Path file() {
        return file;
    }

    /**
     * An input file as the store applied it.
     *
     * @param path   as shown in the run that applied it
     * @param sha256 its checksum
     * @param runId  the run that applied it
     */
    public record AppliedFile(String path, String sha256, long runId) {
    }

    /**
     * The files applied to their end, by checksum (the latest application of each). A file whose
     * problems, or whose run's own problems, failed its run (only {@code --strict} fails a run that
     * applied files for its problems) does not count: its records are in the store, but the next run
     * applies it again, and fails again while the problems last.
     */
    public Map<String, AppliedFile> appliedFiles() throws StoreException {
        Map<String, AppliedFile> applied = new LinkedHashMap<>();
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT f.path, f.sha256, f.run_id FROM files f JOIN runs r ON r.run_id = f.run_id"
                     + " WHERE f.status = 'applied' AND f.sha256 IS NOT NULL"
                     + " AND NOT (r.status = 'failed' AND (f.problems IS NOT NULL OR r.problems IS NOT NULL)) ORDER BY f.file_id")) {
            while (rs.next()) {
                applied.put(rs.getString(2), new AppliedFile(rs.getString(1), rs.getString(2), rs.getLong(3)));
            }
        } catch (SQLException e) {
            throw new StoreException("store " + file + " cannot be read: " + e.getMessage(), e);
        }
        return applied;
    }

    /**
     * A recorder for one run that applies its inputs to this store.
     *
     * @param command what made the run ({@code run}, {@code import})
     * @param skipped the inputs left out because they were applied before, for the run's log
     */
    public StoreRecorder recorder(String command, List<AppliedFile> skipped) {
        return new StoreRecorder(this, db, command, skipped);
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
        return new IOException("findings store " + file + ": " + what + " it: " + e.getMessage(), e);
    }

    @Override
    public void close() throws StoreException {
        try {
            db.close();
        } catch (SQLException e) {
            throw new StoreException("store " + file + " cannot be closed: " + e.getMessage(), e);
        } finally {
            releaseQuietly(lock, lockChannel);
        }
    }

    private static void releaseQuietly(FileLock lock, FileChannel channel) {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel releases it too
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing was written through it
        }
    }
}
