package org.evidentia.runtime.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * A store's file as it lies on disk, looked at before SQLite opens it: SQLite would take an empty
 * file for a new database and write a schema into it, and reports a damaged or foreign file in
 * its own words. Also turns SQLite's failures into messages that name the file and say what to do.
 *
 * @param file the store as the user named it
 * @param path its absolute path
 */
record StoreFile(Path file, Path path) {

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER = 100;

    /** What the first bytes of the file say it is. */
    enum Content { EMPTY, GZIP, NOT_SQLITE, SQLITE }

    /**
     * The header's fields that matter here.
     *
     * @param content       what the file is
     * @param applicationId {@code PRAGMA application_id}
     * @param format        {@code PRAGMA user_version}
     */
    record Header(Content content, int applicationId, int format) {
    }

    static StoreFile of(Path file) {
        return new StoreFile(file, file.toAbsolutePath().normalize());
    }

    Path folder() {
        return path.getParent();
    }

    /**
     * How many names (hard links) the store's file has; 1 where the file system does not tell. SQLite keeps its log and
     * its lock beside the name it was opened by, so two runs through two names write one file at once and damage it
     * (SQLite's "How To Corrupt", 2.6), and the store's own lock, taken beside the name, cannot see the other name either.
     */
    int names() {
        try {
            return ((Number) Files.getAttribute(path, "unix:nlink")).intValue();
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
            return 1;
        }
    }

    /** SQLite's write-ahead log beside the store. */
    Path wal() {
        return path.resolveSibling(path.getFileName() + "-wal");
    }

    /** SQLite's shared-memory index of the log beside the store. */
    Path shm() {
        return path.resolveSibling(path.getFileName() + "-shm");
    }

    Header header() throws StoreException {
        byte[] bytes = new byte[HEADER];
        int read = 0;
        try (InputStream in = Files.newInputStream(path)) {
            int n;
            while (read < HEADER && (n = in.read(bytes, read, HEADER - read)) > 0) {
                read += n;
            }
        } catch (IOException e) {
            throw new StoreException("store " + file + " cannot be read: " + reason(e), e);
        }
        if (read == 0) {
            return new Header(Content.EMPTY, 0, 0);
        }
        if (read >= 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B) {
            return new Header(Content.GZIP, 0, 0);
        }
        if (read < HEADER || !Arrays.equals(bytes, 0, SQLITE_MAGIC.length, SQLITE_MAGIC, 0, SQLITE_MAGIC.length)) {
            return new Header(Content.NOT_SQLITE, 0, 0);
        }
        ByteBuffer b = ByteBuffer.wrap(bytes); // the header's numbers are big-endian
        return new Header(Content.SQLITE, b.getInt(68), b.getInt(60));
    }

    /** Refuses a file that is not a findings store this version reads; an empty file passes only when {@code emptyIsNew}. */
    void check(boolean emptyIsNew) throws StoreException {
        Header header = header();
        switch (header.content()) {
            case EMPTY -> {
                if (!emptyIsNew) {
                    throw new StoreException("store " + file + " is an empty file (0 bytes), not an Evidentia findings store: check the name,"
                            + " or make a store with `evidentia run --store " + file + " INPUTS`");
                }
            }
            // an update file named where the store goes (`--store pubmed26n1236.xml.gz pubmed26n1237.xml.gz`): no damage to recover
            case GZIP -> throw new StoreException("store " + file + " is a gzip file, not an Evidentia findings store (an SQLite file):"
                    + " --store names the store, and the inputs follow, as in `evidentia run --store review.db " + file + "`");
            case NOT_SQLITE -> throw damaged("is not an SQLite database", null);
            case SQLITE -> {
                if (logHoldsPages()) {
                    return; // the header's newest copy may be in the log: SQLite's own PRAGMAs are asked once it is open
                }
                StoreSchema.check(header.applicationId(), header.format(), file.toString());
            }
        }
    }

    private boolean logHoldsPages() {
        try {
            return Files.size(wal()) > 0;
        } catch (IOException e) {
            return false; // no log
        }
    }

    /** A store that cannot be read as one: what was expected and what to do. */
    StoreException damaged(String what, Exception cause) {
        return new StoreException("store " + file + " " + what + ": an Evidentia findings store was expected. Check the name; if it is the"
                + " store, it is damaged: restore it from a backup, or recover what SQLite can with `sqlite3 " + file
                + " .recover | sqlite3 recovered.db`", cause);
    }

    /**
     * Why a store read as an unchanging file ({@code immutable=1}: one this user cannot write, with no
     * log beside it when it was opened) may look damaged, and what to do. Such a reading takes no
     * lock and reads no log, so a run writing the store meanwhile (its owner's, under another
     * account) changes pages under it, and SQLite takes them for damage.
     */
    String readAsUnchanging() {
        return "this user cannot write it, so it was read as an unchanging file, and another run (its owner's) may be writing it right"
                + " now, which such a reading cannot tell from damage. Wait for that run to end and report again, or report a copy taken"
                + " while no run writes it; if no run is writing it, it is damaged: restore it from a backup, or recover what SQLite can with"
                + " `sqlite3 " + file + " .recover | sqlite3 recovered.db`";
    }

    /** SQLite's failure to open or read the store, as a message that names the file and the reason. */
    StoreException failure(String doing, Exception e) {
        return failure(doing, e, false);
    }

    /**
     * SQLite's failure to open or read the store, as a message that names the file and the reason;
     * damage found in a store {@code readAsUnchanging} (see {@link #readAsUnchanging()}) may be a
     * run writing it, and the message says so first.
     */
    StoreException failure(String doing, Exception e, boolean readAsUnchanging) {
        SQLiteErrorCode code = e instanceof SQLiteException s ? s.getResultCode() : null;
        if (code != null) {
            switch (code) {
                case SQLITE_NOTADB -> {
                    return readAsUnchanging ? unreadable("file is not a database", e) : damaged("is not a database SQLite can read", e);
                }
                case SQLITE_CORRUPT, SQLITE_CORRUPT_INDEX, SQLITE_CORRUPT_SEQUENCE, SQLITE_CORRUPT_VTAB, SQLITE_IOERR_SHORT_READ -> {
                    return readAsUnchanging ? unreadable("database disk image is malformed", e)
                            : damaged("is damaged or cut short (SQLite: database disk image is malformed)", e);
                }
                case SQLITE_READONLY, SQLITE_READONLY_CANTINIT, SQLITE_READONLY_CANTLOCK, SQLITE_READONLY_DBMOVED, SQLITE_READONLY_DIRECTORY,
                        SQLITE_READONLY_RECOVERY, SQLITE_READONLY_ROLLBACK, SQLITE_CANTOPEN, SQLITE_CANTOPEN_ISDIR, SQLITE_CANTOPEN_FULLPATH,
                        SQLITE_CANTOPEN_CONVPATH, SQLITE_CANTOPEN_NOTEMPDIR, SQLITE_PERM, SQLITE_AUTH -> {
                    return new StoreException("store " + file + " cannot be " + doing + ": " + unwritable(), e);
                }
                case SQLITE_BUSY, SQLITE_LOCKED -> {
                    return new StoreException("store " + file + " cannot be " + doing + ": another program holds it locked"
                            + " (an sqlite3 shell or a script writing to it?); try again when it is done", e);
                }
                default -> {
                }
            }
        }
        return new StoreException("store " + file + " cannot be " + doing + ": " + e.getMessage(), e);
    }

    StoreException unreadable(String sqlite, Exception cause) {
        return new StoreException("store " + file + " cannot be read (SQLite: " + sqlite + "): " + readAsUnchanging(), cause);
    }

    /** Why this user cannot write what SQLite needs to write, as far as the file system tells. */
    String unwritable() {
        boolean exists = Files.exists(path);
        String mount = readOnlyMount(exists ? path : folder());
        if (mount != null) {
            // before the user's rights: even root cannot write there, and "for this user" sent them to chmod (the review of
            // session 33, K4)
            return exists ? file + " is on a file system mounted read-only (" + mount + "): no user can change it there; copy it"
                    + " to a writable folder"
                    : "its folder " + folder() + " is on a file system mounted read-only (" + mount + "): no store can be made there;"
                    + " give a store in a writable folder";
        }
        if (Files.exists(path) && !Files.isWritable(path)) {
            return file + " is read-only for this user";
        }
        if (folder() != null && !Files.isWritable(folder())) {
            return "its folder " + folder() + " cannot be written by this user (SQLite keeps " + wal().getFileName() + " and "
                    + shm().getFileName() + " beside the store)";
        }
        for (Path aside : new Path[] {wal(), shm()}) {
            if (Files.exists(aside) && !Files.isWritable(aside)) {
                return aside + " (SQLite's file beside the store) is read-only for this user; when no program has the store open, delete it";
            }
        }
        return "SQLite could not open it (" + file + " is readable and writable as far as the file system tells)";
    }

    /** The file system {@code on} is on, as Java names it (its mount point and device), when it is mounted read-only; else null. */
    static String readOnlyMount(Path on) {
        if (on == null) {
            return null;
        }
        try {
            java.nio.file.FileStore store = Files.getFileStore(on);
            return store.isReadOnly() ? store.toString() : null;
        } catch (IOException | SecurityException e) {
            return null; // not known: the user's rights are told instead
        }
    }

    static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
