package org.evidentia.runtime.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lock file that output folders and findings stores share: made and kept, held by one at a time, never opened through a link. */
class LockFileTest {

    @TempDir
    Path dir;

    @Test
    void aLockIsHeldByOneAtATimeAndItsFileIsKept() throws Exception {
        Path file = dir.resolve(".out.lock");
        Optional<LockFile> first = LockFile.tryLock(file);
        assertThat(first).isPresent();
        assertThat(file).isRegularFile();
        assertThat(LockFile.tryLock(file)).as("held: a second taker gets nothing and waits for nothing").isEmpty();
        first.get().close();

        assertThat(file).as("kept for the next run").isRegularFile();
        try (LockFile again = LockFile.tryLock(file).orElseThrow()) {
            assertThat(again).isNotNull();
        }
    }

    @Test
    void aLinkIsNotFollowed() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Path planted = Files.createSymbolicLink(dir.resolve(".out.lock"), elsewhere.resolve("created-by-lock"));

        assertThatThrownBy(() -> LockFile.tryLock(planted)).isInstanceOf(IOException.class);
        assertThat(elsewhere.resolve("created-by-lock")).doesNotExist();
        assertThat(Files.isSymbolicLink(planted)).isTrue();
    }
}
