package org.evidentia.runtime.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import java.util.stream.Stream;
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
import org.evidentia.runtime.engine.Fingerprints;
import org.evidentia.runtime.engine.RunRecorder;
import org.evidentia.runtime.host.Artifact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store driven as the engine drives it (records, then each input's end, then the finish): which
 * version stands, what every record counts as, and what a stopped run leaves.
 */
class FindingsStoreTest {

    private static final FindingKind KIND = new FindingKind("marker", "Marker", "Markers",
            List.of(new FindingKind.Attribute("specimen", "Specimen", List.of("serum", "csf"), FindingKind.Attribute.Role.BREAKDOWN,
                    Map.of("csf", new FindingKind.Attribute.ValueMeaning("spinal fluid", "cerebrospinal fluid"),
                            "serum", new FindingKind.Attribute.ValueMeaning("the fluid of clotted blood")))), Map.of(),
            "Measured on 3 abstracts: precision 0.50, recall 0.25.");
    private static final StudyDesign PRIMARY = new StudyDesign(StudyDesign.Type.PRIMARY, false, "no publication type or cue: primary study");

    @TempDir
    Path dir;

    /** One input of a test run: its records, then what it deletes. */
    private record Input(String name, List<RecordFindings> records, List<Deletion> deleted) {
        Input(String name, RecordFindings... records) {
            this(name, List.of(records), List.of());
        }

        /** Deletions that name no version, as a source without versions gives them. */
        Input deleting(String... ids) {
            return new Input(name, records, Stream.of(ids).map(id -> new Deletion(id, null)).toList());
        }

        Input deleting(Deletion... deletions) {
            return new Input(name, records, List.of(deletions));
        }
    }

    private static RecordFindings record(String pmid, Integer version, String text, String file, String source) {
        BibliographicRecord r = BibliographicRecord.builder().pmid(pmid).version(version).title("Study " + pmid).section("RESULTS", text)
                .author("Doe J").journal("J Test").year(2021).metadata("LA", "eng").origin(new Origin(source, file, 1, 0)).build();
        List<Finding> findings = new ArrayList<>();
        String abstractText = r.abstractText();
        int at = abstractText.indexOf("IL-6");
        if (at >= 0) {
            findings.add(new Finding(r.id(), "marker", new Subject("IL6", "IL-6", "IL-6"), text.contains("lower") ? Direction.DECREASED : Direction.INCREASED,
                    Map.of("specimen", "serum"), new EvidenceSpan("abstract", "RESULTS", abstractText.substring(9), 9, abstractText.length(), at, at + 4),
                    "markers", "1.0.0"));
        }
        return new RecordFindings(r, PRIMARY, findings);
    }

    private static RecordFindings record(String pmid, Integer version, String text, String file) {
        return record(pmid, version, text, file, "pubmed-xml");
    }

    /** Records these inputs into the store as one run does. */
    private void apply(FindingsStore store, Input... inputs) throws Exception {
        try (StoreRecorder recorder = store.recorder(StoreRunSettings.of("run"))) {
            recorder.started(new RunRecorder.RunStart("0.1.0", Instant.parse("2026-01-31T00:00:00Z"), List.of(), Map.of(), List.of(KIND)));
            for (int i = 0; i < inputs.length; i++) {
                Input input = inputs[i];
                for (RecordFindings r : input.records()) {
                    recorder.record(r);
                }
                long records = input.records().size();
                recorder.inputEnded(new RunRecorder.InputEnd(i, new RunSummary.InputSummary(input.name(), "sha-" + input.name(), "pubmed-xml", records, 0),
                        true, 0, 0, input.deleted(), List.of(), List.of()));
            }
            recorder.finish(new RunSummary("0.1.0", Instant.EPOCH, List.of(), List.of(), Map.of(), new RunSummary.Counts(0, 0, 0, 0, 0, 0, 0),
                    List.of(), List.of(), List.of(), RunSummary.Focus.NONE), null);
        }
    }

    private static List<String> replayed(FindingsStore store) throws Exception {
        List<String> lines = new ArrayList<>();
        store.stored().replay(r -> lines.add(r.record().id() + " v" + r.record().version() + " " + r.record().sections().get(0).text()
                + " " + r.findings().stream().map(f -> f.subject().key() + ":" + f.direction().label()).toList()));
        return lines;
    }

    private static List<String> fileLog(Path db) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT path, status, added, revised, reextracted, unchanged, superseded, duplicate, deleted,"
                     + " deletions_unmatched FROM files ORDER BY file_id")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2) + " added " + rs.getLong(3) + " revised " + rs.getLong(4) + " reextracted "
                        + rs.getLong(5) + " unchanged " + rs.getLong(6) + " superseded " + rs.getLong(7) + " duplicate " + rs.getLong(8)
                        + " deleted " + rs.getLong(9) + " unmatched " + rs.getLong(10));
            }
        }
        return rows;
    }

    private final Input baseline = new Input("base.xml",
            record("1", 1, "IL-6 was higher in cases.", "base.xml"),
            record("2", 1, "Nothing measured.", "base.xml"),
            record("3", 1, "IL-6 was higher in serum.", "base.xml"));
    private final Input update1 = new Input("u1.xml",
            record("1", 2, "IL-6 was lower in cases.", "u1.xml"),   // a new version: revised, its finding replaced
            record("2", 1, "Nothing measured.", "u1.xml"),          // the same: unchanged
            record("4", 1, "IL-6 was higher in plasma.", "u1.xml")) // new: added
            .deleting("3", "9");                                    // 3 is removed; 9 was never there
    private final Input update2 = new Input("u2.xml",
            record("1", 1, "IL-6 was higher in cases.", "u2.xml"),  // older than the store's: superseded
            record("3", 1, "IL-6 was higher in serum.", "u2.xml"),  // deleted at version 1: stays deleted
            record("4", 1, "IL-6 was lower in plasma.", "u2.xml"),  // same version, new text, same source: revised
            record("5", null, "No version stated.", "u2.xml"));     // added as version 1

    @Test
    void updatesAddReviseAndDeleteAndEveryRecordIsCountedOnce() throws Exception {
        Path db = dir.resolve("review.db");
        try (FindingsStore store = FindingsStore.open(db)) {
            apply(store, baseline);
            apply(store, update1);
            apply(store, update2);

            assertThat(replayed(store)).containsExactly(
                    "1 v2 IL-6 was lower in cases. [IL6:decreased]",
                    "2 v1 Nothing measured. []",
                    "4 v1 IL-6 was lower in plasma. [IL6:decreased]",
                    "5 vnull No version stated. []");
            assertThat(store.totals().records()).isEqualTo(4);
            assertThat(store.totals().findings()).isEqualTo(2);
            assertThat(store.check()).isEmpty();
        }
        assertThat(fileLog(db)).containsExactly(
                "base.xml applied added 3 revised 0 reextracted 0 unchanged 0 superseded 0 duplicate 0 deleted 0 unmatched 0",
                "u1.xml applied added 1 revised 1 reextracted 0 unchanged 1 superseded 0 duplicate 0 deleted 1 unmatched 1",
                "u2.xml applied added 1 revised 1 reextracted 0 unchanged 0 superseded 2 duplicate 0 deleted 0 unmatched 0");
    }

    @Test
    void applyingTheUpdatesOutOfOrderEndsInTheSameRecordsAndFindings() throws Exception {
        List<String> inOrder;
        try (FindingsStore store = FindingsStore.open(dir.resolve("in-order.db"))) {
            apply(store, baseline, update1, update2);
            inOrder = replayed(store);
        }
        try (FindingsStore store = FindingsStore.open(dir.resolve("out-of-order.db"))) {
            apply(store, update2);
            apply(store, baseline);
            apply(store, update1);
            // Record 4's two texts share a version, so the one applied last stands: u1's here, u2's in order.
            assertThat(replayed(store)).containsExactlyInAnyOrderElementsOf(inOrder.stream()
                    .map(l -> l.startsWith("4 ") ? "4 v1 IL-6 was higher in plasma. [IL6:increased]" : l).toList());
            assertThat(store.check()).isEmpty();
        }
    }

    /** Each order's records, then its deletions table, then the deletion file's changes. */
    private static List<String> afterDeletions(Path db) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT record_id, version, findings FROM records ORDER BY record_id")) {
                while (rs.next()) {
                    rows.add("record " + rs.getString(1) + " v" + rs.getInt(2) + " findings " + rs.getInt(3));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT record_id, version FROM deletions ORDER BY record_id")) {
                while (rs.next()) {
                    rows.add("deleted " + rs.getString(1) + " up to v" + rs.getInt(2));
                }
            }
        }
        return rows;
    }

    private static List<String> changesOf(Path db, String file) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT c.record_id, c.version, c.change FROM changes c JOIN files f USING (file_id)"
                     + " WHERE f.path = '" + file + "' ORDER BY c.rowid")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + (rs.getObject(2) == null ? "-" : "v" + rs.getInt(2)) + " " + rs.getString(3));
            }
        }
        return rows;
    }

    @Test
    void aDeletionOfAVersionRemovesOnlyThatVersionOrALowerOneSoTheOrderOfVersionedUpdatesDoesNotMatter() throws Exception {
        Input base = new Input("base.xml", record("7", 1, "IL-6 was higher in cases.", "base.xml"),
                record("8", 1, "Nothing measured.", "base.xml"));
        // PubMed's <PMID Version="1">7</PMID> and <PMID Version="2">8</PMID> in a <DeleteCitation> list
        Input deletes = new Input("del.xml").deleting(new Deletion("7", 1), new Deletion("8", 2));
        Input versions2 = new Input("v2.xml", record("7", 2, "IL-6 was lower in cases.", "v2.xml"),
                record("8", 2, "Nothing measured again.", "v2.xml"));
        Path inOrder = dir.resolve("in-order.db");
        Path reversed = dir.resolve("reversed.db");
        try (FindingsStore store = FindingsStore.open(inOrder)) {
            apply(store, base);
            apply(store, deletes);
            apply(store, versions2);
        }
        try (FindingsStore store = FindingsStore.open(reversed)) {
            apply(store, base);
            apply(store, versions2);
            apply(store, deletes); // version 1's deletion after version 2: 7's version 2 stands
            assertThat(store.check()).isEmpty();
        }

        List<String> expected = List.of("record 7 v2 findings 1", "deleted 7 up to v1", "deleted 8 up to v2");
        assertThat(afterDeletions(inOrder)).isEqualTo(expected);
        assertThat(afterDeletions(reversed)).isEqualTo(expected);
        assertThat(changesOf(reversed, "del.xml")).containsExactly("7 v1 deletion-superseded", "8 v2 deleted");
        assertThat(fileLog(reversed).get(2))
                .isEqualTo("del.xml applied added 0 revised 0 reextracted 0 unchanged 0 superseded 0 duplicate 0 deleted 1 unmatched 1");
        assertThat(changesOf(inOrder, "del.xml")).containsExactly("7 v1 deleted", "8 v1 deleted");
        assertThat(changesOf(inOrder, "v2.xml")).containsExactly("8 v2 superseded-by-deletion");
    }

    @Test
    void aDeletionThatNamesNoVersionRemovesWhateverVersionIsStored() throws Exception {
        Path db = dir.resolve("review.db");
        try (FindingsStore store = FindingsStore.open(db)) {
            apply(store, new Input("base.xml", record("7", 2, "IL-6 was higher in cases.", "base.xml")));
            apply(store, new Input("del.xml").deleting("7"));
            assertThat(store.totals().records()).isZero();
        }
        assertThat(afterDeletions(db)).containsExactly("deleted 7 up to v2");
    }

    @Test
    void applyingTheSameInputAgainChangesNothing() throws Exception {
        try (FindingsStore store = FindingsStore.open(dir.resolve("review.db"))) {
            apply(store, baseline, update1);
            List<String> before = replayed(store);
            apply(store, update1);
            assertThat(replayed(store)).isEqualTo(before);
            assertThat(fileLog(dir.resolve("review.db")).get(2))
                    .isEqualTo("u1.xml applied added 0 revised 0 reextracted 0 unchanged 3 superseded 0 duplicate 0 deleted 0 unmatched 2");
        }
    }

    @Test
    void anotherSourcesTextOfTheSameVersionIsADuplicateAndNewFindingsOfTheSameTextAReextraction() throws Exception {
        try (FindingsStore store = FindingsStore.open(dir.resolve("review.db"))) {
            apply(store, new Input("a.nbib", record("7", null, "IL-6 was higher.", "a.nbib", "medline")));
            RecordFindings csvCopy = record("7", null, "Another text of the same study.", "a.csv", "pubmed-csv");
            RecordFindings sameTextNoFindings = new RecordFindings(record("7", null, "IL-6 was higher.", "b.nbib", "medline").record(), PRIMARY, List.of());
            apply(store, new Input("a.csv", csvCopy), new Input("b.nbib", sameTextNoFindings));

            assertThat(replayed(store)).containsExactly("7 vnull IL-6 was higher. []");
            assertThat(fileLog(dir.resolve("review.db"))).element(1).asString().contains("duplicate 1");
            assertThat(fileLog(dir.resolve("review.db"))).element(2).asString().contains("reextracted 1");
        }
    }

    @Test
    void aFullerCopyFromAnotherSourceReplacesTheStoredCopyAndALesserOneIsADuplicate() throws Exception {
        // A PubMed CSV row: the PMID and the title, no abstract, no publication types.
        BibliographicRecord csvRow = BibliographicRecord.builder().pmid("8").title("Study 8").author("Doe J").journal("J Test").year(2021)
                .origin(new Origin("pubmed-csv", "a.csv", 1, 2)).build();
        RecordFindings csvCopy = new RecordFindings(csvRow, PRIMARY, List.of());
        RecordFindings medlineCopy = record("8", null, "IL-6 was higher in cases.", "a.nbib", "medline");
        Path db = dir.resolve("review.db");
        try (FindingsStore store = FindingsStore.open(db)) {
            apply(store, new Input("a.csv", csvCopy));
            apply(store, new Input("a.nbib", medlineCopy));
            assertThat(replayed(store)).containsExactly("8 vnull IL-6 was higher in cases. [IL6:increased]");
            assertThat(store.totals().findings()).isEqualTo(1);

            apply(store, new Input("b.csv", csvCopy)); // the CSV row again, after the fuller copy: the fuller copy stays
            assertThat(replayed(store)).containsExactly("8 vnull IL-6 was higher in cases. [IL6:increased]");
            assertThat(store.check()).isEmpty();
        }
        assertThat(fileLog(db)).containsExactly(
                "a.csv applied added 1 revised 0 reextracted 0 unchanged 0 superseded 0 duplicate 0 deleted 0 unmatched 0",
                "a.nbib applied added 0 revised 1 reextracted 0 unchanged 0 superseded 0 duplicate 0 deleted 0 unmatched 0",
                "b.csv applied added 0 revised 0 reextracted 0 unchanged 0 superseded 0 duplicate 1 deleted 0 unmatched 0");
    }

    @Test
    void anInputWhoseProblemsFailedAStrictRunIsAppliedAgainByTheNextRun() throws Exception {
        Path db = dir.resolve("review.db");
        RunSummary.Problem skipped = new RunSummary.Problem(RunSummary.Problem.Kind.SKIPPED_RECORD, "pubmed-xml", "bad.xml", 2, 40, null,
                "XML is not well-formed");
        try (FindingsStore store = FindingsStore.open(db)) {
            try (StoreRecorder recorder = store.recorder(StoreRunSettings.of("run"))) {
                recorder.started(new RunRecorder.RunStart("0.1.0", Instant.EPOCH, List.of(), Map.of(), List.of(KIND)));
                recorder.record(baseline.records().get(0));
                recorder.inputEnded(new RunRecorder.InputEnd(0, new RunSummary.InputSummary("good.xml", "sha-good", "pubmed-xml", 1, 0),
                        true, 0, 0, List.of(), List.of(), List.of()));
                recorder.record(baseline.records().get(1));
                recorder.inputEnded(new RunRecorder.InputEnd(1, new RunSummary.InputSummary("bad.xml", "sha-bad", "pubmed-xml", 2, 1),
                        true, 0, 0, List.of(), List.of(skipped), List.of()));
                recorder.finish(new RunSummary("0.1.0", Instant.EPOCH, List.of(), List.of(), Map.of(), new RunSummary.Counts(0, 0, 0, 0, 0, 0, 0),
                        List.of(skipped), List.of(), List.of(), RunSummary.Focus.NONE), null);
                recorder.failed("1 problem met and --strict was given"); // as RunIntoStore does when the run failed
                assertThat(recorder.filesAppliedAgain()).isOne();
                assertThat(recorder.besidesApplied(0)).isEqualTo(" (1 of them to be applied again: problems failed the run)");
            }
            // The clean input counts as applied; the one whose problem failed the run is left to be applied again.
            assertThat(store.appliedFiles()).containsOnlyKeys("sha-good");
            assertThat(replayed(store)).hasSize(2); // what it held is in the store all the same
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT problems FROM files WHERE path = 'bad.xml'")) {
            rs.next();
            assertThat(rs.getString(1)).as("kinds as run.json names them").contains("\"kind\":\"skipped-record\"").doesNotContain("SKIPPED_RECORD");
        }
        // and stores written before, with the enum's names, still read
        assertThat(StoreJson.problems("[{\"kind\":\"SKIPPED_RECORD\",\"file\":\"a.xml\",\"record\":1,\"line\":2,\"message\":\"m\"}]"))
                .extracting(RunSummary.Problem::kind).containsExactly(RunSummary.Problem.Kind.SKIPPED_RECORD);
    }

    @Test
    void anInputNoSourceReadIsNotAppliedSoALaterFileOfTheSameChecksumIsApplied() throws Exception {
        Path db = dir.resolve("review.db");
        try (FindingsStore store = FindingsStore.open(db)) {
            try (StoreRecorder recorder = store.recorder(StoreRunSettings.of("run"))) {
                recorder.started(new RunRecorder.RunStart("0.1.0", Instant.EPOCH, List.of(), Map.of(), List.of(KIND)));
                recorder.inputEnded(new RunRecorder.InputEnd(0, new RunSummary.InputSummary("empty.xml", "sha-of-nothing", null, 0, 0),
                        true, 0, 0, List.of(), List.of(), List.of())); // an empty file: "read to its end", by no source
                recorder.inputEnded(new RunRecorder.InputEnd(1, new RunSummary.InputSummary("notes.txt", "sha-notes", null, 0, 0),
                        false, 0, 0, List.of(), List.of(), List.of()));
                recorder.record(baseline.records().get(0));
                recorder.inputEnded(new RunRecorder.InputEnd(2, new RunSummary.InputSummary("base.xml", "sha-base", "pubmed-xml", 1, 0),
                        true, 0, 0, List.of(), List.of(), List.of()));
                recorder.finish(new RunSummary("0.1.0", Instant.EPOCH, List.of(), List.of(), Map.of(), new RunSummary.Counts(0, 0, 0, 0, 0, 0, 0),
                        List.of(), List.of(), List.of(), RunSummary.Focus.NONE), null);
                assertThat(recorder.filesApplied()).isEqualTo(1);
                assertThat(recorder.filesUnread()).isEqualTo(2);
            }
            assertThat(store.appliedFiles()).containsOnlyKeys("sha-base");
            assertThat(store.check()).isEmpty();
        }
        assertThat(fileLog(db)).extracting(line -> line.substring(0, line.indexOf(" added"))).containsExactly(
                "empty.xml unread", "notes.txt unread", "base.xml applied");
    }

    /**
     * Review s9 (6): an input whose every record read was skipped was applied, beside another new input that gave records,
     * and never read again. It is not applied ({@code unkept}), whatever else the run applied, unless it deleted records.
     */
    @Test
    void anInputWhoseEveryRecordWasSkippedIsNotAppliedBesideOneThatKeptRecordsUnlessItDeleted() throws Exception {
        Path db = dir.resolve("review.db");
        RunSummary.Problem cut = new RunSummary.Problem(RunSummary.Problem.Kind.SKIPPED_RECORD, "pubmed-xml", "cut.xml", 2, 1, null,
                "XML ends inside the record");
        try (FindingsStore store = FindingsStore.open(db)) {
            try (StoreRecorder recorder = store.recorder(StoreRunSettings.of("run"))) {
                recorder.started(new RunRecorder.RunStart("0.1.0", Instant.EPOCH, List.of(), Map.of(), List.of(KIND)));
                recorder.inputEnded(new RunRecorder.InputEnd(0, new RunSummary.InputSummary("cut.xml", "sha-cut", "pubmed-xml", 1, 1),
                        true, 0, 0, List.of(), List.of(cut), List.of()));
                recorder.record(baseline.records().get(0));
                recorder.inputEnded(new RunRecorder.InputEnd(1, new RunSummary.InputSummary("base.xml", "sha-base", "pubmed-xml", 1, 0),
                        true, 0, 0, List.of(), List.of(), List.of()));
                recorder.inputEnded(new RunRecorder.InputEnd(2, new RunSummary.InputSummary("update.xml", "sha-update", "pubmed-xml", 1, 1),
                        true, 0, 0, List.of(new Deletion("1", null)), List.of(), List.of())); // its record skipped, its deletion applied
                recorder.finish(new RunSummary("0.1.0", Instant.EPOCH, List.of(), List.of(), Map.of(), new RunSummary.Counts(0, 0, 0, 0, 0, 0, 0),
                        List.of(cut), List.of(), List.of(), RunSummary.Focus.NONE), null);
                assertThat(recorder.filesApplied()).isEqualTo(2);
                assertThat(recorder.filesUnkept()).isEqualTo(1);
                assertThat(recorder.filesUnread()).isZero();
            }
            assertThat(store.appliedFiles()).containsOnlyKeys("sha-base", "sha-update");
        }
        assertThat(fileLog(db)).extracting(line -> line.substring(0, line.indexOf(" added"))).containsExactly(
                "cut.xml unkept", "base.xml applied", "update.xml applied");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT files_applied FROM runs")) {
            rs.next();
            assertThat(rs.getLong(1)).as("the runs table counts as the recorder does").isEqualTo(2);
        }
    }

    @Test
    void aRunWhoseExtractorsOrOptionsDifferFromTheStoresLastRunNamesBoth() throws Exception {
        FindingKind other = new FindingKind("mention", "Mention", "Mentions", List.of(), Map.of());
        Map<String, Map<String, String>> extend = Map.of("markers", Map.of("lexicon-mode", "\"extend\""), "xml", Map.of());
        List<List<String>> changes = configurationChangesOfRuns(
                new RunRecorder.RunStart("0.1.0", Instant.EPOCH, List.of(), extend, List.of(KIND, other), List.of("markers", "mentions")),
                new RunRecorder.RunStart("0.1.0", Instant.EPOCH, List.of(), extend, List.of(KIND, other), List.of("markers", "mentions")),
                new RunRecorder.RunStart("0.1.0", Instant.EPOCH, List.of(), extend, List.of(KIND), List.of("markers")),
                new RunRecorder.RunStart("0.1.0", Instant.EPOCH, List.of(),
                        Map.of("markers", Map.of("lexicon-mode", "\"replace\""), "xml", Map.of("x", "1")), List.of(KIND), List.of("markers")));
        assertThat(changes.get(0)).as("a new store").isEmpty();
        assertThat(changes.get(1)).as("the same configuration").isEmpty();
        assertThat(changes.get(2)).singleElement().asString().contains(
                "this run's extractors differ from those of the store's run 2 (the last that applied inputs): it used markers (marker) and"
                        + " mentions (mention), this run uses markers (marker).",
                "Records this run adds or revises get no mention findings, and records it re-extracts lose theirs.");
        assertThat(changes.get(3)).as("only the extractors' options count, not a source's").singleElement().asString().startsWith(
                "this run's extractor options differ from those of the store's run 3 (the last that applied inputs):"
                        + " markers.lexicon-mode was \"extend\", is \"replace\".");
    }

    /**
     * Review 24, M5: an upgraded Evidentia (its text-mining kit) or extractor plugin mixed rules in a
     * store without a word, even under --strict; a version that differs from the store's last run's
     * is a configuration change. A source plugin's version is not.
     */
    @Test
    void aRunUnderOtherVersionsOfEvidentiaOrOfAnExtractorsPluginNamesThem() throws Exception {
        RunSummary.PluginSummary markers1 = new RunSummary.PluginSummary("marker-plugin", "1.0.0", List.of("markers"));
        RunSummary.PluginSummary markers2 = new RunSummary.PluginSummary("marker-plugin", "1.1.0", List.of("markers"));
        RunSummary.PluginSummary xml1 = new RunSummary.PluginSummary("xml-plugin", "1.0.0", List.of("xml"));
        RunSummary.PluginSummary xml2 = new RunSummary.PluginSummary("xml-plugin", "2.0.0", List.of("xml"));
        List<List<String>> changes = configurationChangesOfRuns(
                new RunRecorder.RunStart("0.1.0", Instant.EPOCH, List.of(markers1, xml1), Map.of(), List.of(KIND), List.of("markers")),
                new RunRecorder.RunStart("0.1.0", Instant.EPOCH, List.of(markers1, xml2), Map.of(), List.of(KIND), List.of("markers")),
                new RunRecorder.RunStart("0.2.0", Instant.EPOCH, List.of(markers2, xml2), Map.of(), List.of(KIND), List.of("markers")));
        assertThat(changes.get(1)).as("a source's version changes no finding").isEmpty();
        assertThat(changes.get(2)).singleElement().asString().isEqualTo("this run's versions differ from those of the store's run 2 (the"
                + " last that applied inputs): Evidentia (with its text-mining kit) was 0.1.0, is 0.2.0; extractor markers was of plugin"
                + " marker-plugin 1.0.0, is of marker-plugin 1.1.0. Records this run adds, revises or re-extracts are extracted by the new"
                + " versions, the others keep what the old ones found; to extract the whole store alike, apply every input again with"
                + " --force, once without --strict (which refuses a run under another configuration than the store's last: that run makes"
                + " the change).");
    }

    /**
     * Review 31, M1: the build id names a commit, and versions are compared without it, so a rebuild that changed a rule
     * under the same versions went unnoticed. The files that carry the rules are compared by SHA-256 while their versions
     * are the same: the text-mining kit's jar (Evidentia's version the same) and an extractor's plugin file (its id and
     * version the same). A source's plugin file, a file whose checksum is not known (a plugin folder put in by hand, a run
     * of an earlier version), a kit carried by another file (a Spark job's jar) and a new version (told as such) are not.
     */
    @Test
    void aRebuildUnderTheSameVersionsThatChangedTheKitsJarOrAnExtractorsPluginFileIsNamed() throws Exception {
        RunSummary.PluginSummary markers = new RunSummary.PluginSummary("marker-plugin", "1.0.0", List.of("markers"));
        RunSummary.PluginSummary markers2 = new RunSummary.PluginSummary("marker-plugin", "1.1.0", List.of("markers"));
        RunSummary.PluginSummary xml = new RunSummary.PluginSummary("xml-plugin", "1.0.0", List.of("xml"));
        String a = "a".repeat(64);
        String b = "b".repeat(64);
        String c = "c".repeat(64);
        Artifact kitA = new Artifact("evidentia-textmining-0.1.0.jar", a);
        Artifact kitB = new Artifact("evidentia-textmining-0.1.0.jar", b);
        Artifact zipA = new Artifact("marker-plugin-1.0.0.zip", a);
        Artifact zipB = new Artifact("marker-plugin-1.0.0.zip", b);
        java.util.function.BiFunction<Artifact, Map<String, Artifact>, Fingerprints> fp = Fingerprints::new;
        List<List<String>> changes = configurationChangesOfRuns(
                start("0.1.0+aaaaaaaaaaaa", List.of(markers, xml), fp.apply(kitA, Map.of("marker-plugin", zipA, "xml-plugin", zipA))),
                // a docs commit: another build id, the same bytes; and a source's plugin rebuilt
                start("0.1.0+bbbbbbbbbbbb", List.of(markers, xml), fp.apply(kitA, Map.of("marker-plugin", zipA, "xml-plugin", zipB))),
                // the kit rebuilt with a rule changed, the version kept
                start("0.1.0+cccccccccccc-dirty", List.of(markers, xml), fp.apply(kitB, Map.of("marker-plugin", zipA))),
                // the extractor's plugin rebuilt, its version kept
                start("0.1.0+cccccccccccc-dirty", List.of(markers, xml), fp.apply(kitB, Map.of("marker-plugin", zipB))),
                // a plugin folder put in by hand, and a kit loaded from a folder of classes: nothing to compare
                start("0.1.0", List.of(markers, xml), fp.apply(new Artifact("classes/", null),
                        Map.of("marker-plugin", new Artifact("marker-plugin/", null)))),
                start("0.1.0", List.of(markers, xml), fp.apply(kitA, Map.of("marker-plugin", zipA))),
                // a new version: told as one, not as a rebuild
                start("0.1.0", List.of(markers2, xml), fp.apply(kitA, Map.of("marker-plugin", new Artifact("marker-plugin-1.1.0.zip", c)))),
                // a Spark job's import: the kit shaded into the job's jar, another file; the same plugin zip
                start("0.1.0", List.of(markers2, xml), fp.apply(new Artifact("evidentia-spark-0.1.0-job.jar", a),
                        Map.of("marker-plugin", new Artifact("marker-plugin-1.1.0.zip", c)))),
                // and one whose plugin zip was rebuilt under its version
                start("0.1.0", List.of(markers2, xml), fp.apply(new Artifact("evidentia-spark-0.1.0-job.jar", a),
                        Map.of("marker-plugin", new Artifact("marker-plugin-1.1.0.zip", b)))));
        assertThat(changes.get(1)).as("a docs commit, a source's plugin rebuilt").isEmpty();
        assertThat(changes.get(2)).singleElement().asString().isEqualTo("this run's rules may differ from those of the store's run 2 (the last"
                + " that applied inputs), though the versions are the same: the text-mining kit, in which the bundled extractors' rules"
                + " are, was built anew: its jar evidentia-textmining-0.1.0.jar of Evidentia 0.1.0 was SHA-256 aaaaaaaaaaaa, is"
                + " bbbbbbbbbbbb. A rebuild that changed these files may have changed a rule: records this run adds, revises or"
                + " re-extracts may follow other rules than the others, which keep what the earlier build found; to extract the whole"
                + " store alike, apply every input again with --force, once without --strict (which refuses a run under another"
                + " configuration than the store's last: that run makes the change).");
        assertThat(changes.get(3)).singleElement().asString().startsWith("this run's rules may differ from those of the store's run 3 (the"
                + " last that applied inputs), though the versions are the same: plugin marker-plugin 1.0.0 (extractor markers) was built"
                + " anew: its file marker-plugin-1.0.0.zip was SHA-256 aaaaaaaaaaaa, is bbbbbbbbbbbb. ");
        assertThat(changes.get(4)).as("a folder has no checksum to compare").isEmpty();
        assertThat(changes.get(5)).as("nor had the run before").isEmpty();
        assertThat(changes.get(6)).singleElement().asString().startsWith("this run's versions differ")
                .doesNotContain("built anew");
        assertThat(changes.get(7)).as("the kit in another file is not compared").isEmpty();
        assertThat(changes.get(8)).singleElement().asString().contains("plugin marker-plugin 1.1.0 (extractor markers) was built anew:"
                + " its file marker-plugin-1.1.0.zip was SHA-256 cccccccccccc, is bbbbbbbbbbbb.").doesNotContain("text-mining");
    }

    /** Review 30, M1: a lexicon edited in place under the same name is an option change the run names. */
    @Test
    void aFileAnExtractorsOptionNamesEditedInPlaceIsAnOptionChange() throws Exception {
        Map<String, Map<String, String>> options = Map.of("markers", Map.of("lexicon", "\"lex.tsv\""), "xml", Map.of("map", "\"m.tsv\""));
        List<List<String>> changes = configurationChangesOfRuns(
                start(options, new RunSummary.OptionFile("markers", "lexicon", "lex.tsv", "a".repeat(64)),
                        new RunSummary.OptionFile("xml", "map", "m.tsv", "a".repeat(64))),
                start(options, new RunSummary.OptionFile("markers", "lexicon", "lex.tsv", "a".repeat(64)),
                        new RunSummary.OptionFile("xml", "map", "m.tsv", "b".repeat(64))),
                start(options, new RunSummary.OptionFile("markers", "lexicon", "lex.tsv", "c".repeat(64))),
                start(options, new RunSummary.OptionFile("markers", "lexicon", "lex.tsv", null)));
        assertThat(changes.get(1)).as("a source's file").isEmpty();
        assertThat(changes.get(2)).singleElement().asString().startsWith("this run's extractor options differ from those of the store's"
                + " run 2 (the last that applied inputs): markers.lexicon names lex.tsv as before, but the file has changed (SHA-256"
                + " aaaaaaaaaaaa, is cccccccccccc). Records this run adds, revises or re-extracts are extracted with the new options");
        assertThat(changes.get(3)).as("a file this run could not read: its extractor says why").isEmpty();
    }

    private static RunRecorder.RunStart start(String version, List<RunSummary.PluginSummary> plugins, Fingerprints fingerprints) {
        return new RunRecorder.RunStart(version, Instant.EPOCH, plugins, Map.of(), List.of(KIND), List.of("markers"), List.of(), fingerprints);
    }

    private static RunRecorder.RunStart start(Map<String, Map<String, String>> options, RunSummary.OptionFile... files) {
        return new RunRecorder.RunStart("0.1.0", Instant.EPOCH, List.of(), options, List.of(KIND), List.of("markers"), List.of(files),
                Fingerprints.NONE);
    }

    /** Runs that each apply one input of the baseline's first record into one new store; what each found changed from the one before. */
    private List<List<String>> configurationChangesOfRuns(RunRecorder.RunStart... starts) throws Exception {
        List<List<String>> changes = new ArrayList<>();
        try (FindingsStore store = FindingsStore.open(dir.resolve("review.db"))) {
            for (RunRecorder.RunStart start : starts) {
                try (StoreRecorder recorder = store.recorder(StoreRunSettings.of("run"))) {
                    recorder.started(start);
                    recorder.record(baseline.records().get(0));
                    recorder.inputEnded(new RunRecorder.InputEnd(0, new RunSummary.InputSummary("base.xml", "sha-" + changes.size(), "pubmed-xml", 1, 0),
                            true, 0, 0, List.of(), List.of(), List.of()));
                    recorder.finish(new RunSummary("0.1.0", Instant.EPOCH, List.of(), List.of(), Map.of(), new RunSummary.Counts(0, 0, 0, 0, 0, 0, 0),
                            List.of(), List.of(), List.of(), RunSummary.Focus.NONE), null);
                    changes.add(recorder.configurationChanges());
                }
            }
        }
        return changes;
    }

    /** A scheduled run with --strict passed and mixed the store (review 5, living-review operator's finding 8). */
    @Test
    void aRecorderRefusingConfigurationChangesRefusesARunUnderAnotherConfigurationBeforeItLogsOrAppliesAnything() throws Exception {
        FindingKind other = new FindingKind("mention", "Mention", "Mentions", List.of(), Map.of());
        Path db = dir.resolve("review.db");
        try (FindingsStore store = FindingsStore.open(db)) {
            try (StoreRecorder recorder = store.recorder(StoreRunSettings.of("run").withRefusedConfigurationChanges(true))) { // a new store: nothing to differ from
                recorder.started(new RunRecorder.RunStart("0.1.0", Instant.EPOCH, List.of(), Map.of(), List.of(KIND, other),
                        List.of("markers", "mentions")));
                recorder.record(baseline.records().get(0));
                recorder.inputEnded(new RunRecorder.InputEnd(0, new RunSummary.InputSummary("base.xml", "sha-base", "pubmed-xml", 1, 0),
                        true, 0, 0, List.of(), List.of(), List.of()));
                recorder.finish(new RunSummary("0.1.0", Instant.EPOCH, List.of(), List.of(), Map.of(), new RunSummary.Counts(0, 0, 0, 0, 0, 0, 0),
                        List.of(), List.of(), List.of(), RunSummary.Focus.NONE), null);
            }
            try (StoreRecorder recorder = store.recorder(StoreRunSettings.of("run").withRefusedConfigurationChanges(true))) {
                assertThatThrownBy(() -> recorder.started(new RunRecorder.RunStart("0.1.0", Instant.EPOCH, List.of(), Map.of(), List.of(KIND),
                        List.of("markers"))))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageStartingWith("--strict refuses to apply inputs under another configuration than the store's: this run's"
                                + " extractors differ from those of the store's run 1")
                        .hasMessageEndingWith("Nothing was applied: without --strict the run applies its inputs under its own configuration.");
            }
            assertThat(store.totals().runs()).as("the refused run is not in the store's log").isEqualTo(1);
        }
    }

    @Test
    void replayGivesEveryRecordAndFindingBackExactly() throws Exception {
        RecordFindings full = record("11", 3, "IL-6 was higher in serum.", "full.xml");
        BibliographicRecord rich = BibliographicRecord.builder().pmid("12").doi("10.1/x").pmcid("PMC1").title("Rich \u00e9tude")
                .section(null, "Unlabelled \u2013 text.").section("CONCLUSION", "Done.").author("A B").author("C D").journal("J").year(1999)
                .publicationType("Review").meshTerm("Humans").keyword("k").metadata("AD", "one").metadata("AD", "two").metadata("LA", "fre")
                .origin(new Origin("medline", "x.nbib", 4, 17)).origin(new Origin("pubmed-csv", "x.csv", 2, 3)).build();
        RecordFindings richRecord = new RecordFindings(rich, new StudyDesign(StudyDesign.Type.REVIEW, true, "publication type: Review"), List.of());
        try (FindingsStore store = FindingsStore.open(dir.resolve("review.db"))) {
            apply(store, new Input("full.xml", full, richRecord));
            List<RecordFindings> back = new ArrayList<>();
            store.stored().replay(back::add);
            assertThat(back).containsExactly(full, richRecord);
            // the kind comes back whole, its accuracy statement and value meanings too, so a report made from the store quotes them
            assertThat(store.stored().kinds()).containsExactly(KIND);
        }
    }

    @Test
    void aRunStoppedInsideAnInputKeepsTheInputsItFinishedAndNothingOfTheOther() throws Exception {
        Path db = dir.resolve("review.db");
        try (FindingsStore store = FindingsStore.open(db)) {
            StoreRecorder recorder = store.recorder(StoreRunSettings.of("run"));
            recorder.started(new RunRecorder.RunStart("0.1.0", Instant.EPOCH, List.of(), Map.of(), List.of(KIND)));
            for (RecordFindings r : baseline.records()) {
                recorder.record(r);
            }
            recorder.inputEnded(new RunRecorder.InputEnd(0, new RunSummary.InputSummary("base.xml", "sha-base", "pubmed-xml", 3, 0),
                    true, 0, 0, List.of(), List.of(), List.of()));
            recorder.record(update1.records().get(0));
            recorder.record(update1.records().get(2));
            recorder.close(); // the run stops inside u1.xml
        }
        try (FindingsStore store = FindingsStore.open(db)) {
            assertThat(replayed(store)).containsExactly("1 v1 IL-6 was higher in cases. [IL6:increased]", "2 v1 Nothing measured. []",
                    "3 v1 IL-6 was higher in serum. [IL6:increased]");
            assertThat(store.appliedFiles()).containsOnlyKeys("sha-base");
            assertThat(store.check()).isEmpty();
        }
        assertThat(fileLog(db)).containsExactly("base.xml applied added 3 revised 0 reextracted 0 unchanged 0 superseded 0 duplicate 0 deleted 0 unmatched 0");
    }

    /**
     * The review of session 32, L1: a second name of the store's file (a hard link, as cp -al makes for a "backup") took a lock
     * of its own, and two runs through the two names wrote the file at once and damaged it. A store with two names is
     * changed through neither; it is still read.
     */
    @Test
    void aStoreWhoseFileHasAnotherNameIsNotChangedThroughEither() throws Exception {
        Path db = dir.resolve("review.db");
        try (FindingsStore store = FindingsStore.open(db)) {
            apply(store, baseline);
        }
        Path other = Files.createLink(Files.createDirectories(dir.resolve("backup")).resolve("review.db"), db);
        assumeTrue(StoreFile.of(db).names() == 2, "this file system tells no count of links");

        for (Path name : List.of(db, other)) {
            assertThatThrownBy(() -> FindingsStore.open(name)).isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("store " + name + " cannot be changed: its file has 2 names (hard links");
        }
        try (FindingsStore read = FindingsStore.openForReading(other)) {
            assertThat(read.appliedFiles()).hasSize(1);
        }
        Files.delete(other);
        try (FindingsStore store = FindingsStore.open(db)) {
            assertThat(store.appliedFiles()).hasSize(1);
        }
    }

    @Test
    void aStoreIsRefusedWhileAnotherRunHoldsItAndAnotherDatabaseIsNeverTakenForOne() throws Exception {
        Path db = dir.resolve("review.db");
        try (FindingsStore store = FindingsStore.open(db)) {
            assertThatThrownBy(() -> FindingsStore.open(db)).isInstanceOf(StoreException.class).hasMessageContaining("in use by another Evidentia run");
        }
        // through a link to it too (the review of session 19, D12: the lock was named after the link, and both runs applied)
        Path link = Files.createSymbolicLink(dir.resolve("link.db"), db);
        try (FindingsStore store = FindingsStore.open(db)) {
            assertThatThrownBy(() -> FindingsStore.open(link)).isInstanceOf(StoreException.class).hasMessageContaining("in use by another Evidentia run");
        }
        try (FindingsStore store = FindingsStore.open(link)) {
            assertThatThrownBy(() -> FindingsStore.open(db)).isInstanceOf(StoreException.class).hasMessageContaining("in use by another Evidentia run");
        }
        // a link reached through a folder link, its target relative ("../"): followed from where the link really is (the review of
        // session 19, R12: followed as text, the lock went to a folder that is not there)
        Path deep = Files.createDirectories(dir.resolve("x/y/a"));
        Files.createDirectories(dir.resolve("x/y/data"));
        Path deepStore = dir.resolve("x/y/data/review.db");
        Files.createSymbolicLink(deep.resolve("link.db"), Path.of("../data/review.db"));
        Path viaFolderLink = Files.createSymbolicLink(dir.resolve("a"), deep).resolve("link.db");
        try (FindingsStore store = FindingsStore.open(viaFolderLink)) {
            assertThatThrownBy(() -> FindingsStore.open(deepStore)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("in use by another Evidentia run");
        }
        Path other = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (x)");
        }
        assertThatThrownBy(() -> FindingsStore.open(other)).isInstanceOf(StoreException.class)
                .hasMessageContaining("other.db is an SQLite database but not an Evidentia findings store");
        Files.writeString(dir.resolve("notes.txt"), "not a database at all");
        assertThatThrownBy(() -> FindingsStore.open(dir.resolve("notes.txt"))).isInstanceOf(StoreException.class)
                .hasMessageContaining("notes.txt");
    }

    @Test
    void aLockFileThatIsASymbolicLinkIsRefusedAndNotFollowed() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Path planted = Files.createSymbolicLink(dir.resolve(".review.db.lock"), elsewhere.resolve("created-by-lock"));

        assertThatThrownBy(() -> FindingsStore.open(dir.resolve("review.db"))).isInstanceOf(StoreException.class)
                .hasMessage("store " + dir.resolve("review.db") + " cannot be locked: " + planted + ": it is a symbolic link,"
                        + " and Evidentia does not open its lock files through links; remove the link");
        assertThat(elsewhere.resolve("created-by-lock")).doesNotExist();
        assertThat(dir.resolve("review.db")).doesNotExist();
    }
}
