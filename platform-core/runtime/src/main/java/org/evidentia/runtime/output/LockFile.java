package org.evidentia.runtime.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * A held lock file beside what one process at a time may change (an output folder, a findings
 * store). The file is made when missing and kept after the lock is released. It is never opened
 * through a symbolic link: one planted in a shared folder would make a run create a file wherever
 * it points. Each user of a lock file words its own messages; this class only takes and releases it.
 */
public final class LockFile implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private LockFile(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Opens {@code file}, making it when missing, and takes its lock without waiting.
     *
     * @return the held lock, or empty when another process (or this one) holds it
     * @throws IOException when the file cannot be opened or made ({@link java.nio.file.AccessDeniedException}
     *                     when permission is denied; a plain {@code IOException} when {@code file} is a
     *                     symbolic link) or cannot be locked; nothing stays open then
     */
    public static Optional<LockFile> tryLock(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this process: as good as held by another
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
        if (lock == null) {
            closeQuietly(channel);
            return Optional.empty();
        }
        return Optional.of(new LockFile(channel, lock));
    }

    /** Releases the lock; the file stays for the next run. */
    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing was written through it
        }
    }
}
