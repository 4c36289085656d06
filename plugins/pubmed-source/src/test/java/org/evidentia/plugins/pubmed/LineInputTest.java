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

    /**
     * The review of session 28, N16: a CRLF file converted to CRLF once more ends every line CR CR LF, which read as a blank line
     * after each (an Abstract export lost half its findings, a MEDLINE file counted 41,285 skipped records), whether the ends
     * fall inside one read or across reads; a blank line of a file ended by CR alone stays one.
     */
    @Test
    void crCrLfEndsOneLineAndTwoCrsWithoutALfAreABlankLine() {
        byte[] text = "one\r\r\ntwo\r\r\n\r\r\nthree\r\r\n".getBytes(StandardCharsets.UTF_8);
        InputStream trickle = new ByteArrayInputStream(text) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1));
            }
        };

        assertThat(lines(new ByteArrayInputStream(text))).containsExactly("one", "two", "", "three");
        assertThat(lines(trickle)).containsExactly("one", "two", "", "three");
        assertThat(lines(new ByteArrayInputStream("one\r\rtwo\r".getBytes(StandardCharsets.UTF_8)))).containsExactly("one", "", "two");
    }

    /** The review of session 28, N17: a browser's copy gives empty lines a no-break space, which read as text joined every paragraph. */
    /** The review of session 28, N10: two exports joined, each with its byte-order mark: the second's mark starts a line inside the file. */
    @Test
    void aByteOrderMarkAtALinesStartInsideTheFileIsDropped() {
        byte[] text = "PMID- 1\n\n\ufeffPMID- 2\nTI  - \ufeffkept inside".getBytes(StandardCharsets.UTF_8);

        assertThat(lines(new ByteArrayInputStream(text))).containsExactly("PMID- 1", "", "PMID- 2", "TI  - \ufeffkept inside");
    }

    @Test
    void aLineOfNoBreakSpacesIsBlank() {
        byte[] text = "one\n\u00a0\ntwo \u00a0\u202f\n\u2007\ufeff\nthree".getBytes(StandardCharsets.UTF_8);

        assertThat(lines(new ByteArrayInputStream(text))).containsExactly("one", "", "two", "", "three");
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
    void cutsALineLongerThanTheLimitAndReadsOnAfterIt() {
        // 3 MiB without a line break, as a file with one huge line (or a 3 GiB one) has.
        String huge = "x".repeat(3 * ReadLimits.MAX_LINE_BYTES);
        LineInput input = new LineInput(new ByteArrayInputStream(("a\n" + huge + "\r\nb\n").getBytes(StandardCharsets.UTF_8)));

        assertThat(input.next()).isEqualTo("a");
        assertThat(input.wasCut()).isFalse();
        assertThat(input.next()).hasSize(ReadLimits.MAX_LINE_BYTES);
        assertThat(input.wasCut()).isTrue();
        assertThat(input.number()).isEqualTo(2);
        assertThat(input.next()).isEqualTo("b");
        assertThat(input.wasCut()).isFalse();
        assertThat(input.number()).isEqualTo(3);
        assertThat(input.next()).isNull();
    }

    @Test
    void removesNulBytesAndOtherControlCharactersAtLineEnds() {
        byte[] text = "PMID- 1\u0000\u0000\n\u0000\nTI  - x\u001a \r\n".getBytes(StandardCharsets.UTF_8);

        assertThat(lines(new ByteArrayInputStream(text))).containsExactly("PMID- 1", "", "TI  - x");
    }

    @Test
    void countsIdentityLinesAsTheyAreReadWhetherPeekedOrTaken() {
        LineInput input = new LineInput(new ByteArrayInputStream("PMID- 1\nTI  - a\nPMID- 2\n".getBytes(StandardCharsets.UTF_8)),
                line -> line.startsWith("PMID-") ? 1 : 0);

        input.next();
        input.peek();
        input.peek();
        assertThat(input.identities()).isEqualTo(1);
        while (input.next() != null) {
            input.peek();
        }
        assertThat(input.identities()).isEqualTo(2);
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
