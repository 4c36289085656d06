package org.evidentia.plugins.ris;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evidentia.plugins.ris.Fixtures.fixture;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.RunSummary.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RisBadInputTest {

    private final RisSource source = new RisSource();

    @Test
    void badRecordsAreReportedWithTheirLineAndTheOthersAreRead() {
        Path file = fixture("bad-records.ris");

        CountingRead run = CountingRead.of(source, file);

        assertThat(run.records()).extracting(BibliographicRecord::title)
                .containsExactly("First good record", "A record without its ER line", "The last record, cut off");
        assertThat(run.records()).extracting(r -> r.origins().get(0).recordNumber()).containsExactly(1L, 3L, 5L);
        assertThat(run.records().get(2).abstractText()).isEqualTo("The file ends in the middle of this abstract");
        assertThat(run.log().problems()).extracting(Problem::kind, Problem::recordNumber, Problem::line, Problem::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Problem.Kind.WARNING, 1L, 9L,
                                "2 lines outside any record, first at line 9: 'This line is not RIS.'; ignored;"
                                        + " expected 'TY  - ' to start a record"),
                        org.assertj.core.groups.Tuple.tuple(Problem.Kind.SKIPPED_RECORD, 2L, 12L,
                                "the record starts with 'TI  - ' instead of 'TY  - ': expected every record to begin"
                                        + " with its reference type (TY) and end with 'ER  - '"),
                        org.assertj.core.groups.Tuple.tuple(Problem.Kind.WARNING, 3L, 16L,
                                "the record has no 'ER  - ' line: it ends at line 18, before the next record's 'TY  - ' line"),
                        org.assertj.core.groups.Tuple.tuple(Problem.Kind.SKIPPED_RECORD, 4L, 19L,
                                "the record has no title (TI, T1, CT or BT), DOI or PubMed id: expected at least one of"
                                        + " them to identify the study"),
                        org.assertj.core.groups.Tuple.tuple(Problem.Kind.WARNING, 5L, 24L,
                                "the file ends inside this record, before its 'ER  - ' line (truncated? export or download it again); the record is kept as read"));
        assertThat(run.log().problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo(file.toString()));
        assertThat(run.declared()).as("every record start is counted, read or skipped").isEqualTo(5);
        assertThat(run.declared()).isEqualTo(run.records().size() + run.log().count(Problem.Kind.SKIPPED_RECORD));
    }

    @Test
    void bytesThatAreNotUtf8AreReplacedAndTheRecordIsKeptWithAWarning(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("latin1.ris");
        Files.write(file, "TY  - JOUR\nTI  - Caf\u00e9 workers and IL-6\nER  - \n".getBytes(StandardCharsets.ISO_8859_1));

        CountingRead run = CountingRead.of(source, file);

        assertThat(run.records()).singleElement().satisfies(r -> assertThat(r.title()).isEqualTo("Caf\uFFFD workers and IL-6"));
        assertThat(run.log().problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.WARNING);
            assertThat(p.message()).isEqualTo("line 2 holds bytes that are not UTF-8 (read as U+FFFD); expected UTF-8 text;"
                    + " the record is kept with the replaced characters");
        });
    }

    @Test
    void trailingTabsMeanNothingAnEmptyTagLineEndingInATabIsStillATagLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("tabs.ris");
        Files.writeString(file, "TY  - JOUR\t\nTI  - Tabs after the title\t\nER  -\t\n\t\nTY  - JOUR\nTI  - Next\nER  - \n");

        CountingRead run = CountingRead.of(source, file);

        assertThat(run.records()).extracting(BibliographicRecord::title).containsExactly("Tabs after the title", "Next");
        assertThat(run.log().problems()).as("'ER  -<TAB>' ends the record; a line of a tab is blank").isEmpty();
    }

    @Test
    void aLineLongerThanTheLimitIsCutWithAWarning(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("long-line.ris");
        String abstractText = "a".repeat(RisRecords.MAX_LINE + 5000);
        Files.writeString(file, "TY  - JOUR\nTI  - Long\nAB  - " + abstractText + "\nER  - \nTY  - JOUR\nTI  - Next\nER  - \n");

        CountingRead run = CountingRead.of(source, file);

        assertThat(run.records()).extracting(BibliographicRecord::title).containsExactly("Long", "Next");
        assertThat(run.records().get(0).abstractText()).hasSize(RisRecords.MAX_LINE - "AB  - ".length());
        assertThat(run.log().problems()).singleElement().satisfies(p -> assertThat(p.message())
                .isEqualTo("line 3 is longer than 1048576 characters: the rest of that line was left out"));
    }

    @Test
    void aRecordHoldingMoreThanTheLimitIsSkippedAndTheNextOneIsRead(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("huge-record.ris");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("TY  - JOUR\nTI  - Huge\nAB  - start\n".getBytes(StandardCharsets.US_ASCII));
            byte[] line = ("x".repeat(999) + "\n").getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 9_000; i++) {
                out.write(line);
            }
            out.write("ER  - \nTY  - JOUR\nTI  - After the huge one\nER  - \n".getBytes(StandardCharsets.US_ASCII));
        }

        CountingRead run = CountingRead.of(source, file);

        assertThat(run.records()).extracting(BibliographicRecord::title).containsExactly("After the huge one");
        assertThat(run.log().problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.SKIPPED_RECORD);
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).isEqualTo("the record runs from line 1 to line 9004 and holds more than 8 MiB of text:"
                    + " expected one bibliographic record between 'TY  - ' and 'ER  - '");
        });
        assertThat(run.declared()).isEqualTo(2);
    }

    @Test
    void anEmptyFileGivesANoticeAndNoRecords(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("empty.ris");
        Files.writeString(file, "\n\n");

        CountingRead run = CountingRead.of(source, file);

        assertThat(run.records()).isEmpty();
        assertThat(run.log().problems()).isEmpty();
        assertThat(run.log().notices()).containsExactly(file + " holds no RIS record: expected records that start with"
                + " 'TY  - ' and end with 'ER  - '");
        assertThat(run.declared()).isZero();
    }

    @Test
    void anAbstractLineThatLooksLikeATagWithOneSpaceStaysText(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("one-space.ris");
        Files.writeString(file, "TY  - JOUR\nTI  - Cytokines\nAB  - Serum levels of\nIL - 6 rose after surgery.\nER  - \n");

        CountingRead run = CountingRead.of(source, file);

        assertThat(run.records()).singleElement()
                .satisfies(r -> assertThat(r.abstractText()).isEqualTo("Serum levels of IL - 6 rose after surgery."));
        assertThat(run.log().problems()).isEmpty();
    }

    @Test
    void aWrappedLineThatStartsWithErAndOneSpaceIsTextInAFileOfTwoSpaceTags(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("er-text.ris");
        Files.writeString(file, """
                TY  - JOUR
                TI  - Cytokines in breast cancer
                AN  - PMID: 7654322
                AB  - In patients with luminal tumours (defined as
                ER - positive, PR - positive) serum IL-6 levels were significantly higher than in controls.
                ER  -\s
                """);

        CountingRead run = CountingRead.of(source, file);

        assertThat(run.records()).singleElement().satisfies(r -> assertThat(r.abstractText()).isEqualTo("In patients with"
                + " luminal tumours (defined as ER - positive, PR - positive) serum IL-6 levels were significantly higher than in controls."));
        assertThat(run.log().problems()).isEmpty();
    }

    /** The review of session 20's change, 11: a hand-edited file's "ER -" alone, in a record of two-space tags, ended it no more. */
    @Test
    void anErLineOfOneSpaceAndNoTextEndsARecordOfTwoSpaceTags(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mixed.ris");
        Files.writeString(file, "TY  - JOUR\nTI  - Cytokines in sepsis\nAN  - PMID: 7654323\nAB  - Serum IL-6 was higher in patients.\nER -\n");

        CountingRead run = CountingRead.of(source, file);

        assertThat(run.records()).singleElement().satisfies(r -> assertThat(r.abstractText()).isEqualTo("Serum IL-6 was higher in patients."));
        assertThat(run.log().problems()).isEmpty();
    }

    @Test
    void inAFileOfOneSpaceTagsAnErLineFollowedByTextIsReadAsTextWithAWarning(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("one-space-tags.ris");
        Files.writeString(file, """
                TY - JOUR
                TI - Cytokines in breast cancer
                AB - In patients with luminal tumours (defined as
                ER - positive) serum IL-6 was higher.
                PY  - 2020
                ER -\s
                TY - JOUR
                TI - The next record
                ER -\s
                """);

        CountingRead run = CountingRead.of(source, file);

        assertThat(run.records()).extracting(BibliographicRecord::title).containsExactly("Cytokines in breast cancer", "The next record");
        BibliographicRecord record = run.records().get(0);
        assertThat(record.abstractText()).isEqualTo("In patients with luminal tumours (defined as ER - positive) serum IL-6"
                + " was higher.");
        assertThat(record.year()).as("the specification's form is a tag line in any record").isEqualTo(2020);
        assertThat(run.log().problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.WARNING);
            assertThat(p.file()).isEqualTo(file.toString());
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).isEqualTo("line 4 starts like the record's end but goes on with text: 'ER - positive)"
                    + " serum IL-6 was higher.'; read as text of AB, not as the end; expected"
                    + " 'ER  - ' alone to end a record");
        });
    }
}
