package org.evidentia.plugins.pubmed.medline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.evidentia.api.AbstractSection;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Origin;
import org.evidentia.api.RunSummary.Problem;
import org.evidentia.plugins.pubmed.Fixtures;
import org.evidentia.testkit.PluginTestKit.SourceRun;
import org.evidentia.testkit.PluginTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MedlineSourceTest {

    private final MedlineSource source = new MedlineSource();

    /**
     * The review of session 24, I3: two exports joined with cat, the first without a line end after its last line: the
     * second's first record began at the end of the first's last line ('...2308-10.PMID- 39166637'), lost its PMID and
     * was not merged with its copies. It is read as a record of its own, with its PMID, and told once.
     */
    @Test
    void aRecordGluedToTheEndOfTheLastLineOfAnotherExportKeepsItsPmid(@TempDir Path dir) throws java.io.IOException {
        String export = java.nio.file.Files.readString(Fixtures.path("medline/two-records.nbib"));
        String joined = export.stripTrailing() + export.replace("PMID- ", "PMID- 1");
        Path file = java.nio.file.Files.writeString(dir.resolve("joined.txt"), joined);
        SourceRun whole = PluginTestKit.read(source, Fixtures.path("medline/two-records.nbib"));

        SourceRun run = PluginTestKit.read(source, file);

        List<String> pmids = new java.util.ArrayList<>(whole.records().stream().map(BibliographicRecord::pmid).toList());
        whole.records().forEach(r -> pmids.add("1" + r.pmid()));
        assertThat(run.records()).extracting(BibliographicRecord::pmid).containsExactlyElementsOf(pmids);
        assertThat(run.records().get(whole.records().size() - 1).metadata().toString()).doesNotContain("PMID- 1");
        assertThat(run.records().get(whole.records().size()).origins().get(0).line())
                .as("the glued record starts on the line it was glued to").isEqualTo(joined.substring(0, joined.indexOf("PMID- 1")).lines().count());
        assertThat(run.log().problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("another record's first line"
                + " (two exports joined without a line end between them?); read as the start of the next record"));
        assertThat(run.unaccounted()).isZero();
    }

    /**
     * The review of session 24, I15: a record's PMID line given twice made a record of the PMID alone, kept, while the whole
     * record after it was merged into it as its copy and its abstract left unread.
     */
    @Test
    void aPmidLineGivenTwiceIsReadOnceWithAWarning(@TempDir Path dir) throws java.io.IOException {
        Path whole = Fixtures.path("medline/two-records.nbib");
        String text = java.nio.file.Files.readString(whole);
        int second = text.indexOf("\nPMID- ", 1) + 1;
        String pmidLine = text.substring(second, text.indexOf('\n', second) + 1);
        Path file = java.nio.file.Files.writeString(dir.resolve("twice.nbib"), text.substring(0, second) + pmidLine + text.substring(second));

        SourceRun run = PluginTestKit.read(source, file);
        SourceRun expected = PluginTestKit.read(source, whole);

        assertThat(run.records()).hasSameSizeAs(expected.records());
        for (int i = 0; i < expected.records().size(); i++) {
            assertThat(run.records().get(i).title()).isEqualTo(expected.records().get(i).title());
            assertThat(run.records().get(i).abstractText()).isEqualTo(expected.records().get(i).abstractText());
        }
        assertThat(run.log().problems()).singleElement().satisfies(p -> assertThat(p.message())
                .isEqualTo("line " + (text.substring(0, second).lines().count() + 2) + " repeats the record's '" + pmidLine.strip()
                        + "' line; read once"));
        assertThat(run.unaccounted()).isZero();
    }

    /**
     * The review of session 24, I14: a file whose tags were written with one space before the dash (runs of spaces folded,
     * 'TI - x' for 'TI  - x') was taken for a copied page, ten records read as one titled 'OWN - NLM'. It is read as the
     * MEDLINE it is, the tags padded, with one warning.
     */
    @Test
    void tagsWrittenWithOneSpaceBeforeTheDashAreReadAsTagsWithOneWarning(@TempDir Path dir) throws java.io.IOException {
        Path padded = Fixtures.path("medline/two-records.nbib");
        String folded = java.nio.file.Files.readString(padded).replaceAll("(?m)^([A-Z][A-Z0-9]{1,3}) *- ", "$1 - ");
        Path file = java.nio.file.Files.writeString(dir.resolve("folded.txt"), folded);

        SourceRun whole = PluginTestKit.read(source, padded);
        SourceRun run = PluginTestKit.read(source, file);

        assertThat(folded).contains("\nTI - ").doesNotContain("TI  - ");
        assertThat(source.accepts(PluginTestKit.input(file))).isGreaterThanOrEqualTo(80);
        assertThat(run.records()).hasSize(whole.records().size());
        for (int i = 0; i < whole.records().size(); i++) {
            assertThat(run.records().get(i).pmid()).isEqualTo(whole.records().get(i).pmid());
            assertThat(run.records().get(i).title()).isEqualTo(whole.records().get(i).title());
            assertThat(run.records().get(i).abstractText()).isEqualTo(whole.records().get(i).abstractText());
        }
        assertThat(run.log().problems()).singleElement().satisfies(p -> assertThat(p.message())
                .startsWith("line 1 writes its tag with one space before the dash ('PMID - ")
                .endsWith("'), where MEDLINE pads tags to four columns ('TI  - '); every such line of the file is read as a tag line"));
    }

    @Test
    void mapsTagsOntoRecordFields() {
        Path file = Fixtures.path("medline/two-records.nbib");
        SourceRun run = PluginTestKit.read(source, file);

        assertThat(run.log().problems()).isEmpty();
        assertThat(run.records()).hasSize(2);
        BibliographicRecord first = run.records().get(0);
        assertThat(first.id()).isEqualTo("90000001");
        assertThat(first.pmid()).isEqualTo("90000001");
        assertThat(first.title()).isEqualTo("Serum interleukin-6 in a made-up cohort: a test record written for Evidentia,"
                + " with a title that wraps onto a continuation line.");
        assertThat(first.doi()).isEqualTo("10.9999/evidentia.test.1");
        assertThat(first.pmcid()).isEqualTo("PMC9000001");
        assertThat(first.journal()).isEqualTo("J Test Med");
        assertThat(first.year()).isEqualTo(2019);
        assertThat(first.authors()).containsExactly("Tester AB", "van Example C", "Evidentia Fixture Group");
        assertThat(first.publicationTypes()).containsExactly("Journal Article", "Research Support, Non-U.S. Gov't");
        assertThat(first.meshTerms()).containsExactly("Interleukin-6/*blood", "Humans");
        assertThat(first.keywords()).containsExactly("cytokines", "test fixture");
        assertThat(first.sections()).extracting(AbstractSection::label)
                .containsExactly("BACKGROUND", "METHODS", "RESULTS", "CONCLUSIONS");
        assertThat(first.sections().get(1).text())
                .isEqualTo("Serum IL-6 was measured by ELISA in 20 patients and 20 controls.");
        assertThat(first.origins()).containsExactly(new Origin("medline", file.toString(), 1, 1));
    }

    @Test
    void keepsEveryTagInMetadata() {
        BibliographicRecord first = PluginTestKit.read(source, Fixtures.path("medline/two-records.nbib")).records().get(0);

        assertThat(first.metadata()).containsKeys("PMID", "OWN", "STAT", "DP", "TI", "LID", "AB", "FAU", "AU", "AD",
                "CN", "LA", "PT", "TA", "JT", "MH", "OT", "PMC", "AID", "SO");
        assertThat(first.metadata().get("FAU")).containsExactly("Tester, Alice B", "van Example, Carl");
        assertThat(first.metadata().get("LID"))
                .containsExactly("10.9999/evidentia.test.1 [doi]", "S0000-0000(19)00001-1 [pii]");
        assertThat(first.metadata().get("JT")).containsExactly("Journal of test medicine");
    }

    @Test
    void splitsOnlyClearUpperCaseLabels() {
        BibliographicRecord second = PluginTestKit.read(source, Fixtures.path("medline/two-records.nbib")).records().get(1);

        assertThat(second.sections()).hasSize(1);
        assertThat(second.sections().get(0).label()).isNull();
        assertThat(second.sections().get(0).text()).startsWith("TNF levels were not different")
                .endsWith("Results: lower-case labels mid-text are not split.");
        assertThat(second.doi()).as("AID [doi] is used when there is no LID").isEqualTo("10.9999/evidentia.test.2");
        assertThat(second.origins().get(0).line()).isEqualTo(32);
    }

    /** The review of session 22's sources, S10: OWN and STAT before PMID- (as some reference managers write them) made a phantom record. */
    @Test
    void tagLinesThatSomeToolsWriteBeforeThePmidOpenTheRecord(@TempDir Path dir) {
        String text = Fixtures.text("medline/two-records.nbib").replace("PMID- 90000002\nOWN - NLM\n", "OWN - NLM\nPMID- 90000002\n");
        assertThat(text).contains("OWN - NLM\nPMID- 90000002");
        SourceRun run = PluginTestKit.read(source, Fixtures.write(dir, "own-first.nbib", text.getBytes(StandardCharsets.UTF_8)));

        assertThat(run.records()).extracting(BibliographicRecord::pmid).containsExactly("90000001", "90000002");
        assertThat(run.log().problems()).isEmpty();
        assertThat(run.declared()).isEqualTo(2);
    }

    /** The review of session 22's sources, S6: "PMID- 0014630660" kept its zeros and did not merge with XML's 14630660. */
    @Test
    void aPmidIsReadWithoutLeadingZerosAsTheOtherSourcesReadIt(@TempDir Path dir) {
        String text = Fixtures.text("medline/two-records.nbib").replace("PMID- 90000001", "PMID- 0090000001");
        SourceRun run = PluginTestKit.read(source, Fixtures.write(dir, "zeros.nbib", text.getBytes(StandardCharsets.UTF_8)));

        assertThat(run.records()).extracting(BibliographicRecord::pmid).contains("90000001").doesNotContain("0090000001");
        assertThat(run.log().problems()).isEmpty();

        // the review of the change, R12: "0" and "000" are no PMIDs to merge into one
        String zeros = Fixtures.text("medline/two-records.nbib").replace("PMID- 90000001", "PMID- 0").replace("PMID- 90000002", "PMID- 000");
        SourceRun allZeros = PluginTestKit.read(source, Fixtures.write(dir, "all-zeros.nbib", zeros.getBytes(StandardCharsets.UTF_8)));
        assertThat(allZeros.records()).extracting(BibliographicRecord::pmid).doesNotHaveDuplicates().hasSize(2);
    }

    @Test
    void readsCrlfLikeLf(@TempDir Path dir) {
        List<BibliographicRecord> lf = PluginTestKit.read(source, Fixtures.path("medline/two-records.nbib")).records();
        SourceRun crlf = PluginTestKit.read(source, Fixtures.crlf(dir, "medline/two-records.nbib"));

        assertThat(crlf.log().problems()).isEmpty();
        assertThat(crlf.records()).extracting(BibliographicRecord::title, BibliographicRecord::sections, BibliographicRecord::metadata)
                .containsExactlyElementsOf(lf.stream().map(r -> tuple(r.title(), r.sections(), r.metadata())).toList());
    }

    /**
     * The review of session 28, N5: a note above the export, or a web page's furniture around a copied MEDLINE display, was a
     * record read and skipped: "11 records read, 1 skipped" for ten, --strict failed on a file that lost nothing, and every
     * record after it was numbered one too high. Lines without a tag line are a warning.
     */
    @Test
    void linesWithoutATagLineAreNoRecord(@TempDir Path dir) {
        String text = "Search: (hospital[Title]) AND peru\nResults: 2\n\nPMID- 90000001\nTI  - One.\nSO  - J. 2020.\n\n"
                + "PMID- 90000002\nTI  - Two.\nSO  - J. 2020.\n\nFOLLOW NCBI\n";
        SourceRun run = PluginTestKit.read(source, Fixtures.write(dir, "copied.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertThat(run.records()).extracting(BibliographicRecord::pmid).containsExactly("90000001", "90000002");
        assertThat(run.records()).extracting(r -> r.origins().get(0).recordNumber()).containsExactly(1L, 2L);
        assertThat(run.log().problems()).extracting(Problem::kind, Problem::recordNumber, Problem::line, Problem::message).containsExactly(
                tuple(Problem.Kind.WARNING, 0L, 1L, "ignored 2 lines that are not MEDLINE, first at line 1: 'Search: (hospital[Title]) AND"
                        + " peru' before the first record; expected a record's tag lines ('PMID- n', 'TI  - Title'), or a blank line"),
                tuple(Problem.Kind.WARNING, 2L, 12L, "ignored 1 line that is not MEDLINE, first at line 12: 'FOLLOW NCBI' between"
                        + " records; expected a record's tag lines ('PMID- n', 'TI  - Title'), or a blank line"));
        assertThat(run.declared()).isEqualTo(2);
    }

    /**
     * The review of session 28, N3: an Abstract export joined after a MEDLINE one was "3,195 records read, 3,185 skipped" for a
     * file of 517: each Abstract record is one record skipped, told with the advice once.
     */
    @Test
    void recordsOfAnAbstractExportJoinedOnAreEachOneRecordSkipped(@TempDir Path dir) {
        String text = "PMID- 90000001\nTI  - One.\nSO  - J. 2020.\n\n"
                + "1. Am J Invented. 2015 Jul 1;182(1):49-57.\n\nA title.\n\nDoe J.\n\nAn abstract that goes on.\n\nPMID: 25977516\n\n\n"
                + "2. Ann Invented. 2015 Jun;114(6):470-9.\n\nAnother title.\n\nPMID: 25935433  [Indexed for MEDLINE]\n";
        SourceRun run = PluginTestKit.read(source, Fixtures.write(dir, "joined.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertThat(run.records()).extracting(BibliographicRecord::pmid).containsExactly("90000001");
        assertThat(run.log().problems()).extracting(Problem::kind, Problem::recordNumber, Problem::line, Problem::message).containsExactly(
                tuple(Problem.Kind.SKIPPED_RECORD, 2L, 5L, "a record of one of PubMed's text formats (Abstract or Summary; PMID 25977516,"
                        + " lines 5-13) in a MEDLINE file: a text export joined to a MEDLINE one? Give each export as a file of its own, and"
                        + " each is read; skipped"),
                tuple(Problem.Kind.SKIPPED_RECORD, 3L, 16L, "a record of one of PubMed's text formats (Abstract or Summary; PMID 25935433,"
                        + " lines 16-20) in a MEDLINE file; skipped"));
        assertThat(run.declared()).isEqualTo(3);
        // a Summary export joined on: each paragraph a record; and a title line that reads as a tag line ("NOD2- and ...") is part
        // of its record (the review of the session's change, S5, S6)
        String summary = "PMID- 90000001\nTI  - One.\nSO  - J. 2020.\n\n1: Kendrick D. A title. Diabet Med. 2020 Sep 1.\nPMID: 32871624.\n\n"
                + "2: Pignatti M. Another. J Reconstr Microsurg. 2020. PMID:\n32871602.\n\n"
                + "3. Gut. 2019 Jan;68(1):1-9.\n\nNOD2- and NLRP3-driven inflammation in invented mice.\n\nPMID: 30000001\n";
        SourceRun joined = PluginTestKit.read(source, Fixtures.write(dir, "summary.txt", summary.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(joined.records()).extracting(BibliographicRecord::pmid).containsExactly("90000001");
        assertThat(joined.log().problems()).extracting(Problem::kind, Problem::recordNumber).containsExactly(
                tuple(Problem.Kind.SKIPPED_RECORD, 2L), tuple(Problem.Kind.SKIPPED_RECORD, 3L), tuple(Problem.Kind.SKIPPED_RECORD, 4L));
        assertThat(joined.declared()).isEqualTo(4);
    }

    /** The review of session 28, N2: a record cut inside the file, the next record's PMID- line after the cut, was kept without a word. */
    @Test
    void aRecordCutInsideTheFileIsWarnedOfWhereTheOthersEndWithSo(@TempDir Path dir) {
        String whole = "TI  - An invented title.\nAB  - Serum IL-6 rose in this invented study.\nSO  - J Invented. 2020.\n";
        String text = "PMID- 90000001\n" + whole + "\nPMID- 90000002\n" + whole + "\nPMID- 90000003\nTI  - A cut record.\nAB  - Serum TNF"
                + "\nPMID- 90000004\n" + whole;
        SourceRun run = PluginTestKit.read(source, Fixtures.write(dir, "cut.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertThat(run.records()).extracting(BibliographicRecord::pmid).containsExactly("90000001", "90000002", "90000003", "90000004");
        assertThat(run.log().problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.WARNING);
            assertThat(p.recordNumber()).isEqualTo(3);
            assertThat(p.message()).isEqualTo("the record ends with tag AB where the 2 records before it end with SO: cut short? (the rest"
                    + " of its text, and any findings in it, are missing; export or download the file again)");
        });
        // a book chapter, which has no SO and ends with its bookaccession, is no record cut short (the review of the change, R10)
        String book = "PMID- 90000001\n" + whole + "\nPMID- 90000002\n" + whole + "\nPMID- 20301430\nTI  - A chapter.\nBTI - GeneReviews(R)\n"
                + "PT  - Book Chapter\nAID - NBK1826 [bookaccession]\n\nPMID- 90000004\n" + whole;
        assertThat(PluginTestKit.read(source, Fixtures.write(dir, "book.txt", book.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .log().problems()).isEmpty();
        // records of another program, which end otherwise, are not warned of
        String other = "PMID- 90000001\nTI  - One.\nAB  - Text.\n\nPMID- 90000002\nTI  - Two.\nAB  - Text.\n\nPMID- 90000003\nTI  - Three.\n"
                + "\nPMID- 90000004\nTI  - Four.\nAB  - Text.\n";
        assertThat(PluginTestKit.read(source, Fixtures.write(dir, "other.txt", other.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .log().problems()).isEmpty();
    }

    /**
     * The review of session 31, Q1: a blank line inside a record (in its wrapped title, before its abstract) ended it there: the
     * record was kept cut short, its rest read as a record and skipped, and every later record numbered one too high. The record
     * goes on where the line after the blank one continues it, or carries a tag it lacks and no PMID- line.
     */
    @Test
    void aBlankLineInsideARecordIsReadAsPartOfIt(@TempDir Path dir) {
        String text = "PMID- 90000001\nOWN - NLM\nTI  - A title that\n\n      wraps on.\nAB  - Serum IL-6 rose.\nSO  - J. 2020.\n\n"
                + "PMID- 90000002\nOWN - NLM\nTI  - Two.\n\n\nAB  - Serum TNF fell.\nFAU - Doe, Jane\nSO  - J. 2020.\n\n"
                + "PMID- 90000003\nOWN - NLM\nTI  - Three.\nAB  - Text.\nSO  - J. 2020.\n\nTI  - A record of its own, without a PMID.\n"
                + "SO  - J. 2020.\n";
        SourceRun run = PluginTestKit.read(source, Fixtures.write(dir, "blank.txt", text.getBytes(StandardCharsets.UTF_8)));

        assertThat(run.records()).extracting(BibliographicRecord::pmid).containsExactly("90000001", "90000002", "90000003", null);
        assertThat(run.records().get(0).title()).isEqualTo("A title that wraps on.");
        assertThat(run.records().get(0).abstractText()).isEqualTo("Serum IL-6 rose.");
        assertThat(run.records().get(1).abstractText()).isEqualTo("Serum TNF fell.");
        assertThat(run.records()).extracting(r -> r.origins().get(0).recordNumber()).containsExactly(1L, 2L, 3L, 4L);
        // another program's records (no OWN line) may open with any tag: one after a blank line is a record of its own (the
        // review of the change, T3)
        String other = "PMID- 90000005\nTI  - Five.\nAB  - Text.\n\nAU  - Doe J\nTI  - Six, without a PMID.\n";
        assertThat(PluginTestKit.read(source, Fixtures.write(dir, "other.txt", other.getBytes(StandardCharsets.UTF_8))).records())
                .extracting(BibliographicRecord::title).containsExactly("Five.", "Six, without a PMID.");
        assertThat(run.log().problems()).extracting(Problem::kind, Problem::recordNumber, Problem::message).containsExactly(
                tuple(Problem.Kind.WARNING, 1L, "line 4 is blank inside the record: the line after it continues its TI; read as part of"
                        + " the record (a blank line ends a MEDLINE record)"),
                tuple(Problem.Kind.WARNING, 2L, "line 12 is blank inside the record: the line after it carries its AB, and no new"
                        + " record's PMID- line; read as part of the record (a blank line ends a MEDLINE record)"),
                tuple(Problem.Kind.WARNING, 4L, "the record has no PMID (its first line is 'TI  - A record of its own, without a PMID.');"
                        + " expected 'PMID- n' as a record's first line; kept without a PMID"));
    }

    /**
     * The review of the session's change, T1: the look past a record's blank lines read to the end of a gzip file whose checksum
     * fails there, and the record, whole, was lost with the failure; it is handed on, and the failure comes after it.
     */
    @Test
    void aGzipFileWhoseChecksumFailsAtItsEndKeepsItsLastRecord(@TempDir Path dir) throws Exception {
        String text = "PMID- 90000001\nOWN - NLM\nTI  - One.\nSO  - J. 2020.\n\nPMID- 90000002\nOWN - NLM\nTI  - Two.\nSO  - J. 2020.\n\n";
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(bytes)) {
            gzip.write(text.getBytes(StandardCharsets.UTF_8));
        }
        byte[] damaged = bytes.toByteArray();
        damaged[damaged.length - 8] ^= 0x01; // the trailer's CRC-32
        Path file = java.nio.file.Files.write(dir.resolve("two.txt.gz"), damaged);

        List<String> read = new java.util.ArrayList<>();
        try (java.util.stream.Stream<BibliographicRecord> records = source.read(PluginTestKit.input(file), PluginTestKit.context(source))) {
            java.util.Iterator<BibliographicRecord> each = records.iterator();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> {
                while (each.hasNext()) {
                    read.add(each.next().pmid());
                }
            }).isInstanceOf(java.io.UncheckedIOException.class);
        }
        assertThat(read).containsExactly("90000001", "90000002");
    }

    /**
     * The review of session 31, Q2: the ending was compared only with two whole records before the last, so a one-record export
     * cut inside its abstract was kept as whole. PubMed's records (they open with an OWN line) end with SO.
     */
    @Test
    void aOneRecordExportOfPubmedCutInsideItsAbstractIsWarnedOf(@TempDir Path dir) {
        String cut = "PMID- 90000001\nOWN - NLM\nTI  - A title.\nAB  - Serum IL-6 rose in the beginn";
        SourceRun run = PluginTestKit.read(source, Fixtures.write(dir, "cut.txt", cut.getBytes(StandardCharsets.UTF_8)));

        assertThat(run.records()).extracting(BibliographicRecord::pmid).containsExactly("90000001");
        assertThat(run.log().problems()).singleElement().satisfies(p -> assertThat(p.message()).isEqualTo("the last record ends with tag"
                + " AB where PubMed ends every record of a MEDLINE export with SO: the file looks truncated (export or download it again)"));
        String secondCut = "PMID- 90000001\nOWN - NLM\nTI  - A title.\nSO  - J. 2020.\n\n" + cut.replace("90000001", "90000002");
        assertThat(PluginTestKit.read(source, Fixtures.write(dir, "second.txt", secondCut.getBytes(StandardCharsets.UTF_8))).log().problems())
                .singleElement().satisfies(p -> assertThat(p.recordNumber()).isEqualTo(2));

        String whole = "PMID- 90000001\nOWN - NLM\nTI  - A title.\nAB  - Text.\nSO  - J. 2020.\n";
        assertThat(PluginTestKit.read(source, Fixtures.write(dir, "whole.txt", whole.getBytes(StandardCharsets.UTF_8))).log().problems())
                .isEmpty();
        String anotherProgram = "PMID- 90000001\nTI  - A title.\nAB  - Text.\n";
        assertThat(PluginTestKit.read(source, Fixtures.write(dir, "other.txt", anotherProgram.getBytes(StandardCharsets.UTF_8)))
                .log().problems()).as("records without an OWN line, of another program").isEmpty();
    }

    @Test
    void reportsBadRecordsAndReadsTheOthers() {
        Path file = Fixtures.path("medline/bad-records.txt");
        SourceRun run = PluginTestKit.read(source, file);

        assertThat(run.records()).extracting(BibliographicRecord::pmid).containsExactly("90000011", "90000013", "90000014");
        assertThat(run.records()).extracting(r -> r.origins().get(0).recordNumber()).containsExactly(1L, 3L, 4L);
        List<Problem> skipped = Fixtures.problems(run, Problem.Kind.SKIPPED_RECORD);
        assertThat(skipped).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(file.toString());
            assertThat(p.recordNumber()).isEqualTo(2);
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.message()).contains("without a PMID- or TI  - line").contains("expected");
        });
        List<Problem> warnings = Fixtures.problems(run, Problem.Kind.WARNING);
        assertThat(warnings).hasSize(2);
        assertThat(warnings.get(0).recordNumber()).isEqualTo(3);
        assertThat(warnings.get(0).message()).contains("line 12").contains("this line is not MEDLINE")
                .contains("expected a tag line");
        assertThat(warnings.get(1).recordNumber()).isEqualTo(4);
        assertThat(warnings.get(1).message()).contains("ends with tag AB").contains("end with SO: the file looks truncated (export or download it again)");
    }

    @Test
    void warnsOfBytesThatAreNotUtf8AndKeepsTheRecord(@TempDir Path dir) {
        Path file = Fixtures.notUtf8(dir, "medline/two-records.nbib", "ELISA");
        SourceRun run = PluginTestKit.read(source, file);

        assertThat(run.records()).hasSize(2);
        assertThat(run.records().get(0).abstractText()).contains("\uFFFD");
        assertThat(run.log().problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.WARNING);
            assertThat(p.recordNumber()).isEqualTo(1);
            assertThat(p.message()).contains("line 10").contains(file.toString()).contains("not UTF-8");
        });
    }

    /** An explorer's L6 (2026-12-04): a file saved as Latin-1 gave one warning a record and no word on the file. */
    @Test
    void aFileWhoseRecordsAreNotUtf8IsToldOnceAsSavedInAnotherEncoding(@TempDir Path dir) {
        String text = Fixtures.text("medline/two-records.nbib").replace("Cytokines were measured", "Cytokines were m\u00e9asured")
                .replace("TNF levels were", "TNF l\u00e9vels were");
        Path file = Fixtures.write(dir, "latin1.nbib", text.getBytes(StandardCharsets.ISO_8859_1));
        SourceRun run = PluginTestKit.read(source, file);

        assertThat(run.records()).hasSize(2);
        assertThat(run.log().problems()).hasSize(2).allSatisfy(p -> assertThat(p.message()).contains("not UTF-8"));
        assertThat(run.log().notices()).containsExactly(file + ": 2 records hold bytes that are not UTF-8: the file is most likely"
                + " in another encoding (such as Windows-1252 or Latin-1); save it as UTF-8 and read it again to keep their accented"
                + " letters and symbols");
        Path one = Fixtures.notUtf8(dir, "medline/two-records.nbib", "ELISA");
        assertThat(PluginTestKit.read(source, one).log().notices()).as("one record: its warning says it").isEmpty();
    }

    @Test
    void saysSoForAnEmptyFile(@TempDir Path dir) {
        Path file = Fixtures.write(dir, "empty.nbib", "\n\n".getBytes(StandardCharsets.UTF_8));
        SourceRun run = PluginTestKit.read(source, file);

        assertThat(run.records()).isEmpty();
        assertThat(run.log().notices()).singleElement().asString().contains(file.toString()).contains("empty");
    }

    @Test
    void splitsRecordsPastedWithoutABlankLine(@TempDir Path dir) {
        String text = "PMID- 1\nTI  - One.\nPMID- 2\nTI  - Two.\n";
        SourceRun run = PluginTestKit.read(source, Fixtures.write(dir, "pasted.txt", text.getBytes(StandardCharsets.UTF_8)));

        assertThat(run.records()).extracting(BibliographicRecord::pmid, BibliographicRecord::title).containsExactly(tuple("1", "One."), tuple("2", "Two."));
        assertThat(run.records().get(1).origins().get(0).line()).isEqualTo(3);
    }

    @Test
    void twoRecordsGluedTogetherAreReadAsTwoAndTheSecondIsNamed(@TempDir Path dir) {
        // Record 2's blank line and PMID- line are lost: its OWN line, a tag a record holds once, follows record 1's SO.
        String text = String.join("\n", "PMID- 1", "OWN - NLM", "DP  - 2018", "TI  - First study.", "LID - 10.9999/first [doi]",
                "AB  - First abstract.", "AU  - One A", "TA  - J One", "SO  - J One. 2018.",
                "OWN - NLM", "DP  - 2019", "TI  - Second study.", "AB  - Second abstract.", "AU  - Two B", "TA  - J Two", "SO  - J Two. 2019.",
                "", "PMID- 3", "OWN - NLM", "TI  - Third study.", "SO  - J Three. 2020.", "");
        Path file = Fixtures.write(dir, "glued.nbib", text.getBytes(StandardCharsets.UTF_8));

        SourceRun run = PluginTestKit.read(source, file);

        assertThat(run.records()).extracting(BibliographicRecord::pmid, BibliographicRecord::doi, BibliographicRecord::title,
                BibliographicRecord::abstractText, BibliographicRecord::journal, BibliographicRecord::year, BibliographicRecord::authors)
                .containsExactly(
                        tuple("1", "10.9999/first", "First study.", "First abstract.", "J One", 2018, List.of("One A")),
                        tuple(null, null, "Second study.", "Second abstract.", "J Two", 2019, List.of("Two B")),
                        tuple("3", null, "Third study.", "", null, null, List.of()));
        assertThat(run.records().get(1).origins()).containsExactly(new Origin("medline", file.toString(), 2, 10));
        assertThat(run.log().problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.WARNING);
            assertThat(p.recordNumber()).isEqualTo(2);
            assertThat(p.line()).isEqualTo(10);
            assertThat(p.message()).isEqualTo("line 10 repeats tag OWN, which a MEDLINE record holds once and the record before it"
                    + " (PMID 1) has already, so a new record begins there (two records glued together?); expected a blank line and a"
                    + " 'PMID- n' line before it;"
                    + " read as a record of its own, kept without a PMID");
        });
        assertThat(run.declared()).isEqualTo(3);
        assertThat(run.unaccounted()).isZero();
    }

    @Test
    void aGluedPartWithNeitherPmidNorTitleIsSkippedNotMixedIn(@TempDir Path dir) {
        String text = String.join("\n", "PMID- 1", "TI  - First study.", "AB  - First abstract.", "SO  - J One. 2018.",
                "AB  - An abstract whose record lost its head.", "SO  - J Two. 2019.", "");
        Path file = Fixtures.write(dir, "glued-tail.nbib", text.getBytes(StandardCharsets.UTF_8));

        SourceRun run = PluginTestKit.read(source, file);

        assertThat(run.records()).singleElement().satisfies(r -> {
            assertThat(r.pmid()).isEqualTo("1");
            assertThat(r.abstractText()).isEqualTo("First abstract.");
        });
        assertThat(run.log().problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.SKIPPED_RECORD);
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.message()).startsWith("line 5 repeats tag AB, which a MEDLINE record holds once")
                    .contains("MEDLINE record without a PMID- or TI  - line");
        });
    }

    // Review 22: "PMID- abc" was kept as the record's PMID without a word
    @Test
    void aPmidThatIsNoNumberIsDroppedWithAWarningAndTheRecordKept(@TempDir Path dir) {
        String text = String.join("\n", "PMID- 1", "TI  - First study.", "SO  - J One. 2018.", "",
                "PMID- abc", "TI  - A study with a damaged PMID.", "SO  - J Two. 2019.", "",
                "PMID- 12x", "SO  - J Three. 2019.", "");
        Path file = Fixtures.write(dir, "bad-pmid.nbib", text.getBytes(StandardCharsets.UTF_8));

        SourceRun run = PluginTestKit.read(source, file);

        assertThat(run.records()).extracting(BibliographicRecord::pmid, BibliographicRecord::title)
                .containsExactly(tuple("1", "First study."), tuple(null, "A study with a damaged PMID."));
        assertThat(run.log().problems()).hasSize(2);
        assertThat(run.log().problems().get(0)).satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.WARNING);
            assertThat(p.recordNumber()).isEqualTo(2);
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.message()).isEqualTo("the record's PMID 'abc' is no PubMed id; expected 'PMID- n' with digits only;"
                    + " kept without a PMID");
        });
        assertThat(run.log().problems().get(1)).as("neither a PMID nor a title: nothing to keep").satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.SKIPPED_RECORD);
            assertThat(p.message()).startsWith("MEDLINE record whose PMID '12x' is no PubMed id, without a TI  - line;");
        });
    }

    @Test
    void aRecordWithoutAPmidIsKeptWithAWarningNamingItsLine(@TempDir Path dir) {
        String text = String.join("\n", "PMID- 1", "TI  - First study.", "SO  - J One. 2018.", "",
                "PMXD- 12345", "TI  - A study whose PMID line is damaged.", "SO  - J Two. 2019.", "");
        Path file = Fixtures.write(dir, "no-pmid.nbib", text.getBytes(StandardCharsets.UTF_8));

        SourceRun run = PluginTestKit.read(source, file);

        assertThat(run.records()).extracting(BibliographicRecord::pmid).containsExactly("1", null);
        assertThat(run.log().problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.WARNING);
            assertThat(p.recordNumber()).isEqualTo(2);
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.message()).isEqualTo("the record has no PMID (its first line is 'PMXD- 12345'); expected 'PMID- n' as a"
                    + " record's first line; kept without a PMID");
        });
    }

    @Test
    void isStreamedLazily() throws Exception {
        var context = PluginTestKit.context(source);
        try (var records = source.read(PluginTestKit.input(Fixtures.path("medline/bad-records.txt")), context)) {
            assertThat(records.findFirst()).get().extracting(BibliographicRecord::pmid).isEqualTo("90000011");
        }
        assertThat(context.log().problems()).as("records after the first were never parsed").isEmpty();
    }

    @Test
    void titlesAndAbstractsLosePubmedsInlineTagsAndKeepTextThatLooksLikeATag() {
        SourceRun run = PluginTestKit.read(source, Fixtures.path("medline/inline-tags.nbib"));

        assertThat(run.records()).singleElement().satisfies(r -> {
            assertThat(r.title()).isEqualTo("Invented bone scans using 99mTc-labelled diphosphate in invented patients.");
            assertThat(r.sections()).extracting(AbstractSection::label, AbstractSection::text).containsExactly(
                    tuple("BACKGROUND", "Serum IL-6 <5 pg/mL was the invented threshold (BMI <or=32)."),
                    tuple("RESULTS", "CD4(+) T cells were higher in patients (p<0.05, mRS</=3)."));
            assertThat(r.metadata().get("TI")).singleElement().asString()
                    .as("metadata keeps the tag as printed").contains("<sup>99m</sup>Tc");
        });
    }
}
