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
        Files.createDirectories(dir.resolve("plugins"));

        CommandRun run = CommandRun.of("run", "--plugins-dir", dir.resolve("plugins").toString(), inputs.toString(),
                "-o", dir.resolve("out").toString(), "--no-progress");

        String printed = run.out() + run.err();
        assertThat(printed).doesNotContain("\u001b").doesNotContain("\u0007")
                .contains("evil\\x1b]0;PWNED\\x07\\x1b[2J\\nRead 999 records from 1 input.nbib");
        assertThat(printed.lines()).noneMatch(line -> line.startsWith("Read 999"));
    }
}
