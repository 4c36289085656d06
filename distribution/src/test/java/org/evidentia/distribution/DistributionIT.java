package org.evidentia.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.evidentia.testkit.SharedData;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the built distribution as a user would: {@code bin/evidentia} as its own process, plugins
 * loaded by PF4J from the distribution's {@code plugins/} folder (deployment mode).
 */
class DistributionIT {

    private static final List<String> BUNDLED = List.of("biomarkers", "bioc", "csv-source", "cytokine-extractor", "html-reporter",
            "pubmed-eutils", "pubmed-source", "pubmed-xml-source", "ris-source", "table-reporter");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Distribution dist = Distribution.built();

    @TempDir
    Path work;

    /** Review 22, L1: "Read 1,200 records ...: 1.200 kept" under a German locale. */
    @Test
    void theRunsCountsReadTheSameInEveryLocale() throws Exception {
        Path corpus = Corpus.medline(work.resolve("corpus.nbib"), 1_200);
        Distribution.Result run = dist.run(work, Map.of("JAVA_OPTS", "-Duser.language=de -Duser.country=DE"), "run", "-r",
                "findings-jsonl", "-o", "out", corpus.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.stdout()).contains("Read 1,200 records from 1 input: 1,200 kept, ");
    }

    /**
     * Review 23, M5: the core grouped a focus's condition as the text-mining kit does, whatever the
     * kind; now each kind's extractor says how it writes the value (Extractor.focusValue), in a run
     * and, from the installed extractors, in a report of a store.
     */
    @Test
    void aFocusOnAConditionsOtherWordingFindsItsFindingsInARunAndInAReportOfAStore() throws Exception {
        Path export = Files.writeString(work.resolve("apnea.nbib"), String.join("\n",
                "PMID- 90000101", "TI  - Cytokines in sleep apnea.",
                "AB  - Serum IL-6 was higher in patients with obstructive sleep apnea than in controls.", "",
                "PMID- 90000102", "TI  - Cytokines in asthma.",
                "AB  - Serum IL-6 was higher in patients with asthma than in controls.", ""));

        Distribution.Result run = dist.run(work, "run", "-x", "cytokines", "-r", "findings-jsonl", "-o", "out", "--focus", "condition=OSAHS",
                export.toString());
        Distribution.Result store = dist.run(work, "run", "-x", "cytokines", "--no-progress", "--store", "apnea.db", export.toString());
        Distribution.Result report = dist.run(work, "report", "--store", "apnea.db", "-r", "findings-jsonl", "-o", "rep", "--focus",
                "condition=OSAHS");

        for (Distribution.Result result : List.of(run, store, report)) {
            assertThat(result.exitCode()).as(result.toString()).isZero();
        }
        for (String folder : List.of("out", "rep")) {
            List<String> findings = Files.readAllLines(work.resolve(folder + "/findings.jsonl"), StandardCharsets.UTF_8);
            assertThat(findings).as(folder).singleElement().satisfies(line -> assertThat(line).contains("\"record_id\":\"90000101\"")
                    .contains("\"condition\":\"obstructive sleep apnea\""));
        }
        assertThat(report.stderr()).doesNotContain("matched as written");

        // review 28, L9: without the kind's extractor nothing reads OSAHS as the findings write it; the report says so
        Map<String, String> env = Map.of("EVIDENTIA_PLUGINS_DIR", dist.pluginZipsIn(work.resolve("plugins")).toString());
        assertThat(dist.run(work, env, "plugins", "disable", "cytokine-extractor").exitCode()).isZero();
        Distribution.Result literal = dist.run(work, env, "report", "--store", "apnea.db", "-r", "findings-jsonl", "-o", "literal",
                "--focus", "condition=OSAHS");
        assertThat(literal.exitCode()).as(literal.toString()).isZero();
        assertThat(Files.readAllLines(work.resolve("literal/findings.jsonl"))).isEmpty();
        String notice = "focus condition=OSAHS: no installed extractor makes cytokine-change findings, so its value is matched as written,"
                + " not as that extractor would write it";
        assertThat(literal.stderr()).contains("note: " + notice);
        assertThat(JSON.readTree(work.resolve("literal/run.json").toFile()).get("notices").toString()).contains(notice);
    }

    /** Review 32, L1: running out of heap ended in Java's stack trace; it is one line that says what to do. */
    @Test
    void aRunOutOfHeapSaysSoInOneLineWithoutAStackTrace() throws Exception {
        Distribution.Result run = dist.run(work, Map.of("JAVA_OPTS", "-Xmx6m"), "run", "-o", "out", dist.examples());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.stderr().lines().toList()).as(run.toString()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("evidentia: ").contains("Java ran out of memory: its heap may take at most ", " MiB; give it more with"
                        + " JAVA_OPTS=-Xmx1g")); // twice the heap, in whole GiB (the plugin author's review of session 27, P10)
    }

    @Test
    void pluginsListsTheBundledPluginsLoadedFromThePluginsFolder() throws Exception {
        Distribution.Result result = dist.run(work, "plugins");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).contains("Plugins in " + dist.home().resolve("plugins"));
        for (String id : BUNDLED) {
            assertThat(result.stdout()).as(result.toString()).containsPattern("(?m)^" + id + " +0\\.1\\.0 +started +\\S");
        }
        assertThat(result.stdout()).contains("source:pubmed-page", "extractor:cytokines", "extractor:biomarkers", "reporter:html-summary",
                "reporter:review-table", "reporter:findings-jsonl");
    }

    @Test
    void aPluginsFolderNamedPluginsIsTakenAsTheFolderNotAsTheCommand() throws Exception {
        Path copy = Files.createDirectories(work.resolve("plugins"));
        try (var zips = Files.list(dist.home().resolve("plugins"))) {
            for (Path zip : zips.filter(p -> p.toString().endsWith(".zip")).toList()) {
                Files.copy(zip, copy.resolve(zip.getFileName()));
            }
        }

        Distribution.Result listed = dist.run(work, "--plugins-dir", "plugins", "plugins");
        Distribution.Result run = dist.run(work, "--plugins-dir", "plugins", "run", "-o", "out", dist.examples());

        assertThat(listed.exitCode()).as(listed.toString()).isZero();
        assertThat(listed.stdout()).contains("Plugins in " + copy.toRealPath() + ":").containsPattern("(?m)^cytokine-extractor +0\\.1\\.0 +started");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.stdout()).contains("Found 12 findings in 1 record.");
    }

    @Test
    void runWithNoArgumentsProcessesTheBundledExampleAndSaysWhereTheReportIs() throws Exception {
        Distribution.Result result = dist.run(work, "run");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        List<String> lines = result.stdout().lines().toList();
        assertThat(lines.get(lines.size() - 1)).isEqualTo("Report: ./evidentia-out/report.html");
        // a plugin that bundled its own SLF4J would make SLF4J fall back to a no-op logger and say so
        assertThat(result.stderr()).doesNotContain("SLF4J").doesNotContain("note: no inputs given");
        // the review of session 25, U9: options without inputs (a script's unset $FILES) ran the example as the user's review
        // without a word
        Distribution.Result optionsAlone = dist.run(work, "run", "--focus", "specimen=serum", "-o", "mine");
        assertThat(optionsAlone.exitCode()).as(optionsAlone.toString()).isZero();
        assertThat(optionsAlone.stderr()).contains("note: no inputs given: this run reads the bundled example"
                + " (conf/pipelines/example.yaml), not your records");
        Path out = work.resolve("evidentia-out");
        for (String file : List.of("report.html", "findings.jsonl", "review-table.csv", "review-table.md", "studies.csv", "run.json")) {
            assertThat(out.resolve(file)).as(file).isNotEmptyFile();
        }
        JsonNode run = JSON.readTree(out.resolve("run.json").toFile());
        JsonNode counts = run.get("counts");
        assertThat(counts.get("records_read").asLong()).isEqualTo(2);
        assertThat(counts.get("records_kept").asLong()).isEqualTo(2);
        assertThat(counts.get("duplicates_merged").asLong()).isZero();
        assertThat(counts.get("records_skipped").asLong()).isZero();
        assertThat(counts.get("records_with_findings").asLong()).isEqualTo(1);
        List<JsonNode> findings = findings(out.resolve("findings.jsonl"));
        assertThat(counts.get("findings").asLong()).isEqualTo(findings.size());
        assertThat(run.get("problems")).isEmpty();
        assertThat(run.get("inputs")).hasSize(2);
        assertThat(run.get("inputs").get(0).get("source").asText()).isEqualTo("pubmed-page");
        assertThat(run.get("inputs").get(0).get("sha256").asText()).hasSize(64);
        // Every finding comes from the PubMed page of Thompson et al.; the Read page reports none.
        assertThat(findings).allSatisfy(f -> assertThat(f.get("doi").asText()).isEqualTo("10.1007/s11916-003-0032-2"));
        for (JsonNode f : findings) {
            assertThat(f.get("sentence").asText()).contains(f.at("/mention/text").asText());
            assertThat(Set.of("increased", "decreased", "unchanged")).contains(f.get("direction").asText());
        }
        // report reader s9, L14: the first report a newcomer opens was titled by a hash-named file; the pipeline states its question
        String page = Files.readString(out.resolve("report.html"));
        assertThat(page).contains("<title>Evidence summary: Which cytokines are altered in fibromyalgia, in which specimen, in how many"
                + " studies?, run of ");
    }

    /**
     * Review 30, H1: two builds of one version gave different findings and named themselves alike. Built from a git
     * checkout (as the tests are run: README's command on a clone), run.json and -V name the commit built, as SemVer
     * build metadata of the version.
     */
    @Test
    void runJsonAndTheVersionNameTheCommitBuiltFrom() throws Exception {
        Path checkout = Path.of("").toAbsolutePath().getParent();
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(checkout.resolve(".git")), "the project was not built from a git checkout");
        Distribution.Result version = dist.run(work, "-V");
        Distribution.Result result = dist.run(work, "run", "-r", "findings-jsonl");
        assertThat(result.exitCode()).as(result.toString()).isZero();

        String recorded = JSON.readTree(work.resolve("evidentia-out/run.json").toFile()).get("evidentia_version").asText();
        assertThat(recorded).matches("0\\.1\\.0\\+[0-9a-f]{12}(-dirty)?");
        String build = recorded.substring("0.1.0+".length());
        assertThat(version.stdout()).startsWith("evidentia " + recorded + "\n");
        Process git = new ProcessBuilder("git", "rev-parse", "HEAD").directory(checkout.toFile()).redirectErrorStream(true).start();
        String head = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(git.waitFor()).as(head).isZero();
        assertThat(head).startsWith(build.substring(0, 12));
    }

    @Test
    void theExampleShowsVotesOnlyWhenReviewsVoteAsReadmeAndSourcesSay() throws Exception {
        // its one record with findings is a review: by default it casts no vote
        Distribution.Result plain = dist.run(work, "run", "-o", "plain", "-r", "html-summary", dist.examples());
        Distribution.Result reviewsVote = dist.run(work, "run", "-o", "reviews", "-r", "html-summary",
                "--option", "synthesis.voting-designs=primary", "--option", "synthesis.voting-designs=review", dist.examples());

        assertThat(plain.exitCode()).as(plain.toString()).isZero();
        assertThat(reviewsVote.exitCode()).as(reviewsVote.toString()).isZero();
        assertThat(Files.readString(work.resolve("plain/report.html"))).contains("Studies casting votes: 0")
                .doesNotContain("Studies casting votes: 1");
        assertThat(Files.readString(work.resolve("reviews/report.html"))).contains("Studies casting votes: 1");
    }

    @Test
    void theSeedFindingsAreFoundExactlyAsTheGoldFileStatesThem() throws Exception {
        Path gold = SharedData.resolve("gold/seeds.jsonl");
        Distribution.Result result = dist.run(work, "run", "-o", "out", "-r", "findings-jsonl", dist.examples());
        assertThat(result.exitCode()).as(result.toString()).isZero();

        Set<String> expected = new HashSet<>();
        for (JsonNode g : findings(gold)) {
            if (!g.path("none").asBoolean()) {
                expected.add(g.get("doi").asText() + " " + g.get("cytokine").asText() + " " + g.get("direction").asText());
            }
        }
        Set<String> found = new HashSet<>();
        for (JsonNode f : findings(work.resolve("out/findings.jsonl"))) {
            found.add(f.get("doi").asText() + " " + f.get("subject").asText() + " " + f.get("direction").asText());
        }
        assertThat(expected).hasSize(10);
        assertThat(found).isEqualTo(expected);
    }

    @Test
    void aBrokenPluginZipAndAPluginForAnotherVersionAreReportedAndTheRunStillSucceeds() throws Exception {
        Path plugins = dist.pluginZipsIn(work.resolve("plugins"));
        Files.write(plugins.resolve("truncated-download.zip"), new byte[] {'P', 'K', 3, 4, 20, 0, 0});
        copyWithRequires(plugins.resolve("evidentia-table-reporter-0.1.0.zip"), plugins.resolve("future-reporter.zip"),
                "future-reporter", ">=9.0.0");

        Distribution.Result result = dist.run(work, "run", "--plugins-dir", plugins.toString(), "-o", "out",
                dist.examples());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stderr()).contains("plugin-error: plugin truncated-download.zip: not a readable zip file");
        assertThat(result.stderr()).contains("plugin-error: plugin future-reporter: requires Evidentia >=9.0.0, but this is Evidentia 0.1.0");
        assertThat(work.resolve("out/report.html")).isNotEmptyFile();
        assertThat(work.resolve("out/findings.jsonl")).isNotEmptyFile();

        Distribution.Result listed = dist.run(work, "plugins", "--plugins-dir", plugins.toString());
        assertThat(listed.stdout()).containsPattern("future-reporter +0\\.1\\.0 +disabled +-- requires Evidentia >=9.0.0");
        assertThat(listed.stdout()).containsPattern("truncated-download.zip +- +not loaded +-- not a readable zip file");
    }

    @Test
    void aPluginWhoseExtensionTakesABundledNameIsRefusedAtInstallAndWithheldWhenCopiedIn() throws Exception {
        Path plugins = dist.pluginZipsIn(work.resolve("plugins"));
        Path copy = work.resolve("copied-reporter.zip"); // its reporters are named findings-jsonl and review-table, as the bundled ones
        copyWithRequires(plugins.resolve("evidentia-table-reporter-0.1.0.zip"), copy, "copied-reporter", "*");

        Distribution.Result install = dist.run(work, "plugins", "install", "--plugins-dir", plugins.toString(), copy.toString());

        assertThat(install.exitCode()).as(install.toString()).isEqualTo(2);
        assertThat(install.stderr()).contains("cannot install " + copy + ": the names of its extensions are taken: 'findings-jsonl'"
                + " (plugin table-reporter), 'review-table' (plugin table-reporter); nothing was installed: rename them in the plugin");
        try (Stream<Path> files = Files.list(plugins)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("nothing of it is left").noneMatch(name -> name.contains("copied"));
        }

        Files.copy(copy, plugins.resolve("copied-reporter.zip")); // by hand
        Distribution.Result run = dist.run(work, "run", "--plugins-dir", plugins.toString(), "-o", "out", dist.examples());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.stderr()).contains("plugin-error: plugin copied-reporter: its reporter 'findings-jsonl' has the name of plugin"
                + " table-reporter's reporter; extension names must be unique, so neither is used")
                .contains("its reporter 'review-table' has the name of plugin table-reporter's reporter")
                .contains("plugin-error: plugin table-reporter: its reporter 'findings-jsonl' has the name of plugin copied-reporter's reporter");
        assertThat(work.resolve("out/review-table.csv")).doesNotExist();
        assertThat(work.resolve("out/findings.jsonl")).doesNotExist();
        assertThat(work.resolve("out/report.html")).isNotEmptyFile();
    }

    /**
     * Review 28 M3: a zip whose lib/ holds a copy of the api (built without the plugin parent's
     * packaging check) was installed, and then listed as offering no extension without a word of why.
     */
    @Test
    void aPluginZipBundlingTheHostsApiIsRefusedAtInstallNamingTheJarAndTheHostNamesItWhenCopiedIn() throws Exception {
        Path plugins = dist.pluginZipsIn(work.resolve("plugins"));
        Path api = dist.home().resolve("lib/evidentia-api-0.1.0.jar");
        Path zip = work.resolve("own-reporter.zip");
        copyWithRequires(plugins.resolve("evidentia-table-reporter-0.1.0.zip"), zip, "own-reporter", "*", api);

        Distribution.Result install = dist.run(work, "plugins", "install", "--plugins-dir", plugins.toString(), zip.toString());

        assertThat(install.exitCode()).as(install.toString()).isEqualTo(2);
        assertThat(install.stderr()).contains("cannot install " + zip + ":", "lib/evidentia-api-0.1.0.jar holds a copy of the Evidentia"
                + " api (org/evidentia/api/", "The host provides the Evidentia api to every plugin and a copy breaks class identity");
        try (Stream<Path> files = Files.list(plugins)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("nothing of it is left").noneMatch(n -> n.contains("own-reporter"));
        }

        Path bundled = plugins.resolve("evidentia-table-reporter-0.1.0.zip");
        copyWithRequires(bundled, plugins.resolve("table-reporter-with-api.zip"), "table-reporter", "*", api); // by hand
        Files.delete(bundled);
        Distribution.Result listed = dist.run(work, "plugins", "--plugins-dir", plugins.toString());
        assertThat(listed.stdout()).containsPattern("table-reporter +0\\.1\\.0 +unusable +-- it offers no extension: the classes its"
                + " extensions index names \\(.*\\) are none of them a source, extractor, reporter or retriever of the host's, as"
                + " lib/evidentia-api-0\\.1\\.0\\.jar holds a copy of the Evidentia api");
    }

    /** Review 28 L6: a second zip of one plugin id, copied in under another name, was refused in PF4J's words. */
    @Test
    void aSecondZipOfAnInstalledPluginsIdIsNotLoadedNamingTheIdAndTheOtherZip() throws Exception {
        Path plugins = dist.pluginZipsIn(work.resolve("plugins"));
        Files.copy(plugins.resolve("evidentia-table-reporter-0.1.0.zip"), plugins.resolve("table-copy.zip"));

        Distribution.Result listed = dist.run(work, "plugins", "--plugins-dir", plugins.toString());

        assertThat(listed.stdout()).containsPattern("table-copy\\.zip +- +not loaded +-- cannot be loaded: its plugin.id"
                + " 'table-reporter' is the id of evidentia-table-reporter-0\\.1\\.0\\.zip too, which was loaded; plugins are told"
                + " apart by their ids, so remove one of the two from the plugins folder")
                .containsPattern("table-reporter +0\\.1\\.0 +started +reporter:findings-jsonl")
                .doesNotContain("PluginWrapper", "Simultaneous loading");
    }

    @Test
    void aDisabledPluginWhoseExtensionTakesABundledNameIsNotEnabled() throws Exception {
        Path plugins = dist.pluginZipsIn(work.resolve("plugins"));
        copyWithRequires(plugins.resolve("evidentia-table-reporter-0.1.0.zip"), plugins.resolve("copied-reporter.zip"),
                "copied-reporter", "*");
        Files.writeString(plugins.resolve("disabled.txt"), "copied-reporter\n");

        Distribution.Result enable = dist.run(work, "plugins", "enable", "--plugins-dir", plugins.toString(), "copied-reporter");

        assertThat(enable.exitCode()).as(enable.toString()).isEqualTo(2);
        assertThat(enable.stderr()).contains("cannot enable copied-reporter: the names of its extensions are taken: 'findings-jsonl'"
                + " (plugin table-reporter), 'review-table' (plugin table-reporter); it stays disabled");
        assertThat(dist.run(work, "plugins", "--plugins-dir", plugins.toString()).stdout())
                .containsPattern("copied-reporter +0\\.1\\.0 +disabled")
                .containsPattern("table-reporter +0\\.1\\.0 +started +reporter:findings-jsonl");
        Distribution.Result run = dist.run(work, "run", "--plugins-dir", plugins.toString(), "-o", "out", dist.examples());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(work.resolve("out/findings.jsonl")).isNotEmptyFile();
    }

    @Test
    void anExtensionThatCannotBeMadeAnyMoreIsLeftOutOfTheRunAndSaidOnTheConsole() throws Exception {
        Path plugins = dist.pluginZipsIn(work.resolve("plugins"));
        assertThat(dist.run(work, "plugins", "--plugins-dir", plugins.toString()).exitCode()).isZero(); // unpacked; names known
        Files.delete(plugins.resolve("evidentia-cytokine-extractor-0.1.0/classes/org/evidentia/plugins/cytokine/lexicon/cytokine-lexicon.tsv"));

        Distribution.Result run = dist.run(work, "run", "--plugins-dir", plugins.toString(), "-o", "out", dist.examples());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.stderr()).contains("plugin-error: plugin cytokine-extractor: its extractor 'cytokines' cannot be made, so the run"
                + " goes on without it: its constructor failed:");
        JsonNode json = new ObjectMapper().readTree(work.resolve("out/run.json").toFile());
        assertThat(json.at("/extensions/extractors").toString()).isEqualTo("[\"biomarkers\"]");
    }

    @Test
    void aDisabledPluginStaysListedButIsNotUsedUntilEnabledAgain() throws Exception {
        Path plugins = dist.pluginZipsIn(work.resolve("plugins"));
        Map<String, String> env = Map.of("EVIDENTIA_PLUGINS_DIR", plugins.toString());

        Distribution.Result disable = dist.run(work, env, "plugins", "disable", "html-reporter");
        assertThat(disable.exitCode()).as(disable.toString()).isZero();
        assertThat(disable.stdout().strip()).isEqualTo("Disabled html-reporter.");
        assertThat(dist.run(work, env, "plugins").stdout()).containsPattern("html-reporter +0\\.1\\.0 +disabled");

        assertThat(dist.run(work, env, "run", "-o", "without", dist.examples()).exitCode()).isZero();
        assertThat(work.resolve("without/report.html")).doesNotExist();
        assertThat(work.resolve("without/findings.jsonl")).isNotEmptyFile();

        assertThat(dist.run(work, env, "plugins", "enable", "html-reporter").stdout().strip()).isEqualTo("Enabled html-reporter.");
        assertThat(dist.run(work, env, "run", "-o", "with", dist.examples()).exitCode()).isZero();
        assertThat(work.resolve("with/report.html")).isNotEmptyFile();

        Distribution.Result unknown = dist.run(work, env, "plugins", "disable", "no-such-plugin");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.stderr()).contains("no plugin 'no-such-plugin'");
    }

    @Test
    void aReportThatNoReporterCanWriteIsRefusedAndOneBesideABrokenPluginRecordsItsProblem() throws Exception {
        Path plugins = dist.pluginZipsIn(work.resolve("plugins"));
        Map<String, String> env = Map.of("EVIDENTIA_PLUGINS_DIR", plugins.toString());
        Distribution.Result stored = dist.run(work, env, "run", "--store", "review.db", dist.examples());
        assertThat(stored.exitCode()).as(stored.toString()).isZero();
        List<String> withReporters = List.of("bioc", "html-reporter", "table-reporter");
        for (String id : withReporters) {
            assertThat(dist.run(work, env, "plugins", "disable", id).exitCode()).isZero();
        }

        Distribution.Result none = dist.run(work, env, "report", "--store", "review.db", "-o", "none");

        assertThat(none.exitCode()).as(none.toString()).isEqualTo(2);
        assertThat(none.stderr()).contains("no reporter can write the report: no installed and enabled plugin has one;"
                + " disabled plugins bioc, html-reporter, table-reporter may have one (`evidentia plugins enable ID`)");
        assertThat(work.resolve("none")).as("not a folder holding run.json alone, which reads as success").doesNotExist();

        for (String id : withReporters) {
            assertThat(dist.run(work, env, "plugins", "enable", id).exitCode()).isZero();
        }
        Files.write(plugins.resolve("truncated-download.zip"), new byte[] {'P', 'K', 3, 4, 20, 0, 0});
        Distribution.Result report = dist.run(work, env, "report", "--store", "review.db", "-o", "out");
        assertThat(report.exitCode()).as(report.toString()).isZero();
        assertThat(work.resolve("out/report.html")).isNotEmptyFile();
        JsonNode problems = JSON.readTree(work.resolve("out/run.json").toFile()).get("problems");
        assertThat(problems.toString()).contains("plugin truncated-download.zip: not a readable zip file");
        Distribution.Result strict = dist.run(work, env, "report", "--store", "review.db", "-o", "strict", "--strict");
        assertThat(strict.exitCode()).as(strict.toString()).isEqualTo(1);
    }

    @Test
    void theSameInputsGiveByteIdenticalTablesFindingsAndReports() throws Exception {
        String examples = dist.examples();
        assertThat(dist.run(work, "run", "-o", "first", "--run-date", "2026-01-31", examples).exitCode()).isZero();
        assertThat(dist.run(work, "run", "-o", "second", "--run-date", "2026-01-31", "--threads", "1", examples).exitCode()).isZero();
        for (String file : List.of("findings.jsonl", "review-table.csv", "studies.csv", "report.html")) {
            assertThat(Files.readAllBytes(work.resolve("second").resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(work.resolve("first").resolve(file)));
        }
    }

    @Test
    void usageErrorsExitWith2AndOneClearLine() throws Exception {
        Distribution.Result unknownReporter = dist.run(work, "run", "-r", "pdf", dist.examples());
        assertThat(unknownReporter.exitCode()).isEqualTo(2);
        assertThat(unknownReporter.stderr().strip()).startsWith("evidentia: no reporter named 'pdf'; available reporters:");
        assertThat(unknownReporter.stderr()).doesNotContain("Exception", "\tat ");

        Distribution.Result badOption = dist.run(work, "run", "--option", "review-table.formats=pdf", dist.examples());
        assertThat(badOption.exitCode()).isEqualTo(2);
        assertThat(badOption.stderr()).contains("option review-table.formats").contains("pdf").contains("csv");

        Distribution.Result missing = dist.run(work, "run", "no-such-file.txt");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.stderr()).contains("input 'no-such-file.txt' matches no file");

        // review 28 L8: a value given in the words the report shows it in is refused naming the value
        Distribution.Result shownAs = dist.run(work, "run", "--focus", "comparison=cases vs controls", dist.examples());
        assertThat(shownAs.exitCode()).isEqualTo(2);
        assertThat(shownAs.stderr()).contains("focus comparison=cases vs controls: 'cases vs controls' is not a value of comparison"
                + " ('cases vs controls' is how comparison=condition reads in reports: focus on comparison=condition); values: condition,");

        // an explorer's --focus condition=astma ended with 0 findings and no word why
        Distribution.Result misspelt = dist.run(work, "run", "-r", "findings-jsonl", "-o", "misspelt", "--focus", "condition=fibromyalgai",
                dist.examples());
        assertThat(misspelt.exitCode()).isZero();
        assertThat(misspelt.stderr()).contains("note: focus condition=fibromyalgai kept none of the 12 findings that state a condition;"
                + " like it: fibromyalgia (12 findings); most frequent: fibromyalgia (12 findings)");
        assertThat(misspelt.stdout()).contains("Found 0 findings in 0 records (focus condition=fibromyalgai left out all 12 findings)");
        // a run that found nothing left "0 others" out (the reader's review of session 27, D6)
        Files.writeString(work.resolve("plain.nbib"), "PMID- 1\nTI  - A title\nAB  - Nothing was measured here.\n\n");
        Distribution.Result none = dist.run(work, "run", "-r", "findings-jsonl", "-o", "none", "--focus", "specimen=csf", "plain.nbib");
        assertThat(none.stdout()).contains("Found 0 findings in 0 records (focus specimen=csf: the run found no finding to keep or leave out)");

        assertThat(dist.run(work, "frobnicate").exitCode()).isEqualTo(2);
    }

    /**
     * A command named on the command line is built alone under the top one (start-up time), and
     * {@code evidentia help COMMAND} builds every command: both give the same help.
     */
    @Test
    void eachCommandBuiltAloneGivesTheHelpItGivesBuiltWithAllTheOthers() throws Exception {
        for (String command : List.of("run", "report", "import", "plugins", "describe", "validate", "evaluate", "bench")) {
            Distribution.Result alone = dist.run(work, command, "--help");
            Distribution.Result withTheOthers = dist.run(work, "help", command);
            assertThat(alone.exitCode()).as(command).isZero();
            assertThat(alone.stdout()).as(command).startsWith("Usage: evidentia " + command).isEqualTo(withTheOthers.stdout());
        }
    }

    @Test
    void theTopCommandsHelpAndAMisspeltCommandSeeEveryCommand() throws Exception {
        Distribution.Result help = dist.run(work, "-vh", "run");
        assertThat(help.exitCode()).isZero();
        assertThat(help.stdout()).as("the top command's help, asked in a cluster before a command").startsWith("Usage: evidentia [")
                .contains("  run ", "  report ", "  evaluate ", "  bench ");

        Distribution.Result misspelt = dist.run(work, "evalute", dist.examples());
        assertThat(misspelt.exitCode()).isEqualTo(2);
        assertThat(misspelt.stderr()).contains("Did you mean: evidentia evaluate?");
    }

    /** Review s21 (CLI), D10: the listing written to a full disk was lost with exit 0, which a job capturing it read as done. */
    @Test
    void outputThatCannotBeWrittenToStandardOutputFailsTheCommand() throws Exception {
        java.io.File full = new java.io.File("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(full.exists(), "no /dev/full on this system");
        Path err = work.resolve("full-err.txt");
        Process process = new ProcessBuilder(dist.home().resolve("bin/evidentia").toString(), "plugins").directory(work.toFile())
                .redirectOutput(ProcessBuilder.Redirect.appendTo(full)).redirectError(err.toFile()).start();

        assertThat(process.waitFor(2, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).isEqualTo(1);
        assertThat(Files.readString(err)).endsWith("evidentia: could not write all of its output to standard output (a full disk, or a"
                + " device's error)\n");
    }

    /**
     * The review of session 23, P8: a reader that closed the pipe early ({@code evidentia plugins | grep -q ID} under
     * pipefail, {@code | head}) had all it wanted, yet the command failed with an error line.
     */
    @Test
    void aReaderThatClosesThePipeEarlyLeavesTheCommandItsOwnExitStatus() throws Exception {
        Path err = work.resolve("pipe-err.txt");
        Process process = new ProcessBuilder(dist.home().resolve("bin/evidentia").toString(), "plugins").directory(work.toFile())
                .redirectError(err.toFile()).start();
        process.getInputStream().close(); // the reader is gone before the listing is written

        assertThat(process.waitFor(2, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
        assertThat(Files.readString(err)).doesNotContain("could not write");
        assertThat(process.exitValue()).as(Files.readString(err)).isZero();
    }

    @Test
    void theTopCommandsOptionsWorkAfterACommandBuiltAlone() throws Exception {
        Distribution.Result noFolder = dist.run(work, "plugins", "--plugins-dir", work.resolve("none").toString());
        assertThat(noFolder.exitCode()).isEqualTo(2);
        assertThat(noFolder.stderr().strip()).isEqualTo("evidentia: plugins folder " + work.resolve("none") + " (--plugins-dir) does not exist");
        // an explorer's s21, D5: a file was said not to exist
        Path file = Files.writeString(work.resolve("plugins.txt"), "not a folder\n");
        Distribution.Result aFile = dist.run(work, "plugins", "--plugins-dir", file.toString());
        assertThat(aFile.exitCode()).isEqualTo(2);
        assertThat(aFile.stderr().strip()).isEqualTo("evidentia: plugins folder " + file + " (--plugins-dir) is a file, not a folder");

        Distribution.Result verbose = dist.run(work, "run", "-vr", "pdf", dist.examples());
        assertThat(verbose.exitCode()).isEqualTo(2);
        assertThat(verbose.stderr()).contains("evidentia: no reporter named 'pdf'").contains("\tat org.evidentia.runtime");
    }

    private static final String ONE_PASS = "; one timed pass of each, so how much passes vary is not known \\(--repeat 5 tells\\)";

    @Test
    void benchCountsTheRecordsItReadsAndExtractsFrom() throws Exception {
        Distribution.Result bench = dist.run(work, "bench", "--repeat", "1", dist.examples());

        assertThat(bench.exitCode()).as(bench.toString()).isZero();
        assertThat(bench.stdout()).contains("2 input files").containsPattern("(?m)^read +2 +[0-9.]+ +[0-9,]+$")
                // one timed pass of each: a figure says that how much passes vary is not known (an explorer's F4)
                .containsPattern("(?m)^read\\+extract +2 +[0-9.]+ +[0-9,]+ +\\(12 findings; (extraction adds [0-9.]+ s, [0-9,]+ records/s" + ONE_PASS
                        + "|what extraction adds is within noise: .*)\\)$")
                .containsPattern("(?m)^whole run +2 +[0-9.]+ +[0-9,]+ +\\((reporters bioc, findings-jsonl, html-summary, review-table add [0-9.]+ s, [0-9,]+ records/s"
                        + ONE_PASS + "|what reporters bioc, findings-jsonl, html-summary, review-table add is within noise: .*)\\)$")
                .doesNotContain("adds -").doesNotContain("add -");
        assertThat(bench.stderr()).as("a line as each pass ends").containsPattern("(?m)^bench: read, warm-up took [0-9.]+ s$")
                .containsPattern("(?m)^bench: whole run, pass 1 of [0-9]+ took [0-9.]+ s$");

        Distribution.Result one = dist.run(work, "bench", "--repeat", "1", "-r", "findings-jsonl", dist.examples());
        assertThat(one.exitCode()).as(one.toString()).isZero();
        assertThat(one.stdout()).containsPattern("(?m)^whole run +2 +[0-9.]+ +[0-9,]+ +\\((reporter findings-jsonl adds [0-9.]+ s, [0-9,]+ records/s" + ONE_PASS
                + "|what reporter findings-jsonl adds is within noise: .*)\\)$");

        // a plugin author's M2 (2026-12-04): an extractor benched alone, with its options; each stage takes its own extensions' options
        Distribution.Result alone = dist.run(work, "bench", "--repeat", "1", "-x", "biomarkers", "-r", "review-table",
                "--option", "review-table.formats=markdown", dist.examples());
        assertThat(alone.exitCode()).as(alone.toString()).isZero();
        assertThat(alone.stdout()).containsPattern("(?m)^read\\+extract +2 +[0-9.]+ +[0-9,]+ +\\(0 findings; ")
                .contains("reporter review-table adds");
        Distribution.Result wrong = dist.run(work, "bench", "--repeat", "1", "-x", "cytokines", "--option", "cytokines.nosuch=1",
                dist.examples());
        assertThat(wrong.exitCode()).as(wrong.toString()).isEqualTo(2);
        assertThat(wrong.stderr()).contains("unknown option cytokines.nosuch; known options: lexicon, lexicon-mode");
    }

    /**
     * Issue 12: the repository's side-by-side script times the distribution against zcat and prints the ratios the
     * targets are stated in, and what it measured (the build, the load before and after). A smoke test: a small gzipped
     * corpus, one round, the peer (which needs ../shared and lxml) and the cytokines-only run left out.
     */
    @Test
    void theSideBySideScriptTimesTheDistributionAgainstZcatAndPrintsTheRatios() throws Exception {
        Path medline = Corpus.medline(work.resolve("corpus.nbib"), 300);
        Path corpus = work.resolve("corpus.nbib.gz");
        try (InputStream in = Files.newInputStream(medline); OutputStream out = new GZIPOutputStream(Files.newOutputStream(corpus))) {
            in.transferTo(out);
        }
        Path script = Path.of("..", "tools", "side-by-side.py").toAbsolutePath().normalize();
        org.junit.jupiter.api.Assumptions.assumeTrue(onThePath("python3"), "python3 is not on the PATH: the side-by-side script needs it (.ci/run installs it)");
        Process process = new ProcessBuilder("python3", script.toString(), "--corpus", corpus.toString(), "--dist", dist.home().toString(),
                "--runs", "1", "--skip", "peer", "--skip", "cytokines").directory(work.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        assertThat(output).containsPattern("evidentia 0\\.1\\.0\\S*; Java [^,]+, corpus\\.nbib\\.gz, 1 rounds, [0-9]+ cores, load average [0-9. ]+ before the runs"
                        + " and [0-9. ]+ after")
                .containsPattern("(?m)^\\| zcat CORPUS > /dev/null \\(the floor\\) \\| [0-9.]+ s ")
                .containsPattern("(?m)^\\| evidentia run -r findings-jsonl \\| [0-9.]+ s ")
                .containsPattern("(?m)^findings-only run against zcat: [0-9.]+x zcat's wall time \\(target <= 3x\\); round by round median"
                        + " [0-9.]+x \\([0-9.]+-[0-9.]+\\), within the target in [01] of 1 rounds$")
                .containsPattern("(?m)^every reporter against findings only: [0-9.]+x \\(target <= 1\\.25x\\); round by round median"
                        + " [0-9.]+x \\([0-9.]+-[0-9.]+\\), within the target in [01] of 1 rounds$")
                .containsPattern("(?m)^evidentia plugins: median [0-9.]+ s \\(target <= 0\\.4 s\\)$")
                .containsPattern("(?m)^evidentia --help: median [0-9.]+ s \\(target <= 0\\.4 s\\)$")
                .doesNotContain("against the peer");
    }

    /** Whether an executable of this name is in a folder of the PATH. */
    private static boolean onThePath(String program) {
        String path = System.getenv("PATH");
        return path != null && Arrays.stream(path.split(File.pathSeparator))
                .anyMatch(folder -> !folder.isEmpty() && Files.isExecutable(Path.of(folder, program)));
    }

    @Test
    void evaluateRefusesAMissingOrMalformedGoldFileWithOneLine() throws Exception {
        Distribution.Result missing = dist.run(work, "evaluate", "-x", "cytokines", "--gold", "no-such-gold.jsonl", dist.examples());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.stderr().strip()).isEqualTo("evidentia: gold file no-such-gold.jsonl does not exist");

        Path gold = work.resolve("gold.jsonl");
        Files.writeString(gold, "{\"pmid\": \"1\", \"cytokine\": \"IL6\", \"direction\": \"increased\"}\n{not json\n");
        Distribution.Result malformed = dist.run(work, "evaluate", "-x", "cytokines", "--gold", gold.toString(), dist.examples());
        assertThat(malformed.exitCode()).isEqualTo(2);
        assertThat(malformed.stderr().strip()).startsWith("evidentia: gold file " + gold + ":2: ");

        // a malformed line of one file and a value the extractor's kind does not have in another, told in one go (the review of
        // session 23, E10: three runs to learn them)
        Path other = work.resolve("other.jsonl");
        Files.writeString(other, "{\"pmid\": \"2\", \"subject\": \"IL6\", \"direction\": \"increased\", \"specimen\": \"blod\"}\n");
        Distribution.Result both = dist.run(work, "evaluate", "-x", "cytokines", "--gold", gold.toString(), "--gold", other.toString(),
                dist.examples());
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.stderr().lines()).hasSize(2).satisfiesExactly(
                line -> assertThat(line).startsWith("evidentia: gold file " + gold + ":2: "),
                line -> assertThat(line).startsWith("evidentia: gold file " + other + ":1: 'blod' is not a value of specimen"));
    }

    /** The review of session 30, K4: the inputs forgotten, evaluate scored the bundled example against the gold without a word. */
    @Test
    void evaluateWithoutInputsSaysItReadsTheBundledExample() throws Exception {
        Path gold = work.resolve("gold.jsonl");
        Files.writeString(gold, "{\"pmid\": \"1\", \"cytokine\": \"IL6\", \"direction\": \"increased\"}\n");

        Distribution.Result forgotten = dist.run(work, "evaluate", "-x", "cytokines", "--gold", gold.toString());
        Distribution.Result given = dist.run(work, "evaluate", "-x", "cytokines", "--gold", gold.toString(), dist.examples());

        assertThat(forgotten.exitCode()).as(forgotten.toString()).isZero();
        assertThat(forgotten.stderr()).contains("note: no inputs given: this evaluation reads the bundled example"
                + " (conf/pipelines/example.yaml), not the records your gold files were annotated on");
        assertThat(given.stderr()).doesNotContain("no inputs given");
    }

    @Test
    void verboseAddsTheStackTraceToAnError() throws Exception {
        Distribution.Result quiet = dist.run(work, "run", "-r", "pdf", dist.examples());
        Distribution.Result verbose = dist.run(work, "--verbose", "run", "-r", "pdf", dist.examples());

        assertThat(quiet.stderr()).doesNotContain("\tat org.evidentia");
        assertThat(verbose.exitCode()).isEqualTo(2);
        assertThat(verbose.stderr()).contains("evidentia: no reporter named 'pdf'").contains("\tat org.evidentia.runtime");
    }

    @Test
    void strictFailsARunWithASkippedRecordWhileTheDefaultRunSucceeds() throws Exception {
        Path input = work.resolve("export.nbib");
        Files.writeString(input, String.join("\n",
                "PMID- 111", "TI  - Serum IL-6 was increased in patients with fibromyalgia.", "AB  - Serum IL-6 levels were higher in patients than in controls.", "",
                "XX  - a record with no PMID and no title", "",
                "PMID- 222", "TI  - A second study.", "AB  - Plasma TNF-alpha was not different between groups.", ""));

        Distribution.Result lenient = dist.run(work, "run", "-o", "lenient", input.toString());
        assertThat(lenient.exitCode()).as(lenient.toString()).isZero();
        assertThat(lenient.stderr()).contains("skipped-record: ").contains("export.nbib");
        JsonNode counts = JSON.readTree(work.resolve("lenient/run.json").toFile()).get("counts");
        assertThat(counts.get("records_read").asLong()).isEqualTo(3);
        assertThat(counts.get("records_skipped").asLong()).isEqualTo(1);
        assertThat(counts.get("records_kept").asLong()).isEqualTo(2);

        Distribution.Result strict = dist.run(work, "run", "--strict", "-o", "strict", input.toString());
        assertThat(strict.exitCode()).isEqualTo(1);
        assertThat(strict.stderr()).contains("the run failed").contains("--strict");
        // its report is kept for inspection, and says at the top that the run failed (review 13, M3)
        assertThat(JSON.readTree(work.resolve("strict/run.json").toFile()).get("status").asText()).isEqualTo("failed");
        assertThat(Jsoup.parse(Files.readString(work.resolve("strict/report.html"))).select("section.read-first li").first().text())
                .startsWith("This run failed: 1 problem met and --strict was given.");
        assertThat(Files.readString(work.resolve("lenient/report.html"))).doesNotContain("This run failed");
    }

    @Test
    void describeShowsAnExtensionsOptionsAndValidateChecksAPipelineFile() throws Exception {
        Distribution.Result describe = dist.run(work, "describe", "review-table");
        assertThat(describe.exitCode()).as(describe.toString()).isZero();
        assertThat(describe.stdout()).startsWith("review-table (reporter, plugin table-reporter 0.1.0)").contains("formats");
        // an explorer's s21: plugin.description and plugin.provider, which the plugin guide said describe shows, were shown nowhere
        assertThat(describe.stdout().lines().toList().get(2)).isEqualTo("  Plugin table-reporter: Review tables (CSV, TSV, Markdown, Excel) and findings.jsonl, by Evidentia");
        Distribution.Result extractor = dist.run(work, "describe", "cytokines");
        assertThat(extractor.stdout()).as("the kind's values with what they mean to a report's reader").contains(
                "  comparison (stratum): condition, intervention, exposure, genotype, time, other",
                "      time, shown as \"over time\": a time course",
                "      serum: the fluid left when blood has clotted",
                // review 28 L8: the aliases --focus, gold files and the synthesis count a key as
                "  key aliases (a subject key on the left is counted as the one on the right): IFNA1 -> IFNA, IFNA2 -> IFNA,"
                        + " IL12A -> IL12, IL17 -> IL17A, IL23A -> IL23, IL2R -> IL2RA, TGFB1 -> TGFB\nAccuracy: ");

        Path pipeline = work.resolve("review.yaml");
        Files.writeString(pipeline, "inputs: [" + dist.home().resolve("examples") + "]\nreporters: [review-table]\noptions:\n  review-table: {formats: [markdown]}\n");
        Distribution.Result valid = dist.run(work, "validate", pipeline.toString());
        assertThat(valid.exitCode()).as(valid.toString()).isZero();
        assertThat(valid.stdout()).contains("is valid: 3 input files"); // two pages and SOURCES.md

        Files.writeString(pipeline, "inputs: [x]\nreporter: [review-table]\n");
        Distribution.Result invalid = dist.run(work, "validate", pipeline.toString());
        assertThat(invalid.exitCode()).isEqualTo(2);
        assertThat(invalid.stderr()).contains("review.yaml:2: unknown key 'reporter'");
    }

    @Test
    void aPipelineFileChoosesTheSourceOfOneInputAndAnUnknownChoiceIsRefusedAtItsLine() throws Exception {
        // a PubMed CSV export: pubmed-csv claims it (100) over csv-table (30), unless an input chooses csv-table
        String header = "PMID,Title,Authors,Citation,First Author,Journal/Book,Publication Year,Create Date,PMCID,NIHMS ID,DOI\n";
        Files.createDirectories(work.resolve("exports"));
        Files.writeString(work.resolve("exports/a.csv"), header + "111,Serum IL-6 was increased in fibromyalgia.,A B,J 2020,A B,J,2020,2020/01/01,,,\n");
        Files.writeString(work.resolve("b.csv"), header + "222,Plasma TNF was lower in fibromyalgia.,C D,J 2021,C D,J,2021,2021/01/01,,,\n");
        Path pipeline = work.resolve("review.yaml");
        Files.writeString(pipeline, "inputs:\n  - exports/\n  - {path: b.csv, source: csv-table}\nreporters: [findings-jsonl]\n");

        Distribution.Result valid = dist.run(work, "validate", pipeline.toString());
        assertThat(valid.exitCode()).as(valid.toString()).isZero();
        assertThat(valid.stdout()).contains("(csv-table chosen for 1 input file)");
        Distribution.Result run = dist.run(work, "run", "-o", "out", pipeline.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode inputs = JSON.readTree(work.resolve("out/run.json").toFile()).get("inputs");
        assertThat(inputs.findValuesAsText("source")).containsExactly("pubmed-csv", "csv-table");
        Distribution.Result store = dist.run(work, "run", "--no-progress", "--store", "review.db", pipeline.toString());
        assertThat(store.exitCode()).as(store.toString()).isZero();
        JsonNode applied = JSON.readTree(work.resolve("review-run/run.json").toFile()).get("inputs");
        assertThat(applied.findValuesAsText("source")).as("a store run is given the files: the choice goes with each").containsExactly(
                "pubmed-csv", "csv-table");

        Files.writeString(pipeline, "inputs:\n  - exports/\n  - path: b.csv\n    source: csv-tabel\n");
        for (List<String> command : List.of(List.of("validate"), List.of("run"), List.of("run", "--store", "other.db"))) {
            List<String> arguments = new java.util.ArrayList<>(command);
            arguments.add(pipeline.toString());
            Distribution.Result unknown = dist.run(work, arguments.toArray(String[]::new));
            assertThat(unknown.exitCode()).as(unknown.toString()).isEqualTo(2);
            assertThat(unknown.stderr()).contains("review.yaml:4: no source named 'csv-tabel' (did you mean 'csv-table'?); available sources: ").contains("csv-table, ");
        }
    }

    @Test
    void theDistributionShipsAUserReadmeAndTheDocsItsCommandsPointTo() throws Exception {
        String readme = Files.readString(dist.home().resolve("README.md"));
        assertThat(readme).contains("bin/evidentia run").doesNotContain("mvn ");
        for (String linked : List.of("docs/user-guide.md", "docs/cytokine-extractor.md", "docs/reports.md", "docs/evaluation.md")) {
            assertThat(readme).contains(linked);
            assertThat(dist.home().resolve(linked)).as(linked).isNotEmptyFile();
        }
        Distribution.Result describe = dist.run(work, "describe", "cytokines");
        assertThat(describe.exitCode()).as(describe.toString()).isZero();
        java.util.regex.Matcher pointer = java.util.regex.Pattern.compile("docs/[a-z-]+\\.md").matcher(describe.stdout());
        while (pointer.find()) {
            assertThat(dist.home().resolve(pointer.group())).as("describe points to " + pointer.group()).isNotEmptyFile();
        }
        // every link of the shipped docs to a file leads to one the distribution has (the review of session 26, T7: the user
        // guide's CITATION.cff, cited from, was not shipped)
        List<Path> documents = new java.util.ArrayList<>(List.of(dist.home().resolve("README.md")));
        try (Stream<Path> docs = Files.list(dist.home().resolve("docs"))) {
            docs.filter(d -> d.toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        java.util.regex.Pattern link = java.util.regex.Pattern.compile("\\]\\(([^)\\s#]+)(#[^)\\s]*)?\\)");
        List<String> dead = new java.util.ArrayList<>();
        for (Path document : documents) {
            java.util.regex.Matcher to = link.matcher(Files.readString(document));
            while (to.find()) {
                String target = to.group(1);
                if (!target.matches("^[a-z]+:.*") && !Files.exists(document.getParent().resolve(target).normalize())) {
                    dead.add(dist.home().relativize(document) + " -> " + target);
                }
            }
        }
        assertThat(dead).as("links of the shipped docs to files the distribution lacks").isEmpty();
        assertThat(dist.home().resolve("CITATION.cff")).content().contains("cff-version");
    }

    @Test
    void theDistributionShipsItsLicenceAndTheLicencesOfEverythingItBundles() throws Exception {
        assertThat(dist.home().resolve("LICENSE")).content().contains("Apache License", "Version 2.0, January 2004");
        assertThat(dist.home().resolve("NOTICE")).content().contains("Evidentia", "THIRD-PARTY.txt");
        String thirdParty = Files.readString(dist.home().resolve("THIRD-PARTY.txt"));
        // Evidentia's own modules and plugins were listed as third-party (the review of session 28, M10); the picocli
        // Evidentia compiles for Java 17 is another project's code.
        assertThat(thirdParty).doesNotContain("(org.evidentia:").contains("(org.evidentia.thirdparty:evidentia-picocli:");
        try (Stream<Path> jars = Files.list(dist.home().resolve("lib"))) {
            // lib/cds is the class-data archive the launcher writes on its first run, not a bundled library
            for (Path jar : jars.filter(j -> j.toString().endsWith(".jar")).map(Path::getFileName)
                    .filter(j -> !j.toString().startsWith("evidentia-")).toList()) {
                String artifact = jar.toString().replaceFirst("-\\d.*$", ""); // the artifact id: up to its version
                assertThat(thirdParty).as("THIRD-PARTY.txt lists lib/" + jar).contains(":" + artifact + ":");
            }
        }
        assertThat(dist.home().resolve("licenses/jackson-core-jar")).isDirectory();
        // the text-mining kit is the host's, one copy for every extractor, and no plugin bundles it (below)
        assertThat(dist.home().resolve("lib")).isDirectoryContaining("glob:**/evidentia-textmining-*.jar");
        try (Stream<Path> zips = Files.list(dist.home().resolve("plugins"))) {
            for (Path zip : zips.filter(p -> p.toString().endsWith(".zip")).toList()) {
                try (ZipFile plugin = new ZipFile(zip.toFile())) {
                    assertThat(plugin.getEntry("THIRD-PARTY.txt")).as(zip.getFileName() + " lists what its lib/ bundles").isNotNull();
                    for (ZipEntry lib : plugin.stream().filter(e -> e.getName().startsWith("lib/") && e.getName().endsWith(".jar")).toList()) {
                        String artifact = lib.getName().substring(4).replaceFirst("-\\d.*$", "");
                        assertThat(artifact).as(zip.getFileName() + " bundles a library the host provides")
                                .doesNotStartWith("slf4j").doesNotStartWith("logback").doesNotStartWith("jackson")
                                .doesNotStartWith("pf4j").doesNotStartWith("guice").doesNotStartWith("evidentia-");
                        assertThat(new String(plugin.getInputStream(plugin.getEntry("THIRD-PARTY.txt")).readAllBytes(),
                                java.nio.charset.StandardCharsets.UTF_8)).as(zip.getFileName() + " " + lib.getName()).contains(":" + artifact + ":");
                    }
                }
            }
        }
    }

    @Test
    void shellCompletionAndManPagesShipWithTheDistributionAndWork() throws Exception {
        Path completion = dist.home().resolve("share/bash-completion/completions/evidentia");
        // What bash does on TAB after "evidentia r": the script offers the commands that start so.
        Process bash = new ProcessBuilder("bash", "-c", "source '" + completion + "'; COMP_WORDS=(evidentia r); COMP_CWORD=1; "
                + "COMP_LINE='evidentia r'; COMP_POINT=11; _complete_evidentia evidentia r evidentia; echo \"${COMPREPLY[*]}\"")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String offered = new String(bash.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
        assertThat(bash.waitFor()).isZero();
        assertThat(offered.split(" ")).contains("run");
        // The header told to source every *_completion file of bin/, which has none (the review of session 28, M4).
        assertThat(completion).content().contains("#   source /path/to/evidentia-0.1.0/share/bash-completion/completions/evidentia")
                .doesNotContain("_completion\"");

        Path manPages = dist.home().resolve("share/man/man1");
        for (String page : List.of("evidentia.1", "evidentia-run.1", "evidentia-evaluate.1", "evidentia-plugins.1")) {
            assertThat(manPages.resolve(page)).as(page).content().startsWith("'\\\" t").contains(".TH \"EVIDENTIA");
        }
        assertThat(manPages.resolve("evidentia-run.1")).content().contains("\\-\\-output", "\\-\\-focus", "\\-\\-strict");
        try (var pages = Files.list(manPages)) {
            for (Path page : pages.toList()) { // an italic label broken across lines shows its underscores ("NAME._ KEY=VALUE_")
                assertThat(Files.readAllLines(page)).as(page.getFileName() + "'s lines").noneMatch(line -> line.startsWith("_"))
                        .noneMatch(line -> line.matches(".*\\\\fI[^\\\\]*\\.\\\\fP$"));
            }
        }
    }

    @Test
    void theJavadocOfTheModulesPluginsBuildOnShipsAsPagesAndBesideTheirJarsInThePluginKit() throws Exception {
        for (String module : List.of("evidentia-api", "evidentia-textmining", "evidentia-testkit")) {
            assertThat(dist.home().resolve("share/javadoc/" + module + "/index.html")).as(module + "'s pages")
                    .content().containsPattern("<title>[^<]*Evidentia");
            Path kit = dist.home().resolve("share/maven-repository/org/evidentia/" + module + "/0.1.0");
            assertThat(kit.resolve(module + "-0.1.0-javadoc.jar")).as(module + "'s Javadoc jar in the plugin kit").isNotEmptyFile();
            try (ZipFile jar = new ZipFile(kit.resolve(module + "-0.1.0-javadoc.jar").toFile())) {
                assertThat(jar.getEntry("index.html")).as(module + "'s Javadoc jar holds its pages").isNotNull();
            }
        }
        // the contract an extractor's author reads first, with its threading rule
        assertThat(dist.home().resolve("share/javadoc/evidentia-api/org/evidentia/api/Extractor.html")).content()
                .contains("Turns one", "must be thread-safe", "Apache License").doesNotContain("All rights reserved");
        assertThat(dist.home().resolve("share/javadoc/evidentia-testkit/org/evidentia/testkit/PluginTestKit.html")).isNotEmptyFile();
    }

    private static List<JsonNode> findings(Path jsonl) throws IOException {
        try (Stream<String> lines = Files.lines(jsonl)) {
            return lines.filter(l -> !l.isBlank()).map(l -> {
                try {
                    return JSON.readTree(l);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
    }

    /** A copy of a real plugin zip under another id and with another {@code requires}, with {@code libraries} added to its lib/. */
    private static void copyWithRequires(Path zip, Path target, String id, String requires, Path... libraries) throws IOException {
        try (ZipFile in = new ZipFile(zip.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (Path library : libraries) {
                out.putNextEntry(new ZipEntry("lib/" + library.getFileName()));
                Files.copy(library, out);
                out.closeEntry();
            }
            for (ZipEntry entry : in.stream().toList()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("plugin.properties")) {
                    String properties = new String(in.getInputStream(entry).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                            .replaceAll("(?m)^plugin.id=.*$", "plugin.id=" + id)
                            .replaceAll("(?m)^plugin.requires=.*$", "plugin.requires=" + requires);
                    out.write(properties.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } else {
                    in.getInputStream(entry).transferTo(out);
                }
                out.closeEntry();
            }
        }
    }
}
