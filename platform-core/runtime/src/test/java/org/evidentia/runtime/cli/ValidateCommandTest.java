package org.evidentia.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ValidateCommandTest {

    @Test
    void aRunDateThatIsNoDateNamesItsLineInThePipelineFile(@TempDir Path dir) throws Exception {
        Path pipeline = Files.writeString(dir.resolve("review.yaml"), "inputs: [exports/]\nrun-date: 31/01/2026\n");
        String[] args = {"validate", pipeline.toString()};
        CommandLine cli = EvidentiaCommand.commandLine(args);
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        cli.setOut(new PrintWriter(new StringWriter()));

        int exit = cli.execute(args);

        assertThat(exit).as(err.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).startsWith("evidentia: " + pipeline + ":2: run date '31/01/2026' is not an ISO date");
    }
}
