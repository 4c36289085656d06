package org.evidentia.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The executor's temporary folders (a task's work folder, a refused plugin bundle's copy), deleted when done with. */
final class ScratchFolders {

    private ScratchFolders() {
    }

    /**
     * Deletes {@code folder} and everything in it, as far as it can: what cannot be deleted stays in
     * the temporary folder, and nothing is thrown, so that the error that ended the work is the one
     * reported. Nothing is done for null or a folder that is not there.
     */
    static void delete(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // left in the temporary folder
        }
    }
}
