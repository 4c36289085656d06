package org.evidentia.plugins.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 25 (WCAG 2.1 AA): what the markup gives a screen reader. The keyboard's side, focus, contrast
 * and reflow, which need a browser's layout, are in {@link ReportInBrowserTest}.
 */
class AccessibilityMarkupTest {

    @TempDir
    Path out;

    private static Document page(org.evidentia.testkit.TestRun run, Path dir) throws IOException {
        return Jsoup.parse(HtmlSummaryReporterTest.write(run, dir, Map.of()));
    }

    /** An element's text as a screen reader gets it: without what is hidden from it ({@code aria-hidden}). */
    static String spoken(Element element) {
        Element copy = element.clone();
        copy.select("[aria-hidden=true]").remove();
        return copy.text();
    }

    /**
     * M4: a vote count was read twice, "black up-pointing triangle 93 ... 93 increased", in every votes cell,
     * breakdown value and Check first line. The symbols are hidden from screen readers wherever words beside
     * them say the same, so no table reads a vote symbol, while the page shows each one as before.
     */
    @Test
    void noTableReadsAVoteSymbolBesideTheWordsThatSayIt() throws IOException {
        Document doc = page(KeyResultsTest.votes(12, 7).build(), out);
        assertThat(doc.select("table")).hasSizeGreaterThan(5).allSatisfy(table ->
                assertThat(spoken(table)).as(table.className() + ": " + table.selectFirst("caption")).doesNotContain("▲", "▼", "◆"));
        // shown all the same
        Element keyRow = doc.selectFirst("#kind-cytokine-change-key tr.key-row");
        assertThat(keyRow.selectFirst("td.votes").text()).startsWith("▲ 12 ▼ 7 ◆ ");
        assertThat(spoken(keyRow.selectFirst("td.votes"))).matches(": 12 increased, 7 decreased, \\d+ no clear direction");
        assertThat(doc.select("#kind-cytokine-change-key thead th").eachText()).contains("Votes ▲ ▼ ◆");
        Element check = doc.selectFirst("#kind-cytokine-change-key details.minority > summary");
        assertThat(check.text()).startsWith("Check first: the sentences of the ▼ 7 decreased votes");
        assertThat(spoken(check)).startsWith("Check first: the sentences of the 7 decreased votes");
        Element synthesis = doc.selectFirst("#kind-cytokine-change-stratum-1 table.synthesis");
        assertThat(synthesis.select("thead th").stream().map(AccessibilityMarkupTest::spoken))
                .contains("Votes", "Specimen (studies, votes)");
        assertThat(synthesis.selectFirst("td.breakdown.voted .bv").text()).matches(".+ \\(\\d+\\) ▲\\d+ ▼\\d+ ◆\\d+: .+");
    }

    /**
     * L6: every report's title was "Evidence summary", so that reports open in tabs, or in the history, could not be
     * told apart. The title names what the run was about, its question, else its focus, else its inputs, and its day;
     * the heading stays the title alone.
     */
    @Test
    void theTitleNamesTheRunsQuestionFocusOrInputsAndItsDay() throws IOException {
        Document asked = Jsoup.parse(HtmlSummaryReporterTest.write(Fixtures.run(), out.resolve("asked"),
                Map.of("question", "Which cytokines are altered in fibromyalgia?")));
        assertThat(asked.title()).isEqualTo("Evidence summary: Which cytokines are altered in fibromyalgia?, run of 2026-01-01");
        assertThat(asked.selectFirst("h1").text()).isEqualTo("Evidence summary");
        Document focused = page(Fixtures.builder().focus("condition=fibromyalgia").build(), out.resolve("focused"));
        assertThat(focused.title()).isEqualTo("Evidence summary: condition=fibromyalgia, run of 2026-01-01");
        Document one = page(KeyResultsTest.votes(6, 1).input(new org.evidentia.api.RunSummary.InputSummary("exports/il6_pubmed_result.txt",
                "a".repeat(64), "pubmed-abstract-text", 7, 0)).build(), out.resolve("one"));
        assertThat(one.title()).isEqualTo("Evidence summary: il6_pubmed_result.txt, run of 2026-01-01");
    }
}
