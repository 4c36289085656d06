package org.evidentia.plugins.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Votes a reader should not take at face value, which the page says where the reader looks (READREV): votes of a stratum
 * that come from work in vitro (H3), and a ◆ that rests on one sentence read both ways (M5).
 */
class VotesToReadWithCareTest {

    @TempDir
    Path out;

    /**
     * The fixture's kind with two more specimens: one whose meaning says it is work in vitro, one whose meaning does not
     * (stimulated outside the body, but not said to be in vitro: the kind decides, not the reporter).
     */
    static final FindingKind WITH_CELLS = new FindingKind(Fixtures.CYTOKINES.name(), "Cytokine", "Cytokines", List.of(
            Fixtures.CYTOKINES.attributes().get(0), Fixtures.CYTOKINES.attributes().get(1), Fixtures.CYTOKINES.attributes().get(2),
            new Attribute("specimen", "Specimen", List.of("serum", "pbmc", "cells"), Role.BREAKDOWN,
                    Map.of("pbmc", new ValueMeaning("white cells from blood, often stimulated outside the body"),
                            "cells", new ValueMeaning("cultured or isolated cells, and other work In Vitro"))),
            Fixtures.CYTOKINES.attributes().get(4)), Map.of());

    private static BibliographicRecord record(int i, String text) {
        return BibliographicRecord.builder().pmid(String.valueOf(39700000 + i)).title("Study " + i).author("Author" + (char) ('A' + i) + " J")
                .year(2000 + i).publicationType("Journal Article").section("RESULTS", text).build();
    }

    private Document page(TestRun run, String name) throws IOException {
        return Jsoup.parse(HtmlSummaryReporterTest.write(run, out.resolve(name), Map.of()));
    }

    /**
     * H3: a stratum of people also counts cells taken from them and cultured (the population says whose cells, not where
     * they were measured). A stratum and its key result say how many of their votes come from work in vitro, by the kind's
     * own meanings of its values; a stratum without such votes, and a kind without such a value, say nothing.
     */
    @Test
    void aStratumSaysHowManyOfItsVotesComeFromWorkInVitro() throws IOException {
        TestRun.Builder builder = TestRun.builder(WITH_CELLS);
        String[][] specimens = {{"serum"}, {"serum"}, {"pbmc"}, {"cells"}, {"cells"}, {"cells", "serum"}};
        for (int i = 0; i < specimens.length; i++) {
            BibliographicRecord r = record(i, "IL-6 was higher in patients than in controls. Serum IL6 was higher too.");
            builder.record(r).finding(TestRun.finding(r, WITH_CELLS, "IL6", "IL-6", "IL-6", Direction.INCREASED,
                    Fixtures.attributes("condition", "human", null, specimens[i][0], null)));
            if (specimens[i].length > 1) {
                builder.finding(TestRun.finding(r, WITH_CELLS, "IL6", "IL-6", "IL6", Direction.INCREASED,
                        Fixtures.attributes("condition", "human", null, specimens[i][1], null)));
            }
        }
        BibliographicRecord trial = record(9, "IL-6 fell after treatment.");
        builder.record(trial).finding(TestRun.finding(trial, WITH_CELLS, "IL6", "IL-6", "IL-6", Direction.DECREASED,
                Fixtures.attributes("intervention", "human", null, "serum", null)));
        Document doc = page(builder.build(), "cells");

        String said = "In vitro: 2 of the stratum's 6 votes (in all its rows) come from cells (in vitro) alone, and 1 more in part. The stratum counts them alike"
                + " with findings in the living: its values say whose material was measured, not whether it was measured in vitro, so read"
                + " the specimen beside each count. 1 more of its votes comes from pbmc alone, often stimulated outside the body,"
                + " which the count above does not take for in vitro."; // the review of session 30, H1: that one was left unsaid
        assertThat(doc.getElementById("kind-cytokine-change-stratum-1-in-vitro").text()).isEqualTo(said);
        assertThat(doc.select("#kind-cytokine-change-key p.caveat.in-vitro").text()).isEqualTo(said);
        assertThat(doc.getElementById("kind-cytokine-change-stratum-2-in-vitro")).as("no vote there from cells").isNull();
        // synthesis numbers unchanged: six studies, six votes up
        assertThat(doc.selectFirst("#kind-cytokine-change-stratum-1 table.synthesis tbody td.votes .visually-hidden").text())
                .isEqualTo(": 6 increased, 0 decreased, 0 no clear direction");

        // only votes in part: said so
        TestRun partly = TestRun.builder(WITH_CELLS).record(record(0, "IL-6 was higher in patients. Serum IL6 was higher too."))
                .finding(TestRun.finding(record(0, "IL-6 was higher in patients. Serum IL6 was higher too."), WITH_CELLS, "IL6", "IL-6", "IL-6",
                        Direction.INCREASED, Fixtures.attributes("condition", "human", null, "cells", null)))
                .finding(TestRun.finding(record(0, "IL-6 was higher in patients. Serum IL6 was higher too."), WITH_CELLS, "IL6", "IL-6", "IL6",
                        Direction.INCREASED, Fixtures.attributes("condition", "human", null, "serum", null)))
                .build();
        assertThat(page(partly, "partly").getElementById("kind-cytokine-change-stratum-1-in-vitro").text())
                .startsWith("In vitro: its one vote comes in part from cells (in vitro). The stratum counts it alike");

        // a kind that declares no value as in vitro: nothing said
        assertThat(page(Fixtures.run(), "fixture").select("p.in-vitro")).isEmpty();
    }

    /**
     * The review of session 24, H3: a cell-line stratum counted as in vitro only the votes whose findings named cells as
     * their specimen (4 of 6), and said it counted them alike with findings in the living, of which it holds none. A
     * stratum whose own value the kind declares work in vitro says that every vote is.
     */
    @Test
    void aStratumWhoseOwnValueIsWorkInVitroSaysEveryVoteIs() throws IOException {
        FindingKind cellLines = new FindingKind(WITH_CELLS.name(), "Cytokine", "Cytokines", List.of(
                WITH_CELLS.attributes().get(0),
                new Attribute("population", "Population", List.of("human", "animal", "cell-line"), Role.STRATUM,
                        Map.of("cell-line", new ValueMeaning("cell lines", "measured in cultured cell lines (in vitro)"))),
                WITH_CELLS.attributes().get(2), WITH_CELLS.attributes().get(3), WITH_CELLS.attributes().get(4)), Map.of());
        TestRun.Builder builder = TestRun.builder(cellLines);
        String[] specimens = {"cells", null, "serum"};
        for (int i = 0; i < specimens.length; i++) {
            BibliographicRecord r = record(i, "In HT-29 cells IL-6 was higher after exposure.");
            builder.record(r).finding(TestRun.finding(r, cellLines, "IL6", "IL-6", "IL-6", Direction.INCREASED,
                    Fixtures.attributes("exposure", "cell-line", null, specimens[i], null)));
        }

        Document doc = page(builder.build(), "cell-lines");

        assertThat(doc.select("p.caveat.in-vitro").eachText()).isNotEmpty()
                .allSatisfy(text -> assertThat(text).isEqualTo("In vitro: all 3 of its votes come from cell lines (in vitro)."));
    }

    /**
     * M5: "an increase in IL-6, IL-8 and IL-1β; TNF-α decreased" gave each of the four both directions, so each voted ◆
     * ("conflicting findings") from a sentence that states no conflict. Such a ◆ is marked in its plot cell and chip, and
     * the key results list it to check first; a ◆ from two sentences, a study's own conflict, is not.
     */
    @Test
    void aDiamondFromOneSentenceReadBothWaysIsMarkedAsAPossibleMisreading() throws IOException {
        TestRun.Builder builder = TestRun.builder(Fixtures.CYTOKINES);
        BibliographicRecord oneSentence = record(0, "IL-6 rose and then IL-6 fell in patients.");
        builder.record(oneSentence)
                .finding(TestRun.finding(oneSentence, Fixtures.CYTOKINES, "IL6", "IL-6", "IL-6 rose", Direction.INCREASED,
                        Fixtures.attributes("condition", "human", null, "serum", null)))
                .finding(TestRun.finding(oneSentence, Fixtures.CYTOKINES, "IL6", "IL-6", "IL-6 fell", Direction.DECREASED,
                        Fixtures.attributes("condition", "human", null, "serum", null)));
        BibliographicRecord twoSentences = record(1, "IL-6 rose in patients. Later IL6 fell in patients.");
        builder.record(twoSentences)
                .finding(TestRun.finding(twoSentences, Fixtures.CYTOKINES, "IL6", "IL-6", "IL-6", Direction.INCREASED,
                        Fixtures.attributes("condition", "human", null, "serum", null)))
                .finding(TestRun.finding(twoSentences, Fixtures.CYTOKINES, "IL6", "IL-6", "IL6", Direction.DECREASED,
                        Fixtures.attributes("condition", "human", null, "serum", null)));
        for (int i = 2; i < 5; i++) {
            BibliographicRecord r = record(i, "IL-6 was higher in patients.");
            builder.record(r).finding(TestRun.finding(r, Fixtures.CYTOKINES, "IL6", "IL-6", "IL-6", Direction.INCREASED,
                    Fixtures.attributes("condition", "human", null, "serum", null)));
        }
        Document doc = page(builder.build(), "diamonds");

        Element check = doc.selectFirst("#kind-cytokine-change-key tr.minority-row details.minority.one-sentence");
        assertThat(check.selectFirst("summary").text()).isEqualTo("Check first: the ◆ 1 vote on IL-6 from one sentence read both as"
                + " increased and as decreased, possibly a misreading");
        assertThat(check.select("li .sentence").eachText()).containsExactly("RESULTS: IL-6 rose▲ (read as increased) and then IL-6 fell"
                + "▼ (read as decreased) in patients.");
        // the review of session 24, H10: both readings are marked, each with its direction, not only the first finding's mention
        assertThat(check.select("li .sentence mark").eachText()).containsExactly("IL-6 rose", "IL-6 fell");
        assertThat(check.select("li .sentence .read-as").eachAttr("title")).containsExactly("read as increased", "read as decreased");
        assertThat(check.select("li .minority-study a").first().attr("href")).isEqualTo("#study-39700000");

        Element plot = doc.selectFirst("#kind-cytokine-change-stratum-1 table.edp");
        assertThat(plot.select("td.unclear").eachAttr("title")).containsExactly(
                "IL-6, AuthorA 2000: no clear direction" + KindSectionBuilder.ONE_SENTENCE,
                "IL-6, AuthorB 2001: no clear direction");
        assertThat(doc.select("#study-39700000 .chip.unclear .visually-hidden").text()).contains("possibly a misreading");
        assertThat(doc.select("#study-39700001 .chip.unclear .visually-hidden").text()).doesNotContain("misreading");
        // the definition of ◆ says so
        assertThat(doc.selectFirst("#key-results > p.key-legend").text()).contains("A ◆ from one sentence read both ways may be a"
                + " misreading, not a study at odds with itself: it is listed to check first. A ▲ or ▼ stands though the same study also"
                + " found no change in the subject (in another group or measure): the synthesis table's Unchanged column counts the"
                + " studies that did."); // report reader s9, M5: a ▲ hid the same study's no-change findings
        assertThat(doc.getElementById("kind-cytokine-change-method").text()).contains("a ◆ whose increase and decrease come from one"
                + " sentence read both ways may be a misreading");
    }
}
