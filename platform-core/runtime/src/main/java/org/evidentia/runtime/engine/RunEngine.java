package org.evidentia.runtime.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;
import org.evidentia.api.Extension;
import org.evidentia.api.Extractor;
import org.evidentia.api.Finding;
import org.evidentia.api.Reporter;
import org.evidentia.api.RunSummary.Counts;
import org.evidentia.api.RunSummary.InputSummary;
import org.evidentia.api.RunSummary.PluginSummary;
import org.evidentia.api.RunSummary.Problem;
import org.evidentia.api.RunSummary;
import org.evidentia.api.Source;
import org.evidentia.api.Synthesis;
import org.evidentia.runtime.host.LoadedExtension;
import org.evidentia.runtime.input.PathSourceInput;
import org.evidentia.runtime.options.OptionsBinder;
import org.evidentia.runtime.options.OptionsException;
import org.evidentia.runtime.output.AtomicOutputFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a {@link Pipeline}: reads every input with the best source, merges duplicates, runs the
 * extractors in parallel with a deterministic order, synthesises, hands the evidence to each
 * reporter and writes {@code run.json}.
 */
public final class RunEngine {

    private static final Logger LOG = LoggerFactory.getLogger(RunEngine.class);

    private final OptionsBinder binder;
    private final Function<List<Finding>, Synthesis> synthesis;
    private final String version;

    /**
     * @param binder    binds extension options
     * @param synthesis the core synthesis service
     * @param version   this Evidentia's version, for run.json
     */
    public RunEngine(OptionsBinder binder, Function<List<Finding>, Synthesis> synthesis, String version) {
        this.binder = binder;
        this.synthesis = synthesis;
        this.version = version;
    }

    /**
     * Checks a pipeline against the available extensions without running it: resolves the inputs,
     * selects the extensions it names (all of a kind when it names none) and binds their options.
     *
     * @param base the folder relative inputs are resolved against
     * @throws ConfigurationException when the pipeline names unknown extensions, bad options or no input
     */
    public RunPlan plan(Pipeline pipeline, Path base, ExtensionCatalog catalog) throws ConfigurationException {
        List<Path> files = new InputResolver(base).resolve(pipeline.inputs());
        List<LoadedExtension<Source>> sources = select("source", pipeline.sources(), catalog.sources());
        List<LoadedExtension<Extractor>> extractors = select("extractor", pipeline.extractors(), catalog.extractors());
        List<LoadedExtension<Reporter>> reporters = select("reporter", pipeline.reporters(), catalog.reporters());
        checkOptionTargets(pipeline, catalog);
        Map<String, Record> options = new TreeMap<>();
        for (LoadedExtension<? extends Extension> e : concat(sources, extractors, reporters)) {
            options.put(e.name(), bind(e.extension(), pipeline.options().get(e.name())));
        }
        return new RunPlan(files, sources, pipeline.sources().size() == 1, extractors, reporters, options);
    }

    /**
     * Runs a pipeline.
     *
     * @param base    the folder relative inputs are resolved against
     * @throws ConfigurationException when the pipeline names unknown extensions, bad options or no input
     * @throws IOException            when the output folder cannot be written
     */
    public RunResult run(Pipeline pipeline, Path base, ExtensionCatalog catalog, RunProgress progress)
            throws ConfigurationException, IOException, InterruptedException {
        return run(pipeline, base, catalog, progress, List.of());
    }

    /**
     * Runs a pipeline and adds {@code sections} to run.json (after its inputs).
     *
     * @param sections what was done before the run (such as retrievals), for run.json
     * @see #run(Pipeline, Path, ExtensionCatalog, RunProgress)
     */
    public RunResult run(Pipeline pipeline, Path base, ExtensionCatalog catalog, RunProgress progress,
                         List<RunJsonSection> sections) throws ConfigurationException, IOException, InterruptedException {
        long started = System.nanoTime();
        RunPlan plan = plan(pipeline, base, catalog);
        List<Path> files = plan.files();
        List<LoadedExtension<Source>> sources = plan.sources();
        List<LoadedExtension<Extractor>> extractors = plan.extractors();
        List<LoadedExtension<Reporter>> reporters = plan.reporters();
        Map<String, Record> options = plan.options();
        ProblemLog log = new ProblemLog();
        for (String problem : catalog.pluginProblems()) {
            log.add(new Problem(Problem.Kind.PLUGIN_ERROR, null, null, 0, 0, null, "plugin " + problem));
        }
        AtomicOutputFolder output = new AtomicOutputFolder(pipeline.output());
        Instant runDate = pipeline.runDate() != null ? pipeline.runDate() : Instant.now().truncatedTo(ChronoUnit.SECONDS);

        ExecutorService hashing = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "evidentia-sha256");
            t.setDaemon(true);
            return t;
        });
        // One digest per file, in file order, computed beside the reading.
        List<Future<String>> digests = files.stream().map(f -> hashing.submit(() -> sha256(f))).toList();

        List<InputSummary> inputs = new ArrayList<>();
        Map<String, TreeSet<String>> usedByPlugin = new TreeMap<>();
        extractors.forEach(e -> used(usedByPlugin, e));
        reporters.forEach(e -> used(usedByPlugin, e));
        List<ExtractionStage.BoundExtractor> bound = extractors.stream().map(e -> new ExtractionStage.BoundExtractor(e,
                new ExtensionRunContext(e.name(), options.get(e.name()), log, null))).toList();

        try (RecordIntake intake = new RecordIntake(bound, pipeline.threads(), log, progress)) {
            int number = 0;
            for (Path file : files) {
                String name = displayName(file);
                progress.input(name, ++number, files.size());
                PathSourceInput input = new PathSourceInput(file, name);
                LoadedExtension<Source> source = plan.sourceFor(input);
                if (source == null) {
                    log.add(new Problem(Problem.Kind.INPUT_ERROR, null, name, 0, 0, null,
                            "no source reads this file; known formats: " + describe(sources)));
                    inputs.add(new InputSummary(name, null, null, 0, 0));
                    continue;
                }
                used(usedByPlugin, source);
                inputs.add(intake.read(input, source, new ExtensionRunContext(source.name(), options.get(source.name()), log, null)));
            }
            intake.finish();

            Counts counts = intake.counts();
            List<InputSummary> hashed = new ArrayList<>();
            for (int i = 0; i < inputs.size(); i++) {
                InputSummary in = inputs.get(i);
                hashed.add(new InputSummary(in.path(), digest(digests.get(i)), in.source(), in.records(), in.skipped()));
            }
            hashing.shutdown();
            Map<String, Map<String, String>> optionText = new TreeMap<>();
            options.forEach((name, value) -> optionText.put(name, binder.toText(value)));
            List<PluginSummary> plugins = usedByPlugin.entrySet().stream()
                    .map(e -> new PluginSummary(e.getKey(), versionOf(e.getKey(), catalog), List.copyOf(e.getValue())))
                    .toList();
            long readMillis = (System.nanoTime() - started) / 1_000_000;

            progress.reporting();
            Synthesis synthesized = synthesis.apply(intake.findings());
            RunSummary beforeReports = new RunSummary(version, runDate, hashed, plugins, optionText, counts, log.problems(), log.notices());
            RunEvidence evidence = new RunEvidence(beforeReports, intake.spool(), intake.findings(), synthesized);
            for (LoadedExtension<Reporter> reporter : reporters) {
                report(reporter, evidence, new ExtensionRunContext(reporter.name(), options.get(reporter.name()), log, output), log);
            }
            RunSummary summary = new RunSummary(version, runDate, hashed, plugins, optionText, counts, log.problems(), log.notices());
            long totalMillis = (System.nanoTime() - started) / 1_000_000;
            String failure = null;
            if (!files.isEmpty() && intake.inputsRead() == 0) {
                failure = "no input could be read";
            } else if (pipeline.strict() && !summary.problems().isEmpty()) {
                failure = summary.problems().size() + " problem(s) met and --strict was given";
            }
            RunJson.write(output, summary, new RunJson.Run(
                    sources.stream().map(LoadedExtension::name).toList(),
                    extractors.stream().map(LoadedExtension::name).toList(),
                    reporters.stream().map(LoadedExtension::name).toList(),
                    pipeline.strict(), pipeline.threads(), readMillis, totalMillis - readMillis, totalMillis, failure, sections));
            return new RunResult(summary, output.root(), output.written(), failure != null, failure);
        } finally {
            hashing.shutdownNow();
        }
    }

    private static void report(LoadedExtension<Reporter> reporter, RunEvidence evidence, ExtensionRunContext context, ProblemLog log) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(reporter.classLoader());
        try {
            reporter.extension().report(evidence, context);
        } catch (IOException | RuntimeException | LinkageError e) {
            log.add(new Problem(Problem.Kind.REPORTER_ERROR, reporter.name(), null, 0, 0, null, "failed: " + message(e)));
            LOG.debug("Reporter {} failed", reporter.name(), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static void used(Map<String, TreeSet<String>> usedByPlugin, LoadedExtension<?> e) {
        usedByPlugin.computeIfAbsent(e.pluginId(), k -> new TreeSet<>()).add(e.name());
    }

    private static String versionOf(String pluginId, ExtensionCatalog catalog) {
        return Stream.of(catalog.sources(), catalog.extractors(), catalog.reporters()).flatMap(List::stream)
                .filter(e -> e.pluginId().equals(pluginId)).map(LoadedExtension::pluginVersion).findFirst().orElse("-");
    }

    private static String describe(List<LoadedExtension<Source>> sources) {
        if (sources.isEmpty()) {
            return "none (no source plugin is loaded)";
        }
        StringBuilder text = new StringBuilder();
        for (LoadedExtension<Source> s : sources) {
            text.append(text.length() == 0 ? "" : "; ").append(s.name()).append(" (").append(s.extension().description()).append(')');
        }
        return text.toString();
    }

    private <T extends Extension> List<LoadedExtension<T>> select(String kind, List<String> names, List<LoadedExtension<T>> available)
            throws ConfigurationException {
        if (names.isEmpty()) {
            return available;
        }
        List<LoadedExtension<T>> selected = new ArrayList<>();
        for (String name : names) {
            LoadedExtension<T> match = available.stream().filter(e -> e.name().equals(name)).findFirst().orElse(null);
            if (match == null) {
                throw new ConfigurationException("no " + kind + " named '" + name + "'; available " + kind + "s: "
                        + (available.isEmpty() ? "none" : String.join(", ", available.stream().map(LoadedExtension::name).toList()))
                        + " (`evidentia plugins` lists them)");
            }
            if (!selected.contains(match)) {
                selected.add(match);
            }
        }
        return selected;
    }

    private static void checkOptionTargets(Pipeline pipeline, ExtensionCatalog catalog) throws ConfigurationException {
        for (String name : pipeline.options().keySet()) {
            if (catalog.find(name) == null) {
                throw new ConfigurationException("options are given for '" + name + "', but no extension has that name; extensions: "
                        + String.join(", ", catalog.names()));
            }
        }
    }

    private Record bind(Extension extension, Map<String, Object> values) throws ConfigurationException {
        try {
            return binder.bind(extension.name(), extension.optionsType(), values == null ? Map.of() : values);
        } catch (OptionsException e) {
            throw new ConfigurationException(e.getMessage());
        }
    }

    @SafeVarargs
    private static List<LoadedExtension<? extends Extension>> concat(List<? extends LoadedExtension<? extends Extension>>... lists) {
        List<LoadedExtension<? extends Extension>> all = new ArrayList<>();
        for (List<? extends LoadedExtension<? extends Extension>> list : lists) {
            all.addAll(list);
        }
        return all;
    }

    private static String displayName(Path file) {
        Path cwd = Path.of("").toAbsolutePath();
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(cwd) ? cwd.relativize(absolute).toString() : absolute.toString();
    }

    /** The digest, or null when the file could not be read for it (its read problem is reported). */
    private static String digest(Future<String> digest) throws InterruptedException {
        try {
            return digest.get();
        } catch (ExecutionException e) {
            return null;
        }
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
