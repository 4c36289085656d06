package org.evidentia.runtime.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.FindingKind;
import org.evidentia.api.Origin;
import org.evidentia.api.RecordFindings;
import org.evidentia.api.RunSummary;
import org.evidentia.api.StudyDesign;
import org.evidentia.runtime.engine.RunRecorder;
import org.evidentia.runtime.exclusion.ExcludedId;
import org.evidentia.runtime.exclusion.ExclusionList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store's exclusion list (kept, replaced whole by a run given one, kept by a run given none, brought in by the
 * format-3 migration) and the records absent from an input applied again, from real store files.
 */
class StoreExclusionsTest {

    private static final FindingKind MARKER = new FindingKind("marker", "Marker", "Markers", List.of(), Map.of());
    private static final StudyDesign PRIMARY = new StudyDesign(StudyDesign.Type.PRIMARY, false, "no publication type or cue: primary study");

    @TempDir
    Path dir;

    /** One input: its file (its real path is how the store knows it), checksum, records, and whether it was read to its end. */
    private record Input(Path file, String sha, List<String> pmids, boolean whole) {
    }

    private Input input(String name, String sha, String... pmids) throws Exception {
        Path file = dir.resolve(name);
        if (!Files.exists(file)) {
            Files.writeString(file, name);
        }
        return new Input(file, sha, List.of(pmids), true);
    }

    private static RecordFindings record(String pmid, String file) {
        BibliographicRecord r = BibliographicRecord.builder().pmid(pmid).version(1).title("Study " + pmid).section("RESULTS", "Text " + pmid)
                .origin(new Origin("pubmed-xml", file, 1, 0)).build();
        return new RecordFindings(r, PRIMARY, List.of());
    }

    /** Applies the inputs in one run, giving it {@code list} (null: none) and the searches of retrieved files; returns its recorder. */
    private StoreRecorder apply(Path db, ExclusionList list, Map<String, String> searches, Input... inputs) throws Exception {
        return apply(db, list, searches, new RunRecorder.RunStart("0.1.0", Instant.parse("2026-01-31T00:00:00Z"), List.of(), Map.of(),
                List.of(MARKER)), inputs);
    }

    private StoreRecorder apply(Path db, ExclusionList list, Map<String, String> searches, RunRecorder.RunStart start, Input... inputs)
            throws Exception {
        return apply(db, list, searches, List.of(), start, inputs);
    }

    /** As {@link #apply(Path, ExclusionList, Map, RunRecorder.RunStart, Input...)}, with inputs the run left out as applied before. */
    private StoreRecorder apply(Path db, ExclusionList list, Map<String, String> searches, List<FindingsStore.AppliedFile> skipped,
                                RunRecorder.RunStart start, Input... inputs) throws Exception {
        try (FindingsStore store = FindingsStore.open(db);
             StoreRecorder recorder = store.recorder(StoreRunSettings.of("run").withInputs(skipped, Map.of()).withRetrieval(searches, List.of(), 0)
                     .withExclusions(list))) {
            recorder.started(start);
            for (int i = 0; i < inputs.length; i++) {
                Input in = inputs[i];
                for (String pmid : in.pmids()) {
                    recorder.record(record(pmid, in.file().toString()));
                }
                recorder.inputEnded(new RunRecorder.InputEnd(i, new RunSummary.InputSummary(in.file().toString(), in.sha(), "pubmed-xml",
                        in.pmids().size(), 0), in.whole(), 0, 0, List.of(), List.of(), List.of()));
            }
            recorder.finish(new RunSummary("0.1.0", Instant.EPOCH, List.of(), List.of(), Map.of(), new RunSummary.Counts(0, 0, 0, 0, 0, 0, 0),
                    List.of(), List.of(), List.of(), RunSummary.Focus.NONE), null);
            return recorder;
        }
    }

    private StoreRecorder apply(Path db, ExclusionList list, Input... inputs) throws Exception {
        return apply(db, list, Map.of(), inputs);
    }

    private static ExclusionList list(String file, String... idsAndReasons) {
        List<ExclusionList.Exclusion> exclusions = new ArrayList<>();
        for (int i = 0; i < idsAndReasons.length; i += 2) {
            exclusions.add(new ExclusionList.Exclusion(ExcludedId.parse(idsAndReasons[i]), idsAndReasons[i + 1], i / 2 + 2));
        }
        return new ExclusionList(file, exclusions);
    }

    private static List<String> reported(Path db) throws Exception {
        try (FindingsStore store = FindingsStore.openForReading(db)) {
            ExclusionList kept = store.stored().exclusions();
            return kept == null ? List.of() : kept.exclusions().stream().map(e -> e.id() + "=" + e.reason()).toList();
        }
    }

    @Test
    void theListGivenReplacesTheStoresWholeAndARunGivenNoneKeepsIt() throws Exception {
        Path db = dir.resolve("review.db");
        StoreRecorder first = apply(db, list("exclusions.csv", "1", "off-topic", "2", "mis-imported", "3", "off-topic", "99", "off-topic"),
                input("export.txt", "a", "1", "2", "3", "4"));
        StoreRecorder.ExclusionOutcome e = first.exclusions();
        assertThat(e.given()).isTrue();
        assertThat(e.added()).isEqualTo(4);
        assertThat(e.excluded().byReason()).containsExactly(Map.entry("off-topic", 2L), Map.entry("mis-imported", 1L));
        assertThat(e.unmatched()).extracting(ExcludedId::value).containsExactly("99");
        assertThat(reported(db)).containsExactly("1=off-topic", "2=mis-imported", "3=off-topic", "99=off-topic");
        // the records stay in the store with their findings: only the reports leave them out
        try (FindingsStore store = FindingsStore.openForReading(db)) {
            assertThat(store.totals().records()).isEqualTo(4);
        }

        StoreRecorder without = apply(db, null, input("update.txt", "b", "5"));
        assertThat(without.exclusions().given()).isFalse();
        assertThat(without.exclusions().setByRun()).as("the list stays as run 1 set it").isEqualTo(1);
        assertThat(without.exclusions().excluded().records()).isEqualTo(3);
        assertThat(reported(db)).hasSize(4);

        StoreRecorder replaced = apply(db, list("exclusions.csv", "2", "duplicate", "5", "off-topic"), input("update2.txt", "c", "6"));
        StoredExclusions.Changes changes = replaced.exclusions().changes();
        assertThat(changes.added()).extracting(x -> x.id().value()).containsExactly("5");
        assertThat(changes.removed()).extracting(x -> x.id().value() + "=" + x.reason())
                .containsExactly("1=off-topic", "3=off-topic", "99=off-topic");
        assertThat(changes.changed()).extracting(x -> x.id().value() + "=" + x.reason()).containsExactly("2=duplicate");
        assertThat(reported(db)).containsExactly("2=duplicate", "5=off-topic");

        StoreRecorder emptied = apply(db, list("exclusions.csv"), input("update3.txt", "d", "7"));
        assertThat(emptied.exclusions().list()).isNull();
        assertThat(emptied.exclusions().removed()).isEqualTo(2);
        assertThat(reported(db)).isEmpty();
    }

    /** Review 29, L3: a DOI given again in another case is the same id, not one added and one taken off. */
    @Test
    void aDoiGivenAgainInAnotherCaseIsTheSameExclusion() throws Exception {
        Path db = dir.resolve("review.db");
        apply(db, list("exclusions.csv", "10.1000/ABC", "off-topic"), input("export.txt", "a", "1"));
        StoreRecorder again = apply(db, list("exclusions.csv", "10.1000/abc", "off-topic"), input("update.txt", "b", "2"));
        assertThat(again.exclusions().added()).isZero();
        assertThat(again.exclusions().removed()).isZero();
    }

    /** Review 29, L4: two rows of one id, written by another program, made the store's report fail. */
    @Test
    void twoRowsOfOneIdWrittenByAnotherProgramAreOneExclusionWithTheFirstRowsReason() throws Exception {
        Path db = dir.resolve("review.db");
        apply(db, list("exclusions.csv", "10.1000/ABC", "off-topic"), input("export.txt", "a", "1"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO exclusions (id, reason, list, run_id) VALUES ('10.1000/abc', 'duplicate', 'screening.xlsx', 1),"
                    + " ('PMID: 7', 'no full text', 'screening.xlsx', 1), ('7', 'wrong design', 'screening.xlsx', 1)");
        }

        assertThat(reported(db)).containsExactly("7=wrong design", "10.1000/ABC=off-topic");

        StoreRecorder replaced = apply(db, list("exclusions.csv", "10.1000/abc", "off-topic"), input("update.txt", "b", "2"));
        assertThat(replaced.exclusions().added()).isZero();
        assertThat(reported(db)).containsExactly("10.1000/abc=off-topic");
    }

    @Test
    void anExportAppliedAgainWithoutRecordsItHadNamesThemUnlessAnotherInputHoldsThemOrTheyWereDeleted() throws Exception {
        Path db = dir.resolve("review.db");
        apply(db, null, input("pubmed_result.txt", "v1", "1", "2", "3", "4", "5"), input("other.nbib", "o", "4"));
        assertThat(apply(db, null, input("pubmed_result.txt", "v2", "1", "2", "3", "4", "5")).absentRecords())
                .as("re-downloaded with every record").isEmpty();
        // the same path downloaded again without 3, 4 and 5: 4 is still the other input's; 5 was deleted since
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM records WHERE record_id = '5'");
        }
        Input shrunk = input("pubmed_result.txt", "v3", "1", "2", "6");
        StoreRecorder again = apply(db, null, shrunk);
        assertThat(again.absentRecords()).singleElement().satisfies(a -> {
            assertThat(a.ids()).containsExactly("3");
            assertThat(a.input()).isEqualTo(shrunk.file().toString());
            assertThat(a.notice()).isEqualTo("1 record this store holds from earlier applications of " + shrunk.file() + " is not in it"
                    + " now: 3. It stays in the store; to leave it out of the review, list it in an exclusion list (--exclude FILE;"
                    + " docs/user-guide.md, \"Excluding records\").");
        });
        // read part-way, an input's missing records are no sign that they left it
        Input cut = new Input(shrunk.file(), "v4", List.of("1"), false);
        assertThat(apply(db, null, cut).absentRecords()).isEmpty();
    }

    /** Review 29, M5: one earlier application's ids that could not be read failed every later run of its input at its end. */
    @Test
    void anEarlierApplicationsIdsThatCannotBeReadLeaveTheRunWholeAndTheNoticeUntold() throws Exception {
        Path db = dir.resolve("review.db");
        apply(db, null, input("pubmed_result.txt", "v1", "1", "2", "3"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE files SET record_ids = X'00010203'");
        }

        StoreRecorder again = apply(db, null, input("pubmed_result.txt", "v2", "1", "2"));

        assertThat(again.absentRecords()).isEmpty();
        assertThat(again.absentRecordsUnknown()).startsWith("the records that left an input applied again are not told this run: the ids"
                + " an earlier application of it held cannot be read (");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT status FROM runs ORDER BY run_id DESC LIMIT 1")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("complete");
        }
    }

    /**
     * A file cut inside its one record, applied twice: the second run said that the ids the first application held
     * "cannot be read (the ids an input held are cut short)", for a list that was merely empty.
     */
    @Test
    void anEarlierApplicationThatHeldNoRecordIsReadAsHoldingNoneAndNotAsDamaged() throws Exception {
        Path db = dir.resolve("review.db");
        apply(db, null, input("cut.xml", "v1"));

        StoreRecorder again = apply(db, null, input("cut.xml", "v2", "1"));

        assertThat(again.absentRecordsUnknown()).isNull();
        assertThat(again.absentRecords()).isEmpty();
    }

    @Test
    void anInputsIdsAreReadBackAsWrittenWhetherNoneOneOrManyAndACutListIsTold() throws Exception {
        assertThat(AbsentRecords.decode(AbsentRecords.encode(List.of()))).isEmpty();
        assertThat(AbsentRecords.decode(AbsentRecords.encode(List.of("31000001")))).containsExactly("31000001");
        List<String> many = IntStream.range(0, 20_000).mapToObj(i -> "id" + i).toList();
        assertThat(AbsentRecords.decode(AbsentRecords.encode(many))).isEqualTo(many);

        byte[] whole = AbsentRecords.encode(many);
        byte[] cut = Arrays.copyOf(whole, whole.length / 2);
        assertThatThrownBy(() -> AbsentRecords.decode(cut)).isInstanceOf(IOException.class)
                .hasMessage("the ids an input held are cut short");
    }

    // The review of session 19, D4: a crafted list that inflated a thousandfold ended a report out of memory
    @Test
    void anInputsIdsThatInflateFarBeyondAnyListOfIdsAreDamaged() throws Exception {
        List<String> baseline = IntStream.range(0, 1_000_000).mapToObj(i -> Integer.toString(30_000_000 + i)).toList();
        assertThat(AbsentRecords.decode(AbsentRecords.encode(baseline))).as("a million PMIDs in a row").hasSize(1_000_000);

        java.util.zip.Deflater deflater = new java.util.zip.Deflater();
        java.io.ByteArrayOutputStream bomb = new java.io.ByteArrayOutputStream();
        byte[] ones = "1\n".repeat(1 << 19).getBytes(java.nio.charset.StandardCharsets.US_ASCII); // 1 MiB
        byte[] buffer = new byte[8192];
        for (int i = 0; i < 40; i++) {
            deflater.setInput(ones);
            while (!deflater.needsInput()) {
                bomb.write(buffer, 0, deflater.deflate(buffer));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            bomb.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        assertThatThrownBy(() -> AbsentRecords.decode(bomb.toByteArray())).isInstanceOf(IOException.class)
                .hasMessageStartingWith("the ids an input held are damaged: " + bomb.size() + " bytes inflate to more than 16777216");
    }

    @Test
    void aSearchIsOneInputWhateverBatchFilesItsRecordsCameIn() throws Exception {
        Path db = dir.resolve("review.db");
        Input batch1 = input("efetch-0001.xml", "s1", "1", "2");
        Input batch2 = input("efetch-0002.xml", "s2", "3", "4");
        Map<String, String> search = Map.of(batch1.file().toString(), "pubmed:il6", batch2.file().toString(), "pubmed:il6");
        apply(db, null, search, batch1, batch2);
        // next month the search found 1, 2 and 4 (3 left it), in one batch: 2 was in the other file before, and is not absent
        StoreRecorder again = apply(db, null, Map.of(batch1.file().toString(), "pubmed:il6"), input("efetch-0001.xml", "s3", "1", "4", "2"));
        assertThat(again.absentRecords()).singleElement().satisfies(a -> {
            assertThat(a.input()).isEqualTo("pubmed:il6");
            assertThat(a.ids()).containsExactly("3");
        });
    }

    /** The review of session 23, P1: a living review's search that found nothing now was told "no input given". */
    @Test
    void aSearchThatFindsNoRecordNowHasEveryRecordOfItsEarlierApplicationsAbsent() throws Exception {
        Path db = dir.resolve("review.db");
        Input batch = input("efetch-0001.xml", "s1", "1", "2");
        apply(db, null, Map.of(batch.file().toString(), "pubmed:il6"), batch);
        try (FindingsStore store = FindingsStore.open(db);
             StoreRecorder recorder = store.recorder(StoreRunSettings.of("run").withRetrieval(Map.of(), List.of("pubmed:il6"), 0)
                     .withAppliesNothing(true))) {
            recorder.started(new RunRecorder.RunStart("0.1.0", Instant.parse("2026-02-28T00:00:00Z"), List.of(), Map.of(), List.of(MARKER)));
            recorder.finish(new RunSummary("0.1.0", Instant.EPOCH, List.of(), List.of(), Map.of(), new RunSummary.Counts(0, 0, 0, 0, 0, 0, 0),
                    List.of(), List.of(), List.of(), RunSummary.Focus.NONE), null);
            assertThat(recorder.emptySearches()).containsExactly("pubmed:il6");
            assertThat(recorder.absentRecords()).singleElement().satisfies(a -> {
                assertThat(a.input()).isEqualTo("pubmed:il6");
                assertThat(a.ids()).containsExactly("1", "2");
            });
        }
    }

    /**
     * The review of session 20 (scale, 1): a search fetched in two batches, applied again with its first batch's bytes
     * unchanged (left out, as applied before) and its second changed: the first batch's records were told to have left the
     * search. And a search whose first batch is unchanged and whose second is gone was told nothing.
     */
    @Test
    void aSearchsBatchesLeftOutAsAppliedBeforeHoldTheirRecordsStill() throws Exception {
        Path db = dir.resolve("review.db");
        Input batch1 = input("efetch-0001.xml", "s1", "1", "2");
        Input batch2 = input("efetch-0002.xml", "s2", "3");
        Map<String, String> search = Map.of(batch1.file().toString(), "pubmed:il6", batch2.file().toString(), "pubmed:il6");
        RunRecorder.RunStart start = new RunRecorder.RunStart("0.1.0", Instant.parse("2026-01-31T00:00:00Z"), List.of(), Map.of(),
                List.of(MARKER));
        apply(db, null, search, batch1, batch2);
        List<FindingsStore.AppliedFile> batch1Unchanged = List.of(new FindingsStore.AppliedFile(batch1.file().toString(), "s1", 1));

        StoreRecorder revised = apply(db, null, search, batch1Unchanged, start, input("efetch-0002.xml", "s2b", "3"));
        assertThat(revised.absentRecords()).isEmpty();

        StoreRecorder shrunk = apply(db, null, search, batch1Unchanged, start);
        assertThat(shrunk.absentRecords()).singleElement().satisfies(a -> {
            assertThat(a.input()).isEqualTo("pubmed:il6");
            assertThat(a.ids()).containsExactly("3");
        });
        // told at each run until the reviewer lists it for exclusion, as the note says to (the review of session 20's change, 3)
        assertThat(apply(db, null, search, batch1Unchanged, start).absentRecords()).singleElement()
                .satisfies(a -> assertThat(a.ids()).containsExactly("3"));
        assertThat(apply(db, list("exclusions.csv", "3", "no longer found by the search"), search, batch1Unchanged, start).absentRecords())
                .isEmpty();
        assertThat(apply(db, null, search, batch1Unchanged, start).absentRecords()).as("the store keeps the list").isEmpty();
    }

    /**
     * Review 30, M1: the store keeps the list file's SHA-256 beside its name, as the run that gave it read it, and a report
     * gives it (run.json's exclusions.sha256); with the files the last run's options named, each with its own. A store of
     * format 3 kept neither: a report reads it as it is (no checksums), and the next run brings it to this format.
     */
    @Test
    void theStoreKeepsTheListsChecksumAndTheOptionFilesOfItsRunsAndAStoreOfFormat3IsReadWithout() throws Exception {
        Path db = dir.resolve("review.db");
        String a = "a".repeat(64);
        RunSummary.OptionFile lexicon = new RunSummary.OptionFile("markers", "lexicon", "lex.tsv", "c".repeat(64));
        RunRecorder.RunStart withLexicon = new RunRecorder.RunStart("0.1.0", Instant.parse("2026-01-31T00:00:00Z"), List.of(),
                Map.of("markers", Map.of("lexicon", "\"lex.tsv\"")), List.of(MARKER), List.of("markers"), List.of(lexicon),
                org.evidentia.runtime.engine.Fingerprints.NONE);
        apply(db, new ExclusionList("exclusions.csv", a, list("exclusions.csv", "2", "off-topic").exclusions()), Map.of(), withLexicon,
                input("export.txt", "v1", "1", "2"));
        try (FindingsStore store = FindingsStore.openForReading(db)) {
            assertThat(store.stored().exclusions().file()).isEqualTo("exclusions.csv");
            assertThat(store.stored().exclusions().sha256()).isEqualTo(a);
            assertThat(store.stored().summary().optionFiles()).containsExactly(lexicon);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            // the store as format 3 wrote it
            s.execute("ALTER TABLE exclusions DROP COLUMN list_sha256");
            s.execute("ALTER TABLE runs DROP COLUMN fingerprints");
            s.execute("DROP TABLE file_stamps");
            s.execute("ALTER TABLE runs DROP COLUMN forced_inputs");
            s.execute("ALTER TABLE runs DROP COLUMN changed_ids");
            s.execute("ALTER TABLE deletions DROP COLUMN seq");
            s.execute("PRAGMA user_version = 3");
        }
        try (FindingsStore store = FindingsStore.openForReading(db)) {
            assertThat(store.stored().exclusions().sha256()).isNull();
            assertThat(reported(db)).containsExactly("2=off-topic");
            assertThat(store.stored().summary().optionFiles()).isEmpty();
        }
        String b = "b".repeat(64);
        apply(db, new ExclusionList("exclusions.csv", b, list("exclusions.csv", "1", "off-topic").exclusions()), input("export.txt", "v2", "1", "2"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT (SELECT user_version FROM pragma_user_version), list, list_sha256 FROM exclusions")) {
            assertThat(rs.getInt(1)).isEqualTo(StoreSchema.FORMAT);
            assertThat(rs.getString(2) + " " + rs.getString(3)).isEqualTo("exclusions.csv " + b);
        }
    }

    /** Makes {@code db} the store format 2 wrote: no exclusion list, no ids or search of an application, no stamps. */
    private static void asFormat2(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            asFormat2(s);
        }
    }

    private static void asFormat2(Statement s) throws Exception {
        s.execute("DROP TABLE exclusions");
        s.execute("ALTER TABLE files DROP COLUMN record_ids");
        s.execute("ALTER TABLE files DROP COLUMN input");
        s.execute("ALTER TABLE runs DROP COLUMN fingerprints");
        s.execute("DROP TABLE file_stamps");
        s.execute("ALTER TABLE runs DROP COLUMN forced_inputs");
        s.execute("ALTER TABLE runs DROP COLUMN changed_ids");
        s.execute("ALTER TABLE deletions DROP COLUMN seq");
        s.execute("PRAGMA user_version = 2");
    }

    @Test
    void aStoreOfFormat2IsReadAsItIsAndTheNextRunAddsTheListAndTellsAbsentRecordsFromWhatItsInputsWroteLast() throws Exception {
        Path db = dir.resolve("old.db");
        Input export = input("export.txt", "v1", "1", "2", "3");
        apply(db, null, export);
        asFormat2(db);
        try (FindingsStore store = FindingsStore.openForReading(db)) {
            assertThat(store.stored().exclusions()).isNull();
            assertThat(store.stored().summary().counts().recordsRead()).isEqualTo(3);
        }
        // 1 listed for exclusion (a record listed is not told absent), 2 gone from the export
        StoreRecorder next = apply(db, list("exclusions.csv", "1", "off-topic"), input("export.txt", "v2", "1", "3"));
        assertThat(next.absentRecords()).singleElement().satisfies(a -> assertThat(a.ids()).containsExactly("2"));
        assertThat(next.exclusions().excluded().byReason()).containsExactly(Map.entry("off-topic", 1L));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT (SELECT user_version FROM pragma_user_version), count(record_ids) FROM files")) {
            assertThat(rs.getInt(1)).isEqualTo(StoreSchema.FORMAT);
            assertThat(rs.getInt(2)).as("the application logged before has no ids; the new one has").isEqualTo(1);
        }
        assertThat(reported(db)).containsExactly("1=off-topic");
    }

    // The review of session 19, D3: a report of a format-2 store whose input was applied again with other content asked for
    // the ids each application held, which that format did not keep ("no such column: record_ids")
    @Test
    void aStoreOfFormat2WhoseInputWasAppliedAgainWithOtherContentIsReadAsItIs() throws Exception {
        Path db = dir.resolve("old.db");
        apply(db, null, input("export.txt", "v1", "1", "2", "3"));
        apply(db, null, input("export.txt", "v2", "1", "3", "4"));
        asFormat2(db);
        try (FindingsStore store = FindingsStore.openForReading(db)) {
            assertThat(store.stored().summary().counts().recordsRead()).as("4 held, record 2 from the earlier content").isEqualTo(4);
        }
    }

    /** Review 29, L5: a reviewer's own screening table named exclusions in a format-2 store is named, and nothing changes. */
    @Test
    void aUsersOwnTableOfTheNameTheUpgradeAddsIsNamedAndTheStoreLeftAsItWas() throws Exception {
        Path db = dir.resolve("screened.db");
        apply(db, null, input("export.txt", "v1", "1", "2"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            asFormat2(s);
            s.execute("CREATE TABLE exclusions (pmid TEXT, why TEXT)"); // the reviewer's own screening notes
            s.execute("INSERT INTO exclusions VALUES ('2', 'duplicate cohort')");
        }
        assertThatThrownBy(() -> apply(db, null, input("export.txt", "v2", "1", "2", "3")))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("screened.db is a findings store of format 2, which this version upgrades to format " + StoreSchema.FORMAT
                        + " by adding a table named exclusions, but the store has a table of that name, not Evidentia's; rename it"
                        + " (in the sqlite3 shell: ALTER TABLE exclusions RENAME TO my_exclusions) and run again; the store is unchanged");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT (SELECT user_version FROM pragma_user_version), (SELECT why FROM exclusions)")) {
            assertThat(rs.getInt(1)).isEqualTo(2);
            assertThat(rs.getString(2)).isEqualTo("duplicate cohort");
        }
        try (FindingsStore store = FindingsStore.openForReading(db)) {
            assertThat(store.stored().exclusions()).as("a format-2 store's reports never read the user's table").isNull();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE exclusions RENAME TO my_exclusions");
        }
        apply(db, null, input("export.txt", "v2", "1", "2", "3"));
        try (FindingsStore store = FindingsStore.openForReading(db)) {
            assertThat(store.stored().summary().counts().recordsRead()).isEqualTo(3);
        }
    }

    /** Review 31: SQLite renames tables alone, so a view of the name is to be made again under another. */
    @Test
    void aUsersViewOfTheNameTheUpgradeAddsIsToBeMadeAgainUnderAnotherName() throws Exception {
        Path db = dir.resolve("viewed.db");
        apply(db, null, input("export.txt", "v1", "1"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            asFormat2(s);
            s.execute("CREATE VIEW exclusions AS SELECT record_id FROM records");
        }
        assertThatThrownBy(() -> apply(db, null, input("export.txt", "v2", "1", "2")))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("but the store has a view of that name, not Evidentia's; make it again under another name (in the"
                        + " sqlite3 shell: DROP VIEW exclusions, then CREATE VIEW my_exclusions ...) and run again; the store is unchanged");
    }
}
