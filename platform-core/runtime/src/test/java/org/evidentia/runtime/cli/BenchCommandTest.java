package org.evidentia.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
}
