package org.evidentia.plugins.eutils;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * The retriever's cache: one folder per search ({@code search-<16 hex digits>}, from the SHA-256
 * of the query and the E-utilities address), holding the raw ESearch answer, the EFetch answers and
 * the manifest. A new search is written into {@code <folder>.partial} and put in place of the old
 * folder only when complete, so an interrupted run never leaves a search that looks whole.
 */
final class SearchCache {

    private final Path root;

    SearchCache(Path root) {
        this.root = root;
    }

    /** The folder of the search for {@code query} at {@code baseUrl}. */
    Path folder(String query, String baseUrl) {
        return root.resolve("search-" + sha256(("pubmed\n" + query + "\n" + baseUrl).getBytes(StandardCharsets.UTF_8))
                .substring(0, 16));
    }

    /**
     * Why a cached search is not reused.
     *
     * @param why    what is wrong with it, in words to follow "is not reused: "
     * @param damage true where the cache was changed since the search was saved (a file edited, lost or left out of the
     *               manifest, a date ahead of the clock), which is told as a notice; false where it is merely old
     */
    record NotReusable(String why, boolean damage) {
    }

    /**
     * Why the cached search in {@code folder} cannot be reused, or null when it can: it must be
     * complete, for the same query and address, younger than {@code maxAge}, and every file must
     * still have its recorded digest.
     */
    NotReusable whyNotReusable(Path folder, CachedSearch search, String query, String baseUrl, Instant now, Duration maxAge)
            throws IOException {
        if (!search.query().equals(query) || !search.baseUrl().equals(baseUrl)) {
            return new NotReusable("it is of another search", false);
        }
        Duration age = Duration.between(search.searched(), now);
        if (age.compareTo(CLOCK_STEP) < 0) {
            // a clock set wrong when the search was made, or a cache copied from another machine, would be reused for ever
            // (the review of session 23, P12)
            return new NotReusable("it was made " + search.searched() + ", later than now (" + now + "): a clock was set wrong",
                    true);
        }
        if (maxAge.isZero() || age.compareTo(maxAge) >= 0) {
            return new NotReusable(maxAge.isZero() ? "max-age-hours is 0"
                    : "it was made " + search.searched() + ", " + age.toHours() + " h ago, and max-age-hours is " + maxAge.toHours(),
                    false);
        }
        long listed = search.files().stream().mapToLong(CachedSearch.CachedFile::records).sum();
        String fetched = search.details().get("records_fetched");
        String batches = search.details().get("batches");
        if (!Long.toString(listed).equals(fetched) || !Integer.toString(search.files().size()).equals(batches)) {
            // each listed file was checked, not that the list is whole: a manifest cut down by hand or a half-restored backup
            // was reused with none of its records (the review of session 23, P12)
            return new NotReusable("its manifest lists " + count(search.files().size(), "file") + " of " + count(listed, "record")
                    + ", where the search fetched " + written(fetched, "record") + " in " + written(batches, "batch"), true);
        }
        for (CachedSearch.CachedFile file : search.files()) {
            Path path = folder.resolve(file.name());
            if (!Files.isRegularFile(path)) {
                return new NotReusable(file.name() + " is missing", true);
            }
            if (!sha256(path).equals(file.sha256())) {
                return new NotReusable(file.name() + " has changed since it was fetched", true);
            }
        }
        return null;
    }

    private static String count(long n, String noun) {
        return String.format(java.util.Locale.ROOT, "%,d %s", n, n == 1 ? noun : plural(noun));
    }

    private static String plural(String noun) {
        return noun + (noun.endsWith("h") ? "es" : "s");
    }

    /** A count the manifest wrote, as {@link #count} words it; its text as written where it is no count. */
    private static String written(String value, String noun) {
        if (value == null) {
            return "an unknown number of " + plural(noun);
        }
        return value.matches("\\d{1,18}") ? count(Long.parseLong(value), noun) : "'" + value + "' " + plural(noun);
    }

    /** How far a cached search may be dated ahead of the clock and still be reused: a clock set a little back since. */
    private static final Duration CLOCK_STEP = Duration.ofMinutes(-5);

    /** An empty folder to fetch a new search into, beside the search's own. */
    Path startFresh(Path folder) throws IOException {
        Path partial = partial(folder);
        try {
            deleteTree(partial);
            Files.createDirectories(partial);
        } catch (FileSystemException e) {
            // a cache folder made by another user (a team's shared cache, one made by a run under sudo) reads but does not
            // write; the bare path was all Java said (the review of session 23, P2)
            String why = e instanceof AccessDeniedException ? "permission denied" : e.getReason() != null ? e.getReason()
                    : "it cannot be written";
            throw new IOException("cannot write into the search cache " + root + " (" + why + ": " + e.getFile()
                    + "): set EVIDENTIA_CACHE_DIR (or XDG_CACHE_HOME) to a folder you can write", e);
        }
        return partial;
    }

    /**
     * Holds the search in {@code folder} for this run until the lock is closed, waiting while another run (another
     * process) holds it: two runs of one search at once deleted each other's partial folder, and one failed (the review of
     * session 23, P4); the second now waits, then reuses what the first fetched. Null where the cache cannot be written,
     * where a cached search can still be reused and a new one fails in {@link #startFresh}'s words, and where the file
     * system takes no locks or this Java process holds it already.
     *
     * @param waiting told once when another run holds the search
     */
    Closeable hold(Path folder, Runnable waiting) throws IOException {
        FileChannel channel;
        try {
            Files.createDirectories(root);
            channel = FileChannel.open(folder.resolveSibling(folder.getFileName() + ".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
        } catch (FileSystemException e) {
            return null;
        }
        try {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException | IOException notHeld) {
                // another thread of this Java process holds it (a run's retrievals come one after the other; tests may not), or
                // the file system takes no locks (some network file systems): the search goes on unheld, as before the lock
                channel.close();
                return null;
            }
            if (lock == null) {
                waiting.run();
                lock = channel.lock();
            }
            FileLock held = lock;
            return () -> {
                try (channel) {
                    held.release();
                }
            };
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** Deletes what a failed search saved in the partial folder beside {@code folder}, if anything. */
    void discard(Path folder) throws IOException {
        deleteTree(partial(folder));
    }

    /** Writes the manifest into the partial folder and puts it in place of {@code folder}. */
    void commit(Path folder, CachedSearch search) throws IOException {
        Path partial = partial(folder);
        search.write(partial);
        Path old = folder.resolveSibling(folder.getFileName() + ".old");
        deleteTree(old);
        if (Files.exists(folder)) {
            move(folder, old);
        }
        move(partial, folder);
        deleteTree(old);
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest())) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        }
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    private static Path partial(Path folder) {
        return folder.resolveSibling(folder.getFileName() + ".partial");
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
