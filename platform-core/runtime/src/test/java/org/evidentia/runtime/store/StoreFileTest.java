package org.evidentia.runtime.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreFileTest {

    @TempDir
    Path dir;

    /**
     * The review of session 33, K4: a store on a file system mounted read-only was "read-only for this user", which sent
     * root to chmod. Needs such a mount (from /proc/mounts; containers and CI machines often have one): skipped where none is.
     */
    @Test
    void aStoreOnAFileSystemMountedReadOnlyIsToldSoAndNotAsTheUsersRights() throws Exception {
        Optional<Path> mount = readOnlyMount();
        assumeTrue(mount.isPresent(), "no file system mounted read-only on a folder here (/proc/mounts)");
        Path store = mount.get().resolve("review.db");

        // a store to be made there (one already there, which a test cannot put on such a mount, "... copy it to a writable folder")
        assertThat(StoreFile.of(store).unwritable()).startsWith("its folder " + mount.get() + " is on a file system mounted read-only (")
                .endsWith("): no store can be made there; give a store in a writable folder");
    }

    @Test
    void aStoreInAWritableFolderIsNotToldAsOnAReadOnlyFileSystem() throws Exception {
        Path store = Files.writeString(dir.resolve("review.db"), "");

        assertThat(StoreFile.of(store).unwritable()).isEqualTo("SQLite could not open it (" + store
                + " is readable and writable as far as the file system tells)");
    }

    private static Optional<Path> readOnlyMount() throws Exception {
        Path mounts = Path.of("/proc/mounts");
        if (!Files.isReadable(mounts)) {
            return Optional.empty();
        }
        try (Stream<String> lines = Files.lines(mounts)) {
            return lines.map(line -> line.split(" "))
                    .filter(f -> f.length >= 4 && (("," + f[3] + ",").contains(",ro,")))
                    .map(f -> Path.of(f[1].replace("\\040", " ")))
                    .filter(Files::isDirectory)
                    .findFirst();
        }
    }
}
