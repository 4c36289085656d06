package org.evidentia.plugins.pubmed.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evidentia.api.AbstractSection;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Origin;
import org.evidentia.api.RunSummary.Problem;
import org.evidentia.plugins.pubmed.Fixtures;
import org.evidentia.testkit.PluginTestKit.SourceRun;
import org.evidentia.testkit.PluginTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AbstractTextSourceTest {

    private final AbstractTextSource source = new AbstractTextSource();

    @Test
    void readsTheOlderLayout() {
        Path file = Fixtures.path("abstract-text/two-layouts.txt");
        SourceRun run = PluginTestKit.read(source, file);

        assertThat(run.log().problems()).isEmpty();
        assertThat(run.records()).hasSize(2);
        BibliographicRecord first = run.records().get(0);
        assertThat(first.pmid()).isEqualTo("90000101");
        assertThat(first.pmcid()).isEqualTo("PMC9000101");
        assertThat(first.doi()).as("from the citation line").isEqualTo("10.9999/evidentia.abs.1");
        assertThat(first.journal()).isEqualTo("J Test Med");
        assertThat(first.year()).isEqualTo(2015);
        assertThat(first.title()).isEqualTo("An invented record in the older layout, whose title wraps onto a second line.");
        assertThat(first.authors()).containsExactly("Tester AB", "van Example C", "Evidentia Fixture Group");
        assertThat(first.sections()).singleElement().satisfies(s -> {
            assertThat(s.label()).isNull();
            assertThat(s.text()).isEqualTo("Interleukin-6 was measured in 40 adults. Serum IL-6 was higher in patients than"
                    + " in controls. This abstract is invented for tests and wraps at eighty columns like the real export.");
        });
        assertThat(first.metadata().get("Comment in")).containsExactly("J Test Med. 2015 Aug;182(2):100.");
        assertThat(first.metadata().get("copyright")).containsExactly("© 2015 Invented Publisher. All rights reserved.");
        assertThat(first.origins()).containsExactly(new Origin("pubmed-abstract-text", file.toString(), 1, 2));
    }

    /**
     * Review 20, M3: the export carries no publication types, so a retracted paper's only sign is its
     * "Retraction in" block; the parser keeps it as metadata and the core's design classifier reads it
     * as a retraction, so the paper casts no vote.
     */
    @Test
    void aRetractionInBlockIsKeptAndTheCoreReadsTheRecordAsRetracted() {
        SourceRun run = PluginTestKit.read(source, Fixtures.path("abstract-text/retracted.txt"));

        assertThat(run.log().problems()).isEmpty();
        assertThat(run.records()).extracting(BibliographicRecord::pmid).containsExactly("90000120", "90000121");
        BibliographicRecord withdrawn = run.records().get(0);
        assertThat(withdrawn.publicationTypes()).isEmpty();
        assertThat(withdrawn.metadata().get("Retraction in")).containsExactly("J Test Med. 2016 Jun;184(6):512.");
        assertThat(withdrawn.abstractText()).startsWith("BACKGROUND: Cytokines were measured").doesNotContain("Retraction");
        org.evidentia.runtime.design.StudyDesignClassifier designs = new org.evidentia.runtime.design.StudyDesignClassifier();
        assertThat(designs.classify(withdrawn).retracted()).isTrue();
        assertThat(designs.classify(run.records().get(1)).retracted()).isFalse();
    }

    @Test
    void readsTheNewerLayoutWithAStructuredAbstract() {
        BibliographicRecord second = PluginTestKit.read(source, Fixtures.path("abstract-text/two-layouts.txt")).records().get(1);

        assertThat(second.pmid()).isEqualTo("90000102");
        assertThat(second.doi()).isEqualTo("10.9999/evidentia.abs.2");
        assertThat(second.authors()).containsExactly("Second A", "Third BC");
        assertThat(second.metadata().get("Author information")).singleElement().asString().startsWith("(1)Department of Tests");
        assertThat(second.sections()).extracting(AbstractSection::label)
                .containsExactly("BACKGROUND", "METHODS", "RESULTS", "CONCLUSIONS");
        assertThat(second.sections().get(0).text()).isEqualTo("Cytokines matter. They are measured in many studies.");
        assertThat(second.keywords()).containsExactly("cytokines", "fixtures");
        assertThat(second.metadata().get("Conflict of interest statement")).containsExactly("None declared.");
        assertThat(second.abstractText()).doesNotContain("Copyright").doesNotContain("PMID");
        assertThat(second.origins().get(0).line()).isEqualTo(23);
    }

    @Test
    void readsCrlfLikeLf(@TempDir Path dir) {
        List<BibliographicRecord> lf = PluginTestKit.read(source, Fixtures.path("abstract-text/two-layouts.txt")).records();
        SourceRun crlf = PluginTestKit.read(source, Fixtures.crlf(dir, "abstract-text/two-layouts.txt"));

        assertThat(crlf.log().problems()).isEmpty();
        assertThat(crlf.records()).hasSize(2);
        for (int i = 0; i < lf.size(); i++) {
            assertThat(crlf.records().get(i).sections()).isEqualTo(lf.get(i).sections());
            assertThat(crlf.records().get(i).metadata()).isEqualTo(lf.get(i).metadata());
        }
    }

    /**
     * The review of session 24, I16 and I19: text after a record's footer (a record that lost its numbered line and its
     * PMID; a MEDLINE export joined on) was kept as a note of the record before without a word, even under --strict.
     */
    @Test
    void textAfterARecordsFooterIsToldAsBelongingToNoRecord(@TempDir Path dir) throws IOException {
        String export = "1. J Test Med. 2015 Jul 1;182(1):49-57.\n\nFirst title.\n\nSmith J.\n\nSerum IL-6 was higher.\n\n"
                + "PMID: 90000401  [Indexed for MEDLINE]\n\n";
        Path lost = Files.writeString(dir.resolve("lost.txt"), export + "A record's title whose numbered line was lost.\n\n"
                + "Jones K.\n\nPlasma TNF was lower.\n\n");
        Path joined = Files.writeString(dir.resolve("joined.txt"), export + "PMID- 90000402\nTI  - A MEDLINE record.\n\n"
                + "PMID- 90000403\nTI  - Another.\n");

        SourceRun lostRun = PluginTestKit.read(source, lost);
        SourceRun joinedRun = PluginTestKit.read(source, joined);

        assertThat(lostRun.records()).extracting(BibliographicRecord::pmid).containsExactly("90000401");
        assertThat(lostRun.log().problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.WARNING);
            assertThat(p.recordNumber()).isEqualTo(1);
            assertThat(p.message()).isEqualTo("3 paragraphs after record 1's footer (line 11 to 15, starting 'A record's title whose"
                    + " numbered line was lost.') belong to no record (a record that lost its numbered line 'N. Journal. Year ...', or"
                    + " another export joined on); kept as a note of record 1, not read for findings");
        });
        assertThat(joinedRun.log().problems()).singleElement().satisfies(p -> assertThat(p.message()).isEqualTo("2 paragraphs after"
                + " record 1's footer (line 11 to 15, starting 'PMID- 90000402') belong to no record (2 MEDLINE records by their 'PMID- n'"
                + " lines, as if a MEDLINE export were joined on, counted as unaccounted for: give each export as a file of its own); kept"
                + " as a note of record 1, not read for findings"));
        // in the file's count, so the 2 records show as unaccounted for, where they were in no count (the review of session 28, N3)
        assertThat(joinedRun.declared()).isEqualTo(3);
        assertThat(lostRun.declared()).isEqualTo(1);
    }

    /** The review of session 24, I26: a download cut inside the last PMID kept a shorter number, another record's, silently. */
    @Test
    void aFileThatEndsInsideItsLastPmidLineIsToldAsPerhapsCutShort(@TempDir Path dir) throws IOException {
        String record = "1. J Test Med. 2015 Jul 1;182(1):49-57.\n\nFirst title.\n\nSmith J.\n\nSerum IL-6 was higher.\n\nPMID: 2333";
        SourceRun cut = PluginTestKit.read(source, Files.writeString(dir.resolve("cut.txt"), record));
        SourceRun whole = PluginTestKit.read(source, Files.writeString(dir.resolve("whole.txt"), record + "\n"));

        assertThat(cut.records()).extracting(BibliographicRecord::pmid).containsExactly("2333");
        assertThat(cut.log().problems()).singleElement().satisfies(p -> assertThat(p.message()).isEqualTo("the file ends inside record 1's"
                + " 'PMID: 2333' line, with no line end after it: the file looks truncated (export or download it again); if it was cut"
                + " short, PMID 2333 may be the start of a longer one and names another record: check it before citing the record"));
        assertThat(whole.log().problems()).isEmpty();
        // the review of the change, R7: a status after the number, or spaces after a line end, say the number was whole
        for (String ending : new String[] {"PMID: 2333  [Indexed for MEDLINE]", "PMID: 2333\n   "}) {
            Path file = Files.writeString(dir.resolve("whole-" + ending.length() + ".txt"), record.replace("PMID: 2333", ending));
            assertThat(PluginTestKit.read(source, file).log().problems()).as(ending).isEmpty();
        }
    }

    /** The review of session 24, I2: an export without blank lines kept every record without title or abstract, 0 findings, silently. */
    @Test
    void aRecordOfOneParagraphIsToldAsOneWhoseTitleAndAbstractCannotBeToldApart(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("no-blank-lines.txt"), "1. J Test Med. 2015 Jul 1;182(1):49-57.\nFirst title.\n"
                + "Smith J.\nSerum IL-6 was higher.\nPMID: 90000401  [Indexed for MEDLINE]\n\n");

        SourceRun run = PluginTestKit.read(source, file);

        assertThat(run.records()).singleElement().satisfies(r -> assertThat(r.pmid()).isEqualTo("90000401"));
        assertThat(run.log().problems()).singleElement().satisfies(p -> assertThat(p.message()).isEqualTo("record 1 is one paragraph"
                + " of 5 lines: without blank lines between its citation, title, authors and abstract they cannot be told apart, so it"
                + " is kept without a title or abstract (its PMID 90000401 read from line 5); expected paragraphs separated by blank"
                + " lines, as PubMed exports them"));
    }

    @Test
    void reportsBadRecordsAndReadsTheOthers() {
        Path file = Fixtures.path("abstract-text/bad-records.txt");
        SourceRun run = PluginTestKit.read(source, file);

        assertThat(run.records()).extracting(BibliographicRecord::title)
                .containsExactly("First good record.", "Third good record.", "Fourth record, cut off before its footer.");
        assertThat(run.records().get(1).pmid()).isEqualTo("90000203");
        assertThat(run.records().get(2).pmid()).isNull();
        assertThat(run.records().get(2).abstractText()).isEqualTo("An abstract that ends the file");
        assertThat(Fixtures.problems(run, Problem.Kind.SKIPPED_RECORD)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(file.toString());
            assertThat(p.recordNumber()).isEqualTo(2);
            assertThat(p.line()).isEqualTo(12);
            assertThat(p.message()).contains("neither a title nor a PMID").contains("expected");
        });
        assertThat(Fixtures.problems(run, Problem.Kind.WARNING)).singleElement().satisfies(p -> {
            assertThat(p.recordNumber()).isEqualTo(4);
            assertThat(p.message()).contains("no 'PMID: n' footer: the file looks truncated (export or download it again); kept without a PMID");
        });
    }

    @Test
    void linesBeforeTheFirstRecordAreCountedWithTheirNounAndThousandsSeparators(@TempDir Path dir) throws Exception {
        String records = Files.readString(Fixtures.path("abstract-text/five-records.txt"));
        SourceRun one = PluginTestKit.read(source, Fixtures.write(dir, "one.txt",
                ("A saved search.\n\n" + records).getBytes(StandardCharsets.UTF_8)));
        SourceRun many = PluginTestKit.read(source, Fixtures.write(dir, "many.txt",
                ("note\n".repeat(1200) + "\n" + records).getBytes(StandardCharsets.UTF_8)));

        assertThat(Fixtures.problems(one, Problem.Kind.WARNING)).singleElement().satisfies(p ->
                assertThat(p.message()).startsWith("ignored 1 line before the first record, starting 'A saved search.'"));
        assertThat(Fixtures.problems(many, Problem.Kind.WARNING)).singleElement().satisfies(p ->
                assertThat(p.message()).startsWith("ignored 1,200 lines before the first record"));
        assertThat(many.records()).hasSize(5);
    }

    @Test
    void warnsOfBytesThatAreNotUtf8AndKeepsTheRecord(@TempDir Path dir) {
        Path file = Fixtures.notUtf8(dir, "abstract-text/two-layouts.txt", "Cytokines matter");
        SourceRun run = PluginTestKit.read(source, file);

        assertThat(run.records()).hasSize(2);
        assertThat(run.log().problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.WARNING);
            assertThat(p.recordNumber()).isEqualTo(2);
            assertThat(p.message()).contains("line 34").contains("not UTF-8");
        });
    }

    @Test
    void saysSoForAnEmptyFileAndForTextWithoutRecords(@TempDir Path dir) {
        SourceRun empty = PluginTestKit.read(source, Fixtures.write(dir, "empty.txt", new byte[0]));
        SourceRun prose = PluginTestKit.read(source,
                Fixtures.write(dir, "prose.txt", "Just a note.\nNothing numbered.\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(empty.records()).isEmpty();
        assertThat(empty.log().notices()).singleElement().asString().contains("empty.txt is empty");
        assertThat(prose.records()).isEmpty();
        assertThat(prose.log().notices()).singleElement().asString().contains("holds no numbered records");
    }

    @Test
    void aParagraphStartingWithANumberDoesNotStartARecord(@TempDir Path dir) {
        String text = "1. J Test. 2020;1:1.\n\nA title.\n\nTester AB.\n\nFirst paragraph.\n\n"
                + "5. A numbered paragraph inside the abstract.\n\nPMID: 1  [Indexed for MEDLINE]\n";
        SourceRun run = PluginTestKit.read(source, Fixtures.write(dir, "numbered.txt", text.getBytes(StandardCharsets.UTF_8)));

        assertThat(run.records()).singleElement().satisfies(r -> assertThat(r.abstractText())
                .isEqualTo("First paragraph.\n5. A numbered paragraph inside the abstract."));
    }

    /**
     * Review s20, 1: a numbered line that follows the record's number is its successor's start only when it reads as a
     * citation. A wrapped abstract line "2016. From 2017 on, ..." in record 2015 was a record of its own (the file's 2
     * records read as 3, the PMID on an empty one, the TNF sentence in none), and so was record 1's paragraph "2. ...".
     */
    @Test
    void aWrappedLineOrAParagraphNumberedAsTheNextRecordIsNoRecordUnlessItIsACitation(@TempDir Path dir) {
        String wrapped = "2015. J Immunol. 2015 Jul 1;182(1):49-57.\n\nSerum cytokines in a cohort.\n\nSmith J(1).\n\n"
                + "Serum IL-6 was elevated in the patients enrolled between 2001 and\n"
                + "2016. From 2017 on, serum TNF-alpha was increased in patients.\n\nPMID: 11111111  [Indexed for MEDLINE]\n\n\n"
                + "2016. Am J Epidemiol. 2016 Jul 1;183(1):50-57.\n\nSecond title.\n\nRoe B(1).\n\nAn abstract.\n\n"
                + "PMID: 22222222  [Indexed for MEDLINE]\n";
        SourceRun run = PluginTestKit.read(source, Fixtures.write(dir, "wrapped.txt", wrapped.getBytes(StandardCharsets.UTF_8)));

        assertThat(run.records()).extracting(BibliographicRecord::pmid).containsExactly("11111111", "22222222");
        assertThat(run.records().get(0).abstractText()).isEqualTo("Serum IL-6 was elevated in the patients enrolled between 2001 and"
                + " 2016. From 2017 on, serum TNF-alpha was increased in patients.");
        assertThat(run.log().problems()).isEmpty();

        String paragraphs = "1. J Test. 2020;1:1.\n\nA title.\n\nTester AB.\n\nWe studied two outcomes:\n\n"
                + "2. Serum IL-6 was elevated in patients.\n\nPMID: 1  [Indexed for MEDLINE]\n\n\n"
                + "2. J Test. 2021;2:2.\n\nAnother title.\n\nTester AB.\n\nPMID: 2  [Indexed for MEDLINE]\n";
        SourceRun numbered = PluginTestKit.read(source, Fixtures.write(dir, "paragraphs.txt", paragraphs.getBytes(StandardCharsets.UTF_8)));

        assertThat(numbered.records()).extracting(BibliographicRecord::pmid).containsExactly("1", "2");
        assertThat(numbered.records().get(0).abstractText()).isEqualTo("We studied two outcomes:\n2. Serum IL-6 was elevated in patients.");
        assertThat(numbered.log().problems()).isEmpty();
    }

    @Test
    void onlySpacesAndTabsStandBetweenPmidAndItsNumber(@TempDir Path dir) {
        // a second footer whose number follows a vertical tab is no PMID: it must not replace the first
        String text = "1. J Test. 2020;1:1.\n\nA title.\n\nTester AB.\n\nThe abstract.\n\n"
                + "PMID: 90000\n\nPMID: \u000B0000203  [Indexed for MEDLINE]\n\n"
                + "2. J Test. 2020;1:2.\n\nAnother title.\n\nTester AB.\n\nPMID:\t90001\n";
        SourceRun run = PluginTestKit.read(source, Fixtures.write(dir, "blanks.txt", text.getBytes(StandardCharsets.UTF_8)));

        assertThat(run.records()).extracting(BibliographicRecord::pmid).containsExactly("90000", "90001");
        assertThat(run.declared()).isEqualTo(2);
    }

    /** The five records of the fixture as PMID -> title, read from the clean file. */
    private Map<String, String> cleanTitles() {
        SourceRun clean = PluginTestKit.read(source, Fixtures.path("abstract-text/five-records.txt"));
        assertThat(clean.log().problems()).isEmpty();
        assertThat(clean.declared()).isEqualTo(5);
        Map<String, String> titles = new LinkedHashMap<>();
        clean.records().forEach(r -> titles.put(r.pmid(), r.title()));
        assertThat(titles).hasSize(5).doesNotContainValue(null);
        return titles;
    }

    private SourceRun readsAllFiveAsInTheCleanFile(Path dir, String name, String text) {
        Map<String, String> expected = cleanTitles();
        SourceRun run = PluginTestKit.read(source, Fixtures.write(dir, name, text.getBytes(StandardCharsets.UTF_8)));

        Map<String, String> titles = new LinkedHashMap<>();
        run.records().forEach(r -> titles.put(r.pmid(), r.title()));
        assertThat(titles).as(run.log().problems().toString()).containsExactlyEntriesOf(expected);
        assertThat(run.unaccounted()).isZero();
        return run;
    }

    @Test
    void missingBlankLinesBetweenRecordsNeverMergeTwoRecords(@TempDir Path dir) {
        String text = Fixtures.text("abstract-text/five-records.txt").replace("\n\n\n", "\n");
        readsAllFiveAsInTheCleanFile(dir, "no-blank-lines.txt", text);
    }

    @Test
    void aRecordNumberGluedAfterTheFooterStartsTheNextRecord(@TempDir Path dir) {
        // As in real exports whose chunks were joined: "PMID: n [Indexed for MEDLINE]61. Journal ...".
        String text = Fixtures.text("abstract-text/five-records.txt").replace("[Indexed for MEDLINE]\n\n\n", "[Indexed for MEDLINE]");
        SourceRun run = readsAllFiveAsInTheCleanFile(dir, "glued.txt", text);

        assertThat(run.log().problems()).isEmpty();
        assertThat(run.records().get(1).journal()).isEqualTo("Test Rep");
    }

    @Test
    void nulBytesAndMixedLineEndingsLoseNoRecord(@TempDir Path dir) {
        // NULs at every line end; records apart by CRLF, lines within them ended by lone CRs.
        String text = Fixtures.text("abstract-text/five-records.txt").replace("\n", "\u0000\r")
                .replace("\u0000\r\u0000\r\u0000\r", "\r\n\r\n\r\n");
        readsAllFiveAsInTheCleanFile(dir, "nul-and-mixed.txt", text);
    }

    @Test
    void aCitedPmidStartingAnAbstractLineIsTextNotTheRecordsFooter(@TempDir Path dir) {
        // An abstract wrapped so that a line starts with another study's PMID: the record keeps its own PMID and its
        // whole abstract, and the file still holds five records (review s22, S9: 11111111 became the study's PMID).
        String text = Fixtures.text("abstract-text/five-records.txt").replace(
                "in invented studies.\n", "in invented studies. An earlier cohort, see\nPMID: 11111111, found the same.\n");
        SourceRun run = readsAllFiveAsInTheCleanFile(dir, "cited-pmid.txt", text);

        assertThat(run.log().problems()).isEmpty();
        assertThat(run.declared()).isEqualTo(5);
        assertThat(run.records().get(1).abstractText())
                .contains("see PMID: 11111111, found the same.").contains("Tumour necrosis factor fell after treatment.");
    }

    /** The review of the change, R3: a footer "PMID: n." is no identity line, and the warning says which line it read so. */
    @Test
    void aPmidLineWithTextAfterItIsNamedInTheWarningOfARecordWithoutFooter(@TempDir Path dir) {
        String text = "1. J Test. 2020;1:1.\n\nA title.\n\nTester AB.\n\nThe abstract.\n\nPMID: 90000.\n";
        SourceRun run = PluginTestKit.read(source, Fixtures.write(dir, "period.txt", text.getBytes(StandardCharsets.UTF_8)));

        assertThat(run.records()).singleElement().satisfies(r -> assertThat(r.pmid()).isNull());
        assertThat(run.log().problems()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("has no 'PMID: n' footer (the 'PMID:' at line 9 has text on its line, so it is read as the abstract's"));
    }

    /** The review of session 22's sources, S6: a zero-padded PMID did not merge with the XML source's copy. */
    @Test
    void aPmidIsReadWithoutLeadingZeros(@TempDir Path dir) {
        String text = Fixtures.text("abstract-text/five-records.txt").replace("PMID: 90000602", "PMID: 0090000602");
        SourceRun run = readsAllFiveAsInTheCleanFile(dir, "zeros.txt", text);

        assertThat(run.log().problems()).isEmpty();
    }

    @Test
    void aFooterPmidMayBeFollowedByItsStatusOrAnotherIdentityOnly(@TempDir Path dir) {
        String text = "1. J Test. 2020;1:1.\n\nA title.\n\nTester AB.\n\nThe abstract.\n\n"
                + "PMID: 90000 PMCID: PMC90000\n\n\n"
                + "2. J Test. 2020;1:2.\n\nAnother title.\n\nTester AB.\n\nThe abstract.\n\nPMID: 90001 [PubMed - in process]\n";
        SourceRun run = PluginTestKit.read(source, Fixtures.write(dir, "statuses.txt", text.getBytes(StandardCharsets.UTF_8)));

        assertThat(run.records()).extracting(BibliographicRecord::pmid).containsExactly("90000", "90001");
        assertThat(run.records().get(0).pmcid()).isEqualTo("PMC90000");
        assertThat(run.log().problems()).isEmpty();
    }

    @Test
    void aRecordThatLostItsNumberedCitationIsSkippedNotMergedIntoTheOneBefore(@TempDir Path dir) {
        Map<String, String> expected = cleanTitles();
        String text = Fixtures.text("abstract-text/five-records.txt")
                .replace("PMID: 90000601  [Indexed for MEDLINE]\n\n\n2. ", "PMID: 90000601  [Indexed for MEDLINE]\n");
        SourceRun run = PluginTestKit.read(source, Fixtures.write(dir, "lost-number.txt", text.getBytes(StandardCharsets.UTF_8)));

        assertThat(run.records()).extracting(BibliographicRecord::pmid).containsExactly("90000601", "90000603", "90000604", "90000605");
        assertThat(run.records()).allSatisfy(r -> assertThat(r.title()).isEqualTo(expected.get(r.pmid())));
        assertThat(Fixtures.problems(run, Problem.Kind.SKIPPED_RECORD)).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("PMID 90000602").contains("no numbered citation line");
            assertThat(p.line()).isGreaterThan(18);
        });
        assertThat(run.unaccounted()).isZero();
    }

    @Test
    void aFirstRecordWithoutItsNumberIsSkippedWithItsPmidNotIgnored(@TempDir Path dir) {
        String text = Fixtures.text("abstract-text/five-records.txt").replaceFirst("^1\\. ", "");
        SourceRun run = PluginTestKit.read(source, Fixtures.write(dir, "first-unnumbered.txt", text.getBytes(StandardCharsets.UTF_8)));

        assertThat(run.records()).hasSize(4);
        assertThat(Fixtures.problems(run, Problem.Kind.SKIPPED_RECORD)).singleElement().asString().contains("PMID 90000601");
        assertThat(run.unaccounted()).isZero();
    }

    @Test
    void statesHowManyRecordsTheInputHolds() {
        SourceRun run = PluginTestKit.read(source, Fixtures.path("abstract-text/bad-records.txt"));

        assertThat(run.declared()).isEqualTo(4);
        assertThat(run.records().size() + run.skipped()).isEqualTo(4);
    }

    @Test
    void titlesAndAbstractsLosePubmedsInlineTagsAndKeepTextThatLooksLikeATag() {
        SourceRun run = PluginTestKit.read(source, Fixtures.path("abstract-text/inline-tags.txt"));

        assertThat(run.records()).singleElement().satisfies(r -> {
            assertThat(r.title()).isEqualTo("Staphylococcus aureus in invented CD4(+) counts.");
            assertThat(r.sections()).extracting(AbstractSection::label, AbstractSection::text).containsExactly(
                    tuple("BACKGROUND", "Serum IL-6 <5 pg/mL was the invented threshold in S. aureus carriers."),
                    tuple("RESULTS", "CD4(+) T cells were higher in patients (p<0.05)."));
        });
    }
}
