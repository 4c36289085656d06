package org.evidentia.runtime.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Evidence;
import org.evidentia.api.Finding;
import org.evidentia.api.ReportContext;
import org.evidentia.api.Reporter;
import org.evidentia.runtime.EvidentiaVersion;
import org.evidentia.runtime.engine.ConfigurationException;
import org.evidentia.runtime.engine.ExtensionCatalog;
import org.evidentia.runtime.engine.Pipeline;
import org.evidentia.runtime.engine.RunEngine;
import org.evidentia.runtime.engine.RunResult;
import org.evidentia.runtime.evaluation.EvaluationReport;
import org.evidentia.runtime.evaluation.Evaluator;
import org.evidentia.runtime.evaluation.GoldFinding;
import org.evidentia.runtime.evaluation.GoldReader;
import org.evidentia.runtime.host.LoadedExtension;
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
        if (what.reporters.isEmpty()) {
            what.reporters = new ArrayList<>(List.of(Capture.NAME));
        }
        boolean temporaryOutput = what.output == null;
        if (temporaryOutput) {
            what.output = Files.createTempDirectory("evidentia-evaluate");
        }
        Pipeline pipeline = what.toPipeline();
        Capture capture = new Capture(goldFindings);
        try (PluginHost host = top.startHost(spec.commandLine().getErr())) {
            ExtensionCatalog plugins = ExtensionCatalog.of(host);
            List<LoadedExtension<Reporter>> reporters = new ArrayList<>(plugins.reporters());
            reporters.add(new LoadedExtension<>(capture, "evidentia", EvidentiaVersion.get()));
            reporters.sort(Comparator.comparing(LoadedExtension::name));
            ExtensionCatalog catalog = plugins.withReporters(reporters);
            RunEngine engine = top.engine();
            RunResult result = engine.run(pipeline, what.base(), catalog, org.evidentia.runtime.engine.RunProgress.NONE);
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
        } finally {
            if (temporaryOutput) {
                deleteTree(what.output);
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** A host-side reporter that keeps the records named in the gold file and their findings. */
    private static final class Capture implements Reporter {
        static final String NAME = "evaluation-capture";
        private final List<GoldFinding> gold;
        final List<BibliographicRecord> records = new ArrayList<>();
        final List<Finding> findings = new ArrayList<>();

        Capture(List<GoldFinding> gold) {
            this.gold = gold;
        }

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public String description() {
            return "keeps the gold records' findings for evaluate";
        }

        @Override
        public void report(Evidence evidence, ReportContext context) {
            Set<String> kept = new HashSet<>();
            try (Stream<BibliographicRecord> all = evidence.records()) {
                all.filter(r -> gold.stream().anyMatch(g -> g.record().matches(r))).forEach(r -> {
                    records.add(r);
                    kept.add(r.id());
                });
            }
            evidence.findings().stream().filter(f -> kept.contains(f.recordId())).forEach(findings::add);
        }
    }
}
