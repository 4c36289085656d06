package org.evidentia.plugins.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Direction;
import org.evidentia.api.FindingKind;
import org.evidentia.testkit.TestRun;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A subject whose findings come under several keys (merged by the kind's aliases) has one label on the page. */
class SubjectLabelsTest {

    private static final FindingKind KIND = new FindingKind("cytokine-change", "Cytokine", "Cytokines",
            Fixtures.CYTOKINES.attributes(), Map.of("IL23A", "IL23", "TGFB1", "TGFB"));

    /** First in the run: only the aliases' labels. */
    private static final BibliographicRecord ABE = BibliographicRecord.builder().pmid("51000001").title("Subunits in colitis")
            .author("Abe K").author("Ono T").year(2019).publicationType("Journal Article")
            .section(null, "Serum IL-23p19 was higher in patients. TGF-β1 fell after infliximab.")
            .build();
    /** Later: the families' own keys and labels. */
    private static final BibliographicRecord BAKER = BibliographicRecord.builder().pmid("51000002").title("Cytokines in Crohn disease")
            .author("Baker L").author("Cruz M").year(2020).publicationType("Journal Article")
            .section(null, "Serum IL-23 was higher in patients. TGF-β was lower in patients. IL-23 fell after infliximab.")
            .build();

    private static Document page(Path out) throws IOException {
        Map<String, String> condition = Fixtures.attributes("condition", "human", "Crohn disease", "serum", null);
        Map<String, String> intervention = Fixtures.attributes("intervention", "human", null, "serum", "after infliximab");
        TestRun run = TestRun.builder(KIND).records(List.of(ABE, BAKER)).findings(List.of(
                TestRun.finding(ABE, KIND, "IL23A", "IL-23p19", "IL-23p19", Direction.INCREASED, condition),
                TestRun.finding(ABE, KIND, "TGFB1", "TGF-β1", "TGF-β1", Direction.DECREASED, intervention),
                TestRun.finding(BAKER, KIND, "IL23", "IL-23", "IL-23 was", Direction.INCREASED, condition),
                TestRun.finding(BAKER, KIND, "TGFB", "TGF-β", "TGF-β", Direction.DECREASED, condition),
                TestRun.finding(BAKER, KIND, "IL23", "IL-23", "IL-23 fell", Direction.DECREASED, intervention))).build();
        return Jsoup.parse(HtmlSummaryReporterTest.write(run, out, Map.of()));
    }

    @Test
    void aMergedSubjectHasItsFamilysLabelEverywhereAndEachFindingKeepsItsOwn(@TempDir Path out) throws IOException {
        Document doc = page(out);
        Element kind = doc.getElementById("kind-cytokine-change");

        // both strata, whichever label came first in each: the synthesis rows, plot columns and matrices
        assertThat(kind.select(".stratum-head h3").stream().map(org.jsoup.nodes.Element::ownText)).containsExactly("cases vs controls · human", "intervention · human");
        for (Element stratum : kind.select("details.stratum")) {
            assertThat(stratum.select("table.synthesis tbody th").stream().map(Element::ownText).toList()).containsExactly("IL-23", "TGF-β");
            assertThat(stratum.select(".edp thead th.edp-subject").eachText()).containsExactly("IL-23", "TGF-β");
            assertThat(stratum.select("table.matrix tbody th").eachText()).containsOnly("IL-23", "TGF-β");
        }
        assertThat(kind.select("select[data-filter=subject] option").eachText())
                .containsExactly("All cytokines", "IL-23 (IL23)", "TGF-β (TGFB)");
        assertThat(kind.selectFirst("p.summary").text()).startsWith("5 findings on 2 cytokines in 2 studies");
        // the cards' chips
        assertThat(doc.getElementById("study-51000001").select(".chip").eachText())
                .containsExactly("▲ IL-23: increased, its findings", "▼ TGF-β: decreased, its findings");
        // the findings table: each finding as its sentence names it
        assertThat(kind.select("table.findings tbody tr")).extracting(r -> r.selectFirst("th").text() + " | " + r.selectFirst("mark").text())
                .containsExactly("IL-23p19 | IL-23p19", "IL-23 | IL-23 was", "IL-23 | IL-23 fell", "TGF-β | TGF-β", "TGF-β1 | TGF-β1");
    }
}
