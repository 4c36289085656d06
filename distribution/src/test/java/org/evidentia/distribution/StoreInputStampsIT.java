package org.evidentia.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store run reads an input to hash it only where its stamp (size, modification and change times,
 * device and inode) says it may have changed since the store hashed it (scale.md, "Files applied
 * before are skipped"): through the built distribution, with the bundled example, on a file system
 * that gives change times (not Windows).
 */
class StoreInputStampsIT {

    @TempDir
    Path work;

    private final Distribution dist = Distribution.built();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void anUnchangedInputIsKnownByItsStampAndOneWrittenAgainIsReadAgain() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("unix"), "a file system without change times");
        Path input;
        try (var pages = Files.list(dist.home().resolve("examples"))) {
            Path page = pages.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
            input = Files.copy(page, work.resolve("page.txt"));
        }
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(input)));

        // written, as far as its times tell, after the run looked at it (as one written in the same tick of the file
        // system's clock, whose change after the stamp would leave the stamp as it is): no stamp is kept
        Files.setLastModifiedTime(input, FileTime.from(Instant.now().plusSeconds(3_600)));
        JsonNode first = storeRun("first", input);
        assertThat(first.get("files_applied").asInt()).isEqualTo(1);
        assertThat(first.get("files_known_by_stamp").asInt()).isZero();
        assertThat(stamps()).isEmpty();

        Files.setLastModifiedTime(input, FileTime.from(Instant.now().minusSeconds(3_600)));
        settle(input);
        JsonNode second = storeRun("second", input);
        assertThat(second.get("files_skipped").asInt()).as("known as applied by the checksum read now").isEqualTo(1);
        assertThat(second.get("files_known_by_stamp").asInt()).isZero();
        assertThat(stamps()).containsExactly(sha256);

        JsonNode third = storeRun("third", input);
        assertThat(third.get("files_skipped").asInt()).isEqualTo(1);
        assertThat(third.get("files_known_by_stamp").asInt()).as("not read again").isEqualTo(1);
        JsonNode forced = storeRun("forced", input, "--force");
        assertThat(forced.get("files_applied").asInt()).isEqualTo(1);
        assertThat(forced.get("files_known_by_stamp").asInt()).as("a forced run reads every input").isZero();

        // the checksum kept with the stamp is what a run goes by: one the store never applied makes the file new to it
        String other = "0".repeat(64);
        sql("UPDATE file_stamps SET sha256 = '" + other + "'");
        JsonNode fourth = storeRun("fourth", input);
        assertThat(fourth.get("files_known_by_stamp").asInt()).isEqualTo(1);
        assertThat(fourth.get("files_applied").asInt()).isEqualTo(1);
        assertThat(json.readTree(work.resolve("fourth/run.json").toFile()).get("inputs").get(0).get("sha256").asText()).isEqualTo(other);

        // written again with the same bytes, its modification time set back as `cp -p` would: the change time moved, so once
        // settled it has another stamp, and is read again
        String stamp = keptStamp();
        FileTime modified = Files.getLastModifiedTime(input);
        Files.write(input, Files.readAllBytes(input));
        Files.setLastModifiedTime(input, modified);
        settle(input);
        JsonNode fifth = storeRun("fifth", input);
        assertThat(fifth.get("files_known_by_stamp").asInt()).isZero();
        assertThat(fifth.get("files_skipped").asInt()).as("its real checksum, applied by the first run").isEqualTo(1);
        assertThat(keptStamp()).isNotEqualTo(stamp).startsWith(Files.size(input) + ":" + modified.to(java.util.concurrent.TimeUnit.NANOSECONDS) + ":");
        assertThat(stamps()).containsExactly(sha256);
    }

    /** Runs {@code run --store review.db} with {@code more} over {@code input} into the folder {@code name}; run.json's {@code store} object. */
    private JsonNode storeRun(String name, Path input, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("run", "--store", "review.db", "--no-progress", "-o", name));
        args.addAll(List.of(more));
        args.add(input.toString());
        Distribution.Result run = dist.run(work, args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.toString()).isZero();
        return json.readTree(work.resolve(name).resolve("run.json").toFile()).get("store");
    }

    /** Waits until the file was last written more than the three seconds a stamp must be old to be kept. */
    private static void settle(Path file) throws Exception {
        Instant changed = ((FileTime) Files.getAttribute(file, "unix:ctime")).toInstant();
        long wait = changed.plusMillis(3_200).toEpochMilli() - System.currentTimeMillis();
        if (wait > 0) {
            Thread.sleep(wait);
        }
    }

    private List<String> stamps() throws Exception {
        List<String> checksums = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + work.resolve("review.db"));
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT sha256 FROM file_stamps")) {
            while (rs.next()) {
                checksums.add(rs.getString(1));
            }
        }
        return checksums;
    }

    private String keptStamp() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + work.resolve("review.db"));
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT stamp FROM file_stamps")) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }

    private void sql(String statement) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + work.resolve("review.db")); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
