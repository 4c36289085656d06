package org.evidentia.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What {@code bin/evidentia} decides before Java starts, checked on copies of the built
 * distribution: which JIT and collector a command gets, the charset it reads arguments in, and the
 * class-data archive it writes, keeps, uses and replaces.
 */
class LauncherIT {

    private final Distribution dist = Distribution.built();

    @TempDir
    Path work;

    @Test
    void givesTheFullJitToLongRunsAndLargeReportsAndTheQuickCompilerToTheOthers() throws Exception {
        Path small = Files.writeString(work.resolve("small.db"), "not a store");
        Path inputs = Files.createDirectories(work.resolve("inputs"));
        Path big = inputs.resolve("big.xml.gz");
        byte[] block = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(big)) {
            for (int i = 0; i < 352; i++) {
                out.write(block); // written, not sparse: the launcher goes by the space a file takes on disk
            }
        }
        // the same bytes under a name that says they are not compressed: they count once, not six times
        Path plain = Files.createSymbolicLink(work.resolve("big.xml"), big);
        // a folder named like the command, where the commands run: the command's name is no input
        Files.createSymbolicLink(work.resolve("run"), inputs);
        Map<String, String> flags = Map.of("JAVA_OPTS", "-XX:+PrintFlagsFinal");

        assertThat(tieredStopAtLevel(dist.run(work, flags, "report", "--store", small.toString(), "-o", "r1"))).isEqualTo(1);
        assertThat(tieredStopAtLevel(dist.run(work, flags, "report", "--store=" + big, "-o", "r2"))).isEqualTo(4);
        assertThat(tieredStopAtLevel(dist.run(work, flags, "report", "--store", big.toString(), "-o", "r3"))).isEqualTo(4);
        assertThat(tieredStopAtLevel(dist.run(work, flags, "run", "-o", "r4", small.toString()))).isEqualTo(1);
        assertThat(tieredStopAtLevel(dist.run(work, flags, "run", "-o", "r5", big.toString()))).isEqualTo(4);
        assertThat(tieredStopAtLevel(dist.run(work, flags, "run", "-o", "r6", inputs.toString()))).isEqualTo(4);
        assertThat(tieredStopAtLevel(dist.run(work, flags, "--verbose", "--plugins-dir", dist.home().resolve("plugins").toString(),
                "run", "-o", "r11", inputs.toString()))).as("global options before the command").isEqualTo(4);
        assertThat(tieredStopAtLevel(dist.run(work, flags, "run", "-o", "r7", plain.toString()))).isEqualTo(1);
        Path spaced = Files.createSymbolicLink(work.resolve("big data.xml.gz"), big);
        assertThat(tieredStopAtLevel(dist.run(work, flags, "run", "-o", "r9", spaced.toString()))).as("a path with a space")
                .isEqualTo(4);
        assertThat(tieredStopAtLevel(dist.run(work, flags, "run", "-s", "inputs", "-o", "r10", small.toString())))
                .as("an option's value that names a folder is no input").isEqualTo(1);
        Path many = Files.createDirectories(work.resolve("many"));
        for (int i = 0; i < 70; i++) {
            Files.writeString(many.resolve("page" + i + ".txt"), "a small export");
        }
        assertThat(tieredStopAtLevel(dist.run(work, flags, "run", "-o", "r8", many + "/*.txt"))).as("many small files are a short run")
                .isEqualTo(1);
        // the folder holding the large file is where outputs go, not an input
        assertThat(tieredStopAtLevel(dist.run(work, flags, "run", "-o", work.toString(), small.toString()))).isEqualTo(1);
        assertThat(tieredStopAtLevel(dist.run(work, flags, "run", "-vo", work.toString(), small.toString())))
                .as("the value of a short option clustered after a flag").isEqualTo(1);
        assertThat(tieredStopAtLevel(dist.run(work, flags, "run", "-o" + work, small.toString())))
                .as("a short option's value joined to it").isEqualTo(1);
        Files.createSymbolicLink(work.resolve("-big.xml.gz"), big);
        assertThat(tieredStopAtLevel(dist.run(work, flags, "run", "-o", "r12", "--", "-big.xml.gz")))
                .as("after --, a name that starts with a dash is an input").isEqualTo(4);
        assertThat(tieredStopAtLevel(dist.run(work, flags, "plugins"))).isEqualTo(1);
    }

    /** The JIT's highest level in a run made with {@code -XX:+PrintFlagsFinal}: 1 for the quick compiler alone, 4 with C2. */
    private static int tieredStopAtLevel(Distribution.Result result) {
        Matcher level = Pattern.compile("TieredStopAtLevel\\s+=\\s+(\\d)").matcher(result.stdout());
        assertThat(level.find()).as(result.toString()).isTrue();
        return Integer.parseInt(level.group(1));
    }

    @Test
    void keepsOneClassDataArchiveForItsLibrariesAndMakesANewOneWhenTheyChange() throws Exception {
        Distribution copy = copyWithItsArchive();
        Path cds = copy.home().resolve("lib/cds");
        assertThat(copy.run(work, "plugins").stderr()).as("a start with the archive says nothing of it").isEmpty();

        // an upgrade in place replaces a library: the old archive no longer fits it
        Path jar;
        try (Stream<Path> jars = Files.list(copy.home().resolve("lib"))) {
            jar = jars.filter(j -> j.getFileName().toString().startsWith("pf4j-")).findFirst().orElseThrow();
        }
        Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis()));
        assertThat(copy.run(work, "run", "-o", "second", dist.examples()).exitCode()).isZero();
        List<Path> second = archives(cds);
        assertThat(second).hasSize(1);
        assertThat(Files.getLastModifiedTime(second.get(0))).as("the archive was written again, after the library changed")
                .isGreaterThan(Files.getLastModifiedTime(jar));
    }

    @Test
    void neitherHelpNorARunStoppedByAUsageErrorLeavesAClassDataArchiveBehind() throws Exception {
        Distribution copy = dist.copyTo(work.resolve("copy"));
        Path cds = copy.home().resolve("lib/cds");

        // A new user's first command is often the help of run: it loads the command line's classes
        // only, and an archive of them would be used by every later run.
        assertThat(copy.run(work, "run", "--help").exitCode()).isZero();
        assertThat(copy.run(work, "run", "-o", "none", "no-such-file.xml").exitCode()).isEqualTo(2);
        try (Stream<Path> left = Files.exists(cds) ? Files.list(cds) : Stream.empty()) {
            assertThat(left.toList()).as("no archive, and no partial one").isEmpty();
        }

        assertThat(copy.run(work, "run", "-o", "first", dist.examples()).exitCode()).isZero();
        assertThat(archives(cds)).as("the first run that goes through writes it").hasSize(1);
    }

    /**
     * The run that writes the archive has Java as the launcher's child rather than in its place: a
     * kill of the launcher (what a service manager or a test sends) must stop Java all the same, as
     * Ctrl-C does, and leave no archive, whole or partial.
     */
    @Test
    void aKillOfTheLauncherStopsTheRunThatWritesTheArchive() throws Exception {
        Distribution copy = dist.copyTo(work.resolve("copy"));
        Path corpus = Corpus.medline(work.resolve("corpus.nbib"), 20_000);
        Path log = work.resolve("stopped.log");
        Process run = copy.start(work, log, "run", "--no-progress", "-o", "out", corpus.toString());
        long waited = 0;
        while (!Files.exists(work.resolve(".out.work")) && run.isAlive() && waited < 60_000) {
            Thread.sleep(20); // under way once it stages its outputs
            waited += 20;
        }
        assertThat(run.isAlive()).as(Files.readString(log)).isTrue();
        List<ProcessHandle> java = run.descendants().toList();
        assertThat(java).as("Java, the launcher's child on this run").isNotEmpty();

        run.destroy(); // SIGTERM to the launcher alone
        assertThat(run.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(run.exitValue()).isEqualTo(143);
        assertThat(java).as("Java stopped with it").noneMatch(ProcessHandle::isAlive);
        assertThat(Files.readString(log)).contains("evidentia: interrupted before the end");
        try (Stream<Path> left = Files.list(copy.home().resolve("lib/cds"))) {
            assertThat(left.toList()).as("no archive, and no partial one").isEmpty();
        }
    }

    @Test
    void helpAndTheCommandLineComeFromTheArchiveThatTheFirstRunWrote() throws Exception {
        Distribution copy = copyWithItsArchive();

        // A run never renders help; the run that writes the archive rehearses it at its end. picocli
        // is compiled for Java 17: Java archives no class older than Java 6, which picocli's own jar is.
        Distribution.Result help = copy.run(work, Map.of("JAVA_OPTS", "-Xlog:class+load=info"), "--help");
        assertThat(help.exitCode()).isZero();
        for (String picocli : List.of("picocli.CommandLine", "picocli.CommandLine$Model$CommandSpec", "picocli.CommandLine$Help",
                "picocli.CommandLine$Help$TextTable", "java.text.BreakIterator")) {
            assertThat(help.stdout()).as(picocli).containsPattern("\\] " + Pattern.quote(picocli) + " source: shared objects file");
        }
        assertThat(help.stdout()).as("no class of picocli read from its jar").doesNotContainPattern("\\] picocli\\.\\S+ source: (?!shared)");
    }

    @Test
    void aMovedDistributionMakesAnArchiveForItsNewPlace() throws Exception {
        Distribution before = dist.copyTo(work.resolve("before"));
        assertThat(before.run(work, "run", "-o", "a", dist.examples()).exitCode()).isZero();
        Distribution after = before.moveTo(work.resolve("after"));
        Path cds = after.home().resolve("lib/cds");
        List<Path> moved = archives(cds);

        assertThat(after.run(work, "run", "-o", "b", dist.examples()).exitCode()).isZero();
        // -Xshare:on: Java stops rather than run without an archive it cannot map (one written for
        // the old place names a class path that is no more)
        Distribution.Result mapped = after.run(work, Map.of("JAVA_OPTS", "-Xshare:on"), "run", "-o", "c", dist.examples());
        assertThat(mapped.exitCode()).as(mapped.toString()).isZero();
        assertThat(archives(cds)).as("the new place's archive alone").hasSize(1).doesNotContainAnyElementsOf(moved);
    }

    /** The review of session 25, m8: a JAVA_HOME set but wrong ran the Java on the PATH without a word. */
    @Test
    void aJavaHomeWithoutJavaIsToldAndTheJavaOnThePathRuns() throws Exception {
        Path wrong = Files.createDirectories(work.resolve("no-java-here"));
        Distribution.Result version = dist.run(work, Map.of("JAVA_HOME", wrong.toString()), "-V");
        assertThat(version.exitCode()).as(version.toString()).isZero();
        assertThat(version.stderr()).startsWith("evidentia: warning: JAVA_HOME=" + wrong + " has no bin/java; running ");
        assertThat(version.stdout()).startsWith("evidentia 0.1.0");
    }

    /**
     * The review of session 25, U5: under Java 24 and later every command that loads plugins began with four JVM warnings
     * about {@code sun.misc.Unsafe} (Guava 31's futures, brought in by Guice), asking the user to report them to Google, and a
     * job that watches its logs for WARN flagged every run. Checked with the newer Java this machine has, where it has one
     * ({@code -Devidentia.it.newer-java=JAVA_HOME}; Debian's CI machines keep Temurin 25 at the default path).
     */
    @Test
    void aNewerJavaRunsWithoutWarnings() throws Exception {
        Path newer = Path.of(System.getProperty("evidentia.it.newer-java", "/usr/lib/jvm/temurin-25-jdk-amd64"));
        assumeTrue(Files.isExecutable(newer.resolve("bin/java")), "no newer Java at " + newer);
        Distribution copy = dist.copyTo(work.resolve("dist"));
        Map<String, String> env = Map.of("JAVA_HOME", newer.toString());
        for (String output : List.of("first", "second")) { // the run that writes the class-data archive, and one that uses it
            Distribution.Result run = copy.run(work, env, "run", "--no-progress", "-o", output, dist.examples());
            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(run.stderr()).as("what %s printed to stderr", newer).doesNotContain("WARNING");
            assertThat(run.stdout()).contains("Found 12 findings in 1 record.");
        }
    }

    @Test
    void twoInstallationsThatCannotWriteTheirOwnFolderKeepAnArchiveEachInTheUsersCache() throws Exception {
        Distribution first = dist.copyTo(work.resolve("first"));
        Distribution second = dist.copyTo(work.resolve("second"));
        for (Distribution copy : List.of(first, second)) {
            // lib/cds taken by a file: the launcher can make no folder there, as in an installation it cannot write
            Files.writeString(copy.home().resolve("lib/cds"), "not a folder");
        }
        Path cache = work.resolve("cache");
        Map<String, String> env = Map.of("XDG_CACHE_HOME", cache.toString());
        Path cds = cache.resolve("evidentia/cds");

        assertThat(first.run(work, env, "run", "-o", "a", dist.examples()).exitCode()).isZero();
        List<Path> firstArchive = archives(cds);
        assertThat(firstArchive).hasSize(1);
        FileTime written = Files.getLastModifiedTime(firstArchive.get(0));
        assertThat(second.run(work, env, "run", "-o", "b", dist.examples()).exitCode()).isZero();
        assertThat(archives(cds)).as("the other installation's run writes its own archive and leaves the first one's")
                .hasSize(2).contains(firstArchive.get(0));
        // -Xshare:on: Java stops rather than run without an archive it cannot map
        Map<String, String> mapped = Map.of("XDG_CACHE_HOME", cache.toString(), "JAVA_OPTS", "-Xshare:on");
        Distribution.Result again = first.run(work, mapped, "run", "-o", "c", dist.examples());
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(archives(cds)).hasSize(2);
        assertThat(Files.getLastModifiedTime(firstArchive.get(0))).as("used again, not written again").isEqualTo(written);
    }

    @Test
    void javaOptionsThatChangeTheObjectLayoutGetAnArchiveOfTheirOwn() throws Exception {
        Distribution copy = copyWithItsArchive();
        Path cds = copy.home().resolve("lib/cds");
        List<Path> first = archives(cds);
        // -Xshare:on: Java stops rather than run without an archive it cannot map, as it does
        // silently with an archive written with compressed pointers, once they are off
        Map<String, String> uncompressed = Map.of("JAVA_OPTS", "-XX:-UseCompressedOops");
        Map<String, String> uncompressedMapped = Map.of("JAVA_OPTS", "-XX:-UseCompressedOops -Xshare:on");

        assertThat(copy.run(work, uncompressed, "run", "-o", "second", dist.examples()).exitCode()).isZero();
        List<Path> both = archives(cds);
        assertThat(both).as("one archive for each layout").hasSize(2).containsAll(first);
        Distribution.Result withoutCompressedOops = copy.run(work, uncompressedMapped, "run", "-o", "third", dist.examples());
        assertThat(withoutCompressedOops.exitCode()).as(withoutCompressedOops.toString()).isZero();
        Distribution.Result asBefore = copy.run(work, Map.of("JAVA_OPTS", "-Xmx256m -Xshare:on"), "run", "-o", "fourth", dist.examples());
        assertThat(asBefore.exitCode()).as("a heap size that keeps the layout shares its archive: " + asBefore).isZero();
        assertThat(archives(cds)).isEqualTo(both);
    }

    /**
     * Java writes an archive on top of its own base archive and refuses to start when it cannot map
     * that under the options given (an alignment of 16 has none): such runs go without an archive.
     */
    @Test
    void aLayoutJavaHasNoBaseArchiveForRunsWithoutAnArchiveAndSaysNothing() throws Exception {
        Distribution copy = dist.copyTo(work.resolve("copy"));
        Path cds = copy.home().resolve("lib/cds");
        Map<String, String> aligned = Map.of("JAVA_OPTS", "-XX:ObjectAlignmentInBytes=16");

        for (String output : List.of("first", "second")) {
            Distribution.Result run = copy.run(work, aligned, "run", "-o", output, dist.examples());
            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(run.stderr()).as("Java's own complaints stay out of the user's way").doesNotContain("CDS", "archive");
        }
        assertThat(archives(cds)).isEmpty();
        try (Stream<Path> markers = Files.list(cds)) {
            assertThat(markers.map(p -> p.getFileName().toString())).as("the answer is kept, so Java is asked once")
                    .singleElement().satisfies(name -> assertThat(name).endsWith(".jsa.none"));
        }
        Distribution.Result off = copy.run(work, Map.of("JAVA_OPTS", "-Xshare:off"), "run", "-o", "third", dist.examples());
        assertThat(off.exitCode()).as(off.toString()).isZero();
        assertThat(archives(cds)).as("sharing turned off writes no archive").isEmpty();

        assertThat(copy.run(work, "run", "-o", "fourth", dist.examples()).exitCode()).isZero();
        assertThat(archives(cds)).as("the usual layout still gets its archive").hasSize(1);
    }

    @Test
    void aRebuiltLibraryOfTheSameSizeAndTimeGetsANewClassDataArchive() throws Exception {
        Distribution copy = copyWithItsArchive();
        Path cds = copy.home().resolve("lib/cds");
        List<Path> first = archives(cds);

        // A rebuild writes the jar with the build's fixed time and often the same size, which is all
        // Java compares: here one entry's own time differs, and nothing else of the jar.
        Path jar;
        try (Stream<Path> jars = Files.list(copy.home().resolve("lib"))) {
            jar = jars.filter(j -> j.getFileName().toString().startsWith("evidentia-api-")).findFirst().orElseThrow();
        }
        FileTime time = Files.getLastModifiedTime(jar);
        byte[] bytes = Files.readAllBytes(jar);
        assertThat(bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4).as("a jar starts with an entry").isTrue();
        bytes[10] ^= 0x02; // the first entry's time of day, in two-second steps
        Files.write(jar, bytes);
        Files.setLastModifiedTime(jar, time);

        assertThat(copy.run(work, "run", "-o", "second", dist.examples()).exitCode()).isZero();
        List<Path> second = archives(cds);
        assertThat(second).as("one archive, for the jars as they are now").hasSize(1);
        assertThat(second.get(0).getFileName()).isNotEqualTo(first.get(0).getFileName());
    }

    /** Review 22, H3: the launcher chose the serial collector beside the user's, and Java refused to start with two. */
    @Test
    void aCollectorChosenInJavaOptionsIsTheOneJavaRuns() throws Exception {
        Distribution copy = dist.copyTo(work.resolve("copy"));
        for (String collector : List.of("-XX:+UseParallelGC", "-XX:+UseG1GC")) {
            Distribution.Result run = copy.run(work, Map.of("JAVA_OPTS", collector + " -Xlog:gc:stderr"), "run", "-o",
                    "out" + collector.length(), dist.examples());
            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(run.stderr()).as(collector).contains(collector.equals("-XX:+UseG1GC") ? "Using G1" : "Using Parallel");
        }
        Distribution.Result usual = copy.run(work, Map.of("JAVA_OPTS", "-Xlog:gc:stderr"), "run", "-o", "usual", dist.examples());
        assertThat(usual.stderr()).contains("Using Serial");
        // review 23, L2: Java reads JDK_JAVA_OPTIONS too, and a collector chosen there met the serial one; an option
        // that only looks like a collector's chooses none, and left Java its default
        Distribution.Result fromJdkOptions = copy.run(work, Map.of("JDK_JAVA_OPTIONS", "-XX:+UseParallelGC", "JAVA_OPTS",
                "-Xlog:gc:stderr"), "run", "-o", "jdk", dist.examples());
        assertThat(fromJdkOptions.exitCode()).as(fromJdkOptions.toString()).isZero();
        assertThat(fromJdkOptions.stderr()).contains("Using Parallel");
        Distribution.Result lookalike = copy.run(work, Map.of("JAVA_OPTS", "-XX:+UseAdaptiveSizePolicyWithSystemGC -Xlog:gc:stderr"),
                "run", "-o", "lookalike", dist.examples());
        assertThat(lookalike.exitCode()).as(lookalike.toString()).isZero();
        assertThat(lookalike.stderr()).contains("Using Serial");
    }

    /** The records in flight overflowed the serial collector's usual survivor spaces; the user's options still decide. */
    @Test
    void theSerialCollectorGetsSurvivorSpacesOfASixthUnlessTheOptionsSayOtherwise() throws Exception {
        assertThat(survivorRatio(dist.run(work, Map.of("JAVA_OPTS", "-XX:+PrintFlagsFinal"), "plugins"))).isEqualTo(4);
        assertThat(survivorRatio(dist.run(work, Map.of("JAVA_OPTS", "-XX:+UseSerialGC -XX:+PrintFlagsFinal"), "plugins")))
                .as("the serial collector named by the user").isEqualTo(4);
        assertThat(survivorRatio(dist.run(work, Map.of("JAVA_OPTS", "-XX:SurvivorRatio=6 -XX:+PrintFlagsFinal"), "plugins")))
                .isEqualTo(6);
        // Java reads these before the command line, where the launcher's ratio would come later and win
        assertThat(survivorRatio(dist.run(work, Map.of("JDK_JAVA_OPTIONS", "-XX:SurvivorRatio=6", "JAVA_OPTS", "-XX:+PrintFlagsFinal"),
                "plugins"))).isEqualTo(6);
        assertThat(survivorRatio(dist.run(work, Map.of("JAVA_TOOL_OPTIONS", "-XX:SurvivorRatio=7", "JAVA_OPTS", "-XX:+PrintFlagsFinal"),
                "plugins"))).isEqualTo(7);
        assertThat(survivorRatio(dist.run(work, Map.of("JAVA_OPTS", "-XX:+UseParallelGC -XX:+PrintFlagsFinal"), "plugins")))
                .as("another collector gets Java's own sizes").isEqualTo(8);
    }

    private static int survivorRatio(Distribution.Result result) {
        Matcher ratio = Pattern.compile("\\bSurvivorRatio\\s+=\\s+(\\d+)").matcher(result.stdout());
        assertThat(ratio.find()).as(result.toString()).isTrue();
        return Integer.parseInt(ratio.group(1));
    }

    /**
     * Review 32, H1: the launcher gave the names a quoted pattern matched to find, where files named
     * {@code -delete} and {@code -name} became its expression ({@code find -L -delete -name records ...}):
     * {@code run '*' records} in a folder an archive unpacked deleted the folder and, through a link,
     * the folder the link points to.
     */
    @Test
    void namesAPatternMatchesAreOnlyNamesEvenThoseThatLookLikeOptionsOfFind() throws Exception {
        Path exports = Files.createDirectories(work.resolve("exports"));
        Path records = Files.createDirectories(exports.resolve("records"));
        Path elsewhere = Files.createDirectories(work.resolve("elsewhere"));
        List<Path> kept = new ArrayList<>(List.of(Files.writeString(exports.resolve("-delete"), ""),
                Files.writeString(exports.resolve("-name"), "")));
        try (Stream<Path> files = Files.list(dist.home().resolve("examples"))) {
            for (Path example : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                kept.add(Files.copy(example, records.resolve(example.getFileName())));
                kept.add(Files.copy(example, elsewhere.resolve(example.getFileName()), StandardCopyOption.REPLACE_EXISTING));
            }
        }
        Files.createSymbolicLink(records.resolve("linked"), elsewhere);

        Distribution.Result run = dist.run(exports, "run", "-r", "findings-jsonl", "-o", "../out", "*", "records");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        for (Path file : kept) {
            assertThat(file).as(run.toString()).exists();
        }
        assertThat(Files.readAllLines(work.resolve("out/findings.jsonl"))).hasSize(12);
    }

    /**
     * Review 22, H2 and M1: in the C locale (cron, many containers) Java 17 decoded arguments and file
     * names as ASCII, so a focus or title with an accent reached the run garbled and a file named with
     * one could not be opened. The shell makes the accented bytes: this test's own Java may run in a
     * locale that could not pass them.
     */
    @ParameterizedTest
    @ValueSource(strings = {"C", "POSIX", "xx_ZZ.UTF-8"}) // the last one installed nowhere: it leaves C (review 23, M6)
    void theCLocaleStillReadsAccentedArgumentsAndFileNames(String locale) throws Exception {
        Path example;
        try (Stream<Path> files = Files.list(dist.home().resolve("examples"))) {
            example = files.filter(f -> f.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
        }
        String script = "name=\"$(printf 'r\\303\\251sum\\303\\251.txt')\"; cp \"$1\" \"$name\" && exec \"$2\" run -o out"
                + " --option \"html-summary.title=$(printf 'Sj\\303\\266gren')\" \"$name\"";
        ProcessBuilder builder = new ProcessBuilder("sh", "-c", script, "sh", example.toString(),
                dist.home().resolve("bin/evidentia").toString()).directory(work.toFile()).redirectErrorStream(true);
        builder.environment().remove("EVIDENTIA_PLUGINS_DIR");
        builder.environment().put("LC_ALL", locale);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(Files.readString(work.resolve("out/report.html"))).contains("<title>Sjögren");
        assertThat(Files.readString(work.resolve("out/run.json"))).contains("résumé.txt").doesNotContain("\uFFFD");
    }

    /** A copy of the distribution after a first run, which wrote its one class-data archive. */
    private Distribution copyWithItsArchive() throws IOException, InterruptedException {
        Distribution copy = dist.copyTo(work.resolve("copy"));
        assertThat(copy.run(work, "run", "-o", "first", dist.examples()).exitCode()).isZero();
        assertThat(archives(copy.home().resolve("lib/cds"))).as("the first run writes the archive").hasSize(1);
        return copy;
    }

    private static List<Path> archives(Path cds) throws IOException {
        try (Stream<Path> files = Files.list(cds)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jsa")).sorted().toList();
        }
    }
}
