package org.evidentia.plugins.pubmed.medline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.evidentia.plugins.pubmed.Fixtures;
import org.evidentia.testkit.PluginTestKit;
import org.evidentia.testkit.PluginTestKit.SourceRun;
import org.evidentia.testkit.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** In a run where nothing reads records' metadata, MEDLINE records come without it, and with everything else as they were. */
class MedlineWithoutMetadataTest {

    @TempDir
    static Path dir;

    private final MedlineSource source = new MedlineSource();

    static Stream<Arguments> inputs() {
        return Stream.of(
                Arguments.of("two-records.nbib", Fixtures.path("medline/two-records.nbib")),
                Arguments.of("bad-records.txt", Fixtures.path("medline/bad-records.txt")),
                Arguments.of("an affiliation that is not UTF-8", Fixtures.notUtf8(dir, "medline/two-records.nbib", "University")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void leavesOutTheMetadataAndNothingElse(String name, Path file) {
        SourceRun full = PluginTestKit.read(source, file, PluginTestKit.context(source));
        SourceRun lean = PluginTestKit.read(source, file, PluginTestKit.context(source).withoutMetadata());

        assertThat(full.records()).isNotEmpty().allSatisfy(r -> assertThat(r.metadata()).isNotEmpty());
        assertThat(lean.records()).allSatisfy(r -> assertThat(r.metadata()).isEmpty());
        assertThat(lean.records()).containsExactlyElementsOf(full.records().stream().map(PluginTestKit::withoutMetadata).toList());
        assertThat(lean.log()).isEqualTo(full.log());
        assertThat(lean.declared()).isEqualTo(full.declared());
    }

    /**
     * The review of session 27, V4: a link to the notice that retracted a record decides its design, and was lost where nothing
     * else read metadata: a plain run counted the retracted study's votes, a store's did not.
     */
    @Test
    void keepsALinkToTheRecordsRetractionAlone() throws IOException {
        Path file = Files.writeString(dir.resolve("retracted.nbib"), """
                PMID- 39000001
                TI  - IL-6 in sepsis.
                AB  - Serum IL-6 was higher in patients.
                AU  - Doe J
                PT  - Journal Article
                RIN - J Test. 2021;1:1. PMID: 39000003
                CIN - J Test. 2020;1:2. PMID: 39000002

                """);
        SourceRun lean = PluginTestKit.read(source, file, PluginTestKit.context(source).withoutMetadata());

        assertThat(lean.records()).singleElement().satisfies(r -> assertThat(r.metadata())
                .isEqualTo(Map.of("RIN", List.of("J Test. 2021;1:1. PMID: 39000003"))));
    }

    @ParameterizedTest
    @MethodSource("sharedExports")
    void theSharedExportsGiveTheSameRecordsWithoutTheirMetadata(String file) {
        Path path = SharedData.resolve(file);
        SourceRun full = PluginTestKit.read(source, path, PluginTestKit.context(source));
        SourceRun lean = PluginTestKit.read(source, path, PluginTestKit.context(source).withoutMetadata());

        assertThat(lean.records()).hasSize(full.records().size())
                .containsExactlyElementsOf(full.records().stream().map(PluginTestKit::withoutMetadata).toList());
        assertThat(lean.log()).isEqualTo(full.log());
    }

    static List<String> sharedExports() {
        return List.of("data/medline/PUBMED_21032026_240.txt", "data/medline/samina_pubmed_crlf.txt", "data/medline/citations.nbib",
                "data/medline/hospitales_pubmed.txt");
    }
}
