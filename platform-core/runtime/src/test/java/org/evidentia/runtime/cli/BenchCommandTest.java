package org.evidentia.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {

    @Test
    void noTimedPassIsAUsageErrorNotAnIndexOutOfBounds() {
        for (String repeat : new String[] {"0", "-2"}) {
            CommandRun run = CommandRun.of("bench", "--repeat", repeat, "any-input.txt");

            assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.USAGE);
            assertThat(run.err()).isEqualTo("evidentia: --repeat must be at least 1 (timed passes per stage), not " + repeat
                    + System.lineSeparator());
        }
    }

    /** Inputs of which no record is read give nothing to measure: the bench fails as a run does, after its warm-up (F13: exit 0). */
    @Test
    void inputsOfNoRecordFailTheBenchAfterItsWarmUp(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path plugins = Files.createDirectories(dir.resolve("plugins"));

        CommandRun run = CommandRun.of("bench", "--repeat", "1", "--plugins-dir", plugins.toString(), empty.toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.FAILED);
        assertThat(run.err()).contains("evidentia: no record was read from the inputs: nothing to measure").doesNotContain("pass 1 of 1");
        assertThat(run.out()).isEmpty();
    }
}
