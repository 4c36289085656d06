package org.evidentia.plugins.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Direction;
import org.evidentia.api.Finding;
import org.evidentia.api.FindingKind;
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

    /** Review s9, L12: a run that found nothing said "0 findings in 0 studies casting votes", as if it filtered studies. */
    @Test
    void theHeaderOfARunWithoutFindingsCountsTheRecordsReadAlone() throws IOException {
        TestRun none = TestRun.builder(Fixtures.CYTOKINES).record(Fixtures.SMITH).build();
        Document page = page(none, out.resolve("none"));
        assertThat(page.selectFirst("p.lede").text()).isEqualTo("0 findings, from 1 record read in records.nbib.");
        // the review of session 24, H4: "check each finding's evidence sentence" on a page of none, and no recall told
        assertThat(page.select("#read-first li").eachText()).first().asString().startsWith("No finding was extracted from the records"
                + " read.").contains("no finding is not evidence that the records report no change");
        assertThat(page.select("#read-first li").eachText()).anySatisfy(item -> assertThat(item).startsWith("How accurately cytokine"
                + " findings are extracted"));
        assertThat(page.getElementById("methods-extraction").text()).endsWith("is stated under Read this first.");
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

    /** READREV, L11: a stratum whose studies state no condition said "0 values of condition pooled; 1 of its 1 study states none". */
    @Test
    void aLeadStratumWhoseStudiesStateNoConditionSaysSoPlainly() throws IOException {
        TestRun three = Fixtures.il6Studies(39100000, 3, i -> Fixtures.attributes("condition", "human", null, "serum", null)).build();
        TestRun one = Fixtures.il6Studies(39200000, 1, i -> Fixtures.attributes("condition", "human", null, "serum", null)).build();
        assertThat(page(three, out.resolve("three")).getElementById("kind-cytokine-change-key").selectFirst("h3").text())
                .isEqualTo("Cytokines · cases vs controls · human main stratum, 3 studies; no condition was recognised in any of its 3 studies");
        assertThat(page(one, out.resolve("one")).getElementById("kind-cytokine-change-key").selectFirst("h3").text())
                .isEqualTo("Cytokines · cases vs controls · human main stratum, 1 study; no condition was recognised in its study");
    }

    @Test
    void keyResultsComeFirstWithTheLeadStratumsBestStudiedSubjectsLinkedToTheirRows() throws IOException {
        Document doc = page(withMoreIl10(), out);
        assertThat(doc.select("main > section[id]").first().id()).isEqualTo("key-results");
        assertThat(doc.select("nav a").first().text()).isEqualTo("Key results");
        Element box = doc.getElementById("kind-cytokine-change-key");
        assertThat(box.selectFirst("h3").text()).isEqualTo("Cytokines · cases vs controls · human main stratum, 4 studies; 2 values of condition pooled");
        assertThat(box.select("thead th").eachText())
                .containsExactly("Cytokine", "Studies", "Votes ▲ ▼ ◆", "Sign test p ⚠ note", "Specimen (studies, votes ▲ ▼ ◆)",
                        "Condition (studies, votes ▲ ▼ ◆)"); // the mark leads to the caveat below the table, as the stratum's does
        // most studies first (TNF-α 3, IL-6 2, IL-10 2), ties by label as the synthesis orders them
        Elements rows = box.select("tbody tr.key-row");
        assertThat(rows.eachText()).containsExactly(
                // too few votes for a sign test: no p (review 20, L7); each subject's main conditions with their votes (H1)
                // and of the ◆ votes, those of studies that found no change only (an explorer's B, s18: null results read as unclear)
                "TNF-α 3 ▲ 2 ▼ 0 ◆ 1 (1 no change): 2 increased, 0 decreased, 1 no clear direction, 1 of them no change only – too few votes for a test (p = 0.50) serum (2) ▲1 ▼0 ◆1: 1 increased, 0 decreased, 1 no clear direction, plasma (1) ▲1 ▼0 ◆0: 1 increased, 0 decreased, 0 no clear direction fibromyalgia (2) ▲1 ▼0 ◆1: 1 increased, 0 decreased, 1 no clear direction, colitis (1) ▲1 ▼0 ◆0: 1 increased, 0 decreased, 0 no clear direction",
                "IL-6 2 ▲ 2 ▼ 0 ◆ 0: 2 increased, 0 decreased, 0 no clear direction – too few votes for a test (p = 0.50) serum (1) ▲1 ▼0 ◆0: 1 increased, 0 decreased, 0 no clear direction, serum\" onmouseover=\"alert(3) (1) ▲1 ▼0 ◆0: 1 increased, 0 decreased, 0 no clear direction fibromyalgia (2) ▲2 ▼0 ◆0: 2 increased, 0 decreased, 0 no clear direction",
                "IL-10 2 ▲ 1 ▼ 1 ◆ 0: 1 increased, 1 decreased, 0 no clear direction – too few votes for a test (p = 1.0) serum (1) ▲1 ▼0 ◆0: 1 increased, 0 decreased, 0 no clear direction, not stated (1) ▲0 ▼1 ◆0: 0 increased, 1 decreased, 0 no clear direction fibromyalgia (2) ▲1 ▼1 ◆0: 1 increased, 1 decreased, 0 no clear direction");
        // each subject links to its own row of the lead stratum's synthesis table, which lists the subjects in the same order
        Element lead = doc.getElementById("kind-cytokine-change-stratum-1");
        for (Element a : rows.select("th a")) {
            Element row = doc.getElementById(a.attr("href").substring(1));
            assertThat(row).as(a.text()).isNotNull();
            assertThat(row.parents()).contains(lead);
            assertThat(row.selectFirst("th").text()).startsWith(a.text() + " ");
        }
        assertThat(lead.select("table.synthesis tbody th").eachText()).containsExactly("TNF-α TNF", "IL-6 IL6", "IL-10 IL10");
        assertThat(box.select(".key-more").text())
                .isEqualTo("See the full synthesis table of cases vs controls · human; other strata and every finding under Cytokines.");
        assertThat(box.select(".key-more a").eachAttr("href")).containsExactly("#kind-cytokine-change-stratum-1", "#kind-cytokine-change");
    }

    /**
     * The review of session 27, D1: a question of fibromyalgia against controls was answered by key results of an intervention
     * stratum, with no word that no study compared patients with controls.
     */
    @Test
    void keyResultsLedByAStratumOtherThanTheFirstSayTheFirstHasNoVotes() throws IOException {
        TestRun run = Fixtures.il6Studies(38100000, 2, i -> Fixtures.attributes("intervention", "human", null, "plasma", null)).build();
        Element box = page(run, out.resolve("intervention")).getElementById("kind-cytokine-change-key");
        assertThat(box.select("p.first-stratum").eachText()).containsExactly("No study of this run votes on cytokines in cases vs controls · human,"
                + " the first stratum in this kind's order: the main stratum below is intervention · human, the first with votes; read"
                + " its results as of intervention · human, not of cases vs controls · human.");
        assertThat(page(withMoreIl10(), out.resolve("first")).getElementById("kind-cytokine-change-key").text())
                .doesNotContain("No study of this run votes");
    }

    @Test
    void keyResultsShowAtMostEightSubjectsAndCountTheRest() throws IOException {
        Document doc = page(Fixtures.generated(60, 6), out);
        Element box = doc.getElementById("kind-cytokine-change-key");
        Elements rows = box.select("tbody tr.key-row");
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

    /** The extractor's statement: the report's plain sentence must come from these figures. */
    static final String STATED = "Measured on 63 abstracts annotated by hand (66 changes): 86% of the changes it reports are"
            + " right (precision 0.86) and it finds 86% of the annotated ones (recall 0.86); the comparison, which decides the stratum,"
            + " is right for 41 of 57 (0.72), the population for 48 of 57 (0.84).";

    /**
     * IL-6 in {@code up} studies raised and {@code down} lowered, all cases against controls in people; every third
     * study names no condition, the others one of two. With the cytokine kit's accuracy statement.
     */
    static TestRun.Builder votes(int up, int down, FindingKind... otherKinds) {
        FindingKind kind = new FindingKind(Fixtures.CYTOKINES.name(), "Cytokine", "Cytokines", Fixtures.CYTOKINES.attributes(),
                Fixtures.CYTOKINES.keyAliases(), STATED);
        FindingKind[] kinds = new FindingKind[otherKinds.length + 1];
        kinds[0] = kind;
        System.arraycopy(otherKinds, 0, kinds, 1, otherKinds.length);
        TestRun.Builder builder = TestRun.builder(kinds);
        for (int i = 0; i < up + down; i++) {
            boolean lower = i >= up;
            String sentence = "Serum IL-6 was " + (lower ? "lower" : "higher") + " in patients " + i + " than in controls.";
            BibliographicRecord record = BibliographicRecord.builder().pmid(String.valueOf(39000000 + i)).title("Study " + i)
                    .author("Author" + (char) ('A' + i) + " J").year(2000 + i).publicationType("Journal Article")
                    .section("RESULTS", sentence).build();
            String condition = i % 3 == 0 ? null : i % 3 == 1 ? "asthma" : "obesity";
            builder.record(record).finding(TestRun.finding(record, kind, "IL6", "IL-6", "IL-6",
                    lower ? Direction.DECREASED : Direction.INCREASED, Fixtures.attributes("condition", "human", condition, "serum", null)));
        }
        return builder;
    }

    /**
     * Review 20, M1: the key results come first, so that the first of them is on a laptop's first
     * screen; a line opening them says what to know before citing a count and leads to the "Read this
     * first" box, which follows them. A failed run's report, written for inspection, keeps the box
     * above them (ReportInBrowserTest measures the first screen).
     */
    @Test
    void theKeyResultsComeFirstAndALineOpeningThemLeadsToReadThisFirstBelow() throws IOException {
        Document doc = page(votes(3, 1).build(), out);
        assertThat(doc.select("main > section").eachAttr("id")).startsWith("key-results", "read-first", "flow");
        assertThat(doc.select("#key-results > h2 + p.read-first-pointer").text()).isEqualTo("Before citing a count, read this first (below the"
                + " key results): the findings were extracted automatically and no person checked them.");
        assertThat(doc.select("p.read-first-pointer a").eachAttr("href")).containsExactly("#read-first");

        Document focused = page(votes(3, 1).focus("population=human").build(), out.resolve("focused"));
        assertThat(focused.select("p.read-first-pointer").text()).endsWith("no person checked them; this run was focused: only findings"
                + " matching population=human were kept.");
        assertThat(focused.select("section.read-first li").eachText()).anyMatch(li -> li.contains("Every count in this report is of the findings in focus"));

        Document failed = page(votes(3, 1).failure("reading stopped").build(), out.resolve("failed"));
        assertThat(failed.select("main > section").eachAttr("id")).startsWith("read-first", "key-results", "flow");
        assertThat(failed.select("p.read-first-pointer")).isEmpty();
        assertThat(failed.selectFirst("section.read-first li").text()).startsWith("This run failed: reading stopped.");
    }

    /** Review 20, H3: a key result offers the sentences of its rarer direction's votes, the ones to check first, on the first screen. */
    @Test
    void eachKeyResultOffersTheSentencesOfItsRarerDirectionsVotes() throws IOException {
        Document doc = page(votes(12, 7).build(), out);
        Element box = doc.getElementById("kind-cytokine-change-key");
        Element minority = box.selectFirst("tr.key-row + tr.minority-row details.minority");
        assertThat(minority.hasAttr("open")).as("folded until asked for").isFalse();
        assertThat(minority.selectFirst("summary").text()).isEqualTo("Check first: the sentences of the ▼ 7 decreased votes on IL-6 (5 shown)");
        Elements votes = minority.select("ul.minority-votes > li");
        assertThat(votes).hasSize(5);
        // each with its study (label to its card, PMID to PubMed) and its sentence read as decreased, in study order
        assertThat(votes.first().select(".minority-study a").eachAttr("href"))
                .containsExactly("#study-39000012", "https://pubmed.ncbi.nlm.nih.gov/39000012/");
        assertThat(votes.first().select(".sentence").text()).isEqualTo("RESULTS: Serum IL-6 was lower in patients 12 than in controls.");
        assertThat(votes.select(".sentence").eachText()).allSatisfy(t -> assertThat(t).contains("lower"));
        // and every finding read so, in the findings table: the first of them has the id the link leads to
        Element all = minority.selectFirst(".minority-all a");
        assertThat(all.text()).isEqualTo("Every finding on IL-6 here read as decreased (7)");
        assertThat(all.attr("data-findings-filter")).endsWith("&votes=yes&direction=decreased");
        Element first = doc.getElementById(all.attr("href").substring(1));
        assertThat(first.attr("data-direction")).isEqualTo("decreased");
        assertThat(first.attr("data-study")).isEqualTo("study-39000012");
        // the other way round the rarer votes are ▲; a tie has no rarer direction
        assertThat(page(votes(2, 9).build(), out.resolve("b")).selectFirst("details.minority summary").text())
                .isEqualTo("Check first: the sentences of the ▲ 2 increased votes on IL-6");
        assertThat(page(votes(3, 3).build(), out.resolve("c")).select("details.minority")).isEmpty();
        // no vote the other way: nothing to check first (the fold said "the ▼ 0 decreased votes")
        assertThat(page(votes(4, 0).build(), out.resolve("d")).select("details.minority")).isEmpty();
    }

    /**
     * Review 20, H1 (a) and (c): the heading says what the main stratum pools (conditions, and studies naming
     * none), and each subject gives its main conditions with their votes, as its specimens. READREV, M9: and the
     * studies naming none, last, so that a breakdown covering some of the row's studies does not look complete.
     */
    @Test
    void keyResultsSayWhatThePoolIsAndGiveEachSubjectsMainConditionsWithTheirVotes() throws IOException {
        Document doc = page(votes(12, 7).build(), out);
        Element box = doc.getElementById("kind-cytokine-change-key");
        assertThat(box.selectFirst("h3").text())
                .isEqualTo("Cytokines · cases vs controls · human main stratum, 19 studies; 2 values of condition pooled; no condition was recognised in 7 of its 19 studies");
        Element condition = box.selectFirst("tr.key-row td.breakdown[data-label=Condition]");
        assertThat(condition.select(".bv").stream().map(v -> v.ownText() + " " + v.select(".bvv > span.up, .bvv > span.down, .bvv > span.unclear").eachText()).toList())
                .containsExactly("asthma (6) [▲4, ▼2, ◆0]", "obesity (6) [▲4, ▼2, ◆0]", "not stated (7) [▲4, ▼3, ◆0]");
        assertThat(condition.selectFirst(".not-stated").text()).startsWith("not stated (7)");
        // the synthesis table's cell too gives "not stated" after the values, though more studies state none (report reader s9, L11)
        Element row = doc.selectFirst("#kind-cytokine-change table.synthesis tbody tr");
        assertThat(row.select("td.breakdown").last().text()).isEqualTo("asthma (6), obesity (6), not stated (7)");
        // every study states a specimen: no "not stated" there
        assertThat(box.selectFirst("tr.key-row td.breakdown[data-label=Specimen]").select(".not-stated")).isEmpty();
        // a study stating a value in one finding and none in another states one: it is not counted as stating none
        TestRun mixed = votes(6, 0).finding(TestRun.finding(Fixtures.SMITH, Fixtures.CYTOKINES, "IL6", "IL-6", "IL-6", Direction.INCREASED,
                Fixtures.attributes("condition", "human", "asthma", "serum", null))).record(Fixtures.SMITH)
                .finding(TestRun.finding(Fixtures.SMITH, Fixtures.CYTOKINES, "IL6", "IL-6", "IL-6", Direction.INCREASED,
                        Fixtures.attributes("condition", "human", null, "serum", null))).build();
        Element cell = page(mixed, out.resolve("mixed")).selectFirst("#kind-cytokine-change-key tr.key-row td.breakdown[data-label=Condition]");
        assertThat(cell.selectFirst(".not-stated").text()).startsWith("not stated (2)"); // studies 0 and 3 of votes(6, 0), not Smith
    }

    /**
     * READREV, M8: the "–" of a row without p was explained in a tooltip and screen-reader text alone, and marked both
     * too few votes and none at all. Each says which on screen and on paper, and a legend under the key results' lead
     * and in each kind's note says what each means.
     */
    @Test
    void aRowWithoutPSaysOnScreenWhetherItsVotesAreTooFewOrNone() throws IOException {
        TestRun.Builder builder = votes(4, 1);
        // IL-8: two studies, each with findings both ways, so every vote is ◆
        for (int i = 0; i < 2; i++) {
            BibliographicRecord record = BibliographicRecord.builder().pmid(String.valueOf(39500000 + i)).title("Mixed " + i)
                    .author("Mixed" + (char) ('A' + i) + " J").year(2010 + i).publicationType("Journal Article")
                    .section("RESULTS", "Serum IL-8 was higher in patients. Later IL-8 was lower in patients.").build();
            builder.record(record)
                    .finding(TestRun.finding(record, Fixtures.CYTOKINES, "CXCL8", "IL-8", "IL-8", Direction.INCREASED,
                            Fixtures.attributes("condition", "human", null, "serum", null)))
                    .finding(TestRun.finding(record, Fixtures.CYTOKINES, "CXCL8", "IL-8", "IL-8", Direction.DECREASED,
                            Fixtures.attributes("condition", "human", null, "serum", null)));
        }
        Document doc = page(builder.build(), out);
        Elements rows = doc.select("#kind-cytokine-change-key tr.key-row");
        Element few = rows.stream().filter(r -> r.selectFirst("th").text().equals("IL-6")).findFirst().orElseThrow();
        Element none = rows.stream().filter(r -> r.selectFirst("th").text().equals("IL-8")).findFirst().orElseThrow();
        Element fewP = few.selectFirst("td[data-label=Sign test p]");
        Element noneP = none.selectFirst("td[data-label=Sign test p]");
        // shown, not only in a title or to a screen reader
        assertThat(fewP.select(".too-few").text()).isEqualTo("– too few");
        assertThat(noneP.select("[aria-hidden=true]").text()).isEqualTo("– ◆ only");
        assertThat(AccessibilityMarkupTest.spoken(noneP)).isEqualTo("– no increased or decreased vote: nothing to test");
        assertThat(noneP.select(".too-few")).isEmpty();
        assertThat(doc.select("#kind-cytokine-change-stratum-1 table.synthesis tbody td .no-test")).hasSize(1);
        // the legend, where the key results and the tables are
        String legend = "In the Sign test p column, “– too few” marks fewer than 6 ▲ and ▼ votes, with which no p could reach 0.05"
                + " (its p is in the words a screen reader reads, and in the tooltip), and “– ◆ only” a row whose every vote is ◆, with"
                + " nothing to test.";
        assertThat(doc.select("#key-results > p.key-legend .p-legend").text()).isEqualTo(legend);
        assertThat(doc.select("#kind-cytokine-change-method .p-legend").text()).isEqualTo(legend);
    }

    /**
     * READREV, L13: the caveat that the sign tests are not adjusted for multiplicity gave no count. The key results and
     * the limits say how many tests the report makes and how many are below 0.05.
     */
    @Test
    void theMultiplicityCaveatCountsTheTestsAndThoseBelowFivePercent() throws IOException {
        Document one = page(votes(12, 7).build(), out.resolve("one"));
        String said = "This report makes 1 sign test (rows with 6 or more ▲ and ▼ votes), with p of 0.05 or more.";
        assertThat(one.selectFirst("#key-results > p.note").text()).contains("not adjusted for multiplicity (limits; the count is below)");
        assertThat(one.selectFirst("#key-results > p.key-legend").text()).endsWith(said);
        assertThat(one.getElementById("methods-limits-text").text()).contains("one study votes for many subjects. " + said);
        // a second kind's tests count too; too few votes make no test
        TestRun.Builder two = votes(12, 0, Fixtures.WIDGETS);
        for (int i = 0; i < 7; i++) {
            BibliographicRecord record = BibliographicRecord.builder().pmid(String.valueOf(39600000 + i)).title("Widgets " + i)
                    .author("Widget" + (char) ('A' + i) + " J").year(2001 + i).publicationType("Journal Article")
                    .section(null, "Red widgets rose in the north.").build();
            two.record(record).finding(TestRun.finding(record, Fixtures.WIDGETS, "RED", "red widget", "widgets", Direction.INCREASED,
                    Map.of("site", "north", "colour", "red")));
        }
        assertThat(page(two.build(), out.resolve("two")).getElementById("methods-limits-text").text())
                .contains("This report makes 2 sign tests (rows with 6 or more ▲ and ▼ votes), 2 of them with p below 0.05; among several"
                        + " tests, some fall below 0.05 by chance alone.");
        assertThat(page(votes(3, 2).build(), out.resolve("none")).getElementById("methods-limits-text").text())
                .contains("This report makes no sign test: no row has 6 or more ▲ and ▼ votes.");
    }


    /** Review 20, H3 (b) and L7: how often a count may be wrong, from the stated figures; no p where the votes are too few. */
    @Test
    void keyResultsSayHowOftenACountMayBeWrongAndPrintNoPWithTooFewVotes() throws IOException {
        Document doc = page(votes(12, 7).build(), out);
        Element box = doc.getElementById("kind-cytokine-change-key");
        assertThat(box.selectFirst("p.accuracy-plain").text()).isEqualTo(Phrases.accuracyPlain("cytokine", Fixtures.CYTOKINES.synthesisStrata().get(0), STATED))
                .contains("about 1 in 4 cytokine findings is placed in the wrong comparison", "(precision 0.86)");
        assertThat(doc.select("section.read-first li.folded details summary").eachText())
                .containsExactly("How accurately cytokine findings are extracted: 86% right and 72% in the right comparison, on the extractor's own test set");
        assertThat(box.selectFirst("tr.key-row td[data-label=Sign test p]").text()).isEqualTo("0.36");
        Document few = page(votes(4, 1).build(), out.resolve("few"));
        Element p = few.selectFirst("#kind-cytokine-change-key tr.key-row td[data-label=Sign test p]");
        // review 25, L1: p is in the words a screen reader reads too, not in the title alone
        assertThat(p.text()).isEqualTo("– too few votes for a test (p = 0.38)");
        assertThat(p.selectFirst(".too-few").attr("title"))
                .isEqualTo("Too few ▲ and ▼ votes for a sign test (fewer than 6: none could reach p < 0.05); p = 0.38");
        assertThat(few.selectFirst("#kind-cytokine-change-stratum-1 table.synthesis tbody td .too-few")).isNotNull();
    }
}
