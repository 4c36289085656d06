package org.evidentia.runtime.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Direction;
import org.evidentia.api.EvidenceSpan;
import org.evidentia.api.Finding;
import org.evidentia.api.FindingKind;
import org.evidentia.api.Origin;
import org.evidentia.api.RecordFindings;
import org.evidentia.api.RunSummary;
import org.evidentia.api.StudyDesign;
import org.evidentia.api.Subject;
import org.evidentia.runtime.engine.Deletion;
import org.evidentia.runtime.engine.RunRecorder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store as a report reads it, from a real store file: opened read-only beside a run, refused when
 * it is no store or holds nothing, its kinds those of every run its records carry, and its counts
 * those of the store as it is now, with the update history apart.
 */
class StoreReadingTest {

    private static final FindingKind MARKER = new FindingKind("marker", "Marker", "Markers", List.of(), Map.of());
    private static final FindingKind CYTOKINE = new FindingKind("cytokine-change", "Cytokine", "Cytokines", List.of(), Map.of());
    private static final StudyDesign PRIMARY = new StudyDesign(StudyDesign.Type.PRIMARY, false, "no publication type or cue: primary study");

    @TempDir
    Path dir;

    private static RecordFindings record(String pmid, int version, String text, String file, String kind) {
        BibliographicRecord r = BibliographicRecord.builder().pmid(pmid).version(version).title("Study " + pmid).section("RESULTS", text)
                .journal("J Test").year(2021).origin(new Origin("pubmed-xml", file, 1, 0)).build();
        List<Finding> findings = new ArrayList<>();
        String abstractText = r.abstractText();
        int at = abstractText.indexOf("IL-6");
        if (at >= 0 && kind != null) {
            findings.add(new Finding(r.id(), kind, new Subject("IL6", "IL-6", "IL-6"), Direction.INCREASED, Map.of(),
                    new EvidenceSpan("abstract", "RESULTS", abstractText, 0, abstractText.length(), at, at + 4), "x", "1.0.0"));
        }
        return new RecordFindings(r, PRIMARY, findings);
    }

    /** One input: its records, how many it skipped (with their problems) and what it deletes. */
    private record Input(String name, String sha, List<RecordFindings> records, List<RunSummary.Problem> skipped, List<Deletion> deleted) {
    }

    private void apply(Path db, List<FindingKind> kinds, Input... inputs) throws Exception {
        try (FindingsStore store = FindingsStore.open(db); StoreRecorder recorder = store.recorder(StoreRunSettings.of("run"))) {
            recorder.started(new RunRecorder.RunStart("0.1.0", Instant.parse("2026-01-31T00:00:00Z"), List.of(), Map.of(), kinds));
            for (int i = 0; i < inputs.length; i++) {
                Input input = inputs[i];
                for (RecordFindings r : input.records()) {
                    recorder.record(r);
                }
                long read = input.records().size() + input.skipped().size();
                recorder.inputEnded(new RunRecorder.InputEnd(i, new RunSummary.InputSummary(input.name(), input.sha(), "pubmed-xml", read,
                        input.skipped().size()), true, 0, 0, input.deleted(), input.skipped(), List.of()));
            }
            recorder.finish(new RunSummary("0.1.0", Instant.EPOCH, List.of(), List.of(), Map.of(), new RunSummary.Counts(0, 0, 0, 0, 0, 0, 0),
                    List.of(), List.of(), List.of(), RunSummary.Focus.NONE), null);
        }
    }

    private static Input input(String name, RecordFindings... records) {
        return new Input(name, "sha-" + name, List.of(records), List.of(), List.of());
    }

    /** Applies {@code input} in a run that is then stopped, as by a signal, before its end: marked interrupted. */
    private void applyAndStop(Path db, Input input) throws Exception {
        try (FindingsStore store = FindingsStore.open(db); StoreRecorder recorder = store.recorder(StoreRunSettings.of("run"))) {
            recorder.started(new RunRecorder.RunStart("0.1.0", Instant.parse("2026-02-07T00:00:00Z"), List.of(), Map.of(), List.of(MARKER)));
            recorder.interruptedBy("stopped by a signal (Ctrl-C or kill)");
            for (RecordFindings r : input.records()) {
                recorder.record(r);
            }
            recorder.inputEnded(new RunRecorder.InputEnd(0, new RunSummary.InputSummary(input.name(), input.sha(), "pubmed-xml",
                    input.records().size(), 0), true, 0, 0, List.of(), List.of(), List.of()));
        }
    }

    private static void setLastRunStatus(Path db, String status) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE runs SET status = '" + status + "', failure = NULL WHERE run_id = (SELECT max(run_id) FROM runs)");
        }
    }

    @Test
    void aLastRunThatDidNotEndCompleteIsToldFirstAndFailsAStrictReportWhetherInterruptedKilledOrStillRunning() throws Exception {
        // Review 24 H1: a report of a store whose night's run stopped after 3 of its 24 inputs said nothing, and passed --strict.
        Path db = dir.resolve("review.db");
        apply(db, List.of(MARKER), input("week1.xml", record("1", 1, "IL-6 rose.", "week1.xml", "marker")));
        try (FindingsStore store = FindingsStore.openForReading(db)) {
            assertThat(store.stored().unfinished()).as("a last run that ended complete").isNull();
            assertThat(store.stored().summary().notices()).noneSatisfy(n -> assertThat(n).contains("last run"));
        }
        applyAndStop(db, input("week2.xml", record("2", 1, "IL-6 fell.", "week2.xml", "marker")));
        try (FindingsStore store = FindingsStore.openForReading(db)) {
            StoredRun stored = store.stored();
            assertThat(stored.unfinished()).isEqualTo("the store's last run (run 2) was interrupted");
            assertThat(stored.summary().notices().get(0))
                    .startsWith("The store's last run did not end complete: run 2 (evidentia run, started ")
                    .contains(") was interrupted after applying 1 input (stopped by a signal (Ctrl-C or kill) after this run applied 1 input,"
                            + " which are kept; the same command without --force goes on from there).")
                    .endsWith("This report shows the store as that run left it: with the inputs it applied, without those it did not reach."
                            + " Run the same command again (without --force): it skips the inputs applied and goes on from there; then report again.");
        }
        setLastRunStatus(db, "running"); // killed (kill -9) before it could record its end: no process holds the store
        try (FindingsStore store = FindingsStore.openForReading(db)) {
            assertThat(store.stored().unfinished()).isEqualTo("the store's last run (run 2) did not finish (it was killed before it could"
                    + " record its end)");
        }
        try (FindingsStore running = FindingsStore.open(db)) { // a run holds the store (opening it marked run 2 interrupted)
            setLastRunStatus(db, "running");
            try (FindingsStore store = FindingsStore.openForReading(db)) {
                assertThat(store.stored().unfinished()).isEqualTo("the store's last run (run 2) is still running");
                assertThat(store.stored().summary().notices().get(0)).contains(") is still running and has applied 1 input.",
                        "as it was when the report began reading it", "Wait for it to end and report again.");
            }
        }
        // an explorer's M1 (2026-12-04): a run that ends while a report reads the store was told killed, its lock free by then
        try (FindingsStore ending = FindingsStore.open(db)) {
            setLastRunStatus(db, "running");
            try (FindingsStore store = FindingsStore.openForReading(db)) { // its snapshot, taken as it opens, says running
                // the run ends after the reading began: it logs its end, then lets go of the lock, before the reading looks at it
                setLastRunStatus(db, "complete");
                ending.close();
                assertThat(store.stored().unfinished()).isEqualTo("the store's last run (run 2) is still running");
            }
        }
        setLastRunStatus(db, "failed");
        try (FindingsStore store = FindingsStore.openForReading(db)) {
            assertThat(store.stored().unfinished()).isEqualTo("the store's last run (run 2) failed");
            assertThat(store.stored().summary().notices().get(0)).contains("Mend what failed it and run the same command again");
        }
        // review-s21-cli D12: a run --strict failed on its problems alone applied all it was given; no input is missing
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE runs SET failure = '1 problem met and --strict was given' WHERE run_id = (SELECT max(run_id) FROM runs)");
        }
        try (FindingsStore store = FindingsStore.openForReading(db)) {
            assertThat(store.stored().unfinished()).isEqualTo("the store's last run (run 2) failed");
            assertThat(store.stored().summary().notices().get(0)).contains("failed after applying 1 input (1 problem met and --strict was"
                    + " given). It applied every input it was given; its problems (this report lists them) failed it under --strict, and none"
                    + " was met in an input, so its inputs stay applied. Mend the problems")
                    .doesNotContain("without those it did not reach");
        }
        // the review of session 30, L7: only where a problem was met in an input is that input applied again
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE files SET problems = '[]' WHERE run_id = (SELECT max(run_id) FROM runs)");
        }
        try (FindingsStore store = FindingsStore.openForReading(db)) {
            assertThat(store.stored().summary().notices().get(0)).contains("failed it under --strict, and the inputs they were met in are"
                    + " applied again by the next run. Mend the problems");
            assertThat(store.appliedFiles().values()).extracting(FindingsStore.AppliedFile::path).as("week2.xml is to apply again")
                    .containsExactly("week1.xml");
        }
        // a reviewer of that change: not when an input of that run was read part-way, or not at all
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE files SET status = 'partial' WHERE run_id = (SELECT max(run_id) FROM runs)");
        }
        try (FindingsStore store = FindingsStore.openForReading(db)) {
            assertThat(store.stored().summary().notices().get(0)).doesNotContain("It applied every input it was given")
                    .contains("without those it did not reach");
        }
        // a run with no input to apply (the exclusion list alone), failed on its problems: no input of it stays applied (the review
        // of the session's change, R6)
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM files WHERE run_id = (SELECT max(run_id) FROM runs)");
        }
        try (FindingsStore store = FindingsStore.openForReading(db)) {
            assertThat(store.stored().summary().notices().get(0)).contains("failed after applying 0 inputs (1 problem met and --strict was"
                    + " given). It had no input to apply; its problems (this report lists them) failed it under --strict.")
                    .doesNotContain("stay applied");
        }
        apply(db, List.of(MARKER), input("week2b.xml", record("2", 1, "IL-6 fell.", "week2b.xml", "marker")));
        try (FindingsStore store = FindingsStore.openForReading(db)) {
            assertThat(store.stored().unfinished()).as("the next run ended complete").isNull();
        }
    }

    @Test
    void theKindsOfEveryRunWhoseRecordsTheStoreHoldsAreReportedAndTheirDifferenceSaid() throws Exception {
        Path db = dir.resolve("review.db");
        apply(db, List.of(MARKER, CYTOKINE), input("base.xml", record("1", 1, "IL-6 rose.", "base.xml", "cytokine-change"),
                record("2", 1, "IL-6 fell.", "base.xml", "marker")));
        // an update applied without the cytokine extractor: the store's cytokine findings are still of a declared kind
        apply(db, List.of(MARKER), input("upd.xml", record("3", 1, "IL-6 rose again.", "upd.xml", "marker")));
        try (FindingsStore store = FindingsStore.openForReading(db)) {
            StoredRun stored = store.stored();
            assertThat(stored.kinds()).extracting(FindingKind::name).containsExactly("marker", "cytokine-change");
            assertThat(stored.summary().notices()).anySatisfy(n -> assertThat(n)
                    .contains("extracted under 2 different configurations, which differ in their finding kinds",
                            "2 records by run 1 (finding kinds: marker, cytokine-change)", "1 record by run 2 (finding kinds: marker)"));
        }
    }

    /**
     * The review of session 30, L1: a lexicon edited in place between two updates (or an extractor's plugin rebuilt under its
     * version) extracted the two runs' records otherwise, and the store's report said nothing of it. A reporter's file is no
     * part of what the records carry.
     */
    @Test
    void recordsExtractedWithAnotherLexiconOrPluginBuildAreToldAsAnotherConfiguration() throws Exception {
        Path db = dir.resolve("review.db");
        apply(db, List.of(MARKER), input("base.xml", record("1", 1, "IL-6 rose.", "base.xml", "marker")));
        apply(db, List.of(MARKER), input("upd.xml", record("2", 1, "IL-6 fell.", "upd.xml", "marker")));
        // as a run records them: a plugin's extensions by their bare names, each kind with the extractor that found it (the review
        // of the session's change, R2: the test wrote "extractor:terms", which no run does, and the comparison never ran)
        String plugins = StoreJson.plugins(List.of(new RunSummary.PluginSummary("terms-plugin", "1.0.0", List.of("terms")),
                new RunSummary.PluginSummary("tables", "1.0.0", List.of("table"))));
        String kinds = StoreJson.kinds(List.of(MARKER), List.of("terms"));
        java.util.function.BiConsumer<String, String> runs = (first, second) -> {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                 java.sql.PreparedStatement u = c.prepareStatement("UPDATE runs SET plugins = ?, kinds = ?, fingerprints = ? WHERE run_id = ?")) {
                for (int run = 1; run <= 2; run++) {
                    u.setString(1, plugins);
                    u.setString(2, kinds);
                    u.setString(3, run == 1 ? first : second);
                    u.setLong(4, run);
                    u.executeUpdate();
                }
            } catch (java.sql.SQLException e) {
                throw new AssertionError(e);
            }
        };
        java.util.function.BiFunction<String, String, String> fingerprints = (lexicon, table) -> StoreJson.fingerprints(
                org.evidentia.runtime.engine.Fingerprints.NONE, List.of(new RunSummary.OptionFile("terms", "lexicon", "lex.tsv", lexicon),
                        new RunSummary.OptionFile("table", "template", "t.peb", table)));

        runs.accept(fingerprints.apply("aaa", "ttt"), fingerprints.apply("bbb", "ttt"));
        try (FindingsStore store = FindingsStore.openForReading(db)) {
            assertThat(store.stored().summary().notices()).anySatisfy(n -> assertThat(n).contains("extracted under 2 different"
                    + " configurations, which differ in their builds (the files their extractors' options name, or the extractors'"
                    + " plugins or kit rebuilt under one version)", "1 record by run 1", "1 record by run 2"));
        }
        runs.accept(fingerprints.apply("aaa", "ttt"), fingerprints.apply("aaa", "uuu"));
        try (FindingsStore store = FindingsStore.openForReading(db)) {
            assertThat(store.stored().summary().notices()).as("a reporter's file changed").noneMatch(n -> n.contains("configurations"));
        }
    }

    @Test
    void theCountsAreTheStoreAsItIsNowWithItsUpdatesApartAndASkippedRecordBroughtInLaterIsNoLongerSkipped() throws Exception {
        Path db = dir.resolve("review.db");
        RunSummary.Problem skipped = new RunSummary.Problem(RunSummary.Problem.Kind.SKIPPED_RECORD, "pubmed-xml", "base.xml", 3, 20, "3",
                "XML is not well-formed");
        apply(db, List.of(MARKER), new Input("base.xml", "sha-base", List.of(record("1", 1, "IL-6 rose.", "base.xml", "marker"),
                record("2", 1, "Nothing.", "base.xml", "marker")), List.of(skipped), List.of()));
        apply(db, List.of(MARKER), new Input("upd.xml", "sha-upd", List.of(record("1", 2, "IL-6 fell.", "upd.xml", "marker"),
                record("3", 1, "Now readable.", "upd.xml", "marker")), List.of(), List.of(new Deletion("2", null))));
        try (FindingsStore store = FindingsStore.openForReading(db)) {
            StoredRun stored = store.stored();
            StoredRun.History history = stored.history(); // asked before the summary: the store is read once, in whatever order
            RunSummary summary = stored.summary();
            assertThat(stored.summary()).isSameAs(summary);
            assertThat(history).isEqualTo(new StoredRun.History(1, 1, 0, 1, 0, 2, 0));
            // records 1 (revised) and 3 (skipped, then brought in): 2 kept, no duplicate, nothing skipped any more
            assertThat(summary.counts().recordsRead()).isEqualTo(2);
            assertThat(summary.counts().recordsDeleted()).as("record 2, deleted: the flow diagram's box").isEqualTo(1);
            assertThat(summary.counts().recordsSkipped()).isZero();
            assertThat(summary.problems()).isEmpty();
            assertThat(stored.history()).isEqualTo(new StoredRun.History(1, 1, 0, 1, 0, 2, 0));
            assertThat(summary.notices()).anySatisfy(n -> assertThat(n).contains("of the copies its inputs read, the 2 copies that revisions replaced or deletions withdrew are counted neither",
                    "1 record skipped by an input is in the store now"));
        }
    }

    @Test
    void aRecordReDeliveredUnchangedIsNoDuplicateMergedAndARecordRevisedTwiceIsOneRecordRevised() throws Exception {
        // Review 5, living-review operator's findings 6 and 9: PubMed re-issues records whose date alone changed, and each
        // such copy counted as a duplicate merged; a record revised by two updates counted as two records revised.
        Path db = dir.resolve("review.db");
        apply(db, List.of(MARKER), input("base.xml", record("1", 1, "IL-6 rose.", "base.xml", "marker"),
                record("2", 1, "Nothing.", "base.xml", "marker"), record("3", 1, "Nothing either.", "base.xml", "marker")));
        apply(db, List.of(MARKER), input("upd1.xml", record("1", 2, "IL-6 fell.", "upd1.xml", "marker"),
                record("2", 1, "Nothing.", "upd1.xml", "marker")));
        apply(db, List.of(MARKER), input("upd2.xml", record("1", 3, "IL-6 rose again.", "upd2.xml", "marker"),
                record("3", 1, "Nothing either.", "upd2.xml", "marker")));
        try (FindingsStore store = FindingsStore.openForReading(db)) {
            StoredRun stored = store.stored();
            RunSummary summary = stored.summary();
            assertThat(summary.counts().recordsRead()).as("the 3 records held, and no duplicate").isEqualTo(3);
            assertThat(stored.history()).isEqualTo(new StoredRun.History(1, 2, 0, 0, 0, 2, 2));
            assertThat(summary.notices()).anySatisfy(n -> assertThat(n).contains("Its updates revised 1 record (in 2 revisions).",
                    "of the copies its inputs read, the 2 copies that revisions replaced or deletions withdrew, and the 2 copies that"
                            + " re-delivered a record unchanged or in an older version are counted neither as records read nor as duplicates merged."));
        }
    }

    /**
     * The review of session 27, V3: an export downloaded again reads its own records unchanged against its earlier content, which
     * is counted no more. They were taken for re-deliveries of another input's copies, and the copy a revision replaced came
     * out as one more re-delivery.
     */
    @Test
    void theRecordsAnInputDownloadedAgainReadUnchangedAreNoReDeliveries() throws Exception {
        Path db = dir.resolve("review.db");
        String export = Files.writeString(dir.resolve("export.txt"), "x").toString();
        apply(db, List.of(MARKER), input("base.xml", record("1", 1, "IL-6 rose.", "base.xml", "marker"),
                record("2", 1, "Nothing.", "base.xml", "marker")));
        apply(db, List.of(MARKER), input("upd.xml", record("1", 2, "IL-6 fell.", "upd.xml", "marker")));
        apply(db, List.of(MARKER), new Input(export, "sha-first", List.of(record("5", 1, "IL-6 rose.", export, "marker")), List.of(),
                List.of()));
        apply(db, List.of(MARKER), new Input(export, "sha-again", List.of(record("5", 1, "IL-6 rose.", export, "marker"),
                record("6", 1, "New.", export, "marker")), List.of(), List.of()));
        try (FindingsStore store = FindingsStore.openForReading(db)) {
            StoredRun stored = store.stored();
            assertThat(stored.summary().counts().recordsRead()).as("records 1, 2, 5, 6").isEqualTo(4);
            // base.xml's copy of 1, which upd.xml's version 2 replaced; no copy re-delivered
            assertThat(stored.history()).isEqualTo(new StoredRun.History(1, 1, 0, 0, 0, 1, 0));
        }

        // the export downloaded again revises its own record 5 and holds another input's record 7 unchanged: that copy is a
        // re-delivery, whatever the export shares with its earlier content (the review of the change, S3)
        Path db2 = dir.resolve("review2.db");
        String export2 = Files.writeString(dir.resolve("export2.txt"), "x").toString();
        apply(db2, List.of(MARKER), input("other.xml", record("7", 1, "Nothing.", "other.xml", "marker")));
        apply(db2, List.of(MARKER), new Input(export2, "sha-one", List.of(record("5", 1, "IL-6 rose.", export2, "marker")), List.of(),
                List.of()));
        apply(db2, List.of(MARKER), new Input(export2, "sha-two", List.of(record("5", 1, "IL-6 fell.", export2, "marker"),
                record("7", 1, "Nothing.", export2, "marker")), List.of(), List.of()));
        try (FindingsStore store = FindingsStore.openForReading(db2)) {
            assertThat(store.stored().history()).isEqualTo(new StoredRun.History(1, 1, 0, 0, 0, 0, 1));
        }

        // and one that re-delivers another input's record in both its contents: held by that input, not by the export's earlier
        // content, so a re-delivery still (two searches that overlap, the second downloaded again)
        Path db3 = dir.resolve("review3.db");
        String export3 = Files.writeString(dir.resolve("export3.txt"), "x").toString();
        apply(db3, List.of(MARKER), input("base.xml", record("1", 1, "IL-6 rose.", "base.xml", "marker")));
        apply(db3, List.of(MARKER), new Input(export3, "sha-a", List.of(record("1", 1, "IL-6 rose.", export3, "marker"),
                record("5", 1, "Nothing.", export3, "marker")), List.of(), List.of()));
        apply(db3, List.of(MARKER), new Input(export3, "sha-b", List.of(record("1", 1, "IL-6 rose.", export3, "marker"),
                record("5", 1, "Nothing.", export3, "marker"), record("6", 1, "New.", export3, "marker")), List.of(), List.of()));
        try (FindingsStore store = FindingsStore.openForReading(db3)) {
            assertThat(store.stored().history()).isEqualTo(new StoredRun.History(0, 0, 0, 0, 0, 0, 1));
        }
    }

    @Test
    void theCopyADeletionWithdrewIsNoReDeliveryThoughAnOlderCopyOfItsRecordWasSuperseded() throws Exception {
        // An explorer's F7 (a): record 1 revised by fix.xml, base.xml applied again (its older version of 1 superseded),
        // then record 1 deleted. Of the two copies of 1 not held, base.xml's re-delivered an older version and fix.xml's
        // was withdrawn by the deletion; both were told as re-deliveries.
        Path db = dir.resolve("review.db");
        Input base = input("base.xml", record("1", 1, "IL-6 rose.", "base.xml", "marker"), record("2", 1, "Nothing.", "base.xml", "marker"));
        apply(db, List.of(MARKER), base);
        apply(db, List.of(MARKER), input("fix.xml", record("1", 2, "IL-6 fell.", "fix.xml", "marker")));
        apply(db, List.of(MARKER), base);
        apply(db, List.of(MARKER), new Input("del.xml", "sha-del", List.of(), List.of(), List.of(new Deletion("1", null))));
        try (FindingsStore store = FindingsStore.openForReading(db)) {
            StoredRun stored = store.stored();
            RunSummary summary = stored.summary();
            assertThat(summary.counts().recordsRead()).as("record 2").isEqualTo(1);
            assertThat(stored.history()).isEqualTo(new StoredRun.History(1, 1, 1, 1, 0, 1, 1));
            assertThat(summary.notices()).anySatisfy(n -> assertThat(n).contains("the 1 copy that revisions replaced or deletions withdrew,"
                    + " and the 1 copy that re-delivered a record unchanged or in an older version are counted neither"));
        }
    }

    @Test
    void copiesOfAnUnchangedTextReExtractedByOtherPluginsAreReDeliveriesNotCopiesRevisionsReplaced() throws Exception {
        // An explorer's F7 (b): a second export of the same records, read with an extractor added, re-extracted one of
        // them; its copy was told as one "that revisions replaced or deletions withdrew", where no record was revised.
        Path db = dir.resolve("review.db");
        apply(db, List.of(MARKER), input("a.xml", record("1", 1, "IL-6 rose.", "a.xml", null), record("2", 1, "Nothing.", "a.xml", null)));
        apply(db, List.of(MARKER), input("b.xml", record("1", 1, "IL-6 rose.", "b.xml", "marker"), record("2", 1, "Nothing.", "b.xml", "marker")));
        try (FindingsStore store = FindingsStore.openForReading(db)) {
            StoredRun stored = store.stored();
            RunSummary summary = stored.summary();
            assertThat(summary.counts().recordsRead()).isEqualTo(2);
            assertThat(stored.history()).isEqualTo(new StoredRun.History(0, 0, 0, 0, 0, 0, 2));
            assertThat(summary.notices()).anySatisfy(n -> assertThat(n).contains("Its updates re-extracted 1 record.",
                    "the 2 copies that re-delivered a record unchanged or in an older version are counted neither").doesNotContain("revisions replaced"));
        }
    }

    @Test
    void aLessFullCopyAppliedAgainIsADuplicateMergedThoughItsFirstApplicationIsNoLongerCounted() throws Exception {
        // Review 5's finding 9, store s7: a CSV copy, then the MEDLINE copy (fuller: revised), then the CSV again (a duplicate:
        // the store keeps MEDLINE). The MEDLINE revision replaced a copy of the CSV's first application, which is no longer
        // counted, and was taken from the CSV's last one: "10 kept, 0 duplicates merged".
        Path db = dir.resolve("review.db");
        RecordFindings csv = new RecordFindings(BibliographicRecord.builder().pmid("1").version(1).title("Study 1").journal("J Test")
                .year(2021).origin(new Origin("csv", "export.csv", 1, 0)).build(), PRIMARY, List.of());
        apply(db, List.of(MARKER), input("export.csv", csv));
        apply(db, List.of(MARKER), input("medline.xml", record("1", 1, "IL-6 rose.", "medline.xml", "marker")));
        apply(db, List.of(MARKER), input("export.csv", csv));
        try (FindingsStore store = FindingsStore.openForReading(db)) {
            StoredRun stored = store.stored();
            assertThat(stored.summary().counts().recordsRead()).as("1 record held and 1 duplicate merged").isEqualTo(2);
            assertThat(stored.summary().inputs()).extracting(RunSummary.InputSummary::path).containsExactly("medline.xml", "export.csv");
        }
    }

    @Test
    void anExportDownloadedAgainWithOtherContentIsOneInputCountedByItsLastApplication() throws Exception {
        // An explorer's H1 (2026-12-04): the same export downloaded again, a record changed and then two gone, was listed
        // once per application ("8 inputs" of 6 files), where a file applied again counts by its last application.
        Path export = Files.writeString(dir.resolve("export.xml"), "<PubmedArticleSet/>");
        Path other = Files.writeString(dir.resolve("other.xml"), "<PubmedArticleSet/>");
        String shown = export.toString();
        Path db = dir.resolve("review.db");
        apply(db, List.of(MARKER), new Input(shown, "sha-1", List.of(record("1", 1, "IL-6 rose.", shown, "marker"),
                record("2", 1, "Nothing.", shown, "marker"), record("3", 1, "Nothing either.", shown, "marker")), List.of(), List.of()));
        apply(db, List.of(MARKER), new Input(other.toString(), "sha-1", List.of(record("1", 1, "IL-6 rose.", other.toString(), "marker"),
                record("2", 1, "Nothing.", other.toString(), "marker"), record("3", 1, "Nothing either.", other.toString(), "marker")),
                List.of(), List.of()));
        apply(db, List.of(MARKER), new Input(shown, "sha-2", List.of(record("1", 1, "IL-6 rose, in all.", shown, "marker"),
                record("2", 1, "Nothing.", shown, "marker"), record("3", 1, "Nothing either.", shown, "marker")), List.of(), List.of()));
        apply(db, List.of(MARKER), new Input(shown, "sha-3", List.of(record("1", 1, "IL-6 rose, in all.", shown, "marker")),
                List.of(), List.of()));
        try (FindingsStore store = FindingsStore.openForReading(db)) {
            RunSummary summary = store.stored().summary();
            assertThat(summary.inputs()).as("each file once: the export as last applied, the other file with its own content")
                    .extracting(RunSummary.InputSummary::path, RunSummary.InputSummary::sha256, RunSummary.InputSummary::records)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(other.toString(), "sha-1", 3L),
                            org.assertj.core.groups.Tuple.tuple(shown, "sha-3", 1L));
            assertThat(summary.counts().recordsRead()).as("the 3 records the store holds").isEqualTo(3);
            assertThat(summary.notices()).noneSatisfy(n -> assertThat(n).contains("corrected content"));
        }
    }

    @Test
    void twoFilesOfTheSameBytesAreTwoInputsWithTheirChecksumsAndTheSecondReDeliveredItsRecords() throws Exception {
        // An explorer's F28 (2026-12-05): a folder holding an export and a byte-identical copy of it, applied in one run,
        // was reported from one input, the copy that added nothing; the file whose records the store holds, and its
        // checksum, which a citation of the review relies on, were left out.
        Path db = dir.resolve("review.db");
        Path a = Files.writeString(dir.resolve("a.xml"), "<PubmedArticleSet/>");
        Path b = Files.writeString(dir.resolve("b.xml"), "<PubmedArticleSet/>");
        apply(db, List.of(MARKER),
                new Input(a.toString(), "sha-same", List.of(record("1", 1, "IL-6 rose.", a.toString(), "marker"),
                        record("2", 1, "Nothing.", a.toString(), "marker")), List.of(), List.of()),
                new Input(b.toString(), "sha-same", List.of(record("1", 1, "IL-6 rose.", b.toString(), "marker"),
                        record("2", 1, "Nothing.", b.toString(), "marker")), List.of(), List.of()));
        try (FindingsStore store = FindingsStore.openForReading(db)) {
            StoredRun stored = store.stored();
            RunSummary summary = stored.summary();
            assertThat(summary.inputs()).as("each file, in the order applied")
                    .extracting(RunSummary.InputSummary::path, RunSummary.InputSummary::sha256, RunSummary.InputSummary::records)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(a.toString(), "sha-same", 2L),
                            org.assertj.core.groups.Tuple.tuple(b.toString(), "sha-same", 2L));
            assertThat(summary.counts().recordsRead()).as("the 2 records the store holds, no duplicate").isEqualTo(2);
            assertThat(summary.notices()).anySatisfy(n -> assertThat(n)
                    .contains("the 2 copies that re-delivered a record unchanged or in an older version are counted neither"));
        }
    }

    /** A record of {@code pmid} (null: none) and DOI 10.1/x, with one finding, read from {@code file}. */
    private static RecordFindings byDoi(String pmid, String text, String file) {
        return byDoi(pmid, "10.1/X", text, file);
    }

    /** A record of {@code pmid} (null: none) and {@code doi}, with one finding, read from {@code file}. */
    private static RecordFindings byDoi(String pmid, String doi, String text, String file) {
        BibliographicRecord r = BibliographicRecord.builder().pmid(pmid).doi(doi).title("Study X").section("RESULTS", text)
                .journal("J Test").year(2021).origin(new Origin("pubmed-text", file, 1, 0)).build();
        int at = text.indexOf("IL-6");
        return new RecordFindings(r, PRIMARY, List.of(new Finding(r.id(), "marker", new Subject("IL6", "IL-6", "IL-6"), Direction.INCREASED,
                Map.of(), new EvidenceSpan("abstract", "RESULTS", text, 0, text.length(), at, at + 4), "x", "1.0.0")));
    }

    /**
     * The code review of session 26, C5, and of its change, R2: a BioC file's DOI behind a resolver (https://doi.org/10.1/x),
     * the record's id without a PMID, and a RIS file's bare 10.1/x were two records, two studies, two votes. Records keep the
     * DOI and id their source gave (a store holds them by it: rewritten, a held paper became a new one), and are matched by
     * the DOI in any spelling, in a store as in a run.
     */
    @Test
    void aDoiBehindAResolverIsTheBareDoiOfAnotherCopy() throws Exception {
        Path db = dir.resolve("review.db");
        apply(db, List.of(MARKER), input("v1.xml", byDoi(null, "https://doi.org/10.1/X", "IL-6 rose.", "v1.xml")));
        apply(db, List.of(MARKER), input("p.ris", byDoi(null, "10.1/x", "IL-6 rose.", "p.ris")));
        apply(db, List.of(MARKER), input("again.xml", byDoi(null, "doi: 10.1/X", "IL-6 rose.", "again.xml")));
        apply(db, List.of(MARKER), input("full.txt", byDoi("25325463", "10.1/X", "IL-6 rose.", "full.txt")));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT f.path, c.record_id, c.change FROM changes c JOIN files f ON f.file_id = c.file_id ORDER BY c.rowid")) {
            List<String> changes = new ArrayList<>();
            while (rs.next()) {
                changes.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
            }
            assertThat(changes).containsExactly("p.ris 10.1/x duplicate",
                    "again.xml doi: 10.1/X duplicate", "full.txt 25325463 revised");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM records")) {
            assertThat(rs.getInt(1)).as("one record for the article").isEqualTo(1);
        }
    }

    /**
     * The review of session 26's change, Q9: a Scopus RIS copy without an abstract held by its bare DOI, then the BioC copy of the
     * same article behind a resolver, with the abstract: the fuller copy was merged as a duplicate under another id, and its
     * abstract never read. It revises the record, as a fuller copy of the same id does; a thinner copy after it is merged.
     */
    @Test
    void aFullerCopyInAnotherSpellingOfTheDoiRevisesTheRecordHeldWithoutAPmid() throws Exception {
        Path db = dir.resolve("review.db");
        BibliographicRecord bare = BibliographicRecord.builder().doi("10.1/X").title("Study X").journal("J Test").year(2021)
                .origin(new Origin("ris", "scopus.ris", 1, 1)).build();
        apply(db, List.of(MARKER), input("scopus.ris", new RecordFindings(bare, PRIMARY, List.of())));
        apply(db, List.of(MARKER), input("bioc.xml", byDoi(null, "https://doi.org/10.1/x", "IL-6 rose.", "bioc.xml")));
        apply(db, List.of(MARKER), input("again.ris", new RecordFindings(BibliographicRecord.builder().doi("10.1/x").title("Study X")
                .journal("J Test").year(2021).origin(new Origin("ris", "again.ris", 1, 1)).build(), PRIMARY, List.of())));

        assertThat(held(db)).containsExactly("https://doi.org/10.1/x null https://doi.org/10.1/x 0 1");
        assertThat(changes(db)).containsExactly("bioc.xml https://doi.org/10.1/x revised", "again.ris 10.1/x duplicate");

        // a record known by its own id (a sheet's R12), which an exclusion list may name, keeps it: the fuller copy is merged (the
        // review of the change, R1: it came back into the reports, its exclusion lost)
        Path sheet = dir.resolve("sheet.db");
        apply(sheet, List.of(MARKER), input("sheet.csv", new RecordFindings(BibliographicRecord.builder().id("R12").doi("10.1/Y")
                .title("Study Y").year(2021).origin(new Origin("csv-table", "sheet.csv", 1, 2)).build(), PRIMARY, List.of())));
        apply(sheet, List.of(MARKER), input("bioc.xml", byDoi(null, "https://doi.org/10.1/y", "IL-6 rose.", "bioc.xml")));
        assertThat(held(sheet)).containsExactly("R12 null 10.1/Y 0 0");
        assertThat(changes(sheet)).containsExactly("bioc.xml https://doi.org/10.1/y duplicate");

        // another text of the same source under another spelling (a sheet exported again, its DOI now bare) revises, as a copy of
        // the same id does (the review of the change, R5: merged, the corrected text never read)
        Path again = dir.resolve("again.db");
        apply(again, List.of(MARKER), input("v1.csv", byDoi(null, "http://dx.doi.org/10.1/Z", "IL-6 rose.", "v1.csv")));
        apply(again, List.of(MARKER), input("v2.csv", byDoi(null, "10.1/Z", "IL-6 rose in patients.", "v2.csv")));
        assertThat(held(again)).containsExactly("10.1/Z null 10.1/Z 0 1");
        assertThat(changes(again)).containsExactly("v2.csv 10.1/Z revised");
    }

    /**
     * The DOI's spellings made SQLite take the index of PMIDs for a find of a record held without one ("pmid IS NULL"): a read
     * of every such record for each record of PubMed applied to a store that holds another database's export. The find goes
     * by the index of those records' DOIs.
     */
    @Test
    void aFindByDoiOfARecordHeldWithoutAPmidGoesByTheIndexOfTheirDois() throws Exception {
        Path db = dir.resolve("review.db");
        apply(db, List.of(MARKER), input("export.ris", byDoi(null, "10.1/A", "IL-6 rose.", "export.ris"),
                byDoi(null, "10.1/B", "IL-6 rose.", "export.ris"), byDoi("25325463", "10.1/C", "IL-6 rose.", "export.ris")));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE");
            }
            try (java.sql.PreparedStatement plan = c.prepareStatement("EXPLAIN QUERY PLAN " + RecordApplier.FIND_DOI_ONLY)) {
                List<String> spellings = org.evidentia.runtime.text.DoiSpellings.of("10.1/a");
                for (int i = 0; i < spellings.size(); i++) {
                    plan.setString(i + 1, spellings.get(i));
                }
                List<String> steps = new ArrayList<>();
                try (ResultSet rs = plan.executeQuery()) {
                    while (rs.next()) {
                        steps.add(rs.getString("detail"));
                    }
                }
                assertThat(steps).anySatisfy(step -> assertThat(step).contains("USING INDEX records_doi_only"));
            }
        }
    }

    /**
     * The review of session 26's change, Q8: the DOI's key folded every letter, SQLite's lower() only ASCII ones, so a DOI with
     * a capital Ä held without a PMID was never found, and its PubMed copy was a second record.
     */
    @Test
    void aDoiWithANonAsciiCapitalIsFoundInTheStore() throws Exception {
        Path db = dir.resolve("review.db");
        apply(db, List.of(MARKER), input("a.ris", byDoi(null, "10.9999/Ärger.1", "IL-6 rose.", "a.ris")));
        apply(db, List.of(MARKER), input("b.nbib", byDoi("39999001", "10.9999/Ärger.1", "IL-6 rose.", "b.nbib")));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT record_id FROM records")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("39999001");
            assertThat(rs.next()).as("one record for the article").isFalse();
        }
    }

    @Test
    void aRecordHeldByItsDoiAloneIsTheRecordOfItsCopyWithAPmidAndTheReverseIsADuplicate() throws Exception {
        // An explorer's F9 (2026-12-05): a record first applied without its PMID (known by its DOI), then with it, was two
        // records in the store, two studies ("2015a", "2015b") and two votes, where a run over both keeps one.
        Path db = dir.resolve("review.db");
        apply(db, List.of(MARKER), input("nopmid.txt", byDoi(null, "IL-6 rose.", "nopmid.txt")));
        apply(db, List.of(MARKER), input("full.txt", byDoi("25325463", "IL-6 rose.", "full.txt")));
        apply(db, List.of(MARKER), input("again.txt", byDoi(null, "IL-6 rose.", "again.txt")));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT record_id, pmid, (SELECT group_concat(DISTINCT record_id) FROM findings) FROM records")) {
            assertThat(rs.next()).isTrue();
            assertThat(List.of(rs.getString(1), rs.getString(2), rs.getString(3))).containsExactly("25325463", "25325463", "25325463");
            assertThat(rs.next()).as("one record for the article").isFalse();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT f.path, c.record_id, c.change FROM changes c JOIN files f ON f.file_id = c.file_id ORDER BY c.rowid")) {
            List<String> changes = new ArrayList<>();
            while (rs.next()) {
                changes.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
            }
            assertThat(changes).containsExactly("full.txt 25325463 revised", "again.txt 10.1/X duplicate");
        }
        try (FindingsStore store = FindingsStore.openForReading(db)) {
            RunSummary summary = store.stored().summary();
            assertThat(summary.counts().recordsRead()).as("1 record held and 1 duplicate merged").isEqualTo(2);
            assertThat(summary.duplicates()).extracting(RunSummary.Duplicate::recordId).containsExactly("25325463");
        }
    }

    /** The records the store holds, each as "id pmid doi retracted findings", in the order added. */
    private static List<String> held(Path db) throws Exception {
        List<String> held = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT record_id, pmid, doi, retracted, findings FROM records ORDER BY seq")) {
            while (rs.next()) {
                held.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getInt(4) + " " + rs.getInt(5));
            }
        }
        return held;
    }

    private static List<String> changes(Path db) throws Exception {
        List<String> changes = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT f.path, c.record_id, c.change FROM changes c JOIN files f ON f.file_id = c.file_id ORDER BY c.rowid")) {
            while (rs.next()) {
                changes.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
            }
        }
        return changes;
    }

    // The review of session 19, D2: the DOI path revised before the deletion was looked at, so a deleted PMID came back
    @Test
    void aDeletedPmidDoesNotComeBackThroughTheRecordHeldByItsDoi() throws Exception {
        Path db = dir.resolve("review.db");
        apply(db, List.of(MARKER), input("full.txt", byDoi("25325463", "IL-6 rose.", "full.txt")));
        apply(db, List.of(MARKER), new Input("del.xml", "sha-del", List.of(), List.of(), List.of(new Deletion("25325463", 1))));
        apply(db, List.of(MARKER), input("nopmid.txt", byDoi(null, "IL-6 rose.", "nopmid.txt")));
        apply(db, List.of(MARKER), new Input("full.txt", "sha-full.txt-again", List.of(byDoi("25325463", "IL-6 rose.", "full.txt")),
                List.of(), List.of()));

        assertThat(held(db)).containsExactly("10.1/X null 10.1/X 0 1");
        assertThat(changes(db)).endsWith("full.txt 25325463 superseded-by-deletion");
    }

    // The review of session 19, D5: a retraction read by PubMed XML of a record held from a MEDLINE export, whose publication
    // types already decided its design, was a duplicate: the record stayed unretracted and voted
    @Test
    void aRetractionReadByAnotherSourceRevisesTheStoredCopy() throws Exception {
        Path db = dir.resolve("review.db");
        BibliographicRecord medline = BibliographicRecord.builder().pmid("77000001").title("A case").section(null, "IL-6 rose.")
                .publicationType("Journal Article").publicationType("Case Reports").year(2021).origin(new Origin("medline", "m.txt", 1, 1)).build();
        BibliographicRecord xml = BibliographicRecord.builder().pmid("77000001").title("A case").section(null, "IL-6 rose.")
                .publicationType("Journal Article").publicationType("Case Reports").publicationType("Retracted Publication").year(2021)
                .origin(new Origin("pubmed-xml", "r.xml", 1, 1)).build();
        StudyDesign caseReport = new StudyDesign(StudyDesign.Type.CASE_REPORT, false, "publication type Case Reports");
        apply(db, List.of(MARKER), input("m.txt", new RecordFindings(medline, caseReport, List.of())));
        apply(db, List.of(MARKER), input("r.xml", new RecordFindings(xml, new StudyDesign(StudyDesign.Type.CASE_REPORT, true,
                "publication type Case Reports"), List.of())));
        // and a copy that is not retracted, read by yet another source, does not take the retraction back: a duplicate
        BibliographicRecord other = BibliographicRecord.builder().pmid("77000001").title("A case").section(null, "IL-6 rose, it said.")
                .publicationType("Journal Article").publicationType("Case Reports").year(2021).origin(new Origin("csv", "c.csv", 1, 2)).build();
        apply(db, List.of(MARKER), input("c.csv", new RecordFindings(other, caseReport, List.of())));

        assertThat(held(db)).containsExactly("77000001 77000001 null 1 0");
        assertThat(changes(db)).containsExactly("r.xml 77000001 revised", "c.csv 77000001 duplicate");
    }

    /**
     * The review of session 25, L5: an update file retracted a record; the baseline file holding the record's version before
     * the retraction, applied afterwards (new to the store, so "the file applied last"), revised it back: the retraction was
     * lost and the study voted again, without a word.
     */
    @Test
    void aCopyOfARetractedVersionWithoutTheRetractionAppliedLaterDoesNotTakeItBack() throws Exception {
        Path db = dir.resolve("review.db");
        java.util.function.BiFunction<String, Boolean, RecordFindings> copy = (file, retracted) -> {
            BibliographicRecord.Builder b = BibliographicRecord.builder().pmid("77000002").title("A trial").year(2021)
                    .section(null, retracted ? "IL-6 rose. This article has been retracted." : "IL-6 rose.").publicationType("Journal Article")
                    .origin(new Origin("pubmed-xml", file, 1, 1));
            if (retracted) {
                b.publicationType("Retracted Publication");
            }
            return new RecordFindings(b.build(), new StudyDesign(StudyDesign.Type.PRIMARY, retracted, "no publication type or cue: primary study"),
                    List.of());
        };
        // files of no PubMed number (an export downloaded before the retraction): PubMed's numbered files are ordered by their
        // numbers first, which keeps the later text of a numbered file as such (ForcedOlderInputTest)
        apply(db, List.of(MARKER), input("retracting-update.xml", copy.apply("retracting-update.xml", true)));
        apply(db, List.of(MARKER), input("earlier-export.xml", copy.apply("earlier-export.xml", false)));

        assertThat(held(db)).containsExactly("77000002 77000002 null 1 0");
        assertThat(changes(db)).containsExactly("earlier-export.xml 77000002 superseded-by-retraction");
    }

    // The review of session 19, D7: one DOI in two cases was one record of a run but two of a store applied in two runs
    @Test
    void oneDoiInTwoCasesIsOneRecordAcrossRuns() throws Exception {
        Path db = dir.resolve("review.db");
        BibliographicRecord upper = BibliographicRecord.builder().doi("10.1000/TEST.2").title("A study").section(null, "IL-6 rose.")
                .year(2021).origin(new Origin("ris", "up.ris", 1, 1)).build();
        BibliographicRecord lower = BibliographicRecord.builder().doi("10.1000/test.2").title("A study").section(null, "IL-6 rose.")
                .year(2021).origin(new Origin("ris", "low.ris", 1, 1)).build();
        apply(db, List.of(MARKER), input("up.ris", new RecordFindings(upper, PRIMARY, List.of())));
        apply(db, List.of(MARKER), input("low.ris", new RecordFindings(lower, PRIMARY, List.of())));

        assertThat(held(db)).containsExactly("10.1000/TEST.2 null 10.1000/TEST.2 0 0");
        assertThat(changes(db)).containsExactly("low.ris 10.1000/test.2 duplicate");
    }

    // The review of session 19, D6: a copy without a PMID looked for the record of its DOI held with one through the whole table
    @Test
    void aCopyWithoutAPmidFindsTheRecordOfItsDoiThroughAnIndexMadeWhenFirstAsked() throws Exception {
        Path db = dir.resolve("review.db");
        apply(db, List.of(MARKER), input("full.txt", byDoi("25325463", "IL-6 rose.", "full.txt")));
        String plan = "EXPLAIN QUERY PLAN SELECT record_id FROM records WHERE lower(doi) = lower('10.1/x') AND pmid IS NOT NULL ORDER BY seq LIMIT 1";
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_schema WHERE name = 'records_doi_with_pmid'")) {
            assertThat(rs.getInt(1)).as("a store of records with PMIDs alone keeps no such index").isZero();
        }
        apply(db, List.of(MARKER), input("nopmid.txt", byDoi(null, "IL-6 rose.", "nopmid.txt")));

        assertThat(changes(db)).containsExactly("nopmid.txt 10.1/X duplicate");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(plan)) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("detail")).contains("USING INDEX records_doi_with_pmid");
        }
    }

    // The review of session 19, D9: the copies an input merged were written at the run's end, so a run stopped after the
    // input was applied lost them, and the run that went on skipped the input: the report counted a duplicate and listed none
    @Test
    void theCopiesAnInputMergedAreKeptWithTheInputThoughTheRunStopsAfterIt() throws Exception {
        Path db = dir.resolve("review.db");
        RecordFindings kept = record("1", 1, "IL-6 rose.", "dup.txt", "marker");
        Origin copy = new Origin("pubmed-xml", "dup.txt", 2, 9);
        try (FindingsStore store = FindingsStore.open(db); StoreRecorder recorder = store.recorder(StoreRunSettings.of("run"))) {
            recorder.started(new RunRecorder.RunStart("0.1.0", Instant.parse("2026-01-31T00:00:00Z"), List.of(), Map.of(), List.of(MARKER)));
            recorder.record(kept);
            recorder.inputEnded(new RunRecorder.InputEnd(0, new RunSummary.InputSummary("dup.txt", "sha-dup", "pubmed-xml", 2, 0), true, 1, 0,
                    List.of(), List.of(), List.of(), List.of("10.1/copy"),
                    List.of(new RunSummary.Duplicate("1", List.of(kept.record().origins().get(0), copy)))));
            recorder.interruptedBy("stopped by a signal (Ctrl-C or kill)");
        }
        try (FindingsStore store = FindingsStore.openForReading(db)) {
            RunSummary summary = store.stored().summary();
            assertThat(summary.counts().recordsRead()).as("the record kept and its copy merged").isEqualTo(2);
            assertThat(summary.duplicates()).singleElement().satisfies(d -> assertThat(d.origins()).endsWith(copy));
        }
    }

    // The review of session 19, D11: a MEDLINE record whose last-revision date alone changed was revised (its source keeps every
    // tag in the metadata), where the same change read from PubMed XML was unchanged
    @Test
    void aRecordWhoseProcessingDatesAloneChangedIsUnchanged() throws Exception {
        Path db = dir.resolve("review.db");
        java.util.function.BiFunction<String, String, RecordFindings> medline = (lr, title) -> new RecordFindings(BibliographicRecord.builder()
                .pmid("77000009").title(title).section(null, "Serum IL-6 was higher in patients.").year(2020).metadata("LR", lr)
                .metadata("STAT", "MEDLINE").metadata("OWN", "NLM").origin(new Origin("medline", "e.txt", 1, 1)).build(), PRIMARY, List.of());
        apply(db, List.of(MARKER), input("e1.txt", medline.apply("20200101", "T.")));
        apply(db, List.of(MARKER), input("e2.txt", medline.apply("20240507", "T.")));
        assertThat(changes(db)).as("unchanged: no change row").isEmpty();
        apply(db, List.of(MARKER), input("e3.txt", medline.apply("20240508", "T, corrected.")));
        assertThat(changes(db)).containsExactly("e3.txt 77000009 revised");
        // another source's tag of the name is what the record says (a RIS file's DA is its date of publication: the review of
        // session 19, R3)
        java.util.function.Function<String, RecordFindings> ris = da -> new RecordFindings(BibliographicRecord.builder().doi("10.1/ris")
                .title("R.").section(null, "IL-6 rose.").metadata("DA", da).origin(new Origin("ris", "r.ris", 1, 1)).build(), PRIMARY, List.of());
        apply(db, List.of(MARKER), input("r1.ris", ris.apply("2019/01/01")));
        apply(db, List.of(MARKER), input("r2.ris", ris.apply("2020/01/01")));
        assertThat(changes(db)).endsWith("r2.ris 10.1/ris revised");
    }

    // The review of session 19, D14: a report counted each input's revised records by reading the whole changes table
    @Test
    void theRecordsAnInputRevisedAreCountedThroughAnIndex() throws Exception {
        Path db = dir.resolve("review.db");
        apply(db, List.of(MARKER), input("base.xml", record("1", 1, "IL-6 rose.", "base.xml", "marker")));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("EXPLAIN QUERY PLAN SELECT DISTINCT record_id FROM changes WHERE file_id = 1 AND change = 'revised'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("detail")).contains("USING INDEX changes_file");
        }
    }

    @Test
    void recordsHeldFromAnEarlierContentOfAnInputAndInNoInputNowAreNamedWithThatContentsChecksum() throws Exception {
        // An explorer's F2 (2026-12-05): an export downloaded again without 10 records it had; the report counted 320 records
        // read from one input listed with 310, and named neither the 10 nor the content they came from.
        Path export = Files.writeString(dir.resolve("export.txt"), "x");
        String shown = export.toString();
        Path db = dir.resolve("review.db");
        apply(db, List.of(MARKER), new Input(shown, "sha-first", List.of(record("1", 1, "IL-6 rose.", shown, "marker"),
                record("2", 1, "Nothing.", shown, "marker"), record("3", 1, "Nothing either.", shown, "marker")), List.of(), List.of()));
        apply(db, List.of(MARKER), new Input(shown, "sha-again", List.of(record("1", 1, "IL-6 rose.", shown, "marker"),
                record("4", 1, "New.", shown, "marker")), List.of(), List.of()));
        try (FindingsStore store = FindingsStore.openForReading(db)) {
            RunSummary summary = store.stored().summary();
            assertThat(summary.inputs()).extracting(RunSummary.InputSummary::sha256).containsExactly("sha-again");
            assertThat(summary.notices()).contains("2 records the store holds are in none of its inputs as last applied: they came from"
                    + " an earlier content of " + shown + " (SHA-256 sha-first), and are counted among the records read: 2, 3. They stay"
                    + " in the store, which removes a record only when an input deletes it; to leave them out of the review, list them"
                    + " in an exclusion list (docs/user-guide.md, \"Excluding records\").");
        }
    }

    /**
     * The review of session 25, L2: after an export was downloaded again without a record, the copies not counted came out
     * short by the records held from its earlier content (in the store's count, read by no counted input): the revised
     * record's older copy that the new download re-delivered went unaccounted for, and the flow no longer added up.
     */
    @Test
    void recordsHeldFromAnEarlierContentLeaveNoCopyUnaccountedFor() throws Exception {
        Path export = Files.writeString(dir.resolve("export.xml"), "x");
        String shown = export.toString();
        Path db = dir.resolve("review.db");
        apply(db, List.of(MARKER), new Input(shown, "sha-first", List.of(record("1", 1, "IL-6 rose.", shown, "marker"),
                record("2", 1, "Nothing.", shown, "marker"), record("3", 1, "Nothing either.", shown, "marker"),
                record("4", 1, "Nor here.", shown, "marker")), List.of(), List.of()));
        apply(db, List.of(MARKER), input("update.xml", record("1", 2, "IL-6 rose, revised.", "update.xml", "marker")));
        apply(db, List.of(MARKER), new Input(shown, "sha-again", List.of(record("1", 1, "IL-6 rose.", shown, "marker"),
                record("2", 1, "Nothing.", shown, "marker"), record("3", 1, "Nothing either.", shown, "marker")), List.of(), List.of()));
        try (FindingsStore store = FindingsStore.openForReading(db)) {
            StoredRun stored = store.stored();
            RunSummary summary = stored.summary();
            // copies the counted inputs read: 1 (update) + 3 (the new download), and record 4 held over: 5 for 4 records
            assertThat(summary.counts().recordsRead()).isEqualTo(4);
            assertThat(stored.history().replacedCopies() + stored.history().redelivered()).as("copies not counted").isEqualTo(1);
            assertThat(summary.notices()).anySatisfy(n -> assertThat(n).contains(
                    "the 1 copy that re-delivered a record unchanged or in an older version"));
        }
    }

    /**
     * The review of session 25, L10: an id of the exclusion list naming a record an update deleted since was warned of as "a
     * mistyped id, or a record this review does not hold", though the store knows which input deleted it.
     */
    @Test
    void anExcludedIdOfARecordAnUpdateDeletedIsToldSoWithTheInput() throws Exception {
        Path db = dir.resolve("review.db");
        apply(db, List.of(MARKER), input("base.xml", record("5", 1, "IL-6 rose.", "base.xml", "marker")));
        apply(db, List.of(MARKER), new Input("upd.xml", "sha-upd", List.of(), List.of(), List.of(new Deletion("5", null))));
        org.evidentia.runtime.exclusion.ExclusionList list = new org.evidentia.runtime.exclusion.ExclusionList("exclusions.csv", List.of(
                new org.evidentia.runtime.exclusion.ExclusionList.Exclusion(org.evidentia.runtime.exclusion.ExcludedId.parse("5"), "off-topic", 2),
                new org.evidentia.runtime.exclusion.ExclusionList.Exclusion(org.evidentia.runtime.exclusion.ExcludedId.parse("96600999"), "a typo", 3)));
        try (FindingsStore store = FindingsStore.open(db);
             StoreRecorder recorder = store.recorder(StoreRunSettings.of("run").withExclusions(list).withAppliesNothing(true))) {
            recorder.started(new RunRecorder.RunStart("0.1.0", Instant.EPOCH, List.of(), Map.of(), List.of()));
            assertThat(recorder.problemsOfTheWhole()).extracting(RunSummary.Problem::message).containsExactly(
                    "1 id of the exclusion list exclusions.csv matches no record the store holds: 96600999 (a mistyped id, or a record this"
                            + " review does not hold; the list's other ids apply)",
                    "1 id of the exclusion list exclusions.csv names a record an update deleted since: 5 (deleted by upd.xml); take it off"
                            + " the list (the list's other ids apply)");
            recorder.finish(new RunSummary("0.1.0", Instant.EPOCH, List.of(), List.of(), Map.of(), new RunSummary.Counts(0, 0, 0, 0, 0, 0, 0),
                    List.of(), List.of(), List.of(), RunSummary.Focus.NONE), null);
        }
        // and a report of the store tells them apart as the run does (the review of session 27, V1: it told both "a mistyped id")
        try (FindingsStore store = FindingsStore.openForReading(db)) {
            assertThat(store.stored().deletedBy(list.exclusions().stream().map(e -> e.id()).toList()))
                    .containsExactly(Map.entry(list.exclusions().get(0).id(), "upd.xml"));
        }
    }

    @Test
    void theNoteTellsOnlyWhatTheUpdatesDid() throws Exception {
        // an explorer's L4 (2026-12-04): a store that only added records, and met a deletion of a record it never held, was told
        // "revised 0 records, re-extracted 0 and deleted 0 (1 deletion matched no record), and left out 0 older copies"
        Path db = dir.resolve("review.db");
        apply(db, List.of(MARKER), input("base.xml", record("1", 1, "IL-6 rose.", "base.xml", "marker")));
        apply(db, List.of(MARKER), new Input("upd.xml", "sha-upd", List.of(record("2", 1, "IL-6 fell.", "upd.xml", "marker")), List.of(),
                List.of(new Deletion("9", null))));
        try (FindingsStore store = FindingsStore.openForReading(db)) {
            assertThat(store.stored().summary().notices()).anySatisfy(n -> assertThat(n)
                    .contains(" Its updates deleted no record (1 deletion matched no record).").doesNotContain(" 0 "));
        }
    }

    @Test
    void aFileCutShortThenAppliedWholeCountsByItsLastApplicationAndTheNoteAddsUp() throws Exception {
        // Review 5's finding 9, store s5: the note said "revised 24 records ... deleted 10 ... left out 2 ... the 29 copies",
        // the revisions of the partial application (no longer counted) in the 24 but not in the 29.
        Path db = dir.resolve("review.db");
        apply(db, List.of(MARKER), input("base.xml", record("1", 1, "IL-6 rose.", "base.xml", "marker"),
                record("2", 1, "Nothing.", "base.xml", "marker"), record("3", 1, "Nothing either.", "base.xml", "marker"),
                record("4", 1, "Nor here.", "base.xml", "marker")));
        RunSummary.Problem cut = new RunSummary.Problem(RunSummary.Problem.Kind.SKIPPED_RECORD, "pubmed-xml", "upd.xml", 2, 9, "2",
                "the file ends inside this record");
        apply(db, List.of(MARKER), new Input("upd.xml", "sha-partial", List.of(record("1", 1, "IL-6 rose [corrected].", "upd.xml", "marker")),
                List.of(cut), List.of()));
        apply(db, List.of(MARKER), new Input("upd.xml", "sha-whole", List.of(record("1", 1, "IL-6 rose [corrected].", "upd.xml", "marker"),
                record("2", 1, "Nothing [corrected].", "upd.xml", "marker")), List.of(), List.of(new Deletion("3", null))));
        try (FindingsStore store = FindingsStore.openForReading(db)) {
            StoredRun stored = store.stored();
            RunSummary summary = stored.summary();
            // base (4) and the whole upd.xml (2) read 6 copies: 3 records held, and 3 replaced or withdrawn (base's copy of record
            // 1, which the partial application revised, of 2, which the whole one revised, and record 3's deletion); the whole
            // upd.xml's record 1, unchanged since its partial content wrote it, is that record, no re-delivery (the review of
            // session 27, V3: told as one, and one replaced copy fewer)
            assertThat(summary.counts().recordsRead()).isEqualTo(3);
            assertThat(summary.counts().recordsSkipped()).isZero();
            assertThat(stored.history()).isEqualTo(new StoredRun.History(1, 1, 0, 1, 0, 3, 0));
            assertThat(summary.notices()).anySatisfy(n -> assertThat(n).contains("Its updates revised 1 record and deleted 1 record.",
                    "the 3 copies that revisions replaced or deletions withdrew are counted neither"));
        }
    }

    /**
     * The review of session 25, L6: a living review's report never said which records its last update changed; the applying
     * run's run.json did, until the next run, even one applying nothing, wrote its own.
     */
    @Test
    void theLastUpdateIsToldWithTheRecordsItChangedThoughLaterRunsAppliedNothing() throws Exception {
        Path db = dir.resolve("review.db");
        apply(db, List.of(MARKER), input("base.xml", record("1", 1, "IL-6 rose.", "base.xml", "marker"),
                record("2", 1, "Nothing.", "base.xml", "marker"), record("3", 1, "Nothing either.", "base.xml", "marker")));
        try (FindingsStore store = FindingsStore.openForReading(db)) {
            assertThat(store.stored().summary().notices()).as("the run that made the store is no update").noneSatisfy(n -> assertThat(n)
                    .contains("last update"));
        }
        RecordFindings two = record("2", 1, "Nothing.", "upd.xml", "marker");
        RecordFindings retracted = new RecordFindings(two.record(), new StudyDesign(StudyDesign.Type.PRIMARY, true, "retracted"), two.findings());
        apply(db, List.of(MARKER), new Input("upd.xml", "sha-upd", List.of(record("1", 2, "IL-6 fell.", "upd.xml", "marker"), retracted,
                record("4", 1, "New.", "upd.xml", "marker")), List.of(), List.of(new Deletion("3", null))));
        apply(db, List.of(MARKER)); // the scheduled run, which found nothing new to apply
        try (FindingsStore store = FindingsStore.openForReading(db)) {
            StoredRun stored = store.stored();
            assertThat(stored.summary().notices()).contains("The last update, run 2 of 2026-01-31, applied upd.xml: it added 1 record (4),"
                    + " revised 1 (1), re-extracted 1 (2) and deleted 1 (3); of these, now marked retracted: 2.");
            JsonNode update = storeJson(stored).get("last_update");
            assertThat(update.get("runs")).hasToString("[2]");
            assertThat(update.get("inputs")).hasToString("[\"upd.xml\"]");
            assertThat(update.get("added_ids")).hasToString("[\"4\"]");
            assertThat(update.get("revised_ids")).hasToString("[\"1\"]");
            assertThat(update.get("reextracted_ids")).as("the same text, now retracted").hasToString("[\"2\"]");
            assertThat(update.get("deleted_ids")).hasToString("[\"3\"]");
            assertThat(update.get("retracted_ids")).hasToString("[\"2\"]");
            assertThat(update.get("records_revised").asLong()).isEqualTo(1);
        }
    }

    /** An update stopped part-way and gone on with by the next run is one update; a store's making stopped and gone on with is none. */
    @Test
    void anUpdateStoppedAndGoneOnWithIsOneUpdateOfBothRuns() throws Exception {
        Path db = dir.resolve("review.db");
        applyAndStop(db, input("base1.xml", record("1", 1, "IL-6 rose.", "base1.xml", "marker")));
        apply(db, List.of(MARKER), input("base2.xml", record("2", 1, "Nothing.", "base2.xml", "marker")));
        try (FindingsStore store = FindingsStore.openForReading(db)) {
            assertThat(store.stored().summary().notices()).noneSatisfy(n -> assertThat(n).contains("last update"));
        }
        applyAndStop(db, input("upd1.xml", record("3", 1, "New.", "upd1.xml", "marker")));
        apply(db, List.of(MARKER), input("upd2.xml", record("1", 2, "IL-6 fell.", "upd2.xml", "marker")));
        try (FindingsStore store = FindingsStore.openForReading(db)) {
            assertThat(store.stored().summary().notices()).contains("The last update, runs 3 and 4 (run 4 going on from run 3, which did"
                    + " not finish) of 2026-01-31, applied upd1.xml, upd2.xml: it added 1 record (3) and revised 1 (1).");
        }
    }

    /**
     * The review of the session's change, R11: a run that failed (a --strict run's problems) applied its inputs as an update of
     * its own; the next update was told as one with it, and a store first made by such a run never told its first update.
     */
    @Test
    void aFailedRunIsAnUpdateOfItsOwnAndMakesAStoreAsACompleteOneDoes() throws Exception {
        Path db = dir.resolve("review.db");
        apply(db, List.of(MARKER), input("base.xml", record("1", 1, "IL-6 rose.", "base.xml", "marker")));
        setLastRunStatus(db, "failed");
        apply(db, List.of(MARKER), input("week1.xml", record("2", 1, "New.", "week1.xml", "marker")));
        setLastRunStatus(db, "failed");
        apply(db, List.of(MARKER), input("week2.xml", record("3", 1, "Newer.", "week2.xml", "marker")));
        try (FindingsStore store = FindingsStore.openForReading(db)) {
            assertThat(store.stored().summary().notices()).contains("The last update, run 3 of 2026-01-31, applied week2.xml: it added 1"
                    + " record (3).");
        }
    }

    /** A store of format 6 kept no run's ids: its last update is told by its counts. */
    @Test
    void theLastUpdateOfAStoreThatKeptNoIdsIsToldByItsCounts() throws Exception {
        Path db = dir.resolve("old.db");
        apply(db, List.of(MARKER), input("base.xml", record("1", 1, "IL-6 rose.", "base.xml", "marker")));
        apply(db, List.of(MARKER), input("upd.xml", record("1", 2, "IL-6 fell.", "upd.xml", "marker"), record("2", 1, "New.", "upd.xml", "marker")));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE runs DROP COLUMN changed_ids");
            s.execute("ALTER TABLE deletions DROP COLUMN seq");
            s.execute("PRAGMA user_version = 6");
        }
        try (FindingsStore store = FindingsStore.openForReading(db)) {
            StoredRun stored = store.stored();
            assertThat(stored.summary().notices()).contains("The last update, run 2 of 2026-01-31, applied upd.xml: it added 1 record and revised 1.");
            assertThat(storeJson(stored).get("last_update").get("added_ids").isNull()).isTrue();
        }
    }

    private static JsonNode storeJson(StoredRun stored) throws Exception {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = new ObjectMapper().getFactory().createGenerator(text)) {
            stored.writeValue(json);
        }
        return new ObjectMapper().readTree(text.toString());
    }

    /**
     * The review of session 28, K4: an update whose deletion list was damaged, then downloaded again whole under its path (as the
     * docs advise), or a download of the same update compressed again: the deletions of its earlier content were lost from the
     * report ("deleted 1 record (9 deletions matched no record)" for a store that deleted 10).
     */
    @Test
    void anUpdateDownloadedAgainUnderItsPathKeepsTheDeletionsOfItsEarlierContent() throws Exception {
        Path db = dir.resolve("review.db");
        apply(db, List.of(MARKER), input("base.xml", record("1", 1, "IL-6 rose.", "base.xml", "marker"),
                record("2", 1, "Nothing.", "base.xml", "marker"), record("3", 1, "Nothing either.", "base.xml", "marker"),
                record("4", 1, "Nor here.", "base.xml", "marker")));
        apply(db, List.of(MARKER), new Input("upd.xml", "sha-damaged", List.of(), List.of(), List.of(new Deletion("1", null),
                new Deletion("2", null))));
        apply(db, List.of(MARKER), new Input("upd.xml", "sha-whole", List.of(), List.of(), List.of(new Deletion("1", null),
                new Deletion("2", null), new Deletion("3", null))));
        try (FindingsStore store = FindingsStore.openForReading(db)) {
            RunSummary summary = store.stored().summary();
            assertThat(store.stored().history().deleted()).isEqualTo(3);
            assertThat(store.stored().history().deletionsUnmatched()).isZero();
            assertThat(summary.counts().recordsDeleted()).as("the flow's box").isEqualTo(3);
            assertThat(summary.notices()).anySatisfy(n -> assertThat(n).contains("Its updates deleted 3 records."));
        }
    }

    /** The review of session 23, C2: a record deleted, then brought back by a later version, read as a record gone. */
    @Test
    void aRecordDeletedAndBroughtBackByALaterVersionIsToldAsHeldAgain() throws Exception {
        Path db = dir.resolve("review.db");
        apply(db, List.of(MARKER), input("base.xml", record("1", 1, "IL-6 rose.", "base.xml", "marker"),
                record("2", 1, "Nothing.", "base.xml", "marker")));
        apply(db, List.of(MARKER), new Input("del.xml", "sha-del", List.of(), List.of(), List.of(new Deletion("2", 1))));
        apply(db, List.of(MARKER), input("v2.xml", record("2", 2, "Nothing, version 2.", "v2.xml", "marker")));
        try (FindingsStore store = FindingsStore.openForReading(db)) {
            RunSummary summary = store.stored().summary();
            assertThat(summary.notices()).anySatisfy(n -> assertThat(n)
                    .contains("deleted 1 record (1 of them brought back since by a later version, which the store holds)"));
            // among the records read, so not in the flow's box of records deleted and not read (the review of session 28, K5)
            assertThat(summary.counts().recordsDeleted()).isZero();
        }
    }

    /**
     * The review of session 28, K5: a version 2 applied after the deletion of version 1 brought the record back at the end of
     * the records' order, where applied before the deletion it kept its place: studies.csv and the report's study list
     * differed with the order the updates came in. It takes its place again.
     */
    @Test
    void aRecordBroughtBackAfterItsDeletionTakesItsPlaceAgainWhicheverOrderTheUpdatesCameIn() throws Exception {
        Input deletion = new Input("del.xml", "sha-del", List.of(), List.of(), List.of(new Deletion("2", 1)));
        Input version = input("v2.xml", record("2", 2, "Nothing, version 2.", "v2.xml", "marker"));
        assertThat(ordersEitherWay(deletion, version, record("3", 1, "Nothing either.", "base.xml", "marker")))
                .containsOnly("1 v1, 2 v2, 3 v1");
    }

    /** The review of the session's change, R1: a record deleted from the last place lost it to the next record added. */
    @Test
    void aRecordDeletedFromTheLastPlaceTakesItAgainThoughRecordsWereAddedMeanwhile() throws Exception {
        Input deletion = new Input("del.xml", "sha-del", List.of(record("3", 1, "A new study.", "del.xml", "marker")), List.of(),
                List.of(new Deletion("2", 1)));
        Input version = input("v2.xml", record("2", 2, "Nothing, version 2.", "v2.xml", "marker"));
        assertThat(ordersEitherWay(deletion, version)).containsOnly("1 v1, 2 v2, 3 v1");
    }

    /**
     * The records' order (id and version) of two stores made from records 1 and 2 (and {@code more}) of base.xml, then
     * {@code deletion} and {@code version} applied in either order.
     */
    private List<String> ordersEitherWay(Input deletion, Input version, RecordFindings... more) throws Exception {
        List<String> orders = new ArrayList<>();
        for (boolean deletionFirst : List.of(true, false)) {
            Path db = dir.resolve((deletionFirst ? "deletion" : "version") + "-first.db");
            List<RecordFindings> base = new ArrayList<>(List.of(record("1", 1, "IL-6 rose.", "base.xml", "marker"),
                    record("2", 1, "Nothing.", "base.xml", "marker")));
            base.addAll(List.of(more));
            apply(db, List.of(MARKER), input("base.xml", base.toArray(RecordFindings[]::new)));
            apply(db, List.of(MARKER), deletionFirst ? deletion : version);
            apply(db, List.of(MARKER), deletionFirst ? version : deletion);
            try (FindingsStore store = FindingsStore.openForReading(db)) {
                List<String> order = new ArrayList<>();
                store.stored().replay(r -> order.add(r.record().id() + " v" + r.record().version()));
                orders.add(String.join(", ", order));
            }
        }
        return orders;
    }

    @Test
    void aReportReadsBesideARunAndAnotherReportAndLeavesNothingBehind() throws Exception {
        Path db = dir.resolve("review.db");
        apply(db, List.of(MARKER), input("base.xml", record("1", 1, "IL-6 rose.", "base.xml", "marker")));
        List<String> before = list();
        try (FindingsStore run = FindingsStore.open(db);
             FindingsStore report = FindingsStore.openForReading(db);
             FindingsStore another = FindingsStore.openForReading(db)) {
            assertThat(report.totals().records()).isEqualTo(1);
            assertThat(another.totals().records()).isEqualTo(1);
            assertThatThrownBy(() -> report.recorder(StoreRunSettings.of("run"))).isInstanceOf(IllegalStateException.class);
        }
        assertThat(list()).isEqualTo(before);
        try (FindingsStore report = FindingsStore.openForReading(db)) {
            assertThat(report.totals().runs()).isEqualTo(1);
        }
        assertThat(list()).as("no -wal or -shm left").isEqualTo(before);
    }

    private List<String> list() throws Exception {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aFileThatIsNoStoreOrHoldsNothingIsRefusedAndLeftAsItWas() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.db"));
        assertThatThrownBy(() -> FindingsStore.openForReading(empty)).isInstanceOf(StoreException.class)
                .hasMessageContaining("empty.db is an empty file (0 bytes), not an Evidentia findings store");
        assertThat(Files.size(empty)).isZero();

        Path update = Files.write(dir.resolve("pubmed26n1236.xml.gz"), new byte[] {0x1F, (byte) 0x8B, 8, 0, 0, 0, 0, 0, 0, 3});
        assertThatThrownBy(() -> FindingsStore.openForReading(update)).isInstanceOf(StoreException.class)
                .hasMessage("store " + update + " is a gzip file, not an Evidentia findings store (an SQLite file): --store names the"
                        + " store, and the inputs follow, as in `evidentia run --store review.db " + update + "`");

        Path garbage = Files.writeString(dir.resolve("bad.db"), "hello\n");
        assertThatThrownBy(() -> FindingsStore.openForReading(garbage)).isInstanceOf(StoreException.class)
                .hasMessageContaining("bad.db is not an SQLite database: an Evidentia findings store was expected")
                .hasMessageContaining("restore it from a backup").hasMessageContaining("sqlite3 " + garbage + " .recover");

        Path nothing = dir.resolve("nothing.db");
        try (FindingsStore store = FindingsStore.open(nothing); StoreRecorder recorder = store.recorder(StoreRunSettings.of("run"))) {
            recorder.started(new RunRecorder.RunStart("0.1.0", Instant.EPOCH, List.of(), Map.of(), List.of(MARKER)));
        }
        long size = Files.size(nothing);
        // an explorer's note (2026-12-05): a run that stopped before its first input was not named
        assertThatThrownBy(() -> FindingsStore.openForReading(nothing)).isInstanceOf(StoreException.class)
                .hasMessageContaining("nothing.db holds nothing to report: its last run (run 1, evidentia run, started ")
                .hasMessageEndingWith(") failed before it applied an input; run the same command again, then report");
        assertThat(Files.size(nothing)).isEqualTo(size);

        Path listOnly = dir.resolve("list-only.db");
        apply(listOnly, List.of(MARKER));
        assertThatThrownBy(() -> FindingsStore.openForReading(listOnly)).isInstanceOf(StoreException.class)
                .hasMessageContaining("list-only.db holds nothing to report: no run has applied an input to it yet (apply inputs with");

        Path other = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (x)");
        }
        assertThatThrownBy(() -> FindingsStore.openForReading(other)).isInstanceOf(StoreException.class)
                .hasMessageContaining("other.db is an SQLite database but not an Evidentia findings store");
    }

    /** A store of 300 records cut to its first third, as cut.db. */
    private Path truncatedStore() throws Exception {
        Path db = dir.resolve("review.db");
        List<RecordFindings> many = new ArrayList<>();
        for (int i = 1; i <= 300; i++) {
            many.add(record(String.valueOf(i), 1, "IL-6 rose in study " + i + ". " + "Words. ".repeat(40), "base.xml", "marker"));
        }
        apply(db, List.of(MARKER), new Input("base.xml", "sha-base", many, List.of(), List.of()));
        byte[] whole = Files.readAllBytes(db);
        return Files.write(dir.resolve("cut.db"), java.util.Arrays.copyOf(whole, whole.length / 3));
    }

    @Test
    void aTruncatedStoreSaysWhatWasExpectedAndWhatToDo() throws Exception {
        Path cut = truncatedStore();
        assertThatThrownBy(() -> {
            try (FindingsStore store = FindingsStore.openForReading(cut)) {
                store.stored().replay(r -> { });
            }
        }).hasMessageContaining("cut.db").hasMessageContaining("damaged").hasMessageContaining(".recover")
                .as("a store this user may write is read with SQLite's log: damage is damage").hasMessageNotContaining("unchanging");
    }

    @Test
    void damageInAStoreReadAsUnchangingMayBeARunWritingItAndTheMessageSaysSo() throws Exception {
        // a third of the pages as another account's run can leave them under a reader that reads the file as unchanging
        Path cut = truncatedStore();
        assertThatThrownBy(() -> {
            // as another account (root may write anything): this user may write neither the store nor its folder
            try (FindingsStore store = FindingsStore.openForReading(cut, p -> false)) {
                store.stored().replay(r -> { });
            }
        }).hasMessageContaining("store " + cut + " cannot be read (SQLite: database disk image is malformed): this user cannot write it,"
                        + " so it was read as an unchanging file, and another run (its owner's) may be writing it right now")
                .hasMessageContaining("Wait for that run to end and report again, or report a copy taken while no run writes it")
                .hasMessageContaining("if no run is writing it, it is damaged: restore it from a backup").hasMessageContaining("sqlite3 " + cut + " .recover");
        assertThat(Files.exists(dir.resolve("cut.db-wal"))).as("read as unchanging: nothing made beside it").isFalse();
        assertThat(Files.exists(dir.resolve("cut.db-shm"))).isFalse();
    }

    @Test
    void aStoreMadeByAnOpeningThatRecordedNoRunIsRemovedAgain() throws Exception {
        Path db = dir.resolve("new.db");
        try (FindingsStore store = FindingsStore.open(db)) {
            assertThat(Files.exists(db)).isTrue();
        }
        assertThat(Files.exists(db)).as("a refused run leaves no store").isFalse();
        assertThat(Files.exists(dir.resolve("new.db-wal"))).isFalse();
        assertThat(Files.exists(dir.resolve(".new.db.lock"))).as("nor its lock file").isFalse();
        apply(db, List.of(MARKER), input("base.xml", record("1", 1, "IL-6 rose.", "base.xml", "marker")));
        try (FindingsStore store = FindingsStore.open(db)) {
            assertThat(store.totals().records()).isEqualTo(1);
        }
        assertThat(Files.exists(db)).as("an existing store is kept").isTrue();
        assertThat(Files.exists(dir.resolve(".new.db.lock"))).as("its lock file is not").isFalse();
    }

    /** A file cut short (its last record lost, id unknown), then the same file whole: what a report of the store counts. */
    private RunSummary cutThenWhole(Path db, String shownCut, String shownWhole) throws Exception {
        RunSummary.Problem cut = new RunSummary.Problem(RunSummary.Problem.Kind.SKIPPED_RECORD, "pubmed-xml", shownCut, 2, 9, null,
                "the file ends inside a record");
        apply(db, List.of(MARKER), new Input(shownCut, "sha-cut", List.of(record("1", 1, "IL-6 rose.", shownCut, "marker")), List.of(cut),
                List.of()));
        apply(db, List.of(MARKER), new Input(shownWhole, "sha-whole", List.of(record("1", 1, "IL-6 rose.", shownWhole, "marker"),
                record("2", 1, "Nothing.", shownWhole, "marker")), List.of(), List.of()));
        try (FindingsStore store = FindingsStore.openForReading(db)) {
            return store.stored().summary();
        }
    }

    @Test
    void aFileCorrectedAndAppliedAgainUnderAnotherPathToItIsCountedByItsLastApplicationOnly() throws Exception {
        Path updates = Files.createDirectories(dir.resolve("updates"));
        Path file = Files.writeString(updates.resolve("u.xml"), "<PubmedArticleSet/>");
        Path link = Files.createSymbolicLink(dir.resolve("mirror"), updates);
        // typed one way one day and another way the next (through a link); imported from Spark as a file: URI, then run
        for (List<String> paths : List.of(List.of(file.toString(), link.resolve("u.xml").toString()),
                List.of(file.toUri().toString(), dir.resolve("updates/../updates/u.xml").toString()))) {
            Path db = dir.resolve(paths.get(0).startsWith("file:") ? "from-uri.db" : "typed.db");
            RunSummary summary = cutThenWhole(db, paths.get(0), paths.get(1));
            assertThat(summary.inputs()).as("the file once, as its last application showed it").extracting(RunSummary.InputSummary::path)
                    .containsExactly(paths.get(1));
            assertThat(summary.problems()).as("the problem of the cut copy is gone: report --strict passes").isEmpty();
            assertThat(summary.counts().recordsRead()).isEqualTo(2);
            assertThat(summary.notices()).anySatisfy(n -> assertThat(n).contains("Applied again with corrected content, so counted by their last"
                    + " application only: " + paths.get(1) + " (1 record skipped before)"));
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
                 var rs = s.executeQuery("SELECT path, real_path FROM files ORDER BY file_id")) {
                while (rs.next()) {
                    assertThat(rs.getString(2)).as(rs.getString(1) + " is shown as given and known by its real path")
                            .isEqualTo(file.toRealPath().toString());
                }
            }
        }
        // two files of one name in two folders stay two files
        Path other = Files.writeString(Files.createDirectories(dir.resolve("elsewhere")).resolve("u.xml"), "<PubmedArticleSet/>");
        RunSummary two = cutThenWhole(dir.resolve("two.db"), file.toString(), other.toString());
        assertThat(two.inputs()).hasSize(2);
        assertThat(two.problems()).hasSize(1);
    }

    @Test
    void aStoreOfTheFormatBeforeIsReadAsItIsAndBroughtUpToThisFormatByTheNextRun() throws Exception {
        Path db = dir.resolve("old.db");
        String cutPath = dir.resolve("u.xml").toString();
        RunSummary.Problem cut = new RunSummary.Problem(RunSummary.Problem.Kind.SKIPPED_RECORD, "pubmed-xml", cutPath, 2, 9, null,
                "the file ends inside a record");
        apply(db, List.of(MARKER), new Input(cutPath, "sha-cut", List.of(record("1", 1, "IL-6 rose.", cutPath, "marker")), List.of(cut),
                List.of()));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            // the store as format 1 wrote it: no real paths (nor what later formats added)
            s.execute("ALTER TABLE files DROP COLUMN real_path");
            s.execute("ALTER TABLE files DROP COLUMN record_ids");
            s.execute("ALTER TABLE files DROP COLUMN input");
            s.execute("ALTER TABLE runs DROP COLUMN fingerprints");
            s.execute("ALTER TABLE runs DROP COLUMN forced_inputs");
            s.execute("ALTER TABLE runs DROP COLUMN changed_ids");
            s.execute("ALTER TABLE deletions DROP COLUMN seq");
            s.execute("DROP TABLE exclusions");
            s.execute("DROP TABLE file_stamps");
            s.execute("PRAGMA user_version = 1");
        }
        try (FindingsStore store = FindingsStore.openForReading(db)) {
            assertThat(store.stored().summary().problems()).hasSize(1);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             var rs = s.executeQuery("PRAGMA user_version")) {
            assertThat(rs.getInt(1)).as("a report changes nothing").isEqualTo(1);
        }
        // the next run brings it to this format, and the file applied by format 1 is still known by the path it showed
        apply(db, List.of(MARKER), new Input(cutPath, "sha-whole", List.of(record("1", 1, "IL-6 rose.", cutPath, "marker"),
                record("2", 1, "Nothing.", cutPath, "marker")), List.of(), List.of()));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT (SELECT user_version FROM pragma_user_version), count(real_path) FROM files")) {
            assertThat(rs.getInt(1)).isEqualTo(StoreSchema.FORMAT);
            assertThat(rs.getInt(2)).as("the application logged before has none; the new one has").isEqualTo(1);
        }
        try (FindingsStore store = FindingsStore.openForReading(db)) {
            RunSummary summary = store.stored().summary();
            assertThat(summary.inputs()).hasSize(1);
            assertThat(summary.problems()).isEmpty();
        }
    }

    /**
     * Applies {@code inputs} in one run under {@code settings} with the finding kinds {@code kinds}; stopped, as by a signal,
     * after the first {@code before} of them when {@code before} is less than their number.
     */
    private void applyUnder(Path db, StoreRunSettings settings, List<FindingKind> kinds, int before, Input... inputs) throws Exception {
        try (FindingsStore store = FindingsStore.open(db); StoreRecorder recorder = store.recorder(settings)) {
            recorder.started(new RunRecorder.RunStart("0.1.0", Instant.parse("2026-02-07T00:00:00Z"), List.of(), Map.of(), kinds));
            for (int i = 0; i < Math.min(before, inputs.length); i++) {
                for (RecordFindings r : inputs[i].records()) {
                    recorder.record(r);
                }
                recorder.inputEnded(new RunRecorder.InputEnd(i, new RunSummary.InputSummary(inputs[i].name(), inputs[i].sha(), "pubmed-xml",
                        inputs[i].records().size(), 0), true, 0, 0, inputs[i].deleted(), List.of(), List.of()));
            }
            if (before < inputs.length) {
                recorder.interruptedBy("stopped by a signal (Ctrl-C or kill)");
                return;
            }
            recorder.finish(new RunSummary("0.1.0", Instant.EPOCH, List.of(), List.of(), Map.of(), new RunSummary.Counts(0, 0, 0, 0, 0, 0, 0),
                    List.of(), List.of(), List.of(), RunSummary.Focus.NONE), null);
        }
    }

    /**
     * An explorer's s22, L4 and L2: a run given --force and stopped before its end was resumed, as told, by the same command
     * without --force, which found every input applied before and applied none of those the forced run had not reached; and
     * the records a forced run found unchanged stayed the earlier run's, so that its configuration was told as the store's
     * still after every input had been applied again.
     */
    @Test
    void aForcedRunStoppedBeforeItsEndLeavesTheInputsItDidNotReachToTheNextRunAndTakesTheRecordsItReached() throws Exception {
        Path db = dir.resolve("review.db");
        Input a = input("a.xml", record("1", 1, "IL-6 rose.", "a.xml", "marker"));
        Input b = input("b.xml", record("2", 1, "IL-6 fell.", "b.xml", "marker"));
        Map<String, String> digests = Map.of("a.xml", a.sha(), "b.xml", b.sha());
        applyUnder(db, StoreRunSettings.of("run").withInputs(List.of(), digests), List.of(MARKER), 2, a, b);
        try (FindingsStore store = FindingsStore.open(db)) {
            assertThat(store.appliedFiles()).containsOnlyKeys(a.sha(), b.sha());
        }

        applyUnder(db, StoreRunSettings.of("run").withInputs(List.of(), digests).withForce(true), List.of(MARKER, CYTOKINE), 1, a, b);

        try (FindingsStore store = FindingsStore.open(db)) {
            assertThat(store.appliedFiles()).as("b, which the forced run did not reach, is the next run's to apply").containsOnlyKeys(a.sha());
            assertThat(store.appliedFiles().get(a.sha()).runId()).isEqualTo(2);
            // the review of session 22, R8: it said the store was "without those it did not reach", which it holds
            assertThat(store.stored().summary().notices().get(0)).contains("This report shows the store as that run left it: the"
                    + " inputs it applied again extracted anew, those it did not reach as the runs before it extracted them.");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT r.record_id, f.run_id FROM records r JOIN files f ON f.file_id = r.file_id ORDER BY r.record_id")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1) + " by run " + rs.getLong(2)).as("unchanged, but extracted anew by the forced run").isEqualTo("1 by run 2");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1) + " by run " + rs.getLong(2)).isEqualTo("2 by run 1");
        }

        // the next run, not forced, applies b; after it every input counts as applied again
        applyUnder(db, StoreRunSettings.of("run").withInputs(List.of(), Map.of("b.xml", b.sha())), List.of(MARKER, CYTOKINE), 1, b);
        try (FindingsStore store = FindingsStore.open(db)) {
            assertThat(store.appliedFiles()).containsOnlyKeys(a.sha(), b.sha());
            assertThat(store.stored().summary().notices()).noneSatisfy(n -> assertThat(n).contains("different configurations"));
        }
    }

    /** An explorer's s22, L3: an update file applied again deleted nothing, its deletions all "matched no record", and left the flow. */
    @Test
    void anUpdateAppliedAgainCountsInReportsTheRecordsItsContentDeleted() throws Exception {
        Path db = dir.resolve("review.db");
        Input base = input("base.xml", record("1", 1, "IL-6 rose.", "base.xml", "marker"), record("2", 1, "IL-6 fell.", "base.xml", "marker"));
        Input update = new Input("upd.xml", "sha-upd", List.of(), List.of(), List.of(new Deletion("1", null), new Deletion("9", null)));
        Input other = new Input("other.xml", "sha-other", List.of(), List.of(), List.of(new Deletion("2", null)));
        applyUnder(db, StoreRunSettings.of("run").withInputs(List.of(), Map.of("base.xml", base.sha())), List.of(MARKER), 1, base);
        applyUnder(db, StoreRunSettings.of("run").withInputs(List.of(), Map.of("upd.xml", update.sha())), List.of(MARKER), 1, update);
        applyUnder(db, StoreRunSettings.of("run").withInputs(List.of(), Map.of("other.xml", other.sha())), List.of(MARKER), 1, other);
        try (FindingsStore store = FindingsStore.openForReading(db)) {
            StoredRun.History history = store.stored().history();
            assertThat(history.deleted() + " deleted, " + history.deletionsUnmatched() + " unmatched").isEqualTo("2 deleted, 1 unmatched");
        }

        applyUnder(db, StoreRunSettings.of("run").withInputs(List.of(), Map.of("upd.xml", update.sha())).withForce(true), List.of(MARKER), 1,
                update);

        try (FindingsStore store = FindingsStore.openForReading(db)) {
            StoredRun.History history = store.stored().history();
            assertThat(history.deleted() + " deleted, " + history.deletionsUnmatched() + " unmatched")
                    .as("record 9, which no application held, still matches none").isEqualTo("2 deleted, 1 unmatched");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT sum(added) - sum(deleted), (SELECT count(*) FROM records) FROM files")) {
            assertThat(rs.getLong(1)).as("the files table keeps what each application did").isEqualTo(rs.getLong(2)).isZero();
        }
    }

    /** The review of session 22, R1: one update content under two paths claimed its deletions twice ("4 deleted" of 2 records). */
    @Test
    void oneUpdateContentUnderTwoPathsDeletesItsRecordsOnce() throws Exception {
        Path db = dir.resolve("review.db");
        Input base = input("base.xml", record("1", 1, "IL-6 rose.", "base.xml", "marker"), record("2", 1, "IL-6 fell.", "base.xml", "marker"));
        Input first = new Input("u1.xml", "sha-upd", List.of(), List.of(), List.of(new Deletion("1", null)));
        Input copy = new Input("u2.xml", "sha-upd", List.of(), List.of(), List.of(new Deletion("1", null)));
        applyUnder(db, StoreRunSettings.of("run").withInputs(List.of(), Map.of("base.xml", base.sha())), List.of(MARKER), 1, base);
        applyUnder(db, StoreRunSettings.of("run").withInputs(List.of(), Map.of("u1.xml", first.sha(), "u2.xml", copy.sha())),
                List.of(MARKER), 2, first, copy);

        try (FindingsStore store = FindingsStore.openForReading(db)) {
            StoredRun.History history = store.stored().history();
            assertThat(history.deleted() + " deleted, " + history.deletionsUnmatched() + " unmatched").isEqualTo("1 deleted, 1 unmatched");
        }
    }
}
