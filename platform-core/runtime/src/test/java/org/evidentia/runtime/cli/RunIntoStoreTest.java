package org.evidentia.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunIntoStoreTest {

    @TempDir
    Path dir;

    /** It said "options are given for the reporter 'review-table'", the bundled example pipeline's, which the user never gave. */
    @Test
    void aStoreRunWithoutInputsSaysThatItNeedsInputsAndMakesNoStore() {
        Path db = dir.resolve("review.db");

        CommandRun run = CommandRun.of("run", "--store", db.toString());

        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).isEqualTo("evidentia: a run with --store applies inputs to the store, and none is given: give `evidentia run"
                + " --store " + db + " INPUTS...` (files, folders, patterns, or a pipeline file)\n");
        assertThat(db).doesNotExist();
    }

    @Test
    void theHintQuotesAStoreNameTheShellWouldSplitOrChange() {
        assertThat(RunIntoStore.shellWord("review.db")).isEqualTo("review.db");
        assertThat(RunIntoStore.shellWord("/data/living-review/s2.db")).isEqualTo("/data/living-review/s2.db");
        assertThat(RunIntoStore.shellWord("my store.db")).isEqualTo("'my store.db'");
        assertThat(RunIntoStore.shellWord("it's.db")).isEqualTo("'it'\\''s.db'");
        assertThat(RunIntoStore.shellWord("$HOME.db")).isEqualTo("'$HOME.db'");
    }
}
