package org.evidentia.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.InflaterInputStream;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.FindingKind;
import org.evidentia.api.Origin;
import org.evidentia.api.RunSummary;
import org.evidentia.runtime.engine.RunRecorder;
import org.evidentia.runtime.exclusion.ExcludedId;
import org.evidentia.runtime.exclusion.ExclusionList;
import org.evidentia.runtime.store.FindingsStore;
import org.evidentia.runtime.store.RecordJson;
import org.evidentia.runtime.store.SparkOutputLayout;
import org.evidentia.runtime.store.StoreRecorder;
import org.evidentia.runtime.store.StoreRunSettings;
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

    /** The review of session 32, C6: a store run dated after tomorrow is refused, and a job's run date so came in by import. */
    @Test
    void aJobDatedAfterTomorrowIsRefusedAndMakesNoStore() throws Exception {
        Path job = jobOutput("job", new RunRecorder.RunStart("0.1.0", Instant.parse("2030-01-01T00:00:00Z"), List.of(), Map.of(),
                List.of(new FindingKind("marker", "Marker", "Markers", List.of(), Map.of()))), "A study.");
        Path store = dir.resolve("imp.db");

        CommandRun run = CommandRun.of("import", "--store", store.toString(), job.toString());

        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCode.FAILED);
        assertThat(run.err()).contains(job.resolve("job.json") + ": run_date is 2030-01-01T00:00:00Z, after today (")
                .contains("run the job again with the date of today as --run-date, or without it");
        assertThat(Files.exists(store)).isFalse();
    }

    @Test
    void aJobFileThatIsNoJsonIsNamedWithItsLineAndColumnInWordsOfItsOwn() throws Exception {
        // an explorer's F14 (2026-12-05): the message ended in Jackson's "at [Source: REDACTED (`StreamReadFeature...` disabled)"
        Path job = Files.createDirectory(dir.resolve("fakejob"));
        Files.writeString(job.resolve("job.json"), "{\"evidentia_version\": \"0.1.0\",\n bad}");
        Files.writeString(job.resolve("files.jsonl"), "");
        Path store = dir.resolve("imp.db");
        CommandRun run = CommandRun.of("import", "--store", store.toString(), job.toString());
        assertThat(run.exit()).isEqualTo(ExitCode.FAILED);
        assertThat(run.err()).startsWith("evidentia: " + job.resolve("job.json") + ":2:2: not JSON as evidentia-spark writes it (Unexpected character")
                .doesNotContain("Source", "REDACTED", "StreamReadFeature");
        assertThat(Files.exists(store)).isFalse();
    }

    @Test
    void anImportThatMeetsADamagedRecordPartitionFailsAndTheStoresRunLogKeepsWhy() throws Exception {
        // an explorer's F14 (2026-12-05): the store's run log said "the run stopped before its end", not what stopped it
        Path job = jobOutput("job", "a.xml", "aa", "A study.");
        Path part = job.resolve(SparkOutputLayout.RECORDS_JSON).resolve(SparkOutputLayout.INPUT_FILE + "=a.xml").resolve("part-00000.json");
        Files.writeString(part, "{\"position\": 0, \"record\": \n");
        Path store = dir.resolve("imp.db");

        CommandRun run = CommandRun.of("import", "--store", store.toString(), job.toString());

        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCode.FAILED);
        String why = part + ":1: not a record as evidentia-spark writes it (Unexpected end-of-input";
        assertThat(run.err()).as(run.toString()).contains(why).doesNotContain("REDACTED");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store);
             ResultSet rs = c.createStatement().executeQuery("SELECT status, failure FROM runs")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("failed");
            assertThat(rs.getString(2)).startsWith(why);
        }
    }

    // Explorer s15, F21: a records part holding a row twice was called incomplete
    @Test
    void anOutputHoldingARecordMoreThanItsInputKeptIsNotCalledIncomplete() throws Exception {
        Path job = jobOutput("job", "a.xml", "aa", "A study.");
        Path part = job.resolve(SparkOutputLayout.RECORDS_JSON).resolve(SparkOutputLayout.INPUT_FILE + "=a.xml").resolve("part-00000.json");
        Files.writeString(part, Files.readString(part).repeat(2));

        CommandRun twice = CommandRun.of("import", "--store", dir.resolve("twice.db").toString(), job.toString());

        assertThat(twice.exit()).as(twice.toString()).isEqualTo(ExitCode.FAILED);
        assertThat(twice.err()).as(twice.toString()).contains("input a.xml kept 1 record, but 2 are in the output: it holds a record twice,"
                + " or records the job did not keep").doesNotContain("incomplete");

        Files.writeString(part, "");
        CommandRun none = CommandRun.of("import", "--store", dir.resolve("none.db").toString(), job.toString());

        assertThat(none.exit()).as(none.toString()).isEqualTo(ExitCode.FAILED);
        assertThat(none.err()).as(none.toString()).contains("input a.xml kept 1 record, but 0 are in the output: it is incomplete");
    }

    /** Review 12, L6: "out8b is not the output of an evidentia-spark job" of what a job that did not finish left. */
    @Test
    void theOutputOfAJobThatDidNotFinishIsNamedSoAndMakesNoStore() throws Exception {
        Path job = Files.createDirectories(dir.resolve("out8b/records/parquet")).getParent().getParent();
        Path store = dir.resolve("imp.db");

        CommandRun run = CommandRun.of("import", "--store", store.toString(), job.toString());

        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).isEqualTo("evidentia: " + job + " holds no job.json, which an evidentia-spark job writes last: the job did not"
                + " finish (it failed or was stopped), or the folder was copied before it did; run the job again into a new folder\n");
        assertThat(Files.exists(store)).isFalse();
    }

    /**
     * A job's output of one input, {@code name}, holding record 1 at version 1 with {@code title}, as
     * evidentia-spark writes it.
     */
    private Path jobOutput(String folder, String name, String sha256, String title) throws Exception {
        return jobOutput(folder, "marker", title, new RunRecorder.InputEnd(0, new RunSummary.InputSummary(name, sha256, "pubmed-xml", 1, 0), true,
                0, 0, List.of(), List.of(), List.of()));
    }

    /**
     * A job's output of the inputs that ended as {@code ends}, under an extractor of finding kind
     * {@code kind}, as evidentia-spark writes it: each input that kept a record holds record 1 at
     * version 1 with {@code title}.
     */
    private Path jobOutput(String folder, String kind, String title, RunRecorder.InputEnd... ends) throws Exception {
        return jobOutput(folder, new RunRecorder.RunStart("0.1.0", Instant.parse("2026-01-31T00:00:00Z"), List.of(), Map.of(),
                List.of(new FindingKind(kind, "Marker", "Markers", List.of(), Map.of()))), title, ends);
    }

    /** As {@link #jobOutput(String, String, String, RunRecorder.InputEnd...)}, for a job that started as {@code start}. */
    private Path jobOutput(String folder, RunRecorder.RunStart start, String title, RunRecorder.InputEnd... ends) throws Exception {
        Path out = Files.createDirectories(dir.resolve(folder));
        Files.writeString(out.resolve(SparkOutputLayout.JOB), SparkOutputLayout.jobJson(start, List.of(), ends.length));
        StringBuilder files = new StringBuilder();
        for (RunRecorder.InputEnd end : ends) {
            String name = end.summary().path();
            files.append(SparkOutputLayout.fileJson(end, name, List.of())).append('\n');
            if (end.kept() == 0) {
                continue;
            }
            BibliographicRecord record = BibliographicRecord.builder().pmid("1").version(1).title(title).section("RESULTS", "Nothing measured.")
                    .journal("J Test").year(2021).origin(new Origin("pubmed-xml", name, 1, 0)).build();
            Path part = Files.createDirectories(out.resolve(SparkOutputLayout.RECORDS_JSON).resolve(SparkOutputLayout.INPUT_FILE + "=" + name));
            Files.writeString(part.resolve("part-00000.json"), new ObjectMapper().createObjectNode().put("position", 0)
                    .put("record", RecordJson.write(record)).put("design", "primary").put("retracted", false)
                    .put("design_basis", "no publication type or cue: primary study").set("findings", new ObjectMapper().createArrayNode())
                    .toString() + "\n");
        }
        Files.writeString(out.resolve(SparkOutputLayout.FILES), files.toString());
        return out;
    }

    /** An input cut short (its last record skipped) and a README no source reads, as the job ends them. */
    private Path jobOutputWithProblems(String folder) throws Exception {
        RunSummary.Problem cut = new RunSummary.Problem(RunSummary.Problem.Kind.SKIPPED_RECORD, "pubmed-xml", "pubmed21n9001.xml.gz", 2, 3528,
                null, "the file ends at line 3723 (truncated? export or download it again) inside this record");
        RunSummary.Problem unread = new RunSummary.Problem(RunSummary.Problem.Kind.INPUT_ERROR, null, "README.txt", 0, 0, null,
                "no source reads this file");
        return jobOutput(folder, "marker", "A study.",
                new RunRecorder.InputEnd(0, new RunSummary.InputSummary("pubmed21n9001.xml.gz", "aa", "pubmed-xml", 2, 1), false, 0, 0, List.of(),
                        List.of(cut), List.of()),
                new RunRecorder.InputEnd(1, new RunSummary.InputSummary("README.txt", "bb", null, 0, 0), true, 0, 0, List.of(),
                        List.of(unread), List.of()));
    }

    /** Review 12, M2 and L7: it said "Imported 2 inputs" and nothing of the skipped record, the partial input or the unread one. */
    @Test
    void anImportCountsPartialAndUnreadInputsApartAndListsTheirProblemsAsRunStoreDoes() throws Exception {
        Path job = jobOutputWithProblems("job-bad");

        CommandRun run = CommandRun.of("import", "--store", dir.resolve("imp.db").toString(), job.toString());

        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).as(run.toString()).contains("Imported 1 input from " + job + " into " + dir.resolve("imp.db")
                + " (1 of them partial: read part-way; 1 not read: unreadable, empty, or of no format a source reads): 1 added,");
        String listedIn = "each in the store's files table and in " + job.resolve("files.jsonl");
        assertThat(run.out()).contains("Problems: 1 skipped record, 1 input error (" + listedIn + ").");
        assertThat(run.err().lines().filter(line -> !line.startsWith("progress: "))).containsExactly(
                "skipped-record: pubmed21n9001.xml.gz:3528 (record 2): the file ends at line 3723 (truncated? export or download it again)"
                        + " inside this record [pubmed-xml]",
                "input-error: README.txt: no source reads this file");
        // review 12, L8: an import of a whole baseline said nothing for hours
        assertThat(run.err().lines().filter(line -> line.startsWith("progress: "))).satisfiesExactly(
                line -> assertThat(line).matches("progress: input 1 of 2 \\(pubmed21n9001\\.xml\\.gz\\): 1 record read, 1 in all, \\d+ s"),
                line -> assertThat(line).matches("progress: input 2 of 2 \\(README\\.txt\\): 0 records read, 1 in all, \\d+ s"));
        assertThat(CommandRun.of("import", "--no-progress", "--store", dir.resolve("again.db").toString(), job.toString()).err())
                .doesNotContain("progress: ");
    }

    /**
     * Code read s10, M6: the job left out the ids of the copies an input held that were merged into an earlier input's, so
     * an imported input's files.record_ids lacked what a local store run keeps, by which records absent from an input
     * applied again are found.
     */
    @Test
    void anImportKeepsTheIdsOfTheInputsMergedCopiesAsALocalStoreRunDoes() throws Exception {
        Path job = jobOutput("job-merged", "marker", "A study.", new RunRecorder.InputEnd(0,
                new RunSummary.InputSummary("pubmed26n1237.xml.gz", "cc", "pubmed-xml", 2, 0), true, 1, 0, List.of(), List.of(), List.of(),
                List.of("777")));
        Path store = dir.resolve("merged.db");

        assertThat(CommandRun.of("import", "--store", store.toString(), job.toString()).exit()).isEqualTo(ExitCode.OK);

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store);
             ResultSet rs = c.createStatement().executeQuery("SELECT record_ids FROM files")) {
            rs.next();
            String ids = new String(new InflaterInputStream(new ByteArrayInputStream(rs.getBytes(1))).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(ids.split("\n")).containsExactly("1", "777");
        }
    }

    /** Review 12, M1: `import --strict` did not exist, and a job's problems passed as they do not in `run --store --strict`. */
    @Test
    void aStrictImportOfAJobWithProblemsAppliesItButFails() throws Exception {
        Path job = jobOutputWithProblems("job-bad");

        CommandRun run = CommandRun.of("import", "--strict", "--store", dir.resolve("imp.db").toString(), job.toString());

        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCode.FAILED);
        assertThat(run.out()).contains("Imported 1 input from " + job + " into " + dir.resolve("imp.db") + " (1 of them partial: read"
                + " part-way; 1 not read: unreadable, empty, or of no format a source reads): 1 added");
        assertThat(run.err()).contains("evidentia: the import failed: 2 problems met and --strict was given (its inputs are applied;"
                + " the store's runs table marks it failed, and the next import applies again those whose problems failed it)");
        // and so it does: the input read part-way is never taken for applied, the unread one neither
        CommandRun again = CommandRun.of("import", "--store", dir.resolve("imp.db").toString(), job.toString());
        assertThat(again.out()).contains("Imported 1 input").contains("1 unchanged");
    }

    /**
     * Code read s10, M4: an import never asked the store for the run's problems as a whole, as the engine does, so an id of
     * the store's exclusion list that matched no record was told apart from the problems, and {@code --strict} passed it.
     */
    @Test
    void anImportToldTheStoresUnmatchedExclusionsAmongItsProblemsAndStrictFailsOnThemAsRunStoreDoes() throws Exception {
        Path job = jobOutput("job-1235", "pubmed26n1235.xml.gz", "aa", "A study.");
        ExclusionList list = new ExclusionList("exclusions.csv", List.of(
                new ExclusionList.Exclusion(ExcludedId.parse("1"), "not a primary study", 2),
                new ExclusionList.Exclusion(ExcludedId.parse("96600999"), "a typo", 3)));
        String warning = "warning: 1 id of the exclusion list exclusions.csv matches no record the store holds: 96600999";

        for (boolean strict : new boolean[] {false, true}) {
            Path store = dir.resolve(strict ? "strict.db" : "plain.db");
            try (FindingsStore findings = FindingsStore.open(store);
                 StoreRecorder recorder = findings.recorder(StoreRunSettings.of("run").withExclusions(list).withAppliesNothing(true))) {
                recorder.started(new RunRecorder.RunStart("0.1.0", Instant.EPOCH, List.of(), Map.of(), List.of()));
                recorder.finish(new RunSummary("0.1.0", Instant.EPOCH, List.of(), List.of(), Map.of(),
                        new RunSummary.Counts(0, 0, 0, 0, 0, 0, 0), List.of(), List.of(), List.of(), RunSummary.Focus.NONE), null);
            }

            CommandRun run = strict ? CommandRun.of("import", "--strict", "--no-progress", "--store", store.toString(), job.toString())
                    : CommandRun.of("import", "--no-progress", "--store", store.toString(), job.toString());

            assertThat(run.err().lines().filter(line -> line.contains("matches no record"))).as(run.toString())
                    .satisfiesExactly(line -> assertThat(line).startsWith(warning)); // once: with the problems, not again with the list
            assertThat(run.out()).contains("excludes 1 record of the store from its reports")
                    .contains("Problems: 1 warning (worked out again by each import).");  // counted, as run --store counts it
            if (strict) {
                assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCode.FAILED);
                assertThat(run.err()).contains("evidentia: the import failed: 1 problem met and --strict was given");
            } else {
                assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCode.OK);
            }
        }
    }

    /** Review 12, M1: a job run with other extractors than the store's was applied without a word, and --strict could not refuse it. */
    @Test
    void anImportUnderAnotherConfigurationWarnsAsRunStoreDoesAndStrictRefusesIt() throws Exception {
        Path store = dir.resolve("imp.db");
        assertThat(CommandRun.of("import", "--store", store.toString(), jobOutput("job-1235", "pubmed26n1235.xml.gz", "aa", "A study.").toString())
                .exit())
                .isEqualTo(ExitCode.OK);
        Path other = jobOutput("job-1236", "other", "A study [corrected].", new RunRecorder.InputEnd(0,
                new RunSummary.InputSummary("pubmed26n1236.xml.gz", "bb", "pubmed-xml", 1, 0), true, 0, 0, List.of(), List.of(), List.of()));
        String differ = "this run's extractors differ from those of the store's run 1 (the last that applied inputs)";

        CommandRun strict = CommandRun.of("import", "--strict", "--store", store.toString(), other.toString());

        assertThat(strict.exit()).as(strict.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(strict.err()).contains("--strict refuses to apply inputs under another configuration than the store's: " + differ,
                "Nothing was applied");
        assertThat(strict.out()).isEmpty();

        CommandRun lenient = CommandRun.of("import", "--store", store.toString(), other.toString());

        assertThat(lenient.exit()).as(lenient.toString()).isEqualTo(ExitCode.OK);
        assertThat(lenient.err()).contains("warning: " + differ);
        assertThat(lenient.out()).contains("Imported 1 input from " + other + " into " + store + ": 0 added, 1 revised,");
    }

    /**
     * A job's output said nothing of what carried its rules, so an import of a job whose extractor's plugin was rebuilt under
     * its version went untold, and the run log kept no checksums for it. job.json gives the fingerprints as run.json does,
     * and the import keeps them: the next import compares them as run --store does.
     */
    @Test
    void anImportKeepsTheJobsFingerprintsAndARebuiltExtractorPluginIsToldAsRunStoreTellsIt() throws Exception {
        RunSummary.PluginSummary plugin = new RunSummary.PluginSummary("marker-plugin", "1.0.0", List.of("markers"));
        FindingKind kind = new FindingKind("marker", "Marker", "Markers", List.of(), Map.of());
        java.util.function.Function<String, RunRecorder.RunStart> built = sha256 -> new RunRecorder.RunStart("0.1.0",
                Instant.parse("2026-01-31T00:00:00Z"), List.of(plugin), Map.of("markers", Map.of()), List.of(kind), List.of("markers"),
                List.of(), new org.evidentia.runtime.engine.Fingerprints(new org.evidentia.runtime.host.Artifact("evidentia-spark-0.1.0-job.jar",
                        "c".repeat(64)), Map.of("marker-plugin", new org.evidentia.runtime.host.Artifact("marker-plugin-1.0.0.zip", sha256))));
        Path store = dir.resolve("imp.db");
        Path first = jobOutput("job-1235", built.apply("a".repeat(64)), "A study.", new RunRecorder.InputEnd(0,
                new RunSummary.InputSummary("pubmed26n1235.xml.gz", "aa", "pubmed-xml", 1, 0), true, 0, 0, List.of(), List.of(), List.of()));
        Path rebuilt = jobOutput("job-1236", built.apply("b".repeat(64)), "A study [corrected].", new RunRecorder.InputEnd(0,
                new RunSummary.InputSummary("pubmed26n1236.xml.gz", "bb", "pubmed-xml", 1, 0), true, 0, 0, List.of(), List.of(), List.of()));

        CommandRun once = CommandRun.of("import", "--store", store.toString(), first.toString());
        CommandRun again = CommandRun.of("import", "--store", store.toString(), rebuilt.toString());

        assertThat(once.exit()).as(once.toString()).isEqualTo(ExitCode.OK);
        assertThat(once.err()).doesNotContain("warning");
        assertThat(again.exit()).as(again.toString()).isEqualTo(ExitCode.OK);
        assertThat(again.err()).contains("warning: this run's rules may differ from those of the store's run 1 (the last that applied"
                + " inputs), though the versions are the same: plugin marker-plugin 1.0.0 (extractor markers) was built anew: its file"
                + " marker-plugin-1.0.0.zip was SHA-256 aaaaaaaaaaaa, is bbbbbbbbbbbb.");
        try (var db = java.sql.DriverManager.getConnection("jdbc:sqlite:" + store);
             var rows = db.createStatement().executeQuery("SELECT fingerprints FROM runs ORDER BY run_id")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).as("the run log's checksums of the first import").contains("evidentia-spark-0.1.0-job.jar",
                    "marker-plugin-1.0.0.zip", "a".repeat(64), "c".repeat(64));
        }
    }

    /**
     * It printed no note: run --store says which records kept a later input's text against a forced older one, import did not;
     * and the note named the input only, not the job output to import again (review 12, L5).
     */
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
                + " that wrote it: pubmed26n1236.xml.gz of the job output " + later + " (the store's changes table lists them as"
                + " superseded-by-later-text).");
    }

    /** The review of session 33, K1: run --store named an input applied before under another name, import did not. */
    @Test
    void anImportNamesAnInputAppliedBeforeUnderAnotherNameAsRunStoreDoes() throws Exception {
        Path store = dir.resolve("imp.db");
        Path first = jobOutput("job-1235", "pubmed26n1235.xml.gz", "aa", "A study.");
        Path copy = jobOutput("job-copy", "copy-of-1235.xml.gz", "aa", "A study.");
        assertThat(CommandRun.of("import", "--store", store.toString(), first.toString()).exit()).isEqualTo(ExitCode.OK);

        CommandRun again = CommandRun.of("import", "--store", store.toString(), copy.toString());

        assertThat(again.exit()).as(again.toString()).isEqualTo(ExitCode.OK);
        assertThat(again.out()).as(again.toString()).contains("Nothing to import: the store " + store + " applied the input of " + copy
                + " before").contains("\nnote: applied before under another name: copy-of-1235.xml.gz as pubmed26n1235.xml.gz (run 1).\n");
        CommandRun same = CommandRun.of("import", "--store", store.toString(), first.toString());
        assertThat(same.out()).as("the same input again is no other name").doesNotContain("under another name");
        // nor is the same job imported from another folder, whose relative names resolve elsewhere (the review of the change,
        // R1): as an import made in /elsewhere recorded them
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + store); java.sql.Statement s = c.createStatement()) {
            assertThat(s.executeUpdate("UPDATE files SET real_path = '/elsewhere/pubmed26n1235.xml.gz' WHERE path = 'pubmed26n1235.xml.gz'"))
                    .isEqualTo(1);
        }
        CommandRun fromElsewhere = CommandRun.of("import", "--store", store.toString(), first.toString());
        assertThat(fromElsewhere.out()).as(fromElsewhere.toString()).contains("Nothing to import").doesNotContain("under another name");
    }

    /** run --store names the records an update revised or deleted; import said only how many (review-s20-scale, 7). */
    @Test
    void anImportNamesTheRecordsItRevisedAsRunStoreDoes() throws Exception {
        Path store = dir.resolve("imp.db");
        Path first = jobOutput("job-1235", "pubmed26n1235.xml.gz", "aa", "A study.");
        Path later = jobOutput("job-1236", "pubmed26n1236.xml.gz", "bb", "A study [corrected].");
        assertThat(CommandRun.of("import", "--store", store.toString(), first.toString()).exit()).isEqualTo(ExitCode.OK);

        CommandRun revised = CommandRun.of("import", "--store", store.toString(), later.toString());

        assertThat(revised.exit()).as(revised.toString()).isEqualTo(ExitCode.OK);
        assertThat(revised.out()).as(revised.toString()).contains(": 0 added, 1 revised,")
                .contains("\nRevised: 1. (the store's changes table lists them, and the records added.)\n");
    }
}
