package org.evidentia.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evidentia import} refusing what is no job's output, without making the store. */
class ImportCommandTest {

    @TempDir
    Path dir;

    @Test
    void aMissingFolderIsAUsageErrorThatSaysSoAndMakesNoStore() {
        Path store = dir.resolve("imp.db");
        CommandRun run = CommandRun.of("import", "--store", store.toString(), dir.resolve("nojob").toString());
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("the folder " + dir.resolve("nojob") + " does not exist");
        assertThat(Files.exists(store)).isFalse();
    }

    @Test
    void aJobFileWithoutItsFieldsNamesTheFileAndTheFieldAndMakesNoStore() throws Exception {
        Path job = Files.createDirectory(dir.resolve("fakejob"));
        Files.writeString(job.resolve("job.json"), "{\"evidentia_version\":\"0.1.0\"}");
        Files.writeString(job.resolve("files.jsonl"), "");
        Path store = dir.resolve("imp.db");
        CommandRun run = CommandRun.of("import", "--store", store.toString(), job.toString());
        assertThat(run.exit()).isEqualTo(ExitCode.FAILED);
        assertThat(run.err()).contains(job.resolve("job.json") + ": the field run_date is missing");
        assertThat(Files.exists(store)).isFalse();
    }
}
