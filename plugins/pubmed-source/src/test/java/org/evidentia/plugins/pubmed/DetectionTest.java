package org.evidentia.plugins.pubmed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.evidentia.api.Source;
import org.evidentia.plugins.pubmed.medline.MedlineSource;
import org.evidentia.plugins.pubmed.page.PubmedPageSource;
import org.evidentia.plugins.pubmed.text.AbstractTextSource;
import org.evidentia.plugins.pubmed.text.SummaryTextSource;
import org.evidentia.testkit.PluginTestKit;
import org.evidentia.testkit.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each file is accepted best by the source of its format; files of other formats are rejected by all. */
class DetectionTest {

    private static final List<Source> SOURCES = List.of(new MedlineSource(), new AbstractTextSource(),
            new SummaryTextSource(), new PubmedPageSource());

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "seeds/000_94293249e6958046.txt, pubmed-page",
        "seeds/001_c0d59fe90d1599a2.txt, pubmed-page",
        "data/abstract-text/il6_pubmed_result_160103.txt, pubmed-abstract-text",
        "data/abstract-text/ibd_pubmed_result.txt, pubmed-abstract-text",
        "data/abstract-text/covid_pubmed_result.txt, pubmed-abstract-text",
        "data/abstract-text/summary-systematic-set_2020-09-02_409.txt, pubmed-summary-text",
        "data/medline/pubmed_result1.txt, medline",
        "data/medline/pubmed_result2.txt, medline",
        "data/medline/pubmed_result3.txt, medline",
        "data/medline/pubmed_result4.txt, medline",
        "data/medline/citations.nbib, medline",
        "data/medline/pubmed_result_35_medline.txt, medline",
        "data/medline/PUBMED_21032026_240.txt, medline",
        "data/medline/hospitales_pubmed.txt, medline",
        "data/medline/samina_pubmed_crlf.txt, medline",
        "data/medline/biored_600_medline.txt, medline",
    })
    void sharedFileIsAcceptedBestByItsSource(String file, String expected) {
        assertThat(best(SharedData.resolve(file))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "medline/two-records.nbib, medline",
        "medline/bad-records.txt, medline",
        "abstract-text/two-layouts.txt, pubmed-abstract-text",
        "abstract-text/bad-records.txt, pubmed-abstract-text",
        "summary-text/three-records.txt, pubmed-summary-text",
        "page/pubmed-structured.txt, pubmed-page",
        "page/several-pages.txt, pubmed-page",
        "page/no-abstract.txt, pubmed-page",
        "page/abstract-site.txt, pubmed-page",
    })
    void fixtureIsAcceptedBestByItsSource(String fixture, String expected) {
        assertThat(best(Fixtures.path(fixture))).isEqualTo(expected);
    }

    /**
     * The review of session 24, I21: an export with a note written above it, or whose first record lost its citation
     * line, was taken for a few copied pages (507 records read as 5). Each is its export still, read whole.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "abstract-text/two-layouts.txt, pubmed-abstract-text",
        "summary-text/three-records.txt, pubmed-summary-text",
    })
    void anExportBelowANoteOrWithoutItsFirstCitationLineIsAcceptedBestByItsSource(String fixture, String expected, @TempDir Path dir)
            throws IOException {
        String export = Files.readString(Fixtures.path(fixture));
        Path noted = Files.writeString(dir.resolve("noted.txt"), "My IL-6 search, exported 2016-01-03 by Ana\nquery: interleukin-6 AND"
                + " sleep\n\n" + export);
        Source source = SOURCES.stream().filter(s -> s.name().equals(expected)).findFirst().orElseThrow();
        long records = PluginTestKit.read(source, Fixtures.path(fixture)).records().size();

        assertThat(best(noted)).isEqualTo(expected);
        assertThat(PluginTestKit.read(source, noted).records()).hasSize((int) records);
        if (expected.equals("pubmed-abstract-text")) {
            // its first record's citation line lost, then the records of a second export joined on
            String withoutFirstCitation = export.replaceFirst("(?m)^1\\. .*\\R", "") + export;
            assertThat(best(Files.writeString(dir.resolve("cut.txt"), withoutFirstCitation))).isEqualTo(expected);
        }
    }

    /**
     * The review of the change, R6: pages copied into one file, each with its PMID line and a numbered list of references
     * (as a journal site, or a browser copying a list, gives them), were taken for an Abstract export below a note.
     */
    @Test
    void pagesWithNumberedReferencesAreStillPages(@TempDir Path dir) throws IOException {
        String page = Files.readString(Fixtures.path("page/pubmed-structured.txt"));
        String references = "References\n1. Smith J, Jones K. A study of IL-6. J Immunol. 2019;12:1-5.\n"
                + "2. Brown A. Another study. J Pain. 2018;3:4-5.\n3. Green B. A third. Cytokine. 2017;9:1-2.\n\n";
        String second = page.replace("90000401", "90000402").replace("PMC9000401", "PMC9000402");
        Path pages = Files.writeString(dir.resolve("two-pages.txt"), page + "\n" + references + second + "\n" + references);

        assertThat(best(pages)).isEqualTo("pubmed-page");
    }

    /** An explorer's s22, S1: a file of CR line ends (an old Mac's) was read by no source unless one was forced with -s. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "medline/two-records.nbib, medline",
        "abstract-text/two-layouts.txt, pubmed-abstract-text",
        "page/pubmed-structured.txt, pubmed-page",
    })
    void aFixtureWithCrLineEndsIsAcceptedBestByItsSource(String fixture, String expected, @TempDir Path dir) throws IOException {
        String text = Files.readString(Fixtures.path(fixture)).replace("\r\n", "\n").replace('\n', '\r');
        assertThat(best(Files.writeString(dir.resolve("cr-" + Fixtures.path(fixture).getFileName()), text))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "data/csv/hospitales_pubmed.csv",
        "data/csv/csv-2020dpspre-set.csv",
        "data/csv/pubmed_result_ssb_2019-08-11_thru_2019-09-03_4443.csv",
        "data/csv/anopheles_pubmed_10000.csv",
        "data/xml/pubmed1.xml",
        "data/xml/pubmed-29768149.xml",
        "data/xml/medline16n0902.xml.gz",
    })
    void csvAndXmlAreRejectedByAll(String file) {
        var probe = PluginTestKit.input(SharedData.resolve(file));
        assertThat(SOURCES).allSatisfy(source ->
                assertThat(source.accepts(probe)).as(source.name()).isEqualTo(Source.REJECT));
    }

    /**
     * Review 13, M4: RIS tag lines look like MEDLINE's; read as MEDLINE (with the ris source disabled)
     * every record lost its PMID and year, silently. TY first and ER closing each record say RIS.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"library.ris", "library.txt", "library.nbib"})
    void risIsRejectedByAll(String name, @TempDir Path dir) throws IOException {
        String ris = String.join("\n", "TY  - JOUR", "TI  - Interleukin-6 in an invented cohort.", "AB  - Serum IL-6 was higher.",
                "AN  - 90000001", "DB  - PubMed", "DP  - NLM", "ER  - ", "", "TY  - JOUR", "TI  - A second study.", "ER  - ", "");
        var probe = PluginTestKit.input(Files.writeString(dir.resolve(name), ris));
        assertThat(SOURCES).allSatisfy(source ->
                assertThat(source.accepts(probe)).as(source.name()).isEqualTo(Source.REJECT));
    }

    @Test
    void aHeadWhoseRecordsEndWithErIsNotMedlineWhateverComesFirst(@TempDir Path dir) throws IOException {
        String text = String.join("\n", "Provider: a reference manager", "", "TI  - A title.", "AB  - An abstract.", "AU  - One A",
                "ER  - ", "");
        var probe = PluginTestKit.input(Files.writeString(dir.resolve("export.txt"), text));
        assertThat(new MedlineSource().accepts(probe)).isEqualTo(Source.REJECT);
    }

    private static String best(Path file) {
        var probe = PluginTestKit.input(file);
        // As the runtime decides: highest score, ties to the name that sorts first.
        Source best = SOURCES.stream()
                .max(Comparator.comparingInt((Source s) -> s.accepts(probe)).thenComparing(Source::name, Comparator.reverseOrder()))
                .orElseThrow();
        assertThat(best.accepts(probe)).as("score of " + best.name()).isGreaterThan(Source.REJECT);
        return best.name();
    }
}
