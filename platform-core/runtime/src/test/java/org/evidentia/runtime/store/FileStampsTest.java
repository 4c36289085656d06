package org.evidentia.runtime.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checksums a store keeps with its input files' stamps, by which a file given again unchanged is not read (scale.md). */
class FileStampsTest {

    @TempDir
    Path dir;

    @Test
    void aChecksumIsKnownForTheStampItWasKeptWithAndTheLastOneKeptForAFileStands() throws Exception {
        Path a = Files.writeString(dir.resolve("a.xml"), "a");
        Path b = Files.writeString(dir.resolve("b.xml"), "b");
        try (FindingsStore store = FindingsStore.open(dir.resolve("review.db"))) {
            store.keepStamps(Map.of(a, new FindingsStore.Stamped("1:2:3:4:5", "aa"), b, new FindingsStore.Stamped("1:2:3:4:6", "bb")));
            store.keepStamps(Map.of(b, new FindingsStore.Stamped("1:7:8:4:6", "cc")));

            Map<Path, String> stamps = new HashMap<>();
            stamps.put(a, "1:2:3:4:5");
            stamps.put(b, "1:2:3:4:6"); // b's stamp before it changed
            stamps.put(dir.resolve("c.xml"), null); // no stamp: not looked up
            assertThat(store.digestsByStamp(stamps)).containsExactly(Map.entry(a, "aa"));
            // the same file by other paths to it
            assertThat(store.digestsByStamp(Map.of(dir.resolve("x/../b.xml"), "1:7:8:4:6"))).containsValue("cc");
            Path link = Files.createSymbolicLink(dir.resolve("link.xml"), b);
            assertThat(store.digestsByStamp(Map.of(link, "1:7:8:4:6"))).containsEntry(link, "cc");
        }
    }

    @Test
    void aUsersOwnTableNamedFileStampsInAStoreOfFormat4IsNamedAndTheStoreLeftAsItWas() throws Exception {
        Path db = format4(dir.resolve("own.db"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE file_stamps (note TEXT)");
        }
        assertThatThrownBy(() -> FindingsStore.open(db).close()).isInstanceOf(StoreException.class)
                .hasMessageContaining("own.db is a findings store of format 4, which this version upgrades to format " + StoreSchema.FORMAT
                        + " by adding a table named file_stamps, but the store has a table of that name, not Evidentia's");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            assertThat(rs.getInt(1)).isEqualTo(4);
        }
    }

    /** A store as format 4 wrote it, with a run logged (a store made without one is removed as it closes). */
    private static Path format4(Path db) throws Exception {
        try (FindingsStore store = FindingsStore.open(db);
             Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("INSERT INTO runs (command, status, started_at, evidentia_version, run_date) VALUES ('run', 'complete',"
                    + " '2026-12-04T00:00:00Z', 'test', '2026-12-04T00:00:00Z')");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("DROP TABLE file_stamps");
            s.execute("ALTER TABLE runs DROP COLUMN forced_inputs");
            s.execute("ALTER TABLE runs DROP COLUMN changed_ids");
            s.execute("ALTER TABLE deletions DROP COLUMN seq");
            s.execute("PRAGMA user_version = 4");
        }
        return db;
    }

    @Test
    void aStoreOfFormat4GetsTheTableWhenARunOpensItToChangeIt() throws Exception {
        Path db = dir.resolve("old.db");
        format4(db);
        Path a = Files.writeString(dir.resolve("a.xml"), "a");
        try (FindingsStore store = FindingsStore.open(db)) {
            store.keepStamps(Map.of(a, new FindingsStore.Stamped("1:2:3:4:5", "aa")));
            assertThat(store.digestsByStamp(Map.of(a, "1:2:3:4:5"))).containsEntry(a, "aa");
        }
    }
}
