package org.evidentia.plugins.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Direction;
import org.evidentia.api.FindingKind;
import org.evidentia.api.FindingKind.Attribute.Role;
import org.evidentia.testkit.TestRun;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text from inputs (titles, abstracts, authors, DOIs, attribute values) and from a kind's
 * vocabulary (labels, values) must stay inert text.
 */
class HostileInputTest {

    @TempDir
    Path out;

    private String html;
    private Document doc;

    @BeforeEach
    void render() throws IOException {
        html = HtmlSummaryReporterTest.write(Fixtures.run(), out, Map.of());
        doc = Jsoup.parse(html);
    }

    @Test
    void noMarkupFromInputsReachesThePage() {
        assertThat(html).doesNotContain("<script>alert", "<img src=x", "<b>M</b>", "<b>records</b>", "<i>cases</i>");
        assertThat(doc.select("script")).hasSize(1);
        assertThat(doc.select("script").html()).doesNotContain("alert");
        assertThat(doc.select("img, b, i")).isEmpty();
        assertNoEventHandlers(doc);
    }

    @Test
    void hostileTextIsShownVerbatimWhereItBelongs() {
        String anchor = StudyInfo.anchor(Fixtures.HOSTILE.id());
        Element card = doc.getElementById(anchor);
        // the mention shows the direction it was read as, hidden from the heading's accessible name (review 20, L9)
        assertThat(card.selectFirst("h4.card-title").text()).isEqualTo(Fixtures.HOSTILE_TITLE.replace("IL-6", "IL-6▲"));
        assertThat(card.selectFirst("h4.card-title .read-as").attr("aria-hidden")).isEqualTo("true");
        assertThat(card.select("h4.card-title .visually-hidden")).as("no direction words in the heading's name").isEmpty();
        assertThat(card.selectFirst("h4.card-title mark").text()).isEqualTo("IL-6");
        assertThat(card.select(".meta").text()).contains("O'Brien <b>M</b>", "J \"Tests\"", "10.1000/x\"><script>alert(2)</script>");
        assertThat(card.select(".abstract").text()).isEqualTo("Serum IL-6 was increased " + Fixtures.HOSTILE_IMG + " in cases.");
        assertThat(card.select(".study-label").text()).isEqualTo("O'Brien <b>M</b> 2021");

        Element row = doc.select("table.findings tbody tr[data-study=" + anchor + "]").first();
        // its evidence is the title, which holds a script element as text
        assertThat(row.selectFirst("td.sentence").text()).isEqualTo("Title: " + Fixtures.HOSTILE_TITLE);
        assertThat(row.select("td.sentence mark").eachText()).containsExactly("IL-6");
        assertThat(row.select("td").get(4).text()).isEqualTo("<i>cases</i> \" onfocus=\"alert(4)");
        // quotes in attribute values are escaped, so the attribute keeps its whole value
        assertThat(row.attr("data-a3")).isEqualTo("serum\" onmouseover=\"alert(3)");
        assertThat(html).contains("data-a3=\"serum&quot; onmouseover=&quot;alert(3)\"");
    }

    @Test
    void aKindsVocabularyIsTextToo(@TempDir Path dir) throws IOException {
        FindingKind hostile = new FindingKind("odd-kind", "<b>Thing</b>", "Things\" onclick=\"alert(5)",
                List.of(new FindingKind.Attribute("where", "<i>Where</i>", List.of("<em>here</em>"), Role.STRATUM)), Map.of());
        BibliographicRecord record = BibliographicRecord.builder().pmid("1").title("A thing rose.").author("A B").year(2020).build();
        TestRun run = TestRun.builder(hostile).record(record)
                .finding(TestRun.finding(record, hostile, "<T>", "<u>T</u>", "thing", Direction.INCREASED,
                        Map.of("where", "<em>here</em>")))
                .build();
        String page = HtmlSummaryReporterTest.write(run, dir, Map.of());
        Document parsed = Jsoup.parse(page);
        assertThat(parsed.select("b, i, em, u")).isEmpty();
        assertNoEventHandlers(parsed);
        assertThat(parsed.selectFirst("#kind-odd-kind h2").text()).isEqualTo("Things\" onclick=\"alert(5)");
        assertThat(parsed.select("#kind-odd-kind .stratum-head h3").first().ownText()).isEqualTo("<em>here</em>");
        assertThat(parsed.select("#kind-odd-kind table.findings thead th").eachText()).contains("<b>Thing</b>", "<i>Where</i>");
        assertThat(parsed.select("#kind-odd-kind .edp thead th.edp-subject").text()).isEqualTo("<u>T</u>");
    }

    private static void assertNoEventHandlers(Document page) {
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).as("attribute on <%s>", element.tagName()).doesNotStartWith("on");
            }
        }
    }
}
