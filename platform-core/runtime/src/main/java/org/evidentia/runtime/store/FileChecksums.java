package org.evidentia.runtime.store;

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
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The SHA-256 of input files as stored (the checksum a store knows an applied file by), several files at a time. */
public final class FileChecksums {

    private FileChecksums() {
    }

    /**
     * @param threads how many files to hash at once
     * @return each file's hex SHA-256, in order; null for a file that cannot be read (its run reports why)
     */
    public static List<String> sha256(List<Path> files, int threads) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, files.size())), r -> {
            Thread t = new Thread(r, "evidentia-checksum");
            t.setDaemon(true);
            return t;
        });
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

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
