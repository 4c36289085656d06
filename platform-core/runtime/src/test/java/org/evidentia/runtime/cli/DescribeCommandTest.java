package org.evidentia.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DescribeCommandTest {

    @Test
    void theCoreSynthesisIsDescribedWithItsOptionsLikeAnExtension() {
        CommandRun run = CommandRun.of("describe", "synthesis");

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out())
                .startsWith("synthesis (core synthesis, built in)")
                .contains("Options (set with --option synthesis.KEY=VALUE or under options: synthesis: in a pipeline file):")
                .contains("  voting-designs (list of ")
                .contains(", default: [\"primary\",\"case-report\"]")
                .contains("Study designs whose findings cast votes in the synthesis");
    }
}
