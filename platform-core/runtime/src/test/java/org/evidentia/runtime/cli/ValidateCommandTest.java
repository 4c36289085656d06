package org.evidentia.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @Test
    void aRunDateThatIsNoDateNamesItsLineInThePipelineFile(@TempDir Path dir) throws Exception {
        Path pipeline = Files.writeString(dir.resolve("review.yaml"), "inputs: [exports/]\nrun-date: 31/01/2026\n");
        CommandRun run = CommandRun.of("validate", pipeline.toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).startsWith("evidentia: " + pipeline + ":2: run date '31/01/2026' is not an ISO date");
    }
}
