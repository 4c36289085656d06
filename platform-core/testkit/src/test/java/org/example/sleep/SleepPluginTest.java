package org.example.sleep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Extractor;
import org.evidentia.api.Finding;
import org.evidentia.testkit.EvidentiaPluginTest;
import org.evidentia.testkit.Fixture;
import org.evidentia.testkit.Gold;
import org.evidentia.testkit.GoldFile;
import org.evidentia.testkit.Golden;
import org.evidentia.testkit.GoldenFindings;
import org.evidentia.testkit.PluginTestKit;
import org.evidentia.testkit.PluginsUnderTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * The plugin guide's extension test: the sleep extractor loaded by the real host from a plugin build
 * output, with a fixture, golden findings and a gold file injected. The testkit is not a plugin
 * module, so {@link #layOutBuildOutput} lays out what evidentia-plugin-parent's build would leave in
 * {@code target/}; a plugin's own tests need no such step.
 */
@EvidentiaPluginTest(project = "target/sleep-plugin")
class SleepPluginTest {

    @BeforeAll
    static void layOutBuildOutput() throws IOException {
        Path target = Path.of("target/sleep-plugin/target");
        Path classes = Files.createDirectories(target.resolve("classes/org/example/sleep"));
        for (String name : List.of("SleepTermExtractor.class", "SleepTermExtractor$Options.class")) {
            Files.copy(Path.of("target/test-classes/org/example/sleep", name), classes.resolve(name),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Files.createDirectories(target.resolve("classes/META-INF"));
        Files.writeString(target.resolve("classes/META-INF/extensions.idx"), "org.example.sleep.SleepTermExtractor\n");
        Files.createDirectories(target.resolve("plugin"));
        Files.writeString(target.resolve("plugin/plugin.properties"),
                "plugin.id=sleep-terms\nplugin.version=1.0.0\nplugin.requires=>=0.1.0\nplugin.class=\nplugin.dependencies=\n");
    }

    /** Review 28 L4: each test class left its plugins folder in the temporary folder (379 of them on one machine). */
    @Test
    void closingThePluginsDeletesThePluginsFolderMadeForThem() throws Exception {
        Path folder;
        try (PluginsUnderTest plugins = PluginsUnderTest.fromBuildOutput(Path.of("target/sleep-plugin"))) {
            Extractor extractor = plugins.extension(Extractor.class, "sleep-terms");
            // the plugin's class loader reads its classes from <folder>/plugin-under-test/classes
            Path classes = Path.of(extractor.getClass().getProtectionDomain().getCodeSource().getLocation().toURI());
            folder = classes.getParent().getParent();
            assertThat(folder.getFileName().toString()).startsWith("evidentia-plugins");
            assertThat(folder).isDirectory();
        }
        assertThat(folder).doesNotExist();
    }

    // tag::test[]
    @Test
    void theExtractorLoadedByTheHostFindsWhatTheGoldenFileHolds(Extractor extractor, @Fixture("sleep/records.txt") Path fixture,
                                                                 @Golden("sleep/golden.jsonl") GoldenFindings golden) {
        assertThat(extractor.getClass().getClassLoader()).isNotSameAs(SleepPluginTest.class.getClassLoader());
        List<BibliographicRecord> records = records(fixture);

        List<Finding> findings = records.stream().flatMap(r -> PluginTestKit.extract(extractor, r).stream()).toList();

        golden.assertMatches(findings);
    }

    /** The fixture's records: a line with the PMID, then a line with the abstract, for each. */
    private static List<BibliographicRecord> records(Path fixture) {
        try {
            List<String> lines = Files.readAllLines(fixture);
            List<BibliographicRecord> records = new ArrayList<>();
            for (int i = 0; i + 1 < lines.size(); i += 2) {
                records.add(BibliographicRecord.builder().pmid(lines.get(i)).title("Record " + lines.get(i))
                        .section(null, lines.get(i + 1)).build());
            }
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
    // end::test[]

    @Test
    void aGoldenFileThatDiffersFailsNamingTheLine(Extractor extractor, @Fixture("sleep/records.txt") Path fixture,
                                                  @Golden("sleep/golden.jsonl") GoldenFindings golden) {
        List<Finding> none = List.of();
        assertThatThrownBy(() -> golden.assertMatches(none)).isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("golden.jsonl line 1 differs (2 golden, 0 found");
    }

    /** Both lines are in the message, which is all Surefire prints (review 6, finding 6: the message named the line only). */
    @Test
    void aGoldenLineThatDiffersIsShownBesideTheFindingsLine(Extractor extractor, @Fixture("sleep/records.txt") Path fixture,
                                                           @Golden("sleep/golden.jsonl") GoldenFindings golden) throws IOException {
        List<Finding> findings = records(fixture).stream().flatMap(r -> PluginTestKit.extract(extractor, r).stream()).toList();
        List<String> lines = Files.readAllLines(golden.file());
        Path shifted = Files.createTempFile("golden", ".jsonl");
        Files.write(shifted, List.of(lines.get(0), "", lines.get(1).replace("\"mention\":[6,23]", "\"mention\":[6,24]")));

        assertThatThrownBy(() -> new GoldenFindings(shifted).assertMatches(findings)).isInstanceOf(AssertionFailedError.class)
                .hasMessage(shifted + " line 3 differs (2 golden, 2 found; -Devidentia.golden=update rewrites the file)"
                        + System.lineSeparator() + "  golden: " + lines.get(1).replace("\"mention\":[6,23]", "\"mention\":[6,24]")
                        + System.lineSeparator() + "  found:  " + lines.get(1));
        Files.delete(shifted);
    }

    @Test
    void findingsAreScoredAgainstTheGoldFile(PluginsUnderTest plugins, @Fixture("sleep/records.txt") Path fixture,
                                             @Gold("sleep/gold.jsonl") GoldFile gold) {
        Extractor extractor = plugins.extension(Extractor.class, "sleep-terms");
        List<BibliographicRecord> records = records(fixture);
        List<Finding> findings = records.stream().flatMap(r -> PluginTestKit.extract(extractor, r).stream()).toList();

        GoldFile.Scores scores = gold.evaluate(extractor.findingKind(), records, findings);

        assertThat(scores.gold()).isEqualTo(2);
        assertThat(scores.truePositives()).isEqualTo(1);
        assertThat(scores.predicted()).isEqualTo(2);
        assertThat(scores.recall()).isEqualTo(0.5);
        // as `evidentia evaluate` prints it: the subject in lower case, the errors under their heading
        assertThat(scores.report()).contains("gold triples (record, sleep term, direction): 2")
                .contains(System.lineSeparator() + System.lineSeparator() + "Errors:" + System.lineSeparator() + "False positives (1):");
    }
}
