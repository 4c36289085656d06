package org.evidentia.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedLinesTest {

    @Test
    void everyLineEndEndsALineAndTrailingWhiteSpaceIsRemoved() throws IOException {
        try (BoundedLines lines = new BoundedLines(new StringReader("one  \ntwo\r\nthree\rfour \u2003"), 100)) {
            List<String> read = new ArrayList<>();
            for (String line = lines.next(); line != null; line = lines.next()) {
                read.add(lines.number() + ":" + line);
            }
            assertThat(read).containsExactly("1:one", "2:two", "3:three", "4:four");
        }
    }

    /** The review of session 28, N16: CR CR LF (a CRLF file converted once more) ends one line, also where a read ends inside it. */
    @Test
    void crCrLfEndsOneLineAndTwoCrsWithoutALfAreABlankLine() throws IOException {
        String text = "one\r\r\ntwo\r\r\n\r\r\nthree\r\r\n";
        java.io.Reader trickle = new StringReader(text) {
            @Override
            public int read(char[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, 1));
            }
        };
        for (java.io.Reader in : List.of(new StringReader(text), trickle)) {
            try (BoundedLines lines = new BoundedLines(in, 100)) {
                List<String> read = new ArrayList<>();
                for (String line = lines.next(); line != null; line = lines.next()) {
                    read.add(lines.number() + ":" + line);
                }
                assertThat(read).containsExactly("1:one", "2:two", "3:", "4:three");
            }
        }
        try (BoundedLines lines = new BoundedLines(new StringReader("one\r\rtwo"), 100)) {
            assertThat(lines.next()).isEqualTo("one");
            assertThat(lines.next()).as("a blank line of a file ended by CR alone").isEmpty();
            assertThat(lines.next()).isEqualTo("two");
        }
    }

    /** The review of session 28, N10: a byte-order mark starting a line inside the file (a second export joined on) is dropped. */
    @Test
    void aByteOrderMarkAtALinesStartIsDropped() throws IOException {
        try (BoundedLines lines = new BoundedLines(new StringReader("ER  -\n\ufeffTY  - JOUR\n"), 100)) {
            assertThat(lines.next()).isEqualTo("ER  -");
            assertThat(lines.next()).isEqualTo("TY  - JOUR");
        }
    }

    /** The review of session 28, N17: a line of no-break spaces (a browser's copy of an empty line) is blank. */
    @Test
    void aLineOfNoBreakSpacesIsBlank() throws IOException {
        try (BoundedLines lines = new BoundedLines(new StringReader("TI  - A title\u00a0\n\u00a0\u202f\nER  -"), 100)) {
            assertThat(lines.next()).isEqualTo("TI  - A title");
            assertThat(lines.next()).isEmpty();
            assertThat(lines.next()).isEqualTo("ER  -");
        }
    }

    @Test
    void trailingTabsAreKeptSoATabSeparatedRowKeepsItsEmptyLastFields() throws IOException {
        try (BoundedLines lines = new BoundedLines(new StringReader("1002\tNo abstract here\t\t\n1003\tT\tA\t \r\n\t\n"), 100)) {
            assertThat(lines.next().split("\t", -1)).containsExactly("1002", "No abstract here", "", "");
            assertThat(lines.next()).as("spaces after the last tab are white space; the tab stays").isEqualTo("1003\tT\tA\t");
            assertThat(lines.next()).isEqualTo("\t");
            assertThat(lines.next()).isNull();
        }
    }

    @Test
    void aFormatWhoseTrailingTabsMeanNothingHasThemRemovedWithTheRest() throws IOException {
        try (BoundedLines lines = new BoundedLines(new StringReader("ER  -\t\nTI  - A title \t \n"), 100, false)) {
            assertThat(lines.next()).isEqualTo("ER  -");
            assertThat(lines.peek()).isEqualTo("TI  - A title");
            assertThat(lines.next()).isEqualTo("TI  - A title");
        }
    }

    @Test
    void peekShowsTheNextLineWithoutTakingIt() throws IOException {
        try (BoundedLines lines = new BoundedLines(new StringReader("a\nb\n"), 100)) {
            assertThat(lines.peek()).isEqualTo("a");
            assertThat(lines.number()).isZero();
            assertThat(lines.next()).isEqualTo("a");
            assertThat(lines.peek()).isEqualTo("b");
            assertThat(lines.next()).isEqualTo("b");
            assertThat(lines.number()).isEqualTo(2);
            assertThat(lines.peek()).isNull();
            assertThat(lines.next()).isNull();
        }
    }

    @Test
    void aLineLongerThanTheLimitIsCutAndSaysSoAndTheNextLineIsWhole() throws IOException {
        try (BoundedLines lines = new BoundedLines(new StringReader("x".repeat(50_000) + "\nshort\n"), 1_000)) {
            assertThat(lines.next()).hasSize(1_000);
            assertThat(lines.lastWasCut()).isTrue();
            assertThat(lines.next()).isEqualTo("short");
            assertThat(lines.lastWasCut()).isFalse();
            assertThat(lines.number()).isEqualTo(2);
        }
    }

    @Test
    void aLimitBelowOneIsRefused() {
        assertThatThrownBy(() -> new BoundedLines(new StringReader(""), 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxLine");
    }
}
