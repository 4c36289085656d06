package org.evidentia.textmining.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataLinesTest {

    @Test
    void dataLinesComeWithTheirNumbersWithoutBlankLinesCommentsOrAByteOrderMark() throws IOException {
        List<String> seen = new ArrayList<>();
        DataLines.read(new BufferedReader(new StringReader("\uFEFFkey\tlabel\n\n# a comment\n  \nIL6\tIL-6\n\uFEFFlater\n")),
                (number, line) -> seen.add(number + ":" + line));
        assertThat(seen).containsExactly("1:key\tlabel", "5:IL6\tIL-6", "6:\uFEFFlater");
    }

    /** A lexicon option pointed at a .netrc printed its password in the error that refused the file. */
    @Test
    void aMalformedLineIsQuotedOnlyWhenItHasATabAndOnlyItsHead() {
        assertThat(DataLines.describe("machine intranet.example login jdoe password Hunter2-secret"))
                .isEqualTo("a line without a tab (59 characters, not shown: is this a tab-separated file?)");
        assertThat(DataLines.describe("IL6\tIL-6")).isEqualTo("IL6\tIL-6");
        String longLine = "x\t" + "y".repeat(200);
        assertThat(DataLines.describe(longLine)).isEqualTo(longLine.substring(0, DataLines.QUOTED_CHARS) + "... (202 characters)");
    }

    @Test
    void whatTheHandlerThrowsReachesTheCallerAndAMissingResourceIsNamed() {
        assertThatThrownBy(() -> DataLines.read(new BufferedReader(new StringReader("a\nb\n")), (number, line) -> {
            throw new IllegalArgumentException("line " + number);
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("line 1");
        assertThatThrownBy(() -> DataLines.readResource(DataLinesTest.class, "no-such.tsv", (number, line) -> { }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("no-such.tsv is missing beside " + DataLinesTest.class.getName());
    }

    @Test
    void aUsersDataFileThatCannotBeReadIsToldWithWhereItWasLookedForAndWhyInWords(@TempDir Path dir)
            throws IOException {
        Path missing = dir.resolve("nolex.tsv");
        assertThat(DataLines.unreadable("cytokine lexicon", missing, new NoSuchFileException(missing.toString())))
                .hasMessage("cannot read cytokine lexicon " + missing + ": no such file")
                .hasCauseInstanceOf(NoSuchFileException.class);
        Path relative = Path.of("some/where/lex.tsv");
        assertThat(DataLines.unreadable("biomarker lexicon", relative, new MalformedInputException(1)))
                .hasMessage("cannot read biomarker lexicon " + relative + " (looked for " + relative.toAbsolutePath()
                        + ", relative to the working directory): it is not UTF-8 text (save it as UTF-8)");
        Path latin1 = Files.write(dir.resolve("latin1.tsv"), "# a comment\nIL6\tIL-6\tinterleukin-6\nLEP\tlept\u00e9n\tleptin\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThat(DataLines.unreadable("cytokine lexicon", latin1, new MalformedInputException(1)))
                .hasMessage("cannot read cytokine lexicon " + latin1 + ": line 3 is not UTF-8 text (save the file as UTF-8)");
        assertThat(DataLines.unreadable("cytokine lexicon", dir, new IOException("Is a directory")))
                .hasMessage("cannot read cytokine lexicon " + dir + ": it is a folder, not a file");
    }
}
