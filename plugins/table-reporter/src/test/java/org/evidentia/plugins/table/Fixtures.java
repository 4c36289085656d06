package org.evidentia.plugins.table;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Direction;
import org.evidentia.api.Finding;
import org.evidentia.api.FindingKind;
import org.evidentia.api.FindingKind.Attribute;
import org.evidentia.api.FindingKind.Attribute.Role;
import org.evidentia.testkit.TestRun;

/** A small run written for these tests: three studies, one of them hostile, and a record without findings. */
final class Fixtures {

    /** A cytokine-like kind, as an extractor would declare it; the reporters know nothing of it beforehand. */
    static final FindingKind KIND = new FindingKind("cytokine-change", "Cytokine", "Cytokines", List.of(
            new Attribute("comparison", "Comparison", List.of("condition", "intervention"), Role.STRATUM),
            new Attribute("specimen", "Specimen", List.of("serum", "plasma"), Role.BREAKDOWN,
                    Map.of("serum", new Attribute.ValueMeaning("blood serum", "the fluid left when blood has clotted"))),
            new Attribute("context", "Context", List.of(), Role.DETAIL)), Map.of());

    static final BibliographicRecord SMITH = BibliographicRecord.builder().pmid("1001").doi("10.1000/smith").title("Cytokines in fibromyalgia")
            .author("Smith J").author("Lee K").journal("J Pain").year(2020)
            .section("RESULTS", "Serum IL-10 was lower in patients. IL-2 was higher in patients, \"markedly\".")
            .build();
    static final BibliographicRecord ADAMS = BibliographicRecord.builder().pmid("1002").title("Interleukins 2 and 10 after exercise")
            .author("Adams B").journal("Brain Behav Immun").year(2018)
            .section(null, "After exercise IL-10 rose in plasma.\n-IL-2 fell, =SUM(A1:A2) was noted.")
            .build();
    /** No PMID: known by its DOI. Its title and journal are hostile. */
    static final BibliographicRecord HOSTILE = BibliographicRecord.builder().doi("10.1000/evil").title("=HYPERLINK(\"http://x\",\"click\") <script>alert(1)</script>")
            .author("@Mallory").journal("+Journal | of * Tests").year(2021)
            .section(null, "IL-2 was increased in serum.")
            .build();
    static final BibliographicRecord NO_FINDINGS = BibliographicRecord.builder().pmid("1004").title("Unrelated").author("Zed A").year(2019).build();

    static final Finding SMITH_IL10 = finding(SMITH, "IL10", "IL-10", "IL-10", Direction.DECREASED, "serum", "fibromyalgia");
    static final Finding SMITH_IL2 = finding(SMITH, "IL2", "IL-2", "IL-2", Direction.INCREASED, null, "fibromyalgia");
    static final Finding ADAMS_IL10 = finding(ADAMS, "IL10", "IL-10", "IL-10", Direction.INCREASED, "plasma", "after exercise");
    static final Finding ADAMS_IL2 = finding(ADAMS, "IL2", "IL-2", "-IL-2", Direction.DECREASED, null, null);
    static final Finding HOSTILE_IL2 = finding(HOSTILE, "IL2", "IL-2", "IL-2", Direction.INCREASED, "serum", null);

    private Fixtures() {
    }

    private static Finding finding(BibliographicRecord record, String key, String label, String mention, Direction direction,
                                   String specimen, String context) {
        Map<String, String> attributes = new HashMap<>();
        attributes.put("comparison", "condition");
        attributes.put("specimen", specimen);
        attributes.put("context", context);
        return TestRun.finding(record, KIND, key, label, mention, direction, attributes);
    }

    /** Findings in the run's order (input order: Smith, Adams, hostile). */
    static TestRun run() {
        return TestRun.builder(KIND)
                .records(List.of(SMITH, ADAMS, HOSTILE, NO_FINDINGS))
                .findings(List.of(SMITH_IL10, SMITH_IL2, ADAMS_IL10, ADAMS_IL2, HOSTILE_IL2))
                .build();
    }
}
