package org.evidentia.runtime.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShellWordTest {

    @Test
    void theHintQuotesAStoreNameTheShellWouldSplitOrChange() {
        assertThat(ShellWord.of("review.db")).isEqualTo("review.db");
        assertThat(ShellWord.of("/data/living-review/s2.db")).isEqualTo("/data/living-review/s2.db");
        assertThat(ShellWord.of("my store.db")).isEqualTo("'my store.db'");
        assertThat(ShellWord.of("it's.db")).isEqualTo("'it'\\''s.db'");
        assertThat(ShellWord.of("$HOME.db")).isEqualTo("'$HOME.db'");
    }
}
