package org.evidentia.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RunIntoStoreTest {

    @Test
    void theHintQuotesAStoreNameTheShellWouldSplitOrChange() {
        assertThat(RunIntoStore.shellWord("review.db")).isEqualTo("review.db");
        assertThat(RunIntoStore.shellWord("/data/living-review/s2.db")).isEqualTo("/data/living-review/s2.db");
        assertThat(RunIntoStore.shellWord("my store.db")).isEqualTo("'my store.db'");
        assertThat(RunIntoStore.shellWord("it's.db")).isEqualTo("'it'\\''s.db'");
        assertThat(RunIntoStore.shellWord("$HOME.db")).isEqualTo("'$HOME.db'");
    }
}
