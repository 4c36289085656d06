package org.evidentia.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DescribeCommandTest {

    @Test
    void theCoreSynthesisIsDescribedWithItsOptionsLikeAnExtension() {
        String[] args = {"describe", "synthesis"};
        CommandLine cli = EvidentiaCommand.commandLine(args);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));

        int exit = cli.execute(args);

        assertThat(exit).as(err.toString()).isEqualTo(ExitCode.OK);
        assertThat(out.toString())
                .startsWith("synthesis (core synthesis, built in)")
                .contains("Options (set with --option synthesis.KEY=VALUE or under options: synthesis: in a pipeline file):")
                .contains("  voting-designs (list of ")
                .contains(", default: [\"primary\",\"case-report\"]")
                .contains("Study designs whose findings cast votes in the synthesis");
    }
}
