package org.evidentia.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.evidentia.runtime.host.PluginFolders;
import org.evidentia.runtime.host.fixtures.GreetingPlugin;
import org.evidentia.runtime.host.fixtures.GreetingSource;
import org.evidentia.runtime.host.fixtures.PlainReporter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A source forced on every input (one source named) says what forced it: {@code -s} on the command line, or the
 * pipeline file's {@code sources:}. Both said "forced with -s".
 */
class ForcedSourceTest {

    @TempDir
    Path dir;

    private Path plugins;

    @BeforeEach
    void aSourceThatReadsNothing() throws Exception {
        plugins = Files.createDirectories(dir.resolve("plugins"));
        // greeting accepts no file and gives no record: forced on one, it reads it to its end without a record
        PluginFolders.zip(plugins, "greeting-plugin", "*", GreetingPlugin.class, GreetingSource.class, PlainReporter.class);
        Files.writeString(dir.resolve("a.nbib"), "PMID- 1\n");
    }

    @Test
    void aSourceForcedByThePipelineFilesSourcesSaysSoInARunAndAStoreRun() throws Exception {
        Path pipeline = Files.writeString(dir.resolve("review.yaml"), "inputs: [a.nbib]\nsources: [greeting]\n");

        CommandRun run = CommandRun.of("run", "--plugins-dir", plugins.toString(), "--no-progress", "-o", dir.resolve("out").toString(),
                pipeline.toString());
        CommandRun store = CommandRun.of("run", "--plugins-dir", plugins.toString(), "--no-progress", "--store",
                dir.resolve("review.db").toString(), pipeline.toString());

        for (CommandRun forced : java.util.List.of(run, store)) {
            assertThat(forced.err()).as(forced.toString())
                    .contains("read as greeting (forced by sources: in the pipeline file), it gave no record: is it in that format?")
                    .doesNotContain("forced with -s");
        }
    }

    @Test
    void aSourceForcedWithDashSSaysSo() throws Exception {
        CommandRun run = CommandRun.of("run", "--plugins-dir", plugins.toString(), "--no-progress", "-o", dir.resolve("out").toString(),
                "-s", "greeting", dir.resolve("a.nbib").toString());

        assertThat(run.err()).as(run.toString()).contains("read as greeting (forced with -s), it gave no record: is it in that format?;"
                + " without -s, each file's source is chosen by what the file holds");
    }

    @Test
    void aSourceChosenForAnInputThatTheFilesSourcesLeaveOutSaysWhichSources() throws Exception {
        Path pipeline = Files.writeString(dir.resolve("review.yaml"), "inputs:\n  - {path: a.nbib, source: greeting}\nsources: [nowhere]\n");

        CommandRun validate = CommandRun.of("validate", "--plugins-dir", plugins.toString(), pipeline.toString());

        assertThat(validate.err()).as(validate.toString()).contains(pipeline + ":2: source 'greeting' is chosen for this input, but the"
                + " run's sources are nowhere (sources: in the pipeline file): add it to them, or leave this input's choice out");
    }
}
