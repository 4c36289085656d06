package org.evidentia.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.evidentia.runtime.host.PluginFolders;
import org.evidentia.runtime.host.fixtures.PlainReporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An issue about one of a pipeline file's inputs names that input's line, whatever came before it. */
class InputLinesTest {

    @TempDir
    Path dir;

    /** A wrong item is left out of the inputs: the plan named the input after it by its new index, the wrong item's line. */
    @Test
    void anInputAfterAWrongItemIsNamedAtItsOwnLine() throws Exception {
        Files.createDirectories(dir.resolve("plugins"));
        Path pipeline = Files.writeString(dir.resolve("review.yaml"), String.join("\n",
                "inputs:",
                "  - {source: csv-table}",
                "  - missing.nbib",
                ""));

        CommandRun run = CommandRun.of("validate", "--plugins-dir", dir.resolve("plugins").toString(), pipeline.toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains(pipeline + ":2: input 1 has no path")
                .contains(pipeline + ":3: input 'missing.nbib' matches no file");
    }

    /** --pubmed adds an input after the file's: it has no line of the file, and its mistake is told without one. */
    @Test
    void anInputOfTheCommandLineIsNotPutAtALineOfThePipelineFile() throws Exception {
        PluginFolders.folder(Files.createDirectories(dir.resolve("plugins")), "plain-plugin", "*", null, PlainReporter.class);
        Files.writeString(dir.resolve("a.nbib"), "PMID- 1\n");
        Path pipeline = Files.writeString(dir.resolve("review.yaml"), "inputs:\n  - a.nbib\n");

        CommandRun run = CommandRun.of("run", "--plugins-dir", dir.resolve("plugins").toString(), "--no-progress", "-o",
                dir.resolve("out").toString(), "--pubmed", "", pipeline.toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).startsWith("evidentia: input 'pubmed:' has no query after 'pubmed:'");
    }
}
