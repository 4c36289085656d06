package org.evidentia.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.FindingKind;
import org.evidentia.api.Origin;
import org.evidentia.api.RecordFindings;
import org.evidentia.api.RunSummary;
import org.evidentia.api.StudyDesign;
import org.evidentia.runtime.engine.Deletion;
import org.evidentia.runtime.engine.RunRecorder;
import org.evidentia.runtime.store.FindingsStore;
import org.evidentia.runtime.store.StoreRecorder;
import org.evidentia.runtime.store.StoreRunSettings;
import org.evidentia.runtime.host.PluginFolders;
import org.evidentia.runtime.host.fixtures.PlainReporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evidentia report --store} on the console: results on stdout, the store's update history told once, in its note on stderr. */
class ReportCommandTest {

    private static final FindingKind MARKER = new FindingKind("marker", "Marker", "Markers", List.of(), Map.of());

    @TempDir
    Path dir;

    private static RecordFindings record(String pmid, int version, String file) {
        BibliographicRecord r = BibliographicRecord.builder().pmid(pmid).version(version).title("Study " + pmid + " v" + version)
                .section("RESULTS", "Text of version " + version + ".").journal("J Test").year(2021)
                .origin(new Origin("pubmed-xml", file, 1, 0)).build();
        return new RecordFindings(r, new StudyDesign(StudyDesign.Type.PRIMARY, false, "none"), List.of());
    }

    /** Applies one input to the store as a run does: its records, then the ids it deletes. */
    private static void apply(Path db, String file, List<RecordFindings> records, List<String> deleted) throws Exception {
        apply(db, new RunSummary.InputSummary(file, "sha-" + file, "pubmed-xml", records.size(), 0), records, deleted, List.of());
    }

    private static void apply(Path db, RunSummary.InputSummary input, List<RecordFindings> records, List<String> deleted,
                              List<RunSummary.Problem> problems) throws Exception {
        try (FindingsStore store = FindingsStore.open(db); StoreRecorder recorder = store.recorder(StoreRunSettings.of("run"))) {
            recorder.started(new RunRecorder.RunStart("0.1.0", Instant.parse("2026-01-31T00:00:00Z"), List.of(), Map.of(), List.of(MARKER)));
            for (RecordFindings r : records) {
                recorder.record(r);
            }
            recorder.inputEnded(new RunRecorder.InputEnd(0, input, true, 0, 0, deleted.stream().map(id -> new Deletion(id, null)).toList(),
                    problems, List.of()));
            recorder.finish(new RunSummary("0.1.0", Instant.EPOCH, List.of(), List.of(), Map.of(), new RunSummary.Counts(0, 0, 0, 0, 0, 0, 0),
                    List.of(), List.of(), List.of(), RunSummary.Focus.NONE), null);
        }
    }

    @Test
    void theUpdateHistoryOfAStoreIsToldOnceInItsNote() throws Exception {
        Path db = dir.resolve("review.db");
        apply(db, "base.xml", List.of(record("1", 1, "base.xml"), record("2", 1, "base.xml")), List.of());
        apply(db, "upd.xml", List.of(record("1", 2, "upd.xml")), List.of("2"));
        Path plugins = Files.createDirectory(dir.resolve("plugins"));
        PluginFolders.zip(plugins, "plain", "*", null, PlainReporter.class); // a report needs a reporter to write it

        CommandRun run = CommandRun.of("--plugins-dir", plugins.toString(), "report", "--store", db.toString(), "-o",
                dir.resolve("out").toString(), "--no-progress", "--run-date", "2026-01-31");

        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("Read 1 record from 2 inputs: 1 kept").doesNotContain("updates", "revised", "deleted");
        assertThat(run.err()).containsOnlyOnce("note: Reported from the findings store review.db: 1 record, from 2 input files applied in 2 runs."
                + " Its updates revised 1 record and deleted 1 record.")
                .contains("of the copies its inputs read, the 2 copies that revisions replaced or deletions withdrew are counted neither as records"
                        + " read nor as duplicates merged");
    }

    /** The review of session 30, L5: a report dated before the store's latest update (2025 typed for 2026) went without a word. */
    @Test
    void aReportDatedBeforeTheStoresLatestUpdateIsWarnedOf() throws Exception {
        Path db = dir.resolve("review.db");
        apply(db, "base.xml", List.of(record("1", 1, "base.xml")), List.of());
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db); java.sql.Statement u = c.createStatement()) {
            u.executeUpdate("UPDATE runs SET run_date = '2026-01-31T15:00:00Z'"); // a run without --run-date keeps its time of day
        }
        Path plugins = Files.createDirectory(dir.resolve("plugins"));
        PluginFolders.zip(plugins, "plain", "*", null, PlainReporter.class);

        CommandRun early = CommandRun.of("--plugins-dir", plugins.toString(), "report", "--store", db.toString(), "-o",
                dir.resolve("early").toString(), "--no-progress", "--run-date", "2025-01-31");
        // the store's run of 2026-01-31T15:00:00Z: a report dated that day, by a date alone, is not before it (the review of the
        // change, T2: a daily job's report dated today was warned of, the run of today having its time of day)
        CommandRun later = CommandRun.of("--plugins-dir", plugins.toString(), "report", "--store", db.toString(), "-o",
                dir.resolve("later").toString(), "--no-progress", "--run-date", "2026-01-31");
        // nor the day before it: a job west of UTC dates its evening report so (the review of the session's change, R3)
        CommandRun westOfUtc = CommandRun.of("--plugins-dir", plugins.toString(), "report", "--store", db.toString(), "-o",
                dir.resolve("west").toString(), "--no-progress", "--strict", "--run-date", "2026-01-30");

        assertThat(early.exit()).as(early.toString()).isEqualTo(ExitCode.OK);
        assertThat(early.err()).contains("warning: --run-date 2025-01-31 is before the store's latest update (run 1 of"
                + " 2026-01-31T15:00:00Z): the report is dated before records it holds");
        assertThat(later.exit()).as(later.toString()).isEqualTo(ExitCode.OK);
        assertThat(later.err()).doesNotContain("is before the store's latest update");
        assertThat(westOfUtc.exit()).as(westOfUtc.toString()).isEqualTo(ExitCode.OK);

        // the review of session 30, T6: --strict passed it
        Path strictOut = dir.resolve("strict");
        CommandRun strict = CommandRun.of("--plugins-dir", plugins.toString(), "report", "--store", db.toString(), "-o",
                strictOut.toString(), "--no-progress", "--strict", "--run-date", "2025-01-31");
        assertThat(strict.exit()).as(strict.toString()).isEqualTo(ExitCode.FAILED);
        assertThat(strict.err()).contains("evidentia: --run-date 2025-01-31 is before the store's latest update (run 1 of"
                + " 2026-01-31T15:00:00Z): the report is dated before records it holds; with --strict nothing is written");
        assertThat(strictOut).doesNotExist();
    }

    @Test
    void oneCopyThatAnUpdateReplacedIsCountedInTheSingular() throws Exception {
        Path db = dir.resolve("review.db");
        apply(db, "base.xml", List.of(record("1", 1, "base.xml")), List.of());
        apply(db, "upd.xml", List.of(record("1", 2, "upd.xml")), List.of());
        Path plugins = Files.createDirectory(dir.resolve("plugins"));
        PluginFolders.zip(plugins, "plain", "*", null, PlainReporter.class);

        CommandRun run = CommandRun.of("--plugins-dir", plugins.toString(), "report", "--store", db.toString(), "-o",
                dir.resolve("out").toString(), "--no-progress", "--run-date", "2026-01-31");

        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).contains("the 1 copy that revisions replaced or deletions withdrew is counted neither as records read");
    }

    /**
     * Review 12, M2: an input no source read was left out of the store's reports without a word. It is
     * listed with its reason as a notice; as no later run can read it, it does not fail every --strict
     * report to come (review 17, H1), nor replace an application that read its file, nor stand for
     * another unread file of the same (empty) content (review 17, M1).
     */
    @Test
    void anInputTheStoreCouldNotReadIsListedWithItsReasonUntilItsFileIsRead() throws Exception {
        Path db = dir.resolve("review.db");
        apply(db, "base.xml", List.of(record("1", 1, "base.xml")), List.of());
        apply(db, unread("README.txt"), List.of(), List.of(), List.of(unreadable("README.txt")));
        apply(db, unread("stats.html"), List.of(), List.of(), List.of(unreadable("stats.html")));
        apply(db, unread("base.xml"), List.of(), List.of(), List.of(unreadable("base.xml"))); // an empty download of base.xml
        Path plugins = Files.createDirectory(dir.resolve("plugins"));
        PluginFolders.zip(plugins, "plain", "*", null, PlainReporter.class);

        CommandRun strict = report(db, plugins, "strict", "--strict");

        assertThat(strict.exit()).as(strict.toString()).isEqualTo(ExitCode.OK);
        assertThat(strict.out()).contains("Read 1 record from 3 inputs");
        String runJson = Files.readString(dir.resolve("strict/run.json"));
        assertThat(runJson).contains("\"path\" : \"README.txt\"", "\"path\" : \"stats.html\"",
                "input not read: README.txt: no source reads this file", "input not read: stats.html: no source reads this file")
                .doesNotContain("input not read: base.xml");

        // the file read at last, with its content now an export: no longer listed as unread, and not a correction of the store
        apply(db, new RunSummary.InputSummary("README.txt", "sha-readme-2", "pubmed-xml", 1, 0), List.of(record("2", 1, "README.txt")),
                List.of(), List.of());
        CommandRun read = report(db, plugins, "read", "--strict");
        assertThat(read.exit()).as(read.toString()).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(dir.resolve("read/run.json"))).doesNotContain("README.txt: no source reads", "corrected");
    }

    private static RunSummary.InputSummary unread(String file) {
        return new RunSummary.InputSummary(file, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", null, 0, 0);
    }

    private static RunSummary.Problem unreadable(String file) {
        return new RunSummary.Problem(RunSummary.Problem.Kind.INPUT_ERROR, null, file, 0, 0, null, "no source reads this file");
    }

    private CommandRun report(Path db, Path plugins, String output, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("--plugins-dir", plugins.toString(), "report", "--store", db.toString(), "-o",
                dir.resolve(output).toString(), "--no-progress", "--run-date", "2026-01-31"));
        args.addAll(List.of(more));
        return CommandRun.of(args.toArray(String[]::new));
    }

    /** It said picocli's "Unknown options: '-x', 'cytokines'", where run --store explains its refused options in words. */
    @Test
    void runsArgumentsAreRefusedInWordsWithWhatToDoInstead() {
        Path db = dir.resolve("big.db");

        CommandRun extractor = CommandRun.of("report", "--store", db.toString(), "-x", "cytokines");
        CommandRun mixed = CommandRun.of("report", "--store", db.toString(), "--threads=2", "new.xml", "--bogus", "-scsv-table");

        assertThat(extractor.exit()).as(extractor.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(extractor.err()).startsWith("evidentia: '-x cytokines' chooses the extractors of a run, and a report extracts nothing:"
                        + " the store holds what its runs extracted; to extract its inputs again with them, give"
                        + " `evidentia run --store " + db + " -x cytokines --force INPUTS...` and report again,"
                        + " or narrow the report with --focus ATTRIBUTE=VALUE")
                .contains("Try `evidentia report --help`.").doesNotContain("Unknown option", "Did you mean");
        assertThat(mixed.exit()).as(mixed.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(mixed.err().lines().toList()).containsExactly(
                "evidentia: '--threads=2' sets a run's extraction threads, and a report extracts nothing: the store holds what its runs"
                        + " extracted; give it to `evidentia run --store " + db + "`",
                "evidentia: '-scsv-table' chooses the sources that read a run's inputs, and a report reads nothing but the store:"
                        + " apply the inputs to it with `evidentia run --store " + db + " -scsv-table INPUTS...`, then report again",
                "evidentia: a report reads nothing but the store, so it takes no inputs (new.xml): apply them to it with"
                        + " `evidentia run --store " + db + " new.xml`, then report again",
                "evidentia: unknown option '--bogus'",
                "Try `evidentia report --help`.");
        CommandRun exclude = CommandRun.of("report", "--store", db.toString(), "--exclude", "screened out.csv");
        assertThat(exclude.exit()).as(exclude.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(exclude.err()).startsWith("evidentia: '--exclude 'screened out.csv'' sets the store's exclusion list, which a report"
                + " applies as the store keeps it: give it to `evidentia run --store " + db + " --exclude 'screened out.csv'` (no input"
                + " needed), then report again");
    }

    @Test
    void anUnknownOptionOfNoCommandKeepsPicoclisWords() {
        CommandRun run = CommandRun.of("report", "--store", dir.resolve("big.db").toString(), "--bogus");

        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).startsWith("evidentia: Unknown option: '--bogus'");
    }
}
