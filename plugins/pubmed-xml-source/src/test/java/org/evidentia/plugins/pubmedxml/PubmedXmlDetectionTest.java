package org.evidentia.plugins.pubmedxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evidentia.plugins.pubmedxml.Fixtures.fixture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.evidentia.api.Source;
import org.evidentia.testkit.PluginTestKit;
import org.evidentia.testkit.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PubmedXmlDetectionTest {

    private final PubmedXmlSource source = new PubmedXmlSource();

    @Test
    void acceptsEverySharedXmlFileWithCertainty() throws IOException {
        Path xml = SharedData.resolve("data/xml");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(xml)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(files).hasSize(17);
        assertThat(files).allSatisfy(file -> assertThat(source.accepts(PluginTestKit.input(file))).as(file.toString())
                .isEqualTo(100));
    }

    @ParameterizedTest
    @ValueSource(strings = {"data/medline/pubmed_result1.txt", "data/medline/citations.nbib",
        "data/csv/anopheles_pubmed_10000.csv", "data/csv/pubmed_result_ssb_2019-08-11_thru_2019-09-03_4443.csv",
        "data/abstract-text/il6_pubmed_result_160103.txt"})
    void rejectsSharedFilesOfOtherFormats(String file) {
        assertThat(source.accepts(PluginTestKit.input(SharedData.resolve(file)))).isEqualTo(Source.REJECT);
    }

    @Test
    void rejectsAMedlineTextHeadEvenWhenItMentionsAnXmlTag() {
        assertThat(source.accepts(PluginTestKit.input(fixture("medline-head.txt")))).isEqualTo(Source.REJECT);
    }

    @Test
    void acceptsTheFixturesAndARootlessRecordLessSurely(@TempDir Path dir) throws IOException {
        assertThat(source.accepts(PluginTestKit.input(fixture("medline-citation-set.xml")))).isEqualTo(100);
        Path single = dir.resolve("one-record.xml");
        Files.writeString(single, "<PubmedArticle>\n<MedlineCitation Status=\"MEDLINE\"><PMID>1</PMID></MedlineCitation>\n</PubmedArticle>\n");
        assertThat(source.accepts(PluginTestKit.input(single))).isEqualTo(80);
        Path other = dir.resolve("other.xml");
        Files.writeString(other, "<?xml version=\"1.0\"?>\n<catalog><book/></catalog>\n");
        assertThat(source.accepts(PluginTestKit.input(other))).isEqualTo(Source.REJECT);
    }

    @Test
    void readsAStandaloneRecordFile(@TempDir Path dir) throws IOException {
        Path single = dir.resolve("one-record.xml");
        Files.writeString(single, PubmedXmlBadInputTest.record("90000020", "Alone."));

        assertThat(PluginTestKit.read(source, single).records()).extracting(r -> r.title()).containsExactly("Alone.");
    }
}
