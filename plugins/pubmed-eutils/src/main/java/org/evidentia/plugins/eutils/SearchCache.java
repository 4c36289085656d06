package org.evidentia.plugins.eutils;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
     * Why the cached search in {@code folder} cannot be reused, or null when it can: it must be
     * complete, for the same query and address, younger than {@code maxAge}, and every file must
     * still have its recorded digest.
     */
    String whyNotReusable(Path folder, CachedSearch search, String query, String baseUrl, Instant now, Duration maxAge)
            throws IOException {
        if (!search.query().equals(query) || !search.baseUrl().equals(baseUrl)) {
            return "it is of another search";
        }
        Duration age = Duration.between(search.searched(), now);
        if (maxAge.isZero() || age.compareTo(maxAge) >= 0) {
            return "it was made " + search.searched() + ", " + age.toHours() + " h ago, and max-age-hours is " + maxAge.toHours();
        }
        for (CachedSearch.CachedFile file : search.files()) {
            Path path = folder.resolve(file.name());
            if (!Files.isRegularFile(path)) {
                return file.name() + " is missing";
            }
            if (!sha256(path).equals(file.sha256())) {
                return file.name() + " has changed since it was fetched";
            }
        }
        return null;
    }

    /** An empty folder to fetch a new search into, beside the search's own. */
    Path startFresh(Path folder) throws IOException {
        Path partial = partial(folder);
        deleteTree(partial);
        Files.createDirectories(partial);
        return partial;
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
