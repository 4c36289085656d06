package org.evidentia.plugins.ris;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evidentia.plugins.ris.Fixtures.fixture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.evidentia.testkit.PluginTestKit;
import org.evidentia.testkit.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RisDetectionTest {

    private final RisSource source = new RisSource();

    @ParameterizedTest
    @ValueSource(strings = {"endnote-pubmed.ris", "zotero.ris", "scopus.ris", "refman-style.ris", "bad-records.ris"})
    void everyExportScores95(String name) {
        assertThat(source.accepts(PluginTestKit.input(fixture(name)))).isEqualTo(95);
    }

    @Test
    void aRisFileWithOtherTextBeforeItsFirstRecordScores90OnlyWhenNamedRis(@TempDir Path dir) throws IOException {
        String text = "Exported references\n\nTY  - JOUR\nTI  - x\nER  - \n";
        assertThat(score(dir, "export.ris", text)).isEqualTo(90);
        assertThat(score(dir, "export.txt", text)).isZero();
    }

    @Test
    void otherFormatsAreRejected(@TempDir Path dir) throws IOException {
        assertThat(score(dir, "pubmed.txt", "PMID- 12345678\nOWN - NLM\nTI  - A title\nAB  - Text.\n")).isZero();
        assertThat(score(dir, "citations.nbib", "\nTI  - A title\nAU  - Doe J\nTY  - what\n")).isZero();
        assertThat(score(dir, "pubmed.xml", "<?xml version=\"1.0\"?>\n<PubmedArticleSet>\n")).isZero();
        assertThat(score(dir, "export.ris", "<?xml version=\"1.0\"?>\n<records/>\n")).isZero();
        assertThat(score(dir, "sheet.csv", "Title,Authors,DOI\nA,B,C\n")).isZero();
        assertThat(score(dir, "empty.ris", "")).isEqualTo(15);
    }

    @Test
    void noSharedPubmedExportIsTakenForRis() throws IOException {
        Path data = SharedData.resolve("data");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(data)) {
            files = walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".md")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(20);
        for (Path file : files) {
            assertThat(source.accepts(PluginTestKit.input(file))).as(file.toString()).isZero();
        }
    }

    private int score(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return source.accepts(PluginTestKit.input(file));
    }
}
