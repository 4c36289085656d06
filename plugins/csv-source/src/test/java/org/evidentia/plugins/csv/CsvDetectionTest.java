package org.evidentia.plugins.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evidentia.plugins.csv.Fixtures.fixture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Source;
import org.evidentia.testkit.PluginTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvDetectionTest {

    private final PubmedCsvSource pubmedCsv = new PubmedCsvSource();
    private final CsvTableSource csvTable = new CsvTableSource();

    @Test
    void pubmedExportsGoToPubmedCsvWhicheverTheLayout() {
        for (String name : new String[] {"pubmed-current-bom.csv", "pubmed-current-no-bom.csv", "pubmed-legacy.csv"}) {
            var probe = PluginTestKit.input(fixture(name));
            assertThat(pubmedCsv.accepts(probe)).as(name).isEqualTo(100);
            assertThat(csvTable.accepts(probe)).as(name).isLessThan(100);
        }
    }

    /**
     * The review of session 24, I22: a PubMed CSV with a blank line before its header was a file no source reads, though
     * either source read it whole when forced.
     */
    @Test
    void aPubmedExportWithBlankLinesBeforeItsHeaderIsStillAPubmedExport(@TempDir Path dir) throws IOException {
        String export = Files.readString(fixture("pubmed-current-no-bom.csv"));
        for (String before : new String[] {"\n", "\r\n\r\n"}) {
            Path file = Files.writeString(dir.resolve("blank-first.csv"), before + export);
            var probe = PluginTestKit.input(file);

            assertThat(pubmedCsv.accepts(probe)).isEqualTo(100);
            assertThat(PluginTestKit.read(pubmedCsv, file).records()).hasSize(PluginTestKit.read(pubmedCsv, fixture("pubmed-current-no-bom.csv"))
                    .records().size()).isNotEmpty();
        }
    }

    /**
     * The review of session 28, N19: a sheet saved with Excel's {@code sep=,} line above its header was refused whole, the
     * directive taken for the header.
     */
    @Test
    void excelsSepLineAboveTheHeaderIsPassedAndNamesTheDelimiter(@TempDir Path dir) throws IOException {
        String export = Files.readString(fixture("pubmed-current-no-bom.csv"));
        int records = PluginTestKit.read(pubmedCsv, fixture("pubmed-current-no-bom.csv")).records().size();
        for (String sep : new String[] {"sep=,\n", "\"sep=,\"\r\n", "SEP=,\n"}) {
            Path file = Files.writeString(dir.resolve("sep.csv"), sep + export);

            assertThat(pubmedCsv.accepts(PluginTestKit.input(file))).as(sep).isEqualTo(100);
            assertThat(PluginTestKit.read(pubmedCsv, file).records()).as(sep).hasSize(records).isNotEmpty();
        }

        // The line names the delimiter: a sheet whose header has more commas than semicolons is split at semicolons.
        Path sheet = Files.writeString(dir.resolve("sheet.csv"), "sep=;\nPMID;Title;Notes, by round, 1, 2\n101;IL-6, in sepsis;kept, 1, 2\n");
        assertThat(csvTable.accepts(PluginTestKit.input(sheet))).isEqualTo(CsvTableSource.RECOGNISED_SHEET);
        var run = PluginTestKit.read(csvTable, sheet);
        assertThat(run.log().problems()).isEmpty();
        // the review of the change, R4: a tab, which strip() took for white space
        Path tabbed = Files.writeString(dir.resolve("tabbed.tsv"), "sep=\t\nPMID\tTitle\tNotes;a;b;c\n102\tIL-8; in asthma\tx;y;z;w\n");
        assertThat(PluginTestKit.read(csvTable, tabbed).records()).extracting(BibliographicRecord::title).containsExactly("IL-8; in asthma");
        assertThat(run.records()).singleElement().satisfies(record -> {
            assertThat(record.pmid()).isEqualTo("101");
            assertThat(record.title()).isEqualTo("IL-6, in sepsis");
            assertThat(record.metadata()).containsEntry("Notes, by round, 1, 2", java.util.List.of("kept, 1, 2"));
        });
    }

    @Test
    void reviewerSheetsGoToCsvTableOnly() {
        var semicolon = PluginTestKit.input(fixture("reviewer-sheet-semicolon.csv"));
        assertThat(csvTable.accepts(semicolon)).isEqualTo(CsvTableSource.RECOGNISED_SHEET);
        assertThat(pubmedCsv.accepts(semicolon)).isEqualTo(Source.REJECT);

        var tsv = PluginTestKit.input(fixture("reviewer-sheet.tsv"));
        assertThat(csvTable.accepts(tsv)).isEqualTo(CsvTableSource.UNRECOGNISED_SHEET);
        assertThat(pubmedCsv.accepts(tsv)).isEqualTo(Source.REJECT);
    }

    @Test
    void aMedlineTextHeadIsRejectedByBoth() {
        var probe = PluginTestKit.input(fixture("medline-head.txt"));

        assertThat(pubmedCsv.accepts(probe)).isEqualTo(Source.REJECT);
        assertThat(csvTable.accepts(probe)).isEqualTo(Source.REJECT);
    }

    @Test
    void aTxtSheetIsAcceptedOnlyWhenItsHeaderLooksBibliographic(@TempDir Path dir) throws IOException {
        Path sheet = dir.resolve("export.txt");
        Files.writeString(sheet, "PMID\tTitle\tAbstract\n1\tT\tA\n");
        Path prose = dir.resolve("notes.txt");
        Files.writeString(prose, "Some notes, written in prose, with commas.\n");

        assertThat(csvTable.accepts(PluginTestKit.input(sheet))).isEqualTo(CsvTableSource.RECOGNISED_SHEET);
        assertThat(csvTable.accepts(PluginTestKit.input(prose))).isEqualTo(Source.REJECT);
    }
}
