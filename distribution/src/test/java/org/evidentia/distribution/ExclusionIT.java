package org.evidentia.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.evidentia.testkit.PluginTestKit;
import org.evidentia.testkit.ReplayServer;
import org.evidentia.testkit.ReplayServer.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exclusion list through the built distribution (review 24, M6): records screened out with reasons are read and
 * counted but leave the findings, the tables and the report, in a plain run and from a findings store, whose list
 * replaces the store's, is kept without the file and gives a record back when it leaves the list; and a search export
 * downloaded again without records the store got from it is told. The records are written here (invented PMIDs
 * 96600001 and up, DOIs 10.9999/excl.*), each with a cytokine change the bundled extractor finds.
 */
class ExclusionIT {

    private static final String RUN_DATE = "2026-01-31";

    @TempDir
    Path work;

    private final Distribution dist = Distribution.built();
    private final ObjectMapper json = new ObjectMapper();

    /** A MEDLINE record with a finding: serum IL-6 raised in patients with {@code condition}. */
    private static String record(int n, String condition) {
        return "PMID- 966" + String.format("%05d", n) + "\nOWN - NLM\nSTAT- MEDLINE\nDP  - 2021 Mar\n"
                + "TI  - Serum interleukin-6 in " + condition + ": a case-control study " + n + ".\n"
                + "LID - 10.9999/excl." + n + " [doi]\n"
                + "AB  - Serum IL-6 was increased in patients with " + condition + " compared with healthy controls.\n"
                + "FAU - Author" + (char) ('a' + n) + ", Anna\nAU  - Author" + (char) ('a' + n) + " A\nLA  - eng\nPT  - Journal Article\n"
                + "TA  - J Excl Test\nAID - 10.9999/excl." + n + " [doi]\n\n";
    }

    private static final String[] CONDITIONS = {"fibromyalgia", "psoriasis", "asthma", "gout", "lupus", "sarcoidosis"};

    private Path export(String name, int... numbers) throws IOException {
        StringBuilder text = new StringBuilder();
        for (int n : numbers) {
            text.append(record(n, CONDITIONS[n - 1]));
        }
        Path file = work.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private Path list(String name, String... lines) throws IOException {
        return Files.writeString(work.resolve(name), String.join("\n", lines) + "\n");
    }

    private List<String> pmidsWithFindings(Path findings) throws IOException {
        List<String> pmids = new ArrayList<>();
        for (String line : Files.readAllLines(findings)) {
            String pmid = json.readTree(line).get("pmid").asText();
            if (!pmids.contains(pmid)) {
                pmids.add(pmid);
            }
        }
        return pmids;
    }

    @Test
    void aPlainRunLeavesTheListedRecordsOutWithTheirReasonsInEveryOutputWhateverTheOrderOfTheList() throws Exception {
        export("export.nbib", 1, 2, 3, 4, 5, 6);
        // by PMID as PubMed shows it, by the DOI of another record, and an id no record has
        Path listFile = list("exclusions.csv", "id,reason", "PMID: 96600002,off-topic", "doi:10.9999/EXCL.3,animal study", "96600999,off-topic");
        String listSha256 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(listFile)));
        Distribution.Result run = dist.run(work, "run", "export.nbib", "--exclude", "exclusions.csv", "-o", "plain", "--run-date", RUN_DATE,
                "--option", "review-table.formats=csv");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.stdout()).contains("Read 6 records from 1 input: 4 kept, 0 duplicates merged, 0 skipped, 2 excluded.")
                .contains("Excluded 2 records by the exclusion list exclusions.csv: animal study: 1; off-topic: 1.");
        assertThat(run.stderr()).contains("exclusions.csv: 1 id of this exclusion list matches no record of this run: 96600999");

        assertThat(pmidsWithFindings(work.resolve("plain/findings.jsonl"))).containsExactly("96600001", "96600004", "96600005", "96600006");
        assertThat(Files.readString(work.resolve("plain/studies.csv"))).doesNotContain("96600002").doesNotContain("96600003")
                .contains("96600004");
        assertThat(Files.readString(work.resolve("plain/review-tables-about.md")))
                .contains("6 records read, 2 excluded (Exclusions), 4 kept")
                .contains("the exclusion list exclusions.csv (SHA-256 " + listSha256 + ") excluded 2 of the records read, with reasons"
                        + " (animal study: 1; off-topic: 1)");
        String html = Files.readString(work.resolve("plain/report.html"));
        assertThat(html).contains("Excluded, with reasons: 2").contains("Excluded as: animal study")
                .contains("Every record read is accounted for: read = kept + duplicates merged + skipped + unaccounted + excluded.")
                .contains("exclusion list exclusions.csv (animal study: 1; off-topic: 1): counted among the records read")
                .doesNotContain("96600002");
        JsonNode runJson = json.readTree(work.resolve("plain/run.json").toFile());
        assertThat(runJson.at("/counts/records_read").asInt()).isEqualTo(6);
        assertThat(runJson.at("/counts/records_excluded").asInt()).isEqualTo(2);
        assertThat(runJson.at("/counts/records_kept").asInt()).isEqualTo(4);
        assertThat(runJson.at("/exclusions/by_reason").toString())
                .isEqualTo("[{\"reason\":\"animal study\",\"records\":1},{\"reason\":\"off-topic\",\"records\":1}]");
        assertThat(runJson.at("/exclusions/ids_matching_no_record").toString()).isEqualTo("[\"96600999\"]");
        assertThat(runJson.at("/exclusions/sha256").asText()).as("the list as the run read it").isEqualTo(listSha256);
        // review 30, M1: which records a run left out, and why, once the list file has changed since
        assertThat(runJson.at("/exclusions/excluded_records").toString()).isEqualTo("[{\"record_id\":\"96600002\",\"reason\":\"off-topic\"},"
                + "{\"record_id\":\"96600003\",\"reason\":\"animal study\"}]");

        // the same list in another order, with CRLF ends: the same bytes
        Path reordered = Files.writeString(work.resolve("reordered.csv"), "reason,id\r\noff-topic,96600999\r\n\r\nanimal study,10.9999/excl.3\r\n"
                + "off-topic,96600002\r\n");
        Distribution.Result again = dist.run(work, "run", "export.nbib", "--exclude", "reordered.csv", "-o", "again", "--run-date", RUN_DATE,
                "--option", "review-table.formats=csv");
        assertThat(again.exitCode()).as(again.toString()).isZero();
        for (String file : List.of("findings.jsonl", "review-table.csv", "studies.csv")) {
            assertThat(Files.readString(work.resolve("again/" + file))).as(file).isEqualTo(Files.readString(work.resolve("plain/" + file)));
        }
        // the report names the other file, with its own checksum (the methods' Other files table), and is otherwise the same
        String reorderedSha256 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(reordered)));
        assertThat(Files.readString(work.resolve("again/report.html")).replace("reordered.csv", "exclusions.csv")
                .replace(reorderedSha256, listSha256)).isEqualTo(html);
    }

    @Test
    void aMalformedListIsAConfigurationErrorNamingItsFileAndLineInARunAndInAPipelineFile() throws Exception {
        export("export.nbib", 1, 2);
        list("bad.csv", "id,reason", "96600001,off-topic", "not an id,off-topic", "96600001,another reason");
        Distribution.Result run = dist.run(work, "run", "export.nbib", "--exclude", "bad.csv", "-o", "out");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.stderr()).contains("bad.csv:3: 'not an id' is no id of a record; expected a PMID")
                .contains("bad.csv:4: 96600001 is listed again with another reason ('another reason'; line 2 gives 'off-topic')");
        assertThat(work.resolve("out")).doesNotExist();

        // in a pipeline file, exclude: is relative to the file's folder as its inputs are, and validate checks it
        Path review = Files.createDirectories(work.resolve("review"));
        export("review/export.nbib", 1, 2);
        Files.writeString(review.resolve("screened.csv"), "id,reason\n96600002,off-topic\n");
        Files.writeString(review.resolve("review.yaml"), "inputs: [export.nbib]\nexclude: screened.csv\n");
        Distribution.Result valid = dist.run(work, "validate", "review/review.yaml");
        assertThat(valid.exitCode()).as(valid.toString()).isZero();
        assertThat(valid.stdout()).contains("; exclusion list review/screened.csv (1 id).");
        Files.writeString(review.resolve("screened.csv"), "id,reason\n96600002,\n");
        Distribution.Result invalid = dist.run(work, "validate", "review/review.yaml");
        assertThat(invalid.exitCode()).as(invalid.toString()).isEqualTo(2);
        assertThat(invalid.stderr()).contains("review/review.yaml:2: review/screened.csv:2: no reason is given for 96600002");
    }

    @Test
    void aStoreKeepsTheListReportsWithoutTheFileAndGivesARecordBackWhenItLeavesTheList() throws Exception {
        export("export.nbib", 1, 2, 3, 4, 5, 6);
        list("exclusions.csv", "id,reason", "96600002,off-topic", "96600003,animal study", "96600999,off-topic");
        Distribution.Result applied = dist.run(work, "run", "--store", "review.db", "export.nbib", "--exclude", "exclusions.csv",
                "--run-date", RUN_DATE);
        assertThat(applied.exitCode()).as(applied.toString()).isZero();
        assertThat(applied.stdout()).contains("Exclusion list exclusions.csv is the store's now (3 ids: 3 added, 0 taken off, 0 with another"
                        + " reason); it excludes 2 records of the store from its reports (animal study: 1; off-topic: 1).")
                .contains("The store holds 6 records");
        // review 29, M6: a warning as in a plain run, on stderr, and --strict fails on it
        assertThat(applied.stderr()).contains("warning: 1 id of the exclusion list exclusions.csv matches no record the store holds: 96600999");

        JsonNode runJson = json.readTree(work.resolve("review-run/run.json").toFile());
        assertThat(runJson.at("/store/exclusions/given").asBoolean()).isTrue();
        assertThat(runJson.at("/store/exclusions/added").size()).isEqualTo(3);
        assertThat(runJson.at("/store/exclusions/kept/records_excluded").asInt()).isEqualTo(2);

        // the report, from the store alone (the file is gone): the same findings as a plain run with the list
        Files.move(work.resolve("exclusions.csv"), work.resolve("moved.csv"));
        Distribution.Result report = dist.run(work, "report", "--store", "review.db", "-o", "report1", "--run-date", RUN_DATE);
        assertThat(report.exitCode()).as(report.toString()).isZero();
        // a review of 2026-12-04 (H): the warning was told twice, the run's saved copy beside the report's own tally
        assertThat(report.stderr().split("matches no record the store holds", -1)).as(report.toString()).hasSize(2);
        // and the report's own tally fails --strict while the list is not mended, the store's last run having ended complete
        Distribution.Result strictReport = dist.run(work, "report", "--store", "review.db", "-o", "report-strict", "--run-date", RUN_DATE,
                "--strict");
        assertThat(strictReport.exitCode()).as(strictReport.toString()).isEqualTo(1);
        assertThat(strictReport.stderr()).contains("evidentia: the report failed: 1 problem met and --strict was given");
        assertThat(report.stdout()).contains("Read 6 records from 1 input: 4 kept, 0 duplicates merged, 0 skipped, 2 excluded.")
                .contains("Excluded 2 records by the exclusion list exclusions.csv: animal study: 1; off-topic: 1.");
        assertThat(pmidsWithFindings(work.resolve("report1/findings.jsonl"))).containsExactly("96600001", "96600004", "96600005", "96600006");
        assertThat(Files.readString(work.resolve("report1/report.html"))).contains("Excluded, with reasons: 2");
        assertThat(json.readTree(work.resolve("report1/run.json").toFile()).at("/counts/records_excluded").asInt()).isEqualTo(2);
        assertThat(json.readTree(work.resolve("report1/run.json").toFile()).at("/exclusions/excluded_records").toString())
                .isEqualTo("[{\"record_id\":\"96600002\",\"reason\":\"off-topic\"},{\"record_id\":\"96600003\",\"reason\":\"animal study\"}]");
        Distribution.Result plain = dist.run(work, "run", "export.nbib", "--exclude", "moved.csv", "-r", "findings-jsonl", "-o", "plain",
                "--run-date", RUN_DATE);
        assertThat(plain.exitCode()).as(plain.toString()).isZero();
        assertThat(Files.readString(work.resolve("report1/findings.jsonl"))).isEqualTo(Files.readString(work.resolve("plain/findings.jsonl")));

        // a run without --exclude (a cron job that omits it) keeps the store's list, and says so
        export("update.nbib", 5);
        Distribution.Result kept = dist.run(work, "run", "--store", "review.db", "update.nbib", "--run-date", RUN_DATE);
        assertThat(kept.exitCode()).as(kept.toString()).isZero();
        assertThat(kept.stdout()).contains("The store keeps its exclusion list (3 ids of exclusions.csv, set by run 1), as no --exclude was"
                + " given; it excludes 2 records of the store from its reports");

        // 96600002 taken off the list: it comes back with its findings, nothing read again
        list("exclusions.csv", "id,reason", "96600003,animal study");
        Distribution.Result changed = dist.run(work, "run", "--store", "review.db", "export.nbib", "--exclude", "exclusions.csv",
                "--run-date", RUN_DATE);
        assertThat(changed.exitCode()).as(changed.toString()).isZero();
        assertThat(changed.stdout()).contains("Nothing to apply")
                .contains("Exclusion list exclusions.csv is the store's now (1 id: 0 added, 2 taken off, 0 with another reason);"
                        + " it excludes 1 record of the store from its reports (animal study: 1).");
        JsonNode changedJson = json.readTree(work.resolve("review-run/run.json").toFile());
        assertThat(changedJson.at("/store/exclusions/removed").toString())
                .isEqualTo("[{\"id\":\"96600002\",\"reason\":\"off-topic\"},{\"id\":\"96600999\",\"reason\":\"off-topic\"}]");
        // the list mended, the warning of the run that met 96600999 is gone from the store's reports, and --strict passes
        Distribution.Result back = dist.run(work, "report", "--store", "review.db", "-o", "report2", "--run-date", RUN_DATE, "--strict");
        assertThat(back.exitCode()).as(back.toString()).isZero();
        assertThat(back.stderr()).doesNotContain("matches no record");
        assertThat(json.readTree(work.resolve("report2/run.json").toFile()).path("problems").toString()).doesNotContain("96600999");
        assertThat(pmidsWithFindings(work.resolve("report2/findings.jsonl")))
                .containsExactly("96600001", "96600002", "96600004", "96600005", "96600006");

        // review 29, M6: under --strict, a store run fails on an id that matches no record, as a plain run does
        list("typo.csv", "id,reason", "96600999,off-topic");
        Distribution.Result strict = dist.run(work, "run", "--store", "strict.db", "export.nbib", "--exclude", "typo.csv",
                "--run-date", RUN_DATE, "--strict", "-o", "strict-run");
        assertThat(strict.exitCode()).as(strict.toString()).isEqualTo(1);
        assertThat(strict.stderr()).contains("warning: 1 id of the exclusion list typo.csv matches no record the store holds: 96600999");
        // an explorer's H2 (2026-12-04): the failure was said nowhere, run.json said "ok" and the input counted as applied
        assertThat(strict.stderr()).contains("--strict");
        JsonNode strictJson = json.readTree(work.resolve("strict-run/run.json").toFile());
        assertThat(strictJson.path("status").asText()).isEqualTo("failed");
        assertThat(strictJson.path("problems").toString()).contains("1 id of the exclusion list typo.csv matches no record the store holds");
        // every run tells the list's unmatched ids again, one that applies nothing too: a retry fails while the list is not mended
        Distribution.Result again = dist.run(work, "run", "--store", "strict.db", "export.nbib", "--run-date", RUN_DATE, "--strict",
                "-o", "strict-run");
        assertThat(again.exitCode()).as(again.toString()).isEqualTo(1);
        assertThat(again.stdout()).contains("Nothing to apply")
                .contains("Problems: 1 warning (each in run.json)."); // review-s21-cli D2: a run that applied nothing counted none
        assertThat(again.stderr()).contains("warning: 1 id of the exclusion list typo.csv matches no record the store holds: 96600999")
                .contains("evidentia: the run failed: 1 problem met and --strict was given");
        assertThat(dist.run(work, "report", "--store", "strict.db", "-o", "strict-report", "--strict").exitCode()).isEqualTo(1);
        list("typo.csv", "id,reason", "96600001,off-topic");
        Distribution.Result mended = dist.run(work, "run", "--store", "strict.db", "export.nbib", "--exclude", "typo.csv",
                "--run-date", RUN_DATE, "--strict", "-o", "strict-run");
        assertThat(mended.exitCode()).as(mended.toString()).isZero();
        assertThat(mended.stderr()).doesNotContain("matches no record");
        Distribution.Result mendedReport = dist.run(work, "report", "--store", "strict.db", "-o", "strict-report", "--strict");
        assertThat(mendedReport.exitCode()).as(mendedReport.toString()).isZero();
        assertThat(mendedReport.stderr()).doesNotContain("matches no record");
    }

    @Test
    void aSearchAppliedAgainIsOneInputWhateverBatchFilesItsRecordsCameInAndNamesTheRecordsThatLeftIt() throws Exception {
        // the overlap folder's recorded search (3 records), answered by a replay server in batches of 2, then searched again
        // finding 1 of them: the records of both batch files that left it are named, by the search
        String fetched = Files.readString(PluginTestKit.resource("overlap/efetch-overlap.xml"));
        Matcher article = Pattern.compile("<PubmedArticle>.*?</PubmedArticle>", Pattern.DOTALL).matcher(fetched);
        List<String> articles = new ArrayList<>();
        while (article.find()) {
            articles.add(article.group());
        }
        assertThat(articles).hasSize(3);
        String head = fetched.substring(0, fetched.indexOf("<PubmedArticle>"));
        String searched = Files.readString(PluginTestKit.resource("overlap/esearch-overlap.xml"));
        String query = "fibromyalgia AND cytokine*";
        try (ReplayServer eutils = ReplayServer.start()) {
            eutils.respond("/esearch.fcgi", Response.ok(searched.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    Response.ok(searched.replace("<Count>3</Count>", "<Count>1</Count>").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            eutils.respond("/efetch.fcgi", batch(head, articles.get(0), articles.get(1)), batch(head, articles.get(2)),
                    batch(head, articles.get(0)));
            Map<String, String> env = Map.of("EVIDENTIA_CACHE_DIR", work.resolve("cache").toString(), "NCBI_API_KEY", "");
            String[] search = {"run", "--store", "review.db", "--pubmed", query, "--option", "pubmed.base-url=" + eutils.baseUri(),
                    "--option", "pubmed.batch-size=2", "--option", "pubmed.max-age-hours=0", "--run-date", RUN_DATE};
            Distribution.Result first = dist.run(work, env, search);
            assertThat(first.exitCode()).as(first.toString()).isZero();
            assertThat(first.stdout()).contains("3 added").doesNotContain("not in it now");
            Distribution.Result again = dist.run(work, env, search);
            assertThat(again.exitCode()).as(again.toString()).isZero();
            assertThat(again.stdout()).contains("note: 2 records this store holds from earlier applications of pubmed:" + query
                    + " are not in it now: 96300002, 96300004. They stay in the store;").contains("The store holds 3 records");
        }
    }

    private static Response batch(String head, String... articles) {
        return Response.ok((head + String.join("\n", articles) + "\n</PubmedArticleSet>\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void anExportDownloadedAgainWithoutSomeOfItsRecordsNamesThemAndTheStoreKeepsThem() throws Exception {
        export("inbox/pubmed_result.nbib", 1, 2, 3, 4, 5, 6);
        export("library.nbib", 6);
        Distribution.Result first = dist.run(work, "run", "--store", "review.db", "inbox/pubmed_result.nbib", "library.nbib",
                "--run-date", RUN_DATE);
        assertThat(first.exitCode()).as(first.toString()).isZero();
        // the search downloaded again under the same name: 4, 5 and 6 have left it; 6 is still the library's
        export("inbox/pubmed_result.nbib", 1, 2, 3);
        Distribution.Result again = dist.run(work, "run", "--store", "review.db", "inbox/pubmed_result.nbib", "--run-date", RUN_DATE);
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.stdout()).contains("note: 2 records this store holds from earlier applications of inbox/pubmed_result.nbib are not"
                        + " in it now: 96600004, 96600005. They stay in the store; to leave them out of the review, list them in an exclusion"
                        + " list (--exclude FILE; docs/user-guide.md, \"Excluding records\").")
                .contains("The store holds 6 records");
        JsonNode runJson = json.readTree(work.resolve("review-run/run.json").toFile());
        assertThat(runJson.at("/store/absent_records/0/input").asText()).isEqualTo("inbox/pubmed_result.nbib");
        assertThat(runJson.at("/store/absent_records/0/records").asInt()).isEqualTo(2);
        assertThat(runJson.at("/store/absent_records/0/ids").toString()).isEqualTo("[\"96600004\",\"96600005\"]");

        // listed for exclusion, as the note says, they leave the store's reports
        list("left.csv", "id,reason", "96600004,no longer found by the search", "96600005,no longer found by the search");
        Distribution.Result excluded = dist.run(work, "run", "--store", "review.db", "inbox/pubmed_result.nbib", "--exclude", "left.csv",
                "--run-date", RUN_DATE);
        assertThat(excluded.exitCode()).as(excluded.toString()).isZero();
        Distribution.Result report = dist.run(work, "report", "--store", "review.db", "-r", "findings-jsonl", "-o", "report",
                "--run-date", RUN_DATE);
        assertThat(report.exitCode()).as(report.toString()).isZero();
        assertThat(pmidsWithFindings(work.resolve("report/findings.jsonl"))).containsExactly("96600001", "96600002", "96600003", "96600006");
    }

    /**
     * Review 29, M1: a record of the input applied again that was merged into a copy another input of the same run held
     * first (an RIS library's copy with a DOI alone, read before it) is still in that input, and is not named as absent.
     */
    @Test
    void aRecordMergedIntoAnotherInputsCopyIsStillInTheInputAppliedAgain() throws Exception {
        export("inbox/pubmed_result.nbib", 1, 2);
        Distribution.Result first = dist.run(work, "run", "--store", "review.db", "inbox/pubmed_result.nbib", "--run-date", RUN_DATE);
        assertThat(first.exitCode()).as(first.toString()).isZero();
        Files.writeString(work.resolve("library.ris"), "TY  - JOUR\nTI  - Serum interleukin-6 in fibromyalgia: a case-control study 1.\n"
                + "AU  - Authorb, Anna\nPY  - 2021\nDO  - 10.9999/excl.1\n"
                + "AB  - Serum IL-6 was increased in patients with fibromyalgia compared with healthy controls.\nER  - \n");
        export("inbox/pubmed_result.nbib", 1, 2, 3); // downloaded again, with one record more
        Distribution.Result again = dist.run(work, "run", "--store", "review.db", "library.ris", "inbox/pubmed_result.nbib",
                "--run-date", RUN_DATE);
        assertThat(again.exitCode()).as(again.toString()).isZero();
        // the library's copy (a DOI alone) is the store's record 96600001 by its DOI, a duplicate; the export's copy with the
        // PMID, which the run used to merge into it, goes on to the store, which holds it unchanged (the review of session 19, D1)
        assertThat(again.stdout()).contains("1 added, 0 revised, 0 re-extracted, 2 unchanged, 0 superseded, 1 duplicate")
                // the review of session 30, L3: the "Found" line counts the copies' findings again, and said nothing of it
                .contains("note: 3 records read were each a copy of a record the store held (unchanged or a duplicate): the \"Found\""
                        + " line above counts their findings again; the store's own count is the last line.");
        assertThat(first.stdout()).doesNotContain("a copy of a record the store held");
        assertThat(again.stdout() + again.stderr()).doesNotContain("not in it now");
        JsonNode runJson = json.readTree(work.resolve("review-run/run.json").toFile());
        assertThat(runJson.at("/store/absent_records").isMissingNode() || runJson.at("/store/absent_records").isEmpty())
                .as(runJson.at("/store").toString()).isTrue();
    }

    /** Review 29, L12: a store's list changes without an input named again; without the list either, the run is refused. */
    @Test
    void aStoresListChangesWithTheListAloneAndAStoreRunOfNothingIsRefused() throws Exception {
        export("export.nbib", 1, 2, 3);
        Distribution.Result applied = dist.run(work, "run", "--store", "review.db", "export.nbib", "--run-date", RUN_DATE);
        assertThat(applied.exitCode()).as(applied.toString()).isZero();
        list("screened.csv", "id,reason", "96600002,off-topic");

        Distribution.Result listed = dist.run(work, "run", "--store", "review.db", "--exclude", "screened.csv", "--run-date", RUN_DATE);
        assertThat(listed.exitCode()).as(listed.toString()).isZero();
        // an explorer's L4 (2026-12-04): it printed "Read 0 records from 0 inputs ..." and a line of zero changes first
        assertThat(listed.stdout()).contains("Store review.db: no input given; the run applies the exclusion list alone.")
                .contains("Exclusion list screened.csv is the store's now (1 id: 1 added, 0 taken off, 0 with another reason)")
                .doesNotContain("Read 0 records", "0 added,");
        Distribution.Result report = dist.run(work, "report", "--store", "review.db", "-r", "findings-jsonl", "-o", "report",
                "--run-date", RUN_DATE);
        assertThat(report.exitCode()).as(report.toString()).isZero();
        assertThat(pmidsWithFindings(work.resolve("report/findings.jsonl"))).containsExactly("96600001", "96600003");

        Distribution.Result nothing = dist.run(work, "run", "--store", "review.db");
        assertThat(nothing.exitCode()).isEqualTo(2);
        assertThat(nothing.stderr()).contains("a run with --store applies inputs to the store, and none is given")
                .contains("or `--exclude FILE` alone to change the store's exclusion list");
    }
    /**
     * Review 29, L11: a score measures the extractor, so evaluate reads a pipeline file's excluded records too, and says so;
     * and (the review of session 19, E1) scores the findings outside the file's focus, which it had left out without a word.
     */
    @Test
    void evaluateScoresTheRecordsAPipelineFilesListExcludesAndTheFindingsOutsideItsFocusAndSaysSo() throws Exception {
        export("export.nbib", 1, 2);
        list("screened.csv", "id,reason", "96600002,off-topic");
        Path pipeline = Files.writeString(work.resolve("review.yaml"), "inputs: [export.nbib]\nextractors: [cytokines]\n"
                + "exclude: screened.csv\nfocus: [population=animal]\n");
        Path gold = Files.writeString(work.resolve("gold.jsonl"),
                "{\"pmid\": \"96600001\", \"cytokine\": \"IL6\", \"direction\": \"increased\"}\n"
                        + "{\"pmid\": \"96600002\", \"cytokine\": \"IL6\", \"direction\": \"increased\"}\n");

        Distribution.Result evaluated = dist.run(work, "evaluate", "--gold", gold.toString(), pipeline.toString());

        assertThat(evaluated.exitCode()).as(evaluated.toString()).isZero();
        assertThat(evaluated.stderr()).contains("note: evaluate scores every record: the exclusion list screened.csv (1 id) is not applied")
                .contains("note: evaluate scores every finding: the focus population=animal is not applied")
                .doesNotContain("annotated for another extractor");
        assertThat(evaluated.stdout()).contains("Precision 1.000  Recall 1.000");
        Distribution.Result focusGiven = dist.run(work, "evaluate", "-x", "cytokines", "--gold", gold.toString(), "--focus", "population=animal",
                "export.nbib");
        assertThat(focusGiven.exitCode()).as(focusGiven.toString()).isZero();
        assertThat(focusGiven.stderr()).contains("note: evaluate scores every finding: the focus population=animal is not applied");
        assertThat(focusGiven.stdout()).contains("Precision 1.000  Recall 1.000");
        Distribution.Result run = dist.run(work, "run", "-r", "findings-jsonl", "-o", "run", "--focus", "population=human", pipeline.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(pmidsWithFindings(work.resolve("run/findings.jsonl"))).containsExactly("96600001");
    }

    /**
     * Review 31, M2: a store run that applies nothing extracts nothing, so it is not compared with the store's
     * configuration; under another configuration and {@code --strict} it changes the list (or tells there is nothing new)
     * rather than being refused, while a run that does apply an input under that configuration still is.
     */
    @Test
    void aStrictStoreRunThatAppliesNothingIsNotComparedWithTheStoresConfiguration() throws Exception {
        export("export.nbib", 1, 2, 3);
        Distribution.Result applied = dist.run(work, "run", "--store", "review.db", "export.nbib", "--run-date", RUN_DATE);
        assertThat(applied.exitCode()).as(applied.toString()).isZero();
        list("screened.csv", "id,reason", "96600002,off-topic");
        String[] otherConfiguration = {"--strict", "-x", "cytokines", "--option", "cytokines.lexicon-mode=replace",
                "--option", "cytokines.lexicon=" + list("lexicon.tsv", "key\tlabel\tspellings", "IL6\tIL-6\tIL-6")};

        Distribution.Result listed = dist.run(work, concat(new String[] {"run", "--store", "review.db", "--exclude", "screened.csv",
                "--run-date", RUN_DATE}, otherConfiguration));
        assertThat(listed.exitCode()).as(listed.toString()).isZero();
        assertThat(listed.stdout()).contains("Store review.db: no input given")
                .contains("Exclusion list screened.csv is the store's now (1 id: 1 added");
        assertThat(listed.stderr()).doesNotContain("differ from those of the store's run");

        Distribution.Result again = dist.run(work, concat(new String[] {"run", "--store", "review.db", "export.nbib",
                "--run-date", RUN_DATE}, otherConfiguration));
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.stdout()).contains("Nothing to apply: the store review.db applied this input before");
        assertThat(again.stderr()).doesNotContain("differ from those of the store's run");

        export("more.nbib", 4);
        Distribution.Result applies = dist.run(work, concat(new String[] {"run", "--store", "review.db", "more.nbib",
                "--run-date", RUN_DATE}, otherConfiguration));
        assertThat(applies.exitCode()).as(applies.toString()).isEqualTo(2);
        assertThat(applies.stderr()).contains("--strict refuses to apply inputs under another configuration than the store's");
    }

    private static String[] concat(String[] first, String[] second) {
        return Stream.concat(Arrays.stream(first), Arrays.stream(second)).toArray(String[]::new);
    }
}
