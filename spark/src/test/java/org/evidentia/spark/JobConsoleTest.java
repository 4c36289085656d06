package org.evidentia.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Row;
import org.evidentia.api.RunSummary.Problem;
import org.evidentia.runtime.store.InputTally;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * What the job tells on its console and how it refuses, without starting Spark: its summary with the
 * inputs' problems, and the settings the driver checks before any task starts.
 */
class JobConsoleTest {

    @TempDir
    Path dir;

    private JobSettings settings(String plugins, List<String> extractors) {
        return new JobSettings(plugins, List.of(), extractors, List.of(), Instant.parse("2026-01-31T00:00:00Z"), 1,
                JobSettings.serialise(new Configuration()));
    }

    /** Review 14, L4: an --output given with a trailing slash named "out8//files.jsonl". */
    @Test
    void whereTheProblemsAreListedIsOnePathWhateverTheOutputsTrailingSlash() {
        Problem cut = new Problem(Problem.Kind.SKIPPED_RECORD, "pubmed-xml", "file:/in/a.xml.gz", 1, 3, null, "cut");
        EvidentiaSparkJob.Summary summary = new EvidentiaSparkJob.Summary(1, 1, 0, new InputTally(1, 0, 0, 0, 1, 0, List.of(cut)), List.of(), 0);
        StringWriter out = new StringWriter();

        summary.print("out8/", new PrintWriter(out), new PrintWriter(new StringWriter()));

        assertThat(out.toString()).contains("Problems: 1 skipped record (each in out8/files.jsonl).");
    }

    /** Review s20 (scale, 4): a broken link the walk met is in job.json, not in files.jsonl, where the closing line sent the reader. */
    @Test
    void theJobsOwnProblemsAreSaidToBeInJobJson() {
        Problem link = new Problem(Problem.Kind.INPUT_ERROR, null, "file:/in/broken.xml", 0, 0, null, InputListing.BROKEN_LINK);
        EvidentiaSparkJob.Summary summary = new EvidentiaSparkJob.Summary(1, 1, 0, new InputTally(1, 0, 0, 0, 0, 0, List.of(link)), List.of(), 1);
        StringWriter out = new StringWriter();

        summary.print("out8", new PrintWriter(out), new PrintWriter(new StringWriter()));

        assertThat(out.toString()).contains("Problems: 1 input error (each in out8/files.jsonl, the job's own in out8/job.json).");
    }

    /** Review 12, M2 and L1: "evidentia-spark: 2 inputs, 31 records kept, 2 findings", and nothing of the record skipped, nor "1 inputs". */
    @Test
    void theSummaryCountsPartialAndUnreadInputsAndSkippedRecordsAndListsTheProblems() {
        Problem cut = new Problem(Problem.Kind.SKIPPED_RECORD, "pubmed-xml", "file:/in/pubmed21n9001.xml.gz", 12, 3528, null,
                "the file ends at line 3723 (truncated? export or download it again) inside this record");
        EvidentiaSparkJob.Summary summary = new EvidentiaSparkJob.Summary(1, 31, 1, new InputTally(1, 0, 1, 2, 1, 3, List.of(cut)),
                List.of("in/: left out 2 checksum files"), 0);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        summary.print("out8", new PrintWriter(out), new PrintWriter(err));

        assertThat(out.toString().lines()).containsExactly(
                "evidentia-spark: 1 input (1 of them partial: read part-way), 37 records read: 31 kept, 2 duplicates merged, 1 skipped, 3 unaccounted for, 1 finding; written to out8",
                "Problems: 1 skipped record (each in out8/files.jsonl).");
        assertThat(err.toString().lines()).containsExactly(
                "skipped-record: file:/in/pubmed21n9001.xml.gz:3528 (record 12): the file ends at line 3723 (truncated? export or download it"
                        + " again) inside this record [pubmed-xml]",
                "note: in/: left out 2 checksum files");
    }

    /** Review 12, M5: a missing plugins folder was found by every task, each "Evidentia failed on" an input. */
    @Test
    void theDriverRefusesAPluginsLocationThatIsNotThereBeforeAnyTask() {
        Path missing = dir.resolve("noplugins");

        assertThatThrownBy(() -> EvidentiaSparkJob.checkOnDriver(settings(missing.toString(), List.of()), new Configuration()))
                .isInstanceOf(JobRefusal.class)
                .hasMessageStartingWith("cannot load the plugins from " + missing + ": ")
                .hasMessageContaining("does not exist");
    }

    @Test
    void theDriverRefusesAnExtractorNoPluginHas() throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));

        assertThatThrownBy(() -> EvidentiaSparkJob.checkOnDriver(settings(plugins.toString(), List.of("nope")), new Configuration()))
                .isInstanceOf(JobRefusal.class)
                .hasMessageContaining("no extractor named 'nope'");
    }

    /** The review of session 23, C1: a plugins location with no plugin ran every task, each input "read by no source", exit 0. */
    @Test
    void theDriverRefusesAPluginsLocationFromWhichNoSourceOrExtractorLoads() throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("emptyplugins"));

        assertThatThrownBy(() -> EvidentiaSparkJob.checkOnDriver(settings(plugins.toString(), List.of()), new Configuration()))
                .isInstanceOf(JobRefusal.class)
                .hasMessage("plugins " + plugins + ": the location holds no plugin; a job needs a source and an extractor from it");
    }

    /** The review of session 23, C3: an output that cannot be made failed only when Spark wrote it, after the work. */
    @Test
    void anOutputThatCannotBeMadeIsRefusedBeforeAnyTask() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
        org.apache.hadoop.fs.Path out = new org.apache.hadoop.fs.Path(file.toUri().toString() + "/job-out");

        assertThatThrownBy(() -> EvidentiaSparkJob.makeOutput(out.getFileSystem(new Configuration()), out))
                .isInstanceOf(JobRefusal.class)
                .hasMessageStartingWith("output " + out + " cannot be made").hasMessageEndingWith("give a folder whose parent can be written");
    }

    /** A task met a wrong plugins location (changed since the driver's check): the input is not to blame. */
    @Test
    void aTaskThatCannotLoadThePluginsDoesNotSayItFailedOnItsInput() {
        Iterator<Row> rows = FileTask.rows(settings(dir.resolve("gone").toString(), List.of()), 0, dir.resolve("in.xml").toString());

        assertThatThrownBy(rows::hasNext).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("evidentia-spark, in the task of " + dir.resolve("in.xml") + ": cannot load the plugins from ")
                .hasMessageNotContaining("failed on");
    }

    /** Review 12, M5: "output out12 exists; give a new folder" did not say that a failed job left it, with no job.json. */
    @Test
    void anOutputAFailedJobLeftIsNamedAsSuchAndAFinishedOneAsFinished() throws Exception {
        FileSystem fs = FileSystem.getLocal(new Configuration());
        Path failed = Files.createDirectories(dir.resolve("out12/records/parquet")).getParent().getParent();
        Path finished = Files.createDirectories(dir.resolve("out1"));
        Files.writeString(finished.resolve("job.json"), "{}");

        assertThatThrownBy(() -> EvidentiaSparkJob.refuseExisting(fs, new org.apache.hadoop.fs.Path(failed.toString())))
                .isInstanceOf(JobRefusal.class)
                .hasMessage("output " + failed + " exists and holds no job.json: a job that did not finish (it failed or was stopped) left it,"
                        + " and nothing can import it; delete it, or give a new folder");
        assertThatThrownBy(() -> EvidentiaSparkJob.refuseExisting(fs, new org.apache.hadoop.fs.Path(finished.toString())))
                .isInstanceOf(JobRefusal.class)
                .hasMessage("output " + finished + " exists (a finished job's output); give a new folder");
    }

    /**
     * Review s20, item 5: a wrong --run-date or --threads-per-task 0 gave a stack trace and exit code 1 once Spark had
     * started, and a pubmed: input one of "Relative path in absolute URI". Each is refused in one line, exit code 2, before
     * Spark starts (no master is set here: starting Spark would fail otherwise), and the output is not made.
     */
    @Test
    void aWrongRunDateThreadCountOrASearchInputIsRefusedInOneLineBeforeSparkStarts() throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Path input = Files.writeString(dir.resolve("in.xml"), "<PubmedArticleSet/>");
        Path output = dir.resolve("out");
        String[][] cases = {
            {"--run-date", "2026-02-30", input.toString()},
            {"--run-date", "yesterday", input.toString()},
            {"--threads-per-task", "0", input.toString()},
            {"pubmed:fibro"},
        };
        String[] refusals = {
            "run date '2026-02-30' is not an ISO date (2026-01-31) or instant (2026-01-31T12:00:00Z)",
            "run date 'yesterday' is not an ISO date (2026-01-31) or instant (2026-01-31T12:00:00Z)",
            "--threads-per-task must be at least 1",
            "input pubmed:fibro is a search (pubmed:QUERY), which evidentia-spark does not run: it reads files; run the search with"
                    + " evidentia run --store, or give a file whose name holds ':' as ./pubmed:fibro",
        };
        for (int i = 0; i < cases.length; i++) {
            StringWriter err = new StringWriter();
            CommandLine cli = EvidentiaSparkJob.commandLine(new EvidentiaSparkJob());
            cli.setErr(new PrintWriter(err));
            List<String> args = new java.util.ArrayList<>(List.of("--plugins", plugins.toString(), "--output", output.toString()));
            args.addAll(List.of(cases[i]));

            int code = cli.execute(args.toArray(String[]::new));

            assertThat(err.toString()).as("stderr of evidentia-spark %s", args).isEqualTo("evidentia-spark: " + refusals[i] + "\n");
            assertThat(code).as("exit code of evidentia-spark %s", args).isEqualTo(2);
            assertThat(output).as("the output of a refused job").doesNotExist();
        }
    }

    /**
     * Review s20, item 4: an input whose name holds ':' failed its task (Hadoop's local file system built the checksum
     * name ".export 10:30.xml.crc" as a relative path, "Relative path in absolute URI"), and with it the whole job. It is
     * read as any other file: here, with no plugin to read it, it ends as an input no source read, not as a failure.
     */
    @Test
    void anInputWhoseNameHoldsAColonIsReadByItsTask() throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Path input = Files.writeString(Files.createDirectories(dir.resolve("colon")).resolve("export 10:30.xml"), "<PubmedArticleSet/>");
        String path = "file:" + input;

        List<Row> rows = new java.util.ArrayList<>();
        FileTask.rows(settings(plugins.toString(), List.of()), 0, path).forEachRemaining(rows::add);

        assertThat(rows).as("the rows of the task of %s", path).singleElement().satisfies(row -> {
            assertThat(row.getString(0)).isEqualTo(OutputSchema.FILE);
            assertThat(row.getString(1)).isEqualTo("export 10:30.xml");
            assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(row.getString(row.length() - 1)).path("file").path("path")
                    .asText()).isEqualTo(path);
        });
    }
}
