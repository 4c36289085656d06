package org.evidentia.plugins.bioc.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Direction;
import org.evidentia.api.FindingKind;
import org.evidentia.api.FindingKind.Attribute;
import org.evidentia.api.FindingKind.Attribute.Role;
import org.evidentia.testkit.TestRun;

/**
 * Records and findings for the reporter's tests, written by hand (PMIDs 96400101 and up and DOIs
 * under {@code 10.9999/} are invented). The structured record's RESULTS section holds a character
 * outside the Basic Multilingual Plane (U+1D705) before its mentions, so that BioC's code point
 * offsets differ from Java's {@code char} offsets there.
 */
final class ReportFixtures {

    static final FindingKind KIND = new FindingKind("cytokine-change", "Cytokine", "Cytokines",
            List.of(new Attribute("comparison", "Comparison", List.of("condition", "other"), Role.STRATUM),
                    new Attribute("specimen", "Specimen", List.of("serum", "plasma"), Role.BREAKDOWN),
                    new Attribute("context", "Context", List.of(), Role.DETAIL)),
            Map.of());

    static final Instant RUN_DATE = Instant.parse("2026-01-31T22:30:00Z");

    static final String RESULTS = "In the \uD835\uDF05 cohort, serum IL-6 was increased in patients. Plasma IL-10 was decreased in patients.";

    static final BibliographicRecord STRUCTURED = BibliographicRecord.builder()
            .pmid("96400101").doi("10.9999/bioc.report.1").pmcid("PMC9640101")
            .title("Serum interleukin-6 & pain in fibromyalgia")
            .section("BACKGROUND", "Pain <and> fatigue are common.")
            .section("RESULTS", RESULTS)
            .author("Moreau C").author("Okafor CN").journal("J Pain Immunol").year(2021)
            .publicationType("Journal Article").publicationType("Multicenter Study")
            .meshTerm("Humans").meshTerm("Interleukin-6/blood").keyword("fibromyalgia")
            .build();

    /** A record with neither PMID nor DOI: its id is made from its title. */
    static final BibliographicRecord TITLE_ONLY = BibliographicRecord.builder()
            .title("TNF-alpha rises after exercise")
            .section(null, "An unlabelled abstract.")
            .build();

    static final BibliographicRecord NO_FINDINGS = BibliographicRecord.builder()
            .pmid("96400103").title("Sleep in fibromyalgia").section(null, "Sleep was poor.").build();

    private ReportFixtures() {
    }

    /** Three records, the first with four findings (two on one mention), the second with one, the third with none. */
    static TestRun run() {
        return TestRun.builder(KIND).runDate(RUN_DATE).evidentiaVersion("0.1.0")
                .records(List.of(STRUCTURED, TITLE_ONLY, NO_FINDINGS))
                .finding(TestRun.finding(STRUCTURED, KIND, "IL6", "IL-6", "interleukin-6", Direction.INCREASED,
                        Map.of("context", "fibromyalgia")))
                .finding(TestRun.finding(STRUCTURED, KIND, "IL6", "IL-6", "IL-6", Direction.INCREASED,
                        Map.of("comparison", "condition", "specimen", "serum", "context", "patients")))
                .finding(TestRun.finding(STRUCTURED, KIND, "IL6", "IL-6", "IL-6", Direction.UNCHANGED,
                        Map.of("comparison", "other", "specimen", "serum")))
                .finding(TestRun.finding(STRUCTURED, KIND, "IL10", "IL-10", "IL-10", Direction.DECREASED,
                        Map.of("specimen", "plasma")))
                .finding(TestRun.finding(TITLE_ONLY, KIND, "TNF", "TNF-alpha", "TNF-alpha", Direction.INCREASED, Map.of()))
                .build();
    }
}
