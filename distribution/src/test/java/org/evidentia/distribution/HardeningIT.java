package org.evidentia.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.evidentia.testkit.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9's attack, end to end through the built distribution: bad plugin zips beside the bundled
 * ones, a record of hundreds of MiB, a broken link in an input folder, and the export whose chunks were joined mid-line; and
 * security review 32's long abstract of one repeated clause with no full stop.
 */
class HardeningIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Distribution dist = Distribution.built();

    @TempDir
    Path work;

    @Test
    void cyclicAndBrokenPluginZipsAreEachNamedAndTheBundledPluginsStillRun() throws Exception {
        Path plugins = dist.pluginZipsIn(work.resolve("plugins"));
        Path template = plugins.resolve("evidentia-table-reporter-0.1.0.zip");
        variant(template, plugins.resolve("cyc-a.zip"), "cyc-a", Map.of("plugin.dependencies", "cyc-b"), null);
        variant(template, plugins.resolve("cyc-b.zip"), "cyc-b", Map.of("plugin.dependencies", "cyc-a"), null);
        variant(template, plugins.resolve("needs-missing.zip"), "needs-missing", Map.of("plugin.dependencies", "nonexistent"), null);
        variant(template, plugins.resolve("bad-requires.zip"), "bad-requires", Map.of("plugin.requires", ">=abc&&"), null);
        variant(template, plugins.resolve("bad-version.zip"), "bad-version", Map.of("plugin.version", "not.a.version"), null);
        variant(template, plugins.resolve("no-class.zip"), "no-class", Map.of("plugin.class", "org.example.Missing"), null);
        variant(template, plugins.resolve("slip.zip"), "slip", Map.of(), "../escaped.txt");

        Distribution.Result listed = dist.run(work, "plugins", "--plugins-dir", plugins.toString());
        Distribution.Result run = dist.run(work, "run", "--plugins-dir", plugins.toString(), "-o", "out",
                dist.home().resolve("examples").toString());

        assertThat(listed.exitCode()).as(listed.toString()).isZero();
        assertThat(listed.stdout()).contains(
                "its dependencies form a cycle (cyc-a -> cyc-b -> cyc-a): none of them can be loaded",
                "needs plugin 'nonexistent', which is not in the plugins folder",
                "plugin.requires '>=abc&&' is not a version constraint",
                "plugin.version 'not.a.version' is not a version",
                "plugin.class 'org.example.Missing' cannot be made",
                "refused: its entry '../escaped.txt' would be written outside the plugin's folder");
        assertThat(listed.stdout()).containsPattern("(?m)^pubmed-source +0\\.1\\.0 +started ");
        assertThat(listed.stdout() + listed.stderr()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(work.resolve("escaped.txt")).doesNotExist();
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(work.resolve("out/report.html")).isNotEmptyFile();
    }

    @Test
    void aTitleOfHundredsOfMebibytesSkipsItsRecordNamingTheLimitAndTheRunSucceeds() throws Exception {
        Path bomb = hugeRecord("bomb.xml", "<Article><ArticleTitle>", "</ArticleTitle></Article>");

        Distribution.Result result = dist.run(work, Map.of("JAVA_OPTS", "-Xmx256m"), "run", "-o", "out", bomb.toString());

        assertSkippedOnly(result, "<ArticleTitle> is longer than 1048576 characters (the field limit");
    }

    @Test
    void aTagNameOfHundredsOfMebibytesSkipsOnlyItsRecord() throws Exception {
        // the careful XML reader has no limit of its own on names: before, it ran out of memory
        // and every record of the file was lost
        Path bomb = hugeRecord("name.xml", "<P", "/>");

        Distribution.Result result = dist.run(work, Map.of("JAVA_OPTS", "-Xmx256m"), "run", "-o", "out", bomb.toString());

        assertSkippedOnly(result, "a tag name longer than 1048576 bytes");
    }

    /**
     * Three records whose second holds {@code open}, 256 MiB of letters, then {@code close}: written
     * plain, since gzip of it inflates past the inflation bound and stops there (UntrustedInputsIT).
     */
    private Path hugeRecord(String name, String open, String close) throws IOException {
        Path bomb = work.resolve(name);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(bomb), 1 << 20)) {
            out.write(("<PubmedArticleSet>" + record("90300001", "First.")
                    + "<PubmedArticle><MedlineCitation><PMID>90300002</PMID>" + open).getBytes(StandardCharsets.UTF_8));
            byte[] letters = new byte[1024 * 1024];
            Arrays.fill(letters, (byte) 'a');
            for (int i = 0; i < 256; i++) {
                out.write(letters);
            }
            out.write((close + "</MedlineCitation></PubmedArticle>" + record("90300003", "Third.")
                    + "</PubmedArticleSet>\n").getBytes(StandardCharsets.UTF_8));
        }
        return bomb;
    }

    @Test
    void aLongAbstractOfOneRepeatedClauseWithNoFullStopIsReadInSeconds() throws Exception {
        // security review 32, M1: 80,000 chars of this took 137 s, a million would have taken hours and held the run
        String unit = "IL-6 and TNF-alpha and IL-1beta were increased in serum of patients, ";
        String abstractText = unit.repeat(200_000 / unit.length()) + "and so on.";
        StringBuilder medline = new StringBuilder("PMID- 93000001\nOWN - NLM\nDP  - 2020\nTI  - Perf test\nAB  - ");
        for (int i = 0; i < abstractText.length(); i += 74) {
            medline.append(i == 0 ? "" : "      ").append(abstractText, i, Math.min(abstractText.length(), i + 74)).append('\n');
        }
        medline.append("LA  - eng\n\nPMID- 93000002\nTI  - Fibromyalgia\nAB  - Serum IL-6 levels were significantly higher in"
                + " patients with fibromyalgia than in healthy controls.\n");
        Files.writeString(work.resolve("long.nbib"), medline);

        Distribution.Result result = dist.run(work, Map.of(), "run", "-o", "out", "--no-progress", "-r", "findings-jsonl", "long.nbib");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).contains("Found 4 findings in 2 records.");
        JsonNode runJson = JSON.readTree(work.resolve("out/run.json").toFile());
        assertThat(runJson.get("problems")).as(runJson.toString()).isEmpty();
        assertThat(Files.readAllLines(work.resolve("out/findings.jsonl"))).extracting(line -> {
            JsonNode finding = JSON.readTree(line);
            return finding.get("record_id").asText() + " " + finding.get("subject").asText() + " " + finding.get("direction").asText()
                    + " " + finding.at("/attributes/specimen").asText();
        }).containsExactly("93000001 IL6 increased serum", "93000001 TNF increased serum", "93000001 IL1B increased serum",
                "93000002 IL6 increased serum");
    }

    private void assertSkippedOnly(Distribution.Result result, String problem) throws IOException {
        assertThat(result.exitCode()).as(result.toString()).isZero();
        JsonNode runJson = JSON.readTree(work.resolve("out/run.json").toFile());
        assertThat(runJson.at("/inputs/0/records").asLong()).isEqualTo(3);
        assertThat(runJson.at("/inputs/0/skipped").asLong()).isEqualTo(1);
        assertThat(runJson.get("problems").toString()).contains(problem);
        assertThat(result.stderr()).doesNotContain("OutOfMemoryError").doesNotContain("\tat ");
    }

    @Test
    void aBrokenLinkInAnInputFolderIsSaidAndTheOtherFilesAreRead() throws Exception {
        Path in = Files.createDirectories(work.resolve("in"));
        Files.copy(dist.home().resolve("examples/000_94293249e6958046.txt"), in.resolve("page.txt"));
        Files.createSymbolicLink(in.resolve("moved.txt"), work.resolve("gone/moved.txt"));

        Distribution.Result result = dist.run(work, "run", "-o", "out", "in");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stderr()).contains("moved.txt: a broken symbolic link (its target does not exist): not read");
        assertThat(JSON.readTree(work.resolve("out/run.json").toFile()).at("/counts/records_read").asLong()).isEqualTo(1);
    }

    @Test
    void anExportWhoseChunksWereJoinedMidLineReadsAllItsRecords() throws Exception {
        Path export = SharedData.resolve("data/abstract-text/autoimmune_pubmed_abstract_2019.txt");

        Distribution.Result result = dist.run(work, "run", "-x", "cytokines", "-r", "findings-jsonl", "-o", "out", export.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        JsonNode runJson = JSON.readTree(work.resolve("out/run.json").toFile());
        assertThat(runJson.at("/inputs/0/records").asLong()).isEqualTo(915);
        assertThat(runJson.at("/inputs/0/skipped").asLong()).isZero();
    }

    private static String record(String pmid, String title) {
        return "<PubmedArticle><MedlineCitation><PMID>" + pmid + "</PMID><Article><ArticleTitle>" + title
                + "</ArticleTitle></Article></MedlineCitation></PubmedArticle>";
    }


    /** A copy of a real plugin zip under another id, with properties replaced and maybe one more entry. */
    private static void variant(Path zip, Path target, String id, Map<String, String> properties, String extraEntry) throws IOException {
        try (ZipFile in = new ZipFile(zip.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry entry : in.stream().toList()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("plugin.properties")) {
                    String text = new String(in.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8)
                            .replaceAll("(?m)^plugin.id=.*$", "plugin.id=" + id);
                    for (Map.Entry<String, String> property : properties.entrySet()) {
                        text = text.replaceAll("(?m)^" + java.util.regex.Pattern.quote(property.getKey()) + "=.*\\R?", "")
                                + property.getKey() + "=" + property.getValue() + "\n";
                    }
                    out.write(text.getBytes(StandardCharsets.UTF_8));
                } else {
                    in.getInputStream(entry).transferTo(out);
                }
                out.closeEntry();
            }
            if (extraEntry != null) {
                out.putNextEntry(new ZipEntry(extraEntry));
                out.write("outside".getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
    }
}
