package org.evidentia.plugins.pubmedxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evidentia.plugins.pubmedxml.Fixtures.fixture;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.testkit.PluginTestKit;
import org.evidentia.testkit.TestContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A run in which nothing reads records' metadata tells the source so; the source then leaves the
 * metadata out and every other field, problem and count stays as it was.
 */
class PubmedXmlWithoutMetadataTest {

    private final PubmedXmlSource source = new PubmedXmlSource();

    @ParameterizedTest
    @ValueSource(strings = {"efetch-two-articles-and-a-book.xml", "medline-citation-set.xml", "record-without-pmid.xml"})
    void leavesOutTheMetadataAndNothingElse(String name) throws IOException {
        Read full = read(fixture(name), PluginTestKit.context(source));
        Read lean = read(fixture(name), PluginTestKit.context(source).withoutMetadata());

        assertThat(full.records()).anySatisfy(r -> assertThat(r.metadata()).isNotEmpty());
        assertThat(lean.records()).allSatisfy(r -> assertThat(r.metadata()).isEmpty());
        assertThat(lean.records()).containsExactlyElementsOf(full.records().stream().map(PubmedXmlWithoutMetadataTest::withoutMetadata).toList());
        assertThat(lean.problems()).isEqualTo(full.problems());
        assertThat(lean.declared()).isEqualTo(full.declared());
        assertThat(lean.deleted()).isEqualTo(full.deleted());
    }

    /** A damaged file goes to the careful reader, which reads the metadata of what it reads, so that its problems are whole. */
    @ParameterizedTest
    @ValueSource(strings = {"not-well-formed-in-the-middle.xml", "truncated.xml"})
    void aDamagedFileReportsTheSameProblemsEitherWay(String name) throws IOException {
        Read full = read(fixture(name), PluginTestKit.context(source));
        Read lean = read(fixture(name), PluginTestKit.context(source).withoutMetadata());

        assertThat(full.problems()).isNotEmpty();
        assertThat(lean.problems()).isEqualTo(full.problems());
        assertThat(lean.records().stream().map(PubmedXmlWithoutMetadataTest::withoutMetadata).toList())
                .containsExactlyElementsOf(full.records().stream().map(PubmedXmlWithoutMetadataTest::withoutMetadata).toList());
        assertThat(lean.declared()).isEqualTo(full.declared());
    }

    record Read(List<BibliographicRecord> records, List<?> problems, Long declared, List<String> deleted) {
    }

    static Read read(Path file, TestContext context) throws IOException {
        try (Stream<BibliographicRecord> records = new PubmedXmlSource().read(PluginTestKit.input(file), context)) {
            List<BibliographicRecord> all = records.toList();
            return new Read(all, context.log().problems(), context.declared(), context.deletedIds());
        }
    }

    static BibliographicRecord withoutMetadata(BibliographicRecord r) {
        return new BibliographicRecord(r.id(), r.pmid(), r.doi(), r.pmcid(), r.title(), r.sections(), r.authors(), r.journal(),
                r.year(), r.publicationTypes(), r.meshTerms(), r.keywords(), Map.of(), r.origins(), r.version());
    }
}
