package org.evidentia.runtime.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Direction;
import org.evidentia.api.EvidenceSpan;
import org.evidentia.api.Finding;
import org.evidentia.api.FindingKind;
import org.evidentia.api.FindingKind.Attribute;
import org.evidentia.api.FindingKind.Attribute.Role;
import org.evidentia.api.Subject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErrorsFileTest {

    private static final FindingKind KIND = new FindingKind("marker-change", "Marker", "Markers",
            List.of(new Attribute("sample", "Sample", List.of("serum", "cells"), Role.BREAKDOWN)), Map.of());

    @TempDir
    Path dir;

    @Test
    void oneJsonLinePerFalsePositiveMissAndMismatchInReportOrder() throws Exception {
        BibliographicRecord a = BibliographicRecord.builder().pmid("1").title("A").build();
        GoldRecord goldA = new GoldRecord("1", null, null);
        List<GoldFinding> gold = List.of(
                new GoldFinding(goldA, "M6", Direction.INCREASED, Map.of("sample", "serum"), "M6 rose in serum.", 1),
                new GoldFinding(goldA, "M7", Direction.DECREASED, Map.of("sample", "cells"), "M7 fell.", 2));
        List<Finding> findings = List.of(finding(a, "M6", Direction.INCREASED, "cells", "M6 rose in cells."),
                finding(a, "M8", Direction.INCREASED, null, "M8 rose."));
        EvaluationReport report = new Evaluator(KIND).evaluate(gold, List.of(a), findings);
        Map<String, EvaluationReport> reports = new LinkedHashMap<>();
        reports.put("dev.jsonl", report);
        Path file = dir.resolve("errors.jsonl");

        ErrorsFile.write(file, reports);

        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(3);
        ObjectMapper json = new ObjectMapper();
        JsonNode fp = json.readTree(lines.get(0));
        assertThat(fp.get("file").asText()).isEqualTo("dev.jsonl");
        assertThat(fp.get("error").asText()).isEqualTo("false-positive");
        assertThat(fp.get("pmid").asText()).isEqualTo("1");
        assertThat(fp.get("subject").asText()).isEqualTo("M8");
        assertThat(fp.get("predicted").get("sample").isNull()).isTrue();
        assertThat(fp.get("sentence").asText()).isEqualTo("M8 rose.");
        JsonNode miss = json.readTree(lines.get(1));
        assertThat(miss.get("error").asText()).isEqualTo("miss");
        assertThat(miss.get("subject").asText()).isEqualTo("M7");
        assertThat(miss.get("direction").asText()).isEqualTo("decreased");
        assertThat(miss.get("gold").get("sample").asText()).isEqualTo("cells");
        assertThat(miss.get("record_read").asBoolean()).isTrue();
        assertThat(miss.get("sentence").asText()).isEqualTo("M7 fell.");
        JsonNode mismatch = json.readTree(lines.get(2));
        assertThat(mismatch.get("error").asText()).isEqualTo("attribute");
        assertThat(mismatch.get("attribute").asText()).isEqualTo("sample");
        assertThat(mismatch.get("gold").get(0).asText()).isEqualTo("serum");
        assertThat(mismatch.get("predicted").get(0).asText()).isEqualTo("cells");
        assertThat(mismatch.get("sentence").asText()).isEqualTo("M6 rose in cells.");
    }

    private static Finding finding(BibliographicRecord record, String key, Direction direction, String sample, String sentence) {
        return new Finding(record.id(), KIND.name(), new Subject(key, key, key), direction,
                sample == null ? Map.of() : Map.of("sample", sample),
                new EvidenceSpan(BibliographicRecord.FIELD_ABSTRACT, null, sentence, 0, sentence.length(), 0, 2), null, null);
    }
}
