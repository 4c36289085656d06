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
}
