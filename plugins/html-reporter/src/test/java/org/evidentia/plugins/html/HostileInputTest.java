package org.evidentia.plugins.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.evidentia.testkit.PluginTestKit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text from inputs (titles, abstracts, authors, DOIs, specimens, contexts) must stay inert text. */
class HostileInputTest {

    @TempDir
    Path out;

    private String html;
    private Document doc;

    @BeforeEach
    void render() throws IOException {
        HtmlSummaryReporter reporter = new HtmlSummaryReporter();
        reporter.report(Fixtures.evidence(), PluginTestKit.reportContext(reporter, Map.of(), out));
        html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        doc = Jsoup.parse(html);
    }

    @Test
    void noMarkupFromInputsReachesThePage() {
        assertThat(html).doesNotContain("<script>alert", "<img src=x", "<b>M</b>", "<b>records</b>", "<i>cases</i>");
        assertThat(doc.select("script")).hasSize(1);
        assertThat(doc.select("script").html()).doesNotContain("alert");
        assertThat(doc.select("img, b, i")).isEmpty();
        for (Element element : doc.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).as("attribute on <%s>", element.tagName()).doesNotStartWith("on");
            }
        }
    }

    @Test
    void hostileTextIsShownVerbatimWhereItBelongs() {
        Element card = doc.getElementById("study-2");
        assertThat(card.selectFirst("h3").text()).isEqualTo(Fixtures.HOSTILE_TITLE);
        assertThat(card.selectFirst("h3 mark").text()).isEqualTo("IL-6");
        assertThat(card.select(".meta").text()).contains("O'Brien <b>M</b>", "J \"Tests\"", "10.1000/x\"><script>alert(2)</script>");
        assertThat(card.select(".abstract").text()).isEqualTo("Serum IL-6 was increased " + Fixtures.HOSTILE_IMG + " in cases.");

        Element row = doc.select("#findings-table tbody tr[data-study=study-2]").first();
        // its evidence is the title, which holds a script element as text
        assertThat(row.selectFirst("td.sentence").text()).isEqualTo(Fixtures.HOSTILE_TITLE);
        assertThat(row.select("td.sentence mark").eachText()).containsExactly("IL-6");
        assertThat(row.select("td").get(2).text()).isEqualTo("<i>cases</i> \" onfocus=\"alert(4)");
        // quotes in attribute values are escaped, so the attribute keeps its whole value
        assertThat(row.attr("data-specimen")).isEqualTo("serum\" onmouseover=\"alert(3)");
        assertThat(html).contains("data-specimen=\"serum&quot; onmouseover=&quot;alert(3)\"");
    }
}
