package org.evidentia.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.evidentia.api.Api;
import org.junit.jupiter.api.Assumptions;

/**
 * The shared development data beside the project ({@code ../shared}), found by walking up from
 * the working directory. Tests that use it are skipped, not failed, where it is absent.
 *
 * <p>EXPERIMENTAL: it serves this project's own tests of the shared PubMed data, whose layout may change.
 *
 * @since 0.1
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public final class SharedData {

    private SharedData() {
    }

    /** The {@code shared} folder, or the test is skipped (JUnit assumption) when there is none. */
    public static Path root() {
        Optional<Path> root = find();
        if (root.isEmpty()) {
            Assumptions.abort("../shared is absent: skipping a test that reads the shared PubMed data");
        }
        return root.get();
    }

    /**
     * The {@code shared} folder ({@code $EVIDENTIA_SHARED}, else the nearest {@code shared/} with
     * {@code data/} and {@code gold/} beside the working directory or one of its parents), for code
     * that is not a JUnit test, such as a benchmark.
     */
    public static Optional<Path> find() {
        String configured = System.getenv("EVIDENTIA_SHARED");
        if (configured != null && Files.isDirectory(Path.of(configured))) {
            return Optional.of(Path.of(configured));
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared");
            if (Files.isDirectory(candidate.resolve("data")) && Files.isDirectory(candidate.resolve("gold"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** A file or folder under {@code shared/}, e.g. {@code data/medline/citations.nbib}; skips when absent. */
    public static Path resolve(String relative) {
        Path path = root().resolve(relative);
        Assumptions.assumeTrue(Files.exists(path), () -> path + " is absent");
        return path;
    }
}
