package org.evidentia.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Security review 2, #5: file names and input text reach the console with their control characters escaped. */
class ConsoleEscapesTest {

    @TempDir
    Path dir;

    @Test
    void aFileNameWithTerminalEscapesAndALineBreakIsPrintedEscapedOnOneLine() throws Exception {
        Path inputs = Files.createDirectories(dir.resolve("in"));
        Files.writeString(inputs.resolve("evil\u001b]0;PWNED\u0007\u001b[2J\nRead 999 records from 1 input.nbib"), "garbage\n");
        // a source that reads no such file, and a reporter: the input's problem names the file
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        org.evidentia.runtime.host.PluginFolders.zip(plugins, "source-only", "*", null, org.evidentia.runtime.host.fixtures.TitleLinesSource.class);
        org.evidentia.runtime.host.PluginFolders.folder(plugins, "plain-plugin", "*", null, org.evidentia.runtime.host.fixtures.PlainReporter.class);

        CommandRun run = CommandRun.of("run", "--plugins-dir", dir.resolve("plugins").toString(), inputs.toString(),
                "-o", dir.resolve("out").toString(), "--no-progress");

        String printed = run.out() + run.err();
        assertThat(printed).doesNotContain("\u001b").doesNotContain("\u0007")
                .contains("evil\\x1b]0;PWNED\\x07\\x1b[2J\\nRead 999 records from 1 input.nbib");
        assertThat(printed.lines()).noneMatch(line -> line.startsWith("Read 999"));
    }
}
