package org.evidentia.runtime.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Finding;
import org.evidentia.api.RecordFindings;
import org.evidentia.api.ReportWriter;
import org.evidentia.api.RunSummary;
import org.evidentia.api.Synthesis;
import org.evidentia.runtime.engine.ConfigurationException;
import org.evidentia.runtime.engine.ExtensionCatalog;
import org.evidentia.runtime.engine.Pipeline;
import org.evidentia.runtime.engine.RunEngine;
import org.evidentia.runtime.engine.RunProgress;
import org.evidentia.runtime.engine.RunResult;
import org.evidentia.runtime.evaluation.EvaluationReport;
import org.evidentia.runtime.evaluation.Evaluator;
import org.evidentia.runtime.evaluation.GoldFinding;
import org.evidentia.runtime.evaluation.GoldReader;
import org.evidentia.runtime.host.PluginHost;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code evidentia evaluate}: runs the pipeline on inputs and scores its findings against a gold
 * file, as docs/evaluation.md describes. Works for any extractor plugin.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Run the pipeline and score its findings against hand-annotated gold findings:",
                "precision, recall and F1 over (record, cytokine, direction), specimen accuracy,",
                "and every false positive and miss with its sentence."})
final class EvaluateCommand implements Callable<Integer> {

    @ParentCommand
    EvidentiaCommand top;

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "FILE.jsonl", description = "The gold findings (docs/evaluation.md).")
    Path gold;

    @Option(names = "--min-f1", paramLabel = "X", description = "Exit 1 when F1 is below X (for CI gates).")
    Double minF1;

    @Option(names = "--min-specimen-accuracy", paramLabel = "X", description = "Exit 1 when specimen accuracy is below X.")
    Double minSpecimenAccuracy;

    @Mixin
    PipelineOptions what;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<GoldFinding> goldFindings;
        try {
            goldFindings = new GoldReader().read(gold);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ConfigurationException("gold file " + gold + " does not exist");
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("gold file " + e.getMessage()); // names the file and line
        } catch (IOException e) {
            throw new ConfigurationException("gold file " + gold + " cannot be read: " + e.getMessage());
        }
        Pipeline pipeline = what.toPipeline("evidentia-evaluation");
        Capture capture = new Capture(goldFindings);
        try (PluginHost host = top.startHost(spec.commandLine().getErr())) {
            RunEngine engine = top.engine();
            RunResult result;
            try {
                result = engine.run(pipeline, what.base(), ExtensionCatalog.of(host), RunProgress.NONE, List.of(capture));
            } catch (ConfigurationException e) {
                throw what.locate(e);
            }
            EvaluationReport report = Evaluator.evaluate(goldFindings, capture.records, capture.findings);
            out.print(report.render());
            out.printf(Locale.ROOT, "%nRecords read: %d; findings in gold records: %d; problems: %d%n",
                    result.summary().counts().recordsRead(), capture.findings.size(), result.summary().problems().size());
            out.flush();
            boolean belowTarget = (minF1 != null && report.f1() < minF1)
                    || (minSpecimenAccuracy != null && report.specimenAccuracy() < minSpecimenAccuracy);
            if (belowTarget) {
                spec.commandLine().getErr().printf(Locale.ROOT, "evidentia: below target: F1 %.3f (min %s), specimen accuracy %.3f (min %s)%n",
                        report.f1(), minF1, report.specimenAccuracy(), minSpecimenAccuracy);
            }
            return result.failed() || belowTarget ? ExitCode.FAILED : ExitCode.OK;
        }
    }

    /** The host's own writer: keeps the records the gold file names, with their findings, as the run flows. */
    private static final class Capture implements ReportWriter {
        private final List<GoldFinding> gold;
        final List<BibliographicRecord> records = new ArrayList<>();
        final List<Finding> findings = new ArrayList<>();

        Capture(List<GoldFinding> gold) {
            this.gold = gold;
        }

        @Override
        public void record(RecordFindings record) {
            if (gold.stream().anyMatch(g -> g.record().matches(record.record()))) {
                records.add(record.record());
                findings.addAll(record.findings());
            }
        }

        @Override
        public void finish(RunSummary summary, Synthesis synthesis) {
        }
    }
}
