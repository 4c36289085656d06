package org.evidentia.plugins.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evidentia.api.Direction;
import org.evidentia.api.Finding;
import org.evidentia.testkit.TestRun;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The question a reader opens the report with, which subjects changed, in which specimen, in how
 * many studies, is answered before anything else: a key results box at the top, and lead tables
 * by studies ({@link KindIndependenceTest} puts kinds without findings after the others).
 */
class KeyResultsTest {

    @TempDir
    Path out;

    private static Document page(TestRun run, Path dir) throws IOException {
        return Jsoup.parse(HtmlSummaryReporterTest.write(run, dir, Map.of()));
    }

    /** The fixture, plus IL-10 raised in the serum of Adams' patients: IL-10 then has two studies in the lead stratum, IL-6 two, TNF one. */
    private static TestRun withMoreIl10() {
        List<Finding> findings = new ArrayList<>();
        findings.add(Fixtures.cytokine(Fixtures.ADAMS, "IL10", "IL-10", "IL-10", Direction.INCREASED,
                Fixtures.attributes("condition", "human", "fibromyalgia", "serum", "patients")));
        findings.add(Fixtures.cytokine(Fixtures.ADAMS, "TNFA", "TNF-α", "IL-10", Direction.INCREASED,
                Fixtures.attributes("condition", "human", "fibromyalgia", "plasma", "patients")));
        findings.add(Fixtures.cytokine(Fixtures.RETRACTED, "TNFA", "TNF-α", "IL-6", Direction.INCREASED,
                Fixtures.attributes("condition", "human", "colitis", "serum", "patients")));
        return Fixtures.builder().findings(findings).build(); // added to the fixture's own
    }

    @Test
    void keyResultsComeFirstWithTheLeadStratumsBestStudiedSubjectsLinkedToTheirRows() throws IOException {
        Document doc = page(withMoreIl10(), out);
        assertThat(doc.select("main > section[id]").first().id()).isEqualTo("key-results");
        assertThat(doc.select("nav a").first().text()).isEqualTo("Key results");
        Element box = doc.getElementById("kind-cytokine-change-key");
        assertThat(box.selectFirst("h3").text()).isEqualTo("Cytokines · condition · human main stratum, 4 studies");
        assertThat(box.select("thead th").eachText())
                .containsExactly("Cytokine", "Studies", "Votes ▲ ▼ ◆", "Sign test p", "Specimen (studies, votes ▲ ▼ ◆)");
        // most studies first (TNF-α 3, IL-6 2, IL-10 2), ties by label as the synthesis orders them
        Elements rows = box.select("tbody tr");
        assertThat(rows.eachText()).containsExactly(
                "TNF-α 3 ▲ 2 ▼ 0 ◆ 1: 2 increased, 0 decreased, 1 no clear direction 0.50 serum (2) ▲1 ▼0 ◆1: 1 increased, 0 decreased, 1 no clear direction, plasma (1) ▲1 ▼0 ◆0: 1 increased, 0 decreased, 0 no clear direction",
                "IL-6 2 ▲ 2 ▼ 0 ◆ 0: 2 increased, 0 decreased, 0 no clear direction 0.50 serum (1) ▲1 ▼0 ◆0: 1 increased, 0 decreased, 0 no clear direction, serum\" onmouseover=\"alert(3) (1) ▲1 ▼0 ◆0: 1 increased, 0 decreased, 0 no clear direction",
                "IL-10 2 ▲ 1 ▼ 1 ◆ 0: 1 increased, 1 decreased, 0 no clear direction 1.0 serum (1) ▲1 ▼0 ◆0: 1 increased, 0 decreased, 0 no clear direction");
        // each subject links to its own row of the lead stratum's synthesis table, which lists the subjects in the same order
        Element lead = doc.getElementById("kind-cytokine-change-stratum-1");
        for (Element a : rows.select("th a")) {
            Element row = doc.getElementById(a.attr("href").substring(1));
            assertThat(row).as(a.text()).isNotNull();
            assertThat(row.parents()).contains(lead);
            assertThat(row.selectFirst("th").text()).startsWith(a.text() + " ");
        }
        assertThat(lead.select("table.synthesis tbody th").eachText()).containsExactly("TNF-α TNF 3 findings of TNF-α, condition · human",
                "IL-6 IL6 2 findings of IL-6, condition · human", "IL-10 IL10 2 findings of IL-10, condition · human");
        assertThat(box.select(".key-more").text())
                .isEqualTo("See the full synthesis table of condition · human; other strata and every finding under Cytokines.");
        assertThat(box.select(".key-more a").eachAttr("href")).containsExactly("#kind-cytokine-change-stratum-1", "#kind-cytokine-change");
    }

    @Test
    void keyResultsShowAtMostEightSubjectsAndCountTheRest() throws IOException {
        Document doc = page(Fixtures.generated(60, 6), out);
        Element box = doc.getElementById("kind-cytokine-change-key");
        Elements rows = box.select("tbody tr");
        assertThat(rows).hasSize(8);
        List<Integer> studies = rows.stream().map(r -> Integer.parseInt(r.select("td").get(0).text())).toList();
        assertThat(studies).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
        Elements all = doc.select("#kind-cytokine-change-stratum-1 table.synthesis tbody tr");
        assertThat(all.size()).isGreaterThan(8);
        assertThat(rows.select("th").eachText())
                .containsExactlyElementsOf(all.subList(0, 8).stream().map(r -> r.selectFirst("th").ownText()).toList());
        assertThat(box.select(".key-more").text()).startsWith((all.size() - 8) + " more cytokines in the full synthesis table");
        // the lead table itself is ordered by studies, most first
        assertThat(all.stream().map(r -> Integer.parseInt(r.select("td").get(0).text())).toList())
                .isSortedAccordingTo((a, b) -> Integer.compare(b, a));
    }

    @Test
    void aRunWithoutFindingsHasNoKeyResults() throws IOException {
        Document doc = page(TestRun.builder(Fixtures.CYTOKINES).build(), out);
        assertThat(doc.getElementById("key-results")).isNull();
        assertThat(doc.select("nav a").eachText()).containsExactly("Records", "Studies", "Reviews", "Methods");
    }
}
