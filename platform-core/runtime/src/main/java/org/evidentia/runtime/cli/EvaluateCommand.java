package org.evidentia.runtime.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Extractor;
import org.evidentia.api.Finding;
import org.evidentia.api.FindingKind;
import org.evidentia.api.RecordFindings;
import org.evidentia.api.ReportWriter;
import org.evidentia.api.RunSummary;
import org.evidentia.api.Synthesis;
import org.evidentia.runtime.engine.ConfigurationException;
import org.evidentia.runtime.engine.ExtensionCatalog;
import org.evidentia.runtime.engine.Pipeline;
import org.evidentia.runtime.engine.RunEngine;
import org.evidentia.runtime.engine.RunResult;
import org.evidentia.runtime.engine.RunStop;
import org.evidentia.runtime.evaluation.ErrorsFile;
import org.evidentia.runtime.evaluation.EvaluationReport;
import org.evidentia.runtime.evaluation.Evaluator;
import org.evidentia.runtime.evaluation.GoldFinding;
import org.evidentia.runtime.evaluation.GoldCheck;
import org.evidentia.runtime.evaluation.GoldReader;
import org.evidentia.runtime.host.LoadedExtension;
import org.evidentia.runtime.host.PluginHost;
import org.evidentia.runtime.retrieval.InputRetrieval;
import org.evidentia.runtime.text.IoMessages;
import org.evidentia.runtime.text.Plural;
import org.evidentia.runtime.text.ProblemLines;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code evidentia evaluate}: runs the pipeline on inputs and scores its findings against one or
 * more gold files, as docs/evaluation.md describes. Works for any extractor plugin: what is scored
 * (key equivalences, closed attributes) comes from the selected extractor's finding kind.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true, versionProvider = EvidentiaCommand.Version.class,
        modelTransformer = EvaluateCommand.OwnWords.class,
        description = {"Run the pipeline and score its findings against hand-annotated gold findings.",
                "Prints precision, recall and F1 over (record, subject, direction), the accuracy of every closed",
                "attribute of the extractor's finding kind, per gold file and pooled, and every error."})
final class EvaluateCommand implements Callable<Integer>, InterruptionNotice {

    /** Evaluate's words for the options it shares with run. */
    static final class OwnWords implements CommandLine.IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec spec) {
            return new PipelineOptions.OwnWords(
                    "Output folder of the run whose findings are scored (default: evidentia-evaluation in the current folder; the"
                            + " scores are printed). The evaluation replaces its whole content.",
                    "The extractor whose findings are scored: one (needed when several are available).",
                    "Accepted, and not applied: evaluate scores every finding, since a focus would count the gold findings outside it"
                            + " as missed.").describe(spec);
        }
    }

    @ParentCommand
    EvidentiaCommand top;

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "FILE.jsonl",
            description = "Gold findings (docs/evaluation.md); repeatable: each file is scored on its own, then pooled.")
    List<Path> gold = new ArrayList<>();

    @Option(names = "--errors", paramLabel = "FILE.jsonl",
            description = "Write every false positive, miss and attribute mismatch to FILE (JSON Lines) instead of the console.")
    Path errors;

    @Option(names = "--min-f1", paramLabel = "X", description = "Exit 1 when the F1 of any gold file, or pooled, is below X (for CI gates).")
    Double minF1;

    @Option(names = "--min-accuracy", paramLabel = "ATTRIBUTE=X",
            description = "Exit 1 when the accuracy of a closed attribute (e.g. specimen=0.85) of any gold file, or pooled, "
                    + "is below X (repeatable).")
    Map<String, Double> minAccuracy = new LinkedHashMap<>();

    @Option(names = "--min-specimen-accuracy", paramLabel = "X", description = "The same as --min-accuracy specimen=X.")
    Double minSpecimenAccuracy;

    @Option(names = "--no-progress", description = "Do not show a progress bar (it shows only when stderr is a terminal), as run.")
    boolean noProgress;

    @Mixin
    PipelineOptions what;

    /** The --errors file is written in place at the end, so a stop while it is written leaves it cut short. */
    @Override
    public String interruptionNotice(ParseResult asRun) {
        return errors == null ? Main.INTERRUPTED
                : Main.INTERRUPTED + ": " + errors + " (--errors) may be cut short if it was being written; run the command again";
    }

    /** Refuses a threshold outside 0 to 1, what F1 and an accuracy can be. */
    private static void refuseOutsideZeroToOne(String option, Double min) throws ConfigurationException {
        if (min != null && !(min >= 0 && min <= 1)) {
            throw new ConfigurationException(option + (option.endsWith("=") ? "" : " ") + min + ": expected a number from 0 to 1"
                    + " (an F1 or an accuracy, such as 0.85)");
        }
    }

    /**
     * Warns of a record that two gold files name (a revised copy of a file, files of two annotators that overlap for their
     * agreement): the pooled figures sum the files', so it weighs twice there (the review of session 23, E6).
     */
    private void warnOfRecordsInSeveralFiles(Map<Path, List<GoldFinding>> goldFiles) {
        Map<String, java.util.Set<Path>> filesOf = new LinkedHashMap<>();
        Map<String, String> shown = new LinkedHashMap<>();
        goldFiles.forEach((file, lines) -> lines.forEach(g -> {
            filesOf.computeIfAbsent(g.record().identity(), k -> new java.util.LinkedHashSet<>()).add(file);
            shown.putIfAbsent(g.record().identity(), g.record().toString());
        }));
        List<String> shared = filesOf.entrySet().stream().filter(e -> e.getValue().size() > 1).map(e -> shown.get(e.getKey())).toList();
        if (!shared.isEmpty()) {
            spec.commandLine().getErr().printf(Locale.ROOT, "evidentia: warning: %s named by more than one gold file (%s%s): each file"
                    + " scores it, and the pooled figures count it once for each%n", Plural.count(shared.size(), "record"),
                    String.join(", ", shared.subList(0, Math.min(5, shared.size()))), shared.size() > 5 ? ", ..." : "");
        }
    }

    /**
     * Refuses two gates of one attribute, as picocli refuses --min-f1 given twice: its map kept the last of them, and the
     * explicit --min-specimen-accuracy lost to --min-accuracy specimen=, so a CI file's stricter gate went without a word
     * (the review of session 23, E4).
     */
    private void refuseATwiceGivenGate() throws ConfigurationException {
        Map<String, List<String>> given = new LinkedHashMap<>();
        if (minSpecimenAccuracy != null) {
            given.computeIfAbsent("specimen", k -> new ArrayList<>()).add("--min-specimen-accuracy " + minSpecimenAccuracy);
        }
        if (spec.commandLine().getParseResult() != null) {
            OptionSpec matched = spec.commandLine().getParseResult().matchedOption("--min-accuracy");
            for (String value : matched == null ? List.<String>of() : matched.originalStringValues()) {
                given.computeIfAbsent(value.split("=", 2)[0], k -> new ArrayList<>()).add("--min-accuracy " + value);
            }
        }
        for (Map.Entry<String, List<String>> gates : given.entrySet()) {
            if (gates.getValue().size() > 1) {
                throw new ConfigurationException(String.join(" and ", gates.getValue()) + ": a gate of " + gates.getKey()
                        + " given twice; give each attribute's once");
            }
        }
    }

    /** Refuses, before the run, an --errors file that would destroy what the run reads, or that cannot be written. */
    private void refuseErrorsFile(Pipeline pipeline) throws ConfigurationException {
        if (errors == null) {
            return;
        }
        List<Path> read = new ArrayList<>(gold);
        for (String input : pipeline.inputs()) {
            try {
                Path path = what.base().resolve(input);
                if (Files.exists(path)) {
                    read.add(path);
                }
            } catch (InvalidPathException notAPath) {
                // a search or a pattern: nothing on disk the errors could be written over
            }
        }
        String refusal = ErrorsFile.refusal(errors, read, what.base().resolve(pipeline.output()));
        if (refusal != null) {
            throw new ConfigurationException("--errors " + errors + " " + refusal);
        }
    }

    @Override
    public Integer call() throws Exception {
        // a gate of 1.5 fails every run and one of -3 passes every run: either is a typo, not a gate
        refuseOutsideZeroToOne("--min-f1", minF1);
        for (Map.Entry<String, Double> min : minAccuracy.entrySet()) {
            refuseOutsideZeroToOne("--min-accuracy " + min.getKey() + "=", min.getValue());
        }
        refuseOutsideZeroToOne("--min-specimen-accuracy", minSpecimenAccuracy);
        refuseATwiceGivenGate();
        PrintWriter out = spec.commandLine().getOut();
        Map<Path, List<GoldFinding>> goldFiles = new LinkedHashMap<>();
        // every gold file's mistakes, told together once the extractor's kind is known: a hand-made file, or two, is mended in
        // one go, not a file and then a value a run (the review of session 23, E10)
        Map<Path, List<String>> goldMistakes = new LinkedHashMap<>();
        Map<Path, Path> byRealPath = new LinkedHashMap<>();
        for (Path file : gold) {
            Path real = file.toAbsolutePath().normalize();
            try {
                real = file.toRealPath();
            } catch (IOException e) {
                // readGold tells why it cannot be read
            }
            Path earlier = byRealPath.putIfAbsent(real, file);
            if (earlier != null && !earlier.equals(file)) {
                // scored twice and pooled as two files, it weighed twice in the pooled figures (an explorer's s21, D16)
                throw new ConfigurationException("--gold " + file + " is " + earlier + ", given twice: give each gold file once");
            }
            readGold(file, goldFiles, goldMistakes);
        }
        warnOfRecordsInSeveralFiles(goldFiles);
        Map<String, Double> thresholds = new LinkedHashMap<>(minAccuracy);
        if (minSpecimenAccuracy != null) {
            thresholds.putIfAbsent("specimen", minSpecimenAccuracy);
        }
        Pipeline pipeline = what.toPipeline("evidentia-evaluation");
        if (what.arguments.isEmpty() && what.addedInputs.isEmpty()) {
            // inputs forgotten: it scored the bundled example against the user's gold, exit 0 and "Precision 1.000", without a
            // word of what it read, where run says so (the review of session 30, K4)
            spec.commandLine().getErr().println("note: no inputs given: this evaluation reads the bundled example"
                    + " (conf/pipelines/example.yaml), not the records your gold files were annotated on");
        }
        if (pipeline.exclusions() != null) {
            // a score measures the extractor: a gold record screened out would count its findings as missed, and the score
            // would fall whenever a reviewer excludes one
            spec.commandLine().getErr().printf(Locale.ROOT, "note: evaluate scores every record: the exclusion list %s (%s) is not"
                    + " applied%n", pipeline.exclusions().file(), Plural.count(pipeline.exclusions().exclusions().size(), "id"));
            pipeline = pipeline.withoutExclusions();
        }
        if (!pipeline.focus().isEmpty()) {
            // likewise a focus: it would count the gold's findings outside it as missed, and leave out exactly the predictions
            // whose focused attribute is wrong, raising that attribute's accuracy (the review of session 19, E1)
            spec.commandLine().getErr().printf(Locale.ROOT, "note: evaluate scores every finding: the focus %s is not applied%n",
                    String.join(", ", pipeline.focus()));
            pipeline = pipeline.withoutFocus();
        }
        refuseErrorsFile(pipeline);
        List<GoldFinding> allGold = goldFiles.values().stream().flatMap(List::stream).toList();
        Capture capture = new Capture(allGold);
        try (PluginHost host = top.startHost(spec.commandLine().getErr())) {
            ExtensionCatalog plugins = ExtensionCatalog.of(host);
            LoadedExtension<Extractor> extractor;
            try {
                extractor = extractor(plugins, pipeline);
            } catch (ConfigurationException e) {
                throw withGoldMistakes(e.issues(), goldMistakes);
            }
            Evaluator evaluator = new Evaluator(extractor.extension().findingKind());
            checkGold(goldFiles, goldMistakes, evaluator.kind());
            for (String attribute : thresholds.keySet()) {
                if (evaluator.kind().attribute(attribute).filter(FindingKind.Attribute::closed).isEmpty()) {
                    throw new ConfigurationException("--min-accuracy " + attribute + ": the finding kind "
                            + evaluator.kind().name() + " has no closed attribute '" + attribute + "' (it has "
                            + String.join(", ", evaluator.kind().attributes().stream().filter(FindingKind.Attribute::closed)
                                    .map(FindingKind.Attribute::name).toList()) + ")");
                }
            }
            InputRetrieval.of(host, spec.commandLine().getErr()).refuseSearches("evaluate", pipeline, what.base());
            RunEngine engine = top.engine(RunStop.NEVER); // no orderly stop: Java's end stops an evaluation
            RunResult result;
            try (ConsoleProgress progress = ConsoleProgress.create(!noProgress)) {
                result = engine.run(pipeline, what.base(), plugins, progress, List.of(capture));
            } catch (ConfigurationException e) {
                throw what.locate(e);
            }

            Map<String, EvaluationReport> reports = new LinkedHashMap<>();
            goldFiles.forEach((file, lines) -> reports.put(file.toString(),
                    evaluator.evaluate(lines, capture.records, capture.findings)));
            String subject = EvaluationReport.subjectName(evaluator.kind());
            List<String> below = new ArrayList<>();
            for (Map.Entry<String, EvaluationReport> e : reports.entrySet()) {
                if (reports.size() > 1) {
                    out.printf(Locale.ROOT, "== %s%n", e.getKey());
                }
                out.print(e.getValue().renderFigures(subject));
                below.addAll(belowTargets(e.getKey(), e.getValue(), minF1, thresholds));
            }
            if (reports.size() > 1) {
                EvaluationReport pooled = EvaluationReport.pool(new ArrayList<>(reports.values()));
                out.printf(Locale.ROOT, "== pooled (%s)%n", Plural.count(reports.size(), "gold file"));
                out.print(pooled.renderFigures(subject));
                below.addAll(belowTargets("pooled", pooled, minF1, thresholds));
            }
            out.flush(); // the figures first, then the warning about them, where both go to one terminal
            for (Path file : goldFiles.keySet()) {
                EvaluationReport report = reports.get(file.toString());
                Map<String, String> writtenOtherwise = report.subjectsWrittenOtherwise(evaluator.kind());
                if (writtenOtherwise.isEmpty() && report.noGoldSubjectPredicted(evaluator.kind())) {
                    spec.commandLine().getErr().printf(Locale.ROOT, "evidentia: warning: %s: extractor %s found none of the gold's"
                            + " subjects in the gold records read (%s); if the file was annotated for another extractor, name that one with -x"
                            + " (extractors: %s)%n", file, extractor.name(), firstOf(report.goldSubjectsOfRecordsRead(), 5),
                            String.join(", ", plugins.extractors().stream().map(LoadedExtension::name).toList()));
                }
                writtenOtherwise.forEach((gold, predicted) -> spec.commandLine().getErr().printf(
                        Locale.ROOT, "evidentia: warning: %s: the gold's subject %s was missed where the extractor found %s in the same"
                                + " record: a gold subject is the extractor's key (%s), or each such line scores a miss and a false"
                                + " positive%n", file, gold, predicted, predicted));
                report.noneContradicted().forEach(c -> spec.commandLine().getErr().printf(Locale.ROOT, "evidentia: warning: %s: line %d"
                        + " says %s has no finding (\"none\": true), but line %d gives it one, naming it by %s, and an input holds one record"
                        + " known by both: its findings are scored; mend one of the two lines%n", file, c.none().line(), c.none().record(),
                        c.finding().line(), c.finding().record()));
            }
            if (errors != null) {
                ErrorsFile.write(errors, reports);
                out.printf(Locale.ROOT, "%nErrors written to %s%n", errors);
            } else {
                for (Map.Entry<String, EvaluationReport> e : reports.entrySet()) {
                    String listing = e.getValue().renderErrors();
                    if (!listing.isEmpty()) {
                        out.print(EvaluationReport.errorsHeading(reports.size() > 1 ? e.getKey() : null) + listing);
                    }
                }
            }
            out.printf(Locale.ROOT, "%n%s%n", totals(result.summary().counts().recordsRead(), capture.findings.size(),
                    capture.findingsElsewhere, result.summary().problems().size()));
            out.flush();
            // what the run met, as run prints it: an input read as empty or by no source fails the run, and figures of no
            // record with exit 1 and no word of why read as a gate missed (the review of session 23, E9)
            PrintWriter err = spec.commandLine().getErr();
            ProblemLines.print(result.summary().problems(), "see " + what.base().resolve(pipeline.output()).resolve("run.json"), err);
            if (result.failed()) {
                err.println("evidentia: the run failed: " + result.reason());
            }
            err.flush();
            if (!below.isEmpty()) {
                spec.commandLine().getErr().printf(Locale.ROOT, "evidentia: below target: %s%n", String.join("; ", below));
            }
            return result.failed() || !below.isEmpty() ? ExitCode.FAILED : ExitCode.OK;
        }
    }

    /**
     * Refuses gold files that are malformed or say what {@code kind} cannot mean, every mistake of every file at its line,
     * before anything is read; warns of each field that is no attribute of the kind ({@link GoldCheck}).
     */
    private void checkGold(Map<Path, List<GoldFinding>> goldFiles, Map<Path, List<String>> goldMistakes, FindingKind kind)
            throws ConfigurationException {
        goldFiles.forEach((file, lines) -> {
            GoldCheck check = GoldCheck.of(lines, kind);
            check.mistakes().forEach(mistake -> goldMistakes.computeIfAbsent(file, f -> new ArrayList<>()).add(file + ":" + mistake));
            check.warnings().forEach(warning -> spec.commandLine().getErr().printf(Locale.ROOT, "evidentia: warning: gold file %s: %s%n",
                    file, warning));
        });
        spec.commandLine().getErr().flush();
        if (!goldMistakes.isEmpty()) {
            throw withGoldMistakes(List.of(), goldMistakes);
        }
    }

    /** {@code issues}, after the gold files' mistakes in the order of the files and, within one, malformed lines first. */
    private ConfigurationException withGoldMistakes(List<ConfigurationException.Issue> issues, Map<Path, List<String>> goldMistakes) {
        List<ConfigurationException.Issue> all = new ArrayList<>();
        new java.util.LinkedHashSet<>(gold).stream().map(goldMistakes::get).filter(java.util.Objects::nonNull).flatMap(List::stream)
                .forEach(mistake -> all.add(new ConfigurationException.Issue(null, "gold file " + mistake)));
        all.addAll(issues);
        return new ConfigurationException(all);
    }

    /**
     * Reads {@code file} into {@code goldFiles}, its well-formed lines where some are not, and what is wrong with it into
     * {@code goldMistakes}, each mistake naming the file (and the line).
     */
    private static void readGold(Path file, Map<Path, List<GoldFinding>> goldFiles, Map<Path, List<String>> goldMistakes) {
        String mistake;
        try {
            goldFiles.put(file, new GoldReader().read(file));
            return;
        } catch (NoSuchFileException e) {
            mistake = file + " does not exist";
        } catch (GoldReader.MalformedGold e) {
            goldFiles.put(file, e.wellFormed());
            goldMistakes.put(file, new ArrayList<>(e.mistakes())); // each names the file and line
            return;
        } catch (CharacterCodingException e) {
            mistake = file + ": not UTF-8 text; a gold file is JSON Lines, saved as UTF-8";
        } catch (IOException e) {
            mistake = file + " cannot be read: " + IoMessages.plain(e);
        }
        goldMistakes.put(file, new ArrayList<>(List.of(mistake)));
    }

    /** The extractor the run uses, whose findings are scored: the one named with -x, or the only one. */
    private static LoadedExtension<Extractor> extractor(ExtensionCatalog plugins, Pipeline pipeline) throws ConfigurationException {
        List<LoadedExtension<Extractor>> selected = plugins.extractors().stream()
                .filter(e -> pipeline.extractors().isEmpty() || pipeline.extractors().contains(e.name()))
                .toList();
        if (selected.size() != 1) {
            throw new ConfigurationException(selected.isEmpty()
                    ? "evaluate needs an extractor, and none is available" + (pipeline.extractors().isEmpty() ? "" : " of " + pipeline.extractors())
                    : "evaluate scores one extractor's findings; name it with -x (available: "
                            + String.join(", ", selected.stream().map(LoadedExtension::name).toList()) + ")");
        }
        return selected.get(0);
    }

    /** The first {@code shown} of {@code subjects}, and how many there are in all. */
    private static String firstOf(List<String> subjects, int shown) {
        return subjects.size() <= shown ? String.join(", ", subjects)
                : String.join(", ", subjects.subList(0, shown)) + ", ... " + subjects.size() + " in all";
    }

    /**
     * One message per figure of {@code report} below its threshold, each with its figure to five places and its counts (F1 as 2TP of 2TP + FP + FN): the
     * figures print to three, and "F1 0.924 (min 0.924)" said the target was met where F1 was 170/184 = 0.92391 (the review
     * of session 19, E4).
     */
    static List<String> belowTargets(String name, EvaluationReport report, Double minF1, Map<String, Double> thresholds) {
        List<String> below = new ArrayList<>();
        if (minF1 != null && report.f1() < minF1) {
            int tp = report.truePositives();
            below.add(String.format(Locale.ROOT, "%s F1 %.5f, %d of %d (min %s)", name, report.f1(), 2 * tp,
                    2 * tp + report.falsePositives().size() + report.misses().size(), minF1));
        }
        thresholds.forEach((attribute, min) -> {
            EvaluationReport.AttributeScore score = report.attribute(attribute);
            if (score != null && score.counted() == 0) {
                below.add(String.format(Locale.ROOT, "%s %s accuracy not measured: no matched triple with a gold %s (min %s)", name,
                        attribute, attribute, min));
            } else if (score != null && score.accuracy() < min) {
                below.add(String.format(Locale.ROOT, "%s %s accuracy %.5f, %d of %d (min %s)", name, attribute, score.accuracy(),
                        score.correct(), score.counted(), min));
            }
        });
        return below;
    }

    /**
     * The host's own writer: keeps the records the gold files name, with their findings, as the run
     * flows, and counts the findings of the other records, which are not scored.
     */
    private static final class Capture implements ReportWriter {
        private final List<GoldFinding> gold;
        final List<BibliographicRecord> records = new ArrayList<>();
        final List<Finding> findings = new ArrayList<>();
        long findingsElsewhere;

        Capture(List<GoldFinding> gold) {
            this.gold = gold;
        }

        @Override
        public void record(RecordFindings record) {
            if (gold.stream().anyMatch(g -> g.record().matches(record.record()))) {
                records.add(record.record());
                findings.addAll(record.findings());
            } else {
                findingsElsewhere += record.findings().size();
            }
        }

        @Override
        public void finish(RunSummary summary, Synthesis synthesis) {
        }
    }

    /**
     * The closing line: what the run read, found in the records a gold file names and in the others
     * (not scored), and met, counted as the run's console counts.
     */
    static String totals(long records, long findingsInGoldRecords, long findingsElsewhere, long problems) {
        return "Read " + Plural.count(records, "record") + "; " + Plural.count(findingsInGoldRecords, "finding") + " in gold records, "
                + String.format(Locale.ROOT, "%,d", findingsElsewhere) + " in other records (not scored); " + Plural.count(problems, "problem");
    }
}
