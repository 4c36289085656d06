package org.evidentia.runtime.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.evidentia.runtime.threads.DaemonThreads;

/**
 * The SHA-256 of input files as stored on disk: what run.json gives for each input, and what a
 * findings store knows an applied file by.
 */
public final class FileDigests {

    /** The name of the threads that hash ({@link DaemonThreads#pool}'s prefix). */
    public static final String HASHING = "evidentia-sha256";

    private FileDigests() {
    }

    /**
     * Hashes several files at a time.
     *
     * @param threads how many files to hash at once
     * @return each file's hex SHA-256, in order; null for a file that cannot be read (its run reports why)
     */
    public static List<String> sha256(List<Path> files, int threads) throws InterruptedException {
        ExecutorService pool = DaemonThreads.pool(HASHING, Math.max(1, Math.min(threads, files.size())));
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (Path file : files) {
                futures.add(pool.submit(() -> sha256(file)));
            }
            List<String> digests = new ArrayList<>();
            for (Future<String> f : futures) {
                try {
                    digests.add(f.get());
                } catch (ExecutionException e) {
                    digests.add(null);
                }
            }
            return digests;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The hex SHA-256 of {@code bytes}. */
    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256Digest().digest(bytes));
    }

    /** The hex SHA-256 of {@code file}'s bytes. */
    public static String sha256(Path file) throws IOException {
        MessageDigest digest = sha256Digest();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** A new SHA-256 digest, for bytes hashed as they pass (the outputs' digests, as they are written). */
    public static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
