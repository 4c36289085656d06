package org.evidentia.plugins.pubmedxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evidentia.plugins.pubmedxml.Fixtures.fixture;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.evidentia.api.AbstractSection;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.SourceInput;
import org.evidentia.testkit.PluginTestKit.SourceRun;
import org.evidentia.testkit.PluginTestKit;
import org.evidentia.testkit.TestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class PubmedXmlSourceTest {

    private final PubmedXmlSource source = new PubmedXmlSource();

    @Test
    void mapsAnEfetchArticleOntoTheRecord() {
        SourceRun run = PluginTestKit.read(source, fixture("efetch-two-articles-and-a-book.xml"));

        assertThat(run.log().problems()).isEmpty();
        assertThat(run.records()).extracting(BibliographicRecord::pmid).containsExactly("90000001", "90000002", "90000003");
        BibliographicRecord first = run.records().get(0);
        assertThat(first.id()).isEqualTo("90000001");
        // ArticleIdList wins over ELocationID; the ReferenceList's DOI belongs to someone else.
        assertThat(first.doi()).isEqualTo("10.9999/article.doi");
        assertThat(first.pmcid()).isEqualTo("PMC9000001");
        assertThat(first.title()).isEqualTo("Serum IL-6 and TNF-\u03b1 in sepsis: CD4(+) cells & Th17 responses.");
        assertThat(first.sections()).containsExactly(
                new AbstractSection("BACKGROUND", "Interleukin-6 (IL-6) rises in sepsis."),
                new AbstractSection("RESULTS", "IL-6 was higher (P < 0.01) after 6 weeks; IL-10 was not changed."),
                new AbstractSection("CONCLUSIONS", "Both cytokines matter."));
        // The author marked ValidYN="N" is not an author.
        assertThat(first.authors()).containsExactly("Doe JA", "Roe R", "Invented Sepsis Study Group");
        assertThat(first.journal()).isEqualTo("Journal of invented cytokine studies");
        assertThat(first.year()).isEqualTo(1998);
        assertThat(first.publicationTypes()).containsExactly("Journal Article", "Randomized Controlled Trial");
        assertThat(first.meshTerms()).containsExactly("Sepsis", "Interleukin-6");
        assertThat(first.keywords()).containsExactly("cytokines", "sepsis");
        assertThat(first.metadata())
                .containsEntry("Language", List.of("eng"))
                .containsEntry("ISOAbbreviation", List.of("J Invent Cytokine Stud"))
                .containsEntry("MeshHeading", List.of("Sepsis/blood", "Interleukin-6"))
                .containsEntry("CommentsCorrections", List.of("CommentIn 90000099"))
                .containsEntry("Affiliation", List.of("Department of Invented Medicine, Nowhere University."))
                .containsEntry("AuthorFullName", List.of("Doe, Jane A", "Roe, Richard"))
                .containsEntry("AuthorIdentifier:ORCID", List.of("0000-0000-0000-0001"))
                .containsEntry("NlmCategory", List.of("BACKGROUND", "RESULTS", "CONCLUSIONS"))
                .containsEntry("CopyrightInformation", List.of("Copyright 1999 The Authors."))
                .containsEntry("ELocationID:pii", List.of("S0000-0000(98)00001-1"))
                .containsEntry("Status", List.of("MEDLINE"));
        assertThat(first.origins()).singleElement().satisfies(origin -> {
            assertThat(origin.source()).isEqualTo("pubmed-xml");
            assertThat(origin.recordNumber()).isEqualTo(1);
            assertThat(origin.line()).isEqualTo(4);
        });
    }

    @Test
    void fallsBackToVernacularTitleElocationDoiArticleDateAndOtherId() throws IOException {
        BibliographicRecord second = PluginTestKit.read(source, fixture("efetch-two-articles-and-a-book.xml")).records().get(1);

        assertThat(second.title()).isEqualTo("Ein erfundener Titel.");
        assertThat(second.doi()).isEqualTo("10.9999/only.elocation");
        assertThat(second.pmcid()).isEqualTo("PMC9000002");
        assertThat(second.year()).isEqualTo(2021);
        assertThat(second.journal()).isEqualTo("Rev Invent");
        assertThat(second.sections()).containsExactly(new AbstractSection(null, "An unstructured abstract."));
        assertThat(second.origins().get(0).line()).isEqualTo(lineOf("efetch-two-articles-and-a-book.xml", "<PubmedArticle>", 2));
    }

    @Test
    void readsABookArticleWithItsBookTitleAndPublisher() {
        BibliographicRecord book = PluginTestKit.read(source, fixture("efetch-two-articles-and-a-book.xml")).records().get(2);

        assertThat(book.title()).isEqualTo("Invented Handbook of Cytokines");
        assertThat(book.year()).isEqualTo(2020);
        assertThat(book.authors()).containsExactly("Poe E");
        assertThat(book.publicationTypes()).containsExactly("Review");
        assertThat(book.sections()).containsExactly(new AbstractSection("INTRODUCTION", "A chapter on interferons."));
        assertThat(book.metadata()).containsEntry("PublisherName", List.of("Invented Press"))
                .containsEntry("ArticleId:bookaccession", List.of("NBK000001"));
    }

    @Test
    void readsTheOlderMedlineCitationSetAndItsDeletions() throws IOException {
        SourceRun run = PluginTestKit.read(source, fixture("medline-citation-set.xml"));

        assertThat(run.records()).extracting(BibliographicRecord::pmid).containsExactly("91000001", "91000002");
        BibliographicRecord first = run.records().get(0);
        assertThat(first.doi()).isEqualTo("10.9999/old.format");
        assertThat(first.pmcid()).isEqualTo("PMC9100001");
        assertThat(first.year()).isEqualTo(2007);
        assertThat(first.sections()).extracting(AbstractSection::label).containsExactly("PURPOSE", "RESULTS");
        assertThat(run.log().problems()).isEmpty();
        var context = PluginTestKit.context(source);
        try (var records = source.read(PluginTestKit.input(fixture("medline-citation-set.xml")), context)) {
            assertThat(records.count()).isEqualTo(2);
        }
        assertThat(context.deletedIds()).containsExactly("91000003", "91000004");
    }

    @Test
    void aRecordKeepsItsVersionAndAnUpdateFileItsDeletionsInOrder(@TempDir Path dir) throws IOException {
        Path update = dir.resolve("update.xml");
        Files.writeString(update, """
                <?xml version="1.0" encoding="UTF-8"?>
                <PubmedArticleSet>
                <PubmedArticle><MedlineCitation Status="MEDLINE" Owner="NLM"><PMID Version="2">92000001</PMID>
                <Article><ArticleTitle>A revised record.</ArticleTitle></Article>
                <CommentsCorrectionsList><CommentsCorrections RefType="ErratumIn"><PMID Version="1">92000009</PMID></CommentsCorrections>
                </CommentsCorrectionsList></MedlineCitation></PubmedArticle>
                <PubmedArticle><MedlineCitation Status="MEDLINE" Owner="NLM"><PMID>92000002</PMID>
                <Article><ArticleTitle>A record without a version attribute.</ArticleTitle></Article></MedlineCitation></PubmedArticle>
                <DeleteCitation><PMID Version="1">92000005</PMID> <PMID Version="3"> 92000004 </PMID></DeleteCitation>
                </PubmedArticleSet>
                """);
        var context = PluginTestKit.context(source);
        List<BibliographicRecord> records;
        try (var stream = source.read(PluginTestKit.input(update), context)) {
            records = stream.toList();
        }

        assertThat(records).extracting(BibliographicRecord::pmid).containsExactly("92000001", "92000002");
        assertThat(records).extracting(BibliographicRecord::version).containsExactly(2, null);
        assertThat(context.deletedIds()).containsExactly("92000005", "92000004");
        // each with the version it names, so that a store removes that version or a lower one only
        assertThat(context.deletions()).containsExactly(new TestContext.Deletion("92000005", 1), new TestContext.Deletion("92000004", 3));
        assertThat(context.log().problems()).isEmpty();
    }

    @Test
    void readsGzippedInputTheSameAsPlain(@TempDir Path dir) throws IOException {
        Path plain = fixture("efetch-two-articles-and-a-book.xml");
        Path gzipped = dir.resolve("efetch.xml.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzipped))) {
            Files.copy(plain, out);
        }

        List<BibliographicRecord> fromGzip = PluginTestKit.read(source, gzipped).records();
        List<BibliographicRecord> fromPlain = PluginTestKit.read(source, plain).records();

        assertThat(fromGzip).hasSize(3);
        for (int i = 0; i < fromGzip.size(); i++) {
            assertThat(fromGzip.get(i).title()).isEqualTo(fromPlain.get(i).title());
            assertThat(fromGzip.get(i).sections()).isEqualTo(fromPlain.get(i).sections());
            assertThat(fromGzip.get(i).origins().get(0).line()).isEqualTo(fromPlain.get(i).origins().get(0).line());
        }
    }

    @Test
    void pullsRecordsLazilyAsTheStreamIsConsumed() throws IOException {
        var context = PluginTestKit.context(source);
        try (var records = source.read(PluginTestKit.input(fixture("medline-citation-set.xml")), context)) {
            var iterator = records.iterator();
            assertThat(iterator.next().pmid()).isEqualTo("91000001");
            // The deletions come at the end of the file, which has not been reached yet.
            assertThat(context.deletedIds()).isEmpty();
            iterator.forEachRemaining(record -> { });
            assertThat(context.deletedIds()).hasSize(2);
        }
    }

    @Test
    @Timeout(60)
    void streamsAnEndlessInputOneRecordAtATime() throws IOException {
        SourceInput endless = new SourceInput() {
            @Override
            public Path path() {
                return Path.of("endless.xml");
            }

            @Override
            public String displayName() {
                return "endless.xml";
            }

            @Override
            public InputStream openStream() {
                return new EndlessArticles();
            }

            @Override
            public BufferedReader openReader() {
                return new BufferedReader(new InputStreamReader(openStream(), StandardCharsets.UTF_8));
            }
        };
        var context = PluginTestKit.context(source);

        try (var records = source.read(endless, context)) {
            List<BibliographicRecord> first = records.limit(5_000).toList();

            // Reading everything first would never end: the input has no end.
            assertThat(first).hasSize(5_000);
            assertThat(first.get(4_999).pmid()).isEqualTo(String.valueOf(80_000_000 + 4_999));
            assertThat(first.get(4_999).origins().get(0).line()).isEqualTo(2 + 4_999);
        }
    }

    /** {@code <PubmedArticleSet>} and then records with increasing PMIDs, one per line, for ever. */
    private static final class EndlessArticles extends InputStream {
        private byte[] chunk = "<PubmedArticleSet>\n".getBytes(StandardCharsets.UTF_8);
        private int position;
        private long next = 80_000_000;

        @Override
        public int read() {
            if (position == chunk.length) {
                chunk = ("<PubmedArticle><MedlineCitation><PMID>" + next++ + "</PMID><Article><ArticleTitle>Record "
                        + next + ".</ArticleTitle></Article></MedlineCitation></PubmedArticle>\n").getBytes(StandardCharsets.UTF_8);
                position = 0;
            }
            return chunk[position++] & 0xFF;
        }
    }

    /** The 1-based line of the {@code nth} occurrence of {@code text} in a fixture. */
    private static long lineOf(String fixture, String text, int nth) throws IOException {
        List<String> lines = Files.readAllLines(fixture(fixture));
        int seen = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text) && ++seen == nth) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " occurs fewer than " + nth + " times in " + fixture);
    }
}
