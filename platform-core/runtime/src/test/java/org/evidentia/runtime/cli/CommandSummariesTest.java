package org.evidentia.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CommandSummariesTest {

    /** picocli lists a command in `evidentia --help` by the first line of its description, so that line is the summary. */
    @Test
    void everyCommandIsListedInTheTopHelpWithACompleteSentence() {
        CommandLine cli = EvidentiaCommand.commandLine("--help");
        for (Map.Entry<String, CommandLine> command : cli.getSubcommands().entrySet()) {
            String[] description = command.getValue().getCommandSpec().usageMessage().description();
            assertThat(description).as(command.getKey()).isNotEmpty();
            assertThat(description[0]).as(command.getKey()).endsWith(".");
        }
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.execute("--help");
        assertThat(out.toString())
                .contains("Apply the output of an evidentia-spark job (docs/scale.md) to a findings store.")
                .contains("Run the pipeline and score its findings against hand-annotated gold findings.");
    }

    /** It said picocli's "Unmatched arguments from index 0: 'rnu', 'x'". */
    @Test
    void aMistypedCommandIsCalledAnUnknownCommandWithTheCommandsListed() {
        CommandRun run = CommandRun.of("rnu", "exports/");

        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).startsWith("evidentia: unknown command 'rnu'; commands: run, report, import, plugins, describe, "
                + "validate, evaluate, bench, help\n").contains("Try `evidentia --help`.").doesNotContain("Unmatched");
        assertThat(CommandRun.of("run", "--bogus").err()).as("an unknown option of a command keeps picocli's words")
                .startsWith("evidentia: Unknown option: '--bogus'");
        assertThat(run.err()).contains("Did you mean: evidentia run?");
        assertThat(CommandRun.of("evalute").err()).as("a typo away only").contains("Did you mean: evidentia evaluate?\n");
        assertThat(CommandRun.of("frobnicate").err()).as("picocli offered evaluate").startsWith("evidentia: unknown command 'frobnicate'")
                .doesNotContain("Did you mean");
    }

    /** The version alone needs no command's model (building them all took about 45 ms of its start); after a command name it is that command's. */
    @Test
    void theVersionAloneBuildsNoCommand() {
        assertThat(EvidentiaCommand.commandLine("-V").getSubcommands()).isEmpty();
        assertThat(EvidentiaCommand.commandLine("--version").getSubcommands()).isEmpty();
        assertThat(EvidentiaCommand.commandLine("plugins", "-V").getSubcommands()).containsOnlyKeys("plugins");
        assertThat(CommandRun.of("-V", "run").out()).as("a command after the version, as before").isEqualTo(CommandRun.of("-V").out());
        assertThat(CommandRun.of("-V").out()).startsWith("evidentia ").contains("Java ");
    }

    /** Review 27, L1: every command's help offers -V, --version, which printed nothing under a subcommand. */
    @Test
    void everyCommandPrintsTheVersionItsHelpOffers() {
        String top = CommandRun.of("--version").out();
        assertThat(top).startsWith("evidentia ").contains("Java ");
        for (String[] command : new String[][] {{"run"}, {"report"}, {"import"}, {"plugins"}, {"plugins", "install"}, {"describe"},
                {"validate"}, {"evaluate"}, {"bench"}}) {
            String[] args = java.util.Arrays.copyOf(command, command.length + 1);
            args[command.length] = "-V";
            CommandRun run = CommandRun.of(args);
            assertThat(run.exit()).as(String.join(" ", args)).isZero();
            assertThat(run.out()).as(String.join(" ", args)).isEqualTo(top);
        }
    }

    @Test
    void evaluatesClosingLineCountsWithNounsAndThousandsSeparators() {
        assertThat(EvaluateCommand.totals(1929, 1, 1040, 0))
                .isEqualTo("Read 1,929 records; 1 finding in gold records, 1,040 in other records (not scored); 0 problems");
        assertThat(EvaluateCommand.totals(1, 2, 0, 1)).isEqualTo("Read 1 record; 2 findings in gold records, 0 in other records (not scored); 1 problem");
    }
}
