package org.evidentia.plugins.pubmedxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evidentia.plugins.pubmedxml.Fixtures.fixture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.RunSummary.Problem;
import org.evidentia.testkit.PluginTestKit;
import org.evidentia.testkit.PluginTestKit.SourceRun;
import org.evidentia.testkit.TestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
        assertThat(lean.records()).containsExactlyElementsOf(full.records().stream().map(PluginTestKit::withoutMetadata).toList());
        assertThat(lean.problems()).isEqualTo(full.problems());
        assertThat(lean.declared()).isEqualTo(full.declared());
        assertThat(lean.deleted()).isEqualTo(full.deleted());
    }

    /**
     * The review of session 27, V5: a link to the notice that retracted a record decides its design, and was lost where nothing
     * else read metadata: a plain run counted the retracted study's votes, a store's did not.
     */
    @Test
    void keepsALinkToTheRecordsRetractionAlone(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("retracted.xml");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <PubmedArticleSet><PubmedArticle><MedlineCitation Status="MEDLINE" Owner="NLM">
                <PMID Version="1">39000001</PMID><Article><ArticleTitle>IL-6 in sepsis.</ArticleTitle>
                <Abstract><AbstractText>Serum IL-6 was higher in patients.</AbstractText></Abstract></Article>
                <CommentsCorrectionsList>
                <CommentsCorrections RefType="CommentIn"><RefSource>J Test. 2020</RefSource><PMID Version="1">39000002</PMID></CommentsCorrections>
                <CommentsCorrections RefType="RetractionIn"><RefSource>J Test. 2021</RefSource><PMID Version="1">39000003</PMID></CommentsCorrections>
                <CommentsCorrections><RefSource>J Test. 2022</RefSource><PMID Version="1">39000004</PMID></CommentsCorrections>
                </CommentsCorrectionsList></MedlineCitation></PubmedArticle></PubmedArticleSet>
                """);
        Read lean = read(file, PluginTestKit.context(source).withoutMetadata());

        assertThat(lean.records()).singleElement().satisfies(r -> assertThat(r.metadata())
                .isEqualTo(java.util.Map.of("CommentsCorrections", List.of("RetractionIn 39000003"))));
        assertThat(read(file, PluginTestKit.context(source)).records().get(0).metadata().get("CommentsCorrections"))
                .containsExactly("CommentIn 39000002", "RetractionIn 39000003");
    }

    /** {@code record} with its metadata reduced to what a read that keeps none keeps: its links to its retraction. */
    static BibliographicRecord withRetractionLinksAlone(BibliographicRecord record) {
        List<String> links = record.metadata().getOrDefault("CommentsCorrections", List.of()).stream()
                .filter(link -> link.startsWith("RetractionIn ") || link.startsWith("RetractedandRepublishedIn ")).toList();
        return new BibliographicRecord(record.id(), record.pmid(), record.doi(), record.pmcid(), record.title(), record.sections(),
                record.authors(), record.journal(), record.year(), record.publicationTypes(), record.meshTerms(), record.keywords(),
                links.isEmpty() ? java.util.Map.of() : java.util.Map.of("CommentsCorrections", links), record.origins(), record.version());
    }

    /**
     * The text that only metadata comes from is passed over, not skipped: what it holds is reported
     * the same either way (an entity the fast reader leaves unexpanded, a byte that is not UTF-8,
     * which sends the file to the careful reader, damage that makes it resume).
     */
    @ParameterizedTest
    @ValueSource(strings = {"entity-in-affiliation.xml", "latin1-byte-in-affiliation.xml", "not-well-formed-in-the-middle.xml",
        "truncated.xml"})
    void reportsTheSameProblemsEitherWay(String name) throws IOException {
        Read full = read(fixture(name), PluginTestKit.context(source));
        Read lean = read(fixture(name), PluginTestKit.context(source).withoutMetadata());

        assertThat(full.problems()).isNotEmpty();
        assertThat(lean.problems()).isEqualTo(full.problems());
        assertThat(lean.records()).allSatisfy(r -> assertThat(r.metadata()).isEmpty());
        assertThat(lean.records()).containsExactlyElementsOf(full.records().stream().map(PluginTestKit::withoutMetadata).toList());
        assertThat(lean.declared()).isEqualTo(full.declared());
    }

    @ParameterizedTest
    @ValueSource(strings = {"entity-in-affiliation.xml", "latin1-byte-in-affiliation.xml"})
    void aProblemInAnAffiliationIsReportedForItsRecordThoughNothingReadsIt(String name) throws IOException {
        Read lean = read(fixture(name), PluginTestKit.context(source).withoutMetadata());

        assertThat(lean.records()).hasSize(3);
        assertThat(lean.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.WARNING);
            assertThat(p.recordNumber()).isEqualTo(2);
        });
    }

    @Test
    void aRecordWhoseAffiliationsPassTheRecordsTextLimitIsSkippedEitherWay(@TempDir Path dir) throws IOException {
        // seventeen affiliations of a mebibyte less a little: each within the field limit, together past the record's
        String affiliation = "<AffiliationInfo><Affiliation>" + "x".repeat(ElementText.MAX_FIELD_CHARS - 16) + "</Affiliation></AffiliationInfo>";
        String large = "<PubmedArticle><MedlineCitation><PMID Version=\"1\">96000002</PMID><Article><ArticleTitle>Large.</ArticleTitle>"
                + "<AuthorList><Author><LastName>Doe</LastName>" + affiliation.repeat(17) + "</Author></AuthorList></Article></MedlineCitation></PubmedArticle>\n";
        Path file = dir.resolve("large.xml");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<PubmedArticleSet>\n" + small("96000001") + large + small("96000003") + "</PubmedArticleSet>\n");

        Read full = read(file, PluginTestKit.context(source));
        Read lean = read(file, PluginTestKit.context(source).withoutMetadata());

        assertThat(full.records()).extracting(BibliographicRecord::pmid).containsExactly("96000001", "96000003");
        assertThat(full.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("the record limit"));
        assertThat(lean.problems()).isEqualTo(full.problems());
        assertThat(lean.records()).containsExactlyElementsOf(full.records().stream().map(PluginTestKit::withoutMetadata).toList());
    }

    /**
     * The field limit counts an element's text as written, so an element over it that folding its
     * white space would bring under it skips its record whether or not the element is kept: the
     * title is kept either way, the affiliation only when metadata is wanted.
     */
    @ParameterizedTest
    @ValueSource(strings = {"ArticleTitle", "Affiliation"})
    void anElementOverTheFieldLimitAsWrittenButNotOnceFoldedIsSkippedEitherWay(String element, @TempDir Path dir) throws IOException {
        // 1,300,000 characters as written (1.24 Mi), 120,000 once folded; the markup keeps every stretch of text short
        String text = ("word" + " ".repeat(60) + "<i>x</i>").repeat(20_000);
        String inner = element.equals("ArticleTitle")
                ? "<ArticleTitle>" + text + "</ArticleTitle>"
                : "<ArticleTitle>Spacious.</ArticleTitle><AuthorList><Author><LastName>Doe</LastName><AffiliationInfo><Affiliation>"
                        + text + "</Affiliation></AffiliationInfo></Author></AuthorList>";
        String spacious = "<PubmedArticle><MedlineCitation><PMID Version=\"1\">96000002</PMID><Article>" + inner
                + "</Article></MedlineCitation></PubmedArticle>\n";
        Path file = dir.resolve("spacious.xml");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<PubmedArticleSet>\n" + small("96000001") + spacious + small("96000003") + "</PubmedArticleSet>\n");

        Read full = read(file, PluginTestKit.context(source));
        Read lean = read(file, PluginTestKit.context(source).withoutMetadata());

        assertThat(full.records()).extracting(BibliographicRecord::pmid).containsExactly("96000001", "96000003");
        assertThat(full.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .isEqualTo("PMID 96000002 is skipped: <" + element + "> is longer than 1048576 characters (the field limit, 1 Mi"
                        + " characters); expected a PubMed record"));
        assertThat(lean.problems()).isEqualTo(full.problems());
        assertThat(lean.records()).containsExactlyElementsOf(full.records().stream().map(PluginTestKit::withoutMetadata).toList());
    }

    private static String small(String pmid) {
        return "<PubmedArticle><MedlineCitation><PMID Version=\"1\">" + pmid + "</PMID><Article><ArticleTitle>Small.</ArticleTitle>"
                + "</Article></MedlineCitation></PubmedArticle>\n";
    }

    record Read(List<BibliographicRecord> records, List<Problem> problems, Long declared, List<String> deleted) {
    }

    /** What {@link PluginTestKit#read(org.evidentia.api.Source, Path, TestContext)} gives, with the ids the input deletes. */
    static Read read(Path file, TestContext context) {
        SourceRun run = PluginTestKit.read(new PubmedXmlSource(), file, context);
        return new Read(run.records(), run.log().problems(), run.declared(), context.deletedIds());
    }
}
