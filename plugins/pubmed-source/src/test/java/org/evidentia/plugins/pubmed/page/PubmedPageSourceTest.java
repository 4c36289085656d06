package org.evidentia.plugins.pubmed.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.evidentia.api.AbstractSection;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Origin;
import org.evidentia.api.RunSummary.Problem;
import org.evidentia.plugins.pubmed.Fixtures;
import org.evidentia.testkit.PluginTestKit.SourceRun;
import org.evidentia.testkit.PluginTestKit;
import org.evidentia.testkit.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PubmedPageSourceTest {

    private static final String SEED_SENTENCE = "This review discusses alterations of cytokines in fibromyalgia, including"
            + " increased serum levels of interleukin (IL)-2, IL-2 receptor, IL-8, IL-1 receptor antagonist;";

    private final PubmedPageSource source = new PubmedPageSource();

    @Test
    void readsTheQxmdSeedPage() {
        Path seed = SharedData.resolve("seeds/000_94293249e6958046.txt");
        SourceRun run = PluginTestKit.read(source, seed);

        assertThat(run.log().problems()).isEmpty();
        BibliographicRecord record = run.records().get(0);
        assertThat(run.records()).hasSize(1);
        assertThat(record.pmid()).isNull();
        assertThat(record.doi()).isNull();
        assertThat(record.title()).isEqualTo(
                "Cytokine and immune system abnormalities in fibromyalgia and other central sensitivity syndromes.");
        assertThat(record.id()).isEqualTo(BibliographicRecord.titleId(record.title()));
        assertThat(record.publicationTypes())
                .containsExactly("Journal Article", "Research Support, N.I.H., Extramural", "Review");
        assertThat(record.sections()).singleElement().satisfies(s -> {
            assertThat(s.label()).isNull();
            assertThat(s.text()).startsWith("The nervous system as well as the immune system use common signaling molecules")
                    .endsWith("including the \"sickness response\" and chronic pain.");
        });
        assertThat(record.abstractText()).doesNotContain("Full text links").doesNotContain("Copyright");
        assertThat(record.origins()).containsExactly(new Origin("pubmed-page", seed.toString(), 1, 1));
    }

    @Test
    void readsThePubmedSeedPage() {
        SourceRun run = PluginTestKit.read(source, SharedData.resolve("seeds/001_c0d59fe90d1599a2.txt"));

        assertThat(run.log().problems()).isEmpty();
        BibliographicRecord record = run.records().get(0);
        assertThat(run.records()).hasSize(1);
        assertThat(record.doi()).isEqualTo("10.1007/s11916-003-0032-2");
        assertThat(record.id()).isEqualTo("10.1007/s11916-003-0032-2");
        assertThat(record.title()).isEqualTo("Fibromyalgia, hepatitis C infection, and the cytokine connection");
        assertThat(record.year()).isEqualTo(2003);
        assertThat(record.journal()).isEqualTo("Curr Pain Headache Rep");
        assertThat(record.authors()).containsExactly("Thompson ME");
        assertThat(record.publicationTypes()).containsExactly("Review");
        assertThat(record.abstractText()).contains(SEED_SENTENCE)
                .startsWith("Fibromyalgia and chronic hepatitis C infection share many clinical features")
                .endsWith("with potential pathophysiologic and therapeutic implications.")
                .doesNotContain("PubMed").doesNotContain("J Rheumatol");
    }

    @Test
    void seedGoldEvidenceIsFoundVerbatimInTheSeedPages() throws java.io.IOException {
        java.util.List<BibliographicRecord> records = new java.util.ArrayList<>();
        for (String seed : java.util.List.of("seeds/000_94293249e6958046.txt", "seeds/001_c0d59fe90d1599a2.txt")) {
            records.addAll(PluginTestKit.read(source, SharedData.resolve(seed)).records());
        }
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        java.util.List<String> lines = java.nio.file.Files.readAllLines(SharedData.resolve("gold/seeds.jsonl"));
        for (String line : lines) {
            var finding = json.readTree(line);
            if (finding.hasNonNull("evidence")) {
                BibliographicRecord record = records.stream().filter(r -> finding.get("doi").asText().equals(r.doi())).findFirst().orElseThrow();
                assertThat(record.abstractText()).contains(finding.get("evidence").asText());
            } else {
                // "no findings" entries name their record by title: the title must be read exactly.
                assertThat(records).extracting(BibliographicRecord::title).contains(finding.get("title").asText());
            }
        }
        assertThat(lines).isNotEmpty();
    }

    @Test
    void readsAPubmedPageWithAStructuredAbstractAndTrailingLists() {
        Path file = Fixtures.path("page/pubmed-structured.txt");
        SourceRun run = PluginTestKit.read(source, file);

        assertThat(run.log().problems()).isEmpty();
        BibliographicRecord record = run.records().get(0);
        assertThat(run.records()).hasSize(1);
        assertThat(record.pmid()).isEqualTo("90000401");
        assertThat(record.pmcid()).isEqualTo("PMC9000401");
        assertThat(record.doi()).isEqualTo("10.9999/evidentia.page.1");
        assertThat(record.journal()).isEqualTo("J Test Med");
        assertThat(record.year()).isEqualTo(2021);
        assertThat(record.title()).isEqualTo(
                "Serum interleukin-6 after invented exercise: a randomized trial written for tests");
        assertThat(record.authors()).containsExactly("Tester AB", "van Example C", "Third D");
        assertThat(record.sections()).extracting(AbstractSection::label)
                .containsExactly("Background", "Methods", "Results", "Conclusions");
        assertThat(record.sections().get(2).text()).isEqualTo("Serum IL-6 was higher after exercise than after rest (p = 0.01).");
        assertThat(record.keywords()).containsExactly("cytokines", "exercise", "interleukin-6");
        assertThat(record.publicationTypes()).containsExactly("Randomized Controlled Trial", "Research Support, Non-U.S. Gov't");
        assertThat(record.meshTerms()).containsExactly("Exercise*", "Humans", "Interleukin-6 / blood*");
        assertThat(record.abstractText()).doesNotContain("Copyright").doesNotContain("Another invented article");
    }

    @Test
    void readsSeveralPagesInOneFile() {
        Path file = Fixtures.path("page/several-pages.txt");
        SourceRun run = PluginTestKit.read(source, file);

        assertThat(run.log().problems()).isEmpty();
        assertThat(run.records()).extracting(BibliographicRecord::title).containsExactly(
                "An invented review of cytokines on an abstract site without an abstract heading",
                "A second invented page, copied from PubMed after the first one",
                "A third page after a separator line");
        assertThat(run.records()).extracting(r -> r.origins().get(0))
                .containsExactly(new Origin("pubmed-page", file.toString(), 1, 1),
                        new Origin("pubmed-page", file.toString(), 2, 15),
                        new Origin("pubmed-page", file.toString(), 3, 34));
        BibliographicRecord second = run.records().get(1);
        assertThat(second.journal()).isEqualTo("Test Rep");
        assertThat(second.year()).isEqualTo(2018);
        assertThat(second.doi()).isEqualTo("10.9999/evidentia.page.2");
        assertThat(second.publicationTypes()).containsExactly("Review");
        assertThat(second.abstractText()).isEqualTo(
                "Tumour necrosis factor was lower after treatment in this invented study. This abstract has no labels.");
        assertThat(run.records().get(2).pmid()).isEqualTo("90000403");
        assertThat(run.records().get(2).abstractText()).isEqualTo("The third abstract is short but it follows an abstract heading.");
    }

    @Test
    void readsAnAbstractSitePageWithAuthorsAndAJournalLine() {
        SourceRun run = PluginTestKit.read(source, Fixtures.path("page/abstract-site.txt"));

        assertThat(run.log().problems()).isEmpty();
        assertThat(run.records()).singleElement().satisfies(r -> {
            assertThat(r.title()).isEqualTo("Interleukin-10 in an invented trial on an abstract site");
            assertThat(r.authors()).containsExactly("Tester AB", "van Example C");
            assertThat(r.journal()).isEqualTo("Journal of Invented Research");
            assertThat(r.year()).isEqualTo(2013);
            assertThat(r.publicationTypes()).containsExactly("Clinical Trial");
            assertThat(r.sections()).hasSize(2);
            assertThat(r.abstractText()).startsWith("In this invented trial, serum interleukin-10")
                    .endsWith("continues the text for more than forty characters.");
        });
    }

    /** An explorer's L3 (2026-12-04): the citation line after the title and authors gave no journal and no year ("n.d."). */
    @Test
    void readsTheCitationLineAfterTheTitleAndAuthorsOfAPageCopiedByHand(@TempDir Path dir) {
        String page = "Serum interleukin-6 in invented patients\n\nJane Doe, John Roe\n\nJ Invented Res. 2021 Mar 2;14(3):201-209.\n"
                + "doi: 10.9999/jir.2021.0042.\nPMID: 99000042\n\nAbstract\n\nSerum IL-6 was higher in patients than in controls.\n";
        SourceRun run = PluginTestKit.read(source, Fixtures.write(dir, "copy.txt", page.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertThat(run.records()).singleElement().satisfies(r -> {
            assertThat(r.title()).isEqualTo("Serum interleukin-6 in invented patients");
            assertThat(r.authors()).hasSize(2);
            assertThat(r.journal()).isEqualTo("J Invented Res");
            assertThat(r.year()).isEqualTo(2021);
            assertThat(r.pmid()).isEqualTo("99000042");
            assertThat(r.abstractText()).isEqualTo("Serum IL-6 was higher in patients than in controls.");
        });
    }

    /**
     * The review of session 28, N15: pages copied by hand into one file without a separator were one record, the first PMID's,
     * with the other articles' abstracts (and their findings) under it; N14: a copied list of search results was one record
     * titled by a line of the page. Either is skipped and said, and the same pages with separators read as their articles.
     */
    @Test
    void pagesRunTogetherOrAListOfSearchResultsAreSkippedAndSaidNotReadAsTheFirstArticle(@TempDir Path dir) {
        String first = "Serum interleukin-6 in invented patients\n\nJane Doe, John Roe\n\nJ Invented Res. 2021 Mar 2;14(3):201-209.\n"
                + "PMID: 99000042\n\nAbstract\n\nSerum IL-6 was higher in patients than in controls of this invented study.\n";
        String second = "Tumour necrosis factor after invented training\n\nAnn Poe\n\nJ Invented Res. 2020 Jan;13(1):1-9.\n"
                + "PMID: 99000043\n\nAbstract\n\nTNF fell after training in this invented trial of adults.\n";
        SourceRun together = PluginTestKit.read(source, Fixtures.write(dir, "together.txt",
                (first + "\n\n" + second).getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertThat(together.records()).isEmpty();
        assertThat(together.log().problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.SKIPPED_RECORD);
            assertThat(p.message()).startsWith("page 1 skipped: it holds the PMID lines of 2 articles (99000042, 99000043): pages"
                    + " copied without a separator").contains("put a line of ----- between pages");
        });
        // a single page copied with PubMed's page navigation, whose items name "Abstract" again: one article (the review of the
        // session's change, R3)
        SourceRun navigated = PluginTestKit.read(source, Fixtures.write(dir, "navigated.txt", (first + "\n\nPage navigation\n\n"
                + "Title & authors\nAbstract\nSimilar articles\nCited by\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(navigated.records()).extracting(r -> r.pmid()).containsExactly("99000042");
        assertThat(navigated.log().problems()).isEmpty();

        SourceRun separated = PluginTestKit.read(source, Fixtures.write(dir, "separated.txt",
                (first + "-----\n" + second).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(separated.records()).extracting(r -> r.pmid()).containsExactly("99000042", "99000043");
        assertThat(separated.log().problems()).isEmpty();

        String results = "Search results\n\nResults: 1 to 2 of 507\n\nSerum interleukin-6 in invented patients\nCite\nJane Doe, John Roe\n"
                + "J Invented Res. 2021 Mar 2;14(3):201-209.\nPMID: 99000042 Free PMC article.\nSerum IL-6 was higher ...\n\n"
                + "Tumour necrosis factor after invented training\nCite\nAnn Poe\nJ Invented Res. 2020 Jan;13(1):1-9.\nPMID: 99000043\n"
                + "TNF fell after training ...\n";
        SourceRun list = PluginTestKit.read(source, Fixtures.write(dir, "results.txt", results.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(list.records()).isEmpty();
        assertThat(list.log().problems()).singleElement().extracting(Problem::message).asString()
                .contains("the PMID lines of 2 articles (99000042, 99000043):", "or a list of search results", "--pubmed");
    }

    @Test
    void passesOverSectionsPrintedAboveTheAbstractHeading(@TempDir Path dir) {
        String page = "Test Rep\n. 2020 Jan;1(1):1.\ndoi: 10.9999/evidentia.page.5.\n\nA page with a comment box above its abstract\n\n"
                + "Comment in\n    Another invented comment. Test Rep. 2020.\n\nAbstract\n\nThe abstract after the comment box.\n\n"
                + "PubMed Disclaimer\n";
        SourceRun run = PluginTestKit.read(source, Fixtures.write(dir, "comment.txt", page.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertThat(run.records()).singleElement().satisfies(r -> {
            assertThat(r.title()).isEqualTo("A page with a comment box above its abstract");
            assertThat(r.journal()).isEqualTo("Test Rep");
            assertThat(r.abstractText()).isEqualTo("The abstract after the comment box.");
        });
    }

    /** The review of session 33, G1: a "Full text links" box copied above the citation ended the article before it began. */
    @Test
    void passesOverAFullTextLinksBoxAboveTheCitation(@TempDir Path dir) {
        String page = "Full text links\nInvented Publisher\nFree PMC article\n"
                + "Test Rep. 2021 Mar 2;14(3):201-209. doi: 10.9999/evidentia.page.6.\n\nA page with its links box above the citation\n\n"
                + "Ann Author 1, Ben Author 2\nAffiliations\nPMID: 99000061 DOI: 10.9999/evidentia.page.6\nAbstract\n"
                + "The abstract below the identifiers.\n\nKeywords: links; boxes.\nPubMed Disclaimer\nSimilar articles\n";
        SourceRun run = PluginTestKit.read(source, Fixtures.write(dir, "links.txt", page.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertThat(run.records()).singleElement().satisfies(r -> {
            assertThat(r.pmid()).isEqualTo("99000061");
            assertThat(r.title()).isEqualTo("A page with its links box above the citation");
            assertThat(r.journal()).isEqualTo("Test Rep");
            assertThat(r.abstractText()).isEqualTo("The abstract below the identifiers.");
        });
        assertThat(run.log().problems()).isEmpty();
    }

    @Test
    void cutsAVeryLongTextWithoutPageMarksAndSaysSo(@TempDir Path dir) {
        String line = "A long line of prose that is neither furniture nor a heading, repeated many times.\n";
        Path file = Fixtures.write(dir, "long.txt", line.repeat(PageSplitter.MAX_PAGE_LINES + 10)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        SourceRun run = PluginTestKit.read(source, file);

        assertThat(run.records()).hasSize(2);
        assertThat(Fixtures.problems(run, Problem.Kind.WARNING))
                .anySatisfy(p -> assertThat(p.message()).contains("more than 5000 lines without a page separator"));
    }

    @Test
    void keepsAPageWithoutAbstractWithAWarning() {
        SourceRun run = PluginTestKit.read(source, Fixtures.path("page/no-abstract.txt"));

        assertThat(run.records()).singleElement().satisfies(r -> {
            assertThat(r.title()).isEqualTo("An invented letter without an abstract");
            assertThat(r.doi()).isEqualTo("10.9999/evidentia.page.4");
            assertThat(r.hasAbstract()).isFalse();
        });
        assertThat(run.log().problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.WARNING);
            assertThat(p.message()).contains("has no abstract").contains("expected");
        });
    }

    @Test
    void saysSoForBoilerplateOnlyAndEmptyFiles(@TempDir Path dir) {
        SourceRun boilerplate = PluginTestKit.read(source, Fixtures.path("page/boilerplate-only.txt"));
        SourceRun empty = PluginTestKit.read(source, Fixtures.write(dir, "empty.txt", new byte[0]));

        assertThat(boilerplate.records()).isEmpty();
        assertThat(boilerplate.log().notices()).singleElement().asString().contains("holds no article page");
        assertThat(empty.records()).isEmpty();
        assertThat(empty.log().notices()).singleElement().asString().contains("is empty");
    }

    @Test
    void warnsOfBytesThatAreNotUtf8(@TempDir Path dir) {
        SourceRun run = PluginTestKit.read(source, Fixtures.notUtf8(dir, "page/pubmed-structured.txt", "Forty adults"));

        assertThat(run.records()).hasSize(1);
        assertThat(run.log().problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.WARNING);
            assertThat(p.message()).contains("line 23").contains("not UTF-8");
        });
    }

    @Test
    void titlesAndAbstractsLosePubmedsInlineTagsAndKeepTextThatLooksLikeATag() {
        SourceRun run = PluginTestKit.read(source, Fixtures.path("page/inline-tags.txt"));

        assertThat(run.records()).singleElement().satisfies(r -> {
            assertThat(r.title()).isEqualTo("Invented bone scans using 99mTc-labelled diphosphate");
            assertThat(r.sections()).extracting(AbstractSection::text)
                    .containsExactly("Serum IL-6 <5 pg/mL in invented CD4(+) cells (p<0.05).");
        });
    }
}
