package org.evidentia.runtime.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A held lock file beside (or in) what one process at a time may change: an output folder, a
 * findings store, the plugins folder. The file is made when missing and, on a POSIX file system,
 * deleted by its holder when it is done, so that none is left behind; elsewhere (Windows, where a
 * file still open cannot be deleted in a way that lets another process make it anew) it is kept,
 * as is a file that fails to be deleted. It is never opened through a symbolic link: one planted in
 * a shared folder would make a run create a file wherever it points. Each user of a lock file words
 * its own messages; this class only takes and releases it.
 *
 * <p>Why deleting it is safe. A lock belongs to a file (an inode), not to its name. Were the holder
 * A to delete the file after B opened it, B would lock the deleted file while C makes a new file of
 * that name and locks it: two holders. So a taker, once it holds the lock, checks that the name
 * still names the very file it locked, and else lets go and takes the file the name names now. The
 * check writes a token of its own (128 random bits) into the locked file through its
 * channel and reads the file the name names: only the file it locked can hold that token. Comparing
 * {@code fileKey()}s would need the attributes of the channel's own file ({@code fstat}), which
 * Java offers only through its internals; attributes read through the name before and after do not
 * prove it (the name may have named another file in between, and an inode number is reused once
 * its file is gone). A holder deletes the file while it still holds the lock, and only when the
 * name still names its file (its token), so no one deletes a file that another holds; takers that
 * opened it meanwhile find their check failing and try again. A taker that locked a file but could
 * not write its token into it (a full disk) deletes it likewise, while it still holds the lock and
 * only when the name names the file it locked, which it tells without a token by Java's own table
 * of the process's locks, so that a start that failed leaves no empty lock file behind.
 *
 * <p>A POSIX lock belongs to the process, and closing any descriptor of the file, not only the
 * locking one, releases it. So the descriptor that read the token back stays open until the lock is
 * released, and one process never opens a second descriptor of a lock file it holds: a lock file
 * held by one thread is waited for (or refused) by the others without opening it ({@link #HELD}).
 */
public final class LockFile implements AutoCloseable {

    /** Whether a holder deletes its lock file: where an open file can be deleted and made anew at once. */
    private static final boolean DELETED_WHEN_DONE = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    /** How long a taker waits before it tries again a lock that this process holds through other means than this class. */
    private static final long OVERLAP_POLL_MILLIS = 20;
    /**
     * The lock files this process holds or is taking, by {@link #key}: process-wide, as the locks
     * are, since a second descriptor of a held file must not be opened and closed (see the class comment).
     */
    private static final Set<Path> HELD = new HashSet<>();

    private final Path file;
    private final Path key;
    private final FileChannel channel;
    private final FileLock lock;
    /** What this holder wrote into the file: null where files are not deleted (then nothing is written). */
    private final byte[] token;
    /** The descriptor that read the token through the name, open until the lock is released, as closing it would release it; null with the token. */
    private final FileChannel named;
    private boolean closed;

    private LockFile(Path file, Path key, FileChannel channel, FileLock lock, byte[] token, FileChannel named) {
        this.file = file;
        this.key = key;
        this.channel = channel;
        this.lock = lock;
        this.token = token;
        this.named = named;
    }

    /**
     * Opens {@code file}, making it when missing, and takes its lock without waiting.
     *
     * @return the held lock, or empty when another process (or this one) holds it
     * @throws IOException when the file cannot be opened or made ({@link java.nio.file.AccessDeniedException}
     *                     when permission is denied; a plain {@code IOException} when {@code file} is a
     *                     symbolic link) or cannot be locked or claimed (a full disk); nothing stays open
     *                     then, and a file locked but not claimed is deleted
     */
    public static Optional<LockFile> tryLock(Path file) throws IOException {
        Path key = key(file);
        synchronized (HELD) {
            if (!HELD.add(key)) {
                return Optional.empty(); // held by this process: as good as held by another
            }
        }
        Optional<LockFile> held = Optional.empty();
        try {
            held = tryTake(file, key);
            return held;
        } finally {
            if (held.isEmpty()) {
                letGo(key);
            }
        }
    }

    /**
     * Opens {@code file}, making it when missing, and takes its lock, waiting as long as another
     * process (or another thread of this one) holds it.
     *
     * @param whenWaiting run once, before waiting, when another holds the lock (to say so)
     * @return the held lock
     * @throws IOException          as {@link #tryLock}
     * @throws InterruptedException when the thread is interrupted while it waits; nothing stays open then
     */
    public static LockFile lock(Path file, Runnable whenWaiting) throws IOException, InterruptedException {
        Path key = key(file);
        boolean told = false;
        synchronized (HELD) {
            while (!HELD.add(key)) {
                if (!told) {
                    whenWaiting.run();
                    told = true;
                }
                HELD.wait();
            }
        }
        Optional<LockFile> held = Optional.empty();
        try {
            held = tryTake(file, key);
            if (held.isEmpty()) {
                if (!told) {
                    whenWaiting.run();
                }
                held = Optional.of(waitFor(file, key));
            }
            return held.get();
        } finally {
            if (held.isEmpty()) {
                letGo(key);
            }
        }
    }

    /**
     * Whether a holder holds the lock of {@code file} now (another process, or this one through this
     * class), without taking it: a reader that must not take the lock (a report) tells with it whether a
     * run is under way. A lock file that is missing, or that a killed holder left behind, is not held. The
     * probe takes a shared lock of the file for a moment and releases it; a taker trying the lock in that
     * moment is refused as if another held it (its lock is tried without waiting), so probe rarely.
     *
     * @throws IOException when the lock file cannot be read (its permissions), so that it cannot be told
     */
    public static boolean isHeld(Path file) throws IOException {
        synchronized (HELD) {
            if (HELD.contains(key(file))) {
                return true; // held by this process: opening and closing it here would release that lock
            }
        }
        FileChannel named = openNamed(file);
        if (named == null) {
            return false; // none, deleted by its last holder
        }
        try {
            FileLock probe = named.tryLock(0, Long.MAX_VALUE, true);
            if (probe == null) {
                return true;
            }
            probe.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true; // this process holds it, not through this class
        } finally {
            closeQuietly(named);
        }
    }

    /**
     * Releases the lock; the file is deleted first, while it is still held (see the class comment). Once; again does nothing.
     * On an interrupted thread too (a run stopped by Ctrl-C or SIGTERM releases its locks as it unwinds): the
     * interruption is set aside meanwhile, since it would close the channels it reads and releases through
     * (and the file would stay), and set again after.
     */
    @Override
    public void close() throws IOException {
        if (closed) {
            return; // a second close must not let go of the key that another taker may hold by now
        }
        closed = true;
        boolean interrupted = Thread.interrupted();
        try {
            release();
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void release() throws IOException {
        FileChannel namedNow = null;
        try {
            if (DELETED_WHEN_DONE) {
                namedNow = openNamed(file);
                if (namedNow != null && holds(namedNow, token)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            // kept, as where files are not deleted: the next taker locks it as it is
        } finally {
            try {
                lock.release();
            } finally {
                try {
                    closeQuietly(namedNow);
                    closeQuietly(named);
                    channel.close();
                } finally {
                    letGo(key);
                }
            }
        }
    }

    /**
     * Takes the lock of the file {@code file} names without waiting; empty when another process holds it. An interruption
     * (Ctrl-C or SIGTERM early in a run) is set aside meanwhile and set again after, as {@link #close} does: it would close
     * the channel between making the file and locking it, and the file would stay (the review of session 19, D8); the
     * lock taken is let go of as the run unwinds, and its file deleted.
     */
    private static Optional<LockFile> tryTake(Path file, Path key) throws IOException {
        boolean interrupted = Thread.interrupted();
        try {
            return tryTakeUninterrupted(file, key);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Optional<LockFile> tryTakeUninterrupted(Path file, Path key) throws IOException {
        while (true) {
            FileChannel channel = open(file);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // this process holds it, not through this class
            } catch (IOException | RuntimeException e) {
                closeQuietly(channel);
                throw e;
            }
            if (lock == null) {
                closeQuietly(channel);
                return Optional.empty();
            }
            Optional<LockFile> held = claim(file, key, channel, lock);
            if (held.isPresent()) {
                return held;
            }
            // its holder deleted the file after this opened it: take the file the name names now
        }
    }

    /** Takes the lock of the file {@code file} names, waiting as long as another process holds it. */
    private static LockFile waitFor(Path file, Path key) throws IOException, InterruptedException {
        while (true) {
            FileChannel channel = open(file);
            FileLock lock;
            try {
                lock = channel.lock();
            } catch (OverlappingFileLockException e) {
                closeQuietly(channel); // this process holds it, not through this class: the system would not make this wait
                Thread.sleep(OVERLAP_POLL_MILLIS);
                continue;
            } catch (IOException | RuntimeException e) {
                closeQuietly(channel);
                if (Thread.interrupted()) { // Java closes a channel interrupted while it waits
                    throw new InterruptedException("interrupted while waiting for the lock " + file);
                }
                throw e;
            }
            Optional<LockFile> held = claim(file, key, channel, lock);
            if (held.isPresent()) {
                return held.get();
            }
            // its holder deleted the file after this opened it: take the file the name names now
        }
    }

    private static FileChannel open(Path file) throws IOException {
        return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * Makes the lock just taken on {@code channel} a held {@code LockFile} when {@code file} still
     * names the file locked; else lets go of it.
     */
    private static Optional<LockFile> claim(Path file, Path key, FileChannel channel, FileLock lock) throws IOException {
        if (!DELETED_WHEN_DONE) {
            // No holder deletes it, so the name names the file locked; and where a lock bars reading
            // (Windows), the token could not be read back through another descriptor.
            return Optional.of(new LockFile(file, key, channel, lock, null, null));
        }
        // 128 random bits. Not a UUID nor a process id: in a fresh JVM, and every run takes a lock,
        // SecureRandom (UUID.randomUUID) took 50 ms to start and ProcessHandle 20 ms (2026-11-30)
        ThreadLocalRandom random = ThreadLocalRandom.current();
        byte[] token = (Long.toHexString(random.nextLong()) + "-" + Long.toHexString(random.nextLong()) + "\n")
                .getBytes(StandardCharsets.US_ASCII);
        FileChannel named = null;
        try {
            channel.write(ByteBuffer.wrap(token), 0);
            channel.truncate(token.length); // what an earlier holder wrote (a longer token) goes
            named = openNamed(file);
            if (named != null && holds(named, token)) {
                return Optional.of(new LockFile(file, key, channel, lock, token, named));
            }
        } catch (IOException | RuntimeException e) {
            closeQuietly(named);
            deleteUnclaimed(file); // while the lock is still held: a full disk left a start that failed an empty lock file
            closeQuietly(channel);
            throw e;
        }
        closeQuietly(channel); // releases the lock of the deleted file
        closeQuietly(named); // another file, which this process holds no lock of
        return Optional.empty();
    }

    /**
     * Deletes the file {@code file} names when it is the one this process has just locked but could
     * not claim (its token could not be written: a full disk), so that a start that failed leaves no
     * lock file behind; the lock is still held. No token proves which file the name names, so Java's
     * own table of this process's locks does: a shared lock asked of the named file overlaps the one
     * held exactly when both are locks of one file. A file another holds, or none, is left as it is,
     * and so is one whose check fails (the next taker locks it as it is). Opening and closing the
     * named file releases the process's lock of it, which the caller is about to release anyway.
     */
    private static void deleteUnclaimed(Path file) {
        if (!DELETED_WHEN_DONE) {
            return;
        }
        FileChannel named = null;
        try {
            named = openNamed(file);
            if (named != null && lockedByThisProcess(named)) {
                Files.deleteIfExists(file);
            }
        } catch (IOException | RuntimeException e) {
            // kept, as where files are not deleted
        } finally {
            closeQuietly(named);
        }
    }

    /** Whether this process holds a lock of the file {@code named} is open on (through another channel). */
    private static boolean lockedByThisProcess(FileChannel named) throws IOException {
        try {
            FileLock probe = named.tryLock(0, Long.MAX_VALUE, true);
            if (probe != null) {
                probe.release(); // another file, free: not the one locked
            }
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        }
    }

    /** The file {@code file} names, opened to read; null when there is none or a link is there. */
    private static FileChannel openNamed(Path file) throws IOException {
        try {
            return FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null; // deleted by its holder
        } catch (FileSystemException e) {
            if (Files.isSymbolicLink(file)) {
                return null; // a link put in its place: not the file locked (opening it again says what it is)
            }
            throw e;
        }
    }

    /** Whether {@code named} holds {@code token} and nothing else: whether it is the file a holder locked and wrote it into. */
    private static boolean holds(FileChannel named, byte[] token) throws IOException {
        ByteBuffer content = ByteBuffer.allocate(token.length + 1);
        while (content.hasRemaining() && named.read(content, content.position()) >= 0) {
            // a lock file is a few bytes: read them all, and one more to see that there is no more
        }
        return Arrays.equals(content.array(), 0, content.position(), token, 0, token.length);
    }

    /** What identifies {@code file} within this process: its folder's real path (links and {@code ..} resolved) and its name. */
    private static Path key(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        try {
            return folder == null ? absolute : folder.toRealPath().resolve(absolute.getFileName());
        } catch (IOException e) {
            return absolute; // no such folder: opening the file will say so
        }
    }

    private static void letGo(Path key) {
        synchronized (HELD) {
            HELD.remove(key);
            HELD.notifyAll();
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing was written through it that matters
        }
    }
}
