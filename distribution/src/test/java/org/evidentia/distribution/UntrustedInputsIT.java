package org.evidentia.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.evidentia.api.FindingKind;
import org.evidentia.api.RunSummary;
import org.evidentia.runtime.engine.RunRecorder;
import org.evidentia.runtime.store.SparkOutputLayout;
import org.evidentia.testkit.PluginTestKit;
import org.evidentia.testkit.ReplayServer;
import org.evidentia.testkit.ReplayServer.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files and servers that someone else chose, through the built distribution (review 32 M3, M4, L2,
 * L3, L4): a shared pipeline file's E-utilities address and what its answers hold, what the file makes
 * the run read and write, a Spark job folder from another team, an oversized exclusion list or
 * pipeline file. Each is bounded and told in one plain line, or shown by validate.
 */
class UntrustedInputsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String QUERY = "fibromyalgia AND cytokin*";
    private static final String SECRET = "SECRET-ncbi-key-0123456789abcdef";

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
    void aSharedPipelinesAddressIsShownAndGetsNeitherTheApiKeyNorTheEmail() throws Exception {
        Path pipeline = work.resolve("colleague.yaml");
        Files.writeString(pipeline, "inputs:\n  - 'pubmed:" + QUERY + "'\nreporters: [findings-jsonl]\n"
                + "options:\n  pubmed: {base-url: '" + eutils.baseUri() + "'}\n");
        Map<String, String> env = Map.of("EVIDENTIA_CACHE_DIR", work.resolve("cache").toString(), "NCBI_API_KEY", SECRET);

        Distribution.Result valid = dist.run(work, env, "validate", pipeline.toString());
        assertThat(valid.exitCode()).as(valid.toString()).isZero();
        assertThat(valid.stdout()).contains("1 retrieval (pubmed:" + QUERY + "; pubmed options base-url=" + eutils.baseUri() + ")");
        Path fetchedInto = work.resolve("cache/pubmed");
        assertThat(valid.stdout().lines()).containsSubsequence("It runs 1 retrieval, writing what it fetches into the cache"
                + " (EVIDENTIA_CACHE_DIR, else XDG_CACHE_HOME/evidentia, else ~/.cache/evidentia), and reads those files as inputs:",
                "  pubmed:" + QUERY + ": into " + fetchedInto);

        eutils.respond("/esearch.fcgi", Response.ok(overlap("esearch-overlap.xml")));
        eutils.respond("/efetch.fcgi", Response.ok(overlap("efetch-overlap.xml")));
        Distribution.Result run = dist.run(work, env, "run", pipeline.toString(), "-o", "out", "--option",
                "pubmed.email=me@example.org", "--no-progress");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(eutils.requests()).hasSize(2).allSatisfy(r -> assertThat(r.parameters()).doesNotContainKeys("api_key", "email"));
        String note = "pubmed.base-url is " + eutils.baseUri() + ", not NCBI's E-utilities (https://eutils.ncbi.nlm.nih.gov/entrez/eutils/):"
                + " the search was sent there, without NCBI_API_KEY or the email option, which are sent only to NCBI (so at most 3 requests"
                + " a second)";
        assertThat(run.stdout() + run.stderr()).contains(note).doesNotContain(SECRET);
        assertThat(Files.readString(work.resolve("out/run.json"))).contains(note).doesNotContain(SECRET);
        var inputs = JSON.readTree(work.resolve("out/run.json").toFile()).get("inputs");
        assertThat(inputs).as("validate said where the fetched files go").isNotEmpty()
                .allSatisfy(input -> assertThat(work.resolve(input.get("path").asText()).normalize()).startsWith(fetchedInto));

        Files.writeString(pipeline, Files.readString(pipeline).replace(eutils.baseUri().toString(), "http://eutils.example.org/entrez/eutils/"));
        Distribution.Result http = dist.run(work, env, "validate", pipeline.toString());
        assertThat(http.exitCode()).as(http.toString()).isEqualTo(2);
        assertThat(http.stderr()).contains("base-url must start with https:// (http:// is allowed only for this machine's own loopback"
                + " address, such as a local test server at 127.0.0.1), was 'http://eutils.example.org/entrez/eutils/'");
    }

    @Test
    void anEsearchAnswerOverItsCapStopsTheRunNamingTheAddressAndLeavesNothingInTheCache() throws Exception {
        byte[] endless = new byte[(16 << 20) + 1];
        Arrays.fill(endless, (byte) ' ');
        eutils.respond("/esearch.fcgi", Response.ok(endless));

        Distribution.Result run = dist.run(work, Map.of("EVIDENTIA_CACHE_DIR", work.resolve("cache").toString(), "NCBI_API_KEY", ""),
                "run", "-o", "out", "--pubmed", QUERY, "--option", "pubmed.base-url=" + eutils.baseUri(), "--no-progress");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.stderr()).contains("esearch.fcgi: the answer of " + eutils.baseUri().resolve("esearch.fcgi")
                + " is larger than 16,777,216 bytes (16 MiB), the most evidentia reads of one esearch answer").doesNotContain("\tat ");
        try (Stream<Path> left = Files.walk(work.resolve("cache"))) {
            // the empty lock file beside the search's folder stays, as the cache keeps one for each search (pubmed-search.md)
            assertThat(left.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".lock"))).isEmpty();
        }
    }

    /** Review 32 M3: within the size cap, one comment of an answer was read whole by the XML reader. */
    @Test
    void anEsearchAnswerHoldingACommentOverOneMibStopsTheRunInOneLineAndLeavesNothingInTheCache() throws Exception {
        String search = Files.readString(overlap("esearch-overlap.xml"), StandardCharsets.UTF_8)
                .replace("<eSearchResult>", "<eSearchResult><!--" + "x".repeat(1 << 20) + "-->");
        eutils.respond("/esearch.fcgi", Response.ok(search.getBytes(StandardCharsets.UTF_8)));

        Distribution.Result run = dist.run(work, Map.of("EVIDENTIA_CACHE_DIR", work.resolve("cache").toString(), "NCBI_API_KEY", ""),
                "run", "-o", "out", "--pubmed", QUERY, "--option", "pubmed.base-url=" + eutils.baseUri(), "--no-progress");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.stderr()).contains("esearch.fcgi: the answer of " + eutils.baseUri().resolve("esearch.fcgi") + " holds a comment"
                + " longer than 1,048,576 bytes (1 MiB) at line 3, the longest text, comment or tag evidentia reads in an E-utilities"
                + " answer; it stopped reading it and deleted what it had saved").doesNotContain("\tat ");
        assertThat(eutils.requests()).as("not retried").hasSize(1);
        try (Stream<Path> left = Files.walk(work.resolve("cache"))) {
            // the empty lock file beside the search's folder stays, as the cache keeps one for each search (pubmed-search.md)
            assertThat(left.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".lock"))).isEmpty();
        }
    }

    /**
     * Review 32 L4: validate said "is valid: 2 input files" for a colleague's pipeline file that read
     * a .netrc with a source forced on it and wrote outside its folder, and named neither; nor, until
     * later, the files its options and exclusion list name.
     */
    @Test
    void validateListsTheFilesASharedPipelineReadsAndWhereItWritesMarkingWhatIsOutsideItsFolder() throws Exception {
        Path team = Files.createDirectories(work.resolve("team"));
        Path home = Files.createDirectories(work.resolve("home"));
        Files.copy(PluginTestKit.resource("overlap/medline.nbib"), team.resolve("evil.nbib"));
        Files.writeString(home.resolve(".netrc"), "machine intranet.example login jdoe password Hunter2-secret\n");
        // and files its options and exclusion list name: a lexicon's bad line is quoted in the error that refuses it
        Files.writeString(home.resolve("lexicon.tsv"), "IL6\tIL-6\tinterleukin six\n");
        Files.writeString(team.resolve("excluded.csv"), "id,reason\n1,off-topic\n");
        Path pipeline = Files.writeString(team.resolve("exfil.yaml"), "inputs:\n  - evil.nbib\n"
                + "  - {path: ../home/.netrc, source: pubmed-abstract-text}\noutput: ../elsewhere/out\n"
                + "options:\n  cytokines:\n    lexicon: home/lexicon.tsv\nexclude: excluded.csv\n");

        Distribution.Result valid = dist.run(work, "validate", pipeline.toString());

        assertThat(valid.exitCode()).as(valid.toString()).isZero();
        assertThat(valid.stdout().lines()).containsSubsequence(
                "It reads 2 input files; the pipeline file's folder is " + team + ":",
                "  " + team.resolve("evil.nbib"),
                "  " + home.resolve(".netrc") + " (outside the pipeline file's folder; read as pubmed-abstract-text, chosen for it in the"
                        + " pipeline file)",
                "It also reads 2 files the pipeline file names besides its inputs:",
                "  " + home.resolve("lexicon.tsv") + " (option cytokines.lexicon; outside the pipeline file's folder)",
                "  " + team.resolve("excluded.csv") + " (the exclusion list)",
                "It writes the output folder " + work.resolve("elsewhere/out") + " (outside the pipeline file's folder).");
        assertThat(valid.stdout()).doesNotContain("Hunter2");

        // the lexicon option pointed at the .netrc: refused, without its line
        Files.writeString(pipeline, Files.readString(pipeline).replace("home/lexicon.tsv", "home/.netrc"));
        Distribution.Result refused = dist.run(work, "validate", pipeline.toString());
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(2);
        assertThat(refused.stderr()).contains("home/.netrc, line 1: expected three tab-separated columns")
                .contains("a line without a tab (59 characters, not shown").doesNotContain("Hunter2");
    }

    @Test
    void aSparkJobWhoseNamesLeaveItsFolderOrWhosePartIsAGzipBombIsRefusedInOneLine() throws Exception {
        Path escape = job("job-trav", "x/../../victim");
        Files.createDirectories(escape.resolve("records/json/input_file=x"));
        Distribution.Result trav = dist.run(work, "import", "--store", "trav.db", escape.toString());
        assertThat(trav.exitCode()).as(trav.toString()).isNotZero();
        assertThat(trav.stderr()).contains(escape.resolve("files.jsonl") + ":1: the input's name 'x/../../victim' is not one file name")
                .doesNotContain("\tat ");

        Path bomb = job("job-bomb", "input.xml");
        Path part = Files.createDirectories(bomb.resolve("records/json/input_file=input.xml")).resolve("part-00000.json.gz");
        byte[] mebibyte = new byte[1 << 20];
        Arrays.fill(mebibyte, (byte) 'A');
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(part))) {
            for (int i = 0; i < 768; i++) { // one line of 768 MiB, under 1 MB compressed
                out.write(mebibyte);
            }
        }
        Distribution.Result imported = dist.run(work, Map.of("JAVA_OPTS", "-Xmx256m"), "import", "--store", "bomb.db", bomb.toString());
        assertThat(imported.exitCode()).as(imported.toString()).isNotZero();
        assertThat(imported.stderr()).contains(part + ":1: the file inflates more than 100 times its size")
                .doesNotContain("OutOfMemoryError", "\tat ");
    }

    @Test
    void aGzipBombAmongTheInputsStopsAtTheInflationBoundAsOneFailedFileAndTheOthersAreRead() throws Exception {
        Path inputs = Files.createDirectories(work.resolve("inputs"));
        Files.copy(overlap("medline.nbib"), inputs.resolve("medline.nbib"));
        Path bomb = inputs.resolve("bomb.xml.gz");
        byte[] mebibyte = new byte[1 << 20];
        Arrays.fill(mebibyte, (byte) 'a');
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb))) {
            out.write(("<?xml version=\"1.0\"?>\n<PubmedArticleSet>\n<PubmedArticle><MedlineCitation><PMID>90300001</PMID><Article>"
                    + "<ArticleTitle>First.</ArticleTitle></Article></MedlineCitation></PubmedArticle>\n<PubmedArticle><MedlineCitation>"
                    + "<PMID>90300002</PMID><Article><ArticleTitle>").getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 200; i++) { // a title of 200 MiB, some 200 KB compressed: made streaming, never held
                out.write(mebibyte);
            }
            out.write("</ArticleTitle></Article></MedlineCitation></PubmedArticle>\n</PubmedArticleSet>\n".getBytes(StandardCharsets.US_ASCII));
        }

        Distribution.Result run = dist.run(work, Map.of("JAVA_OPTS", "-Xmx256m"), "run", "-o", "out", "--no-progress", "inputs");

        assertThat(run.stderr()).doesNotContain("OutOfMemoryError", "\tat ");
        var runJson = JSON.readTree(work.resolve("out/run.json").toFile());
        List<String> errors = new java.util.ArrayList<>();
        runJson.get("problems").forEach(p -> errors.add(p.get("kind").asText() + " " + p.get("file").asText() + ": " + p.get("message").asText()));
        assertThat(errors).as(runJson.toString()).filteredOn(e -> e.contains("inflates")).singleElement().asString()
                .startsWith("input-error inputs/bomb.xml.gz: ")
                .containsPattern("the file inflates more than 100 times its size \\([0-9,]+ bytes from [0-9,]+ compressed, [0-9,]+ to 1,"
                        + " past the first 64 MiB\\): a gzip bomb, not an export");
        var medline = runJson.get("inputs").get(1);
        assertThat(medline.get("path").asText()).isEqualTo("inputs/medline.nbib");
        assertThat(medline.get("records").asLong()).as("the other input is read whole").isPositive();
        assertThat(run.exitCode()).as(run.toString()).isZero();
    }

    @Test
    void anInputGivenByItsPathUnderTheHomeFolderIsShownFromTildeInTheSharedOutputsAndWholeInRunJson() throws Exception {
        Path home = Files.createDirectories(work.resolve("home/ana"));
        Path input = Files.copy(overlap("medline.nbib"), Files.createDirectories(home.resolve("exports")).resolve("a.nbib"));
        Path deep = Files.createDirectories(work.resolve("r/e/v/i/e/w")); // from here the absolute path is the shorter

        Distribution.Result run = dist.run(deep, Map.of("JAVA_OPTS", "-Duser.home=" + home), "run", "-o", "out", "--no-progress",
                input.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        Path out = deep.resolve("out");
        assertThat(Files.readString(out.resolve("run.json"))).as("the user's own record").contains(input.toString());
        assertThat(Files.readString(out.resolve("report.html"))).contains("~/exports/a.nbib");
        assertThat(Files.readString(out.resolve("review-tables-about.md"))).contains("~/exports/a.nbib");
        try (Stream<Path> files = Files.list(out)) {
            for (Path shared : files.filter(f -> !f.getFileName().toString().equals("run.json")).toList()) {
                assertThat(Files.readString(shared)).as(shared.toString()).doesNotContain(home.toString());
            }
        }
    }

    @Test
    void aSourceForcedOnASecretFileQuotesNoneOfItsLinesInRunJsonTheReportOrTheConsole() throws Exception {
        Path netrc = Files.writeString(Files.createDirectories(work.resolve("home")).resolve(".netrc"),
                "machine example.com login ana password Hunter2secret\nmachine api.example.org\n  login bob\n  password S3cretTwo\n\n"
                        + "default login anonymous password Hunter3other\n");
        // pubmed-page is left out: it keeps the file's first line as a record's title, a record, not a problem's quote
        for (String source : List.of("medline", "pubmed-abstract-text", "pubmed-summary-text", "pubmed-xml", "pubmed-csv", "csv-table",
                "ris", "pubtator", "bioc-json", "bioc-xml")) {
            Distribution.Result run = dist.run(work, "run", "-s", source, "-o", "out-" + source, "--no-progress", netrc.toString());

            assertThat(run.stdout() + run.stderr()).as(source).contains(".netrc").doesNotContain("Hunter", "S3cret", "\tat ");
            Path out = work.resolve("out-" + source);
            assertThat(out.resolve("run.json")).as(source).exists();
            try (Stream<Path> files = Files.list(out)) {
                for (Path file : files.toList()) {
                    assertThat(Files.readString(file)).as(file.toString()).doesNotContain("Hunter", "S3cret", "login bob");
                }
            }
        }
    }

    @Test
    void anOversizedExclusionListOrPipelineFileIsRefusedNamingItAndTheLimit() throws Exception {
        Path list = work.resolve("exclusions.csv");
        try (RandomAccessFile file = new RandomAccessFile(list.toFile(), "rw")) {
            file.setLength((16L << 20) + 1);
        }
        Path input = PluginTestKit.resource("overlap/medline.nbib");
        Distribution.Result excluded = dist.run(work, "run", "-o", "out", "--exclude", list.toString(), input.toString());
        assertThat(excluded.exitCode()).as(excluded.toString()).isEqualTo(2);
        assertThat(excluded.stderr()).contains("exclusions.csv is 16,777,217 bytes, more than the 16,777,216 bytes (16 MiB)")
                .doesNotContain("\tat ");

        Path pipeline = work.resolve("big.yaml");
        Files.writeString(pipeline, "inputs: [x.nbib]\nx: \"" + "A".repeat(8 << 20) + "\"\n");
        long started = System.nanoTime();
        Distribution.Result big = dist.run(work, "validate", pipeline.toString());
        assertThat(big.exitCode()).as(big.toString()).isEqualTo(2);
        assertThat(big.stderr()).contains(pipeline + ": the pipeline file is 8,388,631 bytes, more than the 1,048,576 bytes (1 MiB)");
        assertThat(System.nanoTime() - started).as("refused before parsing, not after 40 s").isLessThan(20_000_000_000L);
    }

    /** A finished one-input job folder as evidentia-spark writes it, files.jsonl naming its input's partition {@code name}. */
    private Path job(String folder, String name) throws Exception {
        Path job = Files.createDirectories(work.resolve(folder));
        RunRecorder.RunStart start = new RunRecorder.RunStart("0.1.0", Instant.parse("2026-01-31T00:00:00Z"), List.of(), Map.of(),
                List.of(new FindingKind("marker", "Marker", "Markers", List.of(), Map.of())));
        Files.writeString(job.resolve(SparkOutputLayout.JOB), SparkOutputLayout.jobJson(start, List.of(), 1));
        RunRecorder.InputEnd end = new RunRecorder.InputEnd(0, new RunSummary.InputSummary("input.xml", "aa", "pubmed-xml", 1, 0), true, 0, 0,
                List.of(), List.of(), List.of());
        ObjectNode file = (ObjectNode) JSON.readTree(SparkOutputLayout.fileJson(end, "input.xml", List.of()));
        Files.writeString(job.resolve(SparkOutputLayout.FILES), file.put("name", name) + "\n");
        return job;
    }

    private static Path overlap(String name) {
        return PluginTestKit.resource("overlap/" + name);
    }
}
