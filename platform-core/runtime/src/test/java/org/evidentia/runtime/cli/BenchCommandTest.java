package org.evidentia.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BenchCommandTest {

    @Test
    void noTimedPassIsAUsageErrorNotAnIndexOutOfBounds() {
        for (String repeat : new String[] {"0", "-2"}) {
            String[] args = {"bench", "--repeat", repeat, "any-input.txt"};
            CommandLine cli = EvidentiaCommand.commandLine(args);
            StringWriter err = new StringWriter();
            cli.setErr(new PrintWriter(err));
            cli.setOut(new PrintWriter(new StringWriter()));

            int exit = cli.execute(args);

            assertThat(exit).as(err.toString()).isEqualTo(ExitCode.USAGE);
            assertThat(err.toString()).isEqualTo("evidentia: --repeat must be at least 1 (timed passes per stage), not " + repeat
                    + System.lineSeparator());
        }
    }
}
