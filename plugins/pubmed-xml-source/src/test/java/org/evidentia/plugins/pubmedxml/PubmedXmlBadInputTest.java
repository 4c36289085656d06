package org.evidentia.plugins.pubmedxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evidentia.plugins.pubmedxml.Fixtures.fixture;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.RunSummary.Problem;
import org.evidentia.testkit.PluginTestKit.SourceRun;
import org.evidentia.testkit.PluginTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PubmedXmlBadInputTest {

    private final PubmedXmlSource source = new PubmedXmlSource();

    @Test
    void truncatedFileKeepsEveryCompleteRecordAndNamesWhereItBroke() {
        Path file = fixture("truncated.xml");

        SourceRun run = PluginTestKit.read(source, file);

        assertThat(run.records()).extracting(BibliographicRecord::pmid).containsExactly("92000001", "92000002");
        assertThat(run.log().problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(Problem.Kind.SKIPPED_RECORD);
            assertThat(problem.file()).isEqualTo(file.toString());
            assertThat(problem.recordNumber()).isEqualTo(3);
            assertThat(problem.line()).isEqualTo(5);
            assertThat(problem.message()).contains("the file ends at line 5 (truncated?)")
                    .contains("expected the record to end with its closing tag");
        });
    }

    @Test
    void fileCutBetweenRecordsWarnsThatLaterRecordsMayBeMissing(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("cut.xml");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<PubmedArticleSet>\n" + record("95000001", "Whole.") + "\n");

        SourceRun run = PluginTestKit.read(source, file);

        assertThat(run.records()).extracting(BibliographicRecord::pmid).containsExactly("95000001");
        assertThat(run.log().problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(Problem.Kind.WARNING);
            assertThat(problem.message()).contains("before the closing </PubmedArticleSet>");
        });
    }

    @Test
    void recordWithoutPmidIsSkippedWithItsReasonAndTheOthersAreRead() {
        SourceRun run = PluginTestKit.read(source, fixture("record-without-pmid.xml"));

        assertThat(run.records()).extracting(BibliographicRecord::pmid).containsExactly("93000001", "93000003");
        assertThat(run.records()).extracting(r -> r.origins().get(0).recordNumber()).containsExactly(1L, 3L);
        assertThat(run.log().problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(Problem.Kind.SKIPPED_RECORD);
            assertThat(problem.recordNumber()).isEqualTo(2);
            assertThat(problem.line()).isEqualTo(4);
            assertThat(problem.message()).isEqualTo("<PubmedArticle> has no PMID: expected a <PMID> in its <MedlineCitation>");
        });
    }

    @Test
    void xmlThatIsNotWellFormedInTheMiddleLosesOnlyThatRecord() {
        SourceRun run = PluginTestKit.read(source, fixture("not-well-formed-in-the-middle.xml"));

        assertThat(run.records()).extracting(BibliographicRecord::pmid).containsExactly("94000001", "94000003", "94000004");
        assertThat(run.records().get(1).origins().get(0).line()).isEqualTo(6);
        assertThat(run.records().get(1).origins().get(0).recordNumber()).isEqualTo(3);
        assertThat(run.log().problems()).hasSize(2);
        Problem skipped = run.log().problems().get(0);
        assertThat(skipped.kind()).isEqualTo(Problem.Kind.SKIPPED_RECORD);
        assertThat(skipped.recordNumber()).isEqualTo(2);
        assertThat(skipped.line()).isEqualTo(4);
        assertThat(skipped.message()).startsWith("XML is not well-formed at line 5, column ")
                .contains("inside this record, which starts at line 4");
        Problem resumed = run.log().problems().get(1);
        assertThat(resumed.kind()).isEqualTo(Problem.Kind.WARNING);
        assertThat(resumed.message()).isEqualTo("reading resumes at line 6 with the next record's start tag");
    }

    @Test
    void damageInAOneLineFileResumesOnTheSameLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("one-line.xml");
        Files.writeString(file, "<PubmedArticleSet>" + record("96000001", "Good.")
                + record("96000002", "Bad & unescaped.") + record("96000003", "Good again.") + "</PubmedArticleSet>");

        SourceRun run = PluginTestKit.read(source, file);

        assertThat(run.records()).extracting(BibliographicRecord::pmid).containsExactly("96000001", "96000003");
        assertThat(run.log().count(Problem.Kind.SKIPPED_RECORD)).isEqualTo(1);
    }

    @Test
    void severalDamagedRecordsInARowAreEachSkippedAndReadingGoesOn(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("damaged.xml");
        Files.writeString(file, "<PubmedArticleSet>\n" + record("96100001", "Good.") + "\n"
                + record("96100002", "Mismatched </i> tag.") + "\n"
                + record("96100003", "Stray < sign.") + "\n"
                + record("96100004", "Good again.") + "\n</PubmedArticleSet>\n");

        SourceRun run = PluginTestKit.read(source, file);

        assertThat(run.records()).extracting(BibliographicRecord::pmid).containsExactly("96100001", "96100004");
        assertThat(run.records().get(1).origins().get(0).recordNumber()).isEqualTo(4);
        assertThat(run.log().problems()).filteredOn(p -> p.kind() == Problem.Kind.SKIPPED_RECORD)
                .extracting(Problem::recordNumber, Problem::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, 3L), org.assertj.core.groups.Tuple.tuple(3L, 4L));
    }

    @Test
    void doctypeWithAnExternalDtdIsNeverFetched(@TempDir Path dir) throws IOException {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] dtd = "<!ENTITY secret \"fetched\">".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, dtd.length);
            exchange.getResponseBody().write(dtd);
            exchange.close();
        });
        server.start();
        try {
            String dtdUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/pubmed_250101.dtd";
            Path file = dir.resolve("remote-dtd.xml");
            Files.writeString(file, "<?xml version=\"1.0\"?>\n<!DOCTYPE PubmedArticleSet PUBLIC \"-//NLM//DTD PubMedArticle, 1st January 2025//EN\" \""
                    + dtdUrl + "\">\n<PubmedArticleSet>" + record("97000001", "Caf&#xe9; &amp; &lt;tea&gt; &quot;now&quot;&#xa0;here")
                    + "</PubmedArticleSet>\n");

            SourceRun run = PluginTestKit.read(source, file);

            assertThat(requests).hasValue(0);
            assertThat(run.records()).singleElement().extracting(BibliographicRecord::title)
                    .isEqualTo("Caf\u00e9 & <tea> \"now\" here");
            assertThat(run.log().problems()).isEmpty();
        } finally {
            server.stop(0);
        }
    }

    @Test
    void externalEntityIsNotExpandedAndTheRecordIsKeptWithAWarning(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        Path file = dir.resolve("xxe.xml");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<!DOCTYPE PubmedArticleSet [\n<!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\">\n<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">\n]>\n<PubmedArticleSet>\n"
                + record("98000001", "Leaked: &xxe; and &lol2;") + "\n</PubmedArticleSet>\n");

        SourceRun run = PluginTestKit.read(source, file);

        assertThat(run.records()).singleElement().satisfies(record -> {
            assertThat(record.title()).isEqualTo("Leaked: and");
            assertThat(record.toString()).doesNotContain("TOP-SECRET").doesNotContain("lollol");
        });
        assertThat(run.log().problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(Problem.Kind.WARNING);
            assertThat(problem.line()).isEqualTo(7);
            assertThat(problem.message()).contains("&xxe;, &lol2;").contains("not expanded");
        });
    }

    @Test
    void bytesThatAreNotUtf8AreKeptAsReplacementCharactersWithAWarningNamingFileAndLine(@TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("latin1-bytes.xml");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<PubmedArticleSet>\n" + record("99000001", "Clean.") + "\n")
                .getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(record("99000002", "Caf\u00e9 in Latin-1.").getBytes(StandardCharsets.ISO_8859_1));
        bytes.writeBytes(("\n" + record("99000003", "Clean again.") + "\n</PubmedArticleSet>\n").getBytes(StandardCharsets.UTF_8));
        Files.write(file, bytes.toByteArray());

        SourceRun run = PluginTestKit.read(source, file);

        assertThat(run.records()).extracting(BibliographicRecord::pmid).containsExactly("99000001", "99000002", "99000003");
        assertThat(run.records().get(1).title()).isEqualTo("Caf\uFFFD in Latin-1.");
        assertThat(run.records()).extracting(r -> r.origins().get(0).recordNumber()).containsExactly(1L, 2L, 3L);
        assertThat(run.log().problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(Problem.Kind.WARNING);
            assertThat(problem.file()).isEqualTo(file.toString());
            assertThat(problem.line()).isEqualTo(4);
            assertThat(problem.message()).contains("PMID 99000002").contains("not UTF-8");
        });
    }

    @Test
    void emptyFileGivesNoRecordAndSaysWhy(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("empty.xml");
        Files.writeString(file, "");

        SourceRun run = PluginTestKit.read(source, file);

        assertThat(run.records()).isEmpty();
        assertThat(run.log().problems()).singleElement().satisfies(problem ->
                assertThat(problem.message()).startsWith("the file ends at line 1 (truncated?) before its root element")
                        .endsWith("expected <PubmedArticleSet> or <MedlineCitationSet>"));
    }

    @Test
    void truncatedGzipFileKeepsTheRecordsBeforeTheCut(@TempDir Path dir) throws IOException {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<PubmedArticleSet>\n");
        for (int i = 0; i < 2000; i++) {
            xml.append(record(String.valueOf(90100000 + i), "Record number " + i + " of a long file.")).append('\n');
        }
        xml.append("</PubmedArticleSet>\n");
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(xml.toString().getBytes(StandardCharsets.UTF_8));
        }
        byte[] whole = gz.toByteArray();
        Path file = dir.resolve("cut.xml.gz");
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));

        SourceRun run = PluginTestKit.read(source, file);

        assertThat(run.records()).hasSizeBetween(100, 1999);
        assertThat(run.records()).extracting(BibliographicRecord::pmid)
                .containsExactlyElementsOf(IntStream.range(0, run.records().size()).mapToObj(i -> String.valueOf(90100000 + i)).toList());
        assertThat(run.log().problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(file.toString());
            assertThat(problem.recordNumber()).isEqualTo(run.records().size() + 1);
            assertThat(problem.line()).isGreaterThan(run.records().size());
            assertThat(problem.message()).contains("(truncated?)");
        });
    }

    static String record(String pmid, String title) {
        return "<PubmedArticle><MedlineCitation Status=\"MEDLINE\" Owner=\"NLM\"><PMID Version=\"1\">" + pmid
                + "</PMID><Article><ArticleTitle>" + title + "</ArticleTitle></Article></MedlineCitation></PubmedArticle>";
    }
}
