package org.evidentia.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.evidentia.testkit.SharedData;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 20 (the report read by someone who did not run it), through the built distribution: the
 * studies a focus lost are listed where the reader is asked to check them, the tables tie each row
 * to the synthesis, a retraction an abstract-text export states is read, and the notices say what
 * applies to this report.
 */
class ReaderReviewIT {

    private static final Set<String> VOTING_DESIGNS = Set.of("primary", "case-report");

    @TempDir
    Path work;

    private final ObjectMapper json = new ObjectMapper();

    /** How a focus on condition=sleep apnea and population=human treats one finding, by the documented rule. */
    private enum Verdict { KEPT, UNSTATED, OTHER_VALUE }

    private static Verdict verdict(JsonNode finding) {
        JsonNode condition = finding.at("/attributes/condition");
        JsonNode population = finding.at("/attributes/population");
        if (!population.isNull() && !population.asText().equals("human")) {
            return Verdict.OTHER_VALUE;
        }
        if (!condition.isNull()) {
            String words = " " + condition.asText().toLowerCase(Locale.ROOT).replace("apnoea", "apnea").replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
            if (!words.contains(" sleep apnea ")) {
                return Verdict.OTHER_VALUE;
            }
        }
        return condition.isNull() || population.isNull() ? Verdict.UNSTATED : Verdict.KEPT;
    }

    /** The rows of a CSV file the review table wrote (RFC 4180 quoting, LF line ends), each by its header's names. */
    static List<Map<String, String>> csv(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        List<String> header = records.get(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> r : records.subList(1, records.size())) {
            assertThat(r).as("a row of " + file.getFileName()).hasSameSizeAs(header);
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                row.put(header.get(c), r.get(c));
            }
            rows.add(row);
        }
        return rows;
    }

    /**
     * H2 and M6 on the il6 export focused as the reviewer focused it: run.json lists the studies lost
     * for want of a value (as an unfocused run's findings say), studies.csv says which and why, the
     * report folds them under its notice, and the review table's Stratum and Votes agree with
     * findings.jsonl's attributes and designs.
     */
    @Test
    void aFocusedRunListsTheStudiesItLostAndTheTablesTieEachRowToTheSynthesis() throws Exception {
        Path il6 = SharedData.resolve("data/abstract-text/il6_pubmed_result_160103.txt");
        Distribution.Result all = Distribution.built().run(work, "run", il6.toString(), "-o", "all", "-r", "findings-jsonl", "--threads=1");
        Distribution.Result run = Distribution.built().run(work, "run", il6.toString(), "-o", "out", "--run-date", "2026-01-31",
                "--threads=1", "-r", "findings-jsonl", "-r", "review-table", "-r", "html-summary",
                "--focus", "condition=sleep apnea", "--focus", "population=human");
        assertThat(all.exitCode()).as(all.toString()).isZero();
        assertThat(run.exitCode()).as(run.toString()).isZero();

        // by record, from the unfocused run: the verdicts of its findings
        Map<String, List<Verdict>> verdicts = new LinkedHashMap<>();
        for (String line : Files.readAllLines(work.resolve("all/findings.jsonl"), StandardCharsets.UTF_8)) {
            JsonNode finding = json.readTree(line);
            verdicts.computeIfAbsent(finding.get("record_id").asText(), id -> new ArrayList<>()).add(verdict(finding));
        }
        TreeSet<Long> lost = new TreeSet<>();
        Set<String> lostToOtherValues = new HashSet<>();
        verdicts.forEach((id, v) -> {
            if (v.stream().allMatch(x -> x == Verdict.UNSTATED)) {
                lost.add(Long.parseLong(id));
            } else if (v.stream().noneMatch(x -> x == Verdict.KEPT)) {
                lostToOtherValues.add(id);
            }
        });
        List<String> expectedIds = lost.stream().map(String::valueOf).toList(); // PMIDs, by number
        JsonNode focus = json.readTree(work.resolve("out/run.json").toFile()).get("focus");
        // 141 since 2026-12-02 (ext17: the coefficient of variation and detection-limit sentences no longer give findings); 138
        // since 2026-12-04, night: the conditions of 11803234, 12077736, 15157949 and 24994458 are read (evaluation-history.md);
        // 139 since 2026-12-05 (session 13): 17068203's "decrease in the capacity of monocytes to express TNF-alpha and IL-6"
        // gives findings, which state no condition; 140 since session 14: 24866331's "variant carriers were associated with
        // higher levels of interleukin-6" gives a finding (a group difference), which states none either; 139 again: the
        // "Pre-eclampsia patients" of 17921067 now state their condition, another value than the focus's; 138 since session
        // 15: 10857770's only finding ("The higher dose of IFN-alpha ... increased time spent in shallow sleep") is gone
        assertThat(focus.get("records_left_out_unstated").asInt()).isEqualTo(expectedIds.size()).isEqualTo(138);
        List<String> ids = new ArrayList<>();
        focus.get("records_left_out_unstated_ids").forEach(id -> ids.add(id.asText()));
        assertThat(ids).containsExactlyElementsOf(expectedIds);

        // studies.csv: which records the focus emptied, and why; the report's labels for those with findings
        List<Map<String, String>> studies = csv(work.resolve("out/studies.csv"));
        Map<String, String> why = new HashMap<>();
        studies.forEach(s -> why.put(s.get("Record id"), s.get("Left out by focus")));
        for (Map<String, String> s : studies) {
            String id = s.get("Record id");
            String expected = lost.contains(Long.parseLong(id)) ? "no value stated" : lostToOtherValues.contains(id) ? "other value" : "";
            assertThat(s.get("Left out by focus")).as(id).isEqualTo(expected);
            // a label for every study with findings, and (review 21, L6) for every record the focus emptied, as the report lists it
            assertThat(s.get("Study").isEmpty()).as(id).isEqualTo(s.get("Findings").equals("0") && expected.isEmpty());
            assertThat(s.get("Design basis")).as(id).isNotEmpty();
        }

        // the review table: Stratum and Votes as findings.jsonl gives the stratum and the design, labels as studies.csv's
        List<Map<String, String>> rows = csv(work.resolve("out/review-table.csv"));
        List<String> findings = Files.readAllLines(work.resolve("out/findings.jsonl"), StandardCharsets.UTF_8);
        // 99 since session 21: 18508832's "OSA patients have higher levels of soluble tumour necrosis factor-alpha receptor 1",
        // a spelling the lexicon took in then
        assertThat(rows).hasSize(findings.size()).hasSize(99);
        Map<String, List<String>> expectedCells = new HashMap<>(); // by record id: "stratum | votes" of each finding
        for (String line : findings) {
            JsonNode f = json.readTree(line);
            String stratum = text(f.at("/attributes/comparison")) + " · " + text(f.at("/attributes/population"));
            boolean votes = VOTING_DESIGNS.contains(f.get("design").asText()) && !f.get("retracted").asBoolean();
            expectedCells.computeIfAbsent(f.get("record_id").asText(), id -> new ArrayList<>())
                    .add(stratum + " | " + (votes ? "yes" : f.get("retracted").asBoolean() && VOTING_DESIGNS.contains(f.get("design").asText())
                            ? "no: retracted" : "no: " + f.get("design").asText()));
        }
        Map<String, List<String>> cells = new HashMap<>();
        Map<String, String> labels = new HashMap<>();
        studies.forEach(s -> labels.put(s.get("Record id"), s.get("Study")));
        for (Map<String, String> row : rows) {
            cells.computeIfAbsent(row.get("Record id"), id -> new ArrayList<>()).add(row.get("Stratum") + " | " + row.get("Votes"));
            assertThat(row.get("Study")).isEqualTo(labels.get(row.get("Record id")));
        }
        assertThat(cells.keySet()).isEqualTo(expectedCells.keySet());
        cells.forEach((id, c) -> assertThat(c).as(id).containsExactlyInAnyOrderElementsOf(expectedCells.get(id)));
        assertThat(rows).extracting(r -> r.get("Stratum")).allMatch(s -> s.endsWith(" · human"));

        // the report folds the same studies under its focus notice, those naming sleep apnea first
        Document report = Jsoup.parse(work.resolve("out/report.html").toFile(), "UTF-8");
        Element list = report.selectFirst("section.read-first details#focus-to-check");
        List<Element> listed = list.select("tbody tr");
        assertThat(listed).hasSize(expectedIds.size());
        assertThat(listed.stream().map(r -> r.select("td").get(0).text()).toList()).containsExactlyInAnyOrderElementsOf(expectedIds);
        long naming = listed.stream().filter(r -> !r.select(".badge").isEmpty()).count();
        assertThat(naming).isPositive();
        assertThat(listed.subList(0, (int) naming)).allMatch(r -> !r.select(".badge").isEmpty());
        assertThat(list.selectFirst("summary").text()).isEqualTo("The " + expectedIds.size() + " studies to check by hand: " + naming
                + " of them name \u201Csleep apnea\u201D in their title or abstract, listed first");
        for (Element row : listed) {
            String title = row.select("td").get(1).ownText().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ");
            if ((" " + title + " ").contains(" sleep apnea ")) {
                assertThat(row.select(".badge")).as(title).isNotEmpty();
            }
        }
    }

    private static String text(JsonNode value) {
        return value.isNull() || value.isMissingNode() ? "not stated" : value.asText();
    }

    /** M3: an abstract-text export's "Retraction in" block marks its paper retracted, so it casts no vote. */
    @Test
    void aPaperTheAbstractTextExportSaysWasRetractedCastsNoVote() throws Exception {
        Path export = Path.of("../plugins/pubmed-source/src/test/resources/fixtures/abstract-text/retracted.txt").toAbsolutePath().normalize();
        Distribution.Result run = Distribution.built().run(work, "run", export.toString(), "-o", "out", "--run-date", "2026-01-31",
                "-r", "findings-jsonl", "-r", "review-table", "-r", "html-summary");
        assertThat(run.exitCode()).as(run.toString()).isZero();

        Map<String, Boolean> retracted = new HashMap<>();
        for (String line : Files.readAllLines(work.resolve("out/findings.jsonl"), StandardCharsets.UTF_8)) {
            JsonNode f = json.readTree(line);
            retracted.put(f.get("pmid").asText(), f.get("retracted").asBoolean());
        }
        assertThat(retracted).containsEntry("90000120", true).containsEntry("90000121", false);
        assertThat(csv(work.resolve("out/review-table.csv"))).extracting(r -> r.get("PMID") + " " + r.get("Votes"))
                .contains("90000120 no: retracted", "90000121 yes");
        assertThat(csv(work.resolve("out/studies.csv"))).extracting(r -> r.get("PMID") + " " + r.get("Retracted"))
                .containsExactly("90000120 yes", "90000121 no");
        Document report = Jsoup.parse(work.resolve("out/report.html").toFile(), "UTF-8");
        assertThat(report.select("section.read-first li").eachText()).anyMatch(li -> li.startsWith("1 retracted publication has findings that cast no votes"))
                // review 21: the point on exports without publication types no longer says a retraction cannot be seen
                .noneMatch(li -> li.contains("retraction cannot be detected") || li.contains("retractions not detectable"))
                .anyMatch(li -> li.contains("a retraction is seen only where the export names its retraction notice"));
    }

    /**
     * L4: every row of the hospitales CSV export merges into the MEDLINE copy read before it, which has
     * its abstract, so the CSV's notice does not apply to this report and Read this first leaves it
     * out (the methods' Notices keep it); named first, the CSV gives the kept copies, and the notice
     * says how many.
     */
    @Test
    void theCsvNoticeIsInReadThisFirstOnlyWhenTheReportHoldsRecordsReadFromTheCsv() throws Exception {
        String medline = SharedData.resolve("data/medline/hospitales_pubmed.txt").toString();
        String csv = SharedData.resolve("data/csv/hospitales_pubmed.csv").toString();
        Distribution.Result merged = Distribution.built().run(work, "run", medline, csv, "-o", "merged", "-r", "html-summary");
        Distribution.Result csvFirst = Distribution.built().run(work, "run", csv, medline, "-o", "csv-first", "-r", "html-summary");
        assertThat(merged.exitCode()).as(merged.toString()).isZero();
        assertThat(csvFirst.exitCode()).as(csvFirst.toString()).isZero();

        Document report = Jsoup.parse(work.resolve("merged/report.html").toFile(), "UTF-8");
        assertThat(report.select("section.read-first li").eachText()).noneMatch(li -> li.contains("PubMed CSV exports carry no abstracts"));
        assertThat(report.getElementById("methods-notices").parent().text()).contains("PubMed CSV exports carry no abstracts");

        Document first = Jsoup.parse(work.resolve("csv-first/report.html").toFile(), "UTF-8");
        assertThat(first.select("section.read-first li").eachText()).anyMatch(li -> li.contains("PubMed CSV exports carry no abstracts")
                && li.contains("(in this report: 10 records read from this file, 10 of them without an abstract)"));
    }

    /** L5: the <DeleteCitation> notice names the PMID it deletes and says the report does not hold it. */
    @Test
    void theDeletionNoticeNamesThePmidAndWhetherTheReportHoldsIt() throws Exception {
        String xml = SharedData.resolve("data/xml/medline16n0902.xml.gz").toString();
        Distribution.Result run = Distribution.built().run(work, "run", xml, "-o", "out", "-r", "html-summary");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        String expected = "deletes 1 record (<DeleteCitation>): PMID 26432306, which this report does not hold.";
        assertThat(json.readTree(work.resolve("out/run.json").toFile()).get("notices").toString()).contains(expected);
        Document report = Jsoup.parse(work.resolve("out/report.html").toFile(), "UTF-8");
        assertThat(report.select("section.read-first li").eachText()).anyMatch(li -> li.contains(expected));
    }
}
