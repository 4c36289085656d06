package org.evidentia.runtime.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A scratch folder is made in the system's temporary folder and deleted with what it holds when
 * closed. Its deletion by the shutdown hook when Ctrl-C or kill stops a command is seen through a
 * real process: {@code OutputFolderIT.aBenchStoppedByKillOrCtrlCSaysJustInterruptedAndDeletesItsScratchFolder}.
 */
class ScratchFolderTest {

    @Test
    void isMadeInTheTemporaryFolderAndDeletedWithWhatItHoldsWhenClosed() throws Exception {
        Path path;
        try (ScratchFolder scratch = ScratchFolder.create("evidentia-scratch-test")) {
            path = scratch.path();
            assertThat(path.getParent()).isEqualTo(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath());
            assertThat(path.getFileName().toString()).startsWith("evidentia-scratch-test");
            Files.writeString(Files.createDirectories(path.resolve("pass/out")).resolve("run.json"), "{}");
        }
        assertThat(path).doesNotExist();
    }
}
