package org.evidentia.plugins.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.evidentia.api.Direction;
import org.evidentia.api.FindingKind;
import org.evidentia.api.RunSummary;
import org.evidentia.testkit.TestRun;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 9 read the report as a clinician, a peer reviewer and a reader on a phone, on paper and
 * with a screen reader: what they could not find or misread, as the markup now gives it. The
 * browser's side (the links' filters, print, a phone) is in {@link ReportInBrowserTest}.
 */
class ReadingTheReportTest {

    private static final String KIND = "#kind-cytokine-change";

    @TempDir
    Path out;

    private static Document page(TestRun run, Path dir) throws IOException {
        return Jsoup.parse(HtmlSummaryReporterTest.write(run, dir, Map.of()));
    }

    /**
     * Finding 1: nothing said that no person read the findings; the methods said only which plugins
     * extracted them. Review 10, finding 7: both said every report's findings came from text mining
     * of titles and abstracts, whatever the run's extractors (a plugin's or an imported store's may not).
     */
    @Test
    void theMethodsSayTheFindingsWereExtractedAutomaticallyAndNotChecked() throws IOException {
        Document doc = page(Fixtures.run(), out);
        assertThat(doc.getElementById("methods-extraction").text()).isEqualTo("Findings were extracted automatically by the plugins"
                + " below (the bundled ones read titles and abstracts by text mining); no person checked them, so each finding's evidence sentence is"
                + " given with it, to be checked before a result is cited. How accurately each kind of finding is extracted, as its"
                + " extractor measured it, is stated under Read this first and in the kind's section.");
        assertThat(doc.selectFirst("section.read-first li").text()).startsWith("The findings in this report were extracted automatically"
                        + " by the run's extractors (the bundled ones read titles and abstracts by text mining)")
                .contains("no person checked them", "Check each finding's evidence sentence");
    }

    /**
     * Finding 1: how often the extraction is right was in docs/evaluation.md only. Each kind states
     * its extractor's measured accuracy ({@code FindingKind.accuracy()}), or that it is not stated,
     * in its section and in the box a reader starts with.
     */
    @Test
    void eachKindStatesHowAccuratelyItsFindingsAreExtractedOrThatItIsNotStated() throws IOException {
        FindingKind measured = new FindingKind("widget-change", "Widget", "Widgets", Fixtures.WIDGETS.attributes(), Map.of(),
                "Measured on 12 annotated abstracts: 9 of 10 findings are right.");
        org.evidentia.api.BibliographicRecord record = org.evidentia.api.BibliographicRecord.builder().pmid("38100001").title("Widgets")
                .author("Wu A").year(2020).section(null, "Red widgets rose in the north.").build();
        TestRun run = TestRun.builder(Fixtures.CYTOKINES, measured).records(List.of(Fixtures.SMITH, record))
                .findings(Fixtures.findings().stream().filter(f -> f.recordId().equals(Fixtures.SMITH.id())).toList())
                .finding(TestRun.finding(record, measured, "RED", "red widget", "widgets", Direction.INCREASED,
                        Map.of("site", "north", "colour", "red")))
                .build();
        Document doc = page(run, out);
        assertThat(doc.getElementById("kind-widget-change-accuracy").text()).isEqualTo("How accurately widget findings are extracted,"
                + " as their extractor states it: Measured on 12 annotated abstracts: 9 of 10 findings are right. "
                // READREV, M6: the figures are the extractor's on its test set, not the run's
                + Phrases.OWN_TEST_SET + " No person checked"
                + " these findings: check each one's evidence sentence before citing it.");
        assertThat(doc.getElementById("kind-cytokine-change-accuracy").text()).startsWith("How accurately cytokine findings are"
                + " extracted: its accuracy is not stated (their extractor gives no measurement).");
        Elements box = doc.select("section.read-first li");
        // a stated accuracy is folded behind one line (review 20, M1); a short "not stated" is shown whole
        Element widgets = box.stream().filter(li -> li.text().contains("widget")).findFirst().orElseThrow();
        Element cytokines = box.stream().filter(li -> li.text().contains("cytokine")).findFirst().orElseThrow();
        assertThat(widgets.selectFirst("details > summary").text())
                .isEqualTo("How accurately widget findings are extracted, as their extractor states it");
        assertThat(widgets.selectFirst("details").ownText() + " " + widgets.select("details > a").text()).isEqualTo(
                "How accurately widget findings are extracted, as their extractor states it: Measured on 12 annotated abstracts:"
                        + " 9 of 10 findings are right. " + Phrases.OWN_TEST_SET + " Widgets");
        assertThat(cytokines.select("details")).isEmpty();
        assertThat(cytokines.text()).isEqualTo(
                "How accurately cytokine findings are extracted: its accuracy is not stated (their extractor gives no measurement). Cytokines");
        assertThat(box.select("a").eachAttr("href").subList(1, 3))
                .containsExactlyInAnyOrder("#kind-widget-change-accuracy", "#kind-cytokine-change-accuracy");
    }

    /** Finding 2: a background sentence ("Some studies have reported IL-6 increased") read like a result. */
    @Test
    void eachEvidenceSentenceSaysWhereInTheRecordItIs() throws IOException {
        Document doc = page(Fixtures.run(), out);
        Elements rows = doc.select(KIND + " table.findings tbody tr");
        assertThat(rows.stream().map(r -> r.selectFirst("td.sentence .where").text()).distinct())
                .containsExactlyInAnyOrder("RESULTS:", "Abstract:", "Title:");
        // the hostile record's finding is in its title; Smith's in its RESULTS section; Adams' abstract has no sections
        assertThat(doc.select(KIND + " tr[data-study=study-31000002] td.sentence .where").eachText()).containsOnly("Abstract:");
        assertThat(doc.select(KIND + " tr[data-study=study-31000001] td.sentence .where").eachText()).containsOnly("RESULTS:");
        // the mark is still the mention alone, first in the cell after its place
        assertThat(doc.select(KIND + " tr[data-study=study-31000001] td.sentence mark").eachText()).containsExactly("IL-6", "IL-10", "TNF-alpha");
    }

    /** Finding 8: "Decreased 1" stood beside "▼ 0" with no word why. */
    @Test
    void aTableWhereAStudyReportsBothDirectionsSaysWhyItVotesNoClearDirection() throws IOException {
        Document plain = page(Fixtures.run(), out.resolve("plain"));
        assertThat(plain.select(KIND + " p.table-note")).isEmpty();

        TestRun both = Fixtures.builder().findings(List.of(Fixtures.cytokine(Fixtures.SMITH, "IL6", "IL-6", "IL-10", Direction.DECREASED,
                Fixtures.attributes("condition", "human", "fibromyalgia", "plasma", null)))).build();
        Document doc = page(both, out.resolve("both"));
        Element lead = doc.getElementById("kind-cytokine-change-stratum-1");
        Element il6 = lead.selectFirst("table.synthesis tbody tr");
        assertThat(il6.select("td").eachText().subList(0, 6)).containsExactly("2", "3 findings of IL-6, cases vs controls · human", "2", "1", "0",
                "▲ 1 ▼ 0 ◆ 1: 1 increased, 0 decreased, 1 no clear direction");
        Element note = lead.selectFirst("p.table-note");
        assertThat(note.text()).isEqualTo("Increased and Decreased count the studies reporting each direction; a study reporting both votes"
                + " ◆ (no clear direction), so a row can count more studies reporting a direction than votes for it.");
        assertThat(note.previousElementSibling().selectFirst("table.synthesis")).isNotNull();
        assertThat(doc.getElementById("kind-cytokine-change-stratum-2").select("p.table-note")).isEmpty();
    }

    /** Finding 8: every caveat ended "or narrow the run with --focus", also in a run focused on that already. */
    @Test
    void aCaveatAdvisesRestrictingTheReviewOnlyToWhatTheRunIsNotFocusedOn() throws IOException {
        String[][] plans = {{"asthma", "serum"}, {"asthma", "plasma"}, {"gout", "serum"}};
        TestRun.Builder builder = Fixtures.il6Studies(38000000, plans.length,
                i -> Fixtures.attributes("condition", "human", plans[i][0], plans[i][1], null));
        String caveat = "#kind-cytokine-change-stratum-1-caveat";
        assertThat(page(builder.build(), out.resolve("all")).selectFirst(caveat).text())
                .contains("This report is not restricted to one specimen or condition, so its counts mix them (Methods says how a run is restricted).");
        RunSummary base = builder.build().summary();
        RunSummary focused = new RunSummary(base.evidentiaVersion(), base.runDate(), base.inputs(), base.plugins(), base.options(),
                base.counts(), base.problems(), base.notices(), base.duplicates(), new RunSummary.Focus(List.of("condition=asthma"), 2, 0));
        String text = page(builder.summary(focused).build(), out.resolve("focused")).selectFirst(caveat).text();
        assertThat(text).contains("Read p beside the breakdowns. This report is not restricted to one specimen, so its counts mix them")
                .doesNotContain("one specimen or condition", "narrow the run");
    }

    /**
     * Finding 4: from a synthesis row, a plot's mark or a card's chip, nothing led to the findings
     * behind it. Each now links to the first of them (all a reader without JavaScript gets) and
     * carries the filters that show them all.
     */
    @Test
    void synthesisRowsPlotMarksAndChipsLeadToTheFindingsBehindThem() throws IOException {
        Document doc = page(Fixtures.run(), out);
        Element lead = doc.getElementById("kind-cytokine-change-stratum-1");
        Elements links = lead.select("table.synthesis tbody td a.to-findings");
        assertThat(links.eachText()).containsExactly("2 findings of IL-6, cases vs controls · human", "1 finding of IL-10, cases vs controls · human",
                "1 finding of TNF-α, cases vs controls · human");
        // review 25, M4: the link has a cell of its own, in the Findings column, so that the row's header, which a
        // screen reader repeats with every cell, is the subject alone
        assertThat(lead.select("table.synthesis tbody th").eachText()).containsExactly("IL-6 IL6", "IL-10 IL10", "TNF-α TNF");
        assertThat(lead.select("table.synthesis tbody th a")).isEmpty();
        assertThat(lead.select("table.synthesis thead th").eachText()).startsWith("Cytokine", "Studies", "Findings");
        assertThat(links.stream().map(Element::ownText)).containsExactly("2", "1", "1");
        Element il6 = links.first();
        assertThat(il6.attr("data-findings-table")).isEqualTo("kind-cytokine-change-findings-table");
        Map<String, String> filter = filter(il6);
        assertThat(filter).containsEntry("subject", "IL6").containsEntry("a0", "condition").containsEntry("a1", "human");
        // review 11, finding 1: the rows the link's filters select are exactly the voting findings behind the row (the
        // review's IL-6 finding in the stratum is left out, though two designs vote), and the link leads to the first of them
        assertThat(filter).containsEntry("votes", "yes");
        Elements behind = doc.select(KIND + " table.findings tbody tr" + filter.entrySet().stream()
                .map(f -> "[data-" + f.getKey() + "=\"" + f.getValue() + "\"]").collect(Collectors.joining()));
        assertThat(behind).hasSize(2);
        assertThat(doc.select(KIND + " table.findings tbody tr[data-subject=IL6][data-a0=condition][data-a1=human]"))
                .hasSize(3).filteredOn(r -> r.attr("data-design").equals("review")).singleElement()
                .satisfies(r -> assertThat(r.attr("data-votes")).isEqualTo("no"));
        assertThat(doc.select("#kind-cytokine-change-findings-filter-votes option").eachAttr("value")).containsExactly("", "yes", "no");
        assertThat(il6.attr("href")).isEqualTo("#" + behind.first().id());
        // review 20, M4: the findings are in the review table's order, a row's voting findings one block, so it starts the table
        assertThat(behind.first().id()).isEqualTo("kind-cytokine-change-findings-row-1");
        assertThat(behind.last().elementSiblingIndex()).isEqualTo(behind.first().elementSiblingIndex() + 1);
        for (Map.Entry<String, String> f : filter.entrySet()) {
            assertThat(behind).allSatisfy(r -> assertThat(r.attr("data-" + f.getKey())).isEqualTo(f.getValue()));
        }
        // only rows a link leads to have an id
        assertThat(doc.select(KIND + " table.findings tbody tr[id]")).hasSizeLessThan(doc.select(KIND + " table.findings tbody tr").size());

        // a plot's mark and a card's chip lead to that study's findings on the subject in the stratum
        Elements marks = lead.select("table.edp td a[data-findings-filter]");
        assertThat(marks).hasSize(lead.select("table.edp td.up, table.edp td.down, table.edp td.unclear").size()).isNotEmpty();
        Elements chips = doc.select("#study-31000001 .chip a");
        assertThat(chips.eachText()).containsExactly("▲ IL-6: increased, its findings", "▼ IL-10: decreased, its findings",
                "◆ TNF-α: no clear direction, its findings");
        for (Element a : concat(marks, chips)) {
            Element row = doc.getElementById(a.attr("href").substring(1));
            assertThat(row).as(a.outerHtml()).isNotNull();
            assertThat(filter(a)).containsEntry("study", row.attr("data-study")).containsEntry("subject", row.attr("data-subject"));
            // the lead stratum's marks, and Smith's chips (each of its findings is in that stratum)
            assertThat(row.attr("data-a0") + " · " + row.attr("data-a1")).isEqualTo("condition · human");
        }
        assertThat(filter(chips.first())).containsEntry("study", "study-31000001").containsEntry("subject", "IL6");
    }

    /** Finding 4: a card highlighted every mention and said nothing of which was read as which direction. */
    @Test
    void aCardShowsTheDirectionEachHighlightedMentionWasReadAs() throws IOException {
        Element results = page(Fixtures.run(), out).select("#study-31000001 p.abstract").get(1);
        assertThat(results.select("mark").eachText()).containsExactly("IL-6", "IL-10", "TNF-alpha");
        assertThat(results.select(".read-as").eachText()).containsExactly("▲", "▼", "○");
        assertThat(results.select(".read-as").eachAttr("title")).containsExactly("read as increased", "read as decreased", "read as unchanged");
        assertThat(results.select(".read-as").eachAttr("aria-hidden")).containsOnly("true");
        assertThat(results.select(".read-as + .visually-hidden").eachText())
                .containsExactly("(read as increased)", "(read as decreased)", "(read as unchanged)");
    }

    /** Finding 10: each stratum's h3 sat inside its summary, whose button role hides it from some screen readers' headings. */
    @Test
    void eachStratumHeadingIsAHeadingOutsideTheSummaryThatFoldsItsTables() throws IOException {
        Document doc = page(Fixtures.run(), out);
        assertThat(doc.select("summary h3, summary h2, summary h4")).isEmpty();
        Elements blocks = doc.select(KIND + " .stratum-block");
        assertThat(blocks).hasSize(3);
        for (Element block : blocks) {
            Element heading = block.selectFirst("> .stratum-head > h3");
            assertThat(heading.id()).isEqualTo(block.id() + "-heading");
            Element details = block.selectFirst("> details.stratum");
            assertThat(details.elementSiblingIndex()).isGreaterThan(heading.parent().elementSiblingIndex());
            assertThat(details.selectFirst("> summary").text()).isEqualTo("Synthesis table, effect direction plot and evidence matrices of "
                    + heading.ownText());
            assertThat(details.select("table.synthesis, figure.edp-figure, table.matrix")).isNotEmpty();
        }
        assertThat(blocks.first().selectFirst(".stratum-head .lead").text()).isEqualTo("main stratum");
    }

    /** Finding 9: a printed matrix broke its value headers into letter groups; its headers now hold the value in a span turned upwards. */
    @Test
    void matrixValueHeadersAreSpansThatPrintCanTurn() throws IOException {
        Document doc = page(Fixtures.run(), out);
        assertThat(doc.select("table.matrix thead th.num")).isNotEmpty()
                .allSatisfy(th -> assertThat(th.select("> span").text()).isEqualTo(th.text()));
    }

    /** Finding 7: on a phone each key result is a block whose values name their columns (the header is not shown there). */
    @Test
    void keyResultsValuesNameTheirColumns() throws IOException {
        Element row = page(Fixtures.run(), out).selectFirst("#kind-cytokine-change-key tbody tr");
        assertThat(row.select("td[data-label]").eachAttr("data-label")).containsExactly("Studies", "Sign test p", "Specimen", "Condition");
    }

    /**
     * Review 15, M4: the kind's note said only that the synthesis "counts directions, not effect sizes
     * or significance", though which directions an abstract states depends on significance; it now
     * states the main limits where the reader meets the votes, and links to the rest.
     */
    @Test
    void theKindsNoteStatesWhatVoteCountingCannotTellAndLinksToItsLimits() throws IOException {
        Document doc = page(Fixtures.run(), out);
        Element note = doc.getElementById("kind-cytokine-change-method");
        assertThat(note.text()).doesNotContain("not effect sizes or significance")
                .contains("It counts directions, not effect sizes: each study counts equally whatever its size or precision, and since"
                        + " abstracts mostly state a direction when it is significant, the split of ▲ and ▼ votes leans toward significant"
                        + " results. The sign tests are not adjusted for multiplicity nor independent of one another, and with fewer than 6"
                        + " ▲ and ▼ votes none can reach p < 0.05: see Limits of vote counting.");
        assertThat(note.select("a").eachAttr("href")).containsExactly("#methods-limits");
        assertThat(doc.selectFirst("#key-results > p.note a").attr("href")).isEqualTo("#methods-limits");
        assertThat(doc.getElementById("methods-limits").text()).isEqualTo("Limits of vote counting");
    }

    /**
     * Review 15, M3, M4, L1 and L2: the methods appendix stated no limit of vote counting: that a
     * record is a study (companion reports of one cohort vote twice), that case reports vote, that
     * the sign tests are unadjusted and dependent, what 5 votes can reach, and what the main stratum is.
     */
    @Test
    void theMethodsAppendixStatesTheLimitsOfVoteCounting() throws IOException {
        Document doc = page(Fixtures.run(), out);
        assertThat(doc.getElementById("methods-limits").nextElementSibling().id()).isEqualTo("methods-limits-text");
        assertThat(doc.getElementById("methods-limits-text").text()).isEqualTo(
                "Each study counts equally, whatever its size or precision."
                        + " ◆ votes (conflicting findings, or no change only) are left out of the sign test; a ◆ whose increase and decrease come"
                        + " from one sentence read both ways may be a misreading rather than a study at odds with itself. Abstracts mostly state a direction when"
                        + " it is significant, so the split of ▲ and ▼ votes leans toward significant results: the synthesis counts the"
                        + " directions reported, but which directions an abstract reports depends in part on significance."
                        // the review of session 30, H5: that a direction called not significant votes was said nowhere
                        + " A direction the abstract calls not significant (\"higher, though not significantly\") still votes, as vote"
                        + " counting by direction of effect counts it."
                        + " The sign tests are not adjusted for multiplicity, and they are not independent: one study votes for many subjects."
                        + " This report makes no sign test: no row has 6 or more ▲ and ▼ votes."
                        + " With few studies a sign test cannot reach significance: with fewer than 6 ▲ and ▼ votes none reaches p < 0.05"
                        + " (5 votes all one way give p = 0.0625)."
                        + " Each record counts as a study: companion reports of one cohort each cast a vote, and the tool cannot tell that they"
                        + " share their patients."
                        + " A case report or case series (a patient or a few) votes as any study does when case reports are among the designs that vote, as they are by"
                        + " default; --option synthesis.voting-designs=primary leaves them out."
                        + " A kind's main stratum, whose subjects lead the key results, is the first of its strata with votes in the order its"
                        + " extractor declares their values, not the one with the most studies."
                        + " Cytokines: cases vs controls · human, 2 studies.");
    }

    /** Review 15, L2: with no human condition stratum the main stratum is an animal one, with fewer studies than another. */
    @Test
    void theMethodsNameEachKindsMainStratumEvenWhenItIsNotTheLargest() throws IOException {
        TestRun run = Fixtures.il6Studies(38000000, 4, i -> i == 0 ? Fixtures.attributes("condition", "animal", "colitis", "serum", null)
                : Fixtures.attributes("intervention", "human", null, "plasma", "after exercise")).build();
        Document doc = page(run, out);
        assertThat(doc.select(KIND + " .stratum-head h3").stream().map(Element::ownText)).containsExactly("cases vs controls · animal", "intervention · human");
        assertThat(doc.getElementById("methods-main-stratum").text()).endsWith("not the one with the most studies."
                + " Cytokines: cases vs controls · animal, 1 study.");
    }

    private static Map<String, String> filter(Element a) {
        return Arrays.stream(a.attr("data-findings-filter").split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> java.net.URLDecoder.decode(p[1], java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static List<Element> concat(Elements a, Elements b) {
        List<Element> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
