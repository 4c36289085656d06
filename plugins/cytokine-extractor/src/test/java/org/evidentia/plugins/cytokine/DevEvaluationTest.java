package org.evidentia.plugins.cytokine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.ExtensionContext;
import org.evidentia.api.Finding;
import org.evidentia.plugins.pubmed.text.AbstractTextSource;
import org.evidentia.runtime.evaluation.EvaluationReport;
import org.evidentia.runtime.evaluation.Evaluator;
import org.evidentia.runtime.evaluation.GoldReader;
import org.evidentia.testkit.PluginTestKit;
import org.evidentia.testkit.SharedData;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The quality target of issue 4 on the dev gold: F1 at least 0.85, specimen accuracy at least 0.80. */
class DevEvaluationTest {

    private static final Logger LOG = LoggerFactory.getLogger(DevEvaluationTest.class);

    @Test
    void devGoldMeetsTheQualityTargets() throws Exception {
        Path gold = SharedData.resolve("gold/dev.jsonl");
        Path il6 = SharedData.resolve("data/abstract-text/il6_pubmed_result_160103.txt");
        // Read by the real source, as a run would: the extractor is judged on what users get.
        List<BibliographicRecord> records = PluginTestKit.read(new AbstractTextSource(), il6).records();
        assertThat(records).hasSize(507);

        CytokineExtractor extractor = new CytokineExtractor();
        ExtensionContext context = PluginTestKit.context(extractor);
        List<Finding> findings = new ArrayList<>();
        for (BibliographicRecord record : records) {
            findings.addAll(extractor.extract(record, context));
        }
        EvaluationReport report = Evaluator.evaluate(new GoldReader().read(gold), records, findings);
        LOG.info("dev evaluation:\n{}", report.render());
        // Kept beside the build output so that a failing CI run can be read without re-running.
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "dev-evaluation.txt"), report.render());

        assertThat(report.unreadGoldRecords()).isEmpty();
        EvidenceAssertions.assertEvidenceMatchesRecord(records, findings);
        assertThat(report.f1()).as(report.render()).isGreaterThanOrEqualTo(0.85);
        assertThat(report.specimenAccuracy()).as(report.render()).isGreaterThanOrEqualTo(0.80);
    }
}
