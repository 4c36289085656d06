package org.evidentia.runtime.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The SHA-256 of each input file, computed on a thread of its own beside the reading unless it is known already. */
final class InputDigests implements AutoCloseable {

    private final ExecutorService hashing = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "evidentia-sha256");
        t.setDaemon(true);
        return t;
    });
    private final List<Future<String>> digests;

    /** Starts hashing {@code files}, in order, but for those whose digest is {@code known}. */
    InputDigests(List<Path> files, Map<Path, String> known) {
        this.digests = files.stream()
                .map(f -> known.containsKey(f) ? CompletableFuture.completedFuture(known.get(f)) : hashing.submit(() -> sha256(f)))
                .toList();
    }

    /** The hex digest of the {@code index}-th file, or null when it could not be read (its read problem is reported). */
    String digest(int index) throws InterruptedException {
        try {
            return digests.get(index).get();
        } catch (ExecutionException e) {
            return null;
        }
    }

    @Override
    public void close() {
        hashing.shutdownNow();
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
