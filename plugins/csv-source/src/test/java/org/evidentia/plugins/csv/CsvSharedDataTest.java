package org.evidentia.plugins.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Source;
import org.evidentia.testkit.PluginTestKit.SourceRun;
import org.evidentia.testkit.PluginTestKit;
import org.evidentia.testkit.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reads the CSV files of ../shared/data (skipped where it is absent) with PROVENANCE.md's counts. */
class CsvSharedDataTest {

    private static final String LEGACY = "data/csv/pubmed_result_ssb_2019-08-11_thru_2019-09-03_4443.csv";

    private final PubmedCsvSource pubmedCsv = new PubmedCsvSource();
    private final CsvTableSource csvTable = new CsvTableSource();

    @ParameterizedTest
    @CsvSource({
        "data/csv/anopheles_pubmed_10000.csv, 10000",
        "data/csv/csv-2020dpspre-set.csv, 532",
        "data/csv/hospitales_pubmed.csv, 10",
        LEGACY + ", 4443",
    })
    void readsEveryRowOfEveryExport(String file, int count) {
        SourceRun run = PluginTestKit.read(pubmedCsv, SharedData.resolve(file));

        assertThat(run.records()).hasSize(count);
        assertThat(run.log().problems()).isEmpty();
        assertThat(run.log().notices()).singleElement().asString().contains("carry no abstracts");
        assertThat(run.records()).allSatisfy(record -> {
            assertThat(record.pmid()).matches("\\d+");
            assertThat(record.title()).isNotBlank();
            assertThat(record.sections()).isEmpty();
        });
        assertThat(run.records()).extracting(BibliographicRecord::pmid).doesNotHaveDuplicates();
    }

    /** Review 13, L6: row 101 of a real export with its title's closing quote removed. */
    @Test
    void aRealRowThatLostItsTitlesClosingQuoteIsSkippedNamingTheQuote(@TempDir Path dir) throws IOException {
        List<String> lines = Files.readAllLines(SharedData.resolve("data/csv/csv-2020dpspre-set.csv"), StandardCharsets.UTF_8);
        String row = lines.get(101);
        int titleEnd = row.indexOf("\",\"", row.indexOf("\",\"") + 3); // the quote closing the title, the row's 2nd field
        lines.set(101, row.substring(0, titleEnd) + row.substring(titleEnd + 1));
        Path file = Files.write(dir.resolve("lost-quote.csv"), lines, StandardCharsets.UTF_8);

        SourceRun run = PluginTestKit.read(pubmedCsv, file);

        assertThat(run.records()).hasSize(531);
        assertThat(run.log().problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(102);
            assertThat(problem.recordNumber()).isEqualTo(101);
            assertThat(problem.message()).startsWith("row has ").endsWith(" fields, header has 11; a quoted field opened at line 102"
                    + " may be missing its closing quote");
        });
        assertThat(run.unaccounted()).isZero();
    }

    @Test
    void currentExportKeepsIdentifiersAndCitationParts() {
        List<BibliographicRecord> records = PluginTestKit.read(pubmedCsv, SharedData.resolve("data/csv/anopheles_pubmed_10000.csv")).records();

        BibliographicRecord first = records.get(0);
        assertThat(first.pmid()).isEqualTo("31997728");
        assertThat(first.title()).isEqualTo("The expanding Anopheles gambiae species complex");
        assertThat(first.authors()).containsExactly("Loughlin SO");
        assertThat(first.journal()).isEqualTo("Pathog Glob Health");
        assertThat(first.year()).isEqualTo(2020);
        assertThat(first.pmcid()).isEqualTo("PMC7144251");
        assertThat(first.doi()).isEqualTo("10.1080/20477724.2020.1722434");
        assertThat(records.get(1).authors()).containsExactly("Culverwell CL", "Vapalahti OP", "Harbach RE");
        assertThat(records.get(records.size() - 1).pmid()).isEqualTo("19842403");
        // 6,835 rows have a DOI column; the others have no DOI in their citation either.
        assertThat(records).filteredOn(r -> r.doi() != null).hasSize(6835);
        assertThat(records).filteredOn(r -> r.pmcid() != null).hasSize(3337);
    }

    @Test
    void currentExportTitlesLosePubmedsInlineTags() {
        List<BibliographicRecord> records = PluginTestKit.read(pubmedCsv, SharedData.resolve("data/csv/anopheles_pubmed_10000.csv")).records();

        // The export prints this title with <i> around each species name, as it stands in PubMed's XML.
        assertThat(records).filteredOn(r -> r.pmid().equals("28264338")).singleElement().extracting(BibliographicRecord::title)
                .isEqualTo("Anopheles prachongae, a new species of the Gigas Complex of subgenus Anopheles (Diptera: Culicidae)"
                        + " in Thailand, contrasted with known forms of the complex");
        assertThat(records).extracting(BibliographicRecord::title).noneMatch(title -> title.matches(".*</?(i|b|u|sup|sub)>.*"));
    }

    @Test
    void legacyExportTakesIdentifiersFromItsIdentifiersAndDetailsColumns() {
        List<BibliographicRecord> records = PluginTestKit.read(pubmedCsv, SharedData.resolve(LEGACY)).records();

        BibliographicRecord first = records.get(0);
        assertThat(first.pmid()).isEqualTo("31476800");
        assertThat(first.title()).isEqualTo("Hypofractionation for clinically localized prostate cancer.");
        assertThat(first.authors()).containsExactly("Hickey BE", "James ML", "Daly T", "Soh FY", "Jeffery M");
        assertThat(first.journal()).isEqualTo("Cochrane Database Syst Rev");
        assertThat(first.year()).isEqualTo(2019);
        assertThat(first.doi()).isEqualTo("10.1002/14651858.CD011462.pub2");
        assertThat(records.get(records.size() - 1).pmid()).isEqualTo("25583405");
        // 970 rows name a PMCID (two with a version suffix); 4,350 Details hold a DOI.
        assertThat(records).filteredOn(r -> r.pmcid() != null).hasSize(970)
                .allSatisfy(r -> assertThat(r.pmcid()).matches("PMC\\d+"));
        assertThat(records).filteredOn(r -> r.doi() != null).hasSize(4350);
    }

    @Test
    void hospitalesCsvHasTheSamePmidsAsItsMedlineTwin() throws IOException {
        Path medline = SharedData.resolve("data/medline/hospitales_pubmed.txt");
        List<String> medlinePmids = Files.readAllLines(medline, StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("PMID- ")).map(line -> line.substring(6).strip()).toList();

        List<BibliographicRecord> records = PluginTestKit.read(pubmedCsv, SharedData.resolve("data/csv/hospitales_pubmed.csv")).records();

        assertThat(medlinePmids).hasSize(10);
        assertThat(records).extracting(BibliographicRecord::pmid).containsExactlyInAnyOrderElementsOf(medlinePmids);
        assertThat(records.get(0).title()).startsWith("Effects of aerobic exercise on components of the metabolic syndrome");
        assertThat(records.get(1).authors()).contains("Durand-V\u00e1squez MDC");
    }

    @ParameterizedTest
    @ValueSource(strings = {"data/csv/anopheles_pubmed_10000.csv", "data/csv/csv-2020dpspre-set.csv",
        "data/csv/hospitales_pubmed.csv", LEGACY})
    void everySharedCsvIsAcceptedBestByPubmedCsv(String file) {
        var probe = PluginTestKit.input(SharedData.resolve(file));

        assertThat(pubmedCsv.accepts(probe)).isEqualTo(100);
        assertThat(csvTable.accepts(probe)).isBetween(1, 99);
    }

    @ParameterizedTest
    @ValueSource(strings = {"data/medline/pubmed_result1.txt", "data/medline/citations.nbib",
        "data/medline/samina_pubmed_crlf.txt", "data/xml/pubmed1.xml", "data/xml/medline16n0902.xml.gz",
        "data/abstract-text/il6_pubmed_result_160103.txt", "data/abstract-text/summary-systematic-set_2020-09-02_409.txt"})
    void filesOfOtherFormatsAreRejectedByBoth(String file) {
        var probe = PluginTestKit.input(SharedData.resolve(file));

        assertThat(pubmedCsv.accepts(probe)).isEqualTo(Source.REJECT);
        assertThat(csvTable.accepts(probe)).isEqualTo(Source.REJECT);
    }
}
