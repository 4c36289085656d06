package org.evidentia.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evidentia.api.RunSummary.Problem;
import org.evidentia.runtime.input.PathSourceInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is left of a forced source's quotes of a file it kept no record from (review L4). */
class QuotedLinesTest {

    @TempDir
    Path dir;

    private static Problem problem(String message) {
        return new Problem(Problem.Kind.SKIPPED_RECORD, "medline", "netrc", 1, 1, null, message);
    }

    @Test
    void aQuotedLineOfTheFileIsToldByItsLengthAndTheSourcesOwnWordsStay() throws Exception {
        Path netrc = Files.writeString(dir.resolve("netrc"), "machine example.com login ana password Hunter2's\n"
                + "  machine api.example.org password S3cret\n");
        List<Problem> problems = List.of(
                problem("4 lines that are not MEDLINE, first at line 1: 'machine example.com login ana password Hunter2's'; expected"
                        + " tag lines such as 'PMID- 12345678' and 'TI  - Title'"),
                problem("ignored 2 lines, starting 'machine api.example.org passwo...'"),
                problem("nothing quoted"));

        List<Problem> hidden = QuotedLines.hidden(new PathSourceInput(netrc), problems);

        assertThat(hidden).extracting(Problem::message).containsExactly(
                "4 lines that are not MEDLINE, first at line 1: '(48 characters of the file, not shown)'; expected tag lines such as"
                        + " 'PMID- 12345678' and 'TI  - Title'",
                "ignored 2 lines, starting '(30 characters of the file, not shown)...'",
                "nothing quoted");
        assertThat(hidden.get(2)).isSameAs(problems.get(2));
        assertThat(hidden.get(0).line()).isEqualTo(1);
    }

    /** An explorer's L1 (2026-12-04): a page's "PMID: 16996242" hid the first four characters of the source's own hint. */
    @Test
    void theSourcesHintThatStartsAsALineOfTheFileDoesStaysAndAShortLineQuotedWholeIsHidden() throws Exception {
        Path page = Files.writeString(dir.resolve("page.txt"), "1. J Pain. 2006;7(3):1-9.\nPMID: 16996242\nIL-6 rose\n");
        List<Problem> problems = List.of(problem("first at line 3: 'IL-6 rose'; expected tag lines such as 'PMID- 12345678' and 'TI  - Title'"),
                problem("starting '1. J Pain...'"));

        assertThat(QuotedLines.hidden(new PathSourceInput(page), problems)).extracting(Problem::message).containsExactly(
                "first at line 3: '(9 characters of the file, not shown)'; expected tag lines such as 'PMID- 12345678' and 'TI  - Title'",
                "starting '(10 characters of the file, not shown)..'"); // the cut's first dot is the line's own
    }

    @Test
    void aFileThatCannotBeReadAgainHasEveryQuoteHidden() {
        List<Problem> hidden = QuotedLines.hidden(new PathSourceInput(dir.resolve("gone")), List.of(problem("first line: 'secret' here")));

        assertThat(hidden).extracting(Problem::message).containsExactly("first line: '(6 characters of the file, not shown)' here");
    }
}
