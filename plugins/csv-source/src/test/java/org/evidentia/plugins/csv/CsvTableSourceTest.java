package org.evidentia.plugins.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.evidentia.plugins.csv.Fixtures.fixture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.evidentia.api.AbstractSection;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.RunSummary.Problem;
import org.evidentia.testkit.PluginTestKit.SourceRun;
import org.evidentia.testkit.PluginTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableSourceTest {

    private final CsvTableSource source = new CsvTableSource();

    @Test
    void readsATsvWithColumnsMappedByOptions() {
        Map<String, Object> options = Map.of("delimiter", "tab", "id", "Ref", "title", "Article name",
                "abstract", "Summary text", "authors", "Writers", "year", "Published", "keywords", "Tags",
                "authors-separator", " | ", "keywords-separator", "|");

        SourceRun run = PluginTestKit.read(source, fixture("reviewer-sheet.tsv"), options);

        assertThat(run.log().problems()).isEmpty();
        assertThat(run.log().notices()).isEmpty();
        assertThat(run.records()).extracting(BibliographicRecord::id).containsExactly("R1", "R2");
        BibliographicRecord first = run.records().get(0);
        assertThat(first.pmid()).isNull();
        assertThat(first.title()).isEqualTo("IL-10 in invented colitis");
        assertThat(first.sections()).containsExactly(new AbstractSection(null, "IL-10 was decreased in colitis."));
        assertThat(first.authors()).containsExactly("Doe JA", "Roe R");
        assertThat(first.year()).isEqualTo(2015);
        assertThat(first.keywords()).containsExactly("colitis", "IL-10");
        assertThat(first.metadata()).containsExactly(Map.entry("Notes", List.of("include")));
        assertThat(first.origins().get(0).source()).isEqualTo("csv-table");
        assertThat(run.records().get(1).sections()).isEmpty();
        assertThat(run.records().get(1).metadata()).containsEntry("Notes", List.of("exclude: off topic"));
    }

    @Test
    void sheetWithoutAnIdentifyingColumnIsAClearInputError() {
        // No column of this sheet has a usual name, so without options nothing identifies a record.
        assertThatThrownBy(() -> source.read(PluginTestKit.input(fixture("reviewer-sheet.tsv")), PluginTestKit.context(source)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("reviewer-sheet.tsv: no column identifies a record")
                .hasMessageContaining("the header has: Ref, Article name, Summary text, Writers, Published, Tags, Notes");
    }

    @Test
    void detectsASemicolonSheetAndItsUsualColumnNames() {
        SourceRun run = PluginTestKit.read(source, fixture("reviewer-sheet-semicolon.csv"));

        assertThat(run.log().problems()).isEmpty();
        assertThat(run.records()).hasSize(2);
        BibliographicRecord first = run.records().get(0);
        assertThat(first.id()).isEqualTo("90000131");
        assertThat(first.title()).isEqualTo("Interferon-gamma in invented tuberculosis");
        assertThat(first.abstractText()).isEqualTo("IFN-gamma was increased in patients.");
        assertThat(first.authors()).containsExactly("Doe JA", "Roe R");
        assertThat(first.doi()).isEqualTo("10.9999/sheet.one");
        assertThat(first.year()).isEqualTo(2020);
        assertThat(first.keywords()).containsExactly("tuberculosis");
        assertThat(first.metadata()).containsExactly(Map.entry("Screening", List.of("include")));
        BibliographicRecord second = run.records().get(1);
        assertThat(second.pmid()).isNull();
        assertThat(second.id()).isEqualTo(BibliographicRecord.titleId("A row with only a title"));
    }

    @Test
    void optionNamingAnAbsentColumnIsAClearError() {
        var context = PluginTestKit.context(source, Map.of("title", "Headline"));

        assertThatThrownBy(() -> source.read(PluginTestKit.input(fixture("reviewer-sheet-semicolon.csv")), context))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("option csv-table.title names column 'Headline', which the header lacks")
                .hasMessageContaining("PubMed ID, Article Title, AB");
    }

    @Test
    void invalidOptionValuesAreRejectedWithReadableMessages() {
        assertThatThrownBy(() -> PluginTestKit.bind(source, Map.of("delimiter", "colon")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("delimiter").hasMessageContaining("semicolon");
        assertThatThrownBy(() -> PluginTestKit.bind(source, Map.of("authors-separator", "")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("authors-separator must not be empty");
        assertThatThrownBy(() -> PluginTestKit.bind(source, Map.of("title", "  ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("title must name a column");
        assertThatThrownBy(() -> PluginTestKit.bind(source, Map.of("titel", "Title")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown option csv-table.titel");
    }

    @Test
    void defaultsAreAutoDelimiterAndSemicolonSeparators() {
        CsvTableOptions defaults = (CsvTableOptions) PluginTestKit.bind(source, Map.of());

        assertThat(defaults.delimiter()).isEqualTo(CsvTableOptions.Delimiter.AUTO);
        assertThat(defaults.authorsSeparator()).isEqualTo(";");
        assertThat(defaults.keywordsSeparator()).isEqualTo(";");
        assertThat(defaults.title()).isNull();
    }

    @Test
    void rowWithTheWrongNumberOfFieldsIsSkippedAndTheOthersRead(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sheet.csv");
        Files.writeString(file, "Title,Year,Abstract\nFirst,2001,One.\nSecond,2002\nThird,2003,Three.,extra\nFourth,2004,Four.,\n");

        SourceRun run = PluginTestKit.read(source, file);

        assertThat(run.records()).extracting(BibliographicRecord::title).containsExactly("First", "Fourth");
        assertThat(run.log().problems()).extracting(Problem::line, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, "row has 2 fields, header has 3 (or one more, empty, after a trailing comma)"),
                org.assertj.core.groups.Tuple.tuple(4L, "row has 4 fields, header has 3 (or one more, empty, after a trailing comma)"));
    }

    /** The review of the change s33, T6: a blank after a sound closing quote took the row's hint from the bare quote that put it off. */
    @Test
    void aBlankAfterAClosingQuoteTakesNoHintFromABareQuoteLater(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sheet.csv");
        Files.writeString(file, "Title,Abstract\n\"Sound title\" ,A 5\" screen, and more\n");

        SourceRun run = PluginTestKit.read(source, file);

        assertThat(run.records()).isEmpty();
        assertThat(run.log().problems()).singleElement().extracting(Problem::message).isEqualTo("row has 3 fields, header has 2;"
                + " line 2 has a quote inside a field that does not start with one:"
                + " that field's opening quote may be missing");
    }

    /** The review of session 33, G5: the warning of bytes not UTF-8 said neither what was expected nor how to save the sheet. */
    @Test
    void bytesNotUtf8AreToldWithHowToSaveTheSheet(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("excel.csv");
        Files.write(file, "Title,Abstract\nS\u00e3o Paulo cohort,Serum IL-6 rose.\n".getBytes(java.nio.charset.Charset.forName("windows-1252")));

        SourceRun run = PluginTestKit.read(source, file);

        assertThat(run.records()).extracting(BibliographicRecord::title).containsExactly("S\ufffdo Paulo cohort");
        assertThat(run.log().problems()).extracting(Problem::kind, Problem::line, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Problem.Kind.WARNING, 2L, "row holds bytes that are not UTF-8 (read as U+FFFD);"
                        + " expected UTF-8 text (a sheet saved from Excel: save it as CSV UTF-8); the record is kept with the replaced characters"));
    }

    /** The review of session 33, G2: a quote inside a quoted field, not doubled, changed the field's text without a word. */
    @Test
    void aQuoteNotDoubledInsideAQuotedFieldIsToldOnTheRowItKeeps(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sheet.csv");
        Files.writeString(file, "Title,Abstract\n\"Row one\" ,\"Serum IL-6 rose.\"\n"
                + "\"Row two\",\"The \"gold standard\" showed plasma IL-10 fell.\"\n\"Row three\",\"A \"\"quoted\"\" word.\"\n"
                + "A 5\" screen,\"The \"gold standard\" showed plasma IL-8 fell.\"\n");

        SourceRun run = PluginTestKit.read(source, file);

        assertThat(run.records()).extracting(BibliographicRecord::title).containsExactly("Row one", "Row two", "Row three", "A 5\" screen");
        assertThat(run.records().get(2).abstractText()).isEqualTo("A \"quoted\" word.");
        // a blank after a closing quote loses nothing (the review of the change, R7); an undoubled quote after a bare quote in an
        // earlier field of the row is told too (R2: only a row's first sign of broken quoting was kept)
        assertThat(run.log().problems()).extracting(Problem::kind, Problem::line, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Problem.Kind.WARNING, 3L, "a quoted field opened at line 3 has text after its"
                        + " closing quote: a quote inside it not doubled? The field is read with that quote left out; expected \"\""
                        + " for each quote inside a quoted field"),
                org.assertj.core.groups.Tuple.tuple(Problem.Kind.WARNING, 5L, "a quoted field opened at line 5 has text after its"
                        + " closing quote: a quote inside it not doubled? The field is read with that quote left out; expected \"\""
                        + " for each quote inside a quoted field"));
    }

    /**
     * The review of session 28, N4: a header that lost a name (every row one field longer) kept the rows whose own last field was
     * empty, read one column off (a PMID for a title), and skipped the others. Every row is skipped alike.
     */
    @Test
    void aHeaderThatLostANameKeepsNoRowReadOneColumnOff(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sheet.csv");
        Files.writeString(file, "Title,Year,Abstract\n90000001,First,2001,One.\n90000002,Second,2002,\n90000003,Third,2003,Three.\n");

        SourceRun run = PluginTestKit.read(source, file);

        assertThat(run.records()).isEmpty();
        assertThat(run.log().problems()).extracting(Problem::line, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, "row has 4 fields, header has 3"),
                org.assertj.core.groups.Tuple.tuple(3L, "row has 4 fields, header has 3 (as the first row has: has the header lost a name?)"),
                org.assertj.core.groups.Tuple.tuple(4L, "row has 4 fields, header has 3 (as the first row has: has the header lost a name?)"));
    }

    /** The review of session 26's change, Q12: Scopus's CSV export's "[No abstract available]" was read as an abstract. */
    @Test
    void aPlaceholderForNoAbstractIsNoAbstract(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("scopus.csv");
        Files.writeString(file, "Authors,Title,Year,DOI,Abstract\nDoe J.,Cytokines,2020,10.9999/s.1,[No abstract available]\n"
                + "Roe K.,Sepsis,2021,10.9999/s.2,Serum IL-6 rose.\n");

        SourceRun run = PluginTestKit.read(source, file);

        assertThat(run.records()).extracting(r -> r.sections().size()).containsExactly(0, 1);
    }

    /**
     * The review of session 28, N22: Zotero's CSV export was read without its abstracts ("Abstract Note" was no usual name)
     * and without its PMIDs (in "Extra"), so a sheet of 399 records gave no findings and merged preprints by title.
     */
    @Test
    void zoterosExportIsReadWithItsAbstractJournalYearAndThePmidAndPmcidInItsExtraField(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("zotero.csv");
        Files.writeString(file, "\uFEFF\"Key\",\"Item Type\",\"Publication Year\",\"Author\",\"Title\",\"Publication Title\",\"DOI\","
                + "\"Abstract Note\",\"Extra\"\n"
                + "\"K1\",\"journalArticle\",\"2020\",\"Doe, J\",\"Sepsis\",\"J Imm\",\"10.9999/z.1\",\"Serum IL-6 rose.\","
                + "\"PMID: 33126234\nPMCID: PMC7594221\"\n"
                + "\"K2\",\"journalArticle\",\"2021\",\"Roe, K\",\"Colitis\",\"Gut\",\"10.9999/z.2\",\"IL-10 fell.\",\"Publisher: x\"\n");

        SourceRun run = PluginTestKit.read(source, file);

        assertThat(run.log().problems()).isEmpty();
        assertThat(run.log().notices()).isEmpty();
        assertThat(run.records()).extracting(BibliographicRecord::pmid, BibliographicRecord::pmcid,
                        BibliographicRecord::journal, BibliographicRecord::year)
                .containsExactly(tuple("33126234", "PMC7594221", "J Imm", 2020), tuple(null, null, "Gut", 2021));
        assertThat(run.records().get(0).sections()).containsExactly(new AbstractSection(null, "Serum IL-6 rose."));
        assertThat(run.records().get(1).metadata()).containsEntry("Extra", List.of("Publisher: x"));
    }

    /** A PMID in "Extra" that is no PubMed id is warned about by the column it came from, as a PMID column's would be. */
    @Test
    void aBadPmidInZoterosExtraFieldIsWarnedAboutByThatColumn(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("zotero.csv");
        Files.writeString(file, "Title,Extra\nSepsis,PMID: 12x\n");

        SourceRun run = PluginTestKit.read(source, file);

        assertThat(run.records()).extracting(BibliographicRecord::pmid).containsExactly((String) null);
        assertThat(run.log().problems()).singleElement().extracting(Problem::message).asString()
                .startsWith("the row's PMID '12x' (in column Extra) is no PubMed id");
    }

    @Test
    void rowWithNothingToIdentifyItIsSkipped(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sheet.csv");
        Files.writeString(file, "Title,Notes\n,only a note\nA title,\n");

        SourceRun run = PluginTestKit.read(source, file);

        assertThat(run.records()).extracting(BibliographicRecord::title).containsExactly("A title");
        assertThat(run.log().problems()).singleElement().extracting(Problem::recordNumber, Problem::message)
                .containsExactly(1L, "row has no id, PMID, DOI or title; expected at least one to identify the record");
        assertThat(run.log().notices()).singleElement().asString().contains("no abstract column");
    }

    /** An explorer's sheet without its Title column was read in silence, with a note that findings could come from titles. */
    @Test
    void aSheetWithNoTitleOrAbstractColumnIsAWarningAtItsHeader(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sheet.csv");
        Files.writeString(file, "\nPMID,Authors,Journal\n101,Doe J,J Imm\n102,Roe R,J Imm\n");

        SourceRun run = PluginTestKit.read(source, file);

        assertThat(run.records()).extracting(BibliographicRecord::pmid).containsExactly("101", "102");
        assertThat(run.log().problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.WARNING);
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).isEqualTo("the sheet has no title or abstract column (PMID, Authors, Journal), so its records hold"
                    + " no text to find anything in; set options csv-table.title and csv-table.abstract to name them");
        });
        assertThat(run.log().notices()).isEmpty();
    }

    @Test
    void emptyFileIsAnInputErrorNamingTheFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("empty.csv");
        Files.writeString(file, "");

        assertThatThrownBy(() -> source.read(PluginTestKit.input(file), PluginTestKit.context(source)))
                .isInstanceOf(IOException.class).hasMessage(file + ": the file is empty; expected a header row");
    }

    @Test
    void aRowCutMidQuoteNamesEveryLineItSpansAndCountsTheRowItSwallowed() {
        SourceRun run = PluginTestKit.read(source, fixture("sheet-cut-field.csv"));

        // Rows 2 and 3 run together: a sheet's fields may hold line breaks, so which line starts a row is not certain.
        assertThat(run.records()).extracting(BibliographicRecord::pmid).containsExactly("90000141", "90000144");
        assertThat(run.records().get(1).sections()).extracting(AbstractSection::text).containsExactly("An abstract over two lines."); // the quoted line break folded
        assertThat(run.log().problems()).hasSize(2).allSatisfy(problem -> assertThat(problem.kind()).isEqualTo(Problem.Kind.SKIPPED_RECORD));
        assertThat(run.log().problems().get(0)).satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.recordNumber()).isEqualTo(2);
            assertThat(problem.message()).isEqualTo("row has 5 fields, header has 3 (or one more, empty, after a trailing comma);"
                    + " it spans lines 3-4, and line 4 reads as a whole row of its own, so it is probably a row"
                    + " this one ran into (skipped as well); a quoted field opened at line 3 may be missing its closing quote");
        });
        // The row it swallowed is counted and skipped as a row of its own, so the counts reconcile.
        assertThat(run.log().problems().get(1)).satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(4);
            assertThat(problem.recordNumber()).isEqualTo(3);
            assertThat(problem.message()).isEqualTo("line 4 reads as a whole row of its own but lies inside a quoted field of"
                    + " the row at line 3, which runs on over it; skipped with that row, as whether it is a row or text of"
                    + " that field is not certain");
        });
        assertThat(run.declared()).isEqualTo(4);
        assertThat(run.unaccounted()).isZero();
    }

    // Review s20, item 2 (in/t1.csv): pandas writes an integer column with a missing value as floats, "31234567.0",
    // which was kept as the PMID and so never merged with the MEDLINE copy of PMID 31234567.
    @Test
    void pmidsWithALabelOrAFloatTailAreReadAsTheirDigitsAndOtherValuesAreWarnedAndKeptWithoutAPmid(@TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("screening.csv");
        Files.writeString(file, "PMID,Title,Year\r\n31234567.0,Float,2020\r\n,No PMID,2021\r\nPMID:31234568,Colon,2019\r\n"
                + "pmid - 31234569 ,Label and blanks,2018\r\n31234570.00,Two zeros,2017\r\nabc,Letters,2016\r\n3.123457E7,Scientific,2015\r\n"
                + "12x,,2014\r\n");

        SourceRun run = PluginTestKit.read(source, file);

        assertThat(run.records()).extracting(BibliographicRecord::pmid)
                .containsExactly("31234567", null, "31234568", "31234569", "31234570", null, null);
        assertThat(run.records()).extracting(BibliographicRecord::title)
                .containsExactly("Float", "No PMID", "Colon", "Label and blanks", "Two zeros", "Letters", "Scientific");
        assertThat(run.records().get(5).id()).as("identified by its title, not by 'abc'").startsWith("title:");
        assertThat(run.log().problems()).allSatisfy(problem -> assertThat(problem.file()).isEqualTo(file.toString()));
        assertThat(run.log().problems()).extracting(Problem::kind, Problem::line, Problem::recordNumber, Problem::message).containsExactly(
                tuple(Problem.Kind.WARNING, 7L, 6L, "the row's PMID 'abc' (in column PMID) is no PubMed id; expected digits only"
                        + " (a 'PMID:' label or a '.0' tail is read as the number); kept without a PMID"),
                tuple(Problem.Kind.WARNING, 8L, 7L, "the row's PMID '3.123457E7' (in column PMID) is no PubMed id; expected digits"
                        + " only (a 'PMID:' label or a '.0' tail is read as the number); kept without a PMID"),
                tuple(Problem.Kind.SKIPPED_RECORD, 9L, 8L, "row's PMID '12x' (in column PMID) is no PubMed id, and the row has no id,"
                        + " DOI or title; expected digits in the PMID column, or another value to identify the record"));
        assertThat(run.declared()).isEqualTo(8);
        assertThat(run.unaccounted()).isZero();
    }

    // Review s20, item 5, for a sheet: two sheets joined with cat gave a record titled "Title".
    @Test
    void aSecondHeaderRowIsWarnedAboutByItsLineAndNotReadOrCountedAsARecord(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("joined.tsv");
        Files.writeString(file, "PMID\tTitle\tAbstract\n1\tFirst\tOne.\n PMID \tTitle\t\"Abstract\"\n2\tSecond\tTwo.\n");

        SourceRun run = PluginTestKit.read(source, file);

        assertThat(run.records()).extracting(BibliographicRecord::title).containsExactly("First", "Second");
        assertThat(run.records()).extracting(r -> r.origins().get(0).recordNumber()).containsExactly(1L, 2L);
        assertThat(run.log().problems()).singleElement().extracting(Problem::kind, Problem::file, Problem::line, Problem::message)
                .containsExactly(Problem.Kind.WARNING, file.toString(), 3L, "line 3 repeats the header row of line 1: a second header"
                        + " row: were two exports joined? Not read as a record; the rows after it are read under the header");
        assertThat(run.declared()).as("a header row is no record").isEqualTo(2);
        assertThat(run.unaccounted()).isZero();
    }

    // Review s20, item 10 (in/t1.csv): the abstract kept "...patients.\r\nTNF-alpha rose.", raw CR/LF included.
    @Test
    void aTitlesAndAnAbstractsLineBreaksAndRunsOfWhiteSpaceAreFoldedAsEveryOtherSourceFoldsThem(@TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("multi-line.csv");
        Files.writeString(file, "PMID,Title,Abstract\r\n1,\"Two-line\r\ntitle\",\"Serum IL-6 was higher in patients.\r\n"
                + "TNF-alpha  rose.\r\n\r\n\tIL-10\u00A0fell. \"\r\n");

        SourceRun run = PluginTestKit.read(source, file);

        BibliographicRecord record = run.records().get(0);
        assertThat(record.title()).isEqualTo("Two-line title");
        // a blank line parts paragraphs: folded into a space, it ran a heading without a period into the next sentence
        assertThat(record.sections()).extracting(AbstractSection::text)
                .containsExactly("Serum IL-6 was higher in patients.", "TNF-alpha rose.", "IL-10 fell.");
        assertThat(run.log().problems()).isEmpty();
    }

    /** The review of session 20's change, 1: "Objective: ... fibromyalgia" and the result after a blank line read as one aim. */
    @Test
    void aBlankLinePartsAnAbstractsParagraphsSoAHeadingWithoutAPeriodStaysApart(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("paragraphs.csv");
        Files.writeString(file, "PMID,Title,Abstract\n1,A title,\"Objective: to test whether cytokines differ in fibromyalgia\n \n"
                + "Serum IL-6 was higher in patients with fibromyalgia than in healthy controls.\"\n");

        BibliographicRecord record = PluginTestKit.read(source, file).records().get(0);

        assertThat(record.sections()).extracting(AbstractSection::text).containsExactly(
                "Objective: to test whether cytokines differ in fibromyalgia",
                "Serum IL-6 was higher in patients with fibromyalgia than in healthy controls.");

        // one line break, a sheet's usual break in a cell, parts them too; a sentence the line break wraps stays one
        Path lines = dir.resolve("lines.csv");
        Files.writeString(lines, "PMID,Title,Abstract\n1,A title,\"Objective: to test whether cytokines differ in fibromyalgia\r\n"
                + "Serum IL-6 was higher in patients with\nIL-6 receptor and fibromyalgia than in\nhealthy controls.\"\n");

        assertThat(PluginTestKit.read(source, lines).records().get(0).sections()).extracting(AbstractSection::text).containsExactly(
                "Objective: to test whether cytokines differ in fibromyalgia",
                "Serum IL-6 was higher in patients with IL-6 receptor and fibromyalgia than in healthy controls.");
    }
}
