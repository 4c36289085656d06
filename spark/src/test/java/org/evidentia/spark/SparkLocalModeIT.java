package org.evidentia.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.evidentia.runtime.EvidentiaVersion;
import org.evidentia.runtime.engine.ExtensionCatalog;
import org.evidentia.runtime.engine.Pipeline;
import org.evidentia.runtime.engine.RunEngine;
import org.evidentia.runtime.engine.RunProgress;
import org.evidentia.runtime.engine.RunResult;
import org.evidentia.runtime.host.PluginHost;
import org.evidentia.runtime.options.OptionsBinder;
import org.evidentia.runtime.store.FindingsStore;
import org.evidentia.runtime.store.SparkOutputImport;
import org.evidentia.runtime.text.ProblemLines;
import org.evidentia.testkit.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The Spark job in local mode over the shared 2021 baseline excerpts (seven .xml.gz files), with the
 * real plugins loaded by executors from a plugins folder, against one run of the same plugins on
 * this machine: the same records and findings, record for record, and once imported into a store,
 * a findings.jsonl byte-identical to the run's. Skipped where ../shared is absent.
 */
class SparkLocalModeIT {

    private static final Instant RUN_DATE = Instant.parse("2026-01-31T00:00:00Z");
    private static SparkSession spark;

    @TempDir
    Path work;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("evidentia-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    /** A writable copy of the built plugins (PF4J unpacks plugin zips beside them). */
    private Path plugins(String name) throws IOException {
        Path built = Path.of(System.getProperty("evidentia.test.plugins"));
        Path copy = Files.createDirectories(work.resolve(name));
        try (Stream<Path> zips = Files.list(built)) {
            for (Path zip : zips.filter(p -> p.toString().endsWith(".zip")).toList()) {
                Files.copy(zip, copy.resolve(zip.getFileName()));
            }
        }
        return copy;
    }

    private RunResult findingsOnThisMachine(Path pluginsDir, Path baseline, Path out) throws Exception {
        try (PluginHost host = new PluginHost(pluginsDir, EvidentiaVersion.get()).start()) {
            Pipeline pipeline = new Pipeline(List.of(baseline.toString()), List.of(), List.of(), List.of("findings-jsonl"), Map.of(), out, false, 2, RUN_DATE);
            return new RunEngine(new OptionsBinder(), EvidentiaVersion.get()).run(pipeline, work, ExtensionCatalog.of(host), RunProgress.NONE, List.of());
        }
    }

    @Test
    void theJobFindsWhatOneMachineFindsRecordForRecordAndTheStoreReportsItByteForByte() throws Exception {
        Path baseline = SharedData.resolve("data/xml/baseline-2021-excerpts");
        RunResult single = findingsOnThisMachine(plugins("plugins-single"), baseline, work.resolve("single"));
        assertThat(single.failed()).isFalse();

        Path output = work.resolve("spark-out");
        EvidentiaSparkJob job = new EvidentiaSparkJob();
        new CommandLine(job).parseArgs("--plugins", plugins("plugins-spark").toString(), "--output", output.toString(),
                "--run-date", "2026-01-31", baseline.toString());
        EvidentiaSparkJob.Summary written = job.run(spark);

        assertThat(written.inputs()).isEqualTo(7);
        assertThat(written.records()).isEqualTo(single.summary().counts().recordsKept()).isEqualTo(319);
        assertThat(written.findings()).isEqualTo(single.summary().counts().findings()).isPositive();
        try (Stream<Path> partitions = Files.list(output.resolve("findings/parquet"))) {
            assertThat(partitions.filter(Files::isDirectory).map(p -> p.getFileName().toString()))
                    .allMatch(n -> n.startsWith("input_file=pubmed21n")).isNotEmpty();
        }

        // Record for record: each record's findings (subject, direction, sentence) in order, Parquet against findings.jsonl.
        List<String> expected = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();

        // What carried the rules: the executors name each plugin's zip by the SHA-256 this machine's run gives it.
        JsonNode carried = json.readTree(json.readTree(output.resolve("job.json").toFile()).path("fingerprints").asText());
        Map<String, String> onThisMachine = new java.util.TreeMap<>();
        json.readTree(work.resolve("single/run.json").toFile()).path("plugins").forEach(p -> onThisMachine.put(p.path("id").asText(),
                p.path("sha256").asText()));
        assertThat(carried.path("plugins")).as("job.json's fingerprints").isNotEmpty().allSatisfy(p ->
                assertThat(p.path("sha256").asText()).as(p.toString()).hasSize(64).isEqualTo(onThisMachine.get(p.path("id").asText())));
        for (String line : Files.readAllLines(work.resolve("single/findings.jsonl"))) {
            JsonNode f = json.readTree(line);
            expected.add(f.get("record_id").asText() + " " + f.get("subject").asText() + " " + f.get("direction").asText() + " " + f.get("sentence").asText());
        }
        List<String> fromParquet = new ArrayList<>();
        for (Row r : spark.read().parquet(output.resolve("findings/parquet").toString())
                .orderBy("input_index", "position", "ordinal").collectAsList()) {
            fromParquet.add(r.getAs("record_id") + " " + r.getAs("subject") + " " + r.getAs("direction") + " " + r.getAs("sentence"));
        }
        assertThat(fromParquet).containsExactlyElementsOf(expected);

        // Imported into a store and reported, the findings are the run's, byte for byte.
        Path db = work.resolve("review.db");
        try (FindingsStore store = FindingsStore.open(db)) {
            SparkOutputImport.Outcome imported = SparkOutputImport.apply(store, output, false);
            assertThat(imported.recorder().changes().added()).isEqualTo(319);
            assertThat(store.check()).isEmpty();
            try (PluginHost host = new PluginHost(plugins("plugins-report"), EvidentiaVersion.get()).start()) {
                Pipeline report = new Pipeline(List.of(), List.of(), List.of(), List.of("findings-jsonl"), Map.of(), work.resolve("replay"), false, 1,
                        RUN_DATE);
                RunResult replay = new RunEngine(new OptionsBinder(), EvidentiaVersion.get()).report(report, ExtensionCatalog.of(host),
                        store.stored(), RunProgress.NONE);
                assertThat(replay.summary().counts()).isEqualTo(single.summary().counts());
            }
            assertThat(SparkOutputImport.apply(store, output, false).recorder()).as("a second import skips every input").isNull();
        }
        assertThat(Files.readString(work.resolve("replay/findings.jsonl"))).isEqualTo(Files.readString(work.resolve("single/findings.jsonl")));
    }

    /**
     * Review 12, M2 and M3: the job read a mirror's .md5 files as inputs, and its summary said
     * nothing of the input cut short or its skipped record; its inputs' problems are now counted from
     * what the tasks wrote, as files.jsonl holds them.
     */
    @Test
    void theJobLeavesOutChecksumFilesAndCountsAPartialInputAndItsSkippedRecord() throws Exception {
        Path excerpts = SharedData.resolve("data/xml/baseline-2021-excerpts");
        Path mirror = Files.createDirectories(work.resolve("mirror"));
        String name;
        try (Stream<Path> files = Files.list(excerpts)) {
            name = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".xml.gz")).sorted().findFirst().orElseThrow();
        }
        byte[] whole = Files.readAllBytes(excerpts.resolve(name));
        Files.write(mirror.resolve(name), java.util.Arrays.copyOf(whole, whole.length / 2)); // cut short, as a download can be
        Files.writeString(mirror.resolve(name + ".md5"), "MD5(" + name + ")= 0123456789abcdef0123456789abcdef\n");

        Path output = work.resolve("mirror-out");
        EvidentiaSparkJob job = new EvidentiaSparkJob();
        new CommandLine(job).parseArgs("--plugins", plugins("plugins-mirror").toString(), "--output", output.toString(),
                "--run-date", "2026-01-31", mirror.toString());
        EvidentiaSparkJob.Summary written = job.run(spark);

        assertThat(written.inputs()).as("the .md5 is no input").isEqualTo(1);
        assertThat(written.notices()).singleElement().asString().startsWith(mirror + ": left out 1 checksum file");
        assertThat(written.tally().partial()).isEqualTo(1);
        // named as the job was given the input, not as the task's local copy ("in/NAME", an explorer's F1 of session 15)
        assertThat(written.tally().problems()).isNotEmpty().allSatisfy(p -> assertThat(p.file()).endsWith(mirror.resolve(name).toString())
                .doesNotStartWith("in/"));
        assertThat(ProblemLines.counts(written.tally().problems(), "each in files.jsonl")).startsWith("Problems: ");
    }

    /**
     * Review s20, items 2 and 4: an input named "crohn's [1].xml.gz" was written to input_file=crohn%27s %5B1%5D.xml.gz,
     * which the import did not find ("0 are in the output: it is incomplete"); one named "export 10:30.xml.gz" failed its
     * task and the whole job; and a broken symbolic link in the folder was left out without a word. Now both inputs are
     * read and imported whole, and the link is an input error of the job, as evidentia run makes it.
     */
    @Test
    void inputsWhoseNamesSparkEscapesOrHoldAColonAreReadAndImportedAndABrokenLinkIsReported() throws Exception {
        Path excerpts = SharedData.resolve("data/xml/baseline-2021-excerpts");
        List<Path> gz;
        try (Stream<Path> files = Files.list(excerpts)) {
            gz = files.filter(p -> p.getFileName().toString().endsWith(".xml.gz")).sorted().limit(2).toList();
        }
        Path names = Files.createDirectories(work.resolve("names"));
        Files.copy(gz.get(0), names.resolve("crohn's [1].xml.gz"));
        Files.copy(gz.get(1), names.resolve("export 10:30.xml.gz"));
        Files.createSymbolicLink(names.resolve("broken.xml"), names.resolve("nonexistent"));

        Path output = work.resolve("names-out");
        EvidentiaSparkJob job = new EvidentiaSparkJob();
        new CommandLine(job).parseArgs("--plugins", plugins("plugins-names").toString(), "--output", output.toString(),
                "--run-date", "2026-01-31", names.toString());
        EvidentiaSparkJob.Summary written = job.run(spark);

        assertThat(written.inputs()).isEqualTo(2);
        assertThat(written.records()).as("records kept from %s", gz).isPositive();
        try (Stream<Path> partitions = Files.list(output.resolve("records/json"))) {
            assertThat(partitions.filter(Files::isDirectory).map(p -> p.getFileName().toString())).as("the partitions of %s", output)
                    .containsExactlyInAnyOrder("input_file=crohn%27s %5B1%5D.xml.gz", "input_file=export 10%3A30.xml.gz"); // as docs/scale.md shows
        }
        assertThat(written.tally().problems()).as("the job's problems").singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(org.evidentia.api.RunSummary.Problem.Kind.INPUT_ERROR);
            assertThat(p.file()).isEqualTo("file:" + names.resolve("broken.xml"));
            assertThat(p.message()).isEqualTo("a broken symbolic link (its target does not exist): not read");
        });
        try (FindingsStore store = FindingsStore.open(work.resolve("names.db"))) {
            SparkOutputImport.Outcome imported = SparkOutputImport.apply(store, output, false);
            assertThat(imported.recorder().changes().added()).as("records imported from %s", output).isEqualTo(written.records());
            assertThat(imported.tally().problems()).as("the import's problems").extracting(p -> p.file())
                    .containsExactly("file:" + names.resolve("broken.xml"));
            assertThat(store.appliedFiles()).hasSize(2);
        }
    }

    /** Review 12, L2 and M5: "output out12 exists; give a new folder" came with some 20 lines of usage text under it. */
    @Test
    void aRefusedJobSaysWhyInOneLineWithoutTheUsageText() throws Exception {
        Path output = Files.createDirectories(work.resolve("out12/records/parquet")).getParent().getParent();
        java.io.StringWriter err = new java.io.StringWriter();
        CommandLine cli = EvidentiaSparkJob.commandLine(new EvidentiaSparkJob());
        cli.setErr(new java.io.PrintWriter(err));

        int code = cli.execute("--plugins", plugins("plugins-refused").toString(), "--output", output.toString(), work.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("evidentia-spark: output " + output + " exists and holds no job.json: a job that did not"
                + " finish (it failed or was stopped) left it, and nothing can import it; delete it, or give a new folder\n");
    }
}
