package org.evidentia.runtime.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
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
            // the same file by another path to it
            assertThat(store.digestsByStamp(Map.of(dir.resolve("x/../b.xml"), "1:7:8:4:6"))).containsValue("cc");
        }
    }

    @Test
    void aStoreOfFormat4GetsTheTableWhenARunOpensItToChangeIt() throws Exception {
        Path db = dir.resolve("old.db");
        try (FindingsStore store = FindingsStore.open(db);
             Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            // a run logged, without which a store made now is removed as it closes
            s.execute("INSERT INTO runs (command, status, started_at, evidentia_version, run_date) VALUES ('run', 'complete',"
                    + " '2026-12-04T00:00:00Z', 'test', '2026-12-04T00:00:00Z')");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("DROP TABLE file_stamps"); // the store as format 4 wrote it
            s.execute("PRAGMA user_version = 4");
        }
        Path a = Files.writeString(dir.resolve("a.xml"), "a");
        try (FindingsStore store = FindingsStore.open(db)) {
            store.keepStamps(Map.of(a, new FindingsStore.Stamped("1:2:3:4:5", "aa")));
            assertThat(store.digestsByStamp(Map.of(a, "1:2:3:4:5"))).containsEntry(a, "aa");
        }
    }
}
