package org.evidentia.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.runtime.input.ShownPath;
import org.evidentia.testkit.PluginTestKit;
import org.evidentia.testkit.ReplayServer;
import org.evidentia.testkit.ReplayServer.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The formats beyond PubMed's own and the PubMed search, through the built distribution: RIS and
 * MEDLINE files and a {@code --pubmed} search answered by a replay server on the loopback (no
 * request leaves the machine), with the retrievers' cache in a folder of the test's own.
 */
class FormatsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String QUERY = "fibromyalgia AND cytokin*";

    private final Distribution dist = Distribution.built();
    private ReplayServer eutils;

    @TempDir
    Path work;

    @BeforeEach
    void startReplayServer() {
        eutils = ReplayServer.start();
    }

    @AfterEach
    void stopReplayServer() {
        eutils.close();
    }

    @Test
    void anRisExportAPubmedSearchAndAMedlineFileOfOverlappingRecordsGiveOneRecordPerStudy() throws Exception {
        scriptTheSearch();

        Distribution.Result result = dist.run(work, environment(), "run", "-o", "out", "--run-date", "2026-05-01",
                overlap("library.ris").toString(), overlap("medline.nbib").toString(), "--pubmed", QUERY,
                "--option", "pubmed.base-url=" + eutils.baseUri());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        JsonNode run = JSON.readTree(work.resolve("out/run.json").toFile());
        JsonNode counts = run.get("counts");
        assertThat(counts.get("records_read").asLong()).as(result.toString()).isEqualTo(10);
        assertThat(counts.get("duplicates_merged").asLong()).isEqualTo(4);
        assertThat(counts.get("records_skipped").asLong()).isZero();
        assertThat(counts.get("records_kept").asLong()).isEqualTo(6);
        // Two studies are kept as the RIS export gives them, without the PMID their later copies have: said, not silent.
        List<String> warnings = new ArrayList<>();
        run.get("problems").forEach(p -> warnings.add(p.get("kind").asText() + " " + p.get("message").asText()));
        assertThat(warnings).hasSize(2).allSatisfy(w -> assertThat(w).startsWith("warning record ").contains(" has no PMID, which the later copy "))
                .anySatisfy(w -> assertThat(w).contains("(PMID 96300003 in the merged copy)"))
                .anySatisfy(w -> assertThat(w).contains("(PMID 96300002 in the merged copy)"));
        List<String> sources = new ArrayList<>();
        run.get("inputs").forEach(in -> sources.add(in.get("source").asText() + ":" + in.get("records").asLong()));
        assertThat(sources).containsExactly("ris:4", "medline:3", "pubmed-xml:3");

        // One row per study, each under the id of the copy read first (RIS before MEDLINE before the search).
        assertThat(studyIds(work.resolve("out/studies.csv"))).containsExactly(
                "96300001", "10.9999/overlap.b", BibliographicRecord.titleId("Interleukin-10 and sleep quality in fibromyalgia"),
                "10.9999/overlap.e", "96300006", "96300004");

        // every merged study lists every input it was read from, the kept copy first
        String search = run.get("inputs").get(2).get("path").asText();
        Map<String, List<String>> origins = new java.util.LinkedHashMap<>();
        run.get("duplicates").forEach(d -> {
            List<String> from = new ArrayList<>();
            d.get("origins").forEach(o -> from.add(o.get("source").asText() + " " + o.get("file").asText()));
            origins.put(d.get("record_id").asText(), from);
        });
        // each file as the run, working in `work`, shows it (docs/user-guide.md, run.json)
        String ris = ShownPath.of(overlap("library.ris"), work);
        String medline = ShownPath.of(overlap("medline.nbib"), work);
        assertThat(origins).as(run.get("duplicates").toString()).containsOnly(
                Map.entry("96300001", List.of("ris " + ris, "medline " + medline, "pubmed-xml " + search)),
                Map.entry("10.9999/overlap.b", List.of("ris " + ris, "pubmed-xml " + search)),
                Map.entry(BibliographicRecord.titleId("Interleukin-10 and sleep quality in fibromyalgia"), List.of("ris " + ris, "medline " + medline)));

        JsonNode retrieval = run.get("retrievals").get(0);
        assertThat(retrieval.get("input").asText()).isEqualTo("pubmed:" + QUERY);
        assertThat(retrieval.get("query").asText()).isEqualTo(QUERY);
        assertThat(retrieval.get("count").asLong()).isEqualTo(3);
        assertThat(retrieval.get("reused_from_cache").asBoolean()).isFalse();
        assertThat(retrieval.get("plugin").asText()).isEqualTo("pubmed-eutils");
        assertThat(retrieval.at("/details/query_translation").asText())
                .isEqualTo("(\"fibromyalgia\"[MeSH Terms] OR \"fibromyalgia\"[All Fields]) AND \"cytokin*\"[All Fields]");
        assertThat(retrieval.get("files").get(0).asText()).startsWith("cache/pubmed/search-")
                .isEqualTo(run.get("inputs").get(2).get("path").asText());
        assertThat(eutils.requests()).hasSize(2);
    }

    /**
     * An explorer's M1 (2026-12-04): a copy the store merged as a duplicate, read by a later input, was neither listed in the
     * report's table of merged copies nor in run.json's duplicates, and made the report tell of the store, though the store
     * had only added records. docs/scale.md promises the same files as a run over the same inputs.
     */
    @Test
    void aStoreThatMergedCopiesFromALaterInputReportsTheSameFilesAsOneRunOverTheInputs() throws Exception {
        String medline = overlap("medline.nbib").toString();
        String ris = overlap("library.ris").toString();
        Distribution.Result applied = dist.run(work, "run", "--store", "review.db", medline, ris);
        assertThat(applied.exitCode()).as(applied.toString()).isZero();
        Distribution.Result report = dist.run(work, "report", "--store", "review.db", "-o", "from-store", "--run-date", "2026-05-01");
        assertThat(report.exitCode()).as(report.toString()).isZero();
        Distribution.Result plain = dist.run(work, "run", "-o", "plain", "--run-date", "2026-05-01", medline, ris);
        assertThat(plain.exitCode()).as(plain.toString()).isZero();

        JsonNode plainRun = JSON.readTree(work.resolve("plain/run.json").toFile());
        assertThat(plainRun.at("/counts/duplicates_merged").asLong()).as("the case: copies of the RIS export merged").isPositive();
        try (Stream<Path> files = Files.list(work.resolve("plain"))) {
            for (Path file : files.filter(f -> !f.getFileName().toString().equals("run.json")).toList()) {
                assertThat(work.resolve("from-store").resolve(file.getFileName())).as(file.getFileName().toString()).hasSameBinaryContentAs(file);
            }
        }
        JsonNode storeRun = JSON.readTree(work.resolve("from-store/run.json").toFile());
        assertThat(storeRun.get("duplicates")).isEqualTo(plainRun.get("duplicates"));
        assertThat(storeRun.get("notices").toString()).doesNotContain("Reported from the findings store");
        assertThat(Files.readString(work.resolve("from-store/report.html"))).contains("Which records were merged as duplicates");
    }

    /**
     * The review of session 17, issue 1: a sheet's row whose id is the PMID of a MEDLINE record (another study, a mistyped id)
     * was a second record of the run, with the same id as the first: the report failed on two studies of one id. One id is
     * one record, as a findings store and the synthesis key them: merged, in either order, with a warning naming both.
     */
    @Test
    void aSheetRowWhoseIdIsAnotherRecordsPmidIsOneRecordAndEveryReportIsWritten() throws Exception {
        Files.writeString(work.resolve("a.nbib"), "PMID- 4242\nTI  - Serum interleukin-6 in patients with fibromyalgia.\nDP  - 2019\n"
                + "AB  - Serum IL-6 was higher in patients with fibromyalgia than in healthy controls.\n");
        Files.writeString(work.resolve("b.csv"), "id,title,year,abstract\n4242,A row of a sheet about another study,2020,"
                + "IL-8 was lower in patients with asthma than in controls.\n");
        for (List<String> inputs : List.of(List.of("a.nbib", "b.csv"), List.of("b.csv", "a.nbib"))) {
            String out = "out-" + inputs.get(0);
            List<String> args = new ArrayList<>(List.of("run", "-o", out));
            args.addAll(inputs);
            Distribution.Result run = dist.run(work, args.toArray(String[]::new));
            assertThat(run.exitCode()).as(run.toString()).isZero();
            JsonNode json = JSON.readTree(work.resolve(out).resolve("run.json").toFile());
            assertThat(json.at("/counts/records_kept").asLong()).as(inputs.toString()).isOne();
            assertThat(json.at("/counts/duplicates_merged").asLong()).as(inputs.toString()).isOne();
            assertThat(run.stderr()).contains("record 4242, " + inputs.get(1) + ":").contains("has the id of the record " + inputs.get(0) + ":");
            assertThat(work.resolve(out).resolve("report.html")).exists();
            assertThat(work.resolve(out).resolve("studies.csv")).content().hasLineCount(2);
        }
    }

    /**
     * Review s8, H1: an input applied again under its name with other records left the earlier application's merged copy
     * listed, while the counts (of each input's last application) had none. A list that does not add up to the counts is
     * not given; the report's note then says its counts are the store's.
     */
    @Test
    void aMergedCopyOfAnEarlierApplicationOfAnInputIsNotListedOnceTheInputNoLongerHoldsIt() throws Exception {
        Files.copy(overlap("medline.nbib"), work.resolve("medline.nbib"));
        String ris = Files.readString(overlap("library.ris"));
        Files.writeString(work.resolve("library.ris"), ris);
        assertThat(dist.run(work, "run", "--store", "review.db", "medline.nbib", "library.ris").exitCode()).isZero();
        Files.writeString(work.resolve("library.ris"), ris.substring(ris.indexOf("TY  - JOUR", 1))); // without its first record
        Distribution.Result again = dist.run(work, "run", "--store", "review.db", "library.ris");
        assertThat(again.exitCode()).as(again.toString()).isZero();

        Distribution.Result report = dist.run(work, "report", "--store", "review.db", "-o", "from-store", "--run-date", "2026-05-01");
        assertThat(report.exitCode()).as(report.toString()).isZero();
        JsonNode run = JSON.readTree(work.resolve("from-store/run.json").toFile());
        long listed = 0;
        for (JsonNode d : run.get("duplicates")) {
            listed += d.get("origins").size() - 1;
        }
        assertThat(listed).as(run.get("duplicates").toString()).isIn(0L, run.at("/counts/duplicates_merged").asLong());
        assertThat(run.get("duplicates").toString()).doesNotContain("96300001");
    }

    /** The order docs/pubmed-search.md advises, the fullest source first: every study keeps its PMID, and nothing is warned. */
    @Test
    void theSearchFirstAndTheRisExportLastKeepEveryStudysPmid() throws Exception {
        scriptTheSearch();

        Distribution.Result result = dist.run(work, environment(), "run", "-o", "out", "--run-date", "2026-05-01",
                "pubmed:" + QUERY, overlap("medline.nbib").toString(), overlap("library.ris").toString(),
                "--option", "pubmed.base-url=" + eutils.baseUri());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        JsonNode run = JSON.readTree(work.resolve("out/run.json").toFile());
        assertThat(run.at("/counts/records_kept").asLong()).isEqualTo(6);
        assertThat(run.get("problems")).as(result.toString()).isEmpty();
        assertThat(result.stdout()).doesNotContain("Problems:");
        assertThat(studyIds(work.resolve("out/studies.csv"))).containsExactlyInAnyOrder(
                "96300001", "96300002", "96300003", "96300004", "10.9999/overlap.e", "96300006");
    }

    /** Review 27, L9: evaluate with a search said the input held no file, and that no extension is named pubmed. */
    @Test
    void evaluateRefusesASearchAndSaysWhatToDoInstead() throws Exception {
        Path gold = work.resolve("gold.jsonl");
        Files.writeString(gold, "{\"pmid\": \"96300001\", \"subject\": \"IL6\", \"direction\": \"increased\"}\n");

        Distribution.Result result = dist.run(work, environment(), "evaluate", "-x", "cytokines", "--gold", gold.toString(),
                "pubmed:" + QUERY, "--option", "pubmed.base-url=" + eutils.baseUri());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.stderr()).contains("evaluate reads files only, and 'pubmed:" + QUERY + "' is a search: run it once")
                .doesNotContain("no extension has that name");
        assertThat(eutils.requests()).as("nothing is searched").isEmpty();
    }

    /** Docs check s9: bench took a search for a file ("matches no file (looked for .../pubmed:il6)"). */
    @Test
    void benchRefusesASearchAndSaysWhatToDoInstead() throws Exception {
        Distribution.Result result = dist.run(work, environment(), "bench", "--repeat", "1", "pubmed:" + QUERY);

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.stderr()).contains("bench reads files only, and 'pubmed:" + QUERY + "' is a search: run it once")
                .doesNotContain("matches no file");
        assertThat(eutils.requests()).as("nothing is searched").isEmpty();
    }

    /**
     * The review of session 23, P17: a typo of -x, or a word of an unquoted query taken for a file, was told only after the
     * whole search was fetched; both are told before anything is sent, the split-off word with a hint to quote the query.
     */
    @Test
    void whatNeedsNoNetworkIsCheckedBeforeTheSearchIsSent() throws Exception {
        scriptTheSearch();
        Distribution.Result typo = dist.run(work, environment(), "run", "-o", "o1", "-x", "cytokine", "--pubmed", QUERY,
                "--option", "pubmed.base-url=" + eutils.baseUri());
        Distribution.Result unquoted = dist.run(work, environment(), "run", "--store", "review.db", "--pubmed", "fibromyalgia", "AND",
                "--option", "pubmed.base-url=" + eutils.baseUri());

        assertThat(typo.exitCode()).as(typo.toString()).isEqualTo(2);
        assertThat(typo.stderr()).contains("no extractor named 'cytokine' (did you mean 'cytokines'?)").doesNotContain("searching PubMed");
        assertThat(unquoted.exitCode()).as(unquoted.toString()).isEqualTo(2);
        assertThat(unquoted.stderr()).contains("input 'AND' matches no file", "was it a word of the search pubmed:fibromyalgia, split off"
                + " by the shell? Quote the query");
        assertThat(eutils.requests()).as("nothing is searched").isEmpty();
    }

    @Test
    void aPubmedSearchIsReusedFromTheCacheAndGivesTheSameFindings() throws Exception {
        scriptTheSearch();
        String[] args = {"run", "-o", "first", "--run-date", "2026-05-01", "-r", "findings-jsonl", "--pubmed", QUERY,
                "--option", "pubmed.base-url=" + eutils.baseUri()};

        Distribution.Result first = dist.run(work, environment(), args);
        args[2] = "second";
        Distribution.Result second = dist.run(work, environment(), args);

        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(second.exitCode()).as(second.toString()).isZero();
        assertThat(eutils.requests()).as("the second run sends no request").hasSize(2);
        assertThat(first.stderr()).contains("pubmed: searching PubMed for " + QUERY, "pubmed: found 3 records");
        assertThat(second.stderr()).contains("pubmed: reusing the search of ");
        JsonNode firstRun = JSON.readTree(work.resolve("first/run.json").toFile());
        JsonNode secondRun = JSON.readTree(work.resolve("second/run.json").toFile());
        assertThat(secondRun.at("/retrievals/0/reused_from_cache").asBoolean()).isTrue();
        assertThat(secondRun.at("/retrievals/0/searched").asText()).isEqualTo(firstRun.at("/retrievals/0/searched").asText());
        assertThat(firstRun.at("/counts/findings").asLong()).isGreaterThan(0);
        assertThat(work.resolve("second/findings.jsonl")).hasSameBinaryContentAs(work.resolve("first/findings.jsonl"));
    }

    @Test
    void aPubmedSearchIsAppliedToAFindingsStoreAndItsRepeatFromTheCacheIsAppliedBefore() throws Exception {
        scriptTheSearch();
        String[] args = {"run", "--store", "review.db", "--run-date", "2026-05-01", "--pubmed", QUERY,
                "--option", "pubmed.base-url=" + eutils.baseUri()};

        Distribution.Result first = dist.run(work, environment(), args);
        Distribution.Result again = dist.run(work, environment(), args);

        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(first.stderr()).contains("pubmed: found 3 records");
        assertThat(first.stdout()).contains("Store review.db: 1 input applied; 3 added");
        JsonNode run = JSON.readTree(work.resolve("review-run/run.json").toFile());
        assertThat(run.at("/retrievals/0/input").asText()).isEqualTo("pubmed:" + QUERY);
        assertThat(run.at("/retrievals/0/count").asLong()).isEqualTo(3);
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.stderr()).contains("pubmed: reusing the search of ");
        assertThat(again.stdout()).contains("Nothing to apply: the store review.db applied this input before");
        assertThat(eutils.requests()).as("the repeat sends no request").hasSize(2);

        Distribution.Result report = dist.run(work, "report", "--store", "review.db", "-o", "report", "-r", "findings-jsonl");
        assertThat(report.exitCode()).as(report.toString()).isZero();
        assertThat(work.resolve("report/findings.jsonl")).isNotEmptyFile();
    }

    @Test
    void aStoreRunWhoseSearchFailsReplacesYesterdaysRunJsonByItsFailure() throws Exception {
        // Review 24 M4: a night whose search failed (exit 1) left the previous night's run.json, saying "ok", in review-run/.
        Distribution.Result yesterday = dist.run(work, environment(), "run", "--store", "review.db", "--run-date", "2026-05-01",
                overlap("medline.nbib").toString());
        assertThat(yesterday.exitCode()).as(yesterday.toString()).isZero();
        eutils.respond("/esearch.fcgi", Response.status(400, "{\"error\":\"Invalid query\"}"));

        Distribution.Result tonight = dist.run(work, environment(), "run", "--store", "review.db", "--run-date", "2026-05-08", "--pubmed", QUERY,
                "--option", "pubmed.base-url=" + eutils.baseUri());

        assertThat(tonight.exitCode()).as(tonight.toString()).isEqualTo(1);
        JsonNode run = JSON.readTree(work.resolve("review-run/run.json").toFile());
        assertThat(run.get("run_date").asText()).isEqualTo("2026-05-08T00:00:00Z");
        assertThat(run.get("status").asText()).isEqualTo("failed");
        String failure = run.get("failure").asText();
        assertThat(failure).startsWith("pubmed:" + QUERY + ": esearch.fcgi ");
        assertThat(tonight.stderr()).contains("evidentia: " + failure);
        assertThat(run.at("/store/file").asText()).isEqualTo(work.resolve("review.db").toString());
    }

    @Test
    void aPipelineFileTakesPubmedInputsAndValidateChecksThemWithoutSearching() throws Exception {
        Path pipeline = work.resolve("review.yaml");
        Files.writeString(pipeline, "inputs:\n  - library.ris\n  - 'pubmed:" + QUERY + "'\nreporters: [findings-jsonl]\n"
                + "options:\n  pubmed: {base-url: '" + eutils.baseUri() + "', batch-size: 100}\n");
        Files.copy(overlap("library.ris"), work.resolve("library.ris"));

        Distribution.Result valid = dist.run(work, environment(), "validate", pipeline.toString());
        assertThat(valid.exitCode()).as(valid.toString()).isZero();
        assertThat(valid.stdout()).contains("is valid: 1 input file and 1 retrieval (pubmed:" + QUERY + "; pubmed options base-url="
                + eutils.baseUri() + ", batch-size=100)");
        assertThat(eutils.requests()).isEmpty();

        // the review of the change, R13: a query in a YAML block keeps its last line break, which the search strips and
        // validate printed raw, its line split in two
        Path block = work.resolve("block.yaml");
        Files.writeString(block, "inputs:\n  - |\n    pubmed:" + QUERY + "\noptions:\n  pubmed: {base-url: '" + eutils.baseUri() + "'}\n");
        Distribution.Result blockValid = dist.run(work, environment(), "validate", block.toString());
        assertThat(blockValid.exitCode()).as(blockValid.toString()).isZero();
        assertThat(blockValid.stdout()).contains("1 retrieval (pubmed:" + QUERY + "\\n; pubmed options");

        scriptTheSearch();
        Distribution.Result run = dist.run(work, environment(), "run", pipeline.toString(), "-o", "out");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(eutils.requests("/efetch.fcgi")).singleElement().satisfies(r -> assertThat(r.parameter("retmax")).isEqualTo("100"));
        JsonNode json = JSON.readTree(work.resolve("out/run.json").toFile());
        assertThat(json.at("/retrievals/0/options/batch-size").asText()).isEqualTo("100");
        assertThat(json.get("options").has("pubmed")).as("retriever options are recorded with the retrieval").isFalse();
    }

    /** validate takes a search out of the inputs, and the input after it was named at the search's line. */
    @Test
    void anInputAfterAPubmedInputIsNamedAtItsOwnLineByValidateAndRun() throws Exception {
        Path pipeline = work.resolve("review.yaml");
        Files.writeString(pipeline, "inputs:\n  - 'pubmed:" + QUERY + "'\n  - missing.nbib\nreporters: [findings-jsonl]\n"
                + "options:\n  pubmed: {base-url: '" + eutils.baseUri() + "'}\n");
        scriptTheSearch();

        for (String command : List.of("validate", "run")) {
            Distribution.Result refused = dist.run(work, environment(), command, pipeline.toString());
            assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(2);
            assertThat(refused.stderr()).as(command).contains(pipeline + ":3: input 'missing.nbib' matches no file");
        }
    }

    @Test
    void aSearchThatFailsStopsTheRunWithOneClearLine() throws Exception {
        eutils.respond("/esearch.fcgi", Response.status(400, "Bad Request"));

        Distribution.Result result = dist.run(work, environment(), "run", "-o", "out", "--pubmed", QUERY,
                "--option", "pubmed.base-url=" + eutils.baseUri());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.stderr()).contains("evidentia: pubmed:" + QUERY + ": esearch.fcgi answered HTTP 400 (Bad Request);"
                + " expected 200 (check the query and the pubmed options)");
        assertThat(work.resolve("out/run.json")).doesNotExist();
    }

    @Test
    void pluginsListsThePubmedRetrieverAndDescribeShowsItsOptions() throws Exception {
        Distribution.Result plugins = dist.run(work, "plugins");
        assertThat(plugins.stdout()).as(plugins.toString()).contains("retriever:pubmed", "source:ris");

        Distribution.Result describe = dist.run(work, "describe", "pubmed");
        assertThat(describe.exitCode()).as(describe.toString()).isZero();
        assertThat(describe.stdout()).startsWith("pubmed (retriever, plugin pubmed-eutils 0.1.0)")
                .contains("base-url", "max-age-hours", "batch-size", "email");

        Distribution.Result unknown = dist.run(work, environment(), "run", "pubmd:asthma");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.stderr()).contains("input 'pubmd:asthma' is neither a file nor a retrieval: no retriever named 'pubmd'; retrievers: pubmed");
    }

    private void scriptTheSearch() {
        eutils.respond("/esearch.fcgi", Response.ok(overlap("esearch-overlap.xml")));
        eutils.respond("/efetch.fcgi", Response.ok(overlap("efetch-overlap.xml")));
    }

    /** The cache in the test's folder, and no API key from the machine the test runs on. */
    private Map<String, String> environment() {
        return Map.of("EVIDENTIA_CACHE_DIR", work.resolve("cache").toString(), "NCBI_API_KEY", "");
    }

    private static Path overlap(String name) {
        return PluginTestKit.resource("overlap/" + name);
    }

    /** The first column (the record id) of each data row of studies.csv, in order. */
    private static List<String> studyIds(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        return lines.subList(1, lines.size()).stream().map(line -> line.substring(0, line.indexOf(','))).toList();
    }
}
