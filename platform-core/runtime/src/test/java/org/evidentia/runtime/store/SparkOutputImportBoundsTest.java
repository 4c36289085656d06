package org.evidentia.runtime.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.FindingKind;
import org.evidentia.api.Origin;
import org.evidentia.api.RunSummary;
import org.evidentia.runtime.engine.RunRecorder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 32 M4: a job folder from another team is read with bounds. A line of 768 MiB ended the
 * import in an OutOfMemoryError, and files.jsonl's names could lead outside the job folder.
 */
class SparkOutputImportBoundsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aWellFormedJobIsImported() throws Exception {
        Path job = job("input.xml");
        Files.writeString(partition(job, "input.xml").resolve("part-00000.json"), row() + "\n");

        try (FindingsStore store = FindingsStore.open(dir.resolve("ok.db"))) {
            assertThat(SparkOutputImport.apply(store, job, false).recorder().changes().added()).isEqualTo(1);
        }
    }

    /** The review of session 23, C12: a job none of whose inputs could be read was imported with exit 0, as run --store fails. */
    @Test
    void aJobNoneOfWhoseInputsCouldBeReadFailsItsImport() throws Exception {
        Path job = Files.createDirectories(dir.resolve("unread"));
        RunRecorder.RunStart start = new RunRecorder.RunStart("0.1.0", Instant.parse("2026-01-31T00:00:00Z"), List.of(), Map.of(),
                List.of(new FindingKind("marker", "Marker", "Markers", List.of(), Map.of())));
        Files.writeString(job.resolve(SparkOutputLayout.JOB), SparkOutputLayout.jobJson(start, List.of(), 1));
        RunRecorder.InputEnd end = new RunRecorder.InputEnd(0, new RunSummary.InputSummary("README.txt", "aa", null, 0, 0), false, 0, 0,
                List.of(), List.of(), List.of());
        Files.writeString(job.resolve(SparkOutputLayout.FILES), ((ObjectNode) JSON.readTree(SparkOutputLayout.fileJson(end, "README.txt",
                List.of()))).put("name", "README.txt").toString() + "\n", StandardCharsets.UTF_8);

        try (FindingsStore store = FindingsStore.open(dir.resolve("unread.db"))) {
            assertThat(SparkOutputImport.apply(store, job, false).failure()).isEqualTo("no input could be read");
        }
    }

    @Test
    void aNameThatLeadsOutOfTheJobFolderIsRefusedBeforeAnythingIsRead() throws Exception {
        Path victim = Files.createDirectories(dir.resolve("victim"));
        Files.writeString(victim.resolve("part-00000"), row() + "\n");
        String escape = "x/../../../victim";
        Path job = job(escape);
        Files.createDirectories(job.resolve("records/json/input_file=x"));

        try (FindingsStore store = FindingsStore.open(dir.resolve("trav.db"))) {
            assertThatThrownBy(() -> SparkOutputImport.apply(store, job, false)).isInstanceOf(IOException.class)
                    .hasMessage(job.resolve("files.jsonl") + ":1: the input's name '" + escape + "' is not one file name as"
                            + " evidentia-spark writes it (its records must be in " + job.resolve("records/json/input_file=<name>") + ")");
            assertThat(store.appliedFiles()).isEmpty();
        }
        for (String name : List.of("..", ".", "", "a\\..\\b")) {
            assertThatThrownBy(() -> SparkOutputImport.partition(job, JSON.createObjectNode().put("name", name), "files.jsonl:3"))
                    .hasMessageStartingWith("files.jsonl:3: the input's name '" + name + "' is not one file name");
        }
        assertThat(SparkOutputImport.partition(job, JSON.createObjectNode().put("name", "pubmed26n0001.xml.gz"), "files.jsonl:1"))
                .isEqualTo(job.resolve("records/json/input_file=pubmed26n0001.xml.gz"));
    }

    /**
     * Review s20, item 2: Spark writes a partition value into its folder's name escaped (crohn's as
     * crohn%27s), and the import looked for the name as it is: "kept 1 record, but 0 are in the output:
     * it is incomplete", the whole job's work lost.
     */
    @Test
    void anInputWhoseNameSparkEscapesInItsPartitionFolderIsImported() throws Exception {
        String name = "crohn's [1] set=2 10:30#a?%.xml.gz";
        String asSparkWritesIt = "input_file=crohn%27s %5B1%5D set%3D2 10%3A30%23a%3F%25.xml.gz"; // ExternalCatalogUtils.escapePathName
        Path job = job(name);
        Files.writeString(Files.createDirectories(job.resolve(SparkOutputLayout.RECORDS_JSON).resolve(asSparkWritesIt))
                .resolve("part-00000.json"), row() + "\n");

        try (FindingsStore store = FindingsStore.open(dir.resolve("escaped.db"))) {
            assertThat(SparkOutputImport.apply(store, job, false).recorder().changes().added())
                    .as("records of '%s' read from %s", name, asSparkWritesIt).isEqualTo(1);
        }
        assertThat(SparkOutputImport.partitionFolderName(name)).isEqualTo(asSparkWritesIt);
        assertThat(SparkOutputImport.partitionFolderName("pubmed26n0001.xml.gz")).as("a safe name is its own folder's")
                .isEqualTo("input_file=pubmed26n0001.xml.gz");
    }

    /** Spark on Windows also escapes a space (%20): the folder is found by its name read back, as Spark reads it. */
    @Test
    void aPartitionFolderEscapedBeyondSparksOwnSetHereIsFoundByItsNameReadBack() throws Exception {
        Path job = job("il6 <2024>.xml");
        Files.writeString(Files.createDirectories(job.resolve(SparkOutputLayout.RECORDS_JSON).resolve("input_file=il6%202024%3E.xml"))
                .resolve("part-00000.json"), row() + "\n"); // another input's: its name is not this one's
        Files.writeString(Files.createDirectories(job.resolve(SparkOutputLayout.RECORDS_JSON).resolve("input_file=il6%20%3C2024%3E.xml"))
                .resolve("part-00000.json"), row() + "\n");

        try (FindingsStore store = FindingsStore.open(dir.resolve("windows.db"))) {
            assertThat(SparkOutputImport.apply(store, job, false).recorder().changes().added())
                    .as("records of 'il6 <2024>.xml' read from input_file=il6%20%3C2024%3E.xml").isEqualTo(1);
        }
        assertThat(SparkOutputImport.partitionValue("input_file=a%2")).as("a % without two hex digits stands for itself").isEqualTo("a%2");
        assertThat(SparkOutputImport.partitionValue("input_file=a%zz%41")).isEqualTo("a%zzA");
    }

    @Test
    void aLineLongerThanTheBoundIsAnErrorNamingTheFileAndLine() throws Exception {
        Path job = job("input.xml");
        Path part = partition(job, "input.xml").resolve("part-00000.json");
        char[] tooLong = new char[SparkOutputImport.MAX_LINE + 10];
        Arrays.fill(tooLong, 'A');
        Files.writeString(part, row() + "\n" + new String(tooLong) + "\n");

        try (FindingsStore store = FindingsStore.open(dir.resolve("long.db"))) {
            assertThatThrownBy(() -> SparkOutputImport.apply(store, job, false)).isInstanceOf(IOException.class)
                    .hasMessage(part + ":2: the line is longer than 16,777,216 characters, which no record evidentia-spark writes is:"
                            + " is this a job's output?");
        }
    }

    @Test
    void aGzipBombStopsAtTheInflationBoundWithAnErrorNamingTheFileAndLine() throws Exception {
        Path job = job("input.xml");
        Path part = partition(job, "input.xml").resolve("part-00000.json.gz");
        byte[] mebibyte = new byte[1 << 20];
        Arrays.fill(mebibyte, (byte) 'A');
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(part))) {
            for (int i = 0; i < 256; i++) { // 256 MiB in one line, some 250 KB compressed
                out.write(mebibyte);
            }
        }
        assertThat(Files.size(part)).isLessThan(1 << 20);

        try (FindingsStore store = FindingsStore.open(dir.resolve("bomb.db"))) {
            assertThatThrownBy(() -> SparkOutputImport.apply(store, job, false)).isInstanceOf(IOException.class)
                    .hasMessageStartingWith(part + ":1: the file inflates more than 100 times its size (")
                    .hasMessageEndingWith(" to 1, past the first 64 MiB): a gzip bomb, not a job's output; the import stopped reading it");
        }
    }

    /** A finished one-input job, as {@link SparkOutputLayout} writes it, whose input has the partition name {@code name}. */
    private Path job(String name) throws IOException {
        Path job = Files.createDirectories(dir.resolve("job"));
        RunRecorder.RunStart start = new RunRecorder.RunStart("0.1.0", Instant.parse("2026-01-31T00:00:00Z"), List.of(), Map.of(),
                List.of(new FindingKind("marker", "Marker", "Markers", List.of(), Map.of())));
        Files.writeString(job.resolve(SparkOutputLayout.JOB), SparkOutputLayout.jobJson(start, List.of(), 1));
        RunRecorder.InputEnd end = new RunRecorder.InputEnd(0, new RunSummary.InputSummary("input.xml", "aa", "pubmed-xml", 1, 0), true, 0, 0,
                List.of(), List.of(), List.of());
        String file = SparkOutputLayout.fileJson(end, "input.xml", List.of());
        Files.writeString(job.resolve(SparkOutputLayout.FILES), ((ObjectNode) JSON.readTree(file))
                .put("name", name).toString() + "\n", StandardCharsets.UTF_8);
        return job;
    }

    private static Path partition(Path job, String name) throws IOException {
        return Files.createDirectories(job.resolve(SparkOutputLayout.RECORDS_JSON).resolve(SparkOutputLayout.INPUT_FILE + "=" + name));
    }

    private static String row() {
        BibliographicRecord record = BibliographicRecord.builder().pmid("1").version(1).title("A title").section("RESULTS", "Nothing.")
                .journal("J Test").year(2021).origin(new Origin("pubmed-xml", "input.xml", 1, 0)).build();
        return JSON.createObjectNode().put("position", 0).put("record", RecordJson.write(record)).put("design", "primary")
                .put("retracted", false).put("design_basis", "x").set("findings", JSON.createArrayNode()).toString();
    }
}
