package org.evidentia.plugins.pubmed.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Origin;
import org.evidentia.api.RunSummary.Problem;
import org.evidentia.plugins.pubmed.Fixtures;
import org.evidentia.testkit.PluginTestKit.SourceRun;
import org.evidentia.testkit.PluginTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryTextSourceTest {

    private final SummaryTextSource source = new SummaryTextSource();

    @Test
    void readsCitationsAndSaysThereAreNoAbstracts() {
        Path file = Fixtures.path("summary-text/three-records.txt");
        SourceRun run = PluginTestKit.read(source, file);

        assertThat(run.records()).hasSize(2);
        BibliographicRecord first = run.records().get(0);
        assertThat(first.pmid()).isEqualTo("90000301");
        assertThat(first.authors()).containsExactly("Tester AB", "van Example C");
        assertThat(first.title()).isEqualTo("An invented summary record: does it parse?");
        assertThat(first.journal()).isEqualTo("J Test Med");
        assertThat(first.year()).isEqualTo(2020);
        assertThat(first.doi()).isEqualTo("10.9999/evidentia.sum.1");
        assertThat(first.hasAbstract()).isFalse();
        assertThat(first.origins()).containsExactly(new Origin("pubmed-summary-text", file.toString(), 1, 1));
        BibliographicRecord third = run.records().get(1);
        assertThat(third.title()).isEqualTo("Another invented record.");
        assertThat(third.doi()).isEqualTo("10.9999/evidentia.sum.3");
        assertThat(third.pmcid()).isEqualTo("PMC9000303");
        assertThat(third.year()).isEqualTo(2019);
        assertThat(run.log().notices()).singleElement().asString()
                .contains(file.toString()).contains("carries no abstracts").contains("no findings");
    }

    @Test
    void reportsARecordWithNothingToRead() {
        Path file = Fixtures.path("summary-text/three-records.txt");
        SourceRun run = PluginTestKit.read(source, file);

        assertThat(run.log().problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.SKIPPED_RECORD);
            assertThat(p.recordNumber()).isEqualTo(2);
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.message()).contains("expected 'n: Authors. Title. Journal. Year");
        });
    }

    @Test
    void saysSoForAnEmptyFile(@TempDir Path dir) {
        SourceRun run = PluginTestKit.read(source, Fixtures.write(dir, "empty.txt", new byte[0]));

        assertThat(run.records()).isEmpty();
        assertThat(run.log().notices()).singleElement().asString().contains("is empty");
    }
}
