package org.evidentia.plugins.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.evidentia.plugins.csv.Fixtures.fixture;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.RunSummary.Problem;
import org.evidentia.testkit.PluginTestKit.SourceRun;
import org.evidentia.testkit.PluginTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PubmedCsvSourceTest {

    private static final String CURRENT_HEADER =
            "PMID,Title,Authors,Citation,First Author,Journal/Book,Publication Year,Create Date,PMCID,NIHMS ID,DOI";

    private final PubmedCsvSource source = new PubmedCsvSource();

    @Test
    void readsTheCurrentLayoutWithBomAndSkipsTheRowWithAFieldMissing() {
        Path file = fixture("pubmed-current-bom.csv");

        SourceRun run = PluginTestKit.read(source, file);

        assertThat(run.records()).extracting(BibliographicRecord::pmid).containsExactly("90000101", "90000102", "90000104");
        BibliographicRecord first = run.records().get(0);
        assertThat(first.title()).isEqualTo("Serum IL-6 in invented sepsis, a cohort");
        assertThat(first.authors()).containsExactly("Doe JA", "Roe R", "Invented Study Group");
        assertThat(first.journal()).isEqualTo("J Invent Cytokine Stud");
        assertThat(first.year()).isEqualTo(2021);
        assertThat(first.pmcid()).isEqualTo("PMC9000101");
        assertThat(first.doi()).isEqualTo("10.9999/csv.one");
        assertThat(first.sections()).isEmpty();
        assertThat(first.metadata()).containsEntry("NIHMS ID", List.of("NIHMS900101"))
                .containsEntry("Create Date", List.of("2021/01/06"))
                .containsKey("Citation").doesNotContainKey("PMID").doesNotContainKey("DOI");
        assertThat(first.origins()).singleElement().satisfies(origin -> {
            assertThat(origin.line()).isEqualTo(2);
            assertThat(origin.recordNumber()).isEqualTo(1);
        });

        BibliographicRecord second = run.records().get(1);
        assertThat(second.doi()).as("DOI read from the citation").isEqualTo("10.9999/csv.two");
        assertThat(second.year()).as("year read from the citation").isEqualTo(2019);
        assertThat(second.pmcid()).isNull();

        BibliographicRecord multiline = run.records().get(2);
        assertThat(multiline.title()).as("the quoted line break folded").isEqualTo("A title that spans two lines");
        assertThat(multiline.origins().get(0).line()).isEqualTo(5);
        assertThat(multiline.origins().get(0).recordNumber()).isEqualTo(4);

        assertThat(run.log().problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(Problem.Kind.SKIPPED_RECORD);
            assertThat(problem.file()).isEqualTo(file.toString());
            assertThat(problem.line()).isEqualTo(4);
            assertThat(problem.recordNumber()).isEqualTo(3);
            assertThat(problem.message()).isEqualTo("row has 10 fields, header has 11");
        });
    }

    @Test
    void saysOncePerInputThatExportsCarryNoAbstracts() {
        Path file = fixture("pubmed-current-no-bom.csv");

        SourceRun run = PluginTestKit.read(source, file);

        assertThat(run.records()).extracting(BibliographicRecord::pmid).containsExactly("90000111", "90000112");
        assertThat(run.log().notices()).singleElement().asString()
                .isEqualTo(file + ": PubMed CSV exports carry no abstracts, so a record read only from this file gives"
                        + " findings from its title alone; name the same search's PubMed XML or MEDLINE export before it to"
                        + " read the abstracts (copies of one PMID are merged, the first read kept)");
    }

    @Test
    void readsTheSameRecordsWithAndWithoutBom(@TempDir Path dir) throws IOException {
        Path withBom = dir.resolve("bom.csv");
        byte[] plain = Files.readAllBytes(fixture("pubmed-current-no-bom.csv"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.writeBytes(plain);
        Files.write(withBom, bytes.toByteArray());

        List<BibliographicRecord> fromBom = PluginTestKit.read(source, withBom).records();
        List<BibliographicRecord> fromPlain = PluginTestKit.read(source, fixture("pubmed-current-no-bom.csv")).records();

        assertThat(source.accepts(PluginTestKit.input(withBom))).isEqualTo(100);
        assertThat(fromBom).extracting(BibliographicRecord::pmid, BibliographicRecord::title, BibliographicRecord::doi)
                .containsExactlyElementsOf(fromPlain.stream().map(r -> org.assertj.core.groups.Tuple.tuple(r.pmid(), r.title(), r.doi())).toList());
    }

    @Test
    void readsAUtf16ExportAsTheSameRecordsAsItsUtf8Original() {
        // Windows "Unicode" text: UTF-16LE after a byte-order mark FF FE
        Path utf16 = fixture("pubmed-current-utf16.csv");

        SourceRun fromUtf16 = PluginTestKit.read(source, utf16);
        SourceRun fromUtf8 = PluginTestKit.read(source, fixture("pubmed-current-no-bom.csv"));

        assertThat(source.accepts(PluginTestKit.input(utf16))).isEqualTo(100);
        assertThat(fromUtf16.log().problems()).isEmpty();
        assertThat(fromUtf16.records()).extracting(BibliographicRecord::pmid, BibliographicRecord::title, BibliographicRecord::authors)
                .containsExactlyElementsOf(fromUtf8.records().stream()
                        .map(r -> org.assertj.core.groups.Tuple.tuple(r.pmid(), r.title(), r.authors())).toList());
        assertThat(fromUtf16.records()).hasSize(2);
    }

    @Test
    void readsTheLegacyLayoutWithItsTrailingComma() {
        SourceRun run = PluginTestKit.read(source, fixture("pubmed-legacy.csv"));

        assertThat(run.log().problems()).isEmpty();
        assertThat(run.records()).extracting(BibliographicRecord::pmid).containsExactly("90000121", "90000122", "90000123");
        BibliographicRecord first = run.records().get(0);
        assertThat(first.title()).isEqualTo("Invented legacy record one.");
        assertThat(first.authors()).containsExactly("Doe JA", "Roe R");
        assertThat(first.journal()).isEqualTo("J Invent Cytokine Stud");
        assertThat(first.year()).isEqualTo(2019);
        assertThat(first.doi()).isEqualTo("10.9999/legacy.one");
        assertThat(first.metadata()).containsEntry("Properties", List.of("create date:2019/09/03 | first author:Doe JA"))
                .containsEntry("URL", List.of("/pubmed/90000121"));
        assertThat(run.records().get(1).pmcid()).isEqualTo("PMC9000122");
        assertThat(run.records().get(1).doi()).isNull();
        assertThat(run.records().get(2).journal()).isEqualTo("Invented Press");
        assertThat(run.log().notices()).hasSize(1);
        assertThat(first.publicationTypes()).as("the citation's sentence 'Review.'").containsExactly("Review");
        assertThat(run.records().get(1).publicationTypes()).as("'Rev Invent.' is a journal").isEmpty();
    }

    /** An explorer found reviews of a legacy export counted primary studies: its citations mark them "Review.". */
    @Test
    void aLegacyCitationMarksAReviewWithASentenceOfItsOwn() {
        assertThat(Citations.markedReview("Rev Peru Med. 2019;41(2):146-155. Review. German. No abstract available.")).isTrue();
        assertThat(Citations.markedReview("Cochrane Database Syst Rev. 2019 Sep 3;9:CD011462. doi: 10.1002/x. [Epub ahead of print] Review."))
                .isTrue();
        assertThat(Citations.markedReview("Nutr Rev. 2019 Aug;77(8):1-9.")).isFalse();
        assertThat(Citations.markedReview("Clin Rev Allergy Immunol. 2019;3:1. Reviewed by the editors.")).isFalse();
        assertThat(Citations.markedReview(null)).isFalse();
    }

    @Test
    void legacyRowWithAFieldMissingIsSkipped(@TempDir Path dir) throws IOException {
        List<String> lines = Files.readAllLines(fixture("pubmed-legacy.csv"));
        Path file = dir.resolve("legacy-short.csv");
        // Row 2 without its trailing comma and without Properties: 10 fields.
        String shortRow = lines.get(2).substring(0, lines.get(2).lastIndexOf(",\"create date"));
        Files.write(file, List.of(lines.get(0), lines.get(1), shortRow, lines.get(3)));

        SourceRun run = PluginTestKit.read(source, file);

        assertThat(run.records()).extracting(BibliographicRecord::pmid).containsExactly("90000121", "90000123");
        assertThat(run.log().problems()).singleElement().extracting(Problem::line, Problem::message)
                .containsExactly(3L, "row has 10 fields, header has 11 (or one more, empty, after a trailing comma)");
    }

    @Test
    void currentRowWithAnExtraFieldIsSkipped(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("extra.csv");
        Files.writeString(file, CURRENT_HEADER + "\n\"1\",\"T\",\"A.\",\"C. 2020;1:1.\",\"A\",\"C\",\"2020\",\"2020/01/01\",\"\",\"\",\"\",\"extra\"\n");

        SourceRun run = PluginTestKit.read(source, file);

        assertThat(run.records()).isEmpty();
        assertThat(run.log().problems()).singleElement().extracting(Problem::message)
                .isEqualTo("row has 12 fields, header has 11");
    }

    @Test
    void bytesThatAreNotUtf8GiveAWarningNamingFileAndLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("latin1.csv");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes((CURRENT_HEADER + "\n\"1\",\"Clean\",\"A.\",\"C. 2020;1:1.\",\"A\",\"C\",\"2020\",\"2020/01/01\",\"\",\"\",\"\"\n")
                .getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("\"2\",\"Caf\u00e9\",\"A.\",\"C. 2020;1:1.\",\"A\",\"C\",\"2020\",\"2020/01/01\",\"\",\"\",\"\"\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        Files.write(file, bytes.toByteArray());

        SourceRun run = PluginTestKit.read(source, file);

        assertThat(run.records()).extracting(BibliographicRecord::title).containsExactly("Clean", "Caf\uFFFD");
        assertThat(run.log().problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(Problem.Kind.WARNING);
            assertThat(problem.file()).isEqualTo(file.toString());
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.message()).contains("not UTF-8");
        });
    }

    @Test
    void aRowThatLostAnOpeningQuoteNamesTheLineOfTheStrayQuote(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("lost-opening-quote.csv");
        String damaged = row("2", "A title, with commas").replace(",\"A title", ",A title");
        Files.writeString(file, CURRENT_HEADER + "\n" + row("1", "Fine") + "\n" + damaged + "\n");

        SourceRun run = PluginTestKit.read(source, file);

        assertThat(run.records()).extracting(BibliographicRecord::pmid).containsExactly("1");
        assertThat(Fixtures.problemsOf(run)).singleElement().extracting(Problem::line, Problem::message)
                .containsExactly(3L, "row has 12 fields, header has 11; line 3 has a quote inside a field that does not start with one:"
                        + " that field's opening quote may be missing");
    }

    private static String row(String pmid, String title) {
        return "\"" + pmid + "\",\"" + title + "\",\"A.\",\"C.\",\"A\",\"C\",\"2020\",\"2020/01/01\",\"\",\"\",\"\"";
    }

    @Test
    void aQuoteClosedTooEarlyCostsOnlyItsRowAndTheRowsAfterItAreRead(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("early-quote.csv");
        Files.writeString(file, CURRENT_HEADER + "\n" + row("1", "Fine") + "\n"
                + "\"2\",\"Never closed,\"A.\",\"C.\",\"A\",\"C\",\"2020\",\"2020/01/01\",\"\",\"\",\"\"\n" + row("3", "After") + "\n");

        SourceRun run = PluginTestKit.read(source, file);

        assertThat(run.records()).extracting(BibliographicRecord::pmid).containsExactly("1", "3");
        assertThat(run.log().problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(Problem.Kind.SKIPPED_RECORD);
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.recordNumber()).isEqualTo(2);
            // the hint of review 13, L6: the message said only "row has 10 fields, header has 11"
            assertThat(problem.message()).isEqualTo("row has 10 fields, header has 11; a quoted field opened at line 3 may be missing its closing quote");
        });
        assertThat(run.declared()).isEqualTo(3);
    }

    @Test
    void aQuoteNeverClosedIsReportedWithItsLineAndReadingResumesOnTheNextLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("open-quote.csv");
        Files.writeString(file, CURRENT_HEADER + "\n" + row("1", "Fine") + "\n"
                + "\"2\",\"Opened, never closed\n" + row("3", "After").replace("\"", "") + "\n" + row("4", "Last").replace("\"", "") + "\n");

        SourceRun run = PluginTestKit.read(source, file);

        assertThat(run.records()).extracting(BibliographicRecord::pmid).containsExactly("1", "3", "4");
        assertThat(Fixtures.problemsOf(run)).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(Problem.Kind.SKIPPED_RECORD);
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.message()).isEqualTo("a quoted field opened at line 3 is never closed (the file ends inside it:"
                    + " truncated? export or download it again);"
                    + " expected a closing quote before the next delimiter or line end; reading resumes at line 4");
        });
        assertThat(run.unaccounted()).isZero();
    }

    @Test
    void aFieldCutMidQuoteCostsOnlyItsOwnLineAndTheNextRowIsKept() {
        Path file = fixture("pubmed-current-cut-field.csv");

        SourceRun run = PluginTestKit.read(source, file);

        assertThat(run.records()).extracting(BibliographicRecord::pmid).containsExactly("90000131", "90000133", "90000134");
        assertThat(run.records().get(1).origins().get(0).line()).isEqualTo(4);
        assertThat(Fixtures.problemsOf(run)).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(Problem.Kind.SKIPPED_RECORD);
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.recordNumber()).isEqualTo(2);
            assertThat(problem.message()).isEqualTo("a quoted field opened at line 3 is not closed"
                    + " before line 4, which starts the next row; expected a closing quote before the line ends");
        });
        assertThat(run.declared()).isEqualTo(4);
        assertThat(run.unaccounted()).isZero();
    }

    @Test
    void aLineThatDoesNotStartAsAPubmedRowIsPartOfTheDamagedRowItIsIn(@TempDir Path dir) throws IOException {
        // Line 4 has the header's number of fields, but a PubMed row starts with its PMID: the count
        // and the reader agree that it is no row of its own (fuzzing found them disagreeing).
        Path file = dir.resolve("cut-before-a-line-without-pmid.csv");
        Files.writeString(file, CURRENT_HEADER + "\n" + row("1", "Fine") + "\n\"2\",\"Cut title\n"
                + row("PMID 3", "Not a PubMed row start") + "\n" + row("5", "Last") + "\n");

        SourceRun run = PluginTestKit.read(source, file);

        assertThat(run.records()).extracting(BibliographicRecord::pmid).containsExactly("1", "5");
        assertThat(Fixtures.problemsOf(run)).singleElement().extracting(Problem::line, Problem::message)
                .containsExactly(3L, "row has 12 fields, header has 11; it spans lines 3-4; a quoted field opened at line 3 may be missing its closing quote");
        assertThat(run.declared()).isEqualTo(3);
        assertThat(run.unaccounted()).isZero();
    }

    @Test
    void aLegacyFieldCutMidQuoteCostsOnlyItsOwnLine() {
        SourceRun run = PluginTestKit.read(source, fixture("pubmed-legacy-cut-field.csv"));

        assertThat(run.records()).extracting(BibliographicRecord::pmid).containsExactly("90000121", "90000123");
        assertThat(Fixtures.problemsOf(run)).singleElement().extracting(Problem::line, Problem::message)
                .containsExactly(3L, "a quoted field opened at line 3 is not closed"
                        + " before line 4, which starts the next row; expected a closing quote before the line ends");
        assertThat(run.unaccounted()).isZero();
    }

    /** The review of session 33, G4: a header with no row below it had no word of its own, only the note that exports carry no abstracts. */
    @Test
    void aHeaderWithNoRowBelowItIsToldAsAFileOfNoRecord(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("header.csv");
        Files.writeString(file, CURRENT_HEADER + "\n");

        SourceRun run = PluginTestKit.read(source, file);

        assertThat(run.records()).isEmpty();
        assertThat(run.declared()).isZero();
        assertThat(run.log().notices()).containsExactly(file + " holds no data row below its header (line 1): expected one row a record");
    }

    @Test
    void nulBytesAfterAClosingQuoteLoseNoRow(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("nul.csv");
        Files.writeString(file, CURRENT_HEADER + "\n" + row("1", "One") + "\u0000\n" + row("2", "Two") + "\u0000\r\n" + row("3", "Three") + "\n");

        SourceRun run = PluginTestKit.read(source, file);

        assertThat(run.records()).extracting(BibliographicRecord::pmid).containsExactly("1", "2", "3");
        assertThat(run.declared()).isEqualTo(3);
    }

    @Test
    void aGzippedFieldPastTheLimitSkipsItsRowNamingTheLimitAndReadingGoesOn(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bomb.csv.gz");
        try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(file))) {
            out.write((CURRENT_HEADER + "\n" + row("1", "One") + "\n\"2\",\"").getBytes(StandardCharsets.UTF_8));
            byte[] letters = new byte[1024 * 1024];
            java.util.Arrays.fill(letters, (byte) 'a');
            for (int i = 0; i < 48; i++) { // under the 64 MiB past which the runtime stops a gzip bomb (InflationLimit)
                out.write(letters);
            }
            out.write(("\",\"A.\",\"C.\",\"A\",\"C\",\"2020\",\"2020/01/01\",\"\",\"\",\"\"\n" + row("3", "Three") + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        }

        SourceRun run = PluginTestKit.read(source, file);

        assertThat(run.records()).extracting(BibliographicRecord::pmid).containsExactly("1", "3");
        assertThat(Fixtures.problemsOf(run)).singleElement().satisfies(problem -> {
            assertThat(problem.recordNumber()).isEqualTo(2);
            assertThat(problem.line()).isEqualTo(3);
            // named by its column too, where "field 2" alone sent the user counting (the review of session 28, N20)
            assertThat(problem.message()).isEqualTo("row skipped: field 2 (Title) is longer than 1048576 characters (the field limit,"
                    + " 1 Mi characters)");
        });
        assertThat(run.unaccounted()).isZero();
    }

    @Test
    void headerOfAnotherLayoutIsAnInputError(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("other.csv");
        Files.writeString(file, "a,b\n1,2\n");

        assertThat(source.accepts(PluginTestKit.input(file))).isZero();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> source.read(PluginTestKit.input(file), PluginTestKit.context(source)))
                .isInstanceOf(IOException.class).hasMessageContaining("other.csv").hasMessageContaining("found a, b");
    }

    @Test
    void titlesLosePubmedsInlineTagsAndKeepTextThatLooksLikeATag() {
        SourceRun run = PluginTestKit.read(source, fixture("pubmed-inline-tags.csv"));

        assertThat(run.records()).extracting(BibliographicRecord::title).containsExactly(
                "Anopheles inventus, a made-up species of the Gigas Complex (Diptera: Culicidae)",
                "IL-6 <5 pg/mL and P2Y12 in invented controls (p<0.05)");
    }

    // Review s20, item 2: "31234567.0" (pandas) and "PMID:31234568" were kept as PMIDs, so the row never merged
    // with the MEDLINE copy of the same study; "abc" was kept as the PMID "abc".
    @Test
    void pmidsWithALabelOrAFloatTailAreReadAsTheirDigitsAndOtherValuesAreWarnedAndKeptWithoutAPmid(@TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("pmids.csv");
        Files.writeString(file, CURRENT_HEADER + "\n" + row("31234567.0", "Float") + "\n" + row("PMID:31234568", "Colon") + "\n"
                + row("PMID- 123", "MEDLINE label") + "\n" + row(" 124 ", "Blanks") + "\n" + row("abc", "Letters") + "\n"
                + row("12x", "") + "\n");

        SourceRun run = PluginTestKit.read(source, file);

        assertThat(run.records()).extracting(BibliographicRecord::pmid).containsExactly("31234567", "31234568", "123", "124", null);
        BibliographicRecord letters = run.records().get(4);
        assertThat(letters.title()).isEqualTo("Letters");
        assertThat(letters.id()).as("identified by its title, not by 'abc'").startsWith("title:");
        assertThat(run.log().problems()).allSatisfy(problem -> assertThat(problem.file()).isEqualTo(file.toString()));
        assertThat(run.log().problems()).extracting(Problem::kind, Problem::line, Problem::recordNumber, Problem::message).containsExactly(
                tuple(Problem.Kind.WARNING, 6L, 5L, "the row's PMID 'abc' (in column PMID) is no PubMed id; expected digits only"
                        + " (a 'PMID:' label or a '.0' tail is read as the number); kept without a PMID"),
                tuple(Problem.Kind.SKIPPED_RECORD, 7L, 6L, "the row's PMID '12x' (in column PMID) is no PubMed id, and the row has"
                        + " no title or DOI to identify it; expected digits (a 'PMID:' label or a '.0' tail is read as the number)"));
        assertThat(run.declared()).isEqualTo(6);
        assertThat(run.unaccounted()).isZero();
    }

    @Test
    void aLegacyRowsPmidIsReadAsTheCurrentLayoutsIs(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("legacy-pmids.csv");
        String header = String.join(",", PubmedCsvLayout.LEGACY.columns());
        Files.writeString(file, header + "\n"
                + "\"Float.\",\"/pubmed/90000121\",\"Doe JA.\",\"J X. 2019.\",\"J X.  2019\",\"PubMed\",\"citation\",\"\",\"pubmed\",\"90000121.0\",\"p\",\n"
                + "\"Letters.\",\"/pubmed/x\",\"Doe JA.\",\"J X. 2019.\",\"J X.  2019\",\"PubMed\",\"citation\",\"PMID:x1\",\"pubmed\",\"x1\",\"p\",\n");

        SourceRun run = PluginTestKit.read(source, file);

        assertThat(run.records()).extracting(BibliographicRecord::pmid).containsExactly("90000121", null);
        assertThat(run.log().problems()).singleElement().extracting(Problem::kind, Problem::line, Problem::message).containsExactly(
                Problem.Kind.WARNING, 3L, "the row's PMID 'x1' (after PMID: in column Identifiers) is no PubMed id; expected digits only"
                        + " (a 'PMID:' label or a '.0' tail is read as the number); kept without a PMID");
    }

    // Review s20, item 5: two exports joined with cat gave a record with PMID "PMID" and title "Title".
    @Test
    void aSecondHeaderRowIsWarnedAboutByItsLineAndNotReadOrCountedAsARecord(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("joined.csv");
        String quotedHeader = "\"" + CURRENT_HEADER.replace(",", "\",\"") + "\"";
        // the second export keeps its byte-order mark, as cat leaves it, in front of its header line
        Files.writeString(file, quotedHeader + "\r\n" + row("1", "First") + "\r\n" + quotedHeader + "\r\n" + row("2", "Second")
                + "\r\n\uFEFF" + quotedHeader + "\r\n" + row("3", "Third") + "\r\n");

        SourceRun run = PluginTestKit.read(source, file);

        assertThat(run.records()).extracting(BibliographicRecord::pmid).containsExactly("1", "2", "3");
        assertThat(run.records()).extracting(r -> r.origins().get(0).recordNumber()).containsExactly(1L, 2L, 3L);
        assertThat(run.log().problems()).extracting(Problem::kind, Problem::file, Problem::line, Problem::message).containsExactly(
                tuple(Problem.Kind.WARNING, file.toString(), 3L, "line 3 repeats the header row of line 1: a second header row:"
                        + " were two exports joined? Not read as a record; the rows after it are read under the header"),
                tuple(Problem.Kind.WARNING, file.toString(), 5L, "line 5 repeats the header row of line 1: a second header row:"
                        + " were two exports joined? Not read as a record; the rows after it are read under the header"));
        assertThat(run.declared()).as("a header row is no record").isEqualTo(3);
        assertThat(run.unaccounted()).isZero();
    }

    // Review s20, item 10: a quoted title's line break was kept ("Multi\nline title").
    @Test
    void aTitlesLineBreaksAndRunsOfWhiteSpaceAreFoldedAsEveryOtherSourceFoldsThem(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("multi-line.csv");
        Files.writeString(file, CURRENT_HEADER + "\r\n" + row("1", "Multi\r\nline \t title") + "\r\n"
                + row("2", "<i>Anopheles</i>\n<i>prachongae</i>,\u00A0a  species") + "\r\n");

        SourceRun run = PluginTestKit.read(source, file);

        assertThat(run.records()).extracting(BibliographicRecord::title)
                .containsExactly("Multi line title", "Anopheles prachongae, a species");
        assertThat(run.log().problems()).isEmpty();
    }
}
