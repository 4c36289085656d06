package org.evidentia.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
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
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.FindingKind;
import org.evidentia.api.Origin;
import org.evidentia.api.RunSummary;
import org.evidentia.runtime.engine.RunRecorder;
import org.evidentia.runtime.store.RecordJson;
import org.evidentia.runtime.store.SparkOutputLayout;
import org.evidentia.testkit.SharedData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store run that ends before its inputs do, through the built distribution: stopped by SIGTERM
 * (its run marked interrupted, nothing left beside the store), an import of a Spark job's output
 * likewise, and a run stopped by a full disk (a small tmpfs: the message names the store, the input
 * and what was kept, and the run is marked failed; run again on the still-full disk, it is refused
 * at its run.json folder's lock, enters no run into the store's log and leaves no lock file), each
 * resumed by the same command. The stopped run's run.json says so, and a report of the stopped store
 * says so first and fails under --strict. The runs are skipped where ../shared
 * is absent; the full disk also where a tmpfs cannot be mounted (it needs root).
 */
class StoreStopIT {

    private static final Pattern ARTICLE = Pattern.compile("<PubmedArticle>.*?</PubmedArticle>", Pattern.DOTALL);
    private static final Pattern PMID = Pattern.compile("<PMID Version=\"(\\d+)\">(\\d+)</PMID>");

    @TempDir
    Path work;

    private final Distribution dist = Distribution.built();

    private static Path baseline() {
        return SharedData.resolve("data/xml/baseline-2021-excerpts");
    }

    private long sql(Path store, String query) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(query)) {
            assertThat(rs.next()).isTrue();
            return rs.getLong(1);
        }
    }

    private String text(Path store, String query) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(query)) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }

    /** {@code files} files of {@code perFile} of the baseline's real records each, under new PMIDs. */
    private Path corpus(int files, int perFile) throws IOException {
        List<String> records = new ArrayList<>();
        try (Stream<Path> list = Files.list(baseline())) {
            for (Path file : list.sorted().toList()) {
                try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                    Matcher m = ARTICLE.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    while (m.find()) {
                        records.add(m.group());
                    }
                }
            }
        }
        Path corpus = Files.createDirectories(work.resolve("corpus"));
        int pmid = 96000000;
        for (int file = 0; file < files; file++) {
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(corpus.resolve(String.format("pubmed26n%04d.xml.gz", file))))) {
                out.write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<PubmedArticleSet>\n".getBytes(StandardCharsets.UTF_8));
                for (int i = 0; i < perFile; i++) {
                    String record = records.get((file * perFile + i) % records.size());
                    out.write((PMID.matcher(record).replaceFirst("<PMID Version=\"1\">" + pmid++ + "</PMID>") + "\n").getBytes(StandardCharsets.UTF_8));
                }
                out.write("</PubmedArticleSet>\n".getBytes(StandardCharsets.UTF_8));
            }
        }
        return corpus;
    }

    /**
     * Sends SIGTERM (as `kill` does) to {@code run} once its store has applied two inputs, and checks
     * that it stopped within a minute with exit status 143 and the notice; returns its console.
     */
    private String sigtermAfterTwoInputs(Process run, Path store, Path log) throws Exception {
        long applied = 0;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (run.isAlive() && System.nanoTime() < deadline && applied < 2) {
            if (Files.exists(store)) {
                try {
                    applied = sql(store, "SELECT count(*) FROM files WHERE status = 'applied'");
                } catch (java.sql.SQLException busy) {
                    applied = 0; // the store is being created
                }
            }
            Thread.sleep(20);
        }
        assertThat(run.isAlive()).as("still going after %d inputs: %s", applied, Files.readString(log)).isTrue();
        run.destroy();
        assertThat(run.waitFor(1, TimeUnit.MINUTES)).as("stopped within a minute").isTrue();
        String console = Files.readString(log);
        assertThat(run.exitValue()).as(console).isEqualTo(143);
        assertThat(console).contains("evidentia: interrupted before the end");
        return console;
    }

    /** What is beside the store besides itself, its run's run.json folder and the test's own files. */
    private List<String> besideTheStore() throws IOException {
        try (Stream<Path> files = Files.list(work)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("stopped.db") && !n.equals("stopped-run") && !n.equals("corpus") && !n.equals("job")
                            && !n.endsWith(".log")).sorted().toList();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void sigtermMarksTheRunInterruptedLeavesNothingBesideTheStoreAndTheSameCommandGoesOn() throws Exception {
        Path corpus = corpus(8, 2000);
        Path store = work.resolve("stopped.db");
        Path log = work.resolve("stopped.log");
        // Yesterday's run, ended well: its run.json says "ok" (the night's run below must not leave it saying so, review 24 M4).
        Distribution.Result yesterday = dist.run(work, "run", "--store", "stopped.db", "--no-progress", corpus.resolve("pubmed26n0000.xml.gz").toString());
        assertThat(yesterday.exitCode()).as(yesterday.toString()).isZero();
        assertThat(JSON.readTree(work.resolve("stopped-run/run.json").toFile()).get("status").asText()).isEqualTo("ok");
        Process run = dist.start(work, log, "run", "--store", "stopped.db", "--threads", "2", corpus.toString());
        String console = sigtermAfterTwoInputs(run, store, log);

        // Without the orderly stop: the run stayed 'running', and .stopped.db.lock, .stopped-run.lock, .stopped-run.work/,
        // stopped.db-wal and stopped.db-shm stayed beside the store.
        assertThat(besideTheStore()).as(console).isEmpty();
        try (Stream<Path> files = Files.list(work.resolve("stopped-run"))) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly(".evidentia-output", "run.json");
        }
        // Was: yesterday's {"status": "ok"}, untouched.
        JsonNode runJson = JSON.readTree(work.resolve("stopped-run/run.json").toFile());
        assertThat(runJson.get("status").asText()).as(runJson.toString()).isEqualTo("interrupted");
        long kept = sql(store, "SELECT count(*) FROM files WHERE status = 'applied'");
        // once: the command's handler told it again when it came to run before Java ended (the review of session 32, L4)
        assertThat(console).containsOnlyOnce("store stopped.db: stopped by a signal (Ctrl-C or kill) ");
        // how far it got, as the store's log says it (the review of session 28, K3: "keeps every input it finished" alone)
        assertThat(runJson.get("failure").asText()).startsWith("store stopped.db: stopped by a signal (Ctrl-C or kill) ")
                .containsPattern("the " + (kept - 1) + " inputs? this run applied before it (is|are) kept|after this run applied " + (kept - 1))
                .contains("; its run 2 is marked interrupted; the same command without --force goes on from there");
        assertThat(text(store, "SELECT status FROM runs WHERE run_id = 2")).isEqualTo("interrupted");
        assertThat(text(store, "SELECT failure FROM runs WHERE run_id = 2"))
                .startsWith("stopped by a signal (Ctrl-C or kill)").contains("this run applied before it", "kept", "same command without --force goes on");
        assertThat(sql(store, "SELECT count(*) FROM records")).isEqualTo(2000 * kept);

        // Review 24 H1: a report of the stopped store said nothing of the stop, and passed --strict.
        Distribution.Result stoppedReport = dist.run(work, "report", "--store", "stopped.db", "-o", "report", "--strict", "-r", "html-summary");
        assertThat(stoppedReport.exitCode()).as(stoppedReport.toString()).isEqualTo(1);
        assertThat(stoppedReport.stderr()).contains("evidentia: the report failed: the store's last run (run 2) was interrupted and --strict was given");
        String notice = JSON.readTree(work.resolve("report/run.json").toFile()).get("notices").get(0).asText();
        assertThat(notice).startsWith("The store's last run did not end complete: run 2 (evidentia run, started ")
                .contains(") was interrupted after applying " + (kept - 1) + " input", "(stopped by a signal (Ctrl-C or kill) ")
                .endsWith("Run the same command again (without --force): it skips the inputs applied and goes on from there; then report again.");
        assertThat(Files.readString(work.resolve("report/report.html"))).contains("Notice: The store&#39;s last run did not end complete: run 2");
        Distribution.Result lenient = dist.run(work, "report", "--store", "stopped.db", "-o", "report", "-r", "html-summary");
        assertThat(lenient.exitCode()).as("without --strict the notice is told, and the report does not fail").isZero();
        assertThat(lenient.stderr()).contains("note: The store's last run did not end complete: run 2");

        Distribution.Result resumed = dist.run(work, "run", "--store", "stopped.db", "--no-progress", corpus.toString());
        assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
        assertThat(resumed.stdout()).contains("(" + kept + " skipped: applied before)");
        assertThat(sql(store, "SELECT count(*) FROM records")).isEqualTo(16000);
        assertThat(sql(store, "SELECT count(*) FROM runs WHERE status = 'interrupted'")).isEqualTo(1);
        assertThat(sql(store, "SELECT coalesce(sum(added), 0) - coalesce(sum(deleted), 0) FROM files")).isEqualTo(16000);
        assertThat(JSON.readTree(work.resolve("stopped-run/run.json").toFile()).get("status").asText()).isEqualTo("ok");
        Distribution.Result resumedReport = dist.run(work, "report", "--store", "stopped.db", "-o", "report", "--strict", "-r", "html-summary");
        assertThat(resumedReport.exitCode()).as(resumedReport.toString()).isZero();
        assertThat(resumedReport.stderr()).doesNotContain("last run");

        // The review of session 23, C5: a report stopped by SIGTERM left .DIR.lock, .DIR.work/ and the store's -wal and -shm
        Path reportLog = work.resolve("stopped-report.log");
        Process report = dist.start(work, reportLog, "report", "--store", "stopped.db", "-o", "stopped-report");
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (report.isAlive() && !Files.exists(work.resolve(".stopped-report.work")) && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        assertThat(report.isAlive()).as("still making its output: %s", Files.readString(reportLog)).isTrue();
        report.destroy();
        assertThat(report.waitFor(1, TimeUnit.MINUTES)).as("stopped within a minute").isTrue();
        assertThat(report.exitValue()).as(Files.readString(reportLog)).isEqualTo(143);
        try (Stream<Path> files = Files.list(work)) {
            assertThat(files.map(p -> p.getFileName().toString())).as(Files.readString(reportLog))
                    .noneMatch(n -> n.startsWith(".stopped-report") || n.startsWith("stopped.db-"));
        }
    }

    /**
     * What an evidentia-spark job writes ({@code SparkOutputLayout}) for {@code files} inputs of {@code perFile}
     * records each, under new PMIDs: made here, as Spark is not installed to run the job.
     */
    private Path jobOutput(int files, int perFile) throws IOException {
        Path out = Files.createDirectories(work.resolve("job"));
        RunRecorder.RunStart start = new RunRecorder.RunStart("0.1.0", Instant.parse("2026-01-31T00:00:00Z"), List.of(), Map.of(),
                List.of(new FindingKind("marker", "Marker", "Markers", List.of(), Map.of())));
        Files.writeString(out.resolve(SparkOutputLayout.JOB), SparkOutputLayout.jobJson(start, List.of(), files));
        ObjectMapper json = new ObjectMapper();
        StringBuilder filesJsonl = new StringBuilder();
        int pmid = 97000000;
        for (int file = 0; file < files; file++) {
            String name = String.format("pubmed26n%04d.xml.gz", file);
            RunRecorder.InputEnd end = new RunRecorder.InputEnd(file, new RunSummary.InputSummary(name, String.format("%064x", file + 1),
                    "pubmed-xml", perFile, 0), true, 0, 0, List.of(), List.of(), List.of());
            filesJsonl.append(SparkOutputLayout.fileJson(end, name, List.of())).append('\n');
            Path part = Files.createDirectories(out.resolve(SparkOutputLayout.RECORDS_JSON).resolve(SparkOutputLayout.INPUT_FILE + "=" + name));
            try (BufferedWriter lines = Files.newBufferedWriter(part.resolve("part-00000.json"))) {
                for (int i = 0; i < perFile; i++) {
                    BibliographicRecord record = BibliographicRecord.builder().pmid(String.valueOf(pmid++)).version(1)
                            .title("Serum cytokines in study " + pmid + " of obstructive sleep apnea.")
                            .section("RESULTS", ("Serum IL-6 levels were measured in patients " + pmid + " and in healthy controls. ").repeat(8))
                            .journal("J Test").year(2021).origin(new Origin("pubmed-xml", name, i + 1, 0)).build();
                    lines.write(json.createObjectNode().put("position", i).put("record", RecordJson.write(record)).put("design", "primary")
                            .put("retracted", false).put("design_basis", "no publication type or cue: primary study")
                            .set("findings", json.createArrayNode()).toString());
                    lines.write('\n');
                }
            }
        }
        Files.writeString(out.resolve(SparkOutputLayout.FILES), filesJsonl);
        return out;
    }

    /**
     * An explorer's s22, L4: a run given --force (as after an upgrade) and stopped was told to go on with the same command
     * without --force, which found every input applied before, applied none of those the forced run had not reached, and
     * left the store extracted two ways with nothing to tell it.
     */
    @Test
    void aForcedRunStoppedBeforeItsEndIsGoneOnWithByTheSameCommandWithoutForce() throws Exception {
        Path corpus = corpus(4, 2000);
        Distribution.Result first = dist.run(work, "run", "--store", "stopped.db", "--no-progress", corpus.toString());
        assertThat(first.exitCode()).as(first.toString()).isZero();
        Path store = work.resolve("stopped.db");
        Path log = work.resolve("forced.log");
        Process forced = dist.start(work, log, "run", "--store", "stopped.db", "--force", "--threads", "2", corpus.toString());
        long applied = 0;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (forced.isAlive() && System.nanoTime() < deadline && applied < 2) {
            try {
                applied = sql(store, "SELECT count(*) FROM files WHERE status = 'applied' AND run_id = 2");
            } catch (java.sql.SQLException busy) {
                applied = 0;
            }
            Thread.sleep(20);
        }
        assertThat(forced.isAlive()).as("still going after %d inputs: %s", applied, Files.readString(log)).isTrue();
        forced.destroy();
        assertThat(forced.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(forced.exitValue()).as(Files.readString(log)).isEqualTo(143);
        long reached = sql(store, "SELECT count(*) FROM files WHERE status = 'applied' AND run_id = 2");
        assertThat(reached).as("stopped before its end").isLessThan(4);

        Distribution.Result resumed = dist.run(work, "run", "--store", "stopped.db", "--no-progress", corpus.toString());

        assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
        assertThat(resumed.stdout()).as("was: Nothing to apply").contains("(" + reached + " skipped: applied before)");
        assertThat(sql(store, "SELECT count(*) FROM files WHERE status = 'applied' AND run_id = 3")).isEqualTo(4 - reached);
        assertThat(sql(store, "SELECT count(*) FROM records r JOIN files f ON f.file_id = r.file_id WHERE f.run_id = 1"))
                .as("every record extracted again since the first run").isZero();
        assertThat(sql(store, "SELECT count(*) FROM records")).isEqualTo(8000);
        Distribution.Result again = dist.run(work, "run", "--store", "stopped.db", "--no-progress", corpus.toString());
        assertThat(again.stdout()).as(again.toString()).contains("Nothing to apply");
    }

    /** The review of session 30, L4: a store made by a run that was then stopped was never announced (it is at a run's end). */
    @Test
    void aStoreMadeByARunThatIsStoppedIsToldAsMadeByIt() throws Exception {
        Path corpus = corpus(8, 2000);
        Path fresh = Files.createDirectories(work.resolve("fresh"));
        Path log = work.resolve("fresh.log");
        Process run = dist.start(fresh, log, "run", "--store", "new.db", "--threads", "2", corpus.toString());
        String console = sigtermAfterTwoInputs(run, fresh.resolve("new.db"), log);

        assertThat(console).contains("evidentia: store new.db (made by this run): stopped by a signal (Ctrl-C or kill) ");
    }

    @Test
    void sigtermStopsAnImportInOrderLeavingNothingBesideTheStoreAndTheSameCommandGoesOn() throws Exception {
        Path job = jobOutput(10, 4000);
        Path store = work.resolve("stopped.db");
        Path log = work.resolve("import.log");
        Process run = dist.start(work, log, "import", "--store", "stopped.db", job.toString());
        String console = sigtermAfterTwoInputs(run, store, log);

        // Without the orderly stop: the import's run stayed 'running', and .stopped.db.lock, stopped.db-wal and stopped.db-shm
        // stayed beside the store, as after kill -9.
        assertThat(besideTheStore()).as(console).isEmpty();
        assertThat(text(store, "SELECT status FROM runs WHERE run_id = 1")).isEqualTo("interrupted");
        assertThat(text(store, "SELECT command FROM runs WHERE run_id = 1")).startsWith("import ");
        // how far it got, told once, and no word of an output folder, which an import has none of (the review of session 33, K2)
        assertThat(console).containsOnlyOnce("evidentia: store stopped.db (made by this run): stopped by a signal (Ctrl-C or kill) ")
                .contains("evidentia: interrupted before the end: the findings store keeps every input this import finished")
                .doesNotContain("output folder");
        assertThat(text(store, "SELECT failure FROM runs WHERE run_id = 1"))
                .startsWith("stopped by a signal (Ctrl-C or kill)").contains("kept", "same command without --force goes on");
        long kept = sql(store, "SELECT count(*) FROM files WHERE status = 'applied'");
        assertThat(sql(store, "SELECT count(*) FROM records")).isEqualTo(4000 * kept);

        Distribution.Result resumed = dist.run(work, "import", "--store", "stopped.db", job.toString());
        assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
        assertThat(resumed.stdout()).contains("(" + kept + " skipped: applied before)");
        assertThat(sql(store, "SELECT count(*) FROM records")).isEqualTo(40000);
        assertThat(sql(store, "SELECT count(*) FROM runs WHERE status = 'interrupted'")).isEqualTo(1);
        assertThat(besideTheStore()).isEmpty();
    }

    @Test
    void aFullDiskNamesTheStoreTheInputAndWhatIsKeptAndMarksTheRunFailed() throws Exception {
        Path baseline = baseline();
        Path tiny = Files.createDirectories(work.resolve("tiny"));
        // 800 KB holds some of the baseline's seven files in a store, not all (the store takes about 2.7 KB a record), and
        // leaves room to mark the run failed. At 700 KB, once the run row held the kinds' value meanings (7 KB, was 2 KB),
        // the disk filled to the last block on the input whose space then had to take that row again: the run says so and
        // stays 'running' until the next run marks it interrupted (the message's fallback), which is not this test's case.
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=800k", "tmpfs", tiny.toString())
                .redirectErrorStream(true).start();
        boolean mounted = mount.waitFor(30, TimeUnit.SECONDS) && mount.exitValue() == 0;
        Assumptions.assumeTrue(mounted, "a small tmpfs cannot be mounted here (it needs root): "
                + new String(mount.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip());
        try {
            Path store = tiny.resolve("review.db");
            // Its run.json's folder is there, as a nightly job's is from the nights before: the run replaces its run.json as it starts.
            Files.createDirectories(tiny.resolve("review-run"));
            Distribution.Result full = dist.run(work, "run", "--store", "tiny/review.db", "--no-progress", baseline.toString());
            assertThat(full.exitCode()).as(full.toString()).isEqualTo(1);
            // "failed" with the message when the disk still had room for it, else the "running" written at the start; never absent
            assertThat(JSON.readTree(tiny.resolve("review-run/run.json").toFile()).get("status").asText()).isIn("failed", "running");
            long kept = sql(store, "SELECT count(*) FROM files WHERE status = 'applied'");
            assertThat(kept).as(full.toString()).isBetween(1L, 6L);
            // Was: "evidentia: No space left on device (run with --verbose for details)", and the run stayed 'running'.
            assertThat(full.stderr()).as(full.toString())
                    .containsPattern("evidentia: store tiny/review\\.db: no space left on device while applying \\S+pubmed21n\\d{4}\\.xml\\.gz: the "
                            + kept + " inputs? this run applied before it (is|are) kept, nothing of this one; free space and run the same"
                            + " command again");
            assertThat(text(store, "SELECT status FROM runs WHERE run_id = 1")).isEqualTo("failed");
            assertThat(text(store, "SELECT failure FROM runs WHERE run_id = 1")).startsWith("no space left on device while applying ")
                    .contains("free space and run the same command again");

            // Run again while the disk is still full (filled to the last block): refused, and (was) an empty lock file left beside the store.
            Path filler = tiny.resolve("filler");
            try (OutputStream out = Files.newOutputStream(filler)) {
                byte[] block = new byte[4096];
                while (true) {
                    out.write(block);
                    out.flush();
                }
            } catch (IOException noRoom) {
                assertThat(noRoom).hasMessageContaining("No space left on device");
            }
            // Review 24 M7: refused at the lock of its run.json's folder, which the run takes first, with a message that names it
            // (was: "evidentia: No space left on device", after the store's lock was taken and a failed run entered in its log).
            for (int attempt = 0; attempt < 2; attempt++) {
                Distribution.Result stillFull = dist.run(work, "run", "--store", "tiny/review.db", "--no-progress", baseline.toString());
                assertThat(stillFull.exitCode()).as(stillFull.toString()).isEqualTo(2);
                assertThat(stillFull.stderr()).as(stillFull.toString()).containsPattern("evidentia: output folder \\S*tiny/review-run cannot be locked:"
                        + " \\S*tiny/\\.review-run\\.lock: No space left on device");
                assertThat(tiny.resolve(".review-run.lock")).as("no lock file left by the refused start").doesNotExist();
                assertThat(tiny.resolve(".review.db.lock")).doesNotExist();
            }
            Files.delete(filler);
            assertThat(sql(store, "SELECT count(*) FROM runs")).as("no run entered into the store's log by the refused starts").isEqualTo(1);

            Process grow = new ProcessBuilder("mount", "-o", "remount,size=20m", tiny.toString()).redirectErrorStream(true).start();
            assertThat(grow.waitFor(30, TimeUnit.SECONDS) && grow.exitValue() == 0).as("tmpfs remounted larger").isTrue();
            Distribution.Result resumed = dist.run(work, "run", "--store", "tiny/review.db", "--no-progress", baseline.toString());
            assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
            assertThat(resumed.stdout()).contains("(" + kept + " skipped: applied before)");
            assertThat(sql(store, "SELECT count(*) FROM records")).isEqualTo(319);
            assertThat(sql(store, "SELECT count(*) FROM runs WHERE status = 'failed'")).isEqualTo(1);
            assertThat(JSON.readTree(tiny.resolve("review-run/run.json").toFile()).get("status").asText()).isEqualTo("ok");
        } finally {
            new ProcessBuilder("umount", "-l", tiny.toString()).redirectErrorStream(true).start().waitFor(30, TimeUnit.SECONDS);
        }
    }
}
