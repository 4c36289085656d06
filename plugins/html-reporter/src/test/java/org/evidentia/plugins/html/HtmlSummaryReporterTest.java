package org.evidentia.plugins.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Direction;
import org.evidentia.api.Origin;
import org.evidentia.api.ReportContext;
import org.evidentia.api.RunSummary;
import org.evidentia.api.Synthesis.KindSynthesis;
import org.evidentia.testkit.TestRun;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Structural tests of report.html, written as the runtime drives the reporter and read back with jsoup. */
class HtmlSummaryReporterTest {

    private static final String KIND = "#kind-cytokine-change";

    private final TestRun run = Fixtures.run();

    @TempDir
    Path out;

    private Document doc;
    private String html;

    @BeforeEach
    void render() throws IOException {
        html = write(run, out, Map.of());
        doc = Jsoup.parse(html);
    }

    static String write(TestRun run, Path dir, Map<String, ?> options) throws IOException {
        assertThat(run.report(new HtmlSummaryReporter(), options, dir)).containsExactly(Path.of("report.html"));
        return Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
    }

    /**
     * Review 8, finding 7: a plugin reporter's option naming report.html made html-summary fail at
     * the end of the run, after all the reading. It creates its file when it starts, so the output
     * folder refuses the clash there, which a run reports before it reads (exit 2).
     */
    @Test
    void reportHtmlIsClaimedWhenTheWriterStartsSoAnotherReportersFileOfThatNameIsRefusedThere(@TempDir Path dir) throws Exception {
        HtmlSummaryReporter reporter = new HtmlSummaryReporter();
        try (TestRun.Outputs outputs = run.openOutputs(dir.resolve("out"))) {
            outputs.folderFor("kind-summary").create("report.html").close();
            ReportContext context = outputs.contextFor(reporter, Map.of());

            assertThatThrownBy(() -> reporter.start(context)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("'report.html' is written by kind-summary already: each file of the outputs has one writer");
        }
    }

    @Test
    void isOneSelfContainedPage() {
        assertThat(doc.select("script[src], link[rel=stylesheet], img, iframe, object, embed, audio, video, source")).isEmpty();
        assertThat(doc.select("link[href]")).allSatisfy(l -> assertThat(l.attr("href")).startsWith("data:"));
        // every link is an anchor in the page or a link out to PubMed or doi.org, followed only when clicked
        for (Element a : doc.select("[href]")) {
            assertThat(a.attr("href")).matches("(#[a-z0-9-]+|https://pubmed\\.ncbi\\.nlm\\.nih\\.gov/[0-9]+/|https://doi\\.org/\\S+|data:,)");
        }
        assertThat(doc.select("style").html()).doesNotContain("url(", "@import");
        assertThat(doc.select("script")).hasSize(1);
        assertThat(doc.select("script").html()).doesNotContain("http", "fetch(", "XMLHttpRequest", "import(");
        assertThat(doc.select("html").attr("lang")).isEqualTo("en");
        // notes.docx, which no source read, is not counted (an explorer's L10, 2026-12-04: "README.md and 4 more files")
        assertThat(doc.title()).isEqualTo("Evidence summary: pubmed-export.nbib and 1 more file, run of 2026-01-01");
    }

    @Test
    void hasTheSectionsAReviewNeedsWithHeadingsAndUniqueIds() {
        assertThat(doc.select("h1")).hasSize(1);
        assertThat(doc.select("main > section[id]").eachAttr("id"))
                .containsExactly("key-results", "read-first", "flow", "kind-cytokine-change", "studies", "reviews", "methods");
        // review 25, H2: each kind's findings table has its own entry, a short keyboard route to it
        assertThat(doc.select("nav a").eachText())
                .containsExactly("Key results", "Records", "Cytokines", "Cytokine findings", "Studies", "Reviews", "Methods");
        assertThat(doc.select("nav a").get(3).attr("href")).isEqualTo("#kind-cytokine-change-findings-heading");
        // READREV, L12: "Findings" under each kind, and each stratum's heading, name their kind to a screen reader's list of headings
        assertThat(doc.getElementById("kind-cytokine-change-findings-heading").text()).isEqualTo("Cytokine Findings");
        assertThat(doc.getElementById("kind-cytokine-change-findings-heading").select(".visually-hidden").text()).isEqualTo("Cytokine");
        // and a skip link at the top of the kind's section leads there, another past each plot (and the stratum's
        // matrices) to the next stratum's heading, the last stratum's to the findings: outside the stratum's fold, where
        // Chromium's Tab from a target at the end of an open <details> went back to the fold's first link
        assertThat(doc.select("#kind-cytokine-change > a.skip-inline").eachAttr("href")).containsExactly("#kind-cytokine-change-findings-heading");
        assertThat(doc.select("figure.edp-figure .edp-toolbar a.skip-inline").eachAttr("href"))
                .containsExactly("#kind-cytokine-change-stratum-2-heading", "#kind-cytokine-change-stratum-3-heading", "#kind-cytokine-change-findings-heading");
        assertThat(doc.select("figure.edp-figure .edp-toolbar a.skip-inline").eachText()).containsOnly("Skip past the plot and the evidence matrices");
        assertThat(doc.select("[id$=-heading]").eachAttr("tabindex")).as("the targets take the focus").hasSize(4).containsOnly("-1");
        for (Element section : doc.select("main > section")) {
            assertThat(section.selectFirst("h2")).as(section.id()).isNotNull();
            assertThat(section.attr("aria-labelledby")).isEqualTo(section.selectFirst("h2").id());
        }
        for (Element table : doc.select("table.data")) {
            assertThat(table.selectFirst("caption")).isNotNull();
            assertThat(table.select("thead th")).allSatisfy(th -> assertThat(th.attr("scope")).isEqualTo("col"));
            assertThat(table.select("tbody th")).allSatisfy(th -> assertThat(th.attr("scope")).isEqualTo("row"));
        }
        List<String> ids = doc.select("[id]").eachAttr("id");
        assertThat(ids).doesNotHaveDuplicates();
        for (Element a : doc.select("a[href^=#]")) {
            assertThat(ids).as(a.outerHtml()).contains(a.attr("href").substring(1));
        }
        for (Element labelled : doc.select("[aria-labelledby]")) {
            for (String id : labelled.attr("aria-labelledby").split(" ")) {
                assertThat(ids).as(labelled.tagName() + " labelled by " + id).contains(id);
            }
        }
    }

    /** Report reader s9, L12: "in 281 studies" counted the reviews, which the flow and the Studies section do not. */
    @Test
    void theHeadersLineCountsPublicationsAndOfThemTheStudiesCastingVotes() {
        // the review of session 24, H5: and what was read, which only the tab's title named
        assertThat(doc.selectFirst("p.lede").text()).isEqualTo("8 findings in 5 publications (4 of them studies casting votes), from 9"
                + " records read in pubmed-export.nbib and 1 more file.");
    }

    @Test
    void flowDiagramAccountsForEveryRecordAndFile() {
        Element svg = doc.selectFirst("#flow svg");
        assertThat(svg.attr("role")).isEqualTo("img");
        // 6 kept + 2 merged + 1 skipped = 9 read; 5 with findings, one a review; 1 without
        assertThat(svg.selectFirst("desc").text()).isEqualTo("Input files: 3 (not read: 1). Records read: 9; duplicates merged: 2; "
                + "records skipped: 1. Records kept: 6; without findings (none extracted; not screened out): 1. Records with findings: 5,"
                + " with 8 findings; "
                + "casting no votes: 1. Studies casting votes: 4.");
        assertThat(svg.select("#flow-inputs text").eachText()).containsExactly("Input files", "3");
        assertThat(svg.select("#flow-unread text").eachText()).containsExactly("Files not read: 1", "empty, or no source reads them");
        assertThat(svg.select("#flow-left text").eachText()).containsExactly("Duplicates merged: 2", "Records skipped: 1");
        assertThat(svg.select("#flow-kept text").eachText()).containsExactly("Records kept", "6");
        assertThat(svg.select("#flow-with text").eachText()).containsExactly("Records with findings", "5 · 8 findings");
        assertThat(svg.select("#flow-not-voting text").eachText()).containsExactly("Cast no votes: 1", "reviews and other such designs");
        assertThat(svg.select("#flow-voting text").eachText()).containsExactly("Studies casting votes", "4");
        // boxes do not overlap and fit the picture
        Elements rects = svg.select("g.box rect");
        int height = Integer.parseInt(svg.attr("height"));
        for (Element r : rects) {
            assertThat(Integer.parseInt(r.attr("y")) + Integer.parseInt(r.attr("height"))).isLessThanOrEqualTo(height);
        }
        assertThat(svg.select("line")).hasSize(rects.size() - 1);
        // a narrow layout of the same boxes, for a phone: what leaves below each step, not beside it
        Element narrow = doc.select("#flow svg").get(1);
        assertThat(svg.hasClass("flow-wide")).isTrue();
        assertThat(narrow.hasClass("flow-narrow")).isTrue();
        assertThat(narrow.attr("role")).isEqualTo("img");
        assertThat(narrow.attr("aria-labelledby")).isEqualTo(svg.attr("aria-labelledby")).isEqualTo("flow-title flow-desc");
        assertThat(narrow.select("text").eachText()).isEqualTo(svg.select("text").eachText());
        assertThat(narrow.select("[id]")).as("ids stay unique: the wide layout's").hasSize(1).allMatch(e -> e.tagName().equals("marker"));
        assertThat(Integer.parseInt(narrow.attr("width"))).isEqualTo(360).isLessThan(Integer.parseInt(svg.attr("width")) / 2);
        for (Element r : narrow.select("g.box rect")) {
            assertThat(Integer.parseInt(r.attr("x")) + Integer.parseInt(r.attr("width"))).isLessThanOrEqualTo(360);
        }
    }

    @Test
    void flowDiagramShowsRecordsUnaccountedOnlyWhenThereAreAny(@TempDir Path dir) throws IOException {
        assertThat(doc.select("#flow-left text").eachText()).noneMatch(t -> t.contains("unaccounted"));
        // the caption's sum names the boxes a run without an exclusion list can have, excluded not among them
        assertThat(doc.select("figcaption").text()).contains("Every record read is accounted for: read = kept + duplicates merged"
                + " + skipped + unaccounted. Only");
        RunSummary base = run.summary();
        RunSummary.Counts c = base.counts();
        RunSummary summary = new RunSummary(base.evidentiaVersion(), base.runDate(), base.inputs(), base.plugins(), base.options(),
                new RunSummary.Counts(c.recordsRead() + 3, c.duplicatesMerged(), c.recordsSkipped(), 3, c.recordsKept(),
                        c.recordsWithFindings(), c.findings()),
                base.problems(), base.notices(), base.duplicates(), base.focus());
        Document page = Jsoup.parse(write(Fixtures.builder().summary(summary).build(), dir, Map.of()));
        assertThat(page.select("#flow-left text").eachText())
                .containsExactly("Duplicates merged: 2", "Records skipped: 1", "Records unaccounted: 3");
        assertThat(page.select("#flow desc").text()).contains("Records read: 12; duplicates merged: 2; records skipped: 1; "
                + "records unaccounted: 3. Records kept: 6");
        // the box grew by a line, and the boxes below moved down with it
        assertThat(Integer.parseInt(page.selectFirst("#flow-left rect").attr("height")))
                .isGreaterThan(Integer.parseInt(doc.selectFirst("#flow-left rect").attr("height")));
        assertThat(Integer.parseInt(page.selectFirst("#flow-voting rect").attr("y")))
                .isGreaterThan(Integer.parseInt(doc.selectFirst("#flow-voting rect").attr("y")));
    }

    /** Review 5, living-review operator's finding 6: a store's report had no box for the records PubMed deleted. */
    @Test
    void aStoresReportShowsTheRecordsItsUpdatesDeletedApartFromThoseRead(@TempDir Path dir) throws IOException {
        RunSummary base = run.summary();
        RunSummary.Counts c = base.counts();
        RunSummary summary = new RunSummary(base.evidentiaVersion(), base.runDate(), base.inputs(), base.plugins(), base.options(),
                new RunSummary.Counts(c.recordsRead(), c.duplicatesMerged(), c.recordsSkipped(), c.recordsUnaccounted(), c.recordsKept(),
                        c.recordsWithFindings(), c.findings(), 7),
                base.problems(), base.notices(), base.duplicates(), base.focus());
        Document page = Jsoup.parse(write(Fixtures.builder().summary(summary).build(), dir, Map.of()));
        assertThat(page.select("#flow-left text").eachText())
                .containsExactly("Duplicates merged: 2", "Records skipped: 1", "Deleted by updates: 7, not read");
        assertThat(page.select("#flow desc").text()).contains("records skipped: 1; deleted by updates, not among the records read: 7."
                + " Records kept: 6");
        assertThat(doc.select("#flow-left text").eachText()).noneMatch(t -> t.contains("Deleted"));
    }

    @Test
    void inAFocusedRunTheFlowDiagramSaysRecordsWhoseFindingsWereAllLeftOutCountAmongThoseWithout(@TempDir Path dir)
            throws IOException {
        // report reader s9, M8: drawn beside the flow, the box read as PRISMA's records excluded at screening
        assertThat(doc.select("#flow-without text").eachText()).containsExactly("Without findings: 1", "none extracted; not screened out");
        assertThat(doc.selectFirst("#flow figcaption").text()).contains("The searches that made the input files are not part of it: state"
                + " them (database, query, date) beside it.")
                // an explorer's E (s18): a reader of the report alone could not tell where those records are
                .endsWith("Records without findings have no card in this report; a run with the review-table reporter lists every record"
                        + " kept in its studies.csv, those with 0 findings among them, for screening by hand.");
        RunSummary base = run.summary();
        RunSummary focused = new RunSummary(base.evidentiaVersion(), base.runDate(), base.inputs(), base.plugins(), base.options(),
                base.counts(), base.problems(), base.notices(), base.duplicates(),
                new RunSummary.Focus(List.of("population=human"), 1_415, 0));
        Document page = Jsoup.parse(write(Fixtures.builder().summary(focused).build(), dir, Map.of()));
        assertThat(page.select("#flow-without text").eachText()).containsExactly("Without findings in focus: 1",
                "among them records whose findings", "were all outside the focus", "(1,415 findings left out in all)");
        assertThat(page.select("#flow-with text").eachText()).containsExactly("Records with findings in focus", "5 · 8 findings");
        // the counts still reconcile: kept 6 = 1 without findings in focus + 5 with
        assertThat(page.select("#flow-kept text").eachText()).containsExactly("Records kept", "6");
        assertThat(page.selectFirst("#flow desc").text()).contains("Records kept: 6; without findings in focus: 1, among them records "
                + "whose findings were all outside the focus (1,415 findings left out in all). Records with findings in focus: 5, with 8 findings;");
        // a focus that left nothing out took no record's findings: no such note
        RunSummary nothingLeftOut = new RunSummary(base.evidentiaVersion(), base.runDate(), base.inputs(), base.plugins(), base.options(),
                base.counts(), base.problems(), base.notices(), base.duplicates(), new RunSummary.Focus(List.of("population=human"), 0, 0));
        Document all = Jsoup.parse(write(Fixtures.builder().summary(nothingLeftOut).build(), dir.resolve("all"), Map.of()));
        assertThat(all.select("#flow-without text").eachText()).containsExactly("Without findings in focus: 1", "none extracted; not screened out");
        assertThat(all.selectFirst("#flow desc").text()).contains("without findings in focus: 1. Records with findings in focus: 5");
        // the taller box pushes the boxes below it down, and none overlaps the next, in either layout
        for (Element svg : page.select("#flow svg")) {
            Elements rects = svg.select("g.box rect");
            for (int i = 1; i < rects.size(); i++) {
                assertThat(Integer.parseInt(rects.get(i).attr("y")))
                        .isGreaterThanOrEqualTo(Integer.parseInt(rects.get(i - 1).attr("y")) + Integer.parseInt(rects.get(i - 1).attr("height")));
            }
        }
    }

    @Test
    void kindSectionIsHeadedByItsSubjectLabelWithItsCounts() {
        Element kind = doc.selectFirst(KIND);
        assertThat(kind.selectFirst("h2").text()).isEqualTo("Cytokines");
        assertThat(kind.selectFirst("p.summary").text())
                .isEqualTo("8 findings on 3 cytokines in 5 studies; 3 strata with votes; 1 study casts no votes.");
        assertThat(kind.selectFirst("p.not-voting").text()).startsWith("Cast no votes (1): review: 1.");
    }

    @Test
    void strataLeadWithTheFirstOpenAndNeverShareAVoteCount() {
        Elements strata = doc.select(KIND + " .stratum-block");
        KindSynthesis synthesis = run.synthesis().kind("cytokine-change");
        assertThat(strata).hasSize(synthesis.strata().size()).hasSize(3);
        assertThat(strata.select(".stratum-head h3").eachText())
                .containsExactly("Cytokines: cases vs controls · human", "Cytokines: intervention · human", "Cytokines: intervention · animal");
        assertThat(strata.select(".stratum-head h3 > .visually-hidden").eachText()).containsOnly("Cytokines:");
        assertThat(strata.select("details.stratum").eachAttr("open")).containsExactly(""); // only the first
        assertThat(strata.get(0).selectFirst("details.stratum").hasAttr("open")).isTrue();
        assertThat(strata.get(0).select(".stratum-head .lead").text()).isEqualTo("main stratum");
        assertThat(strata.get(0).select("dl.stratum-values div").eachText())
                .containsExactly("Comparison cases vs controls (condition)", "Population human",
                        "In the CSV tables Stratum condition · human"); // an explorer's L5 (2026-12-04): the tables' name of it
        // the free-text condition is counted inside the stratum (a breakdown column below), not split into strata of its own
        // the index lists every stratum with its counts and links to it
        assertThat(doc.select(KIND + " table.strata-index tbody tr").eachText()).containsExactly(
                "cases vs controls · human 2 3 4", "intervention · human 1 2 2", "intervention · animal 1 1 1");
        assertThat(doc.select(KIND + " table.strata-index a").eachAttr("href"))
                .containsExactly("#kind-cytokine-change-stratum-1", "#kind-cytokine-change-stratum-2", "#kind-cytokine-change-stratum-3");

        // IL-6 up in the human condition stratum (Smith, O'Brien; the review casts no vote), up once after
        // exercise, down once in animals: three separate counts
        Element lead = strata.get(0);
        Elements rows = lead.select("table.synthesis tbody tr");
        assertThat(rows.select("th").eachText()).containsExactly("IL-6 IL6", "IL-10 IL10", "TNF-α TNF");
        assertThat(rows.get(0).select("td").eachText()).containsExactly("2", "2 findings of IL-6, cases vs controls · human", "2", "0", "0",
                "▲ 2 ▼ 0 ◆ 0: 2 increased, 0 decreased, 0 no clear direction", "– too few votes for a test (p = 0.50)",
                "serum (1) ▲1 ▼0 ◆0: 1 increased, 0 decreased, 0 no clear direction, serum\" onmouseover=\"alert(3) (1) ▲1 ▼0 ◆0: 1 increased, 0 decreased, 0 no clear direction", "fibromyalgia (2)");
        assertThat(rows.get(1).select("td").eachText()).containsExactly("1", "1 finding of IL-10, cases vs controls · human", "0", "1", "0",
                "▲ 0 ▼ 1 ◆ 0: 0 increased, 1 decreased, 0 no clear direction", "– too few votes for a test (p = 1.0)", "not stated (1) ▲0 ▼1 ◆0: 0 increased, 1 decreased, 0 no clear direction", "fibromyalgia (1)");
        // unchanged only: no votes to test, which the cell says (READREV, M8: the same "–" marked too few votes)
        assertThat(rows.get(2).select("td").get(6).select("[aria-hidden=true]").text()).isEqualTo("– ◆ only");
        assertThat(strata.get(1).select("table.synthesis tbody tr").get(0).select("td").eachText().subList(0, 5))
                .containsExactly("1", "1 finding of IL-6, intervention · human", "1", "0", "0");
        assertThat(strata.get(2).select("table.synthesis tbody tr").eachText())
                .containsExactly("IL-6 IL6 1 1 finding of IL-6, intervention · animal 0 1 0 ▲ 0 ▼ 1 ◆ 0: 0 increased, 1 decreased, 0 no clear direction – too few votes for a test (p = 1.0) tissue (1) ▲0 ▼1 ◆0: 0 increased, 1 decreased, 0 no clear direction colitis (1)");
        assertThat(lead.select("table.synthesis thead th").eachText()).containsExactly("Cytokine", "Studies", "Findings",
                "Increased", "Decreased", "Unchanged", "Votes ▲ ▼ ◆", "Sign test p ⚠ note", "Specimen (studies, votes ▲ ▼ ◆)", "Condition (studies)");
    }

    /** intervention · human pooled CPAP and etanercept (lowering IL-6) with endotoxin (raising it) into one sign test, unflagged. */
    @Test
    void strataWhoseComparisonIsNotTheFirstCarryACautionBesideTheirSignTest(@TempDir Path dir) throws IOException {
        Elements strata = doc.select(KIND + " .stratum-block");
        Element lead = strata.get(0);
        assertThat(lead.select(".pooled")).as("condition · human: cases against controls").isEmpty();
        assertThat(lead.select(".caveat").text()).startsWith("Comparability:");
        for (Element intervention : strata.subList(1, 3)) {
            String id = intervention.id() + "-caveat";
            assertThat(intervention.getElementById(id).text()).isEqualTo(Phrases.pooledContrasts("intervention", Phrases.restrict(List.of("comparison"))))
                    .startsWith("Caution: this stratum pools different contrasts of one kind (intervention), whose expected directions may differ")
                    .endsWith("read the contexts in the findings table. This report is not restricted to one comparison, so its counts"
                            + " mix them (Methods says how a run is restricted).");
            assertThat(intervention.select(".stratum-head .pooled").text()).isEqualTo("pooled contrasts");
            Element p = intervention.select("table.synthesis thead th").get(7);
            assertThat(p.text()).isEqualTo("Sign test p ⚠ caution");
            assertThat(p.attr("aria-describedby")).isEqualTo(id);
            assertThat(p.select("a.caveat-mark").attr("href")).isEqualTo("#" + id);
            // the caution stands before the table it qualifies
            assertThat(intervention.getElementById(id).nextElementSibling().selectFirst("table.synthesis")).isNotNull();
        }
        // a lead stratum that pools contrasts says so in the key results too
        Document adams = Jsoup.parse(write(TestRun.builder(Fixtures.CYTOKINES).record(Fixtures.ADAMS)
                .findings(Fixtures.findings().stream().filter(f -> f.recordId().equals(Fixtures.ADAMS.id())).toList()).build(), dir, Map.of()));
        assertThat(adams.select("#kind-cytokine-change-key-caveat").text())
                .isEqualTo(Phrases.pooledContrasts("intervention", Phrases.restrict(List.of("comparison"))));
        // ... beside its sign test and in its heading, as its stratum does (the review of session 24, P8: the first screen's IL-6
        // read "▲ 6 ▼ 10 ... 0.45" with no flag, the caution only after the table)
        assertThat(adams.select("#kind-cytokine-change-key h3 .pooled").text()).isEqualTo("pooled contrasts");
        Element keyP = adams.select("#kind-cytokine-change-key table.key-table thead th").get(3);
        assertThat(keyP.text()).isEqualTo("Sign test p ⚠ caution");
        assertThat(keyP.select("a.caveat-mark").attr("href")).isEqualTo("#kind-cytokine-change-key-caveat");
        assertThat(adams.getElementById("kind-cytokine-change-key-caveat")).isNotNull();
        assertThat(Phrases.pooledContrasts(null, "")).startsWith("Caution: this stratum pools findings whose comparison is not stated,");
    }

    /**
     * condition · human pooled some 70 conditions and 10 specimens, from serum to stimulated PBMC and
     * CSF, into one p < 0.001 per cytokine, with no word beside it.
     */
    @Test
    void conditionStrataSayBesideTheirSignTestThatItPoolsEveryConditionAndSpecimen(@TempDir Path dir) throws IOException {
        TestRun.Builder builder = TestRun.builder(Fixtures.CYTOKINES);
        String[][] plans = {{"asthma", "serum"}, {"asthma", "plasma"}, {"gout", "serum"}, {"lupus", null}, {"gout", "serum"}};
        for (int i = 0; i < plans.length; i++) {
            org.evidentia.api.BibliographicRecord record = org.evidentia.api.BibliographicRecord.builder()
                    .pmid(String.valueOf(36000000 + i)).title("Study " + i).author("Author" + (char) ('A' + i) + " J").year(2010 + i)
                    .section(null, "IL-6 was higher in patients.").build();
            // the animal studies state one condition and one specimen: nothing is pooled there
            builder.record(record).finding(Fixtures.cytokine(record, "IL6", "IL-6", "IL-6", org.evidentia.api.Direction.INCREASED,
                    i < 4 ? Fixtures.attributes("condition", "human", plans[i][0], plans[i][1], null)
                            : Fixtures.attributes("condition", "animal", "colitis", "tissue", null)));
        }
        Document page = Jsoup.parse(write(builder.build(), dir, Map.of()));
        Element lead = page.getElementById("kind-cytokine-change-stratum-1");
        String id = lead.id() + "-caveat";
        String note = "Comparability: Each sign test here pools its row's studies in this stratum whatever their specimen and condition"
                + " (2 values of specimen and 3 of condition are stated here), so a rise under one value and a fall under another"
                + " count against each other. Read p beside the breakdowns. This report is not restricted to one specimen or condition,"
                + " so its counts mix them (Methods says how a run is restricted). " + Phrases.subgroupContrasts("cases vs controls");
        assertThat(Phrases.pooledValues(new java.util.LinkedHashMap<>(Map.of("specimen", 2)), "")).startsWith(
                "Each sign test here pools its row's studies in this stratum whatever their specimen (2 values of specimen are");
        assertThat(lead.getElementById(id).text()).isEqualTo(note);
        assertThat(lead.getElementById(id).nextElementSibling().selectFirst("table.synthesis")).isNotNull();
        Element p = lead.select("table.synthesis thead th").get(7);
        assertThat(p.text()).isEqualTo("Sign test p ⚠ note");
        assertThat(p.attr("aria-describedby")).isEqualTo(id);
        assertThat(p.select("a.caveat-mark").attr("href")).isEqualTo("#" + id);
        // not a caution of pooled contrasts: the heading keeps no such badge
        assertThat(lead.select(".stratum-head .pooled")).isEmpty();
        // the key results give the note beside the lead stratum's p
        assertThat(page.select("#kind-cytokine-change-key p.caveat").text()).isEqualTo(note);
        Element animal = page.getElementById("kind-cytokine-change-stratum-2");
        assertThat(animal.selectFirst(".stratum-head h3").ownText()).isEqualTo("cases vs controls · animal");
        // one condition, one specimen: nothing pooled, but its cases-against-controls votes may hold subgroup contrasts
        assertThat(animal.select(".caveat").text()).isEqualTo("Comparability: " + Phrases.subgroupContrasts("cases vs controls"));
        assertThat(animal.select(".pooled")).isEmpty();
    }

    /**
     * IL-6's Condition cell listed some 70 conditions, 1,500 px tall, and pushed the Specimen
     * column out of a 1280 px window.
     */
    @Test
    void synthesisTableShowsSpecimenBeforeConditionAndFoldsAllButTheFiveCommonestValues(@TempDir Path dir) throws IOException {
        TestRun.Builder builder = TestRun.builder(Fixtures.CYTOKINES);
        for (int i = 0; i < 10; i++) {
            org.evidentia.api.BibliographicRecord record = org.evidentia.api.BibliographicRecord.builder()
                    .pmid(String.valueOf(33000000 + i)).title("Study " + i).author("Author" + (char) ('A' + i) + " J").year(2010 + i)
                    .section(null, "Serum IL-6 was higher in patients.").build();
            // conditions: "asthma" in three studies, "gout" in two, five others in one each
            String condition = i < 3 ? "asthma" : i < 5 ? "gout" : "condition " + (char) ('z' - i);
            builder.record(record).finding(Fixtures.cytokine(record, "IL6", "IL-6", "IL-6", org.evidentia.api.Direction.INCREASED,
                    Fixtures.attributes("condition", "human", condition, i % 2 == 0 ? "serum" : "plasma", null)));
        }
        Document page = Jsoup.parse(write(builder.build(), dir, Map.of()));
        Element lead = page.getElementById("kind-cytokine-change-stratum-1");
        assertThat(lead.select("table.synthesis thead th").eachText().subList(8, 10))
                .containsExactly("Specimen (studies, votes ▲ ▼ ◆)", "Condition (studies)");
        Elements cells = lead.select("table.synthesis tbody tr").first().select("td.breakdown");
        assertThat(cells.get(0).text()).isEqualTo("serum (5) ▲5 ▼0 ◆0: 5 increased, 0 decreased, 0 no clear direction, plasma (5) ▲5 ▼0 ◆0: 5 increased, 0 decreased, 0 no clear direction");
        assertThat(cells.get(0).select("details")).isEmpty();
        Element condition = cells.get(1);
        assertThat(condition.ownText()).isEqualTo("asthma (3), gout (2), condition q (1), condition r (1), condition s (1)");
        // review 25, L2: a screen reader's Tab to the fold hears what it holds, not "and 2 more" alone
        assertThat(condition.selectFirst("details.more-values summary").ownText()).isEqualTo("and 2 more");
        assertThat(condition.select("details.more-values summary").text()).isEqualTo("and 2 more condition values of IL-6");
        assertThat(condition.selectFirst("details.more-values").ownText()).isEqualTo("condition t (1), condition u (1)");
        // the matrices follow the same order
        assertThat(lead.select("table.matrix caption").eachText()).satisfiesExactly(
                c -> assertThat(c).contains("Studies by Cytokine and Specimen"), c -> assertThat(c).contains("Studies by Cytokine and Condition"));
        // the review of session 24, H6: a row of a matrix adds up to more than its studies, and the page did not say why
        assertThat(page.getElementById("kind-cytokine-change-method").text()).contains("A breakdown, and each evidence matrix's cell, counts"
                + " the voting studies that state its value; a study stating two counts under each, so a row's counts may add up to more"
                + " than its studies, and its vote under a value is that of its findings stating the value, which may differ from its vote"
                + " in the row");
    }

    /**
     * "IL-6 is up in serum in N studies" could be read nowhere without filtering: the Specimen
     * breakdown counted studies only. Each specimen now carries its studies' votes, cast from their
     * findings stating it by the synthesis' rule.
     */
    /**
     * A reviewer of session 21's change: "not stated" counts the studies stating no specimen, and its votes were still those of
     * every study with a finding stating none, one that names serum in another finding too: "not stated (1) ▲0 ▼2".
     */
    @Test
    void notStatedInTheSynthesisTableCarriesTheVotesOfTheStudiesItCounts(@TempDir Path dir) throws IOException {
        TestRun.Builder builder = TestRun.builder(Fixtures.CYTOKINES);
        String[][] studies = {{"serum:INCREASED", "null:DECREASED"}, {"null:DECREASED"}};
        for (int i = 0; i < studies.length; i++) {
            org.evidentia.api.BibliographicRecord record = org.evidentia.api.BibliographicRecord.builder()
                    .pmid(String.valueOf(36000000 + i)).title("Study " + i).author("Author" + (char) ('A' + i) + " J").year(2010 + i)
                    .section(null, "IL-6 [0] changed in patients. IL-6 [1] changed in patients.").build();
            builder.record(record);
            for (int f = 0; f < studies[i].length; f++) {
                String[] plan = studies[i][f].split(":");
                builder.finding(Fixtures.cytokine(record, "IL6", "IL-6", "IL-6 [" + f + "]", org.evidentia.api.Direction.valueOf(plan[1]),
                        Fixtures.attributes("condition", "human", "asthma", plan[0].equals("null") ? null : plan[0], null)));
            }
        }
        Document page = Jsoup.parse(write(builder.build(), dir, Map.of()));

        Element specimen = page.getElementById("kind-cytokine-change-stratum-1").selectFirst("table.synthesis tbody tr")
                .select("td.breakdown").get(0);
        assertThat(specimen.select(".bv").stream().map(v -> v.ownText() + " " + v.select(".bvv > span.up, .bvv > span.down, .bvv > span.unclear").eachText()).toList())
                .containsExactly("serum (1) [▲1, ▼0, ◆0]", "not stated (1) [▲0, ▼1, ◆0]");
    }

    @Test
    void specimenBreakdownGivesEachSpecimensVotesCountedAsTheSynthesisCountsAStudysVote(@TempDir Path dir) throws IOException {
        TestRun.Builder builder = TestRun.builder(Fixtures.CYTOKINES);
        // each study's IL-6 findings as specimen:direction; a null specimen is not stated
        String[][] studies = {
                {"serum:INCREASED", "tissue:DECREASED"},   // ◆ overall: ▲ in serum, ▼ in tissue
                {"serum:INCREASED", "serum:UNCHANGED"},     // ▲: no change beside a rise does not cancel it
                {"serum:UNCHANGED"},                        // ◆: no change only
                {"plasma:INCREASED", "plasma:DECREASED"},   // ◆: conflicting
                {"null:DECREASED"},                         // ▼, specimen not stated
        };
        for (int i = 0; i < studies.length; i++) {
            StringBuilder text = new StringBuilder();
            for (int f = 0; f < studies[i].length; f++) {
                text.append("IL-6 [").append(f).append("] changed in patients. ");
            }
            org.evidentia.api.BibliographicRecord record = org.evidentia.api.BibliographicRecord.builder()
                    .pmid(String.valueOf(35000000 + i)).title("Study " + i).author("Author" + (char) ('A' + i) + " J").year(2010 + i)
                    .section(null, text.toString().strip()).build();
            builder.record(record);
            for (int f = 0; f < studies[i].length; f++) {
                String[] plan = studies[i][f].split(":");
                builder.finding(Fixtures.cytokine(record, "IL6", "IL-6", "IL-6 [" + f + "]", org.evidentia.api.Direction.valueOf(plan[1]),
                        Fixtures.attributes("condition", "human", "asthma", plan[0].equals("null") ? null : plan[0], null)));
            }
        }
        // a review's serum fall casts no vote, nor does a serum fall in another stratum
        org.evidentia.api.BibliographicRecord review = org.evidentia.api.BibliographicRecord.builder().pmid("35000010").title("A review")
                .author("Reviewer R").year(2020).publicationType("Review").section(null, "IL-6 fell in serum.").build();
        org.evidentia.api.BibliographicRecord trial = org.evidentia.api.BibliographicRecord.builder().pmid("35000011").title("A trial")
                .author("Trialist T").year(2021).section(null, "IL-6 fell in serum after treatment.").build();
        builder.record(review).finding(Fixtures.cytokine(review, "IL6", "IL-6", "IL-6", org.evidentia.api.Direction.DECREASED,
                Fixtures.attributes("condition", "human", "asthma", "serum", null)));
        builder.record(trial).finding(Fixtures.cytokine(trial, "IL6", "IL-6", "IL-6", org.evidentia.api.Direction.DECREASED,
                Fixtures.attributes("intervention", "human", null, "serum", null)));
        Document page = Jsoup.parse(write(builder.build(), dir, Map.of()));

        Element lead = page.getElementById("kind-cytokine-change-stratum-1");
        assertThat(lead.select("table.synthesis thead th").eachText().subList(8, 10))
                .containsExactly("Specimen (studies, votes ▲ ▼ ◆)", "Condition (studies)");
        Element row = lead.selectFirst("table.synthesis tbody tr");
        assertThat(row.select("td.votes > span:not(.visually-hidden)").eachText()).containsExactly("▲ 1", "▼ 1", "◆ 3");
        Element specimen = row.select("td.breakdown").get(0);
        assertThat(specimen.hasClass("voted")).isTrue();
        // one value a line, most studies first, ties in the vocabulary's order, "not stated" last
        assertThat(specimen.select(".bv").stream().map(v -> v.ownText() + " " + v.select(".bvv > span.up, .bvv > span.down, .bvv > span.unclear").eachText()).toList())
                .containsExactly("serum (3) [▲2, ▼0, ◆1]", "plasma (1) [▲0, ▼0, ◆1]", "tissue (1) [▲0, ▼1, ◆0]",
                        "not stated (1) [▲0, ▼1, ◆0]");
        assertThat(specimen.select(".bv .visually-hidden").first().text()).isEqualTo(": 2 increased, 0 decreased, 1 no clear direction");
        // the condition, a free-text stratum attribute, counts studies only
        Element condition = row.select("td.breakdown").get(1);
        assertThat(condition.hasClass("voted")).isFalse();
        assertThat(condition.text()).isEqualTo("asthma (5)");
        // the key results give the three commonest specimens with their votes
        assertThat(page.select("#kind-cytokine-change-key thead th").eachText().subList(4, 6))
                .containsExactly("Specimen (studies, votes ▲ ▼ ◆)", "Condition (studies, votes ▲ ▼ ◆)");
        Element key = page.select("#kind-cytokine-change-key tbody td.breakdown").first();
        assertThat(key.select(".bv").stream().map(v -> v.ownText() + " " + v.select(".bvv > span.up, .bvv > span.down, .bvv > span.unclear").eachText()).toList())
                .containsExactly("serum (3) [▲2, ▼0, ◆1]", "plasma (1) [▲0, ▼0, ◆1]", "tissue (1) [▲0, ▼1, ◆0]",
                        "not stated (1) [▲0, ▼1, ◆0]");
        // READREV, M9: the studies stating no specimen are named, so that the values cover each of the row's studies
        assertThat(key.select(".not-stated").text()).isEqualTo("not stated (1) ▲0 ▼1 ◆0: 0 increased, 1 decreased, 0 no clear direction");
        // the intervention stratum's serum vote is its own
        Element intervention = page.getElementById("kind-cytokine-change-stratum-2");
        assertThat(intervention.select("table.synthesis tbody td.breakdown.voted .bv").first().ownText()
                + intervention.select("table.synthesis tbody td.breakdown.voted .bv > .bvv > span").eachText())
                .isEqualTo("serum (1)[▲0, ▼1, ◆0]");
    }

    /** In every stratum of a generated run, each specimen's votes add up to the studies stating it. */
    @Test
    void eachSpecimensVotesAddUpToItsStudies(@TempDir Path dir) throws IOException {
        Document page = Jsoup.parse(write(Fixtures.generated(60, 6), dir, Map.of()));
        Elements values = page.select(KIND + " table.synthesis td.breakdown.voted .bv");
        assertThat(values).hasSizeGreaterThan(50);
        for (Element v : values) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\((\\d+)\\) ▲(\\d+) ▼(\\d+) ◆(\\d+)").matcher(v.text());
            assertThat(m.find()).as(v.text()).isTrue();
            assertThat(Integer.parseInt(m.group(2)) + Integer.parseInt(m.group(3)) + Integer.parseInt(m.group(4)))
                    .as(v.text()).isEqualTo(Integer.parseInt(m.group(1)));
        }
    }

    @Test
    void eachStratumHasItsOwnEffectDirectionPlotWithStudiesAsRows() {
        Elements plots = doc.select(KIND + " details.stratum figure.edp-figure");
        assertThat(plots).hasSize(3);
        Element lead = plots.get(0);
        assertThat(lead.select("thead th.edp-subject").eachText()).containsExactly("IL-6", "IL-10", "TNF-α");
        assertThat(lead.select("tbody th.edp-study a").eachText()).containsExactly("O'Brien <b>M</b> 2021", "Smith et al. 2020");
        assertThat(lead.select("tbody th.edp-study a").eachAttr("title")).containsExactly("doi:10.1000/x\"><script>alert(2)</script>", "PMID 31000001");
        assertThat(lead.select("tbody th.edp-study .pmid").eachText()).containsExactly("31000001");
        Elements smith = lead.select("tbody tr").get(1).select("td");
        assertThat(smith.eachAttr("class")).containsExactly("up", "down", "unclear");
        assertThat(smith.eachAttr("title")).containsExactly("IL-6, Smith et al. 2020: increased", "IL-10, Smith et al. 2020: decreased",
                "TNF-α, Smith et al. 2020: no clear direction");
        assertThat(smith.select(".visually-hidden").eachText()).containsExactly("IL-6, Smith et al. 2020: increased",
                "IL-10, Smith et al. 2020: decreased", "TNF-α, Smith et al. 2020: no clear direction");
        Elements obrien = lead.select("tbody tr").get(0).select("td");
        assertThat(obrien.stream().map(Element::text).toList()).containsExactly("▲IL-6, O'Brien <b>M</b> 2021: increased", "", "");
        assertThat(obrien.stream().map(Element::className).toList()).containsExactly("up", "", "");
        // the animal stratum's plot holds only its study, flagged as retracted
        Element animal = plots.get(2);
        assertThat(animal.select("tbody tr")).hasSize(1);
        assertThat(animal.select("tbody tr").hasClass("retracted")).isTrue();
        assertThat(animal.select("tbody th .badge.retracted").text()).isEqualTo("Retracted");
        assertThat(animal.select("td.down").attr("title")).isEqualTo("IL-6, Zhao et al. 2017: decreased");
        // the compact toggle is a real button, hidden until the script runs
        assertThat(lead.select("button.compact-toggle").attr("aria-pressed")).isEqualTo("false");
        assertThat(lead.selectFirst("figcaption").text()).startsWith("Figure 2. Effect direction plot, cases vs controls · human:");
        assertThat(plots.get(2).selectFirst("figcaption").text()).startsWith("Figure 4.");
    }

    @Test
    void evidenceMatrixCountsStudiesBySubjectAndBreakdownValueInItsStratum() {
        Element lead = doc.select(KIND + " .stratum-block").get(0);
        assertThat(lead.select("table.matrix caption").eachText()).satisfiesExactly(
                c -> assertThat(c).endsWith("Studies by Cytokine and Specimen, cases vs controls · human"),
                c -> assertThat(c).endsWith("Studies by Cytokine and Condition, cases vs controls · human"));
        assertThat(lead.select("table.matrix").get(1).select("thead th").eachText()).containsExactly("Cytokine", "fibromyalgia");
        Element matrix = lead.select("table.matrix").get(0);
        assertThat(matrix.select("thead th").eachText())
                .containsExactly("Cytokine", "serum", "serum\" onmouseover=\"alert(3)", "not stated");
        assertThat(matrix.select("tbody tr").get(0).select("td").eachText()).containsExactly("1", "1", "0");
        assertThat(matrix.select("tbody tr").get(1).select("td").eachText()).containsExactly("0", "0", "1");
        Element intervention = doc.select(KIND + " .stratum-block").get(1).select("table.matrix").get(0);
        assertThat(intervention.select("thead th").eachText()).containsExactly("Cytokine", "plasma");
    }

    @Test
    void findingsTableTakesItsColumnsAndFiltersFromTheKind() {
        Element block = doc.selectFirst(KIND + " .findings-block");
        assertThat(block.select("thead th").eachText()).containsExactly("Cytokine", "Direction", "Comparison · Population",
                "Condition", "Specimen", "Context", "Study", "Evidence");
        assertThat(block.select("thead th[data-sort]").eachAttr("data-sort"))
                .containsExactly("subject", "direction", "stratum", "a2", "a3", "a4", "study");
        // without JavaScript nothing sorts, so no sort button shows: the script makes them
        assertThat(block.select("thead button, thead [data-label]")).isEmpty();
        // the filters (in a fold that a phone shows closed) are hidden until the script, which filters, shows them
        assertThat(block.select("details[data-filters]").hasAttr("hidden")).isTrue();
        assertThat(block.select("details[data-filters] > form[data-controls]")).hasSize(1);
        assertThat(block.select("select").eachAttr("data-filter"))
                .containsExactly("subject", "direction", "a0", "a1", "a2", "a3", "design", "votes", "study");
        assertThat(block.select("label").eachText()).containsExactly("Cytokine", "Direction", "Comparison", "Population",
                "Condition", "Specimen", "Design", "Studies", "Study", "Search evidence");
        for (Element control : block.select("select, input")) {
            assertThat(block.select("label[for=" + control.id() + "]")).as(control.id()).hasSize(1);
        }
        assertThat(block.select("select[data-filter=subject] option").eachAttr("value")).containsExactly("", "IL6", "IL10", "TNF");
        assertThat(block.select("select[data-filter=subject] option").first().text()).isEqualTo("All cytokines");
        // values in the vocabulary's order, not stated last
        assertThat(block.select("select[data-filter=a0] option").eachAttr("value")).containsExactly("", "condition", "intervention");
        assertThat(block.select("select[data-filter=a1] option").eachAttr("value")).containsExactly("", "human", "animal");
        assertThat(block.select("select[data-filter=a2] option").eachAttr("value")).containsExactly("", "colitis", "fibromyalgia", "not stated");
        assertThat(block.select("select[data-filter=a3] option").eachAttr("value"))
                .containsExactly("", "serum", "plasma", "tissue", "serum\" onmouseover=\"alert(3)", "not stated");
        assertThat(block.select("select[data-filter=design] option").eachText()).containsExactly("All designs", "primary", "review");
        assertThat(block.select("select[data-filter=study] option").eachText())
                .containsExactly("All studies", "Adams 2018", "O'Brien <b>M</b> 2021", "Reviewer et al. 2019", "Smith et al. 2020", "Zhao et al. 2017");
        assertThat(block.select("[data-status]").text()).isEqualTo("8 findings");
    }

    @Test
    void findingsTableHasEveryFindingWithItsDesignStudyAndHighlightedMention() {
        Elements rows = doc.select(KIND + " table.findings tbody tr");
        assertThat(rows).hasSize(8);
        // the review table's order: subject (IL-2 before IL-10: natural), then stratum as the synthesis orders them,
        // the voting studies' findings first (so a synthesis row's are one block), then study order (first author, year)
        assertThat(rows.eachAttr("data-subject")).containsExactly("IL6", "IL6", "IL6", "IL6", "IL6", "IL10", "IL10", "TNF");
        assertThat(rows.eachAttr("data-a0")).containsExactly("condition", "condition", "condition", "intervention", "intervention",
                "condition", "intervention", "condition");
        assertThat(rows.eachAttr("data-votes")).containsExactly("yes", "yes", "no", "yes", "yes", "yes", "yes", "yes");
        assertThat(rows.eachAttr("data-study")).containsExactly("study-h-" + StudyInfo.anchor(Fixtures.HOSTILE.id()).substring(8),
                "study-31000001", "study-31000005", "study-31000002", "study-31000006", "study-31000001", "study-31000002", "study-31000001");
        Element smithIl6 = rows.get(1);
        assertThat(smithIl6.select("th").text()).isEqualTo("IL-6");
        assertThat(smithIl6.select("td").eachText().subList(0, 4))
                .containsExactly("▲ increased", "cases vs controls · human", "fibromyalgia", "serum");
        assertThat(smithIl6.selectFirst("td.sentence").text()).isEqualTo("RESULTS: Serum IL-6 was higher in patients than in controls.");
        assertThat(smithIl6.select("td.sentence mark").eachText()).containsExactly("IL-6");
        assertThat(smithIl6.select("td.study a").first().attr("href")).isEqualTo("#study-31000001");
        assertThat(smithIl6.select("td.study a").first().attr("title")).isEqualTo("PMID 31000001");
        assertThat(smithIl6.select("td.study a.ext").text()).isEqualTo("PMID 31000001");
        assertThat(smithIl6.select("td.study a.ext").attr("href")).isEqualTo("https://pubmed.ncbi.nlm.nih.gov/31000001/");
        assertThat(smithIl6.select("td.study .design")).as("a primary study's design goes without saying").isEmpty();
        assertThat(smithIl6.attr("data-design")).isEqualTo("primary");
        Element review = rows.get(2);
        assertThat(review.attr("data-design")).isEqualTo("review");
        assertThat(review.select("td.study .design.non-voting").text()).isEqualTo("review");
        Element retracted = rows.get(4);
        assertThat(retracted.hasClass("retracted")).isTrue();
        assertThat(retracted.select("td.study .badge.retracted").text()).isEqualTo("Retracted");
        assertThat(retracted.attr("data-a1")).isEqualTo("animal");
        // a finding without a specimen: a blank cell, filtered as "not stated"
        Element smithIl10 = rows.get(5);
        assertThat(smithIl10.select("td").get(3).text()).isEmpty();
        assertThat(smithIl10.attr("data-a3")).isEqualTo("not stated");
        assertThat(rows.get(3).attr("data-a2")).isEqualTo("not stated");
        // a study without PMID links to doi.org, its DOI percent-encoded so it cannot leave the URL
        assertThat(rows.get(0).select("td.study a.ext").attr("href"))
                .isEqualTo("https://doi.org/10.1000/x%22%3E%3Cscript%3Ealert(2)%3C/script%3E");
        // sort ranks are numbers
        assertThat(rows.eachAttr("data-rank-subject")).containsExactly("0", "0", "0", "0", "0", "1", "1", "2");
        assertThat(rows.eachAttr("data-rank-stratum")).containsExactly("0", "0", "0", "1", "2", "0", "1", "0");
    }

    @Test
    void reviewsCastNoVotesAndHaveTheirOwnSectionWithTheirFindings() {
        Element reviews = doc.getElementById("reviews");
        assertThat(reviews.selectFirst("h2").text()).isEqualTo("Reviews and other publications that cast no votes");
        Elements cards = reviews.select("article.card");
        assertThat(cards).hasSize(1);
        Element review = cards.first();
        assertThat(review.id()).isEqualTo("study-31000005");
        assertThat(review.select(".card-label").text()).isEqualTo("Reviewer et al. 2019 review");
        assertThat(review.select(".design-basis").text()).startsWith("Design: review (publication type");
        assertThat(review.select("table.card-findings thead th").eachText())
                .containsExactly("Cytokine", "Direction", "Comparison · Population", "Condition", "Specimen", "Context", "Evidence");
        assertThat(review.select("table.card-findings tbody tr").eachText()).containsExactly(
                "IL-6 ▲ increased cases vs controls · human fibromyalgia serum fibromyalgia Abstract: Most studies found serum IL-6 raised in fibromyalgia.");
        assertThat(review.select("table.card-findings mark").eachText()).containsExactly("IL-6");
        // not in any plot, not a voting study's card
        assertThat(doc.select(KIND + " .edp a[href=#study-31000005]")).isEmpty();
        assertThat(doc.select("#studies #study-31000005")).isEmpty();
        assertThat(reviews.select(".note").text()).contains("Only studies of these designs vote: primary, case report.");
    }

    @Test
    void studyCardsShowTheAbstractTheVotesByStratumAndFlagRetractions() {
        Elements cards = doc.select("#studies article.card");
        assertThat(cards.eachAttr("id")).containsExactly("study-31000002", StudyInfo.anchor(Fixtures.HOSTILE.id()),
                "study-31000001", "study-31000006"); // the record without findings and the review have no card here
        Element smith = doc.getElementById("study-31000001");
        // review 20, M3: every card says what its design was read from, not only a review's
        assertThat(smith.select(".card-label").text()).isEqualTo("Smith et al. 2020 primary design from: publication types: Journal Article");
        assertThat(smith.select(".study-label").attr("title")).isEqualTo("PMID 31000001");
        // review 25, L5: the card's heading is the study's label, by which the plot and the chips name it; the
        // article's title is the heading below it
        assertThat(smith.selectFirst("h3").text()).isEqualTo("Smith et al. 2020");
        assertThat(smith.attr("aria-labelledby")).isEqualTo(smith.selectFirst("h3").id());
        assertThat(smith.selectFirst("h3 + *").is("span.badge.design")).isTrue();
        assertThat(smith.selectFirst("h4.card-title").text()).isEqualTo("Serum cytokines in fibromyalgia");
        assertThat(smith.select(".meta").text()).contains("Smith J, Lee K", "J Pain", "2020", "31000001", "10.1000/smith.2020");
        assertThat(smith.select(".abstract").eachText()).containsExactly("BACKGROUND: Cytokines may mediate pain.",
                "RESULTS: Serum IL-6▲ (read as increased) was higher in patients than in controls. IL-10▼ (read as decreased) was lower"
                        + " in patients. TNF-alpha○ (read as unchanged) did not differ.");
        assertThat(smith.select(".abstract mark").eachText()).containsExactly("IL-6", "IL-10", "TNF-alpha");
        assertThat(smith.select(".vote-heading").eachText()).containsExactly("Cytokines · cases vs controls · human");
        assertThat(smith.select(".chip").eachText())
                .containsExactly("▲ IL-6: increased, its findings", "▼ IL-10: decreased, its findings", "◆ TNF-α: no clear direction, its findings");
        Element retracted = doc.getElementById("study-31000006");
        assertThat(retracted.hasClass("retracted")).isTrue();
        assertThat(retracted.select(".card-label .badge.retracted").text()).isEqualTo("Retracted");
        assertThat(retracted.select(".vote-heading").eachText()).containsExactly("Cytokines · intervention · animal");
    }

    @Test
    void methodsAppendixNamesInputsPluginsOptionsDateDesignsAndProblems() {
        Element methods = doc.getElementById("methods");
        assertThat(methods.text()).contains("Evidentia 0.1.0", "2026-01-01 00:00 UTC", "Studies of these designs vote: primary, case report.");
        assertThat(methods.select("td.hash").eachText()).containsExactly("a".repeat(64), "b".repeat(64), "c".repeat(64));
        assertThat(methods.select("#inputs-caption").first().parent().select("tbody tr").eachText()).containsExactly(
                "pubmed-export.nbib medline 8 1 " + "a".repeat(64), "more <b>records</b>.csv pubmed-csv 1 0 " + "b".repeat(64),
                "notes.docx none: empty, or no source reads it 0 0 " + "c".repeat(64));
        // report reader s9, L13: "Extensions used" listed every installed source for a run one of them read
        assertThat(methods.select("#plugins-caption").first().parent().select("thead th").eachText())
                .containsExactly("Plugin", "Version", "Extensions in the run");
        assertThat(methods.select("#plugins-caption").text()).endsWith("the one that reads a file, which the table of inputs names");
        assertThat(methods.select("#plugins-caption").first().parent().select("tbody tr").eachText())
                .containsExactly("cytokine-extractor 0.1.0 cytokines", "html-reporter 0.1.0 html-summary");
        assertThat(methods.select("#options-caption").first().parent().select("tbody tr").text()).isEqualTo("review-table formats [\"csv\"]");
        assertThat(methods.select("#problems-caption").first().parent().select("tbody tr").text())
                .isEqualTo("skipped-record pubmed-export.nbib:120 (record 7): record has no PMID line <PMID-> and no title [medline]");
        assertThat(methods.select("li").eachText()).containsExactly("CSV exports carry no abstracts");
        assertThat(methods.select("#counts-caption").first().parent().select("tbody tr").eachText())
                .containsExactly("Input files 3", "Files not read 1", "Records read 9", "Duplicates merged 2", "Records skipped 1",
                        "Records unaccounted 0", "Records kept 6", "Records with findings 5", "Findings 8");
    }

    /**
     * Review 30, M1: the methods name the inputs with their checksums, and so, beside them, the other files that decided
     * the results: the exclusion list and each file an option names, with what it was used as. A run without any shows no
     * such table.
     */
    @Test
    void methodsAppendixNamesTheExclusionListAndTheOptionFilesWithTheirChecksums(@TempDir Path dir) throws IOException {
        assertThat(doc.getElementById("other-files-caption")).as("none without such files").isNull();
        RunSummary base = run.summary();
        RunSummary.Counts c = base.counts();
        RunSummary withFiles = new RunSummary(base.evidentiaVersion(), base.runDate(), base.inputs(), base.plugins(), base.options(),
                new RunSummary.Counts(c.recordsRead() + 1, c.duplicatesMerged(), c.recordsSkipped(), c.recordsUnaccounted(), c.recordsKept(),
                        c.recordsWithFindings(), c.findings(), 0, 1),
                base.problems(), base.notices(), base.duplicates(), base.focus(), Map.of(), null,
                new RunSummary.Exclusions("screening/exclusions.csv", "d".repeat(64), Map.of("off-topic", 1L)),
                List.of(new RunSummary.OptionFile("cytokines", "lexicon", "lexicons/mine.tsv", "e".repeat(64)),
                        new RunSummary.OptionFile("cytokines", "stopwords", "gone.txt", null)));
        Document page = Jsoup.parse(write(Fixtures.builder().summary(withFiles).build(), dir, Map.of()));
        Element table = page.getElementById("other-files-caption").parent();
        assertThat(table.select("thead th").eachText()).containsExactly("File", "Used as", "SHA-256");
        assertThat(table.select("tbody tr").eachText()).containsExactly(
                "screening/exclusions.csv exclusion list " + "d".repeat(64),
                "lexicons/mine.tsv option cytokines.lexicon " + "e".repeat(64),
                "gone.txt option cytokines.stopwords");
        assertThat(table.select("tbody th[scope=row]")).hasSize(3);
    }

    @Test
    void methodsAppendixStatesTheFocusAndTheVotingDesignsTheRunWasGiven(@TempDir Path dir) throws IOException {
        assertThat(doc.getElementById("methods-focus")).as("an unfocused run states no focus").isNull();
        RunSummary base = run.summary();
        RunSummary focused = new RunSummary(base.evidentiaVersion(), base.runDate(), base.inputs(), base.plugins(), base.options(),
                base.counts(), base.problems(), base.notices(), base.duplicates(),
                new RunSummary.Focus(List.of("condition=fibromyalgia", "population=human"), 3, 0));
        Document page = Jsoup.parse(write(Fixtures.builder().summary(focused)
                .votingDesigns(java.util.Set.of(org.evidentia.api.StudyDesign.Type.PRIMARY, org.evidentia.api.StudyDesign.Type.REVIEW))
                .build(), dir, Map.of()));
        assertThat(page.getElementById("methods-focus").text()).isEqualTo("The run was focused on condition=fibromyalgia, "
                + "population=human: only findings matching every attribute named (any value given for it) were kept and "
                + "synthesised; 3 findings were left out.");
        assertThat(page.getElementById("methods-voting").text()).isEqualTo("Studies of these designs vote: primary, review."
                + " Retracted publications vote too, as the run was told (synthesis.retracted-votes=true).");
        // review 17, M3: by default the page says that retracted publications do not vote, and why they are with the others
        Document byDefault = Jsoup.parse(write(Fixtures.builder().retractedVotes(false).build(), dir.resolve("default"), Map.of()));
        assertThat(byDefault.getElementById("methods-voting").text()).isEqualTo("Studies of these designs vote: primary, case report."
                + " Retracted publications do not (--option synthesis.retracted-votes=true lets them).");
        assertThat(byDefault.select("#reviews > p.note").text()).startsWith("Only studies of these designs vote: primary, case report,"
                + " and no retracted publication.").contains("or are retracted (a synthesis leaves retracted studies out)");
        assertThat(page.select("#reviews > p.note").text()).doesNotContain("retracted");
        // the review of session 29, Y4: the flow diagram called a retracted primary study one of the "reviews and other such designs"
        assertThat(byDefault.select("#flow-not-voting text").eachText()).containsExactly("Cast no votes: 2", "retracted: 1; other designs: 1");
        assertThat(page.select("#flow-not-voting text").eachText()).containsExactly("Cast no votes: 0", "reviews and other such designs");
    }

    /** Review 7, finding 9: which records were merged, and from which files, was only in run.json. */
    @Test
    void methodsAppendixListsTheRecordsMergedAsDuplicatesWithTheirFilesInACollapsedTable(@TempDir Path dir) throws IOException {
        assertThat(doc.getElementById("methods-duplicates")).as("a run that merged no record lists none").isNull();
        RunSummary base = run.summary();
        List<RunSummary.Duplicate> merged = List.of(
                new RunSummary.Duplicate("90000001", List.of(new Origin("medline", "pubmed-export.nbib", 1, 1),
                        new Origin("pubmed-csv", "more <b>records</b>.csv", 1, 2))),
                new RunSummary.Duplicate("10.1000/x.1", List.of(new Origin("pubmed-page", "page.txt", 1, 0),
                        new Origin("medline", "pubmed-export.nbib", 3, 40), new Origin("pubmed-xml", "osa.xml", 2, 17))));
        Document page = Jsoup.parse(write(Fixtures.builder().summary(withDuplicates(base, merged, 3)).build(), dir, Map.of()));

        Element duplicates = page.getElementById("methods-duplicates");
        assertThat(duplicates.tagName()).isEqualTo("details");
        assertThat(duplicates.hasAttr("open")).as("collapsed: a reviewer checking the merging opens it").isFalse();
        assertThat(duplicates.parents()).contains(page.getElementById("methods"));
        assertThat(duplicates.selectFirst("summary").text())
                .isEqualTo("Which records were merged as duplicates, and from which files (3 copies into 2 records)");
        assertThat(duplicates.select("tbody tr").eachText()).containsExactly(
                "90000001 pubmed-export.nbib:1 (record 1) more <b>records</b>.csv:2 (record 1)",
                "10.1000/x.1 page.txt (record 1) pubmed-export.nbib:40 (record 3); osa.xml:17 (record 2)");
        assertThat(duplicates.select("p")).isEmpty();

        List<RunSummary.Duplicate> many = java.util.stream.IntStream.rangeClosed(1, ReportViewBuilder.LISTED_DUPLICATES + 2)
                .mapToObj(i -> new RunSummary.Duplicate(String.valueOf(90000000 + i), List.of(new Origin("medline", "a.nbib", i, i),
                        new Origin("medline", "b.nbib", i, i)))).toList();
        Document large = Jsoup.parse(write(Fixtures.builder().summary(withDuplicates(base, many, many.size())).build(),
                dir.resolve("large"), Map.of()));
        Element listed = large.getElementById("methods-duplicates");
        assertThat(listed.select("tbody tr")).hasSize(ReportViewBuilder.LISTED_DUPLICATES);
        assertThat(listed.selectFirst("summary").text()).endsWith("(1,002 copies into 1,002 records)");
        assertThat(listed.select("p").text()).isEqualTo("And 2 more records with merged copies, not listed here:"
                + " run.json's duplicates lists every one.");
    }

    private static RunSummary withDuplicates(RunSummary base, List<RunSummary.Duplicate> duplicates, long copiesMerged) {
        RunSummary.Counts c = base.counts();
        RunSummary.Counts counts = new RunSummary.Counts(c.recordsRead() - c.duplicatesMerged() + copiesMerged, copiesMerged,
                c.recordsSkipped(), c.recordsUnaccounted(), c.recordsKept(), c.recordsWithFindings(), c.findings());
        return new RunSummary(base.evidentiaVersion(), base.runDate(), base.inputs(), base.plugins(), base.options(), counts,
                base.problems(), base.notices(), duplicates, base.focus());
    }

    /** An explorer's A (s18): a letter's title gave a finding, and Read this first said every record without abstract had none. */
    @Test
    void readThisFirstCountsTheRecordsWithoutAbstractWhoseTitlesGaveFindings(@TempDir Path dir) throws IOException {
        BibliographicRecord letter = BibliographicRecord.builder().pmid("19452490").title("Elevated serum IL-6 in patients with myocardial infarction.")
                .year(2009).build();
        TestRun withLetter = Fixtures.builder().record(letter).finding(Fixtures.cytokine(letter, "IL6", "IL-6", "IL-6", Direction.INCREASED,
                Fixtures.attributes("condition", "human", "myocardial infarction", "serum", "patients"))).build();

        Document page = Jsoup.parse(write(withLetter, dir, Map.of()));

        assertThat(page.getElementById("read-first").select("li").eachText()).contains(
                "2 of the 7 records kept have no abstract: only their titles could give findings; 1 did, and the other counts among the"
                        + " records without findings.");
    }

    /**
     * The caveats were only in the methods appendix, at the end of a long page. They are stated right
     * after the key results (which a line opening them points to it from: review 20, M1), before the
     * rest of the page.
     */
    @Test
    void readThisFirstStatesTheRunsCaveatsRightAfterTheKeyResultsWithLinksToTheMethods(@TempDir Path dir) throws IOException {
        assertThat(doc.selectFirst("main").child(0).id()).isEqualTo("key-results");
        Element box = doc.getElementById("key-results").nextElementSibling();
        assertThat(box.tagName()).isEqualTo("section");
        assertThat(box.id()).isEqualTo("read-first");
        assertThat(box.selectFirst("h2").text()).isEqualTo("Read this first");
        assertThat(box.select("li").eachText()).containsExactly(
                ReportViewBuilder.EXTRACTED + " Methods",
                "How accurately cytokine findings are extracted: its accuracy is not stated (their extractor gives no measurement). Cytokines",
                "1 retracted publication casts votes, as the run was told (synthesis.retracted-votes); it is marked retracted wherever named. Methods",
                "1 problem was met (skipped-record: 1). The problems",
                "1 record could not be read and was left out. Why",
                "1 input file was not read: empty, or no source reads its format. Input files",
                "Notice: CSV exports carry no abstracts Notices",
                "1 of the 6 records kept carries no publication types: designs inferred from wording"
                        + "1 of the 6 records kept carries no PubMed publication types (an abstract-text, page or CSV export): its design was"
                        + " inferred from wording alone, so a review may be taken for a primary study and vote, and a retraction is seen"
                        + " only where the export names its retraction notice (a CSV export never does). A MEDLINE or XML export of the"
                        + " same search carries the types. Each study's design basis",
                "1 of the 6 records kept has no abstract: only its title could give findings, and it counts among the records without findings.");
        assertThat(box.select("a").eachAttr("href"))
                .containsExactly("#methods-extraction", "#kind-cytokine-change-accuracy", "#methods-voting", "#methods-problems", "#methods-problems",
                        "#inputs-caption", "#methods-notices", "#studies");
        assertThat(doc.getElementById("methods-problems").text()).isEqualTo("Problems");
        assertThat(doc.getElementById("methods-notices").text()).isEqualTo("Notices");

        // a focused run says so where the reader starts, not only in the methods
        RunSummary base = run.summary();
        RunSummary focused = new RunSummary(base.evidentiaVersion(), base.runDate(), base.inputs(), base.plugins(), base.options(),
                base.counts(), List.of(), List.of(), base.duplicates(),
                new RunSummary.Focus(List.of("population=human", "condition=crohn"), 413, 335));
        Element focusedBox = Jsoup.parse(write(Fixtures.builder().summary(focused).build(), dir.resolve("focused"), Map.of()))
                .selectFirst("section.read-first");
        // review 9, finding 3: not every finding left out for stating no value was a sentence that does not restate it
        assertThat(focusedBox.select("li").get(3).text()).isEqualTo("Focused run: only findings matching population=human, "
                + "condition=crohn were kept and synthesised; 413 findings were left out, 335 of them because they state no value for an"
                + " attribute focused on (most often a sentence that does not restate it), not another value. Every count in this"
                + " report is of the findings in focus. Methods");
        assertThat(focusedBox.select("li a").get(3).attr("href")).isEqualTo("#methods-focus");

        // review 15, M1: by default a retracted publication casts no vote, and the box says so where the reader starts
        Document byDefault = Jsoup.parse(write(Fixtures.builder().retractedVotes(false).build(), dir.resolve("retracted"), Map.of()));
        assertThat(byDefault.select("section.read-first li").get(2).text()).isEqualTo("1 retracted publication has findings that cast no"
                + " votes (a synthesis leaves retracted studies out); its findings are listed, marked retracted. Publications that cast no votes");
        assertThat(byDefault.select("#reviews article.card").eachAttr("id")).contains(StudyInfo.anchor(Fixtures.RETRACTED.id()));
        assertThat(byDefault.select("#kind-cytokine-change .not-voting").text()).contains("primary, retracted: 1").contains("review: 1");

        // review 13, M3: a failed run's report was kept and read as a sound one; it says so before anything else
        RunSummary failed = new RunSummary(base.evidentiaVersion(), base.runDate(), base.inputs(), base.plugins(), base.options(),
                base.counts(), base.problems(), base.notices(), base.duplicates(), base.focus(), Map.of(),
                "1 problem met and --strict was given");
        Element failedBox = Jsoup.parse(write(Fixtures.builder().summary(failed).build(), dir.resolve("failed"), Map.of()))
                .selectFirst("section.read-first");
        assertThat(failedBox.select("li").get(0).text()).isEqualTo("This run failed: 1 problem met and --strict was given. This"
                + " report was written for inspection, not as the report of a sound run. The problems");
        assertThat(failedBox.select("li").get(0).select("a").attr("href")).isEqualTo("#methods-problems");
        assertThat(failedBox.elementSiblingIndex()).as("above the key results, the page's first content").isZero();
        assertThat(failedBox.select("li").get(1).text()).isEqualTo(ReportViewBuilder.EXTRACTED + " Methods");

        // a clean run, every record with an abstract: the box says only that no person checked the findings, and how accurate they are
        Document clean = Jsoup.parse(write(TestRun.builder(Fixtures.CYTOKINES).record(Fixtures.SMITH)
                .findings(Fixtures.findings().stream().filter(f -> f.recordId().equals(Fixtures.SMITH.id())).toList()).build(),
                dir.resolve("clean"), Map.of()));
        assertThat(clean.select("section.read-first li").eachText()).containsExactly(ReportViewBuilder.EXTRACTED + " Methods",
                Phrases.accuracy("cytokine", "") + " Cytokines");
        assertThat(clean.getElementById("key-results").nextElementSibling().tagName()).isEqualTo("section");
    }

    @Test
    void focusOutlinesStandOutThreeToOneFromWhatTheySitOn() {
        String css = doc.select("style").html();
        java.util.regex.Matcher page = java.util.regex.Pattern
                .compile("a:focus-visible, button:focus-visible[^{]*\\{\\s*outline: 3px solid (#[0-9a-f]{6})").matcher(css);
        assertThat(page.find()).as("the focus rule").isTrue();
        // WCAG 1.4.11: a focus indicator has 3:1 or more against its background (the page, the soft panels)
        assertThat(contrast(page.group(1), "#ffffff")).isGreaterThanOrEqualTo(3.0);
        assertThat(contrast(page.group(1), "#f4f6f9")).isGreaterThanOrEqualTo(3.0);
        java.util.regex.Matcher header = java.util.regex.Pattern
                .compile("\\.page-header a:focus-visible \\{ outline-color: (#[0-9a-f]{6})").matcher(css);
        assertThat(header.find()).as("the header's focus rule").isTrue();
        java.util.regex.Matcher gradient = java.util.regex.Pattern
                .compile("\\.page-header \\{ background: linear-gradient\\(180deg, (#[0-9a-f]{6}) 0%, (#[0-9a-f]{6}) 100%\\)").matcher(css);
        assertThat(gradient.find()).as("the header's background").isTrue();
        assertThat(contrast(header.group(1), gradient.group(1))).isGreaterThanOrEqualTo(3.0);
        assertThat(contrast(header.group(1), gradient.group(2))).isGreaterThanOrEqualTo(3.0);
    }

    /** WCAG 2's contrast ratio of two sRGB colours written #rrggbb. */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    @Test
    void titleOptionNamesTheReport() throws IOException {
        Document titled = Jsoup.parse(write(run, out.resolve("titled"), Map.of("title", "IL-6 & <friends>")));
        // review 25, L6: the tab's title says what the run was about, here its inputs, and when
        assertThat(titled.title()).isEqualTo("IL-6 & <friends>: pubmed-export.nbib and 1 more file, run of 2026-01-01");
        assertThat(titled.selectFirst("h1").text()).isEqualTo("IL-6 & <friends>");
        assertThat(titled.select(".page-header .question")).as("no question unless given").isEmpty();
    }

    /** Review 20, L8: a reader handed the report learns what it answers, under the title. */
    @Test
    void questionOptionIsShownUnderTheTitle() throws IOException {
        Document asked = Jsoup.parse(write(run, out.resolve("asked"),
                Map.of("question", "  Which cytokines are altered in fibromyalgia, in <which> specimen?  ")));
        assertThat(asked.selectFirst("h1 + p.question").text())
                .isEqualTo("Question: Which cytokines are altered in fibromyalgia, in <which> specimen?");
        assertThat(asked.select("p.question script, p.question which")).isEmpty(); // escaped, not markup

        assertThatThrownBy(() -> write(run, out.resolve("blank"), Map.of("question", " ")))
                .hasMessageContaining("question must not be blank");
    }

    @Test
    void theSameRunGivesByteIdenticalReports(@TempDir Path second) throws IOException {
        write(Fixtures.run(), second, Map.of());
        assertThat(Files.readAllBytes(second.resolve("report.html"))).isEqualTo(Files.readAllBytes(out.resolve("report.html")));
    }

    @Test
    void aKindWithFindingsButNoVotesKeepsItsSection(@TempDir Path dir) throws IOException {
        Document page = Jsoup.parse(write(TestRun.builder(Fixtures.CYTOKINES).records(List.of(Fixtures.REVIEW))
                .findings(Fixtures.findings().stream().filter(f -> f.recordId().equals(Fixtures.REVIEW.id())).toList()).build(), dir, Map.of()));
        assertThat(page.select(KIND + " .stratum-block")).isEmpty();
        assertThat(page.select(KIND + " .note").text()).contains("No votes: no study of a voting design has findings of this kind.");
        assertThat(page.select(KIND + " table.findings tbody tr")).hasSize(1);
    }

    /** It said "The 0 publications below have findings but another design ..." above nothing. */
    @Test
    void withoutPublicationsThatCastNoVotesTheReviewsSectionSaysSo(@TempDir Path dir) throws IOException {
        Document page = Jsoup.parse(write(TestRun.builder(Fixtures.CYTOKINES).build(), dir, Map.of()));
        assertThat(page.select("#reviews .note").text())
                .isEqualTo("Only studies of these designs vote: primary, case report, and no retracted publication. No publication with"
                        + " findings has another design.");
        assertThat(doc.select("#reviews .note").text()).contains("The 1 publication below has findings but another design")
                .contains("so its findings are listed here");
    }

    @Test
    void anEmptyRunStillGivesAValidPage(@TempDir Path empty) throws IOException {
        Document page = Jsoup.parse(write(TestRun.builder(Fixtures.CYTOKINES).build(), empty, Map.of()));
        // a kind without findings is one line, without empty tables
        assertThat(page.select(KIND).outerHtml()).isEqualTo("<p class=\"kind-none\" id=\"kind-cytokine-change\">Cytokines: no findings.</p>");
        assertThat(page.select("table.findings, table.synthesis, details.stratum")).isEmpty();
        assertThat(page.select("#studies article, #reviews article")).isEmpty();
        assertThat(page.select("#flow desc").text()).contains("Records read: 0", "Studies casting votes: 0.");
    }

    /** The review of session 24, H8: in a focused run a kind the focus left nothing of read "no findings", as if none were found. */
    @Test
    void aKindWithNothingInAFocusedRunHasNoFindingsInFocus(@TempDir Path dir) throws IOException {
        Document page = Jsoup.parse(write(TestRun.builder(Fixtures.CYTOKINES).focus("condition=zzz").build(), dir, Map.of()));

        assertThat(page.select(KIND).text()).isEqualTo("Cytokines: no findings in focus.");
        assertThat(page.selectFirst("p.lede").text()).as("H5").isEqualTo("0 findings, in focus (condition=zzz), from 0 records read in records.nbib.");
    }
}
