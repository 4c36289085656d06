package org.evidentia.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.FindingKind;
import org.evidentia.api.Origin;
import org.evidentia.api.RunSummary;
import org.evidentia.runtime.engine.RunRecorder;
import org.evidentia.runtime.store.RecordJson;
import org.evidentia.runtime.store.SparkOutputLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evidentia import} refusing what is no job's output, without making the store; and what it says of what it applied. */
class ImportCommandTest {

    @TempDir
    Path dir;

    @Test
    void aMissingFolderIsAUsageErrorThatSaysSoAndMakesNoStore() {
        Path store = dir.resolve("imp.db");
        CommandRun run = CommandRun.of("import", "--store", store.toString(), dir.resolve("nojob").toString());
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("the folder " + dir.resolve("nojob") + " does not exist");
        assertThat(Files.exists(store)).isFalse();
    }

    @Test
    void aJobFileWithoutItsFieldsNamesTheFileAndTheFieldAndMakesNoStore() throws Exception {
        Path job = Files.createDirectory(dir.resolve("fakejob"));
        Files.writeString(job.resolve("job.json"), "{\"evidentia_version\":\"0.1.0\"}");
        Files.writeString(job.resolve("files.jsonl"), "");
        Path store = dir.resolve("imp.db");
        CommandRun run = CommandRun.of("import", "--store", store.toString(), job.toString());
        assertThat(run.exit()).isEqualTo(ExitCode.FAILED);
        assertThat(run.err()).contains(job.resolve("job.json") + ": the field run_date is missing");
        assertThat(Files.exists(store)).isFalse();
    }

    /**
     * A job's output of one input, {@code name}, holding record 1 at version 1 with {@code title}, as
     * evidentia-spark writes it.
     */
    private Path jobOutput(String folder, String name, String sha256, String title) throws Exception {
        Path out = Files.createDirectories(dir.resolve(folder));
        RunRecorder.RunStart start = new RunRecorder.RunStart("0.1.0", Instant.parse("2026-01-31T00:00:00Z"), List.of(), Map.of(),
                List.of(new FindingKind("marker", "Marker", "Markers", List.of(), Map.of())));
        Files.writeString(out.resolve(SparkOutputLayout.JOB), SparkOutputLayout.jobJson(start, List.of(), 1));
        RunRecorder.InputEnd end = new RunRecorder.InputEnd(0, new RunSummary.InputSummary(name, sha256, "pubmed-xml", 1, 0), true, 0, 0,
                List.of(), List.of(), List.of());
        Files.writeString(out.resolve(SparkOutputLayout.FILES), SparkOutputLayout.fileJson(end, name, List.of()) + "\n");
        BibliographicRecord record = BibliographicRecord.builder().pmid("1").version(1).title(title).section("RESULTS", "Nothing measured.")
                .journal("J Test").year(2021).origin(new Origin("pubmed-xml", name, 1, 0)).build();
        Path part = Files.createDirectories(out.resolve(SparkOutputLayout.RECORDS_JSON).resolve(SparkOutputLayout.INPUT_FILE + "=" + name));
        Files.writeString(part.resolve("part-00000.json"), new ObjectMapper().createObjectNode().put("position", 0)
                .put("record", RecordJson.write(record)).put("design", "primary").put("retracted", false)
                .put("design_basis", "no publication type or cue: primary study").set("findings", new ObjectMapper().createArrayNode())
                .toString() + "\n");
        return out;
    }

    /** It printed no note: run --store says which records kept a later input's text against a forced older one, import did not. */
    @Test
    void anImportForcedAgainSaysWhichRecordsKeptTheTextALaterInputWroteAsRunStoreDoes() throws Exception {
        Path store = dir.resolve("imp.db");
        Path first = jobOutput("job-1235", "pubmed26n1235.xml.gz", "aa", "A study.");
        Path later = jobOutput("job-1236", "pubmed26n1236.xml.gz", "bb", "A study [corrected].");
        assertThat(CommandRun.of("import", "--store", store.toString(), first.toString()).exit()).isEqualTo(ExitCode.OK);
        assertThat(CommandRun.of("import", "--store", store.toString(), later.toString()).exit()).isEqualTo(ExitCode.OK);

        CommandRun forced = CommandRun.of("import", "--store", store.toString(), "--force", first.toString());

        assertThat(forced.exit()).as(forced.toString()).isEqualTo(ExitCode.OK);
        assertThat(forced.out()).as(forced.toString()).contains("note: 1 record kept the text that a later input wrote for its version,"
                + " not this run's older text, and this run did not re-extract it: 1. To re-extract it, apply again with --force the input"
                + " that wrote it: pubmed26n1236.xml.gz (the store's changes table lists them as superseded-by-later-text).");
    }
}
