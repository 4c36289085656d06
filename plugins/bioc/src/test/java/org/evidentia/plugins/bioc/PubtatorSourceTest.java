package org.evidentia.plugins.bioc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.evidentia.plugins.bioc.Fixtures.fixture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evidentia.api.AbstractSection;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.RunSummary.Problem;
import org.evidentia.testkit.PluginTestKit;
import org.evidentia.testkit.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PubtatorSourceTest {

    private final PubtatorSource source = new PubtatorSource();

    @Test
    void readsRecordsSeparatedByBlankLinesOrByAChangeOfId() {
        Path file = fixture("corpus.pubtator");

        CountingRead run = CountingRead.of(source, file);

        assertThat(run.log().problems()).isEmpty();
        assertThat(run.declared()).isEqualTo(3);
        assertThat(run.records()).extracting(BibliographicRecord::pmid).containsExactly("96400051", "96400052", "96400053");
        BibliographicRecord first = run.records().get(0);
        assertThat(first.title()).isEqualTo("Serum IL-6 and fatigue in primary Sjogren syndrome");
        assertThat(first.sections()).containsExactly(
                new AbstractSection("BACKGROUND", "Fatigue is common in Sjogren syndrome."),
                new AbstractSection("RESULTS", "Serum IL-6 was increased in fatigued patients."));
        assertThat(run.records().get(1).hasAbstract()).as("'- No text -' is PubTator's mark of no abstract").isFalse();
        assertThat(run.records().get(2).origins().get(0).line()).as("no blank line before it").isEqualTo(10);
        assertThat(run.log().notices()).containsExactly(file + ": its 4 annotations and 1 relation were not read:"
                + " Evidentia extracts findings of its own from the text");
    }

    @Test
    void aRecordWithoutTitleOrAbstractIsSkippedAndAStrayLineIsReported() {
        CountingRead run = CountingRead.of(source, fixture("bad.pubtator"));

        assertThat(run.records()).extracting(BibliographicRecord::pmid).containsExactly("96400061", "96400063");
        assertThat(run.records().get(1).abstractText()).isEqualTo("Plasma IL-8 was unchanged.");
        assertThat(run.log().problems()).extracting(Problem::kind, Problem::recordNumber, Problem::line).containsExactly(
                tuple(Problem.Kind.SKIPPED_RECORD, 2L, 4L), tuple(Problem.Kind.WARNING, 3L, 7L));
        assertThat(run.log().problems().get(0).message()).isEqualTo("the record has no title line (ID|t|title) or abstract"
                + " line (ID|a|abstract): expected PubTator's 'PMID|t|' and 'PMID|a|' lines");
        assertThat(run.log().problems().get(1).message()).isEqualTo("ignored 1 line that is not PubTator, first at line 8:"
                + " 'this line is not PubTator'; expected 'ID|t|', 'ID|a|', annotation or relation lines of record 96400063");
        assertThat(run.declared()).isEqualTo(3);
    }

    /** The review of session 28, N12: an abstract line whose PMID differs from its title's made two records without a word. */
    @Test
    void anAbstractLineOfAnotherPmidRightAfterATitleIsWarnedOf(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("typo.pubtator");
        Files.writeString(file, "96500001|t|IL-6 in invented patients\n96500002|a|Serum IL-6 was higher.\n\n"
                + "96500003|t|Another title\n96500003|a|An abstract.\n");

        CountingRead run = CountingRead.of(source, file);

        assertThat(run.records()).extracting(BibliographicRecord::pmid).containsExactly("96500001", "96500002", "96500003");
        assertThat(run.log().problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.WARNING);
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).isEqualTo("line 2, the abstract of PMID 96500002, follows the title of PMID 96500001 with no blank line"
                    + " between them: a typo in one of the PMIDs? Each PMID's lines are read as a record of their own; expected a record's"
                    + " lines to carry one PMID");
        });
    }

    @Test
    void trailingTabsMeanNothingALineOfThreeFieldsAndATabIsStillNoRelation(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("tabs.pubtator");
        Files.writeString(file, "96400071|t|Serum IL-6 rose\t\n96400071|a|It rose.\t\n96400071\tCID\tD001\t\n");

        CountingRead run = CountingRead.of(source, file);

        assertThat(run.records()).singleElement().satisfies(r -> assertThat(r.title()).isEqualTo("Serum IL-6 rose"));
        assertThat(run.log().problems()).extracting(Problem::message).containsExactly("ignored 1 line that is not PubTator,"
                + " first at line 3: '96400071\tCID\tD001'; expected 'ID|t|', 'ID|a|', annotation or relation lines of record 96400071");
    }

    @Test
    void detection(@TempDir Path dir) throws IOException {
        assertThat(source.accepts(PluginTestKit.input(fixture("corpus.pubtator")))).isEqualTo(95);
        Path medline = dir.resolve("pubmed.txt");
        Files.writeString(medline, "PMID- 12345678\nTI  - A title\n");
        assertThat(source.accepts(PluginTestKit.input(medline))).isZero();
        assertThat(source.accepts(PluginTestKit.input(fixture("pubtator3.json")))).isZero();
    }

    @Test
    void noSharedPubmedExportIsTakenForBiocOrPubtator() throws IOException {
        Path data = SharedData.resolve("data");
        java.util.List<Path> files;
        try (var walk = Files.walk(data)) {
            files = walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".md")).sorted().toList();
        }
        for (Path file : files) {
            var input = PluginTestKit.input(file);
            assertThat(source.accepts(input)).as(file.toString()).isZero();
            assertThat(new BiocXmlSource().accepts(input)).as(file.toString()).isZero();
            assertThat(new BiocJsonSource().accepts(input)).as(file.toString()).isZero();
        }
    }
}
