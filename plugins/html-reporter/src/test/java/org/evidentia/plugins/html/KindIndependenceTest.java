package org.evidentia.plugins.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Direction;
import org.evidentia.api.Finding;
import org.evidentia.api.FindingKind;
import org.evidentia.api.RunSummary;
import org.evidentia.testkit.TestRun;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report is domain-neutral: everything it says of a kind comes from the kind's declaration. */
class KindIndependenceTest {

    private static final BibliographicRecord PLANT = BibliographicRecord.builder().pmid("41000001").title("Widgets in the north")
            .author("Okafor N").author("Berg T").year(2022).publicationType("Journal Article")
            .section(null, "Red sprockets rose in the north. Blue gears fell.")
            .build();

    private static List<Finding> widgets(BibliographicRecord record, String first, String second) {
        return List.of(
                TestRun.finding(record, Fixtures.WIDGETS, "SPROCKET", "Sprocket", first, Direction.INCREASED,
                        Map.of("site", "north", "colour", "red")),
                TestRun.finding(record, Fixtures.WIDGETS, "GEAR", "Gear", second, Direction.DECREASED,
                        Map.of("site", "north", "colour", "blue")));
    }

    /**
     * Review 10, finding 7: the note that a stratum also holds contrasts between subgroups of one
     * condition was given to every stratum whose comparison is the kind's first value; it holds for
     * {@code condition} (cases against controls) only, whatever a kind declares first.
     */
    @Test
    void onlyAConditionStratumIsSaidToHoldSubgroupContrasts(@TempDir Path out) throws IOException {
        FindingKind doses = new FindingKind("dose-change", "Marker", "Markers",
                List.of(new FindingKind.Attribute("comparison", "Comparison", List.of("dose", "condition"), FindingKind.Attribute.Role.STRATUM)),
                Map.of());
        TestRun run = TestRun.builder(doses).record(PLANT)
                .finding(TestRun.finding(PLANT, doses, "SPROCKET", "Sprocket", "sprockets", Direction.INCREASED, Map.of("comparison", "dose")))
                .build();
        Document doc = Jsoup.parse(HtmlSummaryReporterTest.write(run, out, Map.of()));
        assertThat(doc.select("#kind-dose-change .stratum-head h3").stream().map(org.jsoup.nodes.Element::ownText)).containsExactly("dose");
        assertThat(doc.select("#kind-dose-change .caveat")).as("no note: nothing pooled, no subgroups").isEmpty();
    }

    @Test
    void aKindOfAnotherDomainIsLaidOutFromItsVocabularyAlone(@TempDir Path out) throws IOException {
        TestRun run = TestRun.builder(Fixtures.WIDGETS).record(PLANT).findings(widgets(PLANT, "sprockets", "gears")).build();
        String html = HtmlSummaryReporterTest.write(run, out, Map.of());
        Document doc = Jsoup.parse(html);
        assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("cytokine", "specimen");
        assertThat(doc.select("nav a").eachText()).containsExactly("Key results", "Records", "Widgets", "Widget findings", "Studies", "Reviews", "Methods");
        assertThat(doc.selectFirst("#kind-widget-change h2").text()).isEqualTo("Widgets");
        assertThat(doc.selectFirst("#kind-widget-change p.summary").text())
                .isEqualTo("2 findings on 2 widgets in 1 study; 1 stratum with votes.");
        assertThat(doc.select("#kind-widget-change .stratum-head h3").stream().map(org.jsoup.nodes.Element::ownText)).containsExactly("north");
        assertThat(doc.select("#kind-widget-change table.synthesis thead th").eachText()).containsExactly("Widget", "Studies", "Findings",
                "Increased", "Decreased", "Unchanged", "Votes ▲ ▼ ◆", "Sign test p ⚠ note", "Colour (studies, votes ▲ ▼ ◆)");
        assertThat(doc.select("#kind-widget-change table.matrix thead th").eachText()).containsExactly("Widget", "red", "blue");
        assertThat(doc.select("#kind-widget-change table.findings thead th").eachText())
                .containsExactly("Widget", "Direction", "Site", "Colour", "Study", "Evidence");
        assertThat(doc.select("#kind-widget-change select").eachAttr("data-filter"))
                .containsExactly("subject", "direction", "a0", "a1", "design", "votes", "study");
        assertThat(doc.select("#kind-widget-change select[data-filter=subject] option").first().text()).isEqualTo("All widgets");
        assertThat(doc.select("#kind-widget-change .edp thead th.edp-subject").eachText()).containsExactly("Gear", "Sprocket");
        assertThat(doc.select(".vote-heading").eachText()).containsExactly("Widgets · north");
    }

    @Test
    void aSecondKindNeverChangesTheFirstKindsSection(@TempDir Path alone, @TempDir Path both) throws IOException {
        String first = HtmlSummaryReporterTest.write(Fixtures.run(), alone, Map.of());

        // the second extractor finds widgets in one of the same records and in a record of its own
        TestRun run = TestRun.builder(Fixtures.CYTOKINES, Fixtures.WIDGETS).retractedVotes(true) // as Fixtures.run()
                .records(Stream.concat(Fixtures.records().stream(), Stream.of(PLANT)).toList())
                .findings(Stream.concat(Fixtures.findings().stream(), Stream.concat(widgets(PLANT, "sprockets", "gears").stream(),
                        Stream.of(TestRun.finding(Fixtures.SMITH, Fixtures.WIDGETS, "GEAR", "Gear", "pain", Direction.UNCHANGED,
                                Map.of("site", "south", "colour", "red"))))).toList())
                .build();
        String second = HtmlSummaryReporterTest.write(run, both, Map.of());

        Document one = Jsoup.parse(first);
        Document two = Jsoup.parse(second);
        assertThat(one.selectFirst("p.lede").text()).as("one kind: its total alone").startsWith("8 findings in ");
        assertThat(two.selectFirst("p.lede").text()).as("the total is not read as one kind's")
                .startsWith("11 findings (8 on cytokines, 3 on widgets) in ");
        assertThat(two.select("main > section[id]").eachAttr("id"))
                .containsExactly("key-results", "read-first", "flow", "kind-cytokine-change", "kind-widget-change", "studies", "reviews", "methods");
        assertThat(two.selectFirst("#kind-cytokine-change").outerHtml()).isEqualTo(one.selectFirst("#kind-cytokine-change").outerHtml());
        assertThat(two.select("#kind-widget-change details.stratum")).hasSize(2);
        assertThat(two.getElementById("study-31000001").select(".vote-heading").eachText())
                .containsExactly("Cytokines · cases vs controls · human", "Widgets · south");
    }

    /**
     * Kinds are laid out by their studies, most first, not in extractor order: a biomarker
     * extractor, listed first by its name, put the cortisol found in 26 studies of an IL-6 search
     * before the cytokines found in 270.
     */
    @Test
    void theKindFoundInMoreStudiesComesFirstWhateverTheExtractorOrder(@TempDir Path out) throws IOException {
        // the widget extractor comes first and finds widgets in one record; cytokines are in five
        TestRun run = TestRun.builder(Fixtures.WIDGETS, Fixtures.CYTOKINES)
                .records(Stream.concat(Fixtures.records().stream(), Stream.of(PLANT)).toList())
                .findings(Stream.concat(widgets(PLANT, "sprockets", "gears").stream(), Fixtures.findings().stream()).toList())
                .build();
        Document doc = Jsoup.parse(HtmlSummaryReporterTest.write(run, out, Map.of()));

        assertThat(doc.select("main > section[id]").eachAttr("id"))
                .containsExactly("key-results", "read-first", "flow", "kind-cytokine-change", "kind-widget-change", "studies", "reviews", "methods");
        assertThat(doc.select("#key-results .key-kind").eachAttr("id"))
                .containsExactly("kind-cytokine-change-key", "kind-widget-change-key");
        assertThat(doc.select("nav a").eachText())
                .containsExactly("Key results", "Records", "Cytokines", "Cytokine findings", "Widgets", "Widget findings", "Studies", "Reviews", "Methods");
        assertThat(doc.selectFirst("p.lede").text()).startsWith("10 findings (8 on cytokines, 2 on widgets) in ");
        // tables and figures are numbered in the sections' order
        assertThat(doc.selectFirst("#kind-cytokine-change table.synthesis caption").text()).startsWith("Table 1. ");

        // with as many studies of each, the extractors' order holds
        TestRun tie = TestRun.builder(Fixtures.WIDGETS, Fixtures.CYTOKINES).records(List.of(Fixtures.ADAMS, PLANT))
                .findings(Stream.concat(Stream.of(Fixtures.cytokine(Fixtures.ADAMS, "IL6", "IL-6", "IL-6", Direction.INCREASED,
                        Fixtures.attributes("intervention", "human", null, "plasma", null))), widgets(PLANT, "sprockets", "gears").stream())
                        .toList())
                .build();
        Document tied = Jsoup.parse(HtmlSummaryReporterTest.write(tie, out.resolve("tie"), Map.of()));
        assertThat(tied.select("main > section.kind").eachAttr("id")).containsExactly("kind-widget-change", "kind-cytokine-change");
    }

    @Test
    void aKindWithoutFindingsIsOneLineAfterTheKindsWithFindingsAndChangesNoOtherSection(@TempDir Path alone, @TempDir Path both) throws IOException {
        String first = HtmlSummaryReporterTest.write(Fixtures.run(), alone, Map.of());
        // the widget extractor comes first and finds nothing
        TestRun run = TestRun.builder(Fixtures.WIDGETS, Fixtures.CYTOKINES).records(Fixtures.records()).findings(Fixtures.findings())
                .retractedVotes(true).build(); // as Fixtures.run()
        Document two = Jsoup.parse(HtmlSummaryReporterTest.write(run, both, Map.of()));

        assertThat(two.select("main > section[id]").eachAttr("id"))
                .containsExactly("key-results", "read-first", "flow", "kind-cytokine-change", "studies", "reviews", "methods");
        assertThat(two.select("main > p.kind-none").eachText()).containsExactly("Widgets: no findings.");
        // not between the title and the results: after the kinds with findings
        assertThat(two.getElementById("kind-widget-change").previousElementSibling().id()).isEqualTo("kind-cytokine-change");
        assertThat(two.getElementById("kind-widget-change").nextElementSibling().id()).isEqualTo("studies");
        assertThat(two.select("#key-results .key-kind").eachAttr("id")).containsExactly("kind-cytokine-change-key");
        assertThat(two.getElementById("kind-widget-change").select("table, details, form")).isEmpty();
        assertThat(two.select("caption, figcaption").eachText()).noneMatch(t -> t.contains("Widget"));
        assertThat(two.select("nav a").eachText()).containsExactly("Key results", "Records", "Cytokines", "Cytokine findings", "Studies", "Reviews", "Methods");
        // no table or figure was numbered for it
        assertThat(two.selectFirst("#kind-cytokine-change").outerHtml())
                .isEqualTo(Jsoup.parse(first).selectFirst("#kind-cytokine-change").outerHtml());
    }

    /**
     * Review 6, plugin developer's finding 8: every finding of an extractor whose mention offsets
     * were wrong was dropped, and its kind's line said "no findings", as if the records mentioned none.
     */
    @Test
    void aKindWhoseFindingsWereDroppedAsBreachesSaysHowManyAndWhereEachIsListed(@TempDir Path clean, @TempDir Path dropped)
            throws IOException {
        TestRun.Builder builder = TestRun.builder(Fixtures.WIDGETS, Fixtures.CYTOKINES).records(Fixtures.records()).findings(Fixtures.findings());
        RunSummary base = builder.build().summary();
        RunSummary withDrops = new RunSummary(base.evidentiaVersion(), base.runDate(), base.inputs(), base.plugins(), base.options(),
                base.counts(), base.problems(), base.notices(), base.duplicates(), base.focus(),
                Map.of("widget-change", 245L, "cytokine-change", 1L));
        Document page = Jsoup.parse(HtmlSummaryReporterTest.write(builder.summary(withDrops).build(), dropped, Map.of()));

        Element widgets = page.getElementById("kind-widget-change");
        assertThat(widgets.text()).isEqualTo("Widgets: no findings kept. 245 findings of this kind were dropped as breaches of the"
                + " extractor contract and are counted nowhere in this report (Problems lists each with why, as run.json's problems do).");
        assertThat(widgets.select("a").eachAttr("href")).containsExactly("#methods-problems");
        assertThat(page.select("#kind-cytokine-change > p.note.dropped").eachText()).containsExactly("1 finding of this kind was dropped"
                + " as a breach of the extractor contract and is counted nowhere in this report (Problems lists each with why, as"
                + " run.json's problems do).");
        // a run that dropped nothing says nothing of it
        Document sound = Jsoup.parse(HtmlSummaryReporterTest.write(TestRun.builder(Fixtures.WIDGETS, Fixtures.CYTOKINES)
                .records(Fixtures.records()).findings(Fixtures.findings()).build(), clean, Map.of()));
        assertThat(sound.getElementById("kind-widget-change").outerHtml())
                .isEqualTo("<p class=\"kind-none\" id=\"kind-widget-change\">Widgets: no findings.</p>");
        assertThat(sound.select("p.dropped")).isEmpty();
    }

    @Test
    void theReportersOwnSourcesNameNoDomain() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src", "main"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
                assertThat(text).as(file.toString()).doesNotContain("cytokine", "specimen", "interleukin", "il-6");
            }
        }
    }
}
