package org.evidentia.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @Test
    void aRunDateThatIsNoDateNamesItsLineInThePipelineFile(@TempDir Path dir) throws Exception {
        Path pipeline = Files.writeString(dir.resolve("review.yaml"), "inputs: [exports/]\nrun-date: 31/01/2026\n");
        Files.createDirectories(dir.resolve("plugins"));
        Files.createDirectories(dir.resolve("exports"));
        Files.writeString(dir.resolve("exports/a.nbib"), "PMID- 1\n");
        CommandRun run = CommandRun.of("validate", "--plugins-dir", dir.resolve("plugins").toString(), pipeline.toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).startsWith("evidentia: " + pipeline + ":2: run date '31/01/2026' is not an ISO date");
    }

    @Test
    void theFilesOwnMistakesAndThePlansAreReportedTogetherInTheOrderOfTheLines(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("exports"));
        Files.writeString(dir.resolve("exports/a.nbib"), "PMID- 1\n");
        Files.createDirectories(dir.resolve("plugins"));
        Path pipeline = Files.writeString(dir.resolve("review.yaml"), String.join("\n",
                "inputs: [exports/]",
                "reporters: [bogus-reporter]",
                "extractor: [cytokines]",
                "strict: maybe",
                "run-date: 31/01/2026",
                ""));
        CommandRun run = CommandRun.of("validate", "--plugins-dir", dir.resolve("plugins").toString(), pipeline.toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err().lines().map(line -> line.replaceFirst("^.*review\\.yaml:(\\d+): .*$", "$1")))
                .containsExactly("2", "3", "4", "5");
        assertThat(run.err()).contains(pipeline + ":2: no reporter named 'bogus-reporter'")
                .contains(pipeline + ":3: unknown key 'extractor'")
                .contains(pipeline + ":4: 'strict' takes true or false, not 'maybe'")
                .contains(pipeline + ":5: run date '31/01/2026' is not an ISO date");
    }

    @Test
    void aSourceChosenForAnInputIsCheckedAtItsLineWithTheFilesOtherMistakes(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("exports"));
        Files.writeString(dir.resolve("exports/a.nbib"), "PMID- 1\n");
        Files.writeString(dir.resolve("bare.tsv"), "pmid\ttitle\n");
        Files.createDirectories(dir.resolve("plugins"));
        Path pipeline = Files.writeString(dir.resolve("review.yaml"), String.join("\n",
                "inputs:",
                "  - exports/",
                "  - path: bare.tsv",
                "    source: csv-tabel",
                "  - {path: exports/a.nbib, sorce: medline}",
                ""));
        CommandRun run = CommandRun.of("validate", "--plugins-dir", dir.resolve("plugins").toString(), pipeline.toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains(pipeline + ":4: no source named 'csv-tabel'; available sources: ")
                .contains(pipeline + ":5: input 3 has an unknown key 'sorce'");
    }
}
