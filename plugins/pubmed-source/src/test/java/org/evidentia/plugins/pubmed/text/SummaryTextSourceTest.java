package org.evidentia.plugins.pubmed.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Origin;
import org.evidentia.api.RunSummary.Problem;
import org.evidentia.plugins.pubmed.Fixtures;
import org.evidentia.testkit.PluginTestKit.SourceRun;
import org.evidentia.testkit.PluginTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryTextSourceTest {

    private final SummaryTextSource source = new SummaryTextSource();

    @Test
    void readsCitationsAndSaysThereAreNoAbstracts() {
        Path file = Fixtures.path("summary-text/three-records.txt");
        SourceRun run = PluginTestKit.read(source, file);

        assertThat(run.records()).hasSize(2);
        BibliographicRecord first = run.records().get(0);
        assertThat(first.pmid()).isEqualTo("90000301");
        assertThat(first.authors()).containsExactly("Tester AB", "van Example C");
        assertThat(first.title()).isEqualTo("An invented summary record: does it parse?");
        assertThat(first.journal()).isEqualTo("J Test Med");
        assertThat(first.year()).isEqualTo(2020);
        assertThat(first.doi()).isEqualTo("10.9999/evidentia.sum.1");
        assertThat(first.hasAbstract()).isFalse();
        assertThat(first.origins()).containsExactly(new Origin("pubmed-summary-text", file.toString(), 1, 1));
        BibliographicRecord third = run.records().get(1);
        assertThat(third.title()).isEqualTo("Another invented record.");
        assertThat(third.doi()).isEqualTo("10.9999/evidentia.sum.3");
        assertThat(third.pmcid()).isEqualTo("PMC9000303");
        assertThat(third.year()).isEqualTo(2019);
        assertThat(run.log().notices()).singleElement().asString()
                .contains(file.toString()).contains("carries no abstracts").contains("so findings can come only from titles");
    }

    @Test
    void reportsARecordWithNothingToRead() {
        Path file = Fixtures.path("summary-text/three-records.txt");
        SourceRun run = PluginTestKit.read(source, file);

        assertThat(run.log().problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.SKIPPED_RECORD);
            assertThat(p.recordNumber()).isEqualTo(2);
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.message()).contains("expected 'n: Authors. Title. Journal. Year");
        });
    }

    @Test
    void linesBeforeTheFirstRecordAreCountedWithTheirNounAndThousandsSeparators(@TempDir Path dir) throws Exception {
        String records = Files.readString(Fixtures.path("summary-text/five-records.txt"));
        SourceRun one = PluginTestKit.read(source, Fixtures.write(dir, "one.txt",
                ("A saved search.\n\n" + records).getBytes(StandardCharsets.UTF_8)));
        SourceRun many = PluginTestKit.read(source, Fixtures.write(dir, "many.txt",
                ("note\n".repeat(1200) + "\n" + records).getBytes(StandardCharsets.UTF_8)));

        assertThat(Fixtures.problems(one, Problem.Kind.WARNING)).singleElement().satisfies(p ->
                assertThat(p.message()).startsWith("ignored 1 line before the first record;"));
        assertThat(Fixtures.problems(many, Problem.Kind.WARNING)).singleElement().satisfies(p ->
                assertThat(p.message()).startsWith("ignored 1,200 lines before the first record;"));
    }

    @Test
    void saysSoForAnEmptyFile(@TempDir Path dir) {
        SourceRun run = PluginTestKit.read(source, Fixtures.write(dir, "empty.txt", new byte[0]));

        assertThat(run.records()).isEmpty();
        assertThat(run.log().notices()).singleElement().asString().contains("is empty");
    }

    /** The five records of the fixture as PMID -> title, read from the clean file. */
    private Map<String, String> cleanTitles() {
        SourceRun clean = PluginTestKit.read(source, Fixtures.path("summary-text/five-records.txt"));
        assertThat(clean.log().problems()).isEmpty();
        assertThat(clean.declared()).isEqualTo(5);
        Map<String, String> titles = new LinkedHashMap<>();
        clean.records().forEach(r -> titles.put(r.pmid(), r.title()));
        assertThat(titles).hasSize(5).doesNotContainValue(null);
        return titles;
    }

    private void readsAllFiveAsInTheCleanFile(Path dir, String name, String text) {
        Map<String, String> expected = cleanTitles();
        SourceRun run = PluginTestKit.read(source, Fixtures.write(dir, name, text.getBytes(StandardCharsets.UTF_8)));

        Map<String, String> titles = new LinkedHashMap<>();
        run.records().forEach(r -> titles.put(r.pmid(), r.title()));
        assertThat(titles).as(run.log().problems().toString()).containsExactlyEntriesOf(expected);
        assertThat(run.unaccounted()).isZero();
    }

    @Test
    void aMissingBlankLineBetweenRecordsLosesNoRecord(@TempDir Path dir) {
        String text = Fixtures.text("summary-text/five-records.txt").replace("\n\n", "\n");
        readsAllFiveAsInTheCleanFile(dir, "no-blank-lines.txt", text);
    }

    @Test
    void nulBytesAtLineEndsLoseNoRecord(@TempDir Path dir) {
        String text = Fixtures.text("summary-text/five-records.txt").replace("\n", "\u0000\n");
        readsAllFiveAsInTheCleanFile(dir, "nul-line-ends.txt", text);
    }

    @Test
    void mixedLineEndingsLoseNoRecord(@TempDir Path dir) {
        // A CR then the blank line's LF reads as one CRLF: the blank line between records is gone.
        String text = Fixtures.text("summary-text/five-records.txt").replace(".\n\n", ".\r\n").replace("\nPMID", "\rPMID");
        readsAllFiveAsInTheCleanFile(dir, "mixed-line-ends.txt", text);
    }

    @Test
    void anExportJoinedIntoOneLongLineLosesNoRecord(@TempDir Path dir) {
        String text = Fixtures.text("summary-text/five-records.txt").replace("\n\n", "  ").replace("\n", " ");
        readsAllFiveAsInTheCleanFile(dir, "one-line.txt", text);
    }

    @Test
    void aRecordWithoutItsNumberIsNeverMergedIntoTheRecordBefore(@TempDir Path dir) {
        Map<String, String> expected = cleanTitles();
        String text = Fixtures.text("summary-text/five-records.txt").replace("90000502.\n\n3: ", "90000502.\n");
        SourceRun run = PluginTestKit.read(source, Fixtures.write(dir, "lost-number.txt", text.getBytes(StandardCharsets.UTF_8)));

        assertThat(run.records()).allSatisfy(r -> assertThat(r.title()).isEqualTo(expected.get(r.pmid())));
        assertThat(run.records()).extracting(BibliographicRecord::pmid).contains("90000501", "90000502", "90000504", "90000505");
        assertThat(run.records().size() + run.skipped()).isEqualTo(5);
        assertThat(run.unaccounted()).isZero();
    }

    @Test
    void statesHowManyRecordsTheInputHolds() {
        SourceRun run = PluginTestKit.read(source, Fixtures.path("summary-text/three-records.txt"));

        assertThat(run.declared()).isEqualTo(3);
        assertThat(run.unaccounted()).isZero();
    }

    @Test
    void titlesLosePubmedsInlineTagsAndKeepTextThatLooksLikeATag() {
        SourceRun run = PluginTestKit.read(source, Fixtures.path("summary-text/inline-tags.txt"));

        assertThat(run.records()).extracting(BibliographicRecord::title).containsExactly(
                "Invented bone scans using 99mTc-labelled diphosphate: a made-up review.",
                "P2Y12 inhibitors in invented patients with IL-6 <5 pg/mL (p<0.05, BMI <or=32, mRS</=3).");
        assertThat(run.records().get(0).metadata().get("citation")).singleElement().asString()
                .as("the citation is kept as printed").contains("<sup>99m</sup>Tc");
    }
}
