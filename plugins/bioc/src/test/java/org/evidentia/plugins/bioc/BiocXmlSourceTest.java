package org.evidentia.plugins.bioc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.evidentia.plugins.bioc.Fixtures.fixture;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evidentia.api.AbstractSection;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Origin;
import org.evidentia.api.RunSummary.Problem;
import org.evidentia.testkit.PluginTestKit;
import org.evidentia.testkit.ReplayServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BiocXmlSourceTest {

    private final BiocXmlSource source = new BiocXmlSource();

    @Test
    void readsAPubtatorCollectionAsOneRecordPerDocument() {
        Path file = fixture("pubtator-collection.xml");

        CountingRead run = CountingRead.of(source, file);

        assertThat(run.log().problems()).isEmpty();
        assertThat(run.declared()).isEqualTo(2);
        BibliographicRecord first = run.records().get(0);
        assertThat(first.pmid()).isEqualTo("96400001");
        assertThat(first.doi()).isEqualTo("10.9999/bioc.1");
        assertThat(first.title()).isEqualTo("Cerebrospinal fluid IL-6 & TNF-alpha in multiple sclerosis relapses");
        assertThat(first.sections()).containsExactly(new AbstractSection(null,
                "During relapses, cerebrospinal fluid IL-6 was increased compared with remission, whereas TNF-alpha was unchanged."));
        assertThat(first.authors()).containsExactly("Ivanova E", "Mbeki T", "Laurent C");
        assertThat(first.journal()).isEqualTo("J Neuroimmunol Res");
        assertThat(first.year()).isEqualTo(2022);
        assertThat(first.metadata()).containsEntry("journal", List.of("J Neuroimmunol Res; 2022 Mar; 14(2):77-84"))
                .containsEntry("document id", List.of("96400001")).doesNotContainKey("type");
        assertThat(first.origins()).containsExactly(new Origin("bioc-xml", file.toString(), 1, 3));
        BibliographicRecord second = run.records().get(1);
        assertThat(second.pmid()).isEqualTo("96400002");
        assertThat(second.hasAbstract()).isFalse();
        assertThat(run.log().notices()).containsExactly(file + ": its 3 annotations and 1 relation were not read:"
                + " Evidentia extracts findings of its own from the text");
    }

    @Test
    void readsABiocPmcDocumentWithLabelledAbstractSectionsAndLeavesTheFullTextOut() {
        Path file = fixture("pmc-fulltext.xml");

        CountingRead run = CountingRead.of(source, file);

        assertThat(run.log().problems()).isEmpty();
        BibliographicRecord record = run.records().get(0);
        assertThat(record.pmid()).as("article-id_pmid, not the document id (a PMCID)").isEqualTo("96400003");
        assertThat(record.pmcid()).isEqualTo("PMC9640003");
        assertThat(record.doi()).isEqualTo("10.9999/bioc.pmc.3");
        assertThat(record.title()).isEqualTo("Synovial fluid interleukin-8 in early rheumatoid arthritis");
        assertThat(record.sections()).containsExactly(
                new AbstractSection("Background", "Neutrophils dominate early synovitis."),
                new AbstractSection("Results", "Synovial fluid IL-8 was increased in early disease."));
        assertThat(record.authors()).containsExactly("Almeida JR", "Koh WM");
        assertThat(record.journal()).isEqualTo("Arthritis Immunol");
        assertThat(record.year()).isEqualTo(2021);
        assertThat(record.metadata()).containsEntry("license", List.of("CC BY"));
        assertThat(run.log().notices()).containsExactly(file + ": 2 full-text passages (introduction, methods, ...) were not"
                + " read: records hold titles and abstracts");
    }

    /** Review s20, sources 11: an element whose name begins "document" ended the document being read, as its end tag would. */
    @Test
    void anElementWhoseNameBeginsWithDocumentDoesNotEndTheDocument(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("documentation.xml");
        Files.writeString(file, "<collection><source>PubTator</source><date>2024</date><key>k</key><document><id>400002</id>"
                + "<passage><infon key=\"type\">title</infon><offset>0</offset><text>Title two</text><documentation>note</documentation>"
                + "</passage></document><document><id>400003</id><passage><infon key=\"type\">title</infon><offset>0</offset>"
                + "<text>Title three</text></passage></document></collection>");

        CountingRead run = CountingRead.of(source, file);

        assertThat(run.log().problems()).isEmpty();
        assertThat(run.records()).extracting(BibliographicRecord::pmid).containsExactly("400002", "400003");
    }

    @Test
    void aNumericIdOfAPmcCollectionIsNotTakenForAPmid(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("pmc.xml");
        Files.writeString(file, "<collection><source>PMC</source><date>2024</date><key>k</key><document><id>1234567</id>"
                + "<passage><infon key=\"type\">title</infon><offset>0</offset><text>A PMC article</text></passage>"
                + "</document></collection>");

        CountingRead run = CountingRead.of(source, file);

        assertThat(run.records()).singleElement().satisfies(r -> {
            assertThat(r.pmid()).isNull();
            assertThat(r.id()).isEqualTo("bioc:1234567");
        });
    }

    @Test
    void anIdThatIsAlreadyPrefixedIsKeptAndPublicationTypesMeshTermsAndKeywordsAreRead(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("written.xml");
        String titleId = BibliographicRecord.titleId("A study without identifiers");
        Files.writeString(file, "<collection><source>Evidentia</source><date>20260131</date><key>k</key><document><id>" + titleId
                + "</id><infon key=\"publication_types\">Journal Article; Review</infon>"
                + "<infon key=\"mesh_terms\">Humans; Interleukin-6/blood</infon><infon key=\"keywords\">sleep; IL-6</infon>"
                + "<passage><infon key=\"type\">title</infon><offset>0</offset><text>A study without identifiers</text></passage>"
                + "</document></collection>");

        CountingRead run = CountingRead.of(source, file);

        assertThat(run.records()).singleElement().satisfies(r -> {
            assertThat(r.id()).as("a title id, as the bioc reporter writes it, is not marked bioc:").isEqualTo(titleId);
            assertThat(r.pmid()).isNull();
            assertThat(r.publicationTypes()).containsExactly("Journal Article", "Review");
            assertThat(r.meshTerms()).containsExactly("Humans", "Interleukin-6/blood");
            assertThat(r.keywords()).containsExactly("sleep", "IL-6");
        });
    }

    @Test
    void badDocumentsAreSkippedWithTheirLineAndTheOthersAreRead() {
        Path file = fixture("bad-documents.xml");

        CountingRead run = CountingRead.of(source, file);

        assertThat(run.records()).extracting(BibliographicRecord::id).containsExactly("96400011", "96400013", "bioc:local-8");
        assertThat(run.records().get(2).abstractText()).isEqualTo("Serum IL-10 was decreased. Plasma IL-4 </document> rose.");
        assertThat(run.log().problems()).extracting(Problem::kind, Problem::recordNumber, Problem::line).containsExactly(
                tuple(Problem.Kind.SKIPPED_RECORD, 2L, 7L),
                tuple(Problem.Kind.WARNING, 3L, 8L),
                tuple(Problem.Kind.SKIPPED_RECORD, 4L, 9L),
                tuple(Problem.Kind.SKIPPED_RECORD, 6L, 15L));
        List<String> messages = run.log().problems().stream().map(Problem::message).toList();
        assertThat(messages.get(0)).startsWith("XML is not well-formed at line 7 inside the document that starts at line 7: ")
                .endsWith("; expected a well-formed <document> element");
        assertThat(messages.get(1)).isEqualTo("the document refers to entities that were not expanded (&xxe;): DTDs and"
                + " external entities are never loaded, so their text is missing");
        assertThat(messages.get(2)).isEqualTo("document 'local-7' has no title or abstract passage and no PMID or DOI:"
                + " expected passages of type title or abstract");
        assertThat(messages.get(3)).isEqualTo("the file ends inside the document that starts at line 15, before its"
                + " </document> end tag (truncated? export or download it again)");
        assertThat(run.declared()).isEqualTo(6);
        assertThat(run.declared()).isEqualTo(run.records().size() + run.log().count(Problem.Kind.SKIPPED_RECORD));
    }

    /**
     * An explorer's s22, S11: a collection cut between two documents, or one whose comment between documents is never closed,
     * lost every later document with no problem at all, where PubMed XML warns of a file cut short.
     */
    @Test
    void aCollectionCutBetweenDocumentsOrSwallowedByAnUnclosedCommentIsToldWithItsLine(@TempDir Path dir) throws IOException {
        String document = "<document><id>%d</id><passage><infon key=\"type\">abstract</infon><offset>0</offset>"
                + "<text>Serum IL-6 was increased.</text></passage></document>\n";
        String head = "<collection><source>PubMed</source><date>d</date><key>k</key>\n";
        Path cut = Files.writeString(dir.resolve("cut.xml"), head + document.formatted(96400201) + document.formatted(96400202));
        Path comment = Files.writeString(dir.resolve("comment.xml"), head + document.formatted(96400211) + "<!-- unclosed\n"
                + document.formatted(96400212) + document.formatted(96400213) + "</collection>\n");
        Path whole = Files.writeString(dir.resolve("whole.xml"), head + document.formatted(96400221) + "<!-- a note -->\n</collection>\n"
                + "<!-- a note never closed after the collection: nothing can be missing\n");
        Path first = Files.writeString(dir.resolve("first.xml"), head + "<!-- unclosed\n" + document.formatted(96400231) + "</collection>\n");

        CountingRead cutRead = CountingRead.of(source, cut);
        CountingRead commentRead = CountingRead.of(source, comment);
        CountingRead wholeRead = CountingRead.of(source, whole);

        assertThat(cutRead.records()).hasSize(2);
        assertThat(cutRead.log().problems()).extracting(Problem::kind, Problem::line, Problem::message).containsExactly(tuple(
                Problem.Kind.WARNING, 4L, "the file ends at line 4 (truncated? export or download it again) before the closing"
                        + " </collection>: documents after document 2 may be missing"));
        assertThat(commentRead.records()).hasSize(1);
        assertThat(commentRead.log().problems()).extracting(Problem::kind, Problem::line, Problem::message).containsExactly(tuple(
                Problem.Kind.WARNING, 3L, "the <!-- opened at line 3 is never closed, so the rest of the file (to line 7) was read as"
                        + " its text: documents after document 1 may be missing"));
        assertThat(wholeRead.records()).hasSize(1);
        assertThat(wholeRead.log().problems()).isEmpty();
        // the review of session 22, R4: before the first document it was "holds no BioC <document>"
        CountingRead firstRead = CountingRead.of(source, first);
        assertThat(firstRead.records()).isEmpty();
        assertThat(firstRead.log().problems()).extracting(Problem::kind, Problem::message).containsExactly(tuple(Problem.Kind.WARNING,
                "the <!-- opened at line 2 is never closed, so the rest of the file (to line 5) was read as its text: documents from"
                        + " line 2 on may be missing"));
    }

    @Test
    void aCharacterThatXmlForbidsInTextSkipsItsDocumentWithItsLineAndTheNextIsRead(@TempDir Path dir) throws IOException {
        // found by BiocXmlFuzzTest: Woodstox's lazy parsing threw the error from getText(), unchecked, and it ended the read
        Path file = dir.resolve("nul.xml");
        Files.writeString(file, "<collection><source>PubMed</source><date>d</date><key>k</key>\n"
                + "<document><id>96400101</id><passage><infon key=\"type\">title</infon><offset>0</offset>\n"
                + "<text><![CDATA[A title]]> with a NUL \u0000</text></passage></document>\n"
                + "<document><id>96400102</id><passage><infon key=\"type\">title</infon><offset>0</offset>"
                + "<text>After</text></passage></document></collection>\n");

        CountingRead run = CountingRead.of(source, file);

        assertThat(run.records()).extracting(BibliographicRecord::pmid).containsExactly("96400102");
        assertThat(run.log().problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.SKIPPED_RECORD);
            assertThat(p.recordNumber()).isEqualTo(1L);
            assertThat(p.line()).isEqualTo(2L);
            assertThat(p.message()).startsWith("XML is not well-formed at line 3 inside the document that starts at line 2: ")
                    .contains("Illegal character (NULL, unicode 0)").endsWith("; expected a well-formed <document> element");
        });
        assertThat(run.declared()).isEqualTo(2);
    }

    @Test
    void neitherTheDtdNorAnExternalEntityIsFetched(@TempDir Path dir) throws IOException {
        try (ReplayServer server = ReplayServer.start()) {
            Path file = dir.resolve("xxe.xml");
            Files.writeString(file, "<?xml version=\"1.0\"?>\n<!DOCTYPE collection SYSTEM \"" + server.baseUri() + "BioC.dtd\" [\n"
                    + "<!ENTITY xxe SYSTEM \"" + server.baseUri() + "secret\">\n]>\n"
                    + "<collection><source>s</source><date>d</date><key>k</key>\n"
                    + "<document><id>96400099</id><passage><infon key=\"type\">title</infon><offset>0</offset>"
                    + "<text>Before &xxe; after</text></passage></document></collection>\n");

            CountingRead run = CountingRead.of(source, file);

            assertThat(server.requests()).isEmpty();
            assertThat(run.records()).singleElement().satisfies(r -> assertThat(r.title()).isEqualTo("Before  after"));
            assertThat(run.log().problems()).singleElement()
                    .satisfies(p -> assertThat(p.message()).contains("(&xxe;)"));
        }
    }

    @Test
    void aDocumentLongerThanTheLimitIsSkippedAndTheNextIsRead(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("huge.xml");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("<collection><source>s</source><date>d</date><key>k</key>\n<document><id>1</id><passage><offset>0</offset><text>");
            String block = "x".repeat(1023) + "\n";
            for (int i = 0; i < 17 * 1024; i++) {
                out.write(block);
            }
            out.write("</text></passage></document>\n<document><id>96400098</id><passage><infon key=\"type\">title</infon>"
                    + "<offset>0</offset><text>After</text></passage></document></collection>\n");
        }

        CountingRead run = CountingRead.of(source, file);

        assertThat(run.records()).extracting(BibliographicRecord::title).containsExactly("After");
        assertThat(run.log().problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.SKIPPED_RECORD);
            assertThat(p.message()).startsWith("the document runs from line 2 to line 17410 and is longer than 16 MiB");
        });
        assertThat(run.declared()).isEqualTo(2);
    }

    @Test
    void detection(@TempDir Path dir) throws IOException {
        assertThat(source.accepts(PluginTestKit.input(fixture("pubtator-collection.xml")))).isEqualTo(100);
        assertThat(source.accepts(PluginTestKit.input(fixture("pmc-fulltext.xml")))).isEqualTo(100);
        Path pubmed = dir.resolve("pubmed.xml");
        Files.writeString(pubmed, "<?xml version=\"1.0\"?>\n<PubmedArticleSet><PubmedArticle/></PubmedArticleSet>\n");
        assertThat(source.accepts(PluginTestKit.input(pubmed))).isZero();
        assertThat(source.accepts(PluginTestKit.input(fixture("corpus.pubtator")))).isZero();
        assertThat(source.accepts(PluginTestKit.input(fixture("pubtator3.json")))).isZero();
    }
}
