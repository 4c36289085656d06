package org.evidentia.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.InflaterInputStream;
import org.evidentia.testkit.SharedData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A living review through the built distribution: the shared 2021 baseline excerpts into a findings
 * store, then update files built here from those real records (revised versions, a record revised
 * under its version, new records, {@code <DeleteCitation>}), in sequence and out of order, then
 * reports from the store; and a run killed mid-way that resumes. The store's counts are checked
 * with SQL after each step. Skipped where ../shared is absent.
 */
class StoreIT {

    private static final Pattern ARTICLE = Pattern.compile("<PubmedArticle>.*?</PubmedArticle>", Pattern.DOTALL);
    private static final Pattern PMID = Pattern.compile("<PMID Version=\"(\\d+)\">(\\d+)</PMID>");
    private static final Pattern ABSTRACT = Pattern.compile("<Abstract>.*?</Abstract>", Pattern.DOTALL);
    /** A sentence written for this test, with a cytokine change the extractor finds. */
    private static final String NEW_ABSTRACT = "<Abstract><AbstractText>Serum IL-6 levels were significantly higher in patients than in "
            + "healthy controls.</AbstractText></Abstract>";
    private static final String RUN_DATE = "2026-01-31";

    @TempDir
    Path work;

    private final Distribution dist = Distribution.built();
    private final ObjectMapper json = new ObjectMapper();
    private Path baseline;
    /** The baseline's articles by PMID, in file order, and the PMIDs with findings. */
    private final Map<String, String> articles = new LinkedHashMap<>();
    private final List<String> withFindings = new ArrayList<>();
    private final List<String> withoutFindings = new ArrayList<>();

    @BeforeEach
    void readTheBaseline() throws Exception {
        baseline = SharedData.resolve("data/xml/baseline-2021-excerpts");
        try (Stream<Path> files = Files.list(baseline)) {
            for (Path file : files.sorted().toList()) {
                Matcher m = ARTICLE.matcher(gunzip(file));
                while (m.find()) {
                    Matcher pmid = PMID.matcher(m.group());
                    assertThat(pmid.find()).isTrue();
                    articles.put(pmid.group(2), m.group());
                }
            }
        }
        assertThat(articles).hasSize(319);
        Distribution.Result plain = dist.run(work, "run", "-r", "findings-jsonl", "-o", "plain", baseline.toString());
        assertThat(plain.exitCode()).as(plain.toString()).isZero();
        for (String line : Files.readAllLines(work.resolve("plain/findings.jsonl"))) {
            String pmid = json.readTree(line).get("pmid").asText();
            if (!withFindings.contains(pmid)) {
                withFindings.add(pmid);
            }
        }
        articles.keySet().stream().filter(p -> !withFindings.contains(p)).forEach(withoutFindings::add);
        assertThat(withFindings).hasSizeGreaterThanOrEqualTo(4);
    }

    private static String gunzip(Path file) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String version(String article, int version) {
        return PMID.matcher(article).replaceFirst("<PMID Version=\"" + version + "\">$2</PMID>");
    }

    private static String renumbered(String article, String pmid) {
        return PMID.matcher(article).replaceFirst("<PMID Version=\"1\">" + pmid + "</PMID>");
    }

    private static String newAbstract(String article) {
        return ABSTRACT.matcher(article).find() ? ABSTRACT.matcher(article).replaceFirst(Matcher.quoteReplacement(NEW_ABSTRACT))
                : article.replace("</ArticleTitle>", "</ArticleTitle>" + NEW_ABSTRACT);
    }

    private static String withoutAbstract(String article) {
        return ABSTRACT.matcher(article).replaceFirst("");
    }

    private Path xml(String name, List<String> records, List<String> deleted) throws IOException {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<PubmedArticleSet>\n");
        records.forEach(r -> xml.append(r).append('\n'));
        if (!deleted.isEmpty()) {
            xml.append("<DeleteCitation>\n");
            deleted.forEach(p -> xml.append("<PMID Version=\"1\">").append(p).append("</PMID>\n"));
            xml.append("</DeleteCitation>\n");
        }
        xml.append("</PubmedArticleSet>\n");
        Path file = work.resolve(name);
        Files.writeString(file, xml);
        return file;
    }

    /** The two updates, and the final state of the records after both, as one file. */
    private record Updates(Path first, Path second, Path finalState) {
    }

    private Updates updates() throws IOException {
        String a = withFindings.get(0);
        String b = withFindings.get(1);
        String d = withFindings.get(2);
        String c = withFindings.get(3);
        String e = withoutFindings.get(0);
        String f = withoutFindings.get(1);
        String n1v1 = renumbered(articles.get(c), "99000001");
        String n1v2 = version(newAbstract(renumbered(articles.get(e), "99000001")), 2);
        String n2 = newAbstract(renumbered(articles.get(f), "99000002"));
        String av2 = version(newAbstract(articles.get(a)), 2);
        String bRevised = withoutAbstract(articles.get(b));
        Path first = xml("pubmed21n1100.xml", List.of(av2, bRevised, n1v1), List.of(d, e));
        Path second = xml("pubmed21n1101.xml", List.of(articles.get(a), n1v2, articles.get(d), n2), List.of(e, f));

        List<String> state = new ArrayList<>();
        for (Map.Entry<String, String> r : articles.entrySet()) {
            String pmid = r.getKey();
            if (pmid.equals(d) || pmid.equals(e) || pmid.equals(f)) {
                continue;
            }
            state.add(pmid.equals(a) ? av2 : pmid.equals(b) ? bRevised : r.getValue());
        }
        state.add(n1v2);
        state.add(n2);
        return new Updates(first, second, xml("final-state.xml", state, List.of()));
    }

    /** What the last {@link #runIntoStore} printed. */
    private Distribution.Result lastStoreRun;

    private JsonNode runIntoStore(String store, String... inputs) throws Exception {
        List<String> args = new ArrayList<>(List.of("run", "--store", store, "-o", "applied", "--run-date", RUN_DATE));
        args.addAll(List.of(inputs));
        Distribution.Result result = dist.run(work, args.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.toString()).isZero();
        lastStoreRun = result;
        JsonNode run = json.readTree(work.resolve("applied/run.json").toFile());
        JsonNode s = run.get("store");
        // Every kept record is counted once, and the store's totals follow from the changes.
        assertThat(s.get("records_added").asLong() + s.get("records_revised").asLong() + s.get("records_reextracted").asLong()
                + s.get("records_unchanged").asLong() + s.get("records_superseded").asLong() + s.get("records_duplicate").asLong())
                .isEqualTo(run.get("counts").get("records_kept").asLong());
        assertThat(s.get("records_in_store").asLong()).isEqualTo(sql(store, "SELECT count(*) FROM records"));
        assertThat(s.get("findings_in_store").asLong()).isEqualTo(sql(store, "SELECT count(*) FROM findings"));
        reconciled(store);
        return s;
    }

    /** The store's own log adds up: records held = added - deleted over every input; findings match their records. */
    private void reconciled(String store) throws Exception {
        assertThat(sql(store, "SELECT coalesce(sum(added), 0) - coalesce(sum(deleted), 0) FROM files")).isEqualTo(sql(store, "SELECT count(*) FROM records"));
        assertThat(sql(store, "SELECT coalesce(sum(findings), 0) FROM records")).isEqualTo(sql(store, "SELECT count(*) FROM findings"));
        assertThat(sql(store, "SELECT count(*) FROM files WHERE records - skipped - unaccounted - merged"
                + " <> added + revised + reextracted + unchanged + superseded + duplicate")).isZero();
    }

    @Test
    void validateTellsEverythingAStorePipelineGivesThatOnlyReportsTakeAllAtOnce() throws Exception {
        // An explorer's M4 (2026-12-04): the focus was told, and the reporter's options only once the focus was mended
        Files.writeString(work.resolve("a.nbib"), "PMID- 1\nTI  - IL-6 in sepsis.\nAB  - Serum IL-6 was higher in septic patients.\n");
        Path pipeline = Files.writeString(work.resolve("review.yaml"), String.join("\n", "inputs: [a.nbib]", "store: review.db",
                "focus: [population=human]", "options:", "  review-table:", "    formats: [markdown]", ""));

        Distribution.Result result = dist.run(work, "validate", pipeline.toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.stderr()).contains(pipeline + ":3: a focus shapes reports, and a run with --store makes none: give the focus to"
                        + " `evidentia report --store` with its --focus")
                .contains(pipeline + ":5: options are given for the reporter 'review-table', but a run with --store makes no reports");
    }

    /**
     * The review of session 30, L1: a lexicon edited in place between two updates extracted their records otherwise, and the
     * store's report said nothing of it; two updates under one lexicon are one configuration.
     */
    @Test
    void aLexiconEditedBetweenTwoUpdatesIsToldAsAnotherConfigurationByTheStoresReport() throws Exception {
        Files.writeString(work.resolve("a.nbib"), "PMID- 1\nTI  - IL-6 in sepsis.\nAB  - Serum IL-6 was higher in septic patients.\n");
        Files.writeString(work.resolve("b.nbib"), "PMID- 2\nTI  - Leptin in sepsis.\nAB  - Serum adiponectin was lower in septic patients.\n");
        Files.writeString(work.resolve("c.nbib"), "PMID- 3\nTI  - IL-8 in sepsis.\nAB  - Serum IL-8 was higher in septic patients.\n");
        Path lexicon = Files.writeString(work.resolve("lex.tsv"), "key\tlabel\tspellings\nLEPX\tLeptin-X\tleptin\n");
        String option = "cytokines.lexicon=" + lexicon;
        assertThat(dist.run(work, "run", "--store", "lex.db", "--option", option, "--run-date", RUN_DATE, "a.nbib").exitCode()).isZero();
        assertThat(dist.run(work, "run", "--store", "lex.db", "--option", option, "--run-date", RUN_DATE, "c.nbib").exitCode()).isZero();
        Distribution.Result same = dist.run(work, "report", "--store", "lex.db", "-o", "same", "--run-date", RUN_DATE);
        Files.writeString(lexicon, "key\tlabel\tspellings\nLEPX\tLeptin-X\tleptin | adiponectin\n");
        assertThat(dist.run(work, "run", "--store", "lex.db", "--option", option, "--run-date", RUN_DATE, "b.nbib").exitCode()).isZero();
        Distribution.Result edited = dist.run(work, "report", "--store", "lex.db", "-o", "edited", "--run-date", RUN_DATE);

        assertThat(same.exitCode()).as(same.toString()).isZero();
        assertThat(same.stderr()).doesNotContain("different configurations");
        assertThat(edited.exitCode()).as(edited.toString()).isZero();
        assertThat(edited.stderr()).contains("Its records were extracted under 2 different configurations, which differ in their builds"
                + " (the files their extractors' options name, or the extractors' plugins or kit rebuilt under one version): 2 records by"
                + " runs 1, 2", "1 record by run 3");
    }

    @Test
    void theStoreKeepsRecordsWholeThoughAPlainRunLeavesTheirMetadataUnread() throws Exception {
        Distribution.Result run = dist.run(work, "run", "--store", "whole.db", baseline.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(work.resolve("whole-run/run.json")).as("run.json beside the store").isNotEmptyFile();
        assertThat(work.resolve("evidentia-out")).as("a plain run's report there stays").doesNotExist();

        // a plain run's bundled reporters and extractors read no metadata, so the source skipped it;
        // the store keeps every record whole, with what PubMed XML gives beyond the fields
        int records = 0;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + work.resolve("whole.db")); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT content FROM records")) {
            while (rs.next()) {
                JsonNode record;
                try (InflaterInputStream content = new InflaterInputStream(new ByteArrayInputStream(rs.getBytes(1)))) {
                    record = json.readTree(content);
                }
                assertThat(record.get("metadata").has("Language")).as(record.get("pmid").asText()).isTrue();
                assertThat(record.get("metadata").has("ISSN") || record.get("metadata").has("NlmUniqueID")).isTrue();
                records++;
            }
        }
        assertThat(records).isEqualTo(319);
    }

    private static List<String> ids(JsonNode store, String field) {
        List<String> ids = new ArrayList<>();
        store.get(field).forEach(id -> ids.add(id.asText()));
        return ids;
    }

    private long sql(String store, String query) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + work.resolve(store)); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(query)) {
            assertThat(rs.next()).isTrue();
            return rs.getLong(1);
        }
    }

    private Path report(String store, String out) throws Exception {
        return reportWithConsole(store, out).output();
    }

    /** A report's output folder and what it printed. */
    private record Report(Path output, Distribution.Result console) {
    }

    private Report reportWithConsole(String store, String out) throws Exception {
        Distribution.Result result = dist.run(work, "report", "--store", store, "-o", out, "--run-date", RUN_DATE,
                "-r", "findings-jsonl", "-r", "review-table");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        return new Report(work.resolve(out), result);
    }

    private static void sameReports(Path a, Path b) throws IOException {
        for (String file : List.of("findings.jsonl", "review-table.csv")) {
            assertThat(Files.readString(a.resolve(file))).as(file).isEqualTo(Files.readString(b.resolve(file)));
        }
        // but for the studies' Input, the last column: a store's report names the file that gave the record's copy, a
        // baseline's or an update's, where one run over the final state names that state's file
        assertThat(withoutInput(a.resolve("studies.csv"))).as("studies.csv").isEqualTo(withoutInput(b.resolve("studies.csv")));
    }

    private static List<String> withoutInput(Path studies) throws IOException {
        List<String> lines = Files.readAllLines(studies, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).endsWith(",Input");
        return lines.stream().map(line -> line.substring(0, line.lastIndexOf(','))).toList();
    }

    @Test
    void baselineThenTwoUpdatesReportTheSameFindingsAsOneRunOverTheFinalState() throws Exception {
        Updates u = updates();

        JsonNode base = runIntoStore("review.db", baseline.toString());
        assertThat(base.get("records_added").asLong()).isEqualTo(319);
        Path fromBaseline = report("review.db", "report-baseline");
        Distribution.Result plain = dist.run(work, "run", "-o", "plain-tables", "--run-date", RUN_DATE, "-r", "findings-jsonl", "-r", "review-table",
                baseline.toString());
        assertThat(plain.exitCode()).as(plain.toString()).isZero();
        sameReports(fromBaseline, work.resolve("plain-tables"));

        JsonNode first = runIntoStore("review.db", u.first().toString());
        assertThat(first.get("records_revised").asLong()).as("a new version, and a new text of version 1").isEqualTo(2);
        assertThat(first.get("records_added").asLong()).isEqualTo(1);
        assertThat(first.get("records_deleted").asLong()).isEqualTo(2);
        // which records (review 24, M2): run.json lists them, and the console names those whose findings changed or went
        assertThat(ids(first, "added_ids")).containsExactly("99000001");
        assertThat(ids(first, "revised_ids")).containsExactly(withFindings.get(0), withFindings.get(1));
        assertThat(ids(first, "reextracted_ids")).isEmpty();
        assertThat(ids(first, "deleted_ids")).containsExactly(withFindings.get(2), withoutFindings.get(0));
        assertThat(lastStoreRun.stdout()).contains("Revised: " + withFindings.get(0) + ", " + withFindings.get(1) + ". Deleted: "
                + withFindings.get(2) + ", " + withoutFindings.get(0) + ". (run.json's store section lists them, and the records added.)");

        JsonNode second = runIntoStore("review.db", u.second().toString());
        assertThat(second.get("records_superseded").asLong()).as("an older version, and a deleted record").isEqualTo(2);
        // an explorer's L4 (2026-12-04): the "Found" line counts their findings, which the store does not take
        assertThat(lastStoreRun.stdout()).contains("note: 2 records read were superseded (the store holds a newer version or a later"
                + " text of each, or an update deleted them): their findings above are not the store's.");
        assertThat(second.get("records_revised").asLong()).isEqualTo(1);
        assertThat(second.get("records_added").asLong()).isEqualTo(1);
        assertThat(second.get("records_deleted").asLong()).isEqualTo(1);
        assertThat(second.get("deletions_unmatched").asLong()).isEqualTo(1);
        assertThat(sql("review.db", "SELECT count(*) FROM records")).isEqualTo(319 - 3 + 2);
        // the scheduled command again: nothing new to apply, and a run.json that lists no change (the review of session 25, L6)
        JsonNode again = runIntoStore("review.db", u.second().toString());
        assertThat(again.get("files_applied").asLong()).isZero();
        assertThat(ids(again, "revised_ids")).isEmpty();

        Report updated = reportWithConsole("review.db", "report-updated");
        Path fromStore = updated.output();
        // the update history is told once: in the note on stderr, not again on stdout beside the counts
        assertThat(updated.console().stderr()).containsOnlyOnce("note: Reported from the findings store review.db: ")
                .contains("Its updates revised 3 records, deleted 3 records (1 deletion matched no record) and left out");
        assertThat(updated.console().stdout()).contains("Read ").doesNotContain("updates", "revised");
        Distribution.Result finalRun = dist.run(work, "run", "-o", "final", "--run-date", RUN_DATE, "-r", "findings-jsonl", "-r", "review-table",
                u.finalState().toString());
        assertThat(finalRun.exitCode()).as(finalRun.toString()).isZero();
        sameReports(fromStore, work.resolve("final"));
        assertThat(Files.readString(fromStore.resolve("findings.jsonl"))).contains("\"pmid\":\"99000001\"", "\"pmid\":\"99000002\"")
                .doesNotContain("\"pmid\":\"" + withFindings.get(2) + "\"");
        JsonNode reportRun = json.readTree(fromStore.resolve("run.json").toFile());
        assertThat(reportRun.get("notices").toString()).contains("Reported from the findings store review.db");
        // the report still tells what the last update changed, and which records
        JsonNode lastUpdate = reportRun.get("store").get("last_update");
        assertThat(lastUpdate.get("runs")).hasToString("[3]");
        assertThat(ids(lastUpdate, "added_ids")).containsExactly("99000002");
        assertThat(ids(lastUpdate, "revised_ids")).containsExactly("99000001");
        assertThat(ids(lastUpdate, "deleted_ids")).containsExactly(withoutFindings.get(1));
        String told = "pubmed21n1101.xml: it added 1 record (99000002), revised 1 (99000001) and deleted 1 (" + withoutFindings.get(1) + ").";
        assertThat(updated.console().stderr()).contains("note: The last update, run 3 of 2026-01-31, applied ", told);
        assertThat(Files.readString(fromStore.resolve("review-tables-about.md"))).contains("The last update, run 3 of 2026-01-31, applied ", told);

        // Out of order, the same updates give the same store.
        runIntoStore("reordered.db", baseline.toString());
        runIntoStore("reordered.db", u.second().toString());
        runIntoStore("reordered.db", u.first().toString());
        sameReports(report("reordered.db", "report-reordered"), fromStore);
    }

    /**
     * The review of session 19, D1: a record read without its PMID (a RIS export) and its MEDLINE copy with the PMID, applied
     * in one run, left the store the thinner copy without the PMID (the run merged the MEDLINE copy, whose file it then
     * counted applied); in two runs the store took the PMID. Now one run and two give one store.
     */
    @Test
    void aRecordHeldByItsDoiGetsItsPmidWhetherItsCopyComesInTheSameRunOrALaterOne() throws Exception {
        Files.writeString(work.resolve("doi.ris"), "TY  - JOUR\nTI  - Serum interleukin-6 in patients with Crohn disease\n"
                + "AB  - Serum IL-6 levels were significantly higher in patients with Crohn's disease than in healthy controls.\n"
                + "JO  - Gut\nPY  - 2019\nDO  - 10.1000/test.doi.1\nER  - \n");
        Files.writeString(work.resolve("pmid.nbib"), "PMID- 99000001\nDP  - 2019 Jan\nTI  - Serum interleukin-6 in patients with Crohn"
                + " disease.\nAB  - Serum IL-6 levels were significantly higher in patients with Crohn's disease than in healthy\n"
                + "      controls. IL-10 was decreased in the patients' serum compared with controls.\nPT  - Journal Article\nTA  - Gut\n"
                + "AID - 10.1000/test.doi.1 [doi]\n");

        // a third database's copy, its DOI in capitals: another id, merged by the run into the record held by the DOI, which the
        // store knows by its PMID by then (the review of session 19, R1: the copy was listed under the DOI, which matched no record)
        Files.writeString(work.resolve("doi2.ris"), Files.readString(work.resolve("doi.ris")).replace("10.1000/test.doi.1", "10.1000/TEST.DOI.1"));

        JsonNode one = runIntoStore("one.db", "doi.ris", "pmid.nbib", "doi2.ris");
        runIntoStore("two.db", "doi.ris");
        JsonNode second = runIntoStore("two.db", "pmid.nbib");
        runIntoStore("two.db", "doi2.ris");

        assertThat(one.get("records_added").asLong()).isOne();
        assertThat(one.get("records_revised").asLong()).isOne();
        assertThat(second.get("records_revised").asLong()).isOne();
        for (String store : List.of("one.db", "two.db")) {
            assertThat(sql(store, "SELECT count(*) FROM records WHERE record_id = '99000001' AND pmid = '99000001'")).as(store).isOne();
            assertThat(sql(store, "SELECT count(*) FROM records")).as(store).isOne();
        }
        sameReports(report("one.db", "report-one"), report("two.db", "report-two"));
        assertThat(Files.readString(work.resolve("report-one/findings.jsonl"))).contains("\"pmid\":\"99000001\"", "IL10");
        for (String report : List.of("report-one", "report-two")) {
            JsonNode duplicates = json.readTree(work.resolve(report).resolve("run.json").toFile()).get("duplicates");
            assertThat(duplicates).as(report).singleElement().satisfies(d -> {
                assertThat(d.get("record_id").asText()).isEqualTo("99000001");
                assertThat(d.get("origins").toString()).contains("doi2.ris");
            });
        }
    }

    @Test
    void anInputAppliedBeforeIsSkippedByItsChecksumAndAppliedAgainChangesNothing() throws Exception {
        Updates u = updates();
        runIntoStore("review.db", baseline.toString(), u.first().toString());
        Path before = report("review.db", "before");

        Distribution.Result again = dist.run(work, "run", "--store", "review.db", "-o", "again", u.first().toString(), baseline.toString());
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.stdout()).contains("Nothing to apply", "all 8 inputs");
        // a run.json of this run, not left as the last applying run's, for a wrapper that reads it after each run
        JsonNode nothing = json.readTree(work.resolve("again/run.json").toFile()).get("store");
        assertThat(nothing.get("files_applied").asLong()).isZero();
        assertThat(nothing.get("files_skipped").asLong()).isEqualTo(8);
        assertThat(nothing.get("records_added").asLong()).isZero();

        // an explorer's L4 (2026-12-04): a renamed copy was "applied before" without a word of what, and a run with nothing
        // to apply kept its notices (a link to a file named too) to run.json
        Files.copy(u.first(), work.resolve("renamed.xml"));
        Files.createSymbolicLink(work.resolve("linked.xml"), u.first());
        Distribution.Result renamed = dist.run(work, "run", "--store", "review.db", "-o", "again", "renamed.xml", u.first().toString(),
                "linked.xml");
        assertThat(renamed.exitCode()).as(renamed.toString()).isZero();
        assertThat(renamed.stdout()).contains("Nothing to apply: the store review.db applied all 2 inputs before")
                .contains("note: applied before under another name: renamed.xml as ").contains(" (run 1).")
                .doesNotContain("Read 0 records");
        assertThat(renamed.stderr()).contains("linked.xml: the same file as ");
        // the same file typed another way (through a link to its folder) is no other name (review of 2026-12-04, H1)
        Files.createSymbolicLink(work.resolve("via"), u.first().getParent());
        Distribution.Result typed = dist.run(work, "run", "--store", "review.db", "-o", "again",
                "via/" + u.first().getFileName());
        assertThat(typed.exitCode()).as(typed.toString()).isZero();
        assertThat(typed.stdout()).contains("Nothing to apply").doesNotContain("another name");
        // code read s10, M10: a file named from above the working folder was named by its absolute path in files_skipped,
        // where a run that applies it names it as given
        Path sub = Files.createDirectory(work.resolve("sub"));
        Distribution.Result above = dist.run(sub, "run", "--store", "../review.db", "-o", "../again", "../renamed.xml");
        assertThat(above.exitCode()).as(above.toString()).isZero();
        assertThat(json.readTree(work.resolve("again/run.json").toFile()).get("store").get("files").get(0).get("path").asText())
                .isEqualTo("../renamed.xml");

        JsonNode forced = runIntoStore("review.db", "--force", u.first().toString());
        assertThat(forced.get("records_added").asLong() + forced.get("records_revised").asLong() + forced.get("records_deleted").asLong()).isZero();
        assertThat(forced.get("records_unchanged").asLong()).isEqualTo(3);
        assertThat(forced.get("deletions_unmatched").asLong()).isEqualTo(2);
        sameReports(report("review.db", "after"), before);

        // the same relative name typed in another folder is no other name either (the review of the change s33, T5: "rel/x
        // as rel/x")
        for (String folder : List.of("one", "two")) {
            Files.copy(u.second(), Files.createDirectories(work.resolve(folder + "/rel")).resolve("update.xml"));
        }
        Distribution.Result fromOne = dist.run(work.resolve("one"), "run", "--store", "../review.db", "-o", "../again", "rel/update.xml");
        assertThat(fromOne.exitCode()).as(fromOne.toString()).isZero();
        Distribution.Result fromTwo = dist.run(work.resolve("two"), "run", "--store", "../review.db", "-o", "../again", "rel/update.xml");
        assertThat(fromTwo.stdout()).as(fromTwo.toString()).contains("Nothing to apply").doesNotContain("another name");
    }

    @Test
    void aFolderAppliedBeforeWithAFileNoSourceReadsIsNothingNewNotAFailure() throws Exception {
        // the bundled examples: two abstract pages and SOURCES.md, which no source reads
        String examples = dist.home().resolve("examples").toString();
        Distribution.Result first = dist.run(work, "run", "--store", "examples.db", "-o", "first", examples);
        assertThat(first.exitCode()).as(first.toString()).isZero();
        // stderr is no terminal here, so progress comes as lines; they count what was read, which extraction may lag behind
        // (counted every 256 records: not said before the first count)
        assertThat(first.stderr()).containsPattern("progress: file 3 of 3 \\(.*SOURCES\\.md\\): 2 records read\\b")
                .doesNotContain("0 extracted");

        Distribution.Result again = dist.run(work, "run", "--store", "examples.db", "-o", "again", examples);
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.stdout()).contains("applied (1 not read: unreadable, empty, or of no format a source reads; 2 skipped: applied before);");
        assertThat(again.stderr()).contains("SOURCES.md");
        // run.json, which a scheduled wrapper reads, tells what the exit status tells
        JsonNode runJson = json.readTree(work.resolve("again/run.json").toFile());
        assertThat(runJson.get("status").asText()).isEqualTo("ok");
        assertThat(runJson.get("failure").isNull()).isTrue();

        Distribution.Result strict = dist.run(work, "run", "--store", "examples.db", "-o", "strict", "--strict", examples);
        assertThat(strict.exitCode()).as(strict.toString()).isEqualTo(1);
        JsonNode strictJson = json.readTree(work.resolve("strict/run.json").toFile());
        assertThat(strictJson.get("status").asText()).isEqualTo("failed");
        assertThat(strictJson.get("failure").asText()).isEqualTo("1 problem met and --strict was given");
    }

    /** Review s9, 5: a run that --strict failed for an input's skipped record said the input was applied, and no more. */
    @Test
    void aStrictRunFailedByAnInputsProblemsSaysTheNextRunAppliesItAgain() throws Exception {
        Files.writeString(work.resolve("export.nbib"), String.join("\n",
                "PMID- 111", "TI  - Serum IL-6 was increased in patients with fibromyalgia.", "AB  - Serum IL-6 levels were higher.", "",
                "XX  - a record with no PMID and no title", "",
                "PMID- 222", "TI  - A second study.", "AB  - Plasma TNF-alpha was not different between groups.", ""));

        Distribution.Result strict = dist.run(work, "run", "--store", "strict.db", "-o", "strict", "--strict", "export.nbib");
        assertThat(strict.exitCode()).as(strict.toString()).isEqualTo(1);
        assertThat(strict.stdout()).contains("Store strict.db: 1 input applied (1 of them to be applied again: problems failed the run); 2 added");

        Distribution.Result again = dist.run(work, "run", "--store", "strict.db", "-o", "again", "export.nbib");
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.stdout()).as("applied again, not skipped").contains("Store strict.db: 1 input applied; 0 added, 0 revised, 0 re-extracted, 2 unchanged");
    }

    /**
     * An explorer's s21, D11: a --strict run failed on the warning that a MEDLINE copy was merged by its title into a RIS
     * record; run again, it applied the MEDLINE export alone, the title no longer merged it, the run passed, and the store held
     * one study twice. The input the copy came from is applied again with the one it was merged into, so the retry merges it
     * again and fails again while the problem lasts, as docs/scale.md says; without --strict the store holds it once.
     */
    @Test
    void aStrictRunFailedOnAMergeAppliesBothInputsAgainSoTheRetryNeitherPassesNorCountsTheStudyTwice() throws Exception {
        Files.writeString(work.resolve("library.ris"), String.join("\n", "TY  - JOUR", "TI  - Interleukin-10 and sleep quality in fibromyalgia",
                "AU  - Lindgren, Eva", "PY  - 2019", "T2  - Pain and Immunity", "AB  - Serum IL-10 was decreased in patients with poor sleep.",
                "ER  - ", ""));
        Files.writeString(work.resolve("medline.nbib"), String.join("\n", "PMID- 96300003", "TI  - Interleukin-10 and sleep quality in"
                + " fibromyalgia.", "AB  - Serum IL-10 was decreased in patients with poor sleep.", "AU  - Lindgren E", "DP  - 2019",
                "TA  - Pain Immun", ""));

        Distribution.Result strict = dist.run(work, "run", "--store", "merge.db", "-o", "strict", "--strict", "--no-progress", "library.ris",
                "medline.nbib");
        assertThat(strict.exitCode()).as(strict.toString()).isEqualTo(1);
        assertThat(strict.stdout()).contains("Store merge.db: 2 inputs applied (2 of them to be applied again: problems failed the run); 1 added");

        Distribution.Result again = dist.run(work, "run", "--store", "merge.db", "-o", "again", "--strict", "--no-progress", "library.ris",
                "medline.nbib");
        assertThat(again.exitCode()).as(again.toString()).isEqualTo(1);
        assertThat(again.stdout()).contains("Store merge.db: 2 inputs applied (2 of them to be applied again: problems failed the run)")
                .contains("The store holds 1 record and 1 finding;");

        Distribution.Result lenient = dist.run(work, "run", "--store", "merge.db", "-o", "lenient", "--no-progress", "library.ris", "medline.nbib");
        assertThat(lenient.exitCode()).as(lenient.toString()).isZero();
        assertThat(lenient.stdout()).contains("The store holds 1 record and 1 finding;");
    }

    /**
     * A reviewer of that change: a copy merged into a record the store held from an earlier run named that run's input among
     * its origins, and the failed run counted it as one of its own to apply again ("1 input applied (2 of them to be applied
     * again ...)").
     */
    @Test
    void aStrictRunFailedBesideACopyOfAStoredRecordCountsOnlyItsOwnInputsAppliedAgain() throws Exception {
        Files.writeString(work.resolve("medline.nbib"), String.join("\n", "PMID- 96300003", "TI  - Interleukin-10 and sleep quality in"
                + " fibromyalgia.", "AB  - Serum IL-10 was decreased in patients with poor sleep.", "AID - 10.9999/living.a [doi]", ""));
        assertThat(dist.run(work, "run", "--store", "living.db", "-o", "first", "--no-progress", "medline.nbib").exitCode()).isZero();
        // the RIS copy, known by its DOI alone, is merged into the record the store holds by its PMID; its second record is bad
        Files.writeString(work.resolve("library.ris"), String.join("\n", "TY  - JOUR", "TI  - Interleukin-10 and sleep quality in fibromyalgia",
                "DO  - 10.9999/living.a", "AU  - Lindgren, Eva", "PY  - 2019", "AB  - Serum IL-10 was decreased in patients with poor sleep.",
                "ER  - ", "", "TY  - JOUR", "AU  - Nobody, N", "ER  - ", ""));

        Distribution.Result strict = dist.run(work, "run", "--store", "living.db", "-o", "update", "--strict", "--no-progress", "library.ris");

        assertThat(strict.exitCode()).as(strict.toString()).isEqualTo(1);
        assertThat(strict.stdout()).contains("Store living.db: 1 input applied (1 of them to be applied again: problems failed the run)");
    }

    /**
     * Review s8: a PubMed XML cut inside its one record failed a store run alone, yet passed, and then counted as applied,
     * when the command also named a file applied before. Review s9 (5, 6): the failed run still said it was applied, and
     * beside another new input it passed and was never read again. Such an input is not applied, whatever else the run
     * names: the run fails when nothing else was read, and at each run it is read again until it is mended.
     */
    @Test
    void aNewInputWhoseEveryRecordIsSkippedIsNotAppliedWhateverElseTheRunNamesAndIsReadAgainUntilMended() throws Exception {
        List<String> examples = Files.list(dist.home().resolve("examples")).filter(p -> p.toString().endsWith(".txt")).sorted()
                .map(Path::toString).toList();
        Files.writeString(work.resolve("cut.xml"), "<?xml version=\"1.0\"?>\n<PubmedArticleSet><PubmedArticle><MedlineCitation>"
                + "<PMID>123</PMID><Article><ArticleTitle>Cut");
        assertThat(dist.run(work, "run", "--store", "cut.db", "-o", "first", examples.get(0)).exitCode()).isZero();

        for (String attempt : List.of("second", "third")) {
            Distribution.Result cut = dist.run(work, "run", "--store", "cut.db", "-o", attempt, examples.get(0), "cut.xml");
            assertThat(cut.exitCode()).as(cut.toString()).isEqualTo(1);
            assertThat(cut.stdout()).as(attempt).contains("Store cut.db: 0 inputs applied (1 not applied, to be read again: every record"
                    + " read was skipped; 1 skipped: applied before)");
            assertThat(cut.stderr()).contains("evidentia: the run failed: no record could be kept: the one record read was skipped");
            JsonNode runJson = json.readTree(work.resolve(attempt + "/run.json").toFile());
            assertThat(runJson.get("status").asText()).isEqualTo("failed");
            assertThat(runJson.at("/store/files_applied").asInt()).isZero();
            assertThat(runJson.at("/store/files_unkept").asInt()).isEqualTo(1);
            assertThat(runJson.at("/store/files/0/path").asText()).isEqualTo("cut.xml");
            assertThat(runJson.at("/store/files/0/status").asText()).isEqualTo("unkept");
        }

        // beside a new input that gives records, the run passes with the problem, and the cut input is still not applied
        Distribution.Result beside = dist.run(work, "run", "--store", "cut.db", "-o", "beside", examples.get(1), "cut.xml");
        assertThat(beside.exitCode()).as(beside.toString()).isZero();
        assertThat(beside.stdout()).contains("Store cut.db: 1 input applied (1 not applied, to be read again: every record read was skipped);");
        assertThat(beside.stderr()).contains("cut.xml");
        Distribution.Result after = dist.run(work, "run", "--store", "cut.db", "-o", "after", examples.get(1), "cut.xml");
        assertThat(after.exitCode()).as("read again, and nothing else was read: " + after).isEqualTo(1);
        assertThat(after.stdout()).contains("(1 not applied, to be read again: every record read was skipped; 1 skipped: applied before)");
        assertThat(sql("cut.db", "SELECT count(*) FROM files WHERE path = 'cut.xml' AND status = 'unkept'")).isEqualTo(4);
        assertThat(sql("cut.db", "SELECT count(*) FROM files WHERE path = 'cut.xml' AND status <> 'unkept'")).isZero();

        Files.writeString(work.resolve("cut.xml"), "<?xml version=\"1.0\"?>\n<PubmedArticleSet><PubmedArticle><MedlineCitation>"
                + "<PMID>123</PMID><Article><ArticleTitle>Whole now</ArticleTitle></Article></MedlineCitation></PubmedArticle>"
                + "</PubmedArticleSet>\n");
        Distribution.Result mended = dist.run(work, "run", "--store", "cut.db", "-o", "mended", examples.get(0), "cut.xml");
        assertThat(mended.exitCode()).as(mended.toString()).isZero();
        assertThat(mended.stdout()).contains("Store cut.db: 1 input applied (1 skipped: applied before); 1 added");
    }

    @Test
    void aStrictRunUnderAnotherConfigurationThanTheStoresIsRefusedBeforeItAppliesAnything() throws Exception {
        String examples = dist.home().resolve("examples").toString();
        Distribution.Result first = dist.run(work, "run", "--store", "config.db", "-o", "first", examples);
        assertThat(first.exitCode()).as(first.toString()).isZero();

        Distribution.Result strict = dist.run(work, "run", "--store", "config.db", "-o", "strict", "-x", "cytokines", "--force", "--strict",
                examples);
        assertThat(strict.exitCode()).as(strict.toString()).isEqualTo(2);
        assertThat(strict.stderr()).contains("--strict refuses to apply inputs under another configuration than the store's: this run's"
                + " extractors differ from those of the store's run 1", "Nothing was applied: without --strict the run applies its inputs");
        assertThat(work.resolve("strict")).doesNotExist();

        Distribution.Result lenient = dist.run(work, "run", "--store", "config.db", "-o", "lenient", "-x", "cytokines", "--force", examples);
        assertThat(lenient.exitCode()).as(lenient.toString()).isZero();
        assertThat(lenient.stderr()).contains("warning: this run's extractors differ from those of the store's run 1");
    }

    /**
     * Review 30 M1, review 31 M1 and review 30 L6, through a copy of the distribution: a store run's run.json names the
     * exclusion list, the lexicon an option names, each plugin's zip and the text-mining jar by the SHA-256 sha256sum gives
     * them; the store's report gives the list's and the lexicon's as the store kept them, its reporters' plugin files and
     * no text-mining jar (it extracts nothing), and its About and methods name the list and the lexicon with theirs; its
     * workbook's sheets declare the ranges they fill. Then the cytokine plugin's zip is rebuilt under its version (an
     * entry added) and the lexicon edited in place: a --strict run of a new input is refused, naming both with both
     * checksums, and a run without --strict applies it and says so.
     */
    @Test
    void theFilesThatShapeAStoresFindingsAreNamedByTheirChecksumsAndARebuiltPluginOrAnEditedLexiconIsAConfigurationChange()
            throws Exception {
        Distribution copy = dist.copyTo(work.resolve("dist"));
        Path lexicon = Files.writeString(work.resolve("lex.tsv"), "key\tlabel\tspellings\nIL6\tIL-6\tIL-6 | interleukin-6\n");
        Path list = Files.writeString(work.resolve("exclusions.csv"), "id,reason\n" + withFindings.get(0) + ",off-topic\n");
        Path zip = copy.home().resolve("plugins/evidentia-cytokine-extractor-0.1.0.zip");
        String zipBuilt = sha256(zip);
        Distribution.Result first = copy.run(work, "run", "--store", "fp.db", "-o", "first", "-x", "cytokines", "--option",
                "cytokines.lexicon=lex.tsv", "--exclude", "exclusions.csv", "--run-date", RUN_DATE, baseline.toString());
        assertThat(first.exitCode()).as(first.toString()).isZero();
        JsonNode run = json.readTree(work.resolve("first/run.json").toFile());
        assertThat(run.at("/option_files/0/extension").asText() + "." + run.at("/option_files/0/option").asText() + " "
                + run.at("/option_files/0/path").asText() + " " + run.at("/option_files/0/sha256").asText())
                .isEqualTo("cytokines.lexicon lex.tsv " + sha256(lexicon));
        assertThat(run.at("/store/exclusions/kept/list").asText() + " " + run.at("/store/exclusions/kept/sha256").asText())
                .isEqualTo("exclusions.csv " + sha256(list));
        assertThat(plugin(run, "cytokine-extractor")).isEqualTo("evidentia-cytokine-extractor-0.1.0.zip " + zipBuilt);
        assertThat(run.at("/text_mining/artifact").asText() + " " + run.at("/text_mining/sha256").asText())
                .isEqualTo("evidentia-textmining-0.1.0.jar " + sha256(copy.home().resolve("lib/evidentia-textmining-0.1.0.jar")));

        Distribution.Result report = copy.run(work, "report", "--store", "fp.db", "-o", "report", "--run-date", RUN_DATE,
                "-r", "review-table", "-r", "html-summary", "--option", "review-table.formats=csv", "--option", "review-table.formats=xlsx");
        assertThat(report.exitCode()).as(report.toString()).isZero();
        JsonNode reported = json.readTree(work.resolve("report/run.json").toFile());
        assertThat(reported.at("/exclusions/list").asText() + " " + reported.at("/exclusions/sha256").asText())
                .isEqualTo("exclusions.csv " + sha256(list));
        assertThat(reported.at("/option_files/0/path").asText() + " " + reported.at("/option_files/0/sha256").asText())
                .isEqualTo("lex.tsv " + sha256(lexicon));
        assertThat(plugin(reported, "cytokine-extractor")).as("the store's extractor: not loaded by a report").isEqualTo("null null");
        assertThat(plugin(reported, "table-reporter")).isEqualTo("evidentia-table-reporter-0.1.0.zip "
                + sha256(copy.home().resolve("plugins/evidentia-table-reporter-0.1.0.zip")));
        assertThat(reported.get("text_mining").isNull()).isTrue();
        assertThat(Files.readString(work.resolve("report/review-tables-about.md")))
                .contains("- **Option file:** cytokines.lexicon: lex.tsv (SHA-256 " + sha256(lexicon) + ")",
                        "the exclusion list exclusions.csv (SHA-256 " + sha256(list) + ") excluded 1 of the records read");
        org.jsoup.nodes.Element otherFiles = org.jsoup.Jsoup.parse(work.resolve("report/report.html").toFile(), "UTF-8")
                .getElementById("other-files-caption").parent();
        assertThat(otherFiles.select("tbody tr").eachText()).containsExactly("exclusions.csv exclusion list " + sha256(list),
                "lex.tsv option cytokines.lexicon " + sha256(lexicon));
        // review 30, L6: each sheet declares the range it fills, so that openpyxl's read-only mode reads every row
        long findings = reported.at("/counts/findings").asLong();
        long kept = reported.at("/counts/records_kept").asLong();
        try (java.util.zip.ZipFile workbook = new java.util.zip.ZipFile(work.resolve("report/review-tables.xlsx").toFile())) {
            Map<String, String> dimensions = new LinkedHashMap<>();
            for (int sheet = 1; sheet <= 4; sheet++) {
                String xml = new String(workbook.getInputStream(workbook.getEntry("xl/worksheets/sheet" + sheet + ".xml")).readAllBytes(),
                        StandardCharsets.UTF_8);
                Matcher dimension = Pattern.compile("<dimension ref=\"([^\"]+)\"/>").matcher(xml);
                assertThat(dimension.find()).isTrue();
                dimensions.put("sheet" + sheet, dimension.group(1));
            }
            assertThat(dimensions.get("sheet2")).as("Findings").endsWith(String.valueOf(findings + 1)).startsWith("A1:");
            assertThat(dimensions.get("sheet3")).as("Studies").isEqualTo("A1:O" + (kept + 1));
            assertThat(dimensions.values()).doesNotContain("A1");
        }

        // the extractor's plugin rebuilt under its version, and the lexicon edited in place
        try (java.nio.file.FileSystem zipped = java.nio.file.FileSystems.newFileSystem(zip)) {
            Files.writeString(zipped.getPath("classes/org/evidentia/plugins/cytokine/lexicon/rebuilt.txt"), "a rule changed\n");
        }
        String zipRebuilt = sha256(zip);
        assertThat(zipRebuilt).isNotEqualTo(zipBuilt);
        Files.writeString(lexicon, "key\tlabel\tspellings\nIL6\tIL-6\tIL-6 | interleukin-6\nIL10\tIL-10\tIL-10\n");
        Path update = xml("pubmed21n1200.xml", List.of(newAbstract(renumbered(articles.get(withoutFindings.get(0)), "99000010"))), List.of());
        String[] again = {"run", "--store", "fp.db", "-x", "cytokines", "--option", "cytokines.lexicon=lex.tsv", "--run-date", RUN_DATE,
                update.toString()};
        Distribution.Result strict = copy.run(work, concat(again, "--strict", "-o", "strict"));
        assertThat(strict.exitCode()).as(strict.toString()).isEqualTo(2);
        assertThat(strict.stderr().replace("\n", " ")).contains("--strict refuses to apply inputs under another configuration than the store's",
                "cytokines.lexicon names lex.tsv as before, but the file has changed (SHA-256 " + sha256Short(run.at("/option_files/0/sha256").asText())
                        + ", is " + sha256Short(sha256(lexicon)) + ")",
                "this run's rules may differ from those of the store's run 1 (the last that applied inputs), though the versions are the same:"
                        + " plugin cytokine-extractor 0.1.0 (extractor cytokines) was built anew: its file evidentia-cytokine-extractor-0.1.0.zip"
                        + " was SHA-256 " + sha256Short(zipBuilt) + ", is " + sha256Short(zipRebuilt),
                "records this run adds, revises or re-extracts may follow other rules than the others");
        Distribution.Result lenient = copy.run(work, concat(again, "-o", "lenient"));
        assertThat(lenient.exitCode()).as(lenient.toString()).isZero();
        assertThat(lenient.stderr()).contains("warning: this run's rules may differ from those of the store's run 1");
        assertThat(json.readTree(work.resolve("lenient/run.json").toFile()).at("/store/configuration_changes")).hasSize(2);
    }

    /** {@code "artifact sha256"} of a plugin in run.json's plugins ({@code "null null"} when not known). */
    private static String plugin(JsonNode run, String id) {
        for (JsonNode plugin : run.get("plugins")) {
            if (plugin.get("id").asText().equals(id)) {
                return plugin.get("artifact").asText() + " " + plugin.get("sha256").asText();
            }
        }
        throw new AssertionError("no plugin " + id + " in " + run.get("plugins"));
    }

    private static String sha256(Path file) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static String sha256Short(String sha256) {
        return sha256.substring(0, 12);
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    /**
     * The time left is told on a progress line only once 5 seconds are done (and 5% of the bytes:
     * BulkProgressTest), each line's seconds being its records read over its records/s. How many
     * lines come after 5 s depends on the machine's speed and on where the killed run stopped, so the
     * lines near the threshold are not judged.
     */
    private static void timeLeftOnlyAfterFiveSeconds(String stderr) {
        Pattern line = Pattern.compile("^progress: .*?: ([\\d,]+) records read(?:, .*?)?, ([\\d,]+) records/s(.*)$", Pattern.MULTILINE);
        Matcher m = line.matcher(stderr);
        int judged = 0;
        while (m.find()) {
            double seconds = Double.parseDouble(m.group(1).replace(",", "")) / Double.parseDouble(m.group(2).replace(",", ""));
            if (seconds >= 5.5) {
                assertThat(m.group(3)).as(m.group()).matches(", about .* left");
                judged++;
            } else if (seconds <= 4.5) {
                assertThat(m.group(3)).as(m.group()).isEmpty();
                judged++;
            }
        }
        assertThat(judged).as(stderr).isPositive();
    }

    @Test
    void aRunKilledMidWayResumesWhereItStoppedAndLosesAndDuplicatesNothing() throws Exception {
        // Twelve files of 2,000 records each, the baseline's real records under new PMIDs.
        Path corpus = Files.createDirectories(work.resolve("corpus"));
        List<String> records = new ArrayList<>(articles.values());
        int pmid = 97000000;
        for (int file = 0; file < 12; file++) {
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(corpus.resolve(String.format("pubmed26n%04d.xml.gz", file))))) {
                out.write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<PubmedArticleSet>\n".getBytes(StandardCharsets.UTF_8));
                for (int i = 0; i < 2000; i++) {
                    out.write((renumbered(records.get((file * 2000 + i) % records.size()), String.valueOf(pmid++)) + "\n").getBytes(StandardCharsets.UTF_8));
                }
                out.write("</PubmedArticleSet>\n".getBytes(StandardCharsets.UTF_8));
            }
        }
        Path log = work.resolve("killed.log");
        Process run = dist.start(work, log, "run", "--store", "killed.db", "-o", "killed-out", "--threads", "2", corpus.toString());
        long applied = 0;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (run.isAlive() && System.nanoTime() < deadline) {
            if (Files.exists(work.resolve("killed.db"))) {
                try {
                    applied = sql("killed.db", "SELECT count(*) FROM files WHERE status = 'applied'");
                } catch (java.sql.SQLException busy) {
                    applied = 0; // the store is being created
                }
                if (applied >= 2) {
                    break;
                }
            }
            Thread.sleep(20);
        }
        assertThat(run.isAlive()).as("the run was still going after %d inputs: %s", applied, Files.readString(log)).isTrue();
        // Paused (SIGSTOP), so that it is surely still running while a report reads the store (review 24 H1: a report made
        // during the night's run said nothing of it, and passed --strict). The launcher may run Java as its child: both.
        List<ProcessHandle> processes = new ArrayList<>(run.descendants().toList());
        processes.add(run.toHandle());
        signal("STOP", processes);
        try {
            Distribution.Result during = dist.run(work, "report", "--store", "killed.db", "-o", "during", "--strict", "-r", "findings-jsonl");
            assertThat(during.exitCode()).as(during.toString()).isEqualTo(1);
            assertThat(during.stderr()).contains("evidentia: the report failed: the store's last run (run 1) is still running and --strict was given");
            assertThat(json.readTree(work.resolve("during/run.json").toFile()).get("notices").get(0).asText())
                    .startsWith("The store's last run did not end complete: run 1 (evidentia run, started ")
                    .containsPattern("\\) is still running and has applied \\d+ inputs\\.")
                    .contains("Wait for it to end and report again.");
        } finally {
            processes.forEach(ProcessHandle::destroyForcibly); // kill -9, stopped or not
        }
        run.waitFor();
        Distribution.Result afterKill = dist.run(work, "report", "--store", "killed.db", "-o", "after-kill", "--strict", "-r", "findings-jsonl");
        assertThat(afterKill.exitCode()).as(afterKill.toString()).isEqualTo(1);
        assertThat(afterKill.stderr()).contains("evidentia: the report failed: the store's last run (run 1) did not finish (it was killed before"
                + " it could record its end) and --strict was given");
        assertThat(json.readTree(work.resolve("after-kill/run.json").toFile()).get("notices").get(0).asText())
                .contains("Run the same command again (without --force): it skips the inputs applied and goes on from there; then report again.");
        long keptBeforeResume = sql("killed.db", "SELECT count(*) FROM records");
        assertThat(keptBeforeResume).isEqualTo(2000 * sql("killed.db", "SELECT count(*) FROM files WHERE status = 'applied'")).isLessThan(24000);
        reconciled("killed.db");

        Distribution.Result resumed = dist.run(work, "run", "--store", "killed.db", "-o", "killed-out", corpus.toString());
        assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
        assertThat(resumed.stdout()).containsPattern("\\(\\d+ skipped: applied before\\)");
        assertThat(resumed.stderr()).contains("records/s");
        timeLeftOnlyAfterFiveSeconds(resumed.stderr());
        assertThat(sql("killed.db", "SELECT count(*) FROM records")).isEqualTo(24000);
        assertThat(sql("killed.db", "SELECT count(*) FROM runs WHERE status = 'interrupted'")).isEqualTo(1);
        reconciled("killed.db");

        Distribution.Result afterResume = dist.run(work, "report", "--store", "killed.db", "-o", "after-resume", "--strict", "-r", "findings-jsonl");
        assertThat(afterResume.exitCode()).as(afterResume.toString()).isZero();
        assertThat(afterResume.stderr()).doesNotContain("last run");

        runIntoStore("whole.db", corpus.toString());
        sameReports(report("killed.db", "killed-report"), report("whole.db", "whole-report"));
    }

    /** Sends {@code signal} (STOP, CONT, ...) to each of {@code processes}, as {@code kill -SIGNAL} does. */
    private static void signal(String signal, List<ProcessHandle> processes) throws Exception {
        List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
        processes.forEach(p -> command.add(String.valueOf(p.pid())));
        Process kill = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(kill.waitFor(30, TimeUnit.SECONDS) && kill.exitValue() == 0).as("kill -%s %s", signal, command).isTrue();
    }

    @Test
    void aFileCutShortThenAppliedWholeFromAnotherFolderIsCountedOnceSoReportStrictPassesAgain() throws Exception {
        String whole = Files.readString(xml("whole.xml", articles.values().stream().limit(3).toList(), List.of()));
        Path updates = Files.createDirectories(work.resolve("updates"));
        Path file = updates.resolve("pubmed21n1102.xml");
        Files.writeString(file, whole.substring(0, whole.lastIndexOf("</PubmedArticle>") - 40)); // cut inside its last record
        runIntoStore("review.db", file.toString());
        assertThat(sql("review.db", "SELECT skipped FROM files")).as("its last record skipped").isEqualTo(1);

        // the download completed, and applied by a job started in the updates folder: the same file under another path
        Files.writeString(file, whole);
        Distribution.Result fromThere = dist.run(updates, "run", "--store", "../review.db", "-o", "../applied-there", "--run-date", RUN_DATE,
                "pubmed21n1102.xml");
        assertThat(fromThere.exitCode()).as(fromThere.toString()).isZero();
        assertThat(sql("review.db", "SELECT count(DISTINCT path) FROM files")).as("shown as given").isEqualTo(2);
        assertThat(sql("review.db", "SELECT count(DISTINCT real_path) FROM files")).as("known as one file").isEqualTo(1);

        Distribution.Result strict = dist.run(work, "report", "--store", "review.db", "-o", "strict-report", "--run-date", RUN_DATE,
                "-r", "findings-jsonl", "--strict");
        assertThat(strict.exitCode()).as(strict.toString()).isZero();
        JsonNode reported = json.readTree(work.resolve("strict-report/run.json").toFile());
        assertThat(reported.get("inputs")).as("the file counted once, by its last application").hasSize(1);
        assertThat(reported.get("counts").get("records_read").asLong()).isEqualTo(3);
        assertThat(reported.get("problems")).isEmpty();
    }

    /** Review 12, L7: a .gz cut short was counted "1 input applied", though the store's status of it is 'partial', not 'applied'. */
    @Test
    void aGzipCutShortIsAppliedAsPartialAndCountedAlikeOnTheConsoleInRunJsonAndInTheStore() throws Exception {
        byte[] whole = Files.readAllBytes(xml("whole.xml", articles.values().stream().limit(3).toList(), List.of()));
        java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(gz)) {
            out.write(whole);
        }
        Path cut = Files.write(work.resolve("pubmed21n1103.xml.gz"), java.util.Arrays.copyOf(gz.toByteArray(), gz.size() * 2 / 3));

        Distribution.Result run = dist.run(work, "run", "--store", "review.db", "-o", "applied", "--run-date", RUN_DATE, cut.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(sql("review.db", "SELECT count(*) FROM files WHERE status = 'partial'")).isEqualTo(1);
        assertThat(run.stdout()).as(run.toString()).contains("Store review.db: 1 input applied (1 of them partial: read part-way); ");
        // the same count as run.json's and the store's runs table (review 14, H1)
        assertThat(new ObjectMapper().readTree(work.resolve("applied/run.json").toFile()).at("/store/files_applied").asInt()).isEqualTo(1);
        assertThat(sql("review.db", "SELECT files_applied FROM runs")).isEqualTo(1);
    }

    /**
     * A .gz damaged part-way (a bad block, not a cut) stopped the XML source, which said so as a skipped record "not
     * well-formed" and a warning that it could not resume; the run counted the lost rest nowhere and reported no input
     * error. It is now one input error that says the gzip data is damaged, and the file is partial in the store.
     */
    @Test
    void aGzipDamagedPartWayIsOneInputErrorSayingSoAndIsAppliedAsPartial() throws Exception {
        byte[] whole = Files.readAllBytes(xml("whole.xml", List.copyOf(articles.values()), List.of()));
        java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(gz)) {
            out.write(whole);
        }
        byte[] damaged = gz.toByteArray();
        java.util.Arrays.fill(damaged, damaged.length / 2, damaged.length / 2 + 64, (byte) 0xFF);
        Path file = Files.write(work.resolve("pubmed21n1104.xml.gz"), damaged);

        Distribution.Result run = dist.run(work, "run", "--store", "review.db", "-o", "applied", "--run-date", RUN_DATE, file.getFileName().toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(sql("review.db", "SELECT count(*) FROM files WHERE status = 'partial'")).isEqualTo(1);
        assertThat(run.stdout()).as(run.toString()).contains("Store review.db: 1 input applied (1 of them partial: read part-way); ");
        JsonNode runJson = json.readTree(work.resolve("applied/run.json").toFile());
        List<String> problems = new ArrayList<>();
        runJson.get("problems").forEach(p -> problems.add(p.get("kind").asText() + " " + p.get("file").asText() + ": " + p.get("message").asText()));
        assertThat(problems).as(runJson.toString()).filteredOn(p -> p.contains("damaged")).singleElement().asString()
                .matches("input-error pubmed21n1104\\.xml\\.gz: (reading stopped after [0-9]+ records: the gzip data is damaged \\(.+\\)"
                        + ", so nothing after the damage can be read|the gzip data is damaged \\(Corrupt GZIP trailer\\): its checksum does not"
                        + " match what was inflated(: from here on the text is not what was written: .+ not counted as records?.*, and|, so)"
                        + " the [0-9]+ records read may hold damaged text): download or export it again");
        assertThat(runJson.at("/inputs/0/records").asLong()).as("what came before the damage").isBetween(1L, 318L);
        assertThat(runJson.at("/inputs/0/skipped").asLong()).as("the record it stopped inside, or the broken parts after the damage, are not counted").isZero();
        assertThat(run.stderr()).contains("input-error: pubmed21n1104.xml.gz:");
    }

    @Test
    void theBaselineForcedAgainToReExtractKeepsARetractionALaterUpdateMadeUnderTheSameVersion() throws Exception {
        String pmid = withFindings.get(0);
        String article = articles.get(pmid);
        assertThat(article).contains("</PublicationTypeList>");
        String retracted = article.replace("</PublicationTypeList>",
                "<PublicationType UI=\"D016441\">Retracted Publication</PublicationType></PublicationTypeList>");
        runIntoStore("review.db", baseline.toString());
        Path update = xml("pubmed26n1251.xml", List.of(retracted), List.of());
        assertThat(runIntoStore("review.db", update.toString()).get("records_revised").asLong()).isEqualTo(1);
        assertThat(sql("review.db", "SELECT retracted FROM records WHERE record_id = '" + pmid + "'")).isEqualTo(1);

        // after a plugin upgrade: the documented re-extraction
        Distribution.Result forced = dist.run(work, "run", "--store", "review.db", "-o", "forced", "--run-date", RUN_DATE, "--force",
                baseline.toString());
        assertThat(forced.exitCode()).as(forced.toString()).isZero();
        assertThat(sql("review.db", "SELECT retracted FROM records WHERE record_id = '" + pmid + "'")).as("still retracted").isEqualTo(1);
        assertThat(forced.stdout()).contains("note: 1 record kept the text that a later input wrote for its version", "(a retraction stays)",
                ": " + pmid + " (retracted). To re-extract it, apply again with --force the input that wrote it: pubmed26n1251.xml");
        JsonNode store = json.readTree(work.resolve("forced/run.json").toFile()).get("store");
        assertThat(store.get("records_superseded").asLong()).isEqualTo(1);
        assertThat(store.get("records_unchanged").asLong() + store.get("records_reextracted").asLong()).isEqualTo(318);
        assertThat(store.get("later_texts_kept")).hasSize(1);
        assertThat(store.get("later_texts_kept").get(0).get("record_id").asText()).isEqualTo(pmid);
        assertThat(store.get("later_texts_kept").get(0).get("retracted").asBoolean()).isTrue();
        reconciled("review.db");
    }

    @Test
    void storeCommandsSayWhatIsWrongWithTheirArguments() throws Exception {
        Files.writeString(work.resolve("notes.db"), "not a database");
        Distribution.Result notAStore = dist.run(work, "report", "--store", "notes.db", "-o", "out");
        assertThat(notAStore.exitCode()).as(notAStore.toString()).isEqualTo(2);
        assertThat(notAStore.stderr()).contains("notes.db");

        Distribution.Result missing = dist.run(work, "report", "--store", "absent.db", "-o", "out");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.stderr()).contains("no findings store absent.db", "evidentia run --store absent.db");

        Files.createDirectories(work.resolve("not-a-job"));
        Distribution.Result notAJob = dist.run(work, "import", "--store", "review.db", "not-a-job");
        assertThat(notAJob.exitCode()).isEqualTo(2);
        assertThat(notAJob.stderr()).contains("not-a-job is not the output of an evidentia-spark job");
        assertThat(work.resolve("review.db")).as("a refused import leaves no store").doesNotExist();

        Distribution.Result withReporters = dist.run(work, "run", "--store", "review.db", "-r", "findings-jsonl", baseline.toString());
        assertThat(withReporters.exitCode()).isEqualTo(2);
        assertThat(withReporters.stderr()).contains("give -r to `evidentia report --store review.db");

        Distribution.Result reporterOptions = dist.run(work, "run", "--store", "review.db", "--option", "review-table.formats=markdown",
                baseline.toString());
        assertThat(reporterOptions.exitCode()).isEqualTo(2);
        assertThat(reporterOptions.stderr()).contains("options are given for the reporter 'review-table', but a run with --store makes no"
                + " reports: give them to `evidentia report --store review.db -o DIR`");
        assertThat(work.resolve("review.db")).as("a refused run leaves no store").doesNotExist();

        Distribution.Result unknownExtractor = dist.run(work, "run", "--store", "new.db", "-x", "cytokine", baseline.toString());
        assertThat(unknownExtractor.exitCode()).as(unknownExtractor.toString()).isEqualTo(2);
        assertThat(work.resolve("new.db")).as("a refused run leaves no store").doesNotExist();
        assertThat(work.resolve(".new.db.lock")).as("nor the lock it took to judge the store").doesNotExist();

        Distribution.Result forceAlone = dist.run(work, "run", "--force", baseline.toString());
        assertThat(forceAlone.exitCode()).isEqualTo(2);
        assertThat(forceAlone.stderr()).contains("--force applies inputs to a store again");
    }
}
