package org.evidentia.plugins.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.evidentia.testkit.PluginTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewTableReporterTest {

    private final ReviewTableReporter reporter = new ReviewTableReporter();

    @TempDir
    Path out;

    private void report(Map<String, ?> options) throws IOException {
        reporter.report(Fixtures.evidence(), PluginTestKit.reportContext(reporter, options, out));
    }

    private List<CSVRecord> readDelimited(String file, char delimiter) throws IOException {
        try (Reader reader = Files.newBufferedReader(out.resolve(file), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setDelimiter(delimiter).get().parse(reader).getRecords();
        }
    }

    @Test
    void writesCsvByDefaultSortedByCytokineThenStudy() throws IOException {
        report(Map.of());

        assertThat(out.resolve("review-table.csv")).exists();
        assertThat(out.resolve("studies.csv")).exists();
        assertThat(out.resolve("review-table.tsv")).doesNotExist();
        assertThat(out.resolve("review-table.md")).doesNotExist();

        List<CSVRecord> rows = readDelimited("review-table.csv", ',');
        assertThat(rows.get(0).toList()).containsExactlyElementsOf(ReviewTables.FINDING_COLUMNS);
        // IL-2 before IL-10 (natural order of labels), then first author, year, record id
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(6) + " " + r.get(5))
                .containsExactly("IL-2 10.1000/evil", "IL-2 1002", "IL-2 1001", "IL-10 1002", "IL-10 1001");
        CSVRecord smithIl2 = rows.get(3);
        assertThat(smithIl2.toList()).containsExactly("Smith J", "2020", "J Pain", "1001", "10.1000/smith", "1001",
                "IL-2", "IL2", "increased", "", "fibromyalgia", "IL-2 was higher in patients, \"markedly\".");
    }

    @Test
    void studiesTableHasEveryKeptRecordInRunOrderWithItsNumberOfFindings() throws IOException {
        report(Map.of());

        List<CSVRecord> rows = readDelimited("studies.csv", ',');
        assertThat(rows.get(0).toList()).containsExactlyElementsOf(ReviewTables.STUDY_COLUMNS);
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(0) + ":" + r.get(7))
                .containsExactly("1001:2", "1002:2", "10.1000/evil:1", "1004:0");
        assertThat(rows.get(4).toList()).containsExactly("1004", "1004", "", "Zed A", "2019", "", "Unrelated", "0");
    }

    @Test
    void neutralisesFormulasInCsvCells() throws IOException {
        report(Map.of());

        List<CSVRecord> rows = readDelimited("review-table.csv", ',');
        CSVRecord hostile = rows.get(1);
        assertThat(hostile.get(0)).isEqualTo("'@Mallory");
        assertThat(hostile.get(2)).isEqualTo("'+Journal | of * Tests");
        CSVRecord adamsIl2 = rows.get(2);
        assertThat(adamsIl2.get(11)).isEqualTo("'-IL-2 fell, =SUM(A1:A2) was noted.");
        List<CSVRecord> studies = readDelimited("studies.csv", ',');
        assertThat(studies.get(3).get(6)).isEqualTo("'=HYPERLINK(\"http://x\",\"click\") <script>alert(1)</script>");
        // the raw file keeps RFC 4180 quoting: quotes doubled inside a quoted cell, LF line ends
        String raw = Files.readString(out.resolve("studies.csv"));
        assertThat(raw).contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\") <script>alert(1)</script>\"");
        assertThat(raw).doesNotContain("\r\n").endsWith("\n");
    }

    @Test
    void neutralisationCanBeTurnedOff() throws IOException {
        report(Map.of("neutralise-formulas", "false"));

        assertThat(readDelimited("review-table.csv", ',').get(1).get(0)).isEqualTo("@Mallory");
    }

    @Test
    void writesAByteOrderMarkOnlyWhenAsked() throws IOException {
        report(Map.of("bom", true, "formats", List.of("csv", "tsv", "markdown")));

        for (String file : List.of("review-table.csv", "studies.csv", "review-table.tsv", "studies.tsv")) {
            byte[] bytes = Files.readAllBytes(out.resolve(file));
            assertThat(bytes).as(file).startsWith(0xEF, 0xBB, 0xBF);
        }
        assertThat(Files.readAllBytes(out.resolve("review-table.md"))).startsWith('|');

        Path plain = out.resolve("plain");
        reporter.report(Fixtures.evidence(), PluginTestKit.reportContext(reporter, Map.of(), plain));
        assertThat(Files.readAllBytes(plain.resolve("review-table.csv"))).startsWith('F', 'i', 'r');
    }

    @Test
    void writesTsvAndMarkdownOnRequest() throws IOException {
        report(Map.of("formats", List.of("tsv", "markdown")));

        assertThat(out.resolve("review-table.csv")).doesNotExist();
        List<CSVRecord> tsv = readDelimited("review-table.tsv", '\t');
        assertThat(tsv).hasSize(6);
        assertThat(tsv.get(3).get(11)).isEqualTo("IL-2 was higher in patients, \"markedly\".");

        List<String> md = Files.readAllLines(out.resolve("review-table.md"));
        assertThat(md.get(0)).isEqualTo("| First author | Year | Journal | PMID | DOI | Record id | Cytokine | Cytokine key "
                + "| Direction | Specimen | Context | Evidence |");
        assertThat(md.get(1)).isEqualTo("|" + " --- |".repeat(12));
        assertThat(md).hasSize(7);
        // Markdown's own punctuation is escaped, HTML becomes entities, so the table keeps its 12 columns
        List<String> studiesMd = Files.readAllLines(out.resolve("studies.md"));
        assertThat(studiesMd.get(4)).contains("=HYPERLINK(\"http://x\",\"click\") &lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("+Journal \\| of \\* Tests");
        assertThat(studiesMd.get(4).split("(?<!\\\\)\\|")).hasSize(9); // leading empty + 8 cells
        assertThat(md.get(5)).contains("| After exercise IL-10 rose in plasma. |");
    }

    /** The command-line example of docs/reports.md, parsed and bound as the runtime does. */
    @Test
    void documentedCommandLineExampleWritesAllFormatsWithABom() throws Exception {
        Map<String, Map<String, Object>> assigned = org.evidentia.runtime.options.OptionsBinder.parseAssignments(List.of(
                "review-table.formats=csv", "review-table.formats=tsv", "review-table.formats=markdown", "review-table.bom=true"));
        assertThat(PluginTestKit.bind(reporter, assigned.get("review-table")))
                .isEqualTo(new ReviewTableOptions(List.of(TableFormat.CSV, TableFormat.TSV, TableFormat.MARKDOWN), true, true));
        report(assigned.get("review-table"));
        assertThat(Files.readAllBytes(out.resolve("studies.tsv"))).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(out.resolve("studies.md")).exists();
        assertThat(out.resolve("review-table.csv")).exists();
    }

    @Test
    void optionsAreValidatedWithClearMessages() {
        assertThat(PluginTestKit.bind(reporter, Map.of())).isEqualTo(new ReviewTableOptions(List.of(TableFormat.CSV), false, true));
        assertThat(PluginTestKit.bind(reporter, Map.of("format", "Markdown")))
                .isEqualTo(new ReviewTableOptions(List.of(TableFormat.MARKDOWN), false, true));
        assertThat(PluginTestKit.bind(reporter, Map.of("formats", List.of("csv", "tsv", "csv"))))
                .isEqualTo(new ReviewTableOptions(List.of(TableFormat.CSV, TableFormat.TSV), false, true));
        assertThatThrownBy(() -> PluginTestKit.bind(reporter, Map.of("formats", "xlsx")))
                .hasMessage("option review-table.formats.[0]: 'xlsx' is not allowed; allowed values: csv, tsv, markdown");
        assertThatThrownBy(() -> PluginTestKit.bind(reporter, Map.of("formats", List.of())))
                .hasMessageContaining("at least one of csv, tsv, markdown");
        assertThatThrownBy(() -> PluginTestKit.bind(reporter, Map.of("colour", "red")))
                .hasMessageContaining("review-table.colour").hasMessageContaining("formats, bom, neutralise-formulas");
    }

    @Test
    void sameEvidenceGivesByteIdenticalTables(@TempDir Path second) throws IOException {
        Map<String, Object> all = Map.of("formats", List.of("csv", "tsv", "markdown"));
        report(all);
        reporter.report(Fixtures.evidence(), PluginTestKit.reportContext(reporter, all, second));
        for (String file : List.of("review-table.csv", "review-table.tsv", "review-table.md", "studies.csv", "studies.tsv", "studies.md")) {
            assertThat(Files.readAllBytes(out.resolve(file))).as(file).isEqualTo(Files.readAllBytes(second.resolve(file)));
        }
    }
}
