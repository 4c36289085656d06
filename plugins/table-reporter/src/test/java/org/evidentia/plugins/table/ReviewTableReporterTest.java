package org.evidentia.plugins.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Direction;
import org.evidentia.api.Finding;
import org.evidentia.api.FindingKind;
import org.evidentia.api.ReportContext;
import org.evidentia.api.RunSummary;
import org.evidentia.api.StudyDesign;
import org.evidentia.api.Synthesis;
import org.evidentia.testkit.PluginTestKit;
import org.evidentia.testkit.TestRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewTableReporterTest {

    private final ReviewTableReporter reporter = new ReviewTableReporter();

    @TempDir
    Path out;

    private void report(Map<String, ?> options) throws IOException {
        Fixtures.run().report(reporter, options, out);
    }

    /**
     * Review 8, finding 7: a plugin reporter's option naming one of these files made review-table
     * fail at the end of the run, after all the reading. It creates every file when it starts, so
     * the output folder refuses the clash there, which a run reports before it reads (exit 2).
     */
    @Test
    void everyFileIsCreatedWhenTheWriterStartsSoAnotherReportersFileOfOneOfTheirNamesIsRefusedThere() throws Exception {
        Map<String, ?> options = Map.of("formats", List.of("csv", "xlsx"));
        for (String taken : List.of("review-table.csv", "review-tables.xlsx")) {
            try (TestRun.Outputs outputs = Fixtures.run().openOutputs(out.resolve(taken))) {
                outputs.folderFor("kind-summary").create(taken).close();
                ReportContext context = outputs.contextFor(reporter, options);

                assertThatThrownBy(() -> reporter.start(context)).isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("'" + taken + "' is written by kind-summary already: each file of the outputs has one writer");
            }
        }
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
        assertThat(rows.get(0).toList()).containsExactlyElementsOf(new ReviewTableColumns(List.of(Fixtures.KIND)).findingColumns());
        // IL-2 before IL-10 (natural order of labels), then first author, year, record id
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(9) + " " + r.get(6))
                .containsExactly("IL-2 10.1000/evil", "IL-2 1002", "IL-2 1001", "IL-10 1002", "IL-10 1001");
        CSVRecord smithIl2 = rows.get(3);
        assertThat(smithIl2.toList().subList(0, 19)).containsExactly("Smith et al. 2020", "Smith J", "2020", "J Pain", "1001", "10.1000/smith",
                "1001", "primary", "no", "IL-2", "IL2", "IL2", "increased", "condition", "yes", "condition", "", "fibromyalgia",
                "IL-2 was higher in patients, \"markedly\".");
        assertThat(smithIl2.get(19)).as("Finding id, the last column").matches("1001:[0-9a-f]{12}");
    }

    /**
     * The review of session 26, T1: no key joined a row to its line of findings.jsonl, nor carried a reviewer's marks to the
     * next run. The last column is the finding's id, findings.jsonl's finding_id.
     */
    @Test
    void everyRowJoinsItsFindingsJsonlLineByTheFindingId(@TempDir Path jsonl) throws Exception {
        report(Map.of());
        Fixtures.run().report(new FindingsJsonlReporter(), Map.of(), jsonl);
        Map<String, com.fasterxml.jackson.databind.JsonNode> lines = new java.util.HashMap<>();
        for (String line : Files.readAllLines(jsonl.resolve("findings.jsonl"))) {
            com.fasterxml.jackson.databind.JsonNode node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(line);
            lines.put(node.get("finding_id").asText(), node);
        }

        List<CSVRecord> rows = readDelimited("review-table.csv", ',');
        assertThat(rows.get(0).get(19)).isEqualTo("Finding id");
        assertThat(lines).hasSize(rows.size() - 1);
        for (CSVRecord row : rows.subList(1, rows.size())) {
            com.fasterxml.jackson.databind.JsonNode line = lines.get(row.get(19));
            assertThat(line).as("the line of %s", row.get(19)).isNotNull();
            assertThat(List.of(line.get("record_id").asText(), line.get("subject").asText(), line.get("direction").asText(),
                    line.get("sentence").asText())).containsExactly(row.get(6), row.get(10), row.get(12), row.get(18).replaceFirst("^'", ""));
        }
    }

    @Test
    void aCytokinesRowsStandStratumByStratumInTheSynthesisOrder() throws IOException {
        // Adams (2018) sorts before Smith (2020), but his IL-2 finding is an intervention one: it follows the condition stratum
        Map<String, String> intervention = new HashMap<>();
        intervention.put("comparison", "intervention");
        Finding adamsIntervention = TestRun.finding(Fixtures.ADAMS, Fixtures.KIND, "IL2", "IL-2", "-IL-2",
                Direction.DECREASED, intervention);
        TestRun.builder(Fixtures.KIND).records(List.of(Fixtures.SMITH, Fixtures.ADAMS))
                .findings(List.of(Fixtures.SMITH_IL2, adamsIntervention)).build().report(reporter, Map.of(), out);

        List<CSVRecord> rows = readDelimited("review-table.csv", ',');
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(9) + " " + r.get(15) + " " + r.get(6))
                .containsExactly("IL-2 condition 1001", "IL-2 intervention 1002");
    }

    @Test
    void oneBlockPerSubjectByItsLabelWhicheverStratumItIsInAndMergedKeysStandTogether() throws IOException {
        // IL-6 is in the intervention stratum only, IL-23 and TGF-β gather findings under two keys each;
        // the first finding of IL23 is labelled IL-23p19, the first of TGFB TGF-β1
        FindingKind kind = new FindingKind("cytokine-change", "Cytokine", "Cytokines",
                Fixtures.KIND.attributes(), Map.of("IL23A", "IL23", "TGFB1", "TGFB"));
        BibliographicRecord adams = study("2001", "Subunits", "Adams B", 2018, "Serum IL-23p19 was higher in patients. TGF-β1 was higher in patients.");
        BibliographicRecord baker = BibliographicRecord.builder().pmid("2002").title("A drug")
                .author("Baker C").year(2019).section(null, "IL-6 fell after the drug. IL-23 fell after the drug. TGF-β was lower in patients.")
                .build();
        Map<String, String> condition = Map.of("comparison", "condition");
        Map<String, String> intervention = Map.of("comparison", "intervention");
        Direction up = Direction.INCREASED;
        Direction down = Direction.DECREASED;
        TestRun.builder(kind).records(List.of(adams, baker)).findings(List.of(
                TestRun.finding(adams, kind, "IL23A", "IL-23p19", "IL-23p19", up, condition),
                TestRun.finding(adams, kind, "TGFB1", "TGF-β1", "TGF-β1", up, condition),
                TestRun.finding(baker, kind, "IL6", "IL-6", "IL-6", down, intervention),
                TestRun.finding(baker, kind, "IL23", "IL-23", "IL-23 fell", down, intervention),
                TestRun.finding(baker, kind, "TGFB", "TGF-β", "TGF-β", down, condition))).build().report(reporter, Map.of(), out);

        List<CSVRecord> rows = readDelimited("review-table.csv", ',');
        // each row keeps its finding's own label and key
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(9) + " " + r.get(10) + " " + r.get(11) + " " + r.get(15) + " " + r.get(6))
                .containsExactly("IL-6 IL6 IL6 intervention 2002", "IL-23p19 IL23A IL23 condition 2001", "IL-23 IL23 IL23 intervention 2002",
                        "TGF-β1 TGFB1 TGFB condition 2001", "TGF-β TGFB TGFB condition 2002");
    }

    /**
     * The review table had First author ({@code Li X}) and Year, not the report's label
     * ({@code Li et al. 2015b}): a lettered study could be matched only by its PMID. Its Study
     * column gives the label the report gives: the same studies (those with findings), the same rule.
     */
    @Test
    void eachRowNamesItsStudyByTheReportsLabelLetteredAsTheReportLettersIt() throws IOException {
        BibliographicRecord second = BibliographicRecord.builder().year(2015).pmid("3002").title("Second")
                .author("Li Y").author("Wu Z").section(null, "IL-2 was higher in patients.").build();
        BibliographicRecord first = BibliographicRecord.builder().year(2015).pmid("3001").title("First")
                .author("Li X").author("Wu Z").section(null, "IL-2 was higher in patients.").build();
        BibliographicRecord alone = BibliographicRecord.builder().year(2015).pmid("3003").title("Alone")
                .author("Li Q").section(null, "IL-2 was higher in patients.").build();
        BibliographicRecord none = BibliographicRecord.builder().year(2015).pmid("3004").title("None")
                .author("Li A").author("Wu Z").build();
        Map<String, String> condition = Map.of("comparison", "condition");
        TestRun.builder(Fixtures.KIND).records(List.of(second, none, first, alone)).findings(List.of(
                TestRun.finding(second, Fixtures.KIND, "IL2", "IL-2", "IL-2", Direction.INCREASED, condition),
                TestRun.finding(first, Fixtures.KIND, "IL2", "IL-2", "IL-2", Direction.INCREASED, condition),
                TestRun.finding(alone, Fixtures.KIND, "IL2", "IL-2", "IL-2", Direction.INCREASED, condition)))
                .build().report(reporter, Map.of("formats", List.of("csv", "markdown")), out);

        List<CSVRecord> rows = readDelimited("review-table.csv", ',');
        assertThat(rows.get(0).get(0)).isEqualTo("Study");
        // lettered by surname, year, first author as printed and record id, as the report letters them;
        // a record without findings (Li A) is in neither the report nor this table, so takes no letter
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(0) + " | " + r.get(1) + " | " + r.get(4))
                .containsExactly("Li 2015 | Li Q | 3003", "Li et al. 2015a | Li X | 3001", "Li et al. 2015b | Li Y | 3002");
        assertThat(Files.readAllLines(out.resolve("review-table.md")).get(2)).startsWith("| Li 2015 | Li Q | 2015 |");
    }

    /**
     * The review of session 30, H4: studies were sorted by the first author as printed, so "Miller et al. 2014" (Miller GE)
     * stood before "Miller et al. 2009" (Miller MA), and the Study column, the first, read unsorted; the rows are in the
     * labels' order, the report's.
     */
    @Test
    void studiesAreInTheOrderOfTheirLabelsAsInTheReport() throws IOException {
        BibliographicRecord later = study("3101", "Later", "Miller GE", 2014, "IL-2 was higher in patients.");
        BibliographicRecord earlier = study("3102", "Earlier", "Miller MA", 2009, "IL-2 was higher in patients.");
        BibliographicRecord accented = study("3103", "Accented", "Müller K", 2011, "IL-2 was higher in patients.");
        Map<String, String> condition = Map.of("comparison", "condition");
        TestRun.builder(Fixtures.KIND).records(List.of(later, earlier, accented)).findings(List.of(
                TestRun.finding(later, Fixtures.KIND, "IL2", "IL-2", "IL-2", Direction.INCREASED, condition),
                TestRun.finding(earlier, Fixtures.KIND, "IL2", "IL-2", "IL-2", Direction.INCREASED, condition),
                TestRun.finding(accented, Fixtures.KIND, "IL2", "IL-2", "IL-2", Direction.INCREASED, condition)))
                .build().report(reporter, Map.of(), out);

        assertThat(readDelimited("review-table.csv", ',').subList(1, 4)).extracting(r -> r.get(0))
                .containsExactly("Miller 2009", "Miller 2014", "Müller 2011");
    }

    /**
     * With several kinds, the rows of the kind found in more studies come first, as the report's
     * sections do: the biomarker extractor, first by its name, put cortisol (62 studies of the il6
     * export) before the cytokines (274). The columns keep the extractors' order.
     */
    @Test
    void theKindFoundInMoreStudiesComesFirstWhateverTheExtractorOrder() throws IOException {
        FindingKind hormones = new FindingKind("hormone-change", "Hormone", "Hormones",
                List.of(new FindingKind.Attribute("site", "Site", List.of(), FindingKind.Attribute.Role.DETAIL)),
                Map.of());
        BibliographicRecord cortisol = study("4001", "Cortisol", "Baker C", 2019, "Cortisol was higher in patients.");
        TestRun.builder(hormones, Fixtures.KIND).records(List.of(Fixtures.SMITH, Fixtures.ADAMS, cortisol))
                .findings(List.of(TestRun.finding(cortisol, hormones, "CORTISOL", "cortisol", "Cortisol", Direction.INCREASED,
                        Map.of()), Fixtures.SMITH_IL2, Fixtures.ADAMS_IL10))
                .build().report(reporter, Map.of(), out);

        List<CSVRecord> rows = readDelimited("review-table.csv", ',');
        assertThat(rows.get(0).toList()).containsSequence("Kind", "Subject", "Subject key", "Synthesis key", "Direction", "Stratum", "Votes", "Site", "Comparison");
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(9) + " " + r.get(10))
                .containsExactly("cytokine-change IL-2", "cytokine-change IL-10", "hormone-change cortisol");
        // an explorer's note (2026-12-05): the About text listed "Accuracy: Hormones" first, by the extractors' order
        assertThat(Files.readAllLines(out.resolve("review-tables-about.md"))).filteredOn(l -> l.contains("Accuracy: "))
                .extracting(l -> l.substring(l.indexOf("Accuracy: "), l.indexOf(":**")))
                .containsExactly("Accuracy: Cytokines", "Accuracy: Hormones");
    }

    /**
     * Review 28, H1: a plugin's kind declaring {@code specimen} as skin and gut shared the cytokines' Specimen column,
     * headed with its label and described by its values alone, whichever kind came first. Kinds that declare a name
     * alike still share its column; kinds that declare it differently each get one, named with their kinds, and the
     * About text describes each.
     */
    @Test
    void kindsThatDeclareOneAttributeNameDifferentlyGetAColumnEachAndKindsThatDeclareItAlikeShareOne() throws IOException {
        FindingKind sites = new FindingKind("site-change", "Marker", "Markers", List.of(
                new FindingKind.Attribute("specimen", "Body site", List.of("skin", "gut"), FindingKind.Attribute.Role.BREAKDOWN,
                        Map.of("gut", new FindingKind.Attribute.ValueMeaning("bowel", "the intestine")))), Map.of());
        FindingKind alike = new FindingKind("chemokine-change", "Chemokine", "Chemokines", List.of(Fixtures.KIND.attributes().get(1)), Map.of());
        BibliographicRecord skin = study("4001", "Skin markers", "Baker C", 2019, "Marker M was higher in the skin of patients.");
        BibliographicRecord ccl = study("4002", "Chemokines", "Cole D", 2020, "CCL2 was higher in serum.");
        TestRun.builder(sites, Fixtures.KIND, alike).records(List.of(Fixtures.SMITH, skin, ccl))
                .findings(List.of(Fixtures.SMITH_IL10,
                        TestRun.finding(skin, sites, "M", "M", "Marker M", Direction.INCREASED, Map.of("specimen", "skin")),
                        TestRun.finding(ccl, alike, "CCL2", "CCL2", "CCL2", Direction.INCREASED, Map.of("specimen", "serum"))))
                .build().report(reporter, Map.of("formats", List.of("csv")), out);

        List<CSVRecord> rows = readDelimited("review-table.csv", ',');
        List<String> header = rows.get(0).toList();
        assertThat(header).containsSequence("Votes", "Body site (Markers)", "Comparison", "Specimen (Cytokines, Chemokines)", "Context");
        int site = header.indexOf("Body site (Markers)");
        int specimen = header.indexOf("Specimen (Cytokines, Chemokines)");
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(10) + ": " + r.get(site) + " | " + r.get(specimen))
                .containsExactlyInAnyOrder("IL-10:  | serum", "M: skin | ", "CCL2:  | serum");
        List<String> about = Files.readAllLines(out.resolve("review-tables-about.md"), StandardCharsets.UTF_8);
        assertThat(about).contains("- **Column: Body site (Markers):** one of these values, empty when not stated: skin; gut ('bowel' in the"
                        + " HTML report): the intestine",
                "- **Column: Specimen (Cytokines, Chemokines):** one of these values, empty when not stated: serum ('blood serum' in the"
                        + " HTML report): the fluid left when blood has clotted; plasma");
    }

    @Test
    void studiesTableHasEveryKeptRecordInRunOrderWithItsNumberOfFindings() throws IOException {
        report(Map.of());

        List<CSVRecord> rows = readDelimited("studies.csv", ',');
        assertThat(rows.get(0).toList()).containsExactlyElementsOf(ReviewTableColumns.STUDY_COLUMNS);
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(0) + ":" + r.get(11))
                .containsExactly("1001:2", "1002:2", "10.1000/evil:1", "1004:0");
        // the report's labels for the studies with findings; none for a record without any
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(1))
                .containsExactly("Smith et al. 2020", "Adams 2018", "'@Mallory 2021", "");
        assertThat(rows.get(4).toList()).containsExactly("1004", "", "1004", "", "Zed A", "2019", "", "Unrelated", "primary",
                "no publication type or text cue", "no", "0", "", "no", "");
        // the review of session 26, T11: a record of its title alone is told from one whose abstract gave nothing
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(0) + ":" + r.get(13)).containsExactly("1001:yes", "1002:yes",
                "10.1000/evil:yes", "1004:no");
    }

    /**
     * The review of session 26, T9: which input a record came from, for counts by database, was in no table; the kept copy
     * of a record read from two inputs names the first.
     */
    @Test
    void studiesTableNamesTheInputOfEachRecord() throws IOException {
        BibliographicRecord fromMedline = BibliographicRecord.builder().pmid("7001").title("Read from two exports").author("Kim H").year(2022)
                .origin(new org.evidentia.api.Origin("medline", "exports/pubmed-2022.txt", 3, 41))
                .origin(new org.evidentia.api.Origin("pubmed-csv", "exports/csv-2022.csv", 9, 10)).build();
        TestRun.builder(Fixtures.KIND).records(List.of(fromMedline, Fixtures.NO_FINDINGS)).build().report(reporter, Map.of(), out);

        List<CSVRecord> rows = readDelimited("studies.csv", ',');
        assertThat(rows.get(0).get(14)).isEqualTo("Input");
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(0) + ":" + r.get(14))
                .containsExactly("7001:exports/pubmed-2022.txt", "1004:");
    }

    /** A record of one author and an unstructured abstract. */
    private static BibliographicRecord study(String pmid, String title, String author, int year, String abstractText) {
        return BibliographicRecord.builder().pmid(pmid).title(title).author(author).year(year).section(null, abstractText).build();
    }

    /**
     * Review 30, M2: the synthesis was in report.html alone, and the subject merge it counts by in no
     * file. synthesis.csv has the report's rows in its order (a stratum's subjects with the most studies
     * first), merged keys counted as one (IL23A as IL23), a review's finding in no count, the exact p,
     * and the review table's Synthesis key and Votes give the same counts when grouped.
     */
    @Test
    void synthesisCsvHasTheReportsRowsWithMergedKeysAsOneAndTheReviewTableRegroupsToThem() throws IOException {
        FindingKind kind = mergingKind();
        TestRun run = mergedSubjectsRun(kind);
        run.report(reporter, Map.of("formats", List.of("csv", "tsv", "markdown", "xlsx")), out);

        List<CSVRecord> rows = readDelimited("synthesis.csv", ',');
        assertThat(rows.get(0).toList()).containsExactly("Kind", "Stratum", "Comparison", "Subject", "Synthesis key", "Studies", "Findings",
                "Increased", "Decreased", "Unchanged", "Votes up", "Votes down", "Votes no clear direction", "Sign test p", "Main stratum");
        // IL-23: 4 voting studies (A's two findings under two keys one vote), the review's finding in no count;
        // 3 up against 1 down: p = 2 (1 + 4) / 16 = 0.625. IL-6 with one study follows it, though its label sorts first;
        // with no up or down vote it has no p
        assertThat(rows.subList(1, rows.size())).extracting(r -> String.join(",", r.toList())).containsExactly(
                "cytokine-change,condition,condition,IL-23,IL23,4,6,3,1,1,3,1,0,0.625,yes",
                "cytokine-change,condition,condition,IL-6,IL6,1,1,0,0,1,0,0,1,,yes",
                "cytokine-change,intervention,intervention,IL-6,IL6,1,1,0,1,0,0,1,0,1,no",
                "cytokine-change,not stated,,IL-6,IL6,1,1,1,0,0,1,0,0,1,no");
        // the same numbers as the synthesis handed to every reporter
        Map<String, Synthesis.SubjectSynthesis> bySubject = new HashMap<>();
        for (Synthesis.Stratum stratum : run.synthesis().kind(kind.name()).strata()) {
            stratum.subjects().forEach(subject -> bySubject.put(stratum.label() + " " + subject.key(), subject));
        }
        assertThat(rows.subList(1, rows.size())).hasSize(bySubject.size()).allSatisfy(r -> {
            Synthesis.SubjectSynthesis subject = bySubject.get(r.get(1) + " " + r.get(4));
            assertThat(List.of(r.get(3), r.get(5), r.get(7), r.get(8), r.get(9), r.get(10), r.get(11), r.get(12))).containsExactly(
                    subject.label(), "" + subject.studies(), "" + subject.studiesIncreased(), "" + subject.studiesDecreased(),
                    "" + subject.studiesUnchanged(), "" + subject.count(Synthesis.Vote.UP), "" + subject.count(Synthesis.Vote.DOWN),
                    "" + subject.count(Synthesis.Vote.NO_CLEAR_DIRECTION));
        });
        // the review table's voting rows, grouped by stratum and synthesis key, give the studies and findings
        List<CSVRecord> table = readDelimited("review-table.csv", ',');
        List<String> header = table.get(0).toList();
        Map<String, Set<String>> studies = new HashMap<>();
        Map<String, Integer> findings = new HashMap<>();
        for (CSVRecord r : table.subList(1, table.size())) {
            if (r.get(header.indexOf("Votes")).equals("yes")) {
                String group = r.get(header.indexOf("Stratum")) + " " + r.get(header.indexOf("Synthesis key"));
                studies.computeIfAbsent(group, g -> new HashSet<>()).add(r.get(header.indexOf("Record id")));
                findings.merge(group, 1, Integer::sum);
            }
        }
        assertThat(rows.subList(1, rows.size())).allSatisfy(r -> {
            String group = r.get(1) + " " + r.get(4);
            assertThat(r.get(5)).as(group).isEqualTo("" + studies.get(group).size());
            assertThat(r.get(6)).as(group).isEqualTo("" + findings.get(group));
        });
        assertThat(studies).hasSameSizeAs(rows.subList(1, rows.size()));
        // the other formats hold the same rows
        List<CSVRecord> tsv = readDelimited("synthesis.tsv", '\t');
        assertThat(tsv).extracting(CSVRecord::toList).containsExactlyElementsOf(rows.stream().map(CSVRecord::toList).toList());
        List<String> md = Files.readAllLines(out.resolve("synthesis.md"), StandardCharsets.UTF_8);
        assertThat(md).hasSize(6);
        assertThat(md.get(2)).isEqualTo("| cytokine-change | condition | condition | IL-23 | IL23 | 4 | 6 | 3 | 1 | 1 | 3 | 1 | 0 | 0.625 | yes |");
        // in the workbook the same rows, the counts and p numbers (review 30, L6)
        try (ReadableWorkbook workbook = new ReadableWorkbook(out.resolve("review-tables.xlsx").toFile())) {
            List<Row> sheet = workbook.getSheet(3).orElseThrow().read();
            assertThat(sheet).hasSameSizeAs(rows);
            List<String> numbers = List.of("Studies", "Findings", "Increased", "Decreased", "Unchanged", "Votes up", "Votes down",
                    "Votes no clear direction", "Sign test p");
            for (int row = 0; row < rows.size(); row++) {
                for (int col = 0; col < rows.get(0).size(); col++) {
                    String csv = rows.get(row).get(col);
                    if (row > 0 && numbers.contains(rows.get(0).get(col)) && !csv.isEmpty()) {
                        assertThat(sheet.get(row).getCell(col).getType()).as(row + ", " + col).isEqualTo(CellType.NUMBER);
                        assertThat(sheet.get(row).getCell(col).asNumber()).as(row + ", " + col).isEqualByComparingTo(new BigDecimal(csv));
                    } else {
                        assertThat(sheet.get(row).getCellText(col)).as(row + ", " + col).isEqualTo(csv);
                    }
                }
            }
        }
        assertThat(zipEntry(out.resolve("review-tables.xlsx"), "xl/tables/table3.xml")).contains("name=\"Synthesis\"", "ref=\"A1:O5\"");
        // the About text names the file, its columns and the merge
        List<String> about = Files.readAllLines(out.resolve("review-tables-about.md"), StandardCharsets.UTF_8);
        assertThat(about).anySatisfy(line -> assertThat(line).startsWith("- **Synthesis:** synthesis.csv, .tsv, .md: one row per subject and stratum"));
        assertThat(about).contains("- **Column: Synthesis key:** the subject key the synthesis counts the row under (synthesis.csv, .tsv, .md's key):"
                + " the finding's own key, or the key its kind merges it into: IL23A as IL23 (Cytokines)");
    }

    /**
     * Review 30, M2: the per-study votes (the effect direction plot's marks) were in no file. votes.csv
     * has every vote of the synthesis, in synthesis.csv's order and study order within a subject, with
     * the study's label; counted by stratum and synthesis key they give synthesis.csv's studies and votes.
     */
    @Test
    void votesCsvHasEveryVoteOfTheSynthesisAndCountsToSynthesisCsv() throws IOException {
        FindingKind kind = mergingKind();
        TestRun run = mergedSubjectsRun(kind);
        run.report(reporter, Map.of("formats", List.of("csv", "tsv", "markdown", "xlsx")), out);

        List<CSVRecord> rows = readDelimited("votes.csv", ',');
        assertThat(rows.get(0).toList()).containsExactly("Kind", "Stratum", "Comparison", "Subject", "Synthesis key", "Record id", "Study", "Vote");
        // A votes once on IL-23 for its IL-23p19 and IL-23 findings; C's decrease beside no change is down; B's no change
        // alone is no clear direction; the review casts none
        assertThat(rows.subList(1, rows.size())).extracting(r -> String.join(",", r.toList())).containsExactly(
                "cytokine-change,condition,condition,IL-23,IL23,7001,Ames 2001,up",
                "cytokine-change,condition,condition,IL-23,IL23,7002,Best 2002,up",
                "cytokine-change,condition,condition,IL-23,IL23,7003,Cole 2003,down",
                "cytokine-change,condition,condition,IL-23,IL23,7006,Fox 2006,up",
                "cytokine-change,condition,condition,IL-6,IL6,7002,Best 2002,no clear direction",
                "cytokine-change,intervention,intervention,IL-6,IL6,7001,Ames 2001,down",
                "cytokine-change,not stated,,IL-6,IL6,7005,Eyre 2005,up");
        // every vote of the synthesis handed to every reporter, and no other
        List<String> synthesisVotes = new ArrayList<>();
        for (Synthesis.Stratum stratum : run.synthesis().kind(kind.name()).strata()) {
            stratum.subjects().forEach(subject -> subject.votes().forEach(v -> synthesisVotes.add(stratum.label() + "|" + subject.key()
                    + "|" + v.recordId() + "|" + VotesTable.words(v.vote()))));
        }
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(1) + "|" + r.get(4) + "|" + r.get(5) + "|" + r.get(7))
                .containsExactlyInAnyOrderElementsOf(synthesisVotes);
        // counted by stratum and synthesis key: synthesis.csv's Studies and its three vote columns
        Map<String, List<String>> counted = new HashMap<>();
        for (CSVRecord r : rows.subList(1, rows.size())) {
            counted.computeIfAbsent(r.get(1) + "|" + r.get(4), g -> new ArrayList<>()).add(r.get(7));
        }
        List<CSVRecord> synthesis = readDelimited("synthesis.csv", ',');
        assertThat(synthesis.subList(1, synthesis.size())).hasSize(counted.size()).allSatisfy(r -> {
            List<String> votes = counted.get(r.get(1) + "|" + r.get(4));
            assertThat(List.of("" + votes.size(), "" + Collections.frequency(votes, "up"), "" + Collections.frequency(votes, "down"),
                    "" + Collections.frequency(votes, "no clear direction")))
                    .containsExactly(r.get(5), r.get(10), r.get(11), r.get(12));
        });
        // the other formats hold the same rows, the workbook in its fifth sheet, an Excel table named Votes
        assertThat(readDelimited("votes.tsv", '\t')).extracting(CSVRecord::toList).containsExactlyElementsOf(rows.stream().map(CSVRecord::toList).toList());
        List<String> md = Files.readAllLines(out.resolve("votes.md"), StandardCharsets.UTF_8);
        assertThat(md).hasSize(rows.size() + 1);
        assertThat(md.get(2)).isEqualTo("| cytokine-change | condition | condition | IL-23 | IL23 | 7001 | Ames 2001 | up |");
        try (ReadableWorkbook workbook = new ReadableWorkbook(out.resolve("review-tables.xlsx").toFile())) {
            assertThat(workbook.getSheet(4).orElseThrow().getName()).isEqualTo("Votes");
            List<Row> sheet = workbook.getSheet(4).orElseThrow().read();
            assertThat(sheet).extracting(row -> IntStream.range(0, rows.get(0).size()).mapToObj(row::getCellText).toList())
                    .containsExactlyElementsOf(rows.stream().map(CSVRecord::toList).toList());
        }
        assertThat(zipEntry(out.resolve("review-tables.xlsx"), "xl/tables/table4.xml")).contains("name=\"Votes\"", "ref=\"A1:H8\"");
        List<String> about = Files.readAllLines(out.resolve("review-tables-about.md"), StandardCharsets.UTF_8);
        assertThat(about).anySatisfy(line -> assertThat(line).startsWith("- **Votes:** votes.csv, .tsv, .md: one row per vote"));
    }

    /** Cytokines that merge IL23A into IL23, as the bundled kind does. */
    private static FindingKind mergingKind() {
        return new FindingKind("cytokine-change", "Cytokine", "Cytokines", Fixtures.KIND.attributes(), Map.of("IL23A", "IL23"));
    }

    /**
     * Six studies: IL-23 findings under two keys the kind merges (A has both), a review's finding, IL-6
     * in three strata (condition with no change only, intervention, not stated).
     */
    private static TestRun mergedSubjectsRun(FindingKind kind) {
        BibliographicRecord a = study("7001", "A", "Ames A", 2001, "IL-23p19 was higher in patients. IL-23 was higher in patients. IL-6 fell after the drug.");
        BibliographicRecord b = study("7002", "B", "Best B", 2002, "IL-23 was higher in patients. IL-6 did not differ in patients.");
        BibliographicRecord c = study("7003", "C", "Cole C", 2003, "IL-23 was lower in patients. IL-23 did not differ in plasma.");
        BibliographicRecord review = study("7004", "D", "Dean D", 2004, "IL-23 was higher in patients.");
        BibliographicRecord e = study("7005", "E", "Eyre E", 2005, "IL-6 was higher.");
        BibliographicRecord f = study("7006", "F", "Fox F", 2006, "IL-23p19 was higher in patients.");
        Map<String, String> condition = Map.of("comparison", "condition");
        Map<String, String> intervention = Map.of("comparison", "intervention");
        Direction up = Direction.INCREASED;
        Direction down = Direction.DECREASED;
        return TestRun.builder(kind).records(List.of(a, b, c, review, e, f))
                .design("7004", new StudyDesign(StudyDesign.Type.REVIEW, false, "publication type: Review"))
                .findings(List.of(
                        TestRun.finding(a, kind, "IL23A", "IL-23p19", "IL-23p19", up, condition),
                        TestRun.finding(a, kind, "IL23", "IL-23", "IL-23 was", up, condition),
                        TestRun.finding(a, kind, "IL6", "IL-6", "IL-6", down, intervention),
                        TestRun.finding(b, kind, "IL23", "IL-23", "IL-23", up, condition),
                        TestRun.finding(b, kind, "IL6", "IL-6", "IL-6", Direction.UNCHANGED, condition),
                        TestRun.finding(c, kind, "IL23", "IL-23", "IL-23 was", down, condition),
                        TestRun.finding(c, kind, "IL23", "IL-23", "IL-23 did", Direction.UNCHANGED, condition),
                        TestRun.finding(review, kind, "IL23", "IL-23", "IL-23", up, condition),
                        TestRun.finding(e, kind, "IL6", "IL-6", "IL-6", up, Map.of()),
                        TestRun.finding(f, kind, "IL23A", "IL-23p19", "IL-23p19", up, condition)))
                .build();
    }

    /** Review 30, M2: the p the report rounds, in full (every digit the double reads back by) and never in E notation. */
    @Test
    void theSignTestPIsAPlainDecimalWithEveryDigit() {
        assertThat(SynthesisTable.plain(2.0 * 7 / 64)).isEqualTo("0.21875");
        assertThat(SynthesisTable.plain(2.0 / 256)).isEqualTo("0.0078125");
        assertThat(SynthesisTable.plain(1.0)).isEqualTo("1");
        assertThat(SynthesisTable.plain(Math.pow(2, -40))).isEqualTo("0.0000000000009094947017729282");
        assertThat(SynthesisTable.plain(1.2e-30)).isEqualTo("0.0000000000000000000000000000012");
    }

    /**
     * Review 20, M6: nothing in the table said which rows count, or where. Each row names its stratum
     * as the report does and says whether its study votes, and why not: the rows that say yes are
     * exactly the votes of the synthesis, study by study, subject by subject, stratum by stratum.
     */
    @Test
    void eachRowNamesItsStratumAndWhetherItVotesExactlyAsTheSynthesisCountsIt() throws IOException {
        BibliographicRecord review = study("5001", "A review", "Ross R", 2017, "IL-2 was higher in patients.");
        BibliographicRecord retracted = study("5002", "Withdrawn", "Wade W", 2016, "IL-2 was higher in patients.");
        Map<String, String> noComparison = new HashMap<>();
        noComparison.put("specimen", "serum");
        Finding unstated = TestRun.finding(Fixtures.SMITH, Fixtures.KIND, "IL10", "IL-10", "IL-10",
                Direction.DECREASED, noComparison);
        Map<String, String> condition = Map.of("comparison", "condition");
        TestRun run = TestRun.builder(Fixtures.KIND).records(List.of(Fixtures.SMITH, review, retracted))
                .design("5001", new StudyDesign(StudyDesign.Type.REVIEW, false, "publication type: Review"))
                .design("5002", new StudyDesign(StudyDesign.Type.PRIMARY, true, "publication type: Retracted Publication"))
                .findings(List.of(Fixtures.SMITH_IL2, unstated,
                        TestRun.finding(review, Fixtures.KIND, "IL2", "IL-2", "IL-2", Direction.INCREASED, condition),
                        TestRun.finding(retracted, Fixtures.KIND, "IL2", "IL-2", "IL-2", Direction.INCREASED, condition)))
                .build();
        run.report(reporter, Map.of(), out);

        List<CSVRecord> rows = readDelimited("review-table.csv", ',');
        List<String> header = rows.get(0).toList();
        int stratum = header.indexOf("Stratum");
        int votes = header.indexOf("Votes");
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(6) + " " + r.get(10) + " | " + r.get(stratum) + " | " + r.get(votes))
                // in a stratum the voting studies' rows first, as the report has them (the review of session 30, H4)
                .containsExactly("1001 IL2 | condition | yes", "5001 IL2 | condition | no: review", "5002 IL2 | condition | no: retracted",
                        "1001 IL10 | not stated | yes");
        // review 30, L3: Design holds the design alone, so that a filter on primary keeps the retracted primary study's row
        int design = header.indexOf("Design");
        assertThat(header.get(design + 1)).isEqualTo("Retracted");
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(6) + " " + r.get(design) + " " + r.get(design + 1))
                .containsExactly("1001 primary no", "5001 review no", "5002 primary yes", "1001 primary no");
        Set<String> voting = new HashSet<>();
        for (Synthesis.Stratum s : run.synthesis().kind(Fixtures.KIND.name()).strata()) {
            s.subjects().forEach(subject -> subject.votes().forEach(v -> voting.add(v.recordId() + " " + subject.key() + " | " + s.label())));
        }
        assertThat(rows.subList(1, rows.size()).stream().filter(r -> r.get(votes).equals("yes"))
                .map(r -> r.get(6) + " " + r.get(10) + " | " + r.get(stratum)).toList())
                .containsExactlyInAnyOrderElementsOf(voting);
        // the studies table gives the reason a review is one
        List<CSVRecord> studies = readDelimited("studies.csv", ',');
        assertThat(studies.subList(1, studies.size())).extracting(r -> r.get(0) + " | " + r.get(1) + " | " + r.get(8) + " | " + r.get(9))
                .containsExactly("1001 | Smith et al. 2020 | primary | no publication type or text cue",
                        "5001 | Ross 2017 | review | publication type: Review",
                        "5002 | Wade 2016 | primary | publication type: Retracted Publication");
    }

    /**
     * Review 20, H2: a focused run asked its reader to check by hand the studies it lost for want of a
     * value, and studies.csv gave them Findings 0 like any record without findings. Its Left out by
     * focus column says which, and why.
     */
    @Test
    void aFocusedRunsStudiesTableSaysWhichRecordsTheFocusEmptiedAndWhy() throws IOException {
        BibliographicRecord unstated = study("6001", "No comparison", "Nash N", 2014, "IL-2 was higher.");
        BibliographicRecord drug = study("6002", "A drug", "Dorn D", 2013, "IL-2 fell after the drug.");
        Map<String, String> none = new HashMap<>();
        none.put("specimen", "serum");
        TestRun run = TestRun.builder(Fixtures.KIND).records(List.of(Fixtures.SMITH, unstated, drug, Fixtures.NO_FINDINGS))
                .findings(List.of(Fixtures.SMITH_IL2,
                        TestRun.finding(unstated, Fixtures.KIND, "IL2", "IL-2", "IL-2", Direction.INCREASED, none),
                        TestRun.finding(drug, Fixtures.KIND, "IL2", "IL-2", "IL-2", Direction.DECREASED,
                                Map.of("comparison", "intervention"))))
                .focus("comparison=condition").build();
        run.report(reporter, Map.of("formats", List.of("csv", "xlsx")), out);

        assertThat(run.summary().focus().recordsLeftOutUnstated()).isEqualTo(1);
        List<CSVRecord> studies = readDelimited("studies.csv", ',');
        assertThat(studies.get(0).get(12)).isEqualTo("Left out by focus");
        assertThat(studies.subList(1, studies.size())).extracting(r -> r.get(0) + " " + r.get(11) + " " + r.get(12))
                .containsExactly("1001 1 ", "6001 0 no value stated", "6002 0 other value", "1004 0 ");
        // review 21, L6: a record the focus emptied has the label the report lists it by; one without findings has none
        assertThat(studies.subList(1, studies.size())).extracting(r -> r.get(0) + ": " + r.get(1))
                .containsExactly("1001: Smith et al. 2020", "6001: Nash 2014", "6002: Dorn 2013", "1004: ");
        try (ReadableWorkbook workbook = new ReadableWorkbook(out.resolve("review-tables.xlsx").toFile())) {
            List<Row> about = workbook.getSheet(0).orElseThrow().read();
            Map<String, String> topics = new LinkedHashMap<>();
            about.subList(1, about.size()).forEach(r -> topics.put(r.getCellText(0), r.getCellText(1)));
            assertThat(topics.get("Run date")).isEqualTo(TestRun.DEFAULT_RUN_DATE.toString());
            assertThat(topics.get("Input")).isEqualTo("records.nbib (4 records, read by medline; SHA-256 " + run.summary().inputs().get(0).sha256() + ")");
            assertThat(topics.get("Focus")).startsWith("comparison=condition: only findings matching every attribute named were kept; 2 findings"
                    + " were left out, 1 of them because they state no value").contains("1 record lost every finding for that alone"); // review 27, L10: one, not "1 records"
            assertThat(topics.get("Findings")).contains("no person checked them");
            assertThat(topics.get("Accuracy: Cytokines")).isEqualTo("not stated by its extractor");
            assertThat(topics.get("Vote rule")).startsWith("Only studies of these designs vote: primary, case-report; retracted publications do not.");
            assertThat(topics).containsKeys("Column: Stratum", "Column: Votes", "Column: Design", "Column: Direction", "Column: Left out by focus");
            // an explorer's L2 (2026-12-04): it said the stratum was named "as the report names it", which gives reader labels
            assertThat(topics.get("Column: Stratum")).doesNotContain("as the report names it")
                    .contains("These are the values of the data, which --focus takes; the HTML report shows the reader labels");
            assertThat(topics.get("Column: Comparison")).isEqualTo("one of condition, intervention; empty when not stated");
            // the values a kind describes, as report.html's glossary explains them (review 20, M2 and L6)
            assertThat(topics.get("Column: Specimen")).isEqualTo("one of these values, empty when not stated:"
                    + " serum ('blood serum' in the HTML report): the fluid left when blood has clotted; plasma");
            assertThat(topics.get("Column: Context")).isEqualTo("free text, as the extractor writes it (read from the sentence or"
                    + " the record, and possibly normalised: see the extractor's documentation); empty when not stated");
            assertThat(topics.get("Counts")).isEqualTo("4 records read, 4 kept (Studies sheet), 1 with findings, 1 finding (Findings sheet)");
        }
        // review 20, M6: the same text beside the CSV files, which name no sheet
        List<String> about = Files.readAllLines(out.resolve("review-tables-about.md"), StandardCharsets.UTF_8);
        assertThat(about.get(0)).isEqualTo("# About review-table.csv; studies.csv; synthesis.csv; votes.csv");
        assertThat(about).contains("- **Run date:** " + TestRun.DEFAULT_RUN_DATE,
                "- **Table version:** 3: raised when a column of a table is added, moved or renamed, or changes meaning (docs/reports.md,"
                        + " 'Versions of the tables', lists each): check it before a script reads these tables as it read an earlier run's",
                "- **Counts:** 4 records read, 4 kept (studies.csv), 1 with findings, 1 finding (review-table.csv)",
                "- **Column: Specimen:** one of these values, empty when not stated: serum ('blood serum' in the HTML report): the"
                        + " fluid left when blood has clotted; plasma");
        assertThat(about).filteredOn(line -> line.startsWith("- **Column: Left out by focus:** studies.csv, a focused run: ")).hasSize(1);
        assertThat(String.join("\n", about)).doesNotContain("sheet");
    }

    /**
     * Review s21 (reports), D1: the About of a run that skipped a cut record, merged a copy and failed under --strict said
     * "4 records read, 2 kept" and nothing else, where report.html opens with the failure and the record left out.
     */
    @Test
    void theAboutAccountsForEveryRecordReadAndSaysARunFailedAndWhatProblemsItHad() throws IOException {
        TestRun run = TestRun.builder(Fixtures.KIND).records(List.of(Fixtures.SMITH, Fixtures.NO_FINDINGS)).finding(Fixtures.SMITH_IL2)
                .duplicatesMerged(1).recordsSkipped(1)
                .problem(new RunSummary.Problem(RunSummary.Problem.Kind.SKIPPED_RECORD, "medline", "records.nbib", 4, 31, null,
                        "the file ends inside this record"))
                .failure("1 problem met and --strict was given")
                // an explorer's s22, L1: a store's notices reached report.html's "Read this first", and the About said none of them
                .notice("The store's last run did not end complete: run 2 was interrupted after applying 1 input.").build();
        run.report(reporter, Map.of("formats", List.of("csv")), out);

        List<String> about = Files.readAllLines(out.resolve("review-tables-about.md"), StandardCharsets.UTF_8);
        assertThat(about).contains("- **Notice:** The store's last run did not end complete: run 2 was interrupted after applying 1 input.");
        assertThat(about).contains("- **Counts:** 4 records read, 1 duplicate merged, 1 skipped (could not be"
                        + " read: Problems), 2 kept (studies.csv), 1 with findings, 1 finding (review-table.csv)",
                "- **Run failed:** 1 problem met and --strict was given. These tables were written for inspection, not as the review's"
                        + " result",
                "- **Problems:** 1 skipped-record: run.json lists each, with its file, line and record");
    }

    /**
     * Review 30, M1 and L9: the About names each input with its SHA-256 (as the HTML report's methods do), the exclusion list
     * with its file's, and every file an option names (a lexicon) with its own: they decide findings as inputs do, and can
     * be edited in place under the same name.
     */
    @Test
    void theAboutNamesTheInputsTheExclusionListAndTheOptionFilesWithTheirChecksums() throws IOException {
        RunSummary built = Fixtures.run().summary();
        String lexicon = "1".repeat(64);
        String list = "2".repeat(64);
        RunSummary.Counts c = built.counts();
        RunSummary summary = new RunSummary(built.evidentiaVersion(), built.runDate(),
                List.of(new RunSummary.InputSummary("export.txt", "3".repeat(64), "medline", 5, 0)), built.plugins(), built.options(),
                new RunSummary.Counts(c.recordsRead() + 2, c.duplicatesMerged(), c.recordsSkipped(), c.recordsUnaccounted(), c.recordsKept(),
                        c.recordsWithFindings(), c.findings(), 0, 2),
                built.problems(), built.notices(), built.duplicates(), built.focus(), Map.of(), null,
                new RunSummary.Exclusions("exclusions.csv", list, twoReasons()),
                List.of(new RunSummary.OptionFile("cytokines", "lexicon", "lexicons/mine.tsv", lexicon),
                        new RunSummary.OptionFile("cytokines", "stopwords", "gone.txt", null)));
        TestRun.builder(Fixtures.KIND).records(List.of(Fixtures.SMITH, Fixtures.ADAMS, Fixtures.HOSTILE, Fixtures.NO_FINDINGS))
                .findings(List.of(Fixtures.SMITH_IL10, Fixtures.SMITH_IL2, Fixtures.ADAMS_IL10, Fixtures.ADAMS_IL2, Fixtures.HOSTILE_IL2))
                .summary(summary).build().report(reporter, Map.of("formats", List.of("csv", "xlsx")), out);

        List<String> about = Files.readAllLines(out.resolve("review-tables-about.md"), StandardCharsets.UTF_8);
        assertThat(about).containsSubsequence(
                "- **Input:** export.txt (5 records, read by medline; SHA-256 " + "3".repeat(64) + ")",
                "- **Option file:** cytokines.lexicon: lexicons/mine.tsv (SHA-256 " + lexicon + ")",
                "- **Option file:** cytokines.stopwords: gone.txt (could not be read)");
        assertThat(about).anySatisfy(line -> assertThat(line).startsWith("- **Exclusions:** the exclusion list exclusions.csv (SHA-256 "
                + list + ") excluded 2 of the records read, with reasons (off-topic: 1; \"off-topic: a veterinary study\": 1)"));
        try (ReadableWorkbook workbook = new ReadableWorkbook(out.resolve("review-tables.xlsx").toFile())) {
            List<Row> sheet = workbook.getSheet(0).orElseThrow().read();
            assertThat(sheet).extracting(r -> r.getCellText(0) + ": " + r.getCellText(1))
                    .contains("Option file: cytokines.lexicon: lexicons/mine.tsv (SHA-256 " + lexicon + ")");
        }
    }

    /** An explorer's s22, L8: a reason that holds a colon, unquoted beside another, read as two ("off-topic: 1; off-topic: a ..."). */
    private static Map<String, Long> twoReasons() {
        Map<String, Long> reasons = new java.util.LinkedHashMap<>();
        reasons.put("off-topic", 1L);
        reasons.put("off-topic: a veterinary study", 1L);
        return reasons;
    }

    @Test
    void aWorkbookAloneCarriesItsAboutSheetAndNoAboutFileAndSeveralFormatsAreNamedTogether() throws IOException {
        report(Map.of("formats", List.of("xlsx")));
        assertThat(out.resolve("review-tables-about.md")).doesNotExist();

        Files.delete(out.resolve("review-tables.xlsx"));
        report(Map.of("formats", List.of("csv", "markdown")));
        assertThat(Files.readAllLines(out.resolve("review-tables-about.md"), StandardCharsets.UTF_8).get(0))
                .isEqualTo("# About review-table.csv, .md; studies.csv, .md; synthesis.csv, .md; votes.csv, .md");
    }

    @Test
    void neutralisesFormulasInCsvCells() throws IOException {
        report(Map.of());

        List<CSVRecord> rows = readDelimited("review-table.csv", ',');
        CSVRecord hostile = rows.get(1);
        assertThat(hostile.get(0)).isEqualTo("'@Mallory 2021");
        assertThat(hostile.get(1)).isEqualTo("'@Mallory");
        assertThat(hostile.get(3)).isEqualTo("'+Journal | of * Tests");
        CSVRecord adamsIl2 = rows.get(2);
        assertThat(adamsIl2.get(18)).isEqualTo("'-IL-2 fell, =SUM(A1:A2) was noted.");
        List<CSVRecord> studies = readDelimited("studies.csv", ',');
        assertThat(studies.get(3).get(7)).isEqualTo("'=HYPERLINK(\"http://x\",\"click\") <script>alert(1)</script>");
        // the raw file keeps RFC 4180 quoting: quotes doubled inside a quoted cell, LF line ends
        String raw = Files.readString(out.resolve("studies.csv"));
        assertThat(raw).contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\") <script>alert(1)</script>\"");
        assertThat(raw).doesNotContain("\r\n").endsWith("\n");
    }

    @Test
    void neutralisationCanBeTurnedOff() throws IOException {
        report(Map.of("neutralise-formulas", "false"));

        assertThat(readDelimited("review-table.csv", ',').get(1).get(1)).isEqualTo("@Mallory");
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
        Fixtures.run().report(reporter, Map.of(), plain);
        assertThat(Files.readAllBytes(plain.resolve("review-table.csv"))).startsWith('S', 't', 'u');
    }

    @Test
    void writesTsvAndMarkdownOnRequest() throws IOException {
        report(Map.of("formats", List.of("tsv", "markdown")));

        assertThat(out.resolve("review-table.csv")).doesNotExist();
        List<CSVRecord> tsv = readDelimited("review-table.tsv", '\t');
        assertThat(tsv).hasSize(6);
        assertThat(tsv.get(3).get(18)).isEqualTo("IL-2 was higher in patients, \"markedly\".");

        List<String> md = Files.readAllLines(out.resolve("review-table.md"));
        assertThat(md.get(0)).isEqualTo("| Study | First author | Year | Journal | PMID | DOI | Record id | Design | Retracted | Cytokine | Cytokine key "
                + "| Synthesis key | Direction | Stratum | Votes | Comparison | Specimen | Context | Evidence | Finding id |");
        assertThat(md.get(1)).isEqualTo("|" + " --- |".repeat(20));
        assertThat(md).hasSize(7);
        // Markdown's own punctuation is escaped, HTML becomes entities, so the table keeps its columns
        List<String> studiesMd = Files.readAllLines(out.resolve("studies.md"));
        assertThat(studiesMd.get(4)).contains("=HYPERLINK(\"http://x\",\"click\") &lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("+Journal \\| of \\* Tests");
        assertThat(studiesMd.get(4).split("(?<!\\\\)\\|")).hasSize(16); // leading empty + 15 cells
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
        assertThatThrownBy(() -> PluginTestKit.bind(reporter, Map.of("formats", "pdf")))
                .hasMessageContaining("'pdf' is not allowed; allowed values: csv, tsv, markdown, xlsx");
        assertThatThrownBy(() -> PluginTestKit.bind(reporter, Map.of("formats", List.of())))
                .hasMessageContaining("at least one of csv, tsv, markdown, xlsx");
        assertThatThrownBy(() -> PluginTestKit.bind(reporter, Map.of("colour", "red")))
                .hasMessageContaining("review-table.colour").hasMessageContaining("formats, bom, neutralise-formulas");
    }

    @Test
    void writesOneExcelWorkbookWithASheetPerTableAFrozenBoldHeaderAndNeutralisedCells() throws IOException {
        report(Map.of("formats", "xlsx"));

        assertThat(out.resolve("review-table.csv")).doesNotExist();
        try (ReadableWorkbook workbook = new ReadableWorkbook(out.resolve("review-tables.xlsx").toFile())) {
            assertThat(workbook.getSheets().map(Sheet::getName)).containsExactly("About", "Findings", "Studies", "Synthesis", "Votes");
            List<Row> findings = workbook.getSheet(1).orElseThrow().read();
            assertThat(findings.get(0).getCellText(9)).isEqualTo("Cytokine");
            assertThat(findings).hasSize(6);
            // IL-2 before IL-10, as in the other formats; Greek letters and quotes kept as they are
            assertThat(findings.get(3).getCellText(18)).isEqualTo("IL-2 was higher in patients, \"markedly\".");
            assertThat(findings.get(1).getCellText(0)).isEqualTo("'@Mallory 2021");
            assertThat(findings.get(1).getCellText(1)).isEqualTo("'@Mallory");
            List<Row> studies = workbook.getSheet(2).orElseThrow().read();
            assertThat(studies).hasSize(5);
            assertThat(studies.get(3).getCellText(7)).isEqualTo("'=HYPERLINK(\"http://x\",\"click\") <script>alert(1)</script>");
            assertThat(studies.get(4).getCellText(11)).isEqualTo("0");
            // review 30, L6: years and counts are numbers, which a spreadsheet sums and sorts as such; ids stay text
            assertThat(studies.get(0).getCellText(5) + " " + studies.get(0).getCellText(11)).isEqualTo("Year Findings");
            for (Row study : studies.subList(1, studies.size())) {
                assertThat(study.getCell(5).getType()).isEqualTo(CellType.NUMBER);
                assertThat(study.getCell(11).getType()).isEqualTo(CellType.NUMBER);
                assertThat(study.getCell(0).getType()).as("Record id").isEqualTo(CellType.STRING);
            }
            assertThat(studies.subList(1, studies.size())).extracting(r -> r.getCell(5).asNumber().intValue() + " " + r.getCell(11).asNumber().intValue())
                    .containsExactly("2020 2", "2018 2", "2021 1", "2019 0");
            assertThat(studies.get(1).getCell(2).getType()).as("PMID").isEqualTo(CellType.STRING);
            assertThat(studies.get(1).getCellText(2)).isEqualTo("1001");
            assertThat(findings.get(0).getCellText(2) + " " + findings.get(0).getCellText(4)).isEqualTo("Year PMID");
            assertThat(findings.subList(1, findings.size())).allSatisfy(r -> assertThat(r.getCell(2).getType()).isEqualTo(CellType.NUMBER))
                    .allSatisfy(r -> assertThat(r.getCell(6).getType()).as("Record id").isEqualTo(CellType.STRING));
            assertThat(findings.get(2).getCell(4).getType()).as("PMID").isEqualTo(CellType.STRING);
        }
        String sheet = zipEntry(out.resolve("review-tables.xlsx"), "xl/worksheets/sheet2.xml");
        assertThat(sheet).contains("<pane").contains("state=\"frozen\"");
        assertThat(zipEntry(out.resolve("review-tables.xlsx"), "docProps/core.xml")).contains(TestRun.DEFAULT_RUN_DATE.toString())
                .contains("<dc:title>Evidentia review tables, run of " + TestRun.DEFAULT_RUN_DATE + "</dc:title>");
        // review 25, M5: each table an Excel table, whose column names a screen reader announces, over its header and rows
        assertThat(sheet).contains("<tablePart ");
        assertThat(zipEntry(out.resolve("review-tables.xlsx"), "xl/tables/table2.xml")).contains("name=\"Findings\"", "ref=\"A1:T6\"",
                "<tableColumn id=\"10\" name=\"Cytokine\"/>");
        assertThat(zipEntry(out.resolve("review-tables.xlsx"), "xl/tables/table1.xml")).contains("name=\"Studies\"", "ref=\"A1:O5\"");
    }

    /**
     * Review 30: every sheet declared {@code <dimension ref="A1"/>}, and openpyxl's read-only mode, which trusts the
     * declaration, read one row of each. Each sheet's declared range is now the one its cells span, read from the
     * sheet's XML as a reader finds it (the workbook names the sheet, its relationships the part); the Studies sheet
     * of 1,203 rows is flushed on the way, so its head was written long before its last row.
     */
    @Test
    void eachSheetDeclaresTheRangeItsCellsSpan() throws IOException {
        List<BibliographicRecord> records = new java.util.ArrayList<>(List.of(Fixtures.SMITH, Fixtures.ADAMS, Fixtures.HOSTILE));
        for (int i = 0; i < 1200; i++) {
            records.add(BibliographicRecord.builder().pmid(String.valueOf(20000 + i)).title("Unrelated " + i).author("Zed A").year(2019).build());
        }
        TestRun.builder(Fixtures.KIND).records(records)
                .findings(List.of(Fixtures.SMITH_IL10, Fixtures.SMITH_IL2, Fixtures.ADAMS_IL10, Fixtures.ADAMS_IL2, Fixtures.HOSTILE_IL2))
                .build().report(reporter, Map.of("formats", "xlsx"), out);

        Path workbook = out.resolve("review-tables.xlsx");
        Map<String, String> declared = new LinkedHashMap<>();
        Map<String, String> spanned = new LinkedHashMap<>();
        String book = zipEntry(workbook, "xl/workbook.xml");
        String rels = zipEntry(workbook, "xl/_rels/workbook.xml.rels");
        java.util.regex.Matcher sheet = java.util.regex.Pattern.compile("<sheet name=\"([^\"]+)\"[^>]*r:id=\"([^\"]+)\"").matcher(book);
        while (sheet.find()) {
            java.util.regex.Matcher target = java.util.regex.Pattern.compile("Id=\"" + sheet.group(2) + "\"[^>]*Target=\"([^\"]+)\"|Target=\"([^\"]+)\"[^>]*Id=\""
                    + sheet.group(2) + "\"").matcher(rels);
            assertThat(target.find()).as(sheet.group(1) + "'s part").isTrue();
            String part = target.group(1) != null ? target.group(1) : target.group(2);
            String xml = zipEntry(workbook, "xl/" + part.replaceFirst("^/xl/", ""));
            java.util.regex.Matcher dimension = java.util.regex.Pattern.compile("<dimension ref=\"([^\"]+)\"/>").matcher(xml);
            assertThat(dimension.find()).as(sheet.group(1) + "'s dimension").isTrue();
            declared.put(sheet.group(1), dimension.group(1));
            int lastRow = 0;
            int lastColumn = 0;
            java.util.regex.Matcher cell = java.util.regex.Pattern.compile("<c r=\"([A-Z]+)([0-9]+)\"").matcher(xml);
            while (cell.find()) {
                int column = 0;
                for (char letter : cell.group(1).toCharArray()) {
                    column = column * 26 + letter - 'A' + 1;
                }
                lastColumn = Math.max(lastColumn, column);
                lastRow = Math.max(lastRow, Integer.parseInt(cell.group(2)));
            }
            spanned.put(sheet.group(1), "A1:" + XlsxWorkbook.column(lastColumn - 1) + lastRow);
        }
        assertThat(declared).isEqualTo(spanned).containsOnlyKeys("About", "Findings", "Studies", "Synthesis", "Votes")
                .containsEntry("Findings", "A1:T6").containsEntry("Studies", "A1:O1204");
        try (ReadableWorkbook read = new ReadableWorkbook(workbook.toFile())) {
            assertThat(read.getSheet(2).orElseThrow().read()).as("Studies, read whole").hasSize(1204);
        }
    }

    @Test
    void columnLettersGoOnPastZ() {
        assertThat(List.of(0, 17, 25, 26, 27, 51, 52, 701, 702)).extracting(XlsxWorkbook::column)
                .containsExactly("A", "R", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA");
    }

    /**
     * Review 26, L7: a sheet with no rows is still a table, of its header and one empty row (Excel takes no
     * table of a header alone), and column names Excel cannot take as a table's (here a kind's label with an
     * ampersand, which fastexcel would write unescaped) leave the sheet a plain range that still opens.
     */
    @Test
    void aSheetWithoutRowsIsATableAndColumnNamesATableCannotTakeLeaveAPlainRange() throws IOException {
        FindingKind ampersand = new FindingKind("cytokine-change", "Cytokine", "Cytokines",
                List.of(new FindingKind.Attribute("site", "Site & tissue", List.of(), FindingKind.Attribute.Role.DETAIL)), Map.of());
        TestRun.builder(ampersand).records(List.of(Fixtures.NO_FINDINGS)).build().report(reporter, Map.of("formats", "xlsx"), out);

        Path workbook = out.resolve("review-tables.xlsx");
        assertThat(zipEntry(workbook, "xl/tables/table1.xml")).as("Studies: one record").contains("name=\"Studies\"", "ref=\"A1:O2\"");
        assertThat(zipEntry(workbook, "xl/worksheets/sheet2.xml")).as("Findings: no table").doesNotContain("<tablePart");
        try (ReadableWorkbook read = new ReadableWorkbook(workbook.toFile())) {
            List<Row> findings = read.getSheet(1).orElseThrow().read();
            assertThat(findings).singleElement().satisfies(header -> assertThat(header.getCellText(15)).isEqualTo("Site & tissue"));
        }
    }

    /** Review 22, H1: the workbook's zip entries had the run date in the machine's zone, so its bytes differed by zone. */
    @Test
    void theWorkbookIsTheSameInEveryTimeZone(@TempDir Path faraway) throws IOException {
        report(Map.of("formats", "xlsx"));
        TimeZone zone = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            Fixtures.run().report(reporter, Map.of("formats", "xlsx"), faraway);
        } finally {
            TimeZone.setDefault(zone);
        }
        assertThat(Files.readAllBytes(faraway.resolve("review-tables.xlsx"))).isEqualTo(Files.readAllBytes(out.resolve("review-tables.xlsx")));
        try (ZipFile file = new ZipFile(out.resolve("review-tables.xlsx").toFile())) {
            assertThat(file.stream().map(ZipEntry::getTimeLocal)).as("the run date as it reads in UTC")
                    .containsOnly(LocalDateTime.ofInstant(TestRun.DEFAULT_RUN_DATE, ZoneOffset.UTC));
        }
    }

    private static String zipEntry(Path zip, String name) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            return new String(file.getInputStream(file.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void sameEvidenceGivesByteIdenticalTables(@TempDir Path second) throws IOException {
        Map<String, Object> all = Map.of("formats", List.of("csv", "tsv", "markdown", "xlsx"));
        report(all);
        Fixtures.run().report(reporter, all, second);
        for (String file : List.of("review-table.csv", "review-table.tsv", "review-table.md", "studies.csv", "studies.tsv", "studies.md",
                "synthesis.csv", "synthesis.tsv", "synthesis.md", "votes.csv", "votes.tsv", "votes.md", "review-tables.xlsx")) {
            assertThat(Files.readAllBytes(out.resolve(file))).as(file).isEqualTo(Files.readAllBytes(second.resolve(file)));
        }
    }
}
