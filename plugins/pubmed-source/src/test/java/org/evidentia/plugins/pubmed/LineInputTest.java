package org.evidentia.plugins.pubmed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineInputTest {

    @Test
    void endsLinesAtLfCrlfAndCrAndSkipsTheByteOrderMark() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "one\r\ntwo\nthree\rfour  \n\nlast".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(text, 0, all, bom.length, text.length);

        assertThat(lines(new ByteArrayInputStream(all))).containsExactly("one", "two", "three", "four", "", "last");
    }

    @Test
    void handlesCrlfSplitAcrossReadsAndLinesLongerThanTheBuffer() {
        String longLine = "x".repeat(200_000);
        byte[] text = ("a\r\n" + longLine + "\r\nb\r\n").getBytes(StandardCharsets.UTF_8);
        // A stream that hands out two bytes at a time puts every CR at the end of a read.
        InputStream trickle = new ByteArrayInputStream(text) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 2));
            }
        };

        assertThat(lines(trickle)).containsExactly("a", longLine, "b");
        assertThat(lines(new ByteArrayInputStream(text))).containsExactly("a", longLine, "b");
    }

    @Test
    void decodesUtf8AndReplacesBytesThatAreNot() {
        byte[] text = {'I', 'L', '-', '6', ' ', (byte) 0xCE, (byte) 0xB1, '\n', 'b', (byte) 0xE9, 'd', '\n'};
        LineInput input = new LineInput(new ByteArrayInputStream(text));

        assertThat(input.next()).isEqualTo("IL-6 α");
        assertThat(input.next()).isEqualTo("b" + LineInput.REPLACEMENT + "d");
        assertThat(input.number()).isEqualTo(2);
        assertThat(input.next()).isNull();
    }

    @Test
    void refusesALineLongerThanAnyTextExportHas() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 'x');
                return len;
            }
        };
        LineInput input = new LineInput(endless);

        org.assertj.core.api.Assertions.assertThatThrownBy(input::next)
                .isInstanceOf(java.io.UncheckedIOException.class)
                .hasMessageContaining("line 1 is longer than 16 MiB");
    }

    @Test
    void peekDoesNotConsume() {
        LineInput input = new LineInput(new ByteArrayInputStream("a\nb\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(input.peek()).isEqualTo("a");
        assertThat(input.number()).isZero();
        assertThat(input.next()).isEqualTo("a");
        assertThat(input.number()).isEqualTo(1);
        assertThat(input.sawContent()).isTrue();
    }

    private static List<String> lines(InputStream in) {
        LineInput input = new LineInput(in);
        List<String> lines = new ArrayList<>();
        for (String line = input.next(); line != null; line = input.next()) {
            lines.add(line);
        }
        return lines;
    }
}
