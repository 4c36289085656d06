package org.evidentia.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HelpCommandTest {

    @Test
    void helpOfASubcommandOfACommandIsThatSubcommandsHelp() {
        CommandRun help = CommandRun.of("help", "plugins", "install");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).startsWith("Usage: evidentia plugins install ").isEqualTo(CommandRun.of("plugins", "install", "--help").out());
    }

    @Test
    void helpOfACommandAndOfNoneAreTheirHelp() {
        assertThat(CommandRun.of("help", "run").out()).startsWith("Usage: evidentia run ").isEqualTo(CommandRun.of("run", "--help").out());
        assertThat(CommandRun.of("help").out()).startsWith("Usage: evidentia [").isEqualTo(CommandRun.of("--help").out());
        // the review of session 22, R7: "'help' is an unknown command"
        assertThat(CommandRun.of("help", "help").out()).startsWith("Usage: evidentia help [");
    }

    @Test
    void aWordThatNamesNoCommandIsRefusedWithTheCommandsATypoAway() {
        CommandRun typo = CommandRun.of("help", "plugins", "instal");
        assertThat(typo.exit()).isEqualTo(2);
        assertThat(typo.out()).isEmpty();
        assertThat(typo.err()).startsWith("evidentia: unknown command 'instal' of 'evidentia plugins'; its commands: disable, enable, install, remove (did you mean 'evidentia plugins install'?)")
                .contains("Try `evidentia plugins --help`.");

        CommandRun none = CommandRun.of("help", "nosuch");
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).startsWith("evidentia: unknown command 'nosuch' of 'evidentia'; its commands: run, report,");

        CommandRun tooDeep = CommandRun.of("help", "run", "fast");
        assertThat(tooDeep.exit()).isEqualTo(2);
        assertThat(tooDeep.err()).startsWith("evidentia: 'evidentia run' has no commands under it; 'fast' is none");
    }

    /**
     * The review of session 30, K3: the options run and evaluate share were described once, in run's words with evaluate's
     * exceptions inside ("default: all; evaluate scores exactly one"), and evaluate's help offered --focus as a filter it does
     * not apply. Each help now says what its own command does, and the options still work (-o, -x, --focus are read).
     */
    @Test
    void theOptionsRunAndEvaluateShareAreDescribedByEachInItsOwnWords() {
        String runHelp = CommandRun.of("run", "--help").out();
        String evaluateHelp = CommandRun.of("evaluate", "--help").out();
        String run = runHelp.replaceAll("\\s+", " "); // as wrapped to any width
        String evaluate = evaluateHelp.replaceAll("\\s+", " ");

        assertThat(run).contains("default: evidentia-out in the current folder", "Use this extractor (repeatable; default: all).",
                "Keep only findings whose attribute has this value").doesNotContain("evaluat");
        assertThat(evaluate).contains("default: evidentia-evaluation in the current folder",
                "The extractor whose findings are scored: one", "Accepted, and not applied: evaluate scores every finding")
                .doesNotContain("Keep only findings", "evidentia-out", "Use this extractor");
        assertThat(runHelp.lines().filter(line -> line.contains("--focus=ATTRIBUTE=VALUE") && !line.contains("["))).hasSize(1);
        assertThat(evaluateHelp.lines().filter(line -> line.contains("-x, --extractor=NAME"))).hasSize(1);
    }

    /** The review of session 25, U10: `plugins list` was answered in picocli's words, "Unmatched argument at index 1: 'list'". */
    @Test
    void anUnknownCommandOfACommandIsToldInItsWords() {
        CommandRun list = CommandRun.of("plugins", "list");
        assertThat(list.exit()).isEqualTo(picocli.CommandLine.ExitCode.USAGE);
        assertThat(list.err()).startsWith("evidentia: unknown command 'list' of 'evidentia plugins'; its commands: disable, enable,"
                + " install, remove, or none (`evidentia plugins`)");
    }
}
