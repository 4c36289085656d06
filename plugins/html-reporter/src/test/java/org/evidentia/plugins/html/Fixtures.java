package org.evidentia.plugins.html;

import java.util.ArrayList;
import java.util.List;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Direction;
import org.evidentia.api.EvidenceSpan;
import org.evidentia.api.Finding;
import org.evidentia.api.RunSummary.InputSummary;
import org.evidentia.api.RunSummary.PluginSummary;
import org.evidentia.api.RunSummary.Problem;
import org.evidentia.api.Subject;
import org.evidentia.testkit.TestEvidence;

/** Evidence written for these tests: plausible studies, a hostile one, and a generated large run. */
final class Fixtures {

    static final String HOSTILE_TITLE = "IL-6 <script>alert(1)</script> in \"quoted\" & 'single' patients";
    static final String HOSTILE_IMG = "<img src=x onerror=alert(1)>";

    static final BibliographicRecord SMITH = BibliographicRecord.builder().pmid("31000001").doi("10.1000/smith.2020").title("Serum cytokines in fibromyalgia")
            .author("Smith J").author("Lee K").journal("J Pain").year(2020)
            .section("BACKGROUND", "Cytokines may mediate pain.")
            .section("RESULTS", "Serum IL-6 was higher in patients than in controls. IL-10 was lower in patients. TNF-alpha did not differ.")
            .build();
    static final BibliographicRecord ADAMS = BibliographicRecord.builder().pmid("31000002").title("Exercise and interleukins")
            .author("Adams B").journal("Brain Behav Immun").year(2018)
            .section(null, "After exercise IL-6 rose in plasma. IL-10 increased as well.")
            .build();
    static final BibliographicRecord HOSTILE = BibliographicRecord.builder().doi("10.1000/x\"><script>alert(2)</script>").title(HOSTILE_TITLE)
            .author("O'Brien <b>M</b>").journal("J \"Tests\"").year(2021)
            .section(null, "Serum IL-6 was increased " + HOSTILE_IMG + " in cases.")
            .build();
    static final BibliographicRecord NO_FINDINGS = BibliographicRecord.builder().pmid("31000004").title("Unrelated").author("Zed A").year(2019).build();

    private Fixtures() {
    }

    static List<Finding> findings() {
        return List.of(
                TestEvidence.finding(SMITH, "IL6", "IL-6", "IL-6", Direction.INCREASED, "serum", "fibromyalgia"),
                TestEvidence.finding(SMITH, "IL10", "IL-10", "IL-10", Direction.DECREASED, null, "fibromyalgia"),
                TestEvidence.finding(SMITH, "TNF", "TNF-α", "TNF-alpha", Direction.UNCHANGED, "serum", "fibromyalgia"),
                TestEvidence.finding(ADAMS, "IL6", "IL-6", "IL-6", Direction.INCREASED, "plasma", "after exercise"),
                TestEvidence.finding(ADAMS, "IL10", "IL-10", "IL-10", Direction.INCREASED, "plasma", "after exercise"),
                TestEvidence.finding(HOSTILE, "IL6", "IL-6", "IL-6", Direction.INCREASED, "serum\" onmouseover=\"alert(3)",
                        "<i>cases</i> \" onfocus=\"alert(4)"));
    }

    static TestEvidence evidence() {
        return TestEvidence.builder()
                .records(List.of(SMITH, ADAMS, HOSTILE, NO_FINDINGS))
                .findings(findings())
                .duplicatesMerged(2).recordsSkipped(1)
                .input(new InputSummary("pubmed-export.nbib", "a".repeat(64), "medline", 6, 1))
                .input(new InputSummary("more <b>records</b>.csv", "b".repeat(64), "pubmed-csv", 1, 0))
                .plugin(new PluginSummary("cytokine-extractor", "0.1.0", List.of("cytokines")))
                .plugin(new PluginSummary("html-reporter", "0.1.0", List.of("html-summary")))
                .option("review-table", "formats", "[\"csv\"]")
                .problem(new Problem(Problem.Kind.SKIPPED_RECORD, "medline", "pubmed-export.nbib", 7, 120, null,
                        "record has no PMID line <PMID-> and no title"))
                .notice("CSV exports carry no abstracts")
                .build();
    }

    static final List<String> CYTOKINES = List.of("IL-1β:IL1B", "IL-2:IL2", "IL-4:IL4", "IL-6:IL6", "IL-8:CXCL8", "IL-10:IL10",
            "IL-12:IL12", "IL-17A:IL17A", "IFN-γ:IFNG", "TNF-α:TNF", "TGF-β1:TGFB1", "MCP-1:CCL2");
    static final List<String> SPECIMENS = List.of("serum", "plasma", "csf", "pbmc", "tissue");
    static final List<String> AUTHORS = List.of("Nguyen", "García", "Okafor", "Müller", "Kowalski", "Tanaka", "Rossi",
            "Andersson", "Silva", "Cohen", "Dubois", "Ivanova", "Haddad", "Kim", "Novak", "Fischer", "Moreau", "Patel");

    /**
     * A generated run of {@code studies} studies with {@code perStudy} findings each, deterministic:
     * directions, specimens and cytokines cycle through fixed lists.
     */
    static TestEvidence generated(int studies, int perStudy) {
        List<BibliographicRecord> records = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (int s = 0; s < studies; s++) {
            StringBuilder abstractText = new StringBuilder();
            List<String[]> planned = new ArrayList<>();
            for (int f = 0; f < perStudy; f++) {
                String[] cytokine = CYTOKINES.get((s * 7 + f * 5) % CYTOKINES.size()).split(":");
                int cycle = (s * 3 + f) % 7;
                Direction direction = cycle < 4 ? Direction.INCREASED : cycle < 6 ? Direction.DECREASED : Direction.UNCHANGED;
                String specimen = SPECIMENS.get((s + f) % SPECIMENS.size());
                String verb = direction == Direction.INCREASED ? "was higher" : direction == Direction.DECREASED ? "was lower" : "did not differ";
                String marker = "[" + f + "]";
                abstractText.append(specimen.substring(0, 1).toUpperCase()).append(specimen.substring(1)).append(' ')
                        .append(cytokine[0]).append(' ').append(marker).append(' ').append(verb)
                        .append(" in patients with condition ").append(s % 9).append(" than in controls. ");
                planned.add(new String[] {cytokine[1], cytokine[0], cytokine[0] + " " + marker, direction.name(), specimen});
            }
            BibliographicRecord record = BibliographicRecord.builder().pmid(String.valueOf(32000000 + s))
                    .title("Cytokine profile in cohort " + (s + 1) + ": a case-control study")
                    .author(AUTHORS.get(s % AUTHORS.size()) + " " + (char) ('A' + s % 26)).author("Second A")
                    .journal(s % 2 == 0 ? "Brain Behav Immun" : "J Neuroinflammation").year(2000 + s % 24)
                    .section("RESULTS", abstractText.toString().strip())
                    .build();
            records.add(record);
            for (String[] p : planned) {
                Finding finding = TestEvidence.finding(record, p[0], p[1], p[2], Direction.valueOf(p[3]), p[4], "condition " + (s % 9));
                // the mention is the cytokine only, not the marker that keeps each sentence unique
                findings.add(new Finding(finding.recordId(), finding.kind(), new Subject(p[0], p[1], p[1]),
                        finding.direction(), finding.attributes(),
                        new EvidenceSpan(finding.evidence().field(), finding.evidence().section(),
                                finding.evidence().sentence(), finding.evidence().sentenceStart(), finding.evidence().sentenceEnd(),
                                finding.evidence().mentionStart(), finding.evidence().mentionStart() + p[1].length()),
                        finding.extractor(), finding.extractorVersion()));
            }
        }
        return TestEvidence.builder().records(records).findings(findings).duplicatesMerged(studies / 10).build();
    }
}
