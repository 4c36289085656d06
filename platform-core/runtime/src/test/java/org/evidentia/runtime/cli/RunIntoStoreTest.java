package org.evidentia.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.evidentia.runtime.host.PluginFolders;
import org.evidentia.runtime.host.fixtures.GreetingPlugin;
import org.evidentia.runtime.host.fixtures.GreetingSource;
import org.evidentia.runtime.host.fixtures.PlainReporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunIntoStoreTest {

    @TempDir
    Path dir;

    /** An empty plugins folder, and {@code updates/} holding one update file of no record; the plugins folder. */
    private Path pluginsAndAnEmptyUpdate() throws java.io.IOException {
        Files.createDirectories(dir.resolve("updates"));
        Files.writeString(dir.resolve("updates/pubmed26n1235.xml"), "<PubmedArticleSet></PubmedArticleSet>\n");
        return Files.createDirectories(dir.resolve("plugins"));
    }

    /** It said "options are given for the reporter 'review-table'", the bundled example pipeline's, which the user never gave. */
    @Test
    void aStoreRunWithoutInputsSaysThatItNeedsInputsAndMakesNoStore() {
        Path db = dir.resolve("review.db");

        CommandRun run = CommandRun.of("run", "--store", db.toString());

        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).isEqualTo("evidentia: a run with --store applies inputs to the store, and none is given: give `evidentia run"
                + " --store " + db + " INPUTS...` (files, folders, patterns, or a pipeline file), or `--exclude FILE` alone to change the"
                + " store's exclusion list\n");
        assertThat(db).doesNotExist();
    }

    /** Review 31: the exclusion list alone for a store that does not exist (a mistyped name) made an empty store. */
    @Test
    void theExclusionListAloneForAStoreThatDoesNotExistIsRefusedAndMakesNone() throws Exception {
        Path db = dir.resolve("reveiw.db");
        Path list = java.nio.file.Files.writeString(dir.resolve("screened.csv"), "id,reason\n31000001,off-topic\n");

        CommandRun run = CommandRun.of("run", "--store", db.toString(), "--exclude", list.toString());

        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).isEqualTo("evidentia: no findings store " + db + ": --exclude without inputs changes the exclusion list"
                + " of a store that exists; give inputs to make one\n");
        assertThat(db).doesNotExist();
    }

    /**
     * The review of session 32, L3: a year typed wrong (2030 for 2026) became the store's latest update, and every later report
     * dated today was told it was dated before it (and failed under --strict).
     */
    @Test
    void aStoreRunDatedAfterTodayIsRefusedAndMakesNoStore() throws Exception {
        Path db = dir.resolve("review.db");
        Path plugins = pluginsAndAnEmptyUpdate();

        CommandRun run = CommandRun.of("run", "--plugins-dir", plugins.toString(), "--no-progress", "--store", db.toString(),
                "--run-date", "2030-01-01", dir.resolve("updates").toString());

        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).startsWith("evidentia: the run date 2030-01-01T00:00:00Z is after today (")
                .contains(" in UTC, and a day later is allowed for time zones): a store records it as the date of its update, which"
                        + " every later report of the store is checked against; give the date of today, or leave --run-date out");
        assertThat(db).doesNotExist();
        CommandRun tomorrow = CommandRun.of("run", "--plugins-dir", plugins.toString(), "--no-progress", "--store", db.toString(),
                "--run-date", java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1) + "T23:59:59Z", dir.resolve("updates").toString());
        assertThat(tomorrow.out()).as("a day's slack, for a job east of UTC: " + tomorrow).contains("Store " + db + ": ");
        assertThat(tomorrow.err()).doesNotContain("is after today");
    }

    /** Review 5, living-review operator's finding 16: "unknown key 'store'", so a scheduled review kept its store on the command line. */
    @Test
    void aPipelineFileNamesItsStoreAndTheCommandLinesStoreOverridesIt() throws Exception {
        Path plugins = pluginsAndAnEmptyUpdate();
        Path pipeline = Files.writeString(dir.resolve("review.yaml"), "inputs: [updates/]\nstore: " + dir.resolve("review.db") + "\n");

        CommandRun run = CommandRun.of("run", "--plugins-dir", plugins.toString(), "--no-progress", pipeline.toString());

        assertThat(run.out()).as(run.toString()).contains("Store " + dir.resolve("review.db") + ": ");
        assertThat(dir.resolve("review.db")).exists();
        assertThat(dir.resolve("review-run/run.json")).exists(); // beside the store, as with --store
        assertThat(dir.resolve("evidentia-out")).doesNotExist();

        CommandRun other = CommandRun.of("run", "--plugins-dir", plugins.toString(), "--no-progress", "--store",
                dir.resolve("other.db").toString(), pipeline.toString());

        assertThat(other.out()).as(other.toString()).contains("Store " + dir.resolve("other.db") + ": ");
        assertThat(dir.resolve("other-run/run.json")).exists();
    }

    /**
     * The check was written three times: the pipeline file's, the plan's ("input 'lab/b.tsv' chooses source ... which input
     * 'lab' chooses ...") and the store run's (" ... which an earlier input chooses ..."); now one, with one wording.
     */
    @Test
    void twoSourcesChosenForOneFileAreOneIssueWithOneWordingForValidateRunAndAStoreRun() throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        // a source and a reporter, without which a plain run is refused before its inputs are resolved
        org.evidentia.runtime.host.PluginFolders.zip(plugins, "source-only", "*", null, org.evidentia.runtime.host.fixtures.TitleLinesSource.class);
        org.evidentia.runtime.host.PluginFolders.folder(plugins, "plain-plugin", "*", null, org.evidentia.runtime.host.fixtures.PlainReporter.class);
        Files.createDirectories(dir.resolve("lab"));
        Files.writeString(dir.resolve("lab/b.tsv"), "pmid\ttitle\n");
        Path pipeline = Files.writeString(dir.resolve("review.yaml"), String.join("\n",
                "inputs:",
                "  - {path: lab, source: csv-table}",
                "  - path: lab/b.tsv",
                "    source: lab-tsv",
                ""));
        String twice = pipeline + ":4: source 'lab-tsv' is chosen for " + Path.of("lab/b.tsv")
                + ", which the earlier input 'lab' chooses 'csv-table' for; a file is read by one source";

        CommandRun validate = CommandRun.of("validate", "--plugins-dir", plugins.toString(), pipeline.toString());
        CommandRun run = CommandRun.of("run", "--plugins-dir", plugins.toString(), "--no-progress", "-o", dir.resolve("out").toString(),
                pipeline.toString());
        CommandRun store = CommandRun.of("run", "--plugins-dir", plugins.toString(), "--no-progress", "--store",
                dir.resolve("review.db").toString(), pipeline.toString());

        for (CommandRun refused : java.util.List.of(validate, run, store)) {
            assertThat(refused.exit()).as(refused.toString()).isEqualTo(ExitCode.USAGE);
            assertThat(refused.err().lines().filter(line -> line.contains("a file is read by one source"))
                    .map(line -> line.replaceFirst("^evidentia: ", ""))).as(refused.toString()).containsExactly(twice);
        }
        assertThat(dir.resolve("review.db")).as("refused before the store is opened").doesNotExist();
    }

    @Test
    void validateChecksAPipelineFilesStoreAsARunWouldAndNamesTheLines() throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        PluginFolders.folder(plugins, "greeting-plugin", "*", GreetingPlugin.class, GreetingSource.class); // a store run needs a source
        Files.createDirectories(dir.resolve("updates"));
        Files.writeString(dir.resolve("updates/pubmed26n1235.xml"), "<PubmedArticleSet></PubmedArticleSet>\n");
        Path good = Files.writeString(dir.resolve("good.yaml"), "inputs: [updates/]\nstore: " + dir.resolve("review.db") + "\n");
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "inputs: [updates/]\nfocus: [population=human]\nstore: "
                + dir.resolve("nowhere/review.db") + "\n");

        CommandRun valid = CommandRun.of("validate", "--plugins-dir", plugins.toString(), good.toString());
        CommandRun invalid = CommandRun.of("validate", "--plugins-dir", plugins.toString(), bad.toString());

        assertThat(valid.exit()).as(valid.toString()).isEqualTo(ExitCode.OK);
        assertThat(valid.out()).contains("; store " + dir.resolve("review.db") + " (run applies the inputs to it;");
        assertThat(dir.resolve("review.db")).doesNotExist();
        assertThat(invalid.exit()).as(invalid.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(invalid.err()).contains(bad + ":2: a focus shapes reports, and a run with --store makes none")
                .contains(bad + ":3: store " + dir.resolve("nowhere/review.db") + ": the folder " + dir.resolve("nowhere") + " does not exist");

        // review s21 M9: a file on the way is no folder that does not exist
        Path file = Files.writeString(dir.resolve("notes.txt"), "x");
        Path onAFile = Files.writeString(dir.resolve("onafile.yaml"), "inputs: [updates/]\nstore: " + file.resolve("review.db") + "\n");
        CommandRun validated = CommandRun.of("validate", "--plugins-dir", plugins.toString(), onAFile.toString());
        CommandRun ran = CommandRun.of("run", "--plugins-dir", plugins.toString(), "--store", file.resolve("review.db").toString(),
                dir.resolve("updates").toString());
        assertThat(validated.err()).contains(onAFile + ":2: store " + file.resolve("review.db") + ": " + file + " is a file, not a folder");
        assertThat(ran.exit()).as(ran.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(ran.err()).contains("store " + file.resolve("review.db") + ": " + file + " is a file, not a folder");
    }

    /** What an evidentia-spark job leaves in its output folder, as far as telling one goes: job.json and files.jsonl. */
    private static Path jobOutput(Path folder) throws Exception {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("job.json"), "{}");
        Files.writeString(folder.resolve("files.jsonl"), "");
        return folder;
    }

    /** {@code run --store db input} with no plugins. */
    private CommandRun storeRun(Path db, Path input) throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        if (!Files.exists(plugins.resolve("plain-plugin"))) {
            PluginFolders.folder(plugins, "plain-plugin", "*", null, PlainReporter.class); // a folder with a plugin, as users have
        }
        return CommandRun.of("run", "--plugins-dir", plugins.toString(), "--no-progress", "--store", db.toString(), input.toString());
    }

    /** Review 12, M7: it read job.json, files.jsonl and the Parquet as inputs, each an input error, and left their rows in the store. */
    @Test
    void aStoreRunGivenAJobsOutputRefusesItAndSaysToImportItAndMakesNoStore() throws Exception {
        Path job = jobOutput(dir.resolve("out2"));
        Path db = dir.resolve("q.db");

        CommandRun run = storeRun(db, job);

        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).isEqualTo("evidentia: input " + job + " is an evidentia-spark job's output (it holds job.json and files.jsonl):"
                + " apply it with `evidentia import --store " + db + " " + job + "`\n");
        assertThat(db).doesNotExist();
    }

    /** Review 14, M1: an input of a pipeline file is relative to the file; the hint named it so, a folder the user's shell cannot find. */
    @Test
    void theImportCommandSuggestedForAPipelineFilesInputNamesTheFolderFromWhereTheUserIs() throws Exception {
        Path job = jobOutput(dir.resolve("sub/out2"));
        Path pipeline = Files.writeString(dir.resolve("sub/review.yaml"), "inputs: [out2]\n");
        Path db = dir.resolve("q.db");

        CommandRun run = storeRun(db, pipeline);

        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).as(run.toString()).contains("apply it with `evidentia import --store " + db + " " + job + "`");
    }

    /**
     * Review 23, H1: since a plain run names a pipeline file's inputs from the file's folder, a store run did
     * too, and the store resolved that name from the working folder: it recorded a file that does not exist
     * as the one applied.
     */
    @Test
    void aStoreRunOfAPipelineFileInAnotherFolderRecordsTheFileItApplied() throws Exception {
        Path update = Files.createDirectories(dir.resolve("sub/updates")).resolve("pubmed26n1235.xml");
        Files.writeString(update, "<PubmedArticleSet></PubmedArticleSet>\n");
        Path pipeline = Files.writeString(dir.resolve("sub/review.yaml"), "inputs: [updates/]\n");
        Path db = dir.resolve("p.db");

        CommandRun run = storeRun(db, pipeline);

        assertThat(run.err()).as("no source here: the file is recorded as not read").contains("no source reads this file")
                // the review of session 29's change, R5: the plugins command to paste names the folder given
                .contains("(`evidentia plugins --plugins-dir " + dir.resolve("plugins") + "` describes them)");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT path, real_path FROM files")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(2)).isEqualTo(update.toRealPath().toString());
            assertThat(Path.of(rs.getString(1)).toAbsolutePath().normalize()).as("named from the working folder").isEqualTo(update);
        }
    }

    /**
     * Review 24, H2: a pipeline file's {@code store:} was relative to the working folder, so the same
     * file started by a scheduled job elsewhere made a new, empty store there and updated it, exit 0,
     * while the real store stopped following the search. It is relative to the file, as its inputs
     * are, and a run that makes a store says so, with the store's full path.
     */
    @Test
    void aPipelineFilesStoreAndOutputAreRelativeToTheFileAndANewStoreIsAnnounced() throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Files.createDirectories(dir.resolve("lab/updates"));
        Files.writeString(dir.resolve("lab/updates/pubmed26n1235.xml"), "<PubmedArticleSet></PubmedArticleSet>\n");
        Path pipeline = Files.writeString(dir.resolve("lab/review.yaml"), "inputs: [updates/]\nstore: review.db\noutput: logs/last\n");
        assertThat(Path.of("").toAbsolutePath()).as("run from another folder than the file's").isNotEqualTo(dir.resolve("lab"));

        CommandRun first = CommandRun.of("run", "--plugins-dir", plugins.toString(), "--no-progress", pipeline.toString());

        Path store = dir.resolve("lab/review.db");
        assertThat(store).as(first.toString()).exists();
        assertThat(Path.of("review.db")).doesNotExist();
        assertThat(dir.resolve("lab/logs/last/run.json")).exists();
        assertThat(first.out()).contains("Made a new findings store, " + store + ".");

        CommandRun second = CommandRun.of("run", "--plugins-dir", plugins.toString(), "--no-progress", "--force", pipeline.toString());

        assertThat(second.out()).as(second.toString()).doesNotContain("Made a new findings store").contains("The store holds ");

        // review 26, H2: a file written when store: was the working folder's, whose store is there, is refused, not given a new store
        Path inWorkingFolder = Path.of("moved-review-26.db").toAbsolutePath();
        Files.copy(store, inWorkingFolder);
        try {
            Path old = Files.writeString(dir.resolve("lab/old.yaml"), "inputs: [updates/]\nstore: moved-review-26.db\n");
            CommandRun refused = CommandRun.of("run", "--plugins-dir", plugins.toString(), "--no-progress", old.toString());
            assertThat(refused.exit()).as(refused.toString()).isEqualTo(ExitCode.USAGE);
            assertThat(refused.err()).contains(old + ":2: store: moved-review-26.db is relative to the pipeline file's folder (since"
                    + " 2026-12-01, as its inputs are): there is no " + dir.resolve("lab/moved-review-26.db") + ", but there is "
                    + inWorkingFolder + " in the working folder");
            assertThat(dir.resolve("lab/moved-review-26.db")).doesNotExist();
        } finally {
            Files.delete(inWorkingFolder);
        }
    }

    /**
     * An explorer's s21, D13: a store cut to 0 bytes (a full disk, a bad copy) was made anew by the next run without a word,
     * its earlier records gone; the run says it made a store, in an empty file, and what that may mean.
     */
    @Test
    void aStoreMadeInAnEmptyFileIsAnnouncedWithWhatThatMayMean() throws Exception {
        Path plugins = pluginsAndAnEmptyUpdate();
        Path empty = Files.createFile(dir.resolve("review.db"));

        CommandRun run = CommandRun.of("run", "--plugins-dir", plugins.toString(), "--no-progress", "--store", empty.toString(),
                dir.resolve("updates").toString());

        assertThat(run.out()).as(run.toString()).contains("Made a new findings store, " + empty + ". It was an empty file (0 bytes): if"
                + " it held a store before (a full disk, a bad copy), that store's records are not in this one; restore it from a backup\n");

        // the review of session 25, L11: under --strict, which a scheduled job gives, the run stops there instead
        Path emptyAgain = Files.createFile(dir.resolve("review2.db"));
        CommandRun strict = CommandRun.of("run", "--plugins-dir", plugins.toString(), "--no-progress", "--strict", "--store",
                emptyAgain.toString(), dir.resolve("updates").toString());
        assertThat(strict.exit()).as(strict.toString()).isEqualTo(picocli.CommandLine.ExitCode.USAGE);
        assertThat(strict.err()).endsWith("evidentia: store " + emptyAgain + " is an empty file (0 bytes): with --strict a run does not"
                + " make a new store in it; if it held a store (a full disk, a bad copy), restore it from a backup; to start a new one,"
                + " delete the empty file\n");
        assertThat(emptyAgain).isEmptyFile();
    }

    /**
     * The run of the store review.db after one killed (kill -9) once it had applied {@code applied} inputs: the store's log as
     * such a kill leaves it, its run still {@code running}.
     */
    private CommandRun runAfterAKilledOne(long applied) throws Exception {
        Path plugins = pluginsAndAnEmptyUpdate();
        Path store = dir.resolve("review.db");
        CommandRun.of("run", "--plugins-dir", plugins.toString(), "--no-progress", "--store", store.toString(), dir.resolve("updates").toString());
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + store); java.sql.Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE runs SET status = 'running', finished_at = NULL, failure = NULL, files_applied = " + applied);
        }
        return CommandRun.of("run", "--plugins-dir", plugins.toString(), "--no-progress", "--store", store.toString(),
                dir.resolve("updates").toString());
    }

    /** The review of session 33, K3: of a killed run that had applied nothing yet, the note said "the inputs it applied stay applied". */
    @Test
    void theRunAfterAKilledOneThatAppliedNothingSaysSo() throws Exception {
        CommandRun next = runAfterAKilledOne(0); // killed while it read its first input


        assertThat(next.err()).as(next.toString()).contains(" ended without closing it (killed, or the machine stopped); it is marked"
                + " interrupted in the store's log, and it had applied no input (what it had read was not yet applied): this one applies its inputs");
    }

    /**
     * The review of session 25, L3: the run after one that was killed (kill -9: the store's log still said {@code running}) marked
     * it interrupted without a word, on the console or in the log, which kept no reason for it.
     */
    @Test
    void theRunAfterAKilledOneSaysItTookItOverAndTheLogSaysWhy() throws Exception {
        CommandRun next = runAfterAKilledOne(1); // killed after it applied one input
        Path store = dir.resolve("review.db");

        assertThat(next.err()).as(next.toString()).containsPattern("note: run 1 \\(started [^)]+\\) of the store "
                + java.util.regex.Pattern.quote(store.toString()) + " ended without closing it \\(killed, or the machine stopped\\); it is"
                + " marked interrupted in the store's log, and the input it applied stays applied: this one applies those it had not");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + store); java.sql.Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT status, failure FROM runs WHERE run_id = 1")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("interrupted");
            assertThat(rs.getString(2)).isEqualTo("ended without closing the store (killed, or the machine stopped): marked interrupted by the"
                    + " next run");
        }
    }

    /**
     * The review of session 25, L8: a store run given the folder of a published report (a plain run's, or a report's) replaced
     * it by its run.json alone, the report gone without a word. It is refused, the folder left as it was.
     */
    @Test
    void aStoreRunGivenTheFolderOfAReportIsRefusedAndTheReportStays() throws Exception {
        Path plugins = pluginsAndAnEmptyUpdate();
        Path published = Files.createDirectories(dir.resolve("review"));
        Files.writeString(published.resolve("report.html"), "<html>the published review</html>\n");
        Files.writeString(published.resolve("run.json"), "{}\n");

        CommandRun run = CommandRun.of("run", "--plugins-dir", plugins.toString(), "--no-progress", "--store", dir.resolve("r.db").toString(),
                "-o", published.toString(), dir.resolve("updates").toString());

        assertThat(run.exit()).as(run.toString()).isEqualTo(picocli.CommandLine.ExitCode.USAGE);
        assertThat(run.err()).endsWith("evidentia: output folder " + published + " holds report.html, which a run with --store, writing its"
                + " run.json alone, would delete: give it a folder of its own with -o (by default the store's NAME-run folder beside it),"
                + " and make the reports with `evidentia report --store`\n");
        assertThat(published.resolve("report.html")).hasContent("<html>the published review</html>");
        assertThat(dir.resolve("r.db")).doesNotExist();

        // validate says so of a pipeline file, which it called valid (the code review of session 26, C1), at its output line;
        // and of the store's own NAME-run folder, which a run writes to unless told
        Path pipeline = Files.writeString(dir.resolve("review.yaml"), "inputs: [updates/]\nstore: " + dir.resolve("r.db") + "\noutput: "
                + published + "\n");
        CommandRun validate = CommandRun.of("validate", "--plugins-dir", plugins.toString(), pipeline.toString());
        assertThat(validate.exit()).as(validate.toString()).isEqualTo(picocli.CommandLine.ExitCode.USAGE);
        assertThat(validate.err()).contains(pipeline + ":3: output folder " + published + " holds report.html, which a run with --store");
        Files.createDirectories(dir.resolve("r-run"));
        Files.writeString(dir.resolve("r-run/report.html"), "<html>a report made there by hand</html>\n");
        Path besideTheStore = Files.writeString(dir.resolve("beside.yaml"), "inputs: [updates/]\nstore: " + dir.resolve("r.db") + "\n");
        CommandRun validateBeside = CommandRun.of("validate", "--plugins-dir", plugins.toString(), besideTheStore.toString());
        assertThat(validateBeside.exit()).as(validateBeside.toString()).isEqualTo(picocli.CommandLine.ExitCode.USAGE);
        assertThat(validateBeside.err()).contains("output folder " + dir.resolve("r-run") + " holds report.html");
    }

    /**
     * The review of session 28, M13: under a plugins folder with no source (empty, unreadable, or a shared install whose zips this
     * user could not unpack), a run read nothing and its run.json alone replaced the output folder's reports, exit 1. It is
     * refused before it writes.
     */
    @Test
    void aRunWithNoSourceToReadItsInputsIsRefused() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path input = Files.writeString(dir.resolve("a.nbib"), "PMID- 1\nTI  - A title\n");

        CommandRun run = CommandRun.of("run", "--plugins-dir", empty.toString(), "--no-progress", "-o", dir.resolve("out").toString(),
                input.toString());

        assertThat(run.exit()).as(run.toString()).isEqualTo(picocli.CommandLine.ExitCode.USAGE);
        assertThat(run.err()).endsWith("evidentia: no source is installed and enabled in the plugins folder " + empty + ", so the run"
                + " could read none of its inputs; `evidentia plugins --plugins-dir " + empty + "` lists the plugins\n");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    /**
     * The review of session 25, U14: with no reporter installed and enabled (every reporter plugin disabled, say), a run extracted
     * the findings, wrote run.json alone, exit 0, and said nothing. It is refused before it reads.
     */
    @Test
    void aRunWithNoReporterToWriteItsFindingsIsRefused() throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        org.evidentia.runtime.host.PluginFolders.zip(plugins, "source-only", "*", null,
                org.evidentia.runtime.host.fixtures.TitleLinesSource.class);
        Path input = Files.writeString(dir.resolve("a.titles"), "1|A title long enough to read\n");

        CommandRun run = CommandRun.of("run", "--plugins-dir", plugins.toString(), "--no-progress", "-o", dir.resolve("out").toString(),
                input.toString());

        assertThat(run.exit()).as(run.toString()).isEqualTo(picocli.CommandLine.ExitCode.USAGE);
        assertThat(run.err()).endsWith("evidentia: no reporter is installed and enabled in the plugins folder " + plugins + ", so the run"
                + " would write its findings nowhere; `evidentia plugins --plugins-dir " + plugins + "` lists the plugins\n");
        assertThat(dir.resolve("out")).doesNotExist();
        // validate says the same of a pipeline file (the review of the session's change, Q8)
        Path pipeline = Files.writeString(dir.resolve("review.yaml"), "inputs: [" + input + "]\n");
        CommandRun validate = CommandRun.of("validate", "--plugins-dir", plugins.toString(), pipeline.toString());
        assertThat(validate.exit()).as(validate.toString()).isEqualTo(picocli.CommandLine.ExitCode.USAGE);
        assertThat(validate.err()).contains("no reporter is installed and enabled in the plugins folder " + plugins);
        // a store run makes no reports, and needs no reporter (the late diff review, Q9)
        CommandRun store = CommandRun.of("run", "--plugins-dir", plugins.toString(), "--no-progress", "--store", dir.resolve("r.db").toString(),
                input.toString());
        assertThat(store.exit()).as(store.toString()).isZero();
        assertThat(store.err()).doesNotContain("no reporter");
    }

    /** Review 26, L9: a store named by a link that leads nowhere yet is made by the run, which says so. */
    @Test
    void aStoreMadeThroughALinkThatLedNowhereIsAnnounced() throws Exception {
        Path plugins = pluginsAndAnEmptyUpdate();
        Path link = Files.createSymbolicLink(dir.resolve("link.db"), dir.resolve("target.db"));

        CommandRun run = CommandRun.of("run", "--plugins-dir", plugins.toString(), "--no-progress", "--store", link.toString(),
                dir.resolve("updates").toString());

        assertThat(run.out()).as(run.toString()).contains("Made a new findings store, " + link + ".");
        assertThat(dir.resolve("target.db")).exists();
    }

    /** Review 12, M4: a plain run over a mirror folder said "left out 2 checksum files"; a store run said nothing, nor did its run log. */
    @Test
    void aStoreRunOverAFolderSaysWhichChecksumFilesItsWalkLeftOutAndItsRunLogKeepsIt() throws Exception {
        Path mir = Files.createDirectories(dir.resolve("mir"));
        Files.writeString(mir.resolve("pubmed26n1235.xml"), "<PubmedArticleSet></PubmedArticleSet>\n");
        Files.writeString(mir.resolve("pubmed26n1235.xml.md5"), "MD5(pubmed26n1235.xml)= 0123456789abcdef0123456789abcdef\n");
        Path db = dir.resolve("m.db");

        CommandRun run = storeRun(db, mir);

        String note = mir + ": left out 1 checksum file (a NAME.md5 beside the file NAME it checks, as NCBI publishes PubMed's files)";
        assertThat(run.err()).as(run.toString()).contains("note: " + note);
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT notices FROM runs")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).contains(note);
        }
        // review 14, M6: run.json too, as a plain run's
        Path runJson = dir.resolve("m-run/run.json");
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(runJson.toFile()).path("notices").toString()).contains(note);
    }

    /** A store run's walk passed over a broken link without a word, where a plain run's reports it as an input error. */
    @Test
    void aStoreRunReportsWhatItsWalkPassedOverAsAPlainRunDoes() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("pubmed26n1235.xml"), "<PubmedArticleSet></PubmedArticleSet>\n");
        Path broken = Files.createSymbolicLink(in.resolve("gone.xml"), dir.resolve("nowhere.xml"));
        Path db = dir.resolve("b.db");

        CommandRun run = storeRun(db, in);

        assertThat(run.err()).as(run.toString()).contains("input-error: " + broken + ": a broken symbolic link (its target does not exist): not read");
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(dir.resolve("b-run/run.json").toFile()).path("problems").toString())
                .contains("a broken symbolic link");
    }
}
