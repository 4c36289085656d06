package org.evidentia.plugins.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Direction;
import org.evidentia.api.FindingKind;
import org.evidentia.api.FindingKind.Attribute;
import org.evidentia.api.FindingKind.Attribute.Role;
import org.evidentia.api.FindingKind.Attribute.ValueMeaning;
import org.evidentia.testkit.TestRun;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 20, M2 and L6: a reader learns what the values mean from the report itself. The words come
 * from the kind's declaration ({@link Attribute#meanings()}), so a kind of any domain explains its
 * own values, and the reporter explains none of its own.
 */
class ValueMeaningsTest {

    /** A kind of another domain: plots (a stratum, one value relabelled) and soils (a breakdown, one value relabelled, one left undescribed). */
    private static final FindingKind NUTRIENTS = new FindingKind("nutrient-change", "Nutrient", "Nutrients",
            List.of(new Attribute("plot", "Plot", List.of("irrigated", "dry"), Role.STRATUM,
                            Map.of("irrigated", new ValueMeaning("watered plots", "plots watered every day of the season"),
                                    "dry", new ValueMeaning("plots given rain alone"))),
                    new Attribute("soil", "Soil", List.of("clay", "loam", "sand"), Role.BREAKDOWN,
                            Map.of("sand", new ValueMeaning("coarse grains that drain fast"),
                                    "clay", new ValueMeaning("heavy soil", "fine particles that hold water")))),
            Map.of());

    private static final BibliographicRecord FIELD = BibliographicRecord.builder().pmid("61000001").title("Nutrients in watered fields")
            .author("Mwangi A").author("Lind P").year(2021).publicationType("Journal Article")
            .section(null, "Nitrate rose in irrigated clay plots. Phosphate fell in sandy plots.")
            .build();

    private static Document page(Path out, FindingKind... kinds) throws IOException {
        TestRun.Builder run = TestRun.builder(kinds).record(FIELD);
        run.finding(TestRun.finding(FIELD, NUTRIENTS, "NITRATE", "Nitrate", "Nitrate", Direction.INCREASED,
                Map.of("plot", "irrigated", "soil", "clay")));
        run.finding(TestRun.finding(FIELD, NUTRIENTS, "PHOSPHATE", "Phosphate", "Phosphate", Direction.DECREASED,
                Map.of("plot", "irrigated", "soil", "sand")));
        return Jsoup.parse(HtmlSummaryReporterTest.write(run.build(), out, Map.of()));
    }

    @Test
    void aKindsOwnMeaningsMakeTheGlossaryAndItsReaderLabelsNameItsValues(@TempDir Path out) throws IOException {
        Document doc = page(out, NUTRIENTS);

        assertThat(doc.selectFirst("#key-glossary summary").text())
                .isEqualTo("What the words mean (plot, soil, not stated, stratum, vote, breakdown, pooled contrasts)");
        assertThat(doc.select("#key-glossary dt").eachText())
                .containsExactly("Plot", "Soil", "not stated", "stratum", "vote", "breakdown", "pooled contrasts");
        assertThat(doc.select("#key-glossary dd").eachText()).as("described values in declared order; loam is not described")
                .hasSize(9).startsWith("watered plots: plots watered every day of the season", "dry: plots given rain alone",
                        "heavy soil: fine particles that hold water", "sand: coarse grains that drain fast",
                        "no value was read from the finding's sentence (nor, for some attributes, its record): the text does not say it, or"
                                + " says it in words the extractor does not recognise; not a value of its own, and not \"none\"");
        assertThat(doc.selectFirst("#methods-glossary").nextElementSibling().outerHtml())
                .as("the methods appendix has the same glossary").isEqualTo(doc.selectFirst("#key-glossary dl").outerHtml());

        String kind = "#kind-nutrient-change";
        assertThat(doc.select(kind + " .stratum-head h3").stream().map(org.jsoup.nodes.Element::ownText)).containsExactly("watered plots");
        assertThat(doc.select(kind + " dl.stratum-values div").eachText()).containsExactly("Plot watered plots (irrigated)",
                "In the CSV tables Stratum irrigated");
        assertThat(doc.select(".vote-heading").eachText()).containsExactly("Nutrients · watered plots");
        assertThat(doc.select(kind + " table.matrix thead th").eachText()).containsExactly("Nutrient", "heavy soil", "sand");
        assertThat(doc.select(kind + " table.findings tbody tr").eachText()).containsExactly(
                "Nitrate ▲ increased watered plots heavy soil Mwangi et al. 2021 PMID 61000001 Abstract: Nitrate rose in irrigated clay plots.",
                "Phosphate ▼ decreased watered plots sand Mwangi et al. 2021 PMID 61000001 Abstract: Phosphate fell in sandy plots.");
        assertThat(doc.select(kind + " select[data-filter=a1] option").eachText()).containsExactly("All", "heavy soil", "sand");
        // the keys stay in the page's data, as in the output files
        assertThat(doc.select(kind + " select[data-filter=a1] option").eachAttr("value")).containsExactly("", "clay", "sand");
        assertThat(doc.select(kind + " table.findings tbody tr").eachAttr("data-a1")).containsExactlyInAnyOrder("clay", "sand");
        assertThat(doc.select(kind + " [data-stratum]").eachAttr("data-stratum")).containsOnly("irrigated");

        String text = doc.text().toLowerCase(Locale.ROOT);
        assertThat(text).as("nothing of the bundled kinds' words").doesNotContain("cases vs controls", "specimen", "serum", "cytokine");
    }

    @Test
    void aKindThatDescribesNothingIsShownAsItIsWithNoGlossary(@TempDir Path out) throws IOException {
        FindingKind plain = new FindingKind("nutrient-change", "Nutrient", "Nutrients", NUTRIENTS.attributes().stream()
                .map(a -> new Attribute(a.name(), a.label(), a.values(), a.role())).toList(), Map.of());

        Document doc = page(out, plain);

        assertThat(doc.select("#key-glossary, #methods-glossary")).isEmpty();
        assertThat(doc.select("#kind-nutrient-change .stratum-head h3").stream().map(org.jsoup.nodes.Element::ownText)).containsExactly("irrigated");
        assertThat(doc.select("#kind-nutrient-change table.matrix thead th").eachText()).containsExactly("Nutrient", "clay", "sand");
    }

    /** Kinds that describe one attribute name alike share an entry; described otherwise, each has its own, named with its subjects. */
    @Test
    void kindsThatDescribeOneAttributeDifferentlyEachHaveTheirEntry(@TempDir Path out) throws IOException {
        Attribute soil = NUTRIENTS.attribute("soil").orElseThrow();
        FindingKind alike = new FindingKind("root-change", "Root", "Roots", List.of(soil), Map.of());
        FindingKind other = new FindingKind("worm-change", "Worm", "Worms", List.of(new Attribute("soil", "Ground", List.of("clay", "peat"),
                Role.BREAKDOWN, Map.of("clay", new ValueMeaning("a sticky subsoil")))), Map.of());

        assertThat(page(out.resolve("alike"), NUTRIENTS, alike).select("#key-glossary dt").eachText())
                .containsExactly("Plot", "Soil", "not stated", "stratum", "vote", "breakdown", "pooled contrasts");
        Document doc = page(out.resolve("other"), NUTRIENTS, alike, other);
        assertThat(doc.select("#key-glossary dt").eachText())
                .containsExactly("Plot", "Soil (Nutrients, Roots)", "Ground (Worms)", "not stated", "stratum", "vote", "breakdown",
                        "pooled contrasts");
        assertThat(doc.select("#key-glossary dd").eachText()).contains("clay: a sticky subsoil", "heavy soil: fine particles that hold water");
    }
}
