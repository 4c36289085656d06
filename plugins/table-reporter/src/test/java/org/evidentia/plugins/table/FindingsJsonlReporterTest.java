package org.evidentia.plugins.table;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evidentia.api.Direction;
import org.evidentia.api.Finding;
import org.evidentia.api.FindingKind;
import org.evidentia.testkit.TestRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FindingsJsonlReporterTest {

    private static final List<String> KEYS = List.of("version", "pmid", "doi", "record_id", "finding_id", "kind", "subject", "subject_label",
            "synthesis_key", "direction", "attributes", "design", "retracted", "sentence", "span", "mention", "section", "extractor", "extractor_version");

    private final FindingsJsonlReporter reporter = new FindingsJsonlReporter();
    private final ObjectMapper mapper = new ObjectMapper();

    @TempDir
    Path out;

    private List<JsonNode> writeAndRead(TestRun run) throws Exception {
        run.report(reporter, Map.of(), out);
        String text = Files.readString(out.resolve("findings.jsonl"), StandardCharsets.UTF_8);
        assertThat(text).endsWith("}\n");
        List<JsonNode> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            lines.add(mapper.readTree(line));
        }
        return lines;
    }

    @Test
    void writesOneObjectPerFindingInTheRunsOrderWithEveryKeyInOrder() throws Exception {
        List<JsonNode> lines = writeAndRead(Fixtures.run());

        assertThat(lines).hasSize(5);
        assertThat(lines).extracting(l -> l.get("record_id").asText() + "/" + l.get("subject").asText())
                .containsExactly("1001/IL10", "1001/IL2", "1002/IL10", "1002/IL2", "10.1000/evil/IL2");
        for (JsonNode line : lines) {
            List<String> keys = new ArrayList<>();
            line.fieldNames().forEachRemaining(keys::add);
            assertThat(keys).containsExactlyElementsOf(KEYS);
            List<String> attributeKeys = new ArrayList<>();
            line.get("attributes").fieldNames().forEachRemaining(attributeKeys::add);
            assertThat(attributeKeys).containsExactly("comparison", "specimen", "context");
            List<String> spanKeys = new ArrayList<>();
            line.get("span").fieldNames().forEachRemaining(spanKeys::add);
            assertThat(spanKeys).containsExactly("field", "start", "end");
            List<String> mentionKeys = new ArrayList<>();
            line.get("mention").fieldNames().forEachRemaining(mentionKeys::add);
            assertThat(mentionKeys).containsExactly("start", "end", "text");
        }
    }

    @Test
    void valuesMatchTheFindingAndAbsentValuesAreNull() throws Exception {
        List<JsonNode> lines = writeAndRead(Fixtures.run());

        JsonNode smithIl10 = lines.get(0);
        assertThat(smithIl10.get("pmid").asText()).isEqualTo("1001");
        assertThat(smithIl10.get("doi").asText()).isEqualTo("10.1000/smith");
        assertThat(smithIl10.get("version").asInt()).isEqualTo(3);
        assertThat(smithIl10.get("subject_label").asText()).isEqualTo("IL-10");
        assertThat(smithIl10.get("direction").asText()).isEqualTo("decreased");
        assertThat(smithIl10.get("attributes").get("specimen").asText()).isEqualTo("serum");
        assertThat(smithIl10.get("attributes").get("context").asText()).isEqualTo("fibromyalgia");
        assertThat(smithIl10.get("design").asText()).isEqualTo("primary");
        assertThat(smithIl10.get("retracted").asBoolean()).isFalse();
        assertThat(smithIl10.get("sentence").asText()).isEqualTo("Serum IL-10 was lower in patients.");
        assertThat(smithIl10.get("section").asText()).isEqualTo("RESULTS");
        assertThat(smithIl10.get("kind").asText()).isEqualTo("cytokine-change");
        assertThat(smithIl10.get("extractor").asText()).isEqualTo("test-extractor");
        assertThat(smithIl10.get("extractor_version").asText()).isEqualTo("0.1.0");
        // offsets index the field's text exactly
        String abstractText = Fixtures.SMITH.abstractText();
        JsonNode span = smithIl10.get("span");
        assertThat(span.get("field").asText()).isEqualTo("abstract");
        assertThat(abstractText.substring(span.get("start").asInt(), span.get("end").asInt()))
                .isEqualTo(smithIl10.get("sentence").asText());
        JsonNode mention = smithIl10.get("mention");
        assertThat(abstractText.substring(mention.get("start").asInt(), mention.get("end").asInt())).isEqualTo("IL-10");
        assertThat(mention.get("text").asText()).isEqualTo("IL-10");

        JsonNode smithIl2 = lines.get(1);
        assertThat(smithIl2.get("attributes").get("specimen").isNull()).isTrue();
        JsonNode adamsIl2 = lines.get(3);
        assertThat(adamsIl2.get("doi").isNull()).isTrue();
        assertThat(adamsIl2.get("attributes").get("context").isNull()).isTrue();
        assertThat(adamsIl2.get("section").isNull()).isTrue();
        JsonNode hostile = lines.get(4);
        assertThat(hostile.get("pmid").isNull()).isTrue();
        assertThat(hostile.get("doi").asText()).isEqualTo("10.1000/evil");
    }

    /** The example line of docs/reports.md, byte for byte. */
    @Test
    void writesTheDocumentedLine() throws Exception {
        Fixtures.run().report(reporter, Map.of(), out);
        String first = Files.readAllLines(out.resolve("findings.jsonl"), StandardCharsets.UTF_8).get(0);
        assertThat(first).isEqualTo("{\"version\":3,\"pmid\":\"1001\",\"doi\":\"10.1000/smith\",\"record_id\":\"1001\","
                + "\"finding_id\":\"1001:632a51286e18\",\"kind\":\"cytokine-change\",\"subject\":\"IL10\",\"subject_label\":\"IL-10\","
                + "\"synthesis_key\":\"IL10\",\"direction\":\"decreased\","
                + "\"attributes\":{\"comparison\":\"condition\",\"specimen\":\"serum\",\"context\":\"fibromyalgia\"},"
                + "\"design\":\"primary\",\"retracted\":false,"
                + "\"sentence\":\"Serum IL-10 was lower in patients.\",\"span\":{\"field\":\"abstract\",\"start\":9,\"end\":43},"
                + "\"mention\":{\"start\":15,\"end\":20,\"text\":\"IL-10\"},\"section\":\"RESULTS\","
                + "\"extractor\":\"test-extractor\",\"extractor_version\":\"0.1.0\"}");
    }

    /**
     * The review of session 26, T1 and T2: no natural key joined a review-table row to its line (one mention gave two findings
     * of two comparisons), and a synthesis recomputed from the lines alone split IL23 from IL23A. Each line has an id that
     * depends on the finding alone, and the key the synthesis counts it under.
     */
    @Test
    void eachLineHasAnIdOfItsFindingAloneAndTheSynthesisKey() throws Exception {
        FindingKind merging = new FindingKind(Fixtures.KIND.name(), "Cytokine", "Cytokines", Fixtures.KIND.attributes(), Map.of("IL2A", "IL2"));
        Finding intervention = TestRun.finding(Fixtures.SMITH, merging, "IL10", "IL-10", "IL-10", Direction.DECREASED,
                Map.of("comparison", "intervention", "specimen", "serum", "context", "fibromyalgia"));
        Finding il2a = TestRun.finding(Fixtures.ADAMS, merging, "IL2A", "IL-2", "-IL-2", Direction.DECREASED, Map.of("comparison", "condition"));
        List<JsonNode> lines = writeAndRead(TestRun.builder(merging).records(List.of(Fixtures.SMITH, Fixtures.ADAMS))
                .findings(List.of(Fixtures.SMITH_IL10, intervention, Fixtures.SMITH_IL10, il2a)).build());

        assertThat(lines.get(0).get("finding_id").asText()).isEqualTo("1001:632a51286e18");
        assertThat(lines.get(2).get("finding_id").asText()).as("the same finding twice").isEqualTo("1001:632a51286e18-2");
        assertThat(lines.get(1).get("finding_id").asText()).as("the same mention of another comparison").matches("1001:[0-9a-f]{12}")
                .isNotEqualTo(lines.get(0).get("finding_id").asText());
        assertThat(lines.get(3).get("finding_id").asText()).matches("1002:[0-9a-f]{12}");
        assertThat(lines).extracting(l -> l.get("subject").asText() + ">" + l.get("synthesis_key").asText())
                .containsExactly("IL10>IL10", "IL10>IL10", "IL10>IL10", "IL2A>IL2");

        // the same findings among others, in another order: the same ids
        List<JsonNode> alone = writeAndRead(TestRun.builder(merging).records(List.of(Fixtures.ADAMS)).findings(List.of(il2a)).build());
        assertThat(alone.get(0).get("finding_id")).isEqualTo(lines.get(3).get("finding_id"));
        List<JsonNode> fixtures = writeAndRead(Fixtures.run());
        assertThat(fixtures.get(0).get("finding_id")).isEqualTo(lines.get(0).get("finding_id"));
    }

    @Test
    void noFindingsGiveAnEmptyFile() throws Exception {
        TestRun.builder(Fixtures.KIND).record(Fixtures.NO_FINDINGS).build().report(reporter, Map.of(), out);
        assertThat(out.resolve("findings.jsonl")).isEmptyFile();
    }

    @Test
    void sameEvidenceGivesByteIdenticalFiles(@TempDir Path second) throws Exception {
        Fixtures.run().report(reporter, Map.of(), out);
        Fixtures.run().report(reporter, Map.of(), second);
        assertThat(Files.readAllBytes(out.resolve("findings.jsonl"))).isEqualTo(Files.readAllBytes(second.resolve("findings.jsonl")));
    }
}
