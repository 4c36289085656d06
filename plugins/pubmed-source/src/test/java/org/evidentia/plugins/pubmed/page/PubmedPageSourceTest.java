package org.evidentia.plugins.pubmed.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.evidentia.api.AbstractSection;
import org.evidentia.api.Origin;
import org.evidentia.api.Record;
import org.evidentia.api.RunSummary.Problem;
import org.evidentia.plugins.pubmed.Fixtures;
import org.evidentia.testkit.PluginTestKit;
import org.evidentia.testkit.PluginTestKit.SourceRun;
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
        Record record = run.records().get(0);
        assertThat(run.records()).hasSize(1);
        assertThat(record.pmid()).isNull();
        assertThat(record.doi()).isNull();
        assertThat(record.title()).isEqualTo(
                "Cytokine and immune system abnormalities in fibromyalgia and other central sensitivity syndromes.");
        assertThat(record.id()).isEqualTo(Record.titleId(record.title()));
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
        Record record = run.records().get(0);
        assertThat(run.records()).hasSize(1);
        assertThat(record.doi()).isEqualTo("10.1007/s11916-003-0032-2");
        assertThat(record.id()).isEqualTo("10.1007/s11916-003-0032-2");
        assertThat(record.title()).isEqualTo("Fibromyalgia, hepatitis C infection, and the cytokine connection");
        assertThat(record.year()).isEqualTo(2003);
        assertThat(record.journal()).isEqualTo("Curr Pain Headache Rep");
        assertThat(record.authors()).containsExactly("Mollie E Thompson");
        assertThat(record.publicationTypes()).containsExactly("Review");
        assertThat(record.abstractText()).contains(SEED_SENTENCE)
                .startsWith("Fibromyalgia and chronic hepatitis C infection share many clinical features")
                .endsWith("with potential pathophysiologic and therapeutic implications.")
                .doesNotContain("PubMed").doesNotContain("J Rheumatol");
    }

    @Test
    void readsAPubmedPageWithAStructuredAbstractAndTrailingLists() {
        Path file = Fixtures.path("page/pubmed-structured.txt");
        SourceRun run = PluginTestKit.read(source, file);

        assertThat(run.log().problems()).isEmpty();
        Record record = run.records().get(0);
        assertThat(run.records()).hasSize(1);
        assertThat(record.pmid()).isEqualTo("90000401");
        assertThat(record.pmcid()).isEqualTo("PMC9000401");
        assertThat(record.doi()).isEqualTo("10.9999/evidentia.page.1");
        assertThat(record.journal()).isEqualTo("J Test Med");
        assertThat(record.year()).isEqualTo(2021);
        assertThat(record.title()).isEqualTo(
                "Serum interleukin-6 after invented exercise: a randomized trial written for tests");
        assertThat(record.authors()).containsExactly("Alice B Tester", "Carl van Example", "Dana Third");
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
        assertThat(run.records()).extracting(Record::title).containsExactly(
                "An invented review of cytokines on an abstract site without an abstract heading",
                "A second invented page, copied from PubMed after the first one",
                "A third page after a separator line");
        assertThat(run.records()).extracting(r -> r.origins().get(0))
                .containsExactly(new Origin("pubmed-page", file.toString(), 1, 1),
                        new Origin("pubmed-page", file.toString(), 2, 15),
                        new Origin("pubmed-page", file.toString(), 3, 34));
        Record second = run.records().get(1);
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
}
