package org.evidentia.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.evidentia.distribution.fixtures.AskewTermExtractor;
import org.evidentia.distribution.fixtures.ComparatorTermExtractor;
import org.evidentia.distribution.fixtures.KindCountReporter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A third party's plugin with the mistakes review 6's plugin developer made, installed beside the
 * bundled plugins of the built distribution: an extractor whose every finding breaks the contract
 * (mention offsets one late), and a reporter whose kind option names a kind the run does not make
 * (checked in its {@code checkOptions}, as the plugin guide now says).
 */
class PluginContractIT {

    /** Two hand-written MEDLINE records: 'serum' three times in their abstracts, and one IL-6 finding. */
    private static final String NBIB = """
            PMID- 99000001
            DP  - 2020 Jan
            TI  - Serum interleukin-6 in an invented cohort.
            AB  - Serum interleukin-6 was higher in the invented patients than in the invented
                  controls; serum was drawn in the morning and serum cortisol was not measured.
            FAU - Tester, Alice B
            AU  - Tester AB
            PT  - Journal Article
            TA  - J Invented Res

            PMID- 99000002
            DP  - 2021 Feb
            TI  - A second invented record.
            AB  - The invented cohort gave serum samples once, and nothing else is reported here.
            FAU - Tester, Bob C
            AU  - Tester BC
            PT  - Journal Article
            TA  - J Invented Res
            """;

    @TempDir
    Path work;

    private final Distribution dist = Distribution.built();
    private Path plugins;

    @BeforeEach
    void install() throws Exception {
        Files.writeString(work.resolve("export.nbib"), NBIB, StandardCharsets.UTF_8);
        plugins = dist.pluginZipsIn(work.resolve("plugins"));
        pluginZip(plugins.resolve("developer-fixtures-1.0.0.zip"), "developer-fixtures", AskewTermExtractor.class, KindCountReporter.class);
    }

    /** Review 6, plugin developer's finding 8: the kind's line said "Terms: no findings." and nothing more. */
    @Test
    void aKindWhoseEveryFindingWasDroppedAsABreachSaysSoInTheReport() throws Exception {
        Distribution.Result run = dist.run(work, "run", "--plugins-dir", plugins.toString(), "-x", "askew-terms", "-x", "cytokines",
                "-r", "html-summary", "export.nbib", "-o", "out", "--run-date", "2026-01-31", "--no-progress");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode summary = new ObjectMapper().readTree(work.resolve("out/run.json").toFile());
        List<String> dropped = new ArrayList<>();
        summary.get("problems").forEach(p -> {
            if (p.get("kind").asText().equals("extractor-error") && p.get("extension").asText().equals("askew-terms")) {
                dropped.add(p.get("message").asText());
            }
        });
        assertThat(dropped).hasSize(3).allSatisfy(m -> assertThat(m).startsWith("finding dropped, a defect to report to the authors of plugin ").contains(": its mention 'serum' is not at abstract["));
        Document report = Jsoup.parse(work.resolve("out/report.html").toFile(), "UTF-8");
        Element terms = report.getElementById("kind-term-mention");
        assertThat(terms.text()).isEqualTo("Terms: no findings kept. 3 findings of this kind were dropped as breaches of the extractor"
                + " contract and are counted nowhere in this report (Problems lists each with why, as run.json's problems do).");
        assertThat(terms.select("a").eachAttr("href")).containsExactly("#methods-problems");
        assertThat(report.getElementById("methods-problems")).isNotNull();
        assertThat(report.select("#kind-cytokine-change p.summary").text()).startsWith("1 finding on 1 cytokine");
        assertThat(report.select("p.dropped")).as("the cytokines lost nothing").isEmpty();
    }

    /**
     * Review 6, plugin developer's finding 7: the reporter refused the option in its start, and the
     * run read and extracted every record first, then exited 1; {@code validate} said the file was
     * valid, and the refusal named the options block's line (review 8, finding 7). The reporter now
     * checks it in {@code Reporter.checkOptions}, which validate calls too.
     */
    @Test
    void aReportersKindOptionNamingNoKindOfTheRunIsRefusedAtItsLineByValidateAndByTheRunBeforeItReads() throws Exception {
        Path pipeline = work.resolve("pipe.yaml");
        Files.writeString(pipeline, """
                inputs: [export.nbib]
                extractors: [askew-terms, cytokines]
                reporters: [kind-count, html-summary]
                options:
                  kind-count:
                    kind: term-mentions
                output: out
                run-date: 2026-01-31
                """, StandardCharsets.UTF_8);

        String refusal = "evidentia: pipe.yaml:6: reporter kind-count (plugin developer-fixtures) refuses option kind-count.kind: the run"
                + " makes no findings of kind 'term-mentions'; its kinds: term-mention, cytokine-change";
        Distribution.Result invalid = dist.run(work, "validate", "--plugins-dir", plugins.toString(), "pipe.yaml");
        assertThat(invalid.exitCode()).as(invalid.toString()).isEqualTo(2);
        assertThat(invalid.stderr()).contains(refusal);

        Distribution.Result refused = dist.run(work, "run", "--plugins-dir", plugins.toString(), "pipe.yaml", "--no-progress");

        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(2);
        assertThat(refused.stderr()).contains(refusal);
        assertThat(refused.stdout()).as("nothing was read").doesNotContain("Read ");
        assertThat(work.resolve("out")).doesNotExist();

        Files.writeString(pipeline, Files.readString(pipeline).replace("term-mentions", "term-mention"));
        Distribution.Result valid = dist.run(work, "validate", "--plugins-dir", plugins.toString(), "pipe.yaml");
        assertThat(valid.exitCode()).as(valid.toString()).isZero();
        Distribution.Result run = dist.run(work, "run", "--plugins-dir", plugins.toString(), "pipe.yaml", "--no-progress");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.stdout()).contains("Read 2 records");
        assertThat(work.resolve("out/kind-count.txt")).hasContent("0\n");
    }

    /**
     * Review 28: a third party's kind of another domain, whose stratum attribute is {@code comparator},
     * is reported in its own words: the plain accuracy sentence reads and names its comparator (M4),
     * the methods name no stratum of another domain (L1), the tables' About no wording it does not keep (L2).
     */
    @Test
    void aThirdPartyKindIsReportedInItsOwnWords() throws Exception {
        pluginZip(plugins.resolve("third-party-events-1.0.0.zip"), "third-party-events", ComparatorTermExtractor.class);

        Distribution.Result run = dist.run(work, "run", "--plugins-dir", plugins.toString(), "-x", "comparator-terms", "-r", "html-summary",
                "-r", "review-table", "export.nbib", "-o", "out", "--run-date", "2026-01-31", "--no-progress");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        Document report = Jsoup.parse(work.resolve("out/report.html").toFile(), "UTF-8");
        assertThat(report.select("#kind-serum-event-key p.accuracy-plain").text()).isEqualTo("How often a count may be wrong: as"
                + " their extractor measured it on its own test set, half or more of the event findings are placed in the wrong comparator,"
                + " and so in the wrong stratum (comparator right: 0.50), and about 1 in 10 is wrong altogether (precision 0.90); on"
                + " literature unlike that set (off-topic, review-heavy or in-silico work), more can be: check the sentences"
                + " behind any count you cite.");
        assertThat(report.select("section.read-first li.folded details summary").eachText())
                .contains("How accurately event findings are extracted: 90% right and 50% in the right comparator, on the extractor's own test set");
        // L1: the methods' sentence on the main stratum, printed for every kind, names no domain of its own
        assertThat(report.getElementById("methods-main-stratum").text()).startsWith("A kind's main stratum").contains("Events: ")
                .doesNotContainIgnoringCase("human");
        // L2: the tables' About describes a free-text attribute in words true of an extractor that normalises its values
        assertThat(Files.readString(work.resolve("out/review-tables-about.md"))).contains("- **Column: Drug:** free text, as the"
                + " extractor writes it (read from the sentence or the record, and possibly normalised: see the extractor's"
                + " documentation); empty when not stated");
    }

    /**
     * Review 28 L7: an extractor class whose {@code @Extension} was forgotten, beside one that has it,
     * was installed without a word and simply did not exist.
     */
    @Test
    void aPublicExtractorClassTheIndexDoesNotNameIsWarnedOfAtInstall() throws Exception {
        Path zip = work.resolve("forgetful-1.0.0.zip");
        pluginZip(zip, "forgetful", List.of(ComparatorTermExtractor.class), List.of(AskewTermExtractor.class));

        Distribution.Result install = dist.run(work, "plugins", "install", "--plugins-dir", plugins.toString(), zip.toString());

        assertThat(install.exitCode()).as(install.toString()).isZero();
        assertThat(install.stdout()).startsWith("Installed forgetful 1.0.0 as ");
        assertThat(install.stderr().strip()).isEqualTo("warning: plugin forgetful: " + AskewTermExtractor.class.getName() + " is a public"
                + " extractor class that classes/META-INF/extensions.idx does not name, so PF4J will not find it: annotate it with"
                + " @org.pf4j.Extension (or make it abstract or not public if it is not meant to be an extension)");
    }

    /** A plugin zip in PF4J's layout (plugin.properties, classes/ and its extension index) of these compiled test classes. */
    private static void pluginZip(Path zip, String id, Class<?>... extensions) throws IOException, URISyntaxException {
        pluginZip(zip, id, List.of(extensions), List.of());
    }

    /** As {@link #pluginZip(Path, String, Class[])}, with {@code unindexed} among its classes but not in its index. */
    private static void pluginZip(Path zip, String id, List<Class<?>> extensions, List<Class<?>> unindexed)
            throws IOException, URISyntaxException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            entry(z, "plugin.properties", ("plugin.id=" + id + "\nplugin.version=1.0.0\nplugin.requires=*\nplugin.provider=tests\n"
                    + "plugin.description=a plugin developer's mistakes\nplugin.class=\n").getBytes(StandardCharsets.UTF_8));
            StringBuilder index = new StringBuilder();
            List<Class<?>> all = new ArrayList<>(extensions);
            all.addAll(unindexed);
            for (Class<?> extension : all) {
                if (extensions.contains(extension)) {
                    index.append(extension.getName()).append('\n');
                }
                Path file = Path.of(extension.getResource(extension.getSimpleName() + ".class").toURI());
                String folder = "classes/" + extension.getPackageName().replace('.', '/') + "/";
                try (Stream<Path> siblings = Files.list(file.getParent())) {
                    for (Path f : siblings.filter(f -> f.getFileName().toString().equals(extension.getSimpleName() + ".class")
                            || f.getFileName().toString().startsWith(extension.getSimpleName() + "$")).sorted().toList()) {
                        entry(z, folder + f.getFileName(), Files.readAllBytes(f));
                    }
                }
            }
            entry(z, "classes/META-INF/extensions.idx", index.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void entry(ZipOutputStream z, String name, byte[] bytes) throws IOException {
        z.putNextEntry(new ZipEntry(name));
        z.write(bytes);
        z.closeEntry();
    }
}
