package org.evidentia.runtime.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
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
import org.evidentia.runtime.engine.RunRecorder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Security review 2, #4 and #6: a crafted store is refused with a message, never a hang or an exhausted heap. */
class StoreTamperingTest {

    private static final FindingKind MARKER = new FindingKind("marker", "Marker", "Markers", List.of(), Map.of());

    @TempDir
    Path dir;

    private Path storeWithOneRecord() throws Exception {
        return storeWith("Study 1", "IL-6 rose.");
    }

    /** A store of one record, with one finding on the IL-6 its abstract holds, written as given (no run's cleaning). */
    private Path storeWith(String title, String abstractText) throws Exception {
        Path db = dir.resolve("review.db");
        BibliographicRecord r = BibliographicRecord.builder().pmid("1").version(1).title(title).section(null, abstractText)
                .origin(new Origin("pubmed-xml", "base.xml", 1, 0)).build();
        int at = abstractText.indexOf("IL-6");
        List<Finding> findings = at < 0 ? List.of() : List.of(new Finding(r.id(), "marker", new Subject("IL6", "IL-6", "IL-6"), Direction.INCREASED,
                Map.of(), new EvidenceSpan("abstract", null, abstractText, 0, abstractText.length(), at, at + 4), "x", "1.0.0"));
        try (FindingsStore store = FindingsStore.open(db); StoreRecorder recorder = store.recorder(StoreRunSettings.of("run"))) {
            recorder.started(new RunRecorder.RunStart("0.1.0", Instant.parse("2026-01-31T00:00:00Z"), List.of(), Map.of(), List.of(MARKER)));
            recorder.record(new RecordFindings(r, new StudyDesign(StudyDesign.Type.PRIMARY, false, "none"), findings));
            recorder.inputEnded(new RunRecorder.InputEnd(0, new RunSummary.InputSummary("base.xml", "sha", "pubmed-xml", 1, 0), true, 0, 0,
                    List.of(), List.of(), List.of()));
            recorder.finish(new RunSummary("0.1.0", Instant.EPOCH, List.of(), List.of(), Map.of(), new RunSummary.Counts(0, 0, 0, 0, 0, 0, 0),
                    List.of(), List.of(), List.of(), RunSummary.Focus.NONE), null);
        }
        return db;
    }

    private static void execute(Path db, String... sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        }
    }

    private static void replaceContent(Path db, byte[] content) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             PreparedStatement s = c.prepareStatement("UPDATE records SET content = ?")) {
            s.setBytes(1, content);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    /** {@code head}, then {@code repeated} {@code times}, then {@code tail}, deflated: a small blob that inflates to a lot. */
    private static byte[] bomb(String head, String repeated, int times, String tail) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream zip = new DeflaterOutputStream(out, new Deflater(Deflater.BEST_COMPRESSION))) {
            zip.write(head.getBytes(StandardCharsets.UTF_8));
            byte[] block = repeated.getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < times; i++) {
                zip.write(block);
            }
            zip.write(tail.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static void assertReplayRefusesTheRecord(Path db) {
        assertReplayRefusesTheRecord(db, "its content inflates to more than any record can be");
    }

    /** Replaying the store fails on its one record as damaged, naming the store and {@code damage}. */
    private static void assertReplayRefusesTheRecord(Path db, String damage) {
        assertThatThrownBy(() -> {
            try (FindingsStore store = FindingsStore.openForReading(db)) {
                store.stored().replay(r -> { });
            }
        }).isInstanceOf(IOException.class)
                .hasMessageContaining("findings store " + db)
                .hasMessageContaining("the record stored as seq 1 is damaged: " + damage)
                .hasMessageContaining("was the store changed by something other than Evidentia?");
    }

    /**
     * The review of session 25, L1: a store with a page zeroed on disk read a record without its content, and the report
     * stopped at "Cannot read the array length because "buf" is null", naming neither the store nor what to do.
     */
    @Test
    void aRecordWithoutContentIsReportedAsDamaged() throws Exception {
        Path db = storeWithOneRecord();
        // a NULL where the schema says NOT NULL, as a damaged page gives: written with the constraint lifted, then put back
        execute(db, "PRAGMA writable_schema = ON",
                "UPDATE sqlite_master SET sql = replace(sql, 'content BLOB NOT NULL', 'content BLOB') WHERE name = 'records'");
        execute(db, "UPDATE records SET content = NULL");
        execute(db, "PRAGMA writable_schema = ON",
                "UPDATE sqlite_master SET sql = replace(sql, 'content BLOB)', 'content BLOB NOT NULL)') WHERE name = 'records'");

        assertReplayRefusesTheRecord(db, "it has no content");
    }

    @Test
    void aRecordInflatingToMillionsOfValuesIsReportedAsDamaged() throws Exception {
        Path db = storeWithOneRecord();
        byte[] blob = bomb("{\"id\":\"1\",\"authors\":[", "\"a\",".repeat(100_000), 30, "\"a\"]}");
        assertThat(blob.length).isLessThan(100_000);
        replaceContent(db, blob);

        assertReplayRefusesTheRecord(db);
    }

    @Test
    void aDamagedRecordInAStoreReadAsUnchangingMayBeARunWritingIt() throws Exception {
        Path db = storeWithOneRecord();
        replaceContent(db, "not zlib".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> {
            // as another account (root may write anything): read as an unchanging file, which a run writing it meanwhile can garble
            try (FindingsStore store = FindingsStore.openForReading(db, p -> false)) {
                store.stored().replay(r -> { });
            }
        }).isInstanceOf(IOException.class)
                .hasMessageContaining("findings store " + db + ": the record stored as seq 1 cannot be read: ")
                .hasMessageContaining("this user cannot write it, so it was read as an unchanging file, and another run (its owner's) may be"
                        + " writing it right now")
                .hasMessageContaining("Wait for that run to end and report again, or report a copy taken while no run writes it")
                .hasMessageNotContaining("something other than Evidentia");
    }

    @Test
    void aRecordInflatingPastTheLargestRecordIsReportedAsDamaged() throws Exception {
        Path db = storeWithOneRecord();
        String mebibyte = "x".repeat(1 << 20);
        replaceContent(db, bomb("{\"id\":\"1\",\"authors\":[", "\"" + mebibyte + "\",", 70, "\"a\"]}"));

        assertReplayRefusesTheRecord(db);
    }

    /**
     * The review of the change s33, R4: an index that lost its entries (a damaged page) read as sound, and a report was
     * written from the store; SQLite's quick_check finds it before anything is read.
     */
    @Test
    void anIndexThatLostItsEntriesIsReportedAsDamageBeforeAnyReading() throws Exception {
        Path db = storeWithOneRecord();
        try (FindingsStore sound = FindingsStore.openForReading(db)) {
            sound.checkPages(); // passes, before the damage
        }
        long page;
        long pageSize;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            ResultSet root = s.executeQuery("SELECT rootpage FROM sqlite_schema WHERE name = 'findings_subject'");
            assertThat(root.next()).isTrue();
            page = root.getLong(1);
            ResultSet size = s.executeQuery("PRAGMA page_size");
            size.next();
            pageSize = size.getLong(1);
        }
        try (java.nio.channels.FileChannel file = java.nio.channels.FileChannel.open(db, java.nio.file.StandardOpenOption.WRITE)) {
            // the index's one leaf page says it holds no cell: the finding is in the table, no longer in the index
            file.write(java.nio.ByteBuffer.wrap(new byte[] {0, 0}), (page - 1) * pageSize + 3);
        }

        try (FindingsStore store = FindingsStore.openForReading(db)) {
            // an IOException, which fails the command (exit 1) as damage met while reading does, not a usage error (the review
            // of the change, T1)
            assertThatThrownBy(store::checkPages).isInstanceOf(IOException.class)
                    .hasMessageStartingWith("store " + db + " is damaged (SQLite's quick_check: ").hasMessageNotContaining("\n")
                    .hasMessageContaining("wrong # of entries in index findings_subject")
                    .hasMessageEndingWith("): restore it from a backup, or recover what SQLite can with `sqlite3 " + db
                            + " .recover | sqlite3 recovered.db`");
        }
    }

    @Test
    void aStoredRecordIsStillReadBack() throws Exception {
        Path db = storeWithOneRecord();
        List<RecordFindings> replayed = new java.util.ArrayList<>();
        try (FindingsStore store = FindingsStore.openForReading(db)) {
            store.stored().replay(replayed::add);
        }
        assertThat(replayed).singleElement().satisfies(r -> assertThat(r.record().title()).isEqualTo("Study 1"));
    }

    @Test
    void controlCharactersAStoreHoldsAreCleanedAsARunCleansThem() throws Exception {
        Path db = storeWith("Title\u001b]0;pwned\u0007", "Serum \u0000IL-6 rose\u001f.");
        List<RecordFindings> replayed = new java.util.ArrayList<>();
        try (FindingsStore store = FindingsStore.openForReading(db)) {
            store.stored().replay(replayed::add);
        }
        assertThat(replayed).singleElement().satisfies(r -> {
            assertThat(r.record().title()).isEqualTo("Title\uFFFD]0;pwned\uFFFD");
            assertThat(r.record().abstractText()).isEqualTo("Serum \uFFFDIL-6 rose\uFFFD.");
            assertThat(r.findings()).singleElement().satisfies(f -> {
                assertThat(f.evidence().sentence()).isEqualTo(r.record().abstractText());
                assertThat(f.evidence().sentence().substring(f.evidence().mentionStart(), f.evidence().mentionEnd())).isEqualTo("IL-6");
            });
        });
    }

    /** The review of session 19, D10: a damaged finding or design ended a report with a bare message naming neither store nor record. */
    @Test
    void aDamagedFindingOrDesignIsReportedWithTheStoreAndTheRecord() throws Exception {
        Map<String, String> damage = Map.of(
                "UPDATE findings SET attributes = '{bad'", "its finding 1: ",
                "UPDATE findings SET direction = 'sideways'", "its finding 1: 'sideways' is not a direction",
                "UPDATE records SET design = 'nonsense'", "its design: 'nonsense' is not a study design");
        for (Map.Entry<String, String> d : damage.entrySet()) {
            Path db = storeWithOneRecord();
            execute(db, d.getKey());
            assertThatThrownBy(() -> {
                try (FindingsStore store = FindingsStore.openForReading(db)) {
                    store.stored().replay(r -> { });
                }
            }).as(d.getKey()).isInstanceOf(IOException.class)
                    .hasMessageStartingWith("findings store " + db + ": the record stored as seq 1 is damaged: " + d.getValue())
                    .hasMessageEndingWith("was the store changed by something other than Evidentia?");
            Files.delete(db);
        }
    }

    /** The review of session 19, N3: a store of format 0, which no Evidentia writes, was told its own tables were the user's. */
    @Test
    void aStoreOfFormat0IsRefusedAsNoneEvidentiaWrites() throws Exception {
        Path db = storeWithOneRecord();
        execute(db, "PRAGMA user_version = 0");
        for (boolean forReading : new boolean[] {false, true}) {
            assertThatThrownBy(() -> {
                try (FindingsStore store = forReading ? FindingsStore.openForReading(db) : FindingsStore.open(db)) {
                    store.stored();
                }
            }).hasMessageContaining("review.db says it is a findings store but of format 0, which no Evidentia writes");
        }
    }

    /** Review 23 L11: a damaged kind declaration named neither the store nor the kind. */
    @Test
    void aDamagedKindDeclarationIsReportedWithTheStoreAndTheKind() throws Exception {
        Path db = storeWithOneRecord();
        execute(db, "UPDATE runs SET kinds = '[{\"name\":\"marker\",\"subject_label\":\"Marker\",\"subject_plural\":\"Markers\","
                + "\"attributes\":[{\"name\":\"specimen\",\"label\":\"Specimen\",\"values\":[\"serum\"],\"role\":\"BREAKDOWN\","
                + "\"meanings\":{\"serum\":{\"meaning\":\" \"}}}],\"key_aliases\":{}}]'");

        assertThatThrownBy(() -> {
            try (FindingsStore store = FindingsStore.openForReading(db)) {
                store.stored().kinds();
            }
        }).hasMessageContaining("findings store " + db + ": cannot read its finding kinds: the recorded finding kind 'marker' is damaged:"
                + " its attribute 'specimen': a value's meaning is not blank");
    }

    /**
     * The review of session 27, V7: a damaged page under the runs table failed a report with SQLite's words alone, where every
     * other read of a damaged store says to restore a backup or recover it.
     */
    @Test
    void aDamagedPageIsToldWithWhatToDo() throws Exception {
        Path db = storeWithOneRecord();
        long page;
        long pageSize;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT rootpage FROM sqlite_schema WHERE name = 'runs'")) {
                page = rs.getLong(1);
            }
            try (ResultSet rs = s.executeQuery("PRAGMA page_size")) {
                pageSize = rs.getLong(1);
            }
        }
        try (java.nio.channels.FileChannel file = java.nio.channels.FileChannel.open(db, java.nio.file.StandardOpenOption.WRITE)) {
            byte[] junk = new byte[(int) pageSize - 8];
            java.util.Arrays.fill(junk, (byte) 7);
            file.write(java.nio.ByteBuffer.wrap(junk), (page - 1) * pageSize + 8);
        }

        assertThatThrownBy(() -> {
            try (FindingsStore store = FindingsStore.openForReading(db)) {
                store.stored().kinds();
            }
        }).hasMessageContaining("damaged").hasMessageContaining("restore");
    }

    @Test
    void aViewInPlaceOfATableIsRefusedWhenTheStoreIsOpened() throws Exception {
        Path db = storeWithOneRecord();
        execute(db, "ALTER TABLE findings RENAME TO findings_real",
                "CREATE VIEW findings AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000000000)"
                        + " SELECT f.* FROM findings_real f, n WHERE n.i = -1");
        long size = Files.size(db);

        assertThatThrownBy(() -> FindingsStore.openForReading(db)).isInstanceOf(StoreException.class)
                .hasMessageContaining(db + " is not a findings store as Evidentia writes them: its findings is a view, where a table was expected");
        assertThatThrownBy(() -> FindingsStore.open(db)).isInstanceOf(StoreException.class)
                .hasMessageContaining("its findings is a view");
        assertThat(Files.size(db)).isEqualTo(size);
    }

    /** Review 32, L6: a trigger that never ends held run --store for ever; reading runs none. */
    @Test
    void aTriggerOnAStoresTableIsRefusedBeforeARunWritesAndAReportStillReads() throws Exception {
        Path db = storeWithOneRecord();
        execute(db, "CREATE TRIGGER slow AFTER INSERT ON runs BEGIN SELECT count(*) FROM (WITH RECURSIVE c(x) AS (SELECT 1"
                + " UNION ALL SELECT x + 1 FROM c) SELECT x FROM c); END");
        long size = Files.size(db);

        assertThatThrownBy(() -> FindingsStore.open(db)).isInstanceOf(StoreException.class)
                .hasMessage(db + " has a trigger, slow, on its table runs, which Evidentia does not make and would run on every change"
                        + " a run makes; was it changed by another program? If the trigger is yours, drop it (in the sqlite3 shell:"
                        + " DROP TRIGGER slow) and run again; the store is unchanged");
        assertThat(Files.size(db)).isEqualTo(size);
        try (FindingsStore store = FindingsStore.openForReading(db)) {
            assertThat(store.totals().records()).isEqualTo(1);
        }
    }

    @Test
    void aMissingTableIsRefusedAndAnIndexAUserAddedIsNot() throws Exception {
        Path db = storeWithOneRecord();
        execute(db, "CREATE INDEX my_years ON records(year)");
        try (FindingsStore store = FindingsStore.openForReading(db)) {
            assertThat(store.totals().records()).isEqualTo(1);
        }
        execute(db, "DROP TABLE merged_copies");
        assertThatThrownBy(() -> FindingsStore.openForReading(db)).isInstanceOf(StoreException.class)
                .hasMessageContaining("it has no table merged_copies");
    }
}
