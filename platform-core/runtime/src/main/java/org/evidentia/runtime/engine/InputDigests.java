package org.evidentia.runtime.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.evidentia.runtime.input.FileDigests;
import org.evidentia.runtime.threads.DaemonThreads;

/** The SHA-256 of each input file, computed on a thread of its own beside the reading unless it is known already. */
final class InputDigests implements AutoCloseable {

    private final ExecutorService hashing = DaemonThreads.pool(FileDigests.HASHING, 1);
    private final List<Future<String>> digests;

    /** Starts hashing {@code files}, in order, but for those whose digest is {@code known}. */
    InputDigests(List<Path> files, Map<Path, String> known) {
        this.digests = files.stream()
                .map(f -> known.containsKey(f) ? CompletableFuture.completedFuture(known.get(f)) : hashing.submit(() -> FileDigests.sha256(f)))
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
}
