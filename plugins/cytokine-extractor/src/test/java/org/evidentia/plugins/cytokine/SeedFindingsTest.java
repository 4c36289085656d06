package org.evidentia.plugins.cytokine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.ExtensionContext;
import org.evidentia.api.Finding;
import org.evidentia.plugins.pubmed.page.PubmedPageSource;
import org.evidentia.runtime.evaluation.EvaluationReport;
import org.evidentia.runtime.evaluation.Evaluator;
import org.evidentia.runtime.evaluation.GoldReader;
import org.evidentia.testkit.PluginTestKit;
import org.evidentia.testkit.SharedData;
import org.junit.jupiter.api.Test;

/** The seed pages the project started from: all 10 gold triples and no false positive. */
class SeedFindingsTest {

    @Test
    void seedPagesGiveEveryGoldTripleAndNothingElse() throws Exception {
        Path gold = SharedData.resolve("gold/seeds.jsonl");
        List<BibliographicRecord> records = List.of(
                page(SharedData.resolve("seeds/000_94293249e6958046.txt")),
                page(SharedData.resolve("seeds/001_c0d59fe90d1599a2.txt")));
        CytokineExtractor extractor = new CytokineExtractor();
        ExtensionContext context = PluginTestKit.context(extractor);
        List<Finding> findings = new ArrayList<>();
        for (BibliographicRecord record : records) {
            findings.addAll(extractor.extract(record, context));
        }

        EvaluationReport report = new Evaluator(CytokineKind.KIND).evaluate(new GoldReader().read(gold), records, findings);
        String text = report.renderFigures("cytokine") + report.renderErrors();

        assertThat(report.unreadGoldRecords()).as(text).isEmpty();
        assertThat(report.goldTriples()).isEqualTo(10);
        assertThat(report.truePositives()).as(text).isEqualTo(10);
        assertThat(report.falsePositives()).as(text).isEmpty();
        assertThat(findings).filteredOn(f -> f.recordId().equals(records.get(0).id())).isEmpty();
        EvidenceAssertions.assertEvidenceMatchesRecord(records, findings);
    }

    /** A seed page read by the real page source, as a run reads it. */
    private static BibliographicRecord page(Path file) {
        List<BibliographicRecord> records = PluginTestKit.read(new PubmedPageSource(), file).records();
        assertThat(records).hasSize(1);
        return records.get(0);
    }
}
