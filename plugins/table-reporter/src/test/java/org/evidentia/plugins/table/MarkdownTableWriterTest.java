package org.evidentia.plugins.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTableWriterTest {

    @Test
    void makesCellTextLiteralAndKeepsItOnOneLine() {
        assertThat(MarkdownTableWriter.escape("a|b\nc\r\nd")).isEqualTo("a\\|b c  d");
        assertThat(MarkdownTableWriter.escape("*IL-6* _up_ `x` [link](y) \\")).isEqualTo("\\*IL-6\\* \\_up\\_ \\`x\\` \\[link\\](y) \\\\");
        assertThat(MarkdownTableWriter.escape("<img src=x onerror=alert(1)> & co")).isEqualTo("&lt;img src=x onerror=alert(1)&gt; &amp; co");
    }
}
