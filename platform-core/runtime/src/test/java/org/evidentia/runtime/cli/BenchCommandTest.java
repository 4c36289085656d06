package org.evidentia.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.evidentia.runtime.host.PluginFolders;
import org.evidentia.runtime.host.fixtures.PlainReporter;
import org.evidentia.runtime.host.fixtures.TitleLinesSource;
import org.evidentia.runtime.host.fixtures.UnstartableReporter;
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

    /** An explorer's F2: a reporter that failed in every pass was timed without a word, exit 0. */
    @Test
    void aReporterThatFailsInItsWarmUpIsToldAndFailsTheBench(@TempDir Path dir) throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        PluginFolders.zip(plugins, "fixtures", "*", null, TitleLinesSource.class, UnstartableReporter.class, PlainReporter.class);
        Path input = Files.writeString(dir.resolve("a.titles"), "1|A first title\n2|A second title\n");

        CommandRun failing = CommandRun.of("bench", "--repeat", "1", "--plugins-dir", plugins.toString(), "-r", "unstartable", input.toString());
        CommandRun working = CommandRun.of("bench", "--repeat", "1", "--plugins-dir", plugins.toString(), "-r", "plain", input.toString());

        assertThat(failing.exit()).as(failing.err()).isEqualTo(ExitCode.FAILED);
        assertThat(failing.err()).contains("reporter-error: ").contains("cannot open its output")
                .contains("evidentia: the whole run stage failed (").contains("its figures would not be of the work asked for");
        assertThat(failing.out()).isEmpty();
        assertThat(working.exit()).as(working.err()).isEqualTo(ExitCode.OK);
        assertThat(working.err()).doesNotContain("reporter-error", "stage failed");
        assertThat(working.out()).contains("whole run");
    }
}
