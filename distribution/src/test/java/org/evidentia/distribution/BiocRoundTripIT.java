package org.evidentia.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.evidentia.testkit.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The {@code bioc} reporter's output read back through the BioC sources, through the built
 * distribution with its real plugins: a run over the bundled example and a hand-written MEDLINE
 * file writes {@code findings.bioc.xml} (valid against BioC's DTD, every annotation where its
 * offsets say), and a run over that file alone finds the same findings, finding for finding; the
 * same for the real PubMed exports of ../shared/data (skipped where it is absent).
 */
class BiocRoundTripIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** BioC's DTD, kept as a test resource of the bioc plugin (failsafe runs in the distribution module's folder). */
    private static final Path DTD = Path.of("../plugins/bioc/src/test/resources/dtd/BioC.dtd").toAbsolutePath().normalize();

    /** ../shared/data's files reserved for measuring extraction (COMMON.md). */
    private static final List<String> RESERVED = List.of("biored_600_medline.txt", "autoimmune_pubmed_abstract_2019.txt");

    private final Distribution dist = Distribution.built();

    @TempDir
    Path work;

    @Test
    void aRunOverItsOwnBiocOutputFindsTheSameFindingsFindingForFinding() throws Exception {
        Distribution.Result first = dist.run(work, "run", "-o", "first", "--run-date", "2026-02-01",
                "--option", "bioc.formats=xml", "--option", "bioc.formats=json", inputs()[0], inputs()[1]);
        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(first.stdout()).contains("findings.bioc.xml", "findings.bioc.json");
        List<JsonNode> original = findings(work.resolve("first/findings.jsonl"));
        assertThat(original).extracting(f -> f.get("record_id").asText()).as("findings in each record with a cytokine sentence")
                .contains("96500001", "96500002", "96500003", "10.1007/s11916-003-0032-2");

        for (String written : List.of("findings.bioc.xml", "findings.bioc.json")) {
            Distribution.Result second = dist.run(work, "run", "-o", "from-" + written, "--run-date", "2026-02-01",
                    "-r", "findings-jsonl", "-r", "bioc", work.resolve("first").resolve(written).toString());
            assertThat(second.exitCode()).as(second.toString()).isZero();
            JsonNode run = JSON.readTree(work.resolve("from-" + written).resolve("run.json").toFile());
            assertThat(run.get("problems")).as(written).isEmpty();
            assertThat(run.at("/inputs/0/source").asText()).isEqualTo(written.endsWith(".xml") ? "bioc-xml" : "bioc-json");
            assertThat(run.at("/counts/records_kept").asLong()).as("one document per record with findings").isEqualTo(4);

            List<JsonNode> again = findings(work.resolve("from-" + written).resolve("findings.jsonl"));
            assertThat(again).hasSameSizeAs(original);
            for (int i = 0; i < original.size(); i++) {
                JsonNode was = original.get(i);
                JsonNode is = again.get(i);
                assertThat(is.get("record_id")).as(written + " finding " + i).isEqualTo(was.get("record_id"));
                assertThat(is.get("subject")).as(written + " finding " + i).isEqualTo(was.get("subject"));
                assertThat(is.get("direction")).as(written + " finding " + i).isEqualTo(was.get("direction"));
                assertThat(is.get("attributes")).as(written + " finding " + i).isEqualTo(was.get("attributes"));
                assertThat(is.get("sentence")).as(written + " finding " + i).isEqualTo(was.get("sentence"));
            }
            // Nothing else changes either: offsets, sections, designs (from the publication types), ids.
            assertThat(work.resolve("from-" + written).resolve("findings.jsonl")).hasSameBinaryContentAs(work.resolve("first/findings.jsonl"));
            assertThat(work.resolve("from-" + written).resolve("findings.bioc.xml")).as("a second pass changes nothing")
                    .hasSameBinaryContentAs(work.resolve("first/findings.bioc.xml"));
        }
    }

    @Test
    void theWrittenXmlIsValidAgainstBiocsDtdWithEveryAnnotationWhereItsOffsetsSay() throws Exception {
        Distribution.Result result = dist.run(work, "run", "-o", "out", "--run-date", "2026-02-01", "-r", "bioc",
                inputs()[0], inputs()[1]);
        assertThat(result.exitCode()).as(result.toString()).isZero();
        Path written = work.resolve("out/findings.bioc.xml");

        assertThat(dtdErrors(written)).isEmpty();
        Document xml = parse(written);
        List<String> ids = new ArrayList<>();
        long relations = 0;
        for (Element document : elements(xml.getDocumentElement(), "document")) {
            ids.add(text(document, "id"));
            List<Element> passages = elements(document, "passage");
            List<String> annotations = new ArrayList<>();
            for (Element passage : passages) {
                for (Element annotation : elements(passage, "annotation")) {
                    Element location = elements(annotation, "location").get(0);
                    String covered = covered(passages, Long.parseLong(location.getAttribute("offset")),
                            Long.parseLong(location.getAttribute("length")));
                    assertThat(covered).as(text(document, "id") + " " + annotation.getAttribute("id"))
                            .isEqualTo(text(annotation, "text"));
                    annotations.add(annotation.getAttribute("id"));
                }
            }
            for (Element relation : elements(document, "relation")) {
                relations++;
                assertThat(elements(relation, "node")).extracting(n -> n.getAttribute("refid"))
                        .as("a relation's nodes are annotations of its document").hasSize(2).isSubsetOf(annotations);
            }
        }
        assertThat(ids).containsExactly("96500001", "96500002", "96500003", "10.1007/s11916-003-0032-2");
        JsonNode run = JSON.readTree(work.resolve("out/run.json").toFile());
        assertThat(relations).as("one relation per finding").isEqualTo(run.at("/counts/findings").asLong()).isPositive();
    }

    @Test
    void theSameInputsGiveTheSameBiocBytesWhateverTheThreads() throws Exception {
        assertThat(dist.run(work, "run", "-o", "one", "--run-date", "2026-02-01", "-r", "bioc", "--threads", "1",
                inputs()[0], inputs()[1]).exitCode()).isZero();
        assertThat(dist.run(work, "run", "-o", "many", "--run-date", "2026-02-01", "-r", "bioc", "--threads", "4",
                inputs()[0], inputs()[1]).exitCode()).isZero();

        assertThat(work.resolve("many/findings.bioc.xml")).hasSameBinaryContentAs(work.resolve("one/findings.bioc.xml"));
        assertThat(Files.readString(work.resolve("one/findings.bioc.xml"))).contains("<date>20260201</date>");
    }

    @Test
    void theRealPubmedExportsOfSharedDataRoundTripFindingForFinding() throws Exception {
        List<String> args = new ArrayList<>(List.of("run", "-o", "first", "--run-date", "2026-02-01", "-r", "findings-jsonl", "-r", "bioc"));
        args.addAll(sharedExports());
        Distribution.Result first = dist.run(work, args.toArray(String[]::new));
        assertThat(first.exitCode()).as(first.toString()).isZero();
        Distribution.Result second = dist.run(work, "run", "-o", "second", "--run-date", "2026-02-01", "-r", "findings-jsonl",
                "-r", "bioc", "first/findings.bioc.xml");
        assertThat(second.exitCode()).as(second.toString()).isZero();

        assertThat(findings(work.resolve("first/findings.jsonl"))).as("findings in the shared exports").isNotEmpty();
        assertThat(work.resolve("second/findings.jsonl")).hasSameBinaryContentAs(work.resolve("first/findings.jsonl"));
        assertThat(work.resolve("second/findings.bioc.xml")).hasSameBinaryContentAs(work.resolve("first/findings.bioc.xml"));
        assertThat(dtdErrors(work.resolve("first/findings.bioc.xml"))).isEmpty();
    }

    /**
     * Every PubMed export of ../shared/data but the two reserved for measuring extraction (whose
     * findings no test may look at), as paths.
     */
    private static List<String> sharedExports() throws IOException {
        Path data = SharedData.resolve("data");
        try (Stream<Path> files = Files.walk(data)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().endsWith(".md"))
                    .filter(f -> !RESERVED.contains(f.getFileName().toString()))
                    .map(Path::toString).sorted().toList();
        }
    }

    /** The hand-written MEDLINE file, then the bundled example (two copied abstract pages). */
    private String[] inputs() throws IOException {
        Path medline = work.resolve("cytokines.nbib");
        if (!Files.exists(medline)) {
            try (InputStream in = getClass().getResourceAsStream("/roundtrip/cytokines.nbib")) {
                Files.copy(in, medline);
            }
        }
        return new String[] {medline.toString(), dist.home().resolve("examples") + "/*.txt"};
    }

    /** The text at a document offset and length (code points), cut from the passage that holds it. */
    private static String covered(List<Element> passages, long offset, long length) {
        for (Element passage : passages) {
            int[] points = text(passage, "text").codePoints().toArray();
            long start = offset - Long.parseLong(text(passage, "offset"));
            if (start >= 0 && start + length <= points.length) {
                return new String(points, (int) start, (int) length);
            }
        }
        return null;
    }

    /** Validity errors against {@link #DTD}, with the JDK's validating parser; only {@code file:} URLs may be opened. */
    private static List<String> dtdErrors(Path file) throws Exception {
        assertThat(DTD).as("BioC's DTD in the bioc plugin's test resources").isRegularFile();
        List<String> errors = new ArrayList<>();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setValidating(true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "file");
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setEntityResolver((publicId, systemId) -> {
            if (systemId == null || !systemId.endsWith("BioC.dtd")) {
                throw new SAXException("refused to resolve " + systemId);
            }
            return new InputSource(DTD.toUri().toString());
        });
        builder.setErrorHandler(new DefaultHandler() {
            @Override
            public void warning(SAXParseException e) {
                errors.add(e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ": " + e.getMessage());
            }
        });
        builder.parse(file.toFile());
        return errors;
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static List<Element> elements(Element parent, String name) {
        List<Element> children = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && element.getTagName().equals(name)) {
                children.add(element);
            }
        }
        return children;
    }

    private static String text(Element parent, String name) {
        return elements(parent, name).get(0).getTextContent();
    }

    private static List<JsonNode> findings(Path jsonl) throws IOException {
        List<JsonNode> findings = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl)) {
            if (!line.isBlank()) {
                findings.add(JSON.readTree(line));
            }
        }
        return findings;
    }
}
