package org.evidentia.plugins.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.evidentia.api.Evidence;
import org.evidentia.api.Synthesis.SubjectSynthesis;
import org.evidentia.testkit.PluginTestKit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Structural tests of report.html, read back with jsoup. */
class HtmlSummaryReporterTest {

    private final HtmlSummaryReporter reporter = new HtmlSummaryReporter();
    private final Evidence evidence = Fixtures.evidence();

    @TempDir
    Path out;

    private Document doc;
    private String html;

    @BeforeEach
    void render() throws IOException {
        html = write(evidence, out, Map.of());
        doc = Jsoup.parse(html);
    }

    private String write(Evidence e, Path dir, Map<String, ?> options) throws IOException {
        reporter.report(e, PluginTestKit.reportContext(reporter, options, dir));
        return Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
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
        assertThat(doc.title()).isEqualTo("Evidence summary");
    }

    @Test
    void hasTheSectionsAReviewNeedsWithHeadings() {
        assertThat(doc.select("h1")).hasSize(1);
        assertThat(doc.select("main section[id]").eachAttr("id"))
                .containsExactly("flow", "synthesis", "plot", "matrix", "findings", "studies", "methods");
        for (Element section : doc.select("main section")) {
            assertThat(section.selectFirst("h2")).as(section.id()).isNotNull();
            assertThat(section.attr("aria-labelledby")).isEqualTo(section.selectFirst("h2").id());
        }
        for (Element table : doc.select("table")) {
            assertThat(table.selectFirst("caption")).isNotNull();
            assertThat(table.select("thead th")).allSatisfy(th -> assertThat(th.attr("scope")).isEqualTo("col"));
            assertThat(table.select("tbody th")).allSatisfy(th -> assertThat(th.attr("scope")).isEqualTo("row"));
        }
    }

    @Test
    void flowDiagramAccountsForEveryRecord() {
        Element svg = doc.selectFirst("#flow svg");
        assertThat(svg.attr("role")).isEqualTo("img");
        // 4 kept + 2 merged + 1 skipped = 7 read; 3 with findings; 1 without
        assertThat(svg.selectFirst("desc").text()).isEqualTo("2 input files; 7 records read; 2 duplicates merged and 1 records skipped; "
                + "4 records kept; 1 without findings; 3 records with 6 findings.");
        assertThat(svg.select("text").eachText()).contains("Records read", "7", "Records kept", "4",
                "Duplicates merged: 2", "Records skipped: 1", "Without findings: 1", "3 · 6 findings");
    }

    @Test
    void synthesisTableStatesTheCoreSynthesis() {
        Elements rows = doc.select("#synthesis tbody tr");
        List<SubjectSynthesis> subjects = evidence.synthesis().subjects();
        assertThat(rows).hasSize(subjects.size());
        assertThat(rows.select("th").eachText()).containsExactly("IL-6 IL6", "IL-10 IL10", "TNF-α TNF");
        // IL-6: three studies, all up: 2 * 1/8 = 0.25
        assertThat(rows.get(0).select("td").eachText())
                .containsExactly("3", "3", "0", "0", "▲ 3 ▼ 0 ◆ 0: 3 increased, 0 decreased, 0 no clear direction", "0.25",
                        "plasma (1), serum (1), serum\" onmouseover=\"alert(3) (1)");
        // IL-10: one up, one down -> p = 1; TNF: only unchanged -> no votes to test
        assertThat(rows.get(1).select("td").get(5).text()).isEqualTo("1");
        assertThat(rows.get(2).select("td").get(5).text()).isEqualTo("–");
    }

    @Test
    void effectDirectionPlotHasOneMarkerPerVoteWithATextAlternative() {
        Elements markers = doc.select("#plot svg g[role=img]");
        assertThat(markers).hasSize(6); // IL-6: 3, IL-10: 2, TNF: 1
        assertThat(markers.eachAttr("aria-label")).contains("IL-6, Adams 2018: increased", "IL-10, Smith et al. 2020: decreased",
                "TNF-α, Smith et al. 2020: no clear direction");
        assertThat(markers).allSatisfy(g -> assertThat(g.selectFirst("title").text()).isEqualTo(g.attr("aria-label")));
        assertThat(doc.select("#plot polygon.up")).hasSize(4);
        assertThat(doc.select("#plot polygon.down")).hasSize(1);
        assertThat(doc.select("#plot polygon.unclear")).hasSize(1);
        assertThat(doc.select("#plot .row-label").eachText()).containsExactly("IL-6", "IL-10", "TNF-α");
        assertThat(doc.select("#plot .col-label").eachText()).containsExactly("Adams 2018", "O'Brien 2021", "Smith et al. 2020");
    }

    @Test
    void evidenceMatrixCountsStudiesByCytokineAndSpecimen() {
        assertThat(doc.select("#matrix thead th").eachText())
                .containsExactly("Cytokine", "plasma", "serum", "serum\" onmouseover=\"alert(3)", "unstated");
        assertThat(doc.select("#matrix tbody tr").get(0).select("td").eachText()).containsExactly("1", "1", "1", "0");
        assertThat(doc.select("#matrix tbody tr").get(1).select("td").eachText()).containsExactly("1", "0", "0", "1");
    }

    @Test
    void findingsTableHasEveryFindingWithItsMentionHighlightedAndALink() {
        Elements rows = doc.select("#findings-table tbody tr");
        assertThat(rows).hasSize(6);
        // cytokine order of the synthesis, then study order (first author, year)
        assertThat(rows.eachAttr("data-cytokine")).containsExactly("IL6", "IL6", "IL6", "IL10", "IL10", "TNF");
        Element smithIl6 = rows.get(2);
        assertThat(smithIl6.select("th").text()).isEqualTo("IL-6");
        assertThat(smithIl6.selectFirst("td.sentence").text()).isEqualTo("Serum IL-6 was higher in patients than in controls.");
        assertThat(smithIl6.select("td.sentence mark").eachText()).containsExactly("IL-6");
        assertThat(smithIl6.select("td.study a.ext").attr("href")).isEqualTo("https://pubmed.ncbi.nlm.nih.gov/31000001/");
        assertThat(smithIl6.select("td.study a").first().attr("href")).isEqualTo("#study-3");
        Element smithTnf = rows.get(5);
        assertThat(smithTnf.select("mark").text()).isEqualTo("TNF-alpha");
        assertThat(smithTnf.attr("data-specimen")).isEqualTo("serum");
        assertThat(rows.get(3).attr("data-specimen")).isEqualTo("plasma");
        assertThat(rows.get(4).attr("data-specimen")).isEqualTo("unstated");
        // a study without PMID links to doi.org, its DOI percent-encoded so it cannot leave the URL
        assertThat(rows.get(1).select("td.study a.ext").attr("href"))
                .isEqualTo("https://doi.org/10.1000/x%22%3E%3Cscript%3Ealert(2)%3C/script%3E");
        // filters offer every value present
        assertThat(doc.select("#filter-cytokine option").eachAttr("value")).containsExactly("", "IL6", "IL10", "TNF");
        assertThat(doc.select("#filter-specimen option").eachAttr("value"))
                .containsExactly("", "plasma", "serum", "serum\" onmouseover=\"alert(3)", "unstated");
        assertThat(doc.select("#filter-study option").eachText()).containsExactly("All studies", "Adams 2018", "O'Brien 2021", "Smith et al. 2020");
        for (Element select : doc.select("#findings-controls select, #findings-controls input")) {
            assertThat(doc.select("label[for=" + select.id() + "]")).as(select.id()).hasSize(1);
        }
    }

    @Test
    void studyCardsShowTheAbstractWithEveryExtractedMentionHighlighted() {
        Elements cards = doc.select("#studies article.card");
        assertThat(cards).hasSize(3); // the record without findings has no card
        Element smith = doc.getElementById("study-3");
        assertThat(smith.selectFirst("h3").text()).isEqualTo("Serum cytokines in fibromyalgia");
        assertThat(smith.select(".meta").text()).contains("Smith J, Lee K", "J Pain", "2020", "31000001", "10.1000/smith.2020");
        assertThat(smith.select(".abstract").eachText()).containsExactly("BACKGROUND: Cytokines may mediate pain.",
                "RESULTS: Serum IL-6 was higher in patients than in controls. IL-10 was lower in patients. TNF-alpha did not differ.");
        assertThat(smith.select(".abstract mark").eachText()).containsExactly("IL-6", "IL-10", "TNF-alpha");
        assertThat(smith.select(".chip").eachText())
                .containsExactly("▲ IL-6: increased", "▼ IL-10: decreased", "◆ TNF-α: no clear direction");
    }

    @Test
    void methodsAppendixNamesInputsPluginsOptionsDateAndProblems() {
        Element methods = doc.getElementById("methods");
        assertThat(methods.text()).contains("Evidentia 0.1.0", "2026-01-01 00:00 UTC");
        assertThat(methods.select("td.hash").eachText()).containsExactly("a".repeat(64), "b".repeat(64));
        assertThat(methods.select("#inputs-caption").first().parent().select("tbody th").eachText())
                .containsExactly("pubmed-export.nbib", "more <b>records</b>.csv");
        assertThat(methods.select("#plugins-caption").first().parent().select("tbody tr").eachText())
                .containsExactly("cytokine-extractor 0.1.0 cytokines", "html-reporter 0.1.0 html-summary");
        assertThat(methods.select("#options-caption").first().parent().select("tbody tr").text()).isEqualTo("review-table formats [\"csv\"]");
        assertThat(methods.select("#problems-caption").first().parent().select("tbody tr").text())
                .isEqualTo("skipped-record pubmed-export.nbib:120 (record 7): record has no PMID line <PMID-> and no title [medline]");
        assertThat(methods.select("li").eachText()).containsExactly("CSV exports carry no abstracts");
        assertThat(methods.select("#counts-caption").first().parent().select("tbody tr").eachText())
                .containsExactly("Records read 7", "Duplicates merged 2", "Records skipped 1", "Records kept 4",
                        "Records with findings 3", "Findings 6");
    }

    @Test
    void titleOptionNamesTheReport() throws IOException {
        Document titled = Jsoup.parse(write(evidence, out.resolve("titled"), Map.of("title", "IL-6 & <friends>")));
        assertThat(titled.title()).isEqualTo("IL-6 & <friends>");
        assertThat(titled.selectFirst("h1").text()).isEqualTo("IL-6 & <friends>");
    }

    @Test
    void sameEvidenceGivesByteIdenticalReports(@TempDir Path second) throws IOException {
        String again = write(Fixtures.evidence(), second, Map.of());
        assertThat(again).isEqualTo(html);
        assertThat(Files.readAllBytes(second.resolve("report.html"))).isEqualTo(Files.readAllBytes(out.resolve("report.html")));
    }

    @Test
    void anEmptyRunStillGivesAValidPage(@TempDir Path empty) throws IOException {
        Document page = Jsoup.parse(write(org.evidentia.testkit.TestEvidence.of(List.of(), List.of()), empty, Map.of()));
        assertThat(page.select("#synthesis tbody td").text()).isEqualTo("No findings.");
        assertThat(page.select("#findings-table tbody tr")).isEmpty();
        assertThat(page.select("#studies article")).isEmpty();
    }
}
