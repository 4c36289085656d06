package org.evidentia.plugins.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Direction;
import org.evidentia.api.EvidenceSpan;
import org.evidentia.api.Finding;
import org.evidentia.api.FindingKind;
import org.evidentia.api.FindingKind.Attribute;
import org.evidentia.api.FindingKind.Attribute.Role;
import org.evidentia.api.FindingKind.Attribute.ValueMeaning;
import org.evidentia.api.RunSummary.InputSummary;
import org.evidentia.api.RunSummary.PluginSummary;
import org.evidentia.api.RunSummary.Problem;
import org.evidentia.api.Subject;
import org.evidentia.testkit.TestRun;

/**
 * Runs written for these tests: plausible studies in two strata, a review, a retracted study, a
 * hostile record, and generated large runs. The kinds are declared here, as an extractor would
 * declare them: the reporter knows none of them.
 */
final class Fixtures {

    /**
     * A kind with the cytokine extractor's vocabulary: three stratum attributes, a breakdown and a
     * detail, with the reader labels of the text mining kit's values and some of their meanings.
     */
    static final FindingKind CYTOKINES = new FindingKind("cytokine-change", "Cytokine", "Cytokines",
            List.of(
                    new Attribute("comparison", "Comparison",
                            List.of("condition", "intervention", "exposure", "genotype", "time", "other"), Role.STRATUM,
                            Map.of("condition", new ValueMeaning("cases vs controls", "people or animals with a disease or state compared with"
                                            + " controls without it"),
                                    "intervention", new ValueMeaning("before and after, or with and without, a treatment"),
                                    "time", new ValueMeaning("over time", "a time course"))),
                    new Attribute("population", "Population", List.of("human", "animal", "cell-line"), Role.STRATUM,
                            Map.of("human", new ValueMeaning("measured in people"), "cell-line", new ValueMeaning("cell lines", "measured in"
                                    + " cultured cell lines"))),
                    new Attribute("condition", "Condition", List.of(), Role.STRATUM),
                    new Attribute("specimen", "Specimen", List.of("serum", "plasma", "blood", "csf", "pbmc", "tissue"), Role.BREAKDOWN,
                            Map.of("blood", new ValueMeaning("blood without the part measured named"))),
                    new Attribute("context", "Context", List.of(), Role.DETAIL)),
            Map.of("TNFA", "TNF"));

    /** A second kind, of another domain: one stratum attribute and one breakdown. */
    static final FindingKind WIDGETS = new FindingKind("widget-change", "Widget", "Widgets",
            List.of(new Attribute("site", "Site", List.of("north", "south"), Role.STRATUM),
                    new Attribute("colour", "Colour", List.of("red", "blue"), Role.BREAKDOWN)),
            Map.of());

    static final String HOSTILE_TITLE = "IL-6 <script>alert(1)</script> in \"quoted\" & 'single' patients";
    static final String HOSTILE_IMG = "<img src=x onerror=alert(1)>";

    static final BibliographicRecord SMITH = BibliographicRecord.builder().pmid("31000001").doi("10.1000/smith.2020")
            .title("Serum cytokines in fibromyalgia").author("Smith J").author("Lee K").journal("J Pain").year(2020)
            .publicationType("Journal Article")
            .section("BACKGROUND", "Cytokines may mediate pain.")
            .section("RESULTS", "Serum IL-6 was higher in patients than in controls. IL-10 was lower in patients. TNF-alpha did not differ.")
            .build();
    static final BibliographicRecord ADAMS = BibliographicRecord.builder().pmid("31000002").title("Exercise and interleukins")
            .author("Adams B").journal("Brain Behav Immun").year(2018).publicationType("Journal Article")
            .section(null, "After exercise IL-6 rose in plasma. IL-10 increased as well.")
            .build();
    static final BibliographicRecord HOSTILE = BibliographicRecord.builder().doi("10.1000/x\"><script>alert(2)</script>").title(HOSTILE_TITLE)
            .author("O'Brien <b>M</b>").journal("J \"Tests\"").year(2021).publicationType("Journal Article")
            .section(null, "Serum IL-6 was increased " + HOSTILE_IMG + " in cases.")
            .build();
    static final BibliographicRecord REVIEW = BibliographicRecord.builder().pmid("31000005").title("Cytokines in fibromyalgia: a narrative review")
            .author("Reviewer R").author("Other O").journal("Pain Rev").year(2019).publicationType("Journal Article").publicationType("Review")
            .section(null, "Most studies found serum IL-6 raised in fibromyalgia.")
            .build();
    static final BibliographicRecord RETRACTED = BibliographicRecord.builder().pmid("31000006").title("Drug X and colitis")
            .author("Zhao Q").author("Wu L").journal("Gut Res").year(2017).publicationType("Journal Article")
            .publicationType("Retracted Publication")
            .section(null, "Drug X lowered colonic IL-6 in DSS-colitis mice.")
            .build();
    static final BibliographicRecord NO_FINDINGS = BibliographicRecord.builder().pmid("31000004").title("Unrelated").author("Zed A").year(2019).build();

    private Fixtures() {
    }

    /** Attributes of a cytokine finding; null values are left out. */
    static Map<String, String> attributes(String comparison, String population, String condition, String specimen, String context) {
        Map<String, String> values = new HashMap<>();
        values.put("comparison", comparison);
        values.put("population", population);
        values.put("condition", condition);
        values.put("specimen", specimen);
        values.put("context", context);
        values.values().removeIf(v -> v == null);
        return values;
    }

    static Finding cytokine(BibliographicRecord r, String key, String label, String mention, Direction direction,
                            Map<String, String> attributes) {
        return TestRun.finding(r, CYTOKINES, key, label, mention, direction, attributes);
    }

    /**
     * A run of {@code studies} studies, each with one finding of IL-6 raised; PMIDs from
     * {@code firstPmid}, each study's finding with the attributes {@code attributes} gives for its index.
     */
    static TestRun.Builder il6Studies(int firstPmid, int studies, java.util.function.IntFunction<Map<String, String>> attributes) {
        TestRun.Builder builder = TestRun.builder(CYTOKINES);
        for (int i = 0; i < studies; i++) {
            BibliographicRecord record = BibliographicRecord.builder().pmid(String.valueOf(firstPmid + i)).title("Study " + i)
                    .author("Author" + (char) ('A' + i) + " J").year(2000 + i)
                    .section(null, "IL-6 was higher in patients than in controls.").build();
            builder.record(record).finding(cytokine(record, "IL6", "IL-6", "IL-6", Direction.INCREASED, attributes.apply(i)));
        }
        return builder;
    }

    static List<BibliographicRecord> records() {
        return List.of(SMITH, ADAMS, HOSTILE, NO_FINDINGS, REVIEW, RETRACTED);
    }

    static List<Finding> findings() {
        Map<String, String> fibromyalgia = attributes("condition", "human", "fibromyalgia", "serum", "fibromyalgia");
        return List.of(
                cytokine(SMITH, "IL6", "IL-6", "IL-6", Direction.INCREASED, fibromyalgia),
                cytokine(SMITH, "IL10", "IL-10", "IL-10", Direction.DECREASED, attributes("condition", "human", "fibromyalgia", null, "fibromyalgia")),
                cytokine(SMITH, "TNFA", "TNF-α", "TNF-alpha", Direction.UNCHANGED, fibromyalgia),
                cytokine(ADAMS, "IL6", "IL-6", "IL-6", Direction.INCREASED, attributes("intervention", "human", null, "plasma", "after exercise")),
                cytokine(ADAMS, "IL10", "IL-10", "IL-10", Direction.INCREASED, attributes("intervention", "human", null, "plasma", "after exercise")),
                cytokine(HOSTILE, "IL6", "IL-6", "IL-6", Direction.INCREASED,
                        attributes("condition", "human", "fibromyalgia", "serum\" onmouseover=\"alert(3)", "<i>cases</i> \" onfocus=\"alert(4)")),
                cytokine(REVIEW, "IL6", "IL-6", "IL-6", Direction.INCREASED, fibromyalgia),
                cytokine(RETRACTED, "IL6", "IL-6", "IL-6", Direction.DECREASED, attributes("intervention", "animal", "colitis", "tissue", "DSS-colitis mice")));
    }

    /**
     * The base run: 6 kept records (+ 2 merged, 1 skipped), 5 with findings, one of them a review; the
     * retracted study votes, as synthesis.retracted-votes lets it, so that the votes' retraction flags show.
     */
    static TestRun.Builder builder() {
        return TestRun.builder(CYTOKINES)
                .retractedVotes(true)
                .records(records())
                .findings(findings())
                .duplicatesMerged(2).recordsSkipped(1)
                .input(new InputSummary("pubmed-export.nbib", "a".repeat(64), "medline", 8, 1))
                .input(new InputSummary("more <b>records</b>.csv", "b".repeat(64), "pubmed-csv", 1, 0))
                .input(new InputSummary("notes.docx", "c".repeat(64), null, 0, 0))
                .plugin(new PluginSummary("cytokine-extractor", "0.1.0", List.of("cytokines")))
                .plugin(new PluginSummary("html-reporter", "0.1.0", List.of("html-summary")))
                .option("review-table", "formats", "[\"csv\"]")
                .problem(new Problem(Problem.Kind.SKIPPED_RECORD, "medline", "pubmed-export.nbib", 7, 120, null,
                        "record has no PMID line <PMID-> and no title"))
                .notice("CSV exports carry no abstracts");
    }

    static TestRun run() {
        return builder().build();
    }

    /** 40 subjects: the plot of a large stratum is wider than the page. */
    static final List<String> SUBJECTS = List.of("IL-1β:IL1B", "IL-2:IL2", "IL-4:IL4", "IL-6:IL6", "IL-8:CXCL8", "IL-10:IL10",
            "IL-12:IL12", "IL-17A:IL17A", "IFN-γ:IFNG", "TNF-α:TNF", "TGF-β1:TGFB1", "MCP-1:CCL2", "IL-1α:IL1A", "IL-3:IL3",
            "IL-5:IL5", "IL-7:IL7", "IL-9:IL9", "IL-13:IL13", "IL-15:IL15", "IL-18:IL18", "IL-21:IL21", "IL-22:IL22",
            "IL-23:IL23", "IL-27:IL27", "IL-33:IL33", "IL-35:IL35", "IP-10:CXCL10", "MIP-1α:CCL3", "MIP-1β:CCL4",
            "RANTES:CCL5", "eotaxin:CCL11", "GM-CSF:CSF2", "G-CSF:CSF3", "M-CSF:CSF1", "VEGF:VEGFA", "IFN-α:IFNA",
            "IFN-β:IFNB1", "TNF-β:LTA", "LIF:LIF", "OSM:OSM");
    static final List<String> SPECIMENS = List.of("serum", "plasma", "csf", "pbmc", "tissue");
    static final List<String> AUTHORS = List.of("Nguyen", "García", "Okafor", "Müller", "Kowalski", "Tanaka", "Rossi",
            "Andersson", "Silva", "Cohen", "Dubois", "Ivanova", "Haddad", "Kim", "Novak", "Fischer", "Moreau", "Patel",
            "de Melo", "van der Berg", "De la Fuente", "Li");

    /**
     * A generated run of {@code studies} studies with {@code perStudy} findings each, deterministic:
     * directions, specimens and subjects cycle through fixed lists; five studies in six are human
     * condition studies of one condition (the lead stratum), the sixth an animal intervention study.
     */
    static TestRun generated(int studies, int perStudy) {
        List<BibliographicRecord> records = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (int s = 0; s < studies; s++) {
            StringBuilder abstractText = new StringBuilder();
            List<String[]> planned = new ArrayList<>();
            for (int f = 0; f < perStudy; f++) {
                String[] subject = SUBJECTS.get((s * 7 + f * 13) % SUBJECTS.size()).split(":");
                int cycle = (s * 3 + f) % 7;
                Direction direction = cycle < 4 ? Direction.INCREASED : cycle < 6 ? Direction.DECREASED : Direction.UNCHANGED;
                String specimen = SPECIMENS.get((s + f) % SPECIMENS.size());
                String verb = direction == Direction.INCREASED ? "was higher" : direction == Direction.DECREASED ? "was lower" : "did not differ";
                String marker = "[" + f + "]";
                abstractText.append(specimen.substring(0, 1).toUpperCase()).append(specimen.substring(1)).append(' ')
                        .append(subject[0]).append(' ').append(marker).append(' ').append(verb)
                        .append(" in patients with condition ").append(s % 9).append(" than in controls. ");
                planned.add(new String[] {subject[1], subject[0], subject[0] + " " + marker, direction.name(), specimen});
            }
            BibliographicRecord record = BibliographicRecord.builder().pmid(String.valueOf(32000000 + s))
                    .title("Cytokine profile in cohort " + (s + 1) + ": a case-control study")
                    .author(AUTHORS.get(s % AUTHORS.size()) + " " + (char) ('A' + s % 26)).author("Second A")
                    .journal(s % 2 == 0 ? "Brain Behav Immun" : "J Neuroinflammation").year(2000 + s % 24)
                    .section("RESULTS", abstractText.toString().strip())
                    .build();
            records.add(record);
            boolean animal = s % 6 == 5;
            for (String[] p : planned) {
                Map<String, String> attributes = animal
                        ? attributes("intervention", "animal", "colitis", p[4], "condition " + (s % 9))
                        : attributes("condition", "human", "fibromyalgia", p[4], "condition " + (s % 9));
                Finding finding = cytokine(record, p[0], p[1], p[2], Direction.valueOf(p[3]), attributes);
                // the mention is the subject only, not the marker that keeps each sentence unique
                EvidenceSpan e = finding.evidence();
                findings.add(new Finding(finding.recordId(), finding.kind(), new Subject(p[0], p[1], p[1]),
                        finding.direction(), finding.attributes(),
                        new EvidenceSpan(e.field(), e.section(), e.sentence(), e.sentenceStart(), e.sentenceEnd(),
                                e.mentionStart(), e.mentionStart() + p[1].length()),
                        finding.extractor(), finding.extractorVersion()));
            }
        }
        // a build id in lower case, as a distribution built from a commit has, which the report prints as it is
        return TestRun.builder(CYTOKINES).records(records).findings(findings).duplicatesMerged(studies / 10)
                .evidentiaVersion("0.1.0+a21945583aa9").build();
    }
}
