package org.evidentia.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The line Ctrl-C or kill prints: what the stopped command leaves, and no word of output folders where it writes none. */
class InterruptionNoticeTest {

    private static String noticeFor(String... args) {
        return Main.interruptionNotice(EvidentiaCommand.commandLine(args).parseArgs(args));
    }

    @ParameterizedTest
    @ValueSource(strings = {"run -o out --store s.db in.txt", "run review.yaml"})
    void commandsThatWriteOutputFoldersOrStoresSayWhatTheyKeep(String args) {
        assertThat(noticeFor(args.split(" "))).isEqualTo("evidentia: interrupted before the end: an output folder keeps the"
                + " previous run's files unless this run had replaced them already, and a findings store every input this run"
                + " finished (the same command without --force goes on from there)");
    }

    /** The review of session 33, K2: an import, which writes no output folder, spoke of one. */
    @Test
    void anImportSaysWhatItsStoreKeepsAndNoWordOfAnOutputFolder() {
        assertThat(noticeFor("import", "--store", "s.db", "job-out")).isEqualTo("evidentia: interrupted before the end: the findings"
                + " store keeps every input this import finished (the same command without --force goes on from there)");
    }

    /** A report reads the store only; a run without a store (the review of session 30, K8) writes none: neither hears of --force. */
    @ParameterizedTest
    @ValueSource(strings = {"report --store s.db -o out", "run in.txt", "run -o out in.txt more.nbib"})
    void commandsThatWriteAnOutputFolderAloneSayWhatItKeepsAndNoWordOfForce(String args) {
        assertThat(noticeFor(args.split(" "))).isEqualTo("evidentia: interrupted before the end: an output"
                + " folder keeps the previous run's files unless this run had replaced them already");
    }

    @ParameterizedTest
    @ValueSource(strings = {"plugins", "describe medline", "validate p.yaml", "evaluate --gold g.jsonl in.txt", "bench in.txt",
            "help", "help run", "run --help", "plugins install --help", "--version", ""})
    void commandsThatWriteNothingSayJustInterrupted(String args) {
        assertThat(noticeFor(args.isEmpty() ? new String[0] : args.split(" "))).isEqualTo("evidentia: interrupted");
    }

    @Test
    void aStopBeforeTheCommandLineIsReadSaysJustInterrupted() {
        assertThat(Main.interruptionNotice(null)).isEqualTo("evidentia: interrupted");
    }

    @Test
    void evaluateWithAnErrorsFileSaysItMayBeCutShort() {
        assertThat(noticeFor("evaluate", "--gold", "g.jsonl", "--errors", "errs.jsonl", "in.txt"))
                .isEqualTo("evidentia: interrupted: errs.jsonl (--errors) may be cut short if it was being written;"
                        + " run the command again");
    }

    @Test
    void pluginsInstallSaysThePluginIsInstalledWholeOrNotAtAll() {
        assertThat(noticeFor("plugins", "install", "p-1.0.zip")).isEqualTo("evidentia: interrupted: p-1.0.zip is installed whole"
                + " or not at all (its zip is moved into the plugins folder in one step): `evidentia plugins` lists it if it is;"
                + " a hidden .installing-*.part file left in the folder is a copy cut short, which can be deleted");
        assertThat(noticeFor("plugins", "install", "--replace", "p-1.1.zip")).endsWith("which can be deleted; the plugin it"
                + " replaces is removed after it is moved in, and may be left beside it: the same command again removes it");
    }

    @Test
    void pluginsEnableAndDisableSayTheListsAreWholeAndTheSameCommandFinishesTheChange() {
        assertThat(noticeFor("plugins", "enable", "p")).isEqualTo("evidentia: interrupted: the plugins folder's enabled.txt and"
                + " disabled.txt are each whole, changed or not (each is replaced in one step): `evidentia plugins` shows whether"
                + " p is enabled, and the same command again finishes the change; a hidden .enabled.txt.*.part or"
                + " .disabled.txt.*.part file left in the folder is a copy cut short, which can be deleted");
        assertThat(noticeFor("--plugins-dir", "d", "plugins", "disable", "p")).contains("shows whether p is disabled");
    }

    @Test
    void pluginsRemoveSaysThePluginMayBePartlyRemoved() {
        assertThat(noticeFor("plugins", "remove", "p")).isEqualTo("evidentia: interrupted: plugin p may be partly removed (its"
                + " unpacked folder, its zip and its lines in enabled.txt and disabled.txt go one after another): the same"
                + " command again removes the rest");
    }
}
