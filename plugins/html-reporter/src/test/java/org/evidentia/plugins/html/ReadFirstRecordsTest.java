package org.evidentia.plugins.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Direction;
import org.evidentia.api.Finding;
import org.evidentia.api.Origin;
import org.evidentia.api.RunSummary.InputSummary;
import org.evidentia.testkit.TestRun;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What "Read this first" says of particular kept records: those a focus lost, and which file each came from. */
class ReadFirstRecordsTest {

    @TempDir
    Path dir;

    private static BibliographicRecord record(String pmid, String author, String title, String file) {
        return BibliographicRecord.builder().pmid(pmid).title(title).author(author).year(2020)
                .section(null, "Serum IL-6 was higher in patients.").origin(new Origin("medline", file, 1, 1)).build();
    }

    private static Finding il6(BibliographicRecord record, String condition) {
        Map<String, String> attributes = new HashMap<>();
        attributes.put("comparison", "condition");
        attributes.put("population", "human");
        attributes.put("condition", condition);
        return TestRun.finding(record, Fixtures.CYTOKINES, "IL6", "IL-6", "IL-6", Direction.INCREASED, attributes);
    }

    /**
     * Review 20, H2: a focused report asked its reader to check by hand the studies it lost for want
     * of a value, and never said which. They are listed, folded, under the focus notice: those whose
     * title or abstract names the focus first, counted.
     */
    @Test
    void theFocusNoticeListsTheStudiesToCheckThoseNamingTheFocusFirst() throws IOException {
        BibliographicRecord kept = record("41000001", "Kemp K", "Kept", "a.nbib");
        BibliographicRecord unnamed = record("41000002", "Abel A", "Cytokines in healthy sleepers", "a.nbib");
        BibliographicRecord named = record("41000003", "Young Y", "IL-6 in Fibromyalgia", "a.nbib");
        BibliographicRecord other = record("41000004", "Otto O", "Lupus", "a.nbib");
        TestRun run = TestRun.builder(Fixtures.CYTOKINES).records(List.of(kept, unnamed, named, other))
                .findings(List.of(il6(kept, "fibromyalgia"), il6(unnamed, null), il6(unnamed, null), il6(named, null), il6(other, "lupus")))
                .focus("condition=fibromyalgia").build();
        Document page = Jsoup.parse(HtmlSummaryReporterTest.write(run, dir, Map.of()));

        Element notice = page.select("section.read-first li").stream().filter(li -> li.text().startsWith("Focused run")).findFirst().orElseThrow();
        // those that name the focus are to check (report reader s27, D3: 138 were, of which none named it)
        assertThat(notice.text()).contains("2 studies lost every finding for that alone; 1 of them names \u201Cfibromyalgia\u201D in the title"
                + " or abstract and may be on the question all the same: check it by hand (listed first below)");
        Element list = notice.selectFirst("details#focus-to-check");
        assertThat(list.selectFirst("summary").text())
                .isEqualTo("The 2 studies to check by hand: 1 of them names \u201Cfibromyalgia\u201D in its title or abstract, listed first");
        assertThat(list.select("thead th").eachText()).containsExactly("Study", "PMID", "Title", "Findings left out");
        assertThat(list.select("tbody tr")).extracting(Element::text).containsExactly(
                "Young 2020 41000003 IL-6 in Fibromyalgia names the focus 1",
                "Abel 2020 41000002 Cytokines in healthy sleepers 2");
        assertThat(list.select("tbody a").eachAttr("href")).containsExactly("https://pubmed.ncbi.nlm.nih.gov/41000003/",
                "https://pubmed.ncbi.nlm.nih.gov/41000002/");

        assertThat(list.select("tbody tr.names-not")).extracting(Element::text).as("left off paper")
                .containsExactly("Abel 2020 41000002 Cytokines in healthy sleepers 2");
        assertThat(list.select("p.print-only").text()).isEqualTo("On paper, this list holds only the studies that name \u201Cfibromyalgia\u201D:"
                + " the one that does not is on screen only.");

        // a run none of whose lost studies names the focus does not ask to check them
        TestRun noneNaming = TestRun.builder(Fixtures.CYTOKINES).records(List.of(kept, unnamed)).findings(List.of(il6(kept, "fibromyalgia"),
                il6(unnamed, null))).focus("condition=fibromyalgia").build();
        Document noneNamingPage = Jsoup.parse(HtmlSummaryReporterTest.write(noneNaming, dir.resolve("none-naming"), Map.of()));
        Element notNaming = noneNamingPage.select("section.read-first li").stream().filter(li -> li.text().startsWith("Focused run"))
                .findFirst().orElseThrow();
        // the fold is headed as the notice asks, and the methods point where the list is (the review of the change, S2)
        assertThat(notNaming.select("#focus-to-check summary").text()).isEqualTo("The 1 study the focus lost for want of a value: it does"
                + " not name \u201Cfibromyalgia\u201D in its title or abstract");
        assertThat(noneNamingPage.getElementById("methods-focus").text()).contains("(listed under Read this first)")
                .doesNotContain("(listed below)");
        assertThat(notNaming.text()).contains("1 study lost every finding for that alone, but it does not name \u201Cfibromyalgia\u201D in its"
                + " title or abstract (listed below)", "It does not name \u201Cfibromyalgia\u201D: the list is on screen only.")
                .doesNotContain("check it by hand");
        assertThat(notNaming.select("#focus-to-check .table-scroll").hasClass("screen-only")).as("no table on paper").isTrue();

        // a run that lost no study so has no list
        TestRun none = TestRun.builder(Fixtures.CYTOKINES).records(List.of(kept, other)).findings(List.of(il6(kept, "fibromyalgia"), il6(other, "lupus")))
                .focus("condition=fibromyalgia").build();
        assertThat(Jsoup.parse(HtmlSummaryReporterTest.write(none, dir.resolve("none"), Map.of())).select("#focus-to-check")).isEmpty();
    }

    /** The review of session 32, H3: a focus that kept none of the findings (a value typed wrong) opened the box with "No finding was extracted". */
    @Test
    void aFocusThatKeepsNoneOfTheFindingsSaysSoWhereARunWithoutFindingsSaysNoneWasExtracted() throws IOException {
        BibliographicRecord kept = record("41000001", "Kemp K", "Kept", "a.nbib");
        BibliographicRecord other = record("41000004", "Otto O", "Lupus", "a.nbib");
        TestRun typo = TestRun.builder(Fixtures.CYTOKINES).records(List.of(kept, other))
                .findings(List.of(il6(kept, "fibromyalgia"), il6(other, "lupus"))).focus("condition=xyzzy").build();
        Element first = Jsoup.parse(HtmlSummaryReporterTest.write(typo, dir.resolve("typo"), Map.of())).selectFirst("section.read-first li");

        assertThat(first.text()).startsWith("No finding is in focus: the run's extractors extracted 2 findings, and the focus"
                + " condition=xyzzy kept none of them (below). The findings in this report were extracted automatically")
                .doesNotContain("No finding was extracted");

        TestRun nothing = TestRun.builder(Fixtures.CYTOKINES).records(List.of(kept)).findings(List.of()).build();
        assertThat(Jsoup.parse(HtmlSummaryReporterTest.write(nothing, dir.resolve("nothing"), Map.of())).selectFirst("section.read-first li")
                .text()).startsWith("No finding was extracted from the records read.");
    }

    /** Review 21, M4: a focus may lose a million studies; the list holds the first 1,000 in its order and counts the rest. */
    @Test
    void theListOfStudiesToCheckIsBoundedAndCountsEveryOne() throws IOException {
        List<BibliographicRecord> records = new java.util.ArrayList<>();
        List<Finding> findings = new java.util.ArrayList<>();
        for (int i = 0; i < KeptRecordNotes.LISTED + 5; i++) {
            // the last record names the focus, so it must be listed first although it comes last
            BibliographicRecord r = record(String.valueOf(42000000 + i), String.format("Name%04d N", i),
                    i == KeptRecordNotes.LISTED + 4 ? "Fibromyalgia cohort" : "Sleep study " + i, "a.nbib");
            records.add(r);
            findings.add(il6(r, null));
        }
        TestRun run = TestRun.builder(Fixtures.CYTOKINES).records(records).findings(findings).focus("condition=fibromyalgia").build();
        Element list = Jsoup.parse(HtmlSummaryReporterTest.write(run, dir, Map.of())).selectFirst("details#focus-to-check");

        assertThat(list.selectFirst("summary").text())
                .isEqualTo("The 1,005 studies to check by hand: 1 of them names \u201Cfibromyalgia\u201D in its title or abstract, listed first");
        assertThat(list.select("tbody tr")).hasSize(KeptRecordNotes.LISTED);
        assertThat(list.select("tbody tr").first().text()).startsWith("Name1004 2020 42001004 Fibromyalgia cohort names the focus");
        assertThat(list.select("tbody tr").last().text()).startsWith("Name0998 2020 42000998 ");
        assertThat(list.select("p:not(.print-only)").text()).isEqualTo("And 5 more, not listed here: studies.csv's Left out by focus column marks every one.");
    }

    /**
     * Review 20, L4: a CSV export's notice that its records give findings from their titles alone was
     * shown though every CSV row had merged into a MEDLINE copy with its abstract. A source's notice
     * about one file is shown only when some kept record's kept copy came from that file, with how many.
     */
    @Test
    void aNoticeAboutOneInputFileIsShownOnlyWhenTheReportHoldsRecordsReadFromIt() throws IOException {
        String csvNotice = "b.csv: PubMed CSV exports carry no abstracts, so a record read only from this file gives findings from its title alone";
        BibliographicRecord fromMedline = record("41000001", "Kemp K", "Kept", "a.nbib")
                .withOrigins(List.of(new Origin("pubmed-csv", "b.csv", 1, 2))); // its CSV copy merged into it
        List<InputSummary> inputs = List.of(new InputSummary("a.nbib", "00", "medline", 1, 0), new InputSummary("b.csv", "11", "pubmed-csv", 1, 0));
        TestRun merged = TestRun.builder(Fixtures.CYTOKINES).record(fromMedline).finding(il6(fromMedline, "fibromyalgia"))
                .input(inputs.get(0)).input(inputs.get(1)).notice(csvNotice).notice("a notice of no file").build();
        Document page = Jsoup.parse(HtmlSummaryReporterTest.write(merged, dir.resolve("merged"), Map.of()));
        assertThat(page.select("section.read-first li").eachText()).noneMatch(li -> li.contains("PubMed CSV exports"))
                .anyMatch(li -> li.startsWith("Notice: a notice of no file"));
        assertThat(page.getElementById("methods-notices").parent().text()).contains("PubMed CSV exports carry no abstracts");

        // review 21, L4: a notice about a file whose kept records all have abstracts says nothing of abstracts
        String fullTextNotice = "a.nbib: the records of this file were read with their full texts";
        TestRun withAbstracts = TestRun.builder(Fixtures.CYTOKINES).record(fromMedline).finding(il6(fromMedline, "fibromyalgia"))
                .input(inputs.get(0)).notice(fullTextNotice).build();
        assertThat(Jsoup.parse(HtmlSummaryReporterTest.write(withAbstracts, dir.resolve("abstracts"), Map.of())).select("section.read-first li")
                .eachText()).contains("Notice: " + fullTextNotice + " (in this report: 1 record read from this file). Notices");

        BibliographicRecord csvOnly = BibliographicRecord.builder().pmid("41000009").title("IL-6 in fibromyalgia").author("Cole C").year(2019)
                .origin(new Origin("pubmed-csv", "b.csv", 2, 3)).build();
        TestRun titleOnly = TestRun.builder(Fixtures.CYTOKINES).records(List.of(fromMedline, csvOnly)).finding(il6(fromMedline, "fibromyalgia"))
                .input(inputs.get(0)).input(inputs.get(1)).notice(csvNotice).build();
        Document shown = Jsoup.parse(HtmlSummaryReporterTest.write(titleOnly, dir.resolve("title-only"), Map.of()));
        assertThat(shown.select("section.read-first li").eachText()).contains("Notice: " + csvNotice
                + " (in this report: 1 record read from this file, 1 of them without an abstract). Notices");
    }
}
