package org.evidentia.runtime.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.evidentia.api.Extension;
import org.evidentia.api.Extractor;
import org.evidentia.api.FindingKind;
import org.evidentia.api.Reporter;
import org.evidentia.api.Source;
import org.evidentia.runtime.engine.ConfigurationException.Issue;
import org.evidentia.runtime.host.ExtensionCreationException;
import org.evidentia.runtime.host.LoadedExtension;
import org.evidentia.runtime.host.PluginProblem;
import org.evidentia.runtime.options.OptionsBinder;
import org.evidentia.runtime.options.OptionsException;
import org.evidentia.runtime.synthesis.SynthesisOptions;
import org.evidentia.runtime.text.CloseNames;

/**
 * Resolves a pipeline against the extension catalog into what a run or a report uses (a {@link RunPlan}, a
 * {@link ReportPlan}), and words what is wrong with it as one {@link ConfigurationException} naming every issue: the
 * extensions it names, their options bound, the inputs and the focus checked. It runs nothing; {@link RunEngine} runs
 * what it resolved.
 */
final class RunPlanner {

    private final OptionsBinder binder;

    /** @param binder binds extension options and the synthesis' options */
    RunPlanner(OptionsBinder binder) {
        this.binder = binder;
    }

    /**
     * Checks a pipeline against the available extensions without running it: resolves the inputs,
     * selects the extensions it names (all of a kind when it names none) and binds their options
     * and the synthesis' options.
     *
     * @param base the folder relative inputs are resolved against
     * @throws ConfigurationException when the pipeline names unknown extensions, bad options or no input
     */
    RunPlan plan(Pipeline pipeline, Path base, ExtensionCatalog catalog) throws ConfigurationException {
        List<Issue> issues = new ArrayList<>();
        InputResolver.PipelineFiles inputs = new InputResolver(base).resolve(pipeline);
        issues.addAll(inputs.issues());
        List<PluginProblem> pluginProblems = new ArrayList<>(catalog.pluginProblems());
        List<LoadedExtension<Source>> sources = made("source", pipeline.sources(),
                select("source", pipeline.sources(), catalog.sources(), catalog, issues), pluginProblems, issues);
        Map<Path, LoadedExtension<Source>> chosenSources = chosenSources(pipeline, sources, catalog, inputs.chosen(), issues);
        int beforeExtractors = issues.size();
        List<LoadedExtension<Extractor>> extractors = made("extractor", pipeline.extractors(),
                select("extractor", pipeline.extractors(), catalog.extractors(), catalog, issues), pluginProblems, issues);
        boolean extractorsResolved = issues.size() == beforeExtractors;
        List<LoadedExtension<Reporter>> reporters = made("reporter", pipeline.reporters(),
                select("reporter", pipeline.reporters(), catalog.reporters(), catalog, issues), pluginProblems, issues);
        List<String> notices = new ArrayList<>();
        if (pipeline.reporters().isEmpty()) {
            reporters = bindableWithoutOptions(reporters, pipeline, notices);
            if (reporters.isEmpty() && !notices.isEmpty()) {
                // the only reporter left out: a run that wrote nothing but run.json passed (the review of the change, S11)
                issues.add(new Issue("reporters", "no reporter can run: " + String.join("; ", notices)));
            }
        }
        for (String name : pipeline.options().keySet()) {
            if (!name.equals(SynthesisOptions.NAME) && catalog.find(name) == null) {
                List<String> names = new ArrayList<>(catalog.names());
                names.add(SynthesisOptions.NAME);
                issues.add(new Issue("options." + name, "options are given for '" + name + "', but no extension has that name"
                        + CloseNames.didYouMean(name, names) + "; extensions: "
                        + String.join(", ", catalog.names()) + " (and " + SynthesisOptions.NAME + ", the core synthesis)"));
            }
        }
        Map<String, Record> options = new TreeMap<>();
        for (LoadedExtension<? extends Extension> e : LoadedExtension.all(sources, extractors, reporters)) {
            bind(e.name(), e.extension().optionsType(), pipeline.options().get(e.name()), options, issues);
        }
        bind(SynthesisOptions.NAME, SynthesisOptions.class, pipeline.options().get(SynthesisOptions.NAME), options, issues);
        // Options for an installed extension this run does not use are checked too, so that a typo is
        // found now, not on the day that extension is switched on; they are not bound into the run.
        Set<String> used = new HashSet<>(LoadedExtension.names(LoadedExtension.all(sources, extractors, reporters)));
        for (String name : pipeline.options().keySet()) {
            LoadedExtension<? extends Extension> unused = catalog.find(name);
            if (unused != null && !used.contains(name)) {
                try {
                    bind(name, unused.extension().optionsType(), pipeline.options().get(name), new TreeMap<>(), issues);
                } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
                    // it cannot be made: its plugin's problem says why, and this run does not need it
                }
            }
        }
        List<FindingKind> kinds = extractors.stream().map(e -> e.extension().findingKind()).toList();
        issues.addAll(FindingKindChecks.issues(pipeline.extractors(), extractors, kinds));
        // a focus is checked against the kinds of the extractors named: with one of them unknown or unmade, it would be
        // blamed for an attribute only that extractor has (the review of session 25, U2)
        for (int i = 0; extractorsResolved && i < pipeline.focus().size(); i++) {
            try {
                FindingFocus.of(List.of(pipeline.focus().get(i)), kinds, FindingFocus.ValueForms.of(extractors));
            } catch (ConfigurationException e) {
                addAll(issues, "focus[" + i + "]", e);
            }
        }
        issues.addAll(inputsInsideTheOutput(inputs.resolution().files(), pipeline.output()));
        if (!issues.isEmpty()) {
            issues.addAll(refusalsBesideBadValues(reporters, pipeline.options(), kinds, issues));
            throw new ConfigurationException(issues);
        }
        InputResolver.Resolution files = inputs.resolution();
        String sourceForcedBy = pipeline.sources().size() != 1 ? null
                : pipeline.sourcesFromFile() ? RunPlan.FORCED_BY_PIPELINE_SOURCES : RunPlan.FORCED_BY_OPTION;
        return new RunPlan(files.files(), files.problems(), files.leftOut(), sources, sourceForcedBy, chosenSources,
                extractors, reporters, options, kinds, pipeline.focus(), pluginProblems, notices, base);
    }

    /** The reporters of a report of a recorded run and their options bound, the synthesis' with them: what {@link #planReport} resolved. */
    record ReportPlan(List<LoadedExtension<Reporter>> reporters, Map<String, Record> options, List<PluginProblem> pluginProblems,
                      List<String> leftOutReporters) {
    }

    /**
     * Checks a report's reporters against the available extensions: selects those the pipeline names (all when it names
     * none) and binds their options and the synthesis' options. The pipeline's inputs, sources and extractors are not used.
     *
     * @throws ConfigurationException when the pipeline names unknown reporters or bad options, or no reporter can write the report
     */
    ReportPlan planReport(Pipeline pipeline, ExtensionCatalog catalog) throws ConfigurationException {
        List<Issue> issues = new ArrayList<>();
        List<PluginProblem> pluginProblems = new ArrayList<>(catalog.pluginProblems());
        List<LoadedExtension<Reporter>> reporters = made("reporter", pipeline.reporters(),
                select("reporter", pipeline.reporters(), catalog.reporters(), catalog, issues), pluginProblems, issues);
        List<String> leftOutReporters = new ArrayList<>();
        if (pipeline.reporters().isEmpty()) {
            reporters = bindableWithoutOptions(reporters, pipeline, leftOutReporters);
        }
        if (reporters.isEmpty() && issues.isEmpty()) {
            issues.add(new Issue("reporters", noReporter(catalog, pluginProblems)));
        }
        Map<String, Record> options = reporterOptions(pipeline, reporters, issues);
        if (!issues.isEmpty()) {
            throw new ConfigurationException(issues);
        }
        return new ReportPlan(reporters, options, pluginProblems, leftOutReporters);
    }

    /**
     * An input inside the output folder, which the run replaces: it would be read, then deleted with the folder's old
     * outputs (an explorer's F33: "run out/review-table.csv -o out" left no review-table.csv, and run.json the SHA-256 of a
     * file gone). A folder walk already leaves out the folders Evidentia wrote; this is a file named in one.
     */
    private static List<Issue> inputsInsideTheOutput(List<Path> files, Path output) {
        if (output == null) {
            return List.of();
        }
        Path folder = output.toAbsolutePath().normalize();
        List<Issue> issues = new ArrayList<>();
        for (Path file : files) {
            Path path = file.toAbsolutePath().normalize();
            if (path.startsWith(folder)) {
                issues.add(new Issue("output", "input " + file + " is inside the output folder " + output
                        + ", which this run replaces; copy it elsewhere or give another folder with -o"));
            }
        }
        return issues;
    }

    /**
     * The source chosen for each file of an input that has one, from the run's sources; an issue at
     * the choice for every name that is no usable source of this run: unknown (or its plugin is
     * disabled), left out of the run's {@code sources}, or one that cannot be made. Every choice is
     * checked, also one whose input names no file (a search taken out by {@code validate}).
     */
    private static Map<Path, LoadedExtension<Source>> chosenSources(Pipeline pipeline, List<LoadedExtension<Source>> sources,
                                                                    ExtensionCatalog catalog, Map<Path, Pipeline.ChosenSource> chosenForFile,
                                                                    List<Issue> issues) {
        Map<String, LoadedExtension<Source>> usable = new HashMap<>();
        sources.forEach(s -> usable.put(s.name(), s));
        Set<String> told = new HashSet<>();
        for (Pipeline.ChosenSource chosen : pipeline.inputSources().values()) {
            String name = chosen.source();
            if (usable.containsKey(name) || !told.add(chosen.at())) {
                continue;
            }
            LoadedExtension<Source> installed = catalog.sources().stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
            if (installed == null) {
                issues.add(new Issue(chosen.at(), noSuch("source", name, catalog.sources(), catalog)));
            } else if (!pipeline.sources().isEmpty() && !pipeline.sources().contains(name)) {
                issues.add(new Issue(chosen.at(), "source '" + name + "' is chosen for this input, but the run's sources are "
                        + String.join(", ", pipeline.sources()) + (pipeline.sourcesFromFile() ? " (sources: in the pipeline file)" : " (-s)")
                        + ": add it to them, or leave this input's choice out"));
            } else {
                issues.add(new Issue(chosen.at(), "source '" + name + "' (plugin " + installed.pluginId() + ") is chosen for this input,"
                        + " but it cannot be made (`" + catalog.pluginsCommand() + "` says why)"));
            }
        }
        Map<Path, LoadedExtension<Source>> chosenSources = new HashMap<>();
        chosenForFile.forEach((file, chosen) -> {
            LoadedExtension<Source> source = usable.get(chosen.source());
            if (source != null) {
                chosenSources.put(file, source);
            }
        });
        return chosenSources;
    }

    private static void addAll(List<Issue> issues, String path, ConfigurationException e) {
        e.issues().forEach(issue -> issues.add(new Issue(path, issue.message())));
    }

    private static <T extends Extension> List<LoadedExtension<T>> select(String kind, List<String> names,
                                                                          List<LoadedExtension<T>> available, ExtensionCatalog catalog,
                                                                          List<Issue> issues) {
        if (names.isEmpty()) {
            return available;
        }
        List<LoadedExtension<T>> selected = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            LoadedExtension<T> match = available.stream().filter(e -> e.name().equals(name)).findFirst().orElse(null);
            if (match == null) {
                issues.add(new Issue(kind + "s[" + i + "]", noSuch(kind, name, available, catalog)));
            } else if (!selected.contains(match)) {
                selected.add(match);
            }
        }
        return selected;
    }

    /** That there is no extension of this kind with this name, with those there are and the disabled plugins that may have it. */
    private static String noSuch(String kind, String name, List<? extends LoadedExtension<?>> available, ExtensionCatalog catalog) {
        String disabled = catalog.disabledMay("have it");
        String closeName = CloseNames.didYouMean(name, LoadedExtension.names(available));
        // the extensions that cannot be made only where nothing else tells why the name is missing, a close name neither: a
        // close name sent the user to another plugin's extension (P2), and a typo was offered them (the review of the change, R2)
        String why = whyNoSuch(kind, name, catalog, closeName.isEmpty());
        return "no " + kind + " named '" + name + "'" + (why == null ? closeName : "; " + why)
                + "; available " + kind + "s: "
                + (available.isEmpty() ? "none" : String.join(", ", LoadedExtension.names(available)))
                + disabled + " (`" + catalog.pluginsCommand() + "` lists them)";
    }

    /**
     * What the plugins say about a name the user gave that no extension of the kind has, or null:
     * that an extension of another kind has it, that the plugin of that id offers other extensions,
     * or the problem of a plugin whose id it is or whose problem names it (an extension that could
     * not be made, a plugin that failed to start or offers no extension, an extension withheld for
     * its name), which is why the user does not find it.
     */
    private static String whyNoSuch(String kind, String name, ExtensionCatalog catalog, boolean unmadeIfNothingElse) {
        List<String> reasons = new ArrayList<>();
        Map<String, List<? extends LoadedExtension<?>>> kinds = new java.util.LinkedHashMap<>();
        kinds.put("source", catalog.sources());
        kinds.put("extractor", catalog.extractors());
        kinds.put("reporter", catalog.reporters());
        List<String> offeredByPlugin = new ArrayList<>();
        kinds.forEach((other, extensions) -> extensions.forEach(e -> {
            if (!other.equals(kind) && e.name().equals(name)) {
                reasons.add("'" + name + "' is plugin " + e.pluginId() + "'s " + other + ", not " + (kind.equals("extractor") ? "an " : "a ")
                        + kind);
            } else if (e.pluginId().equals(name)) {
                offeredByPlugin.add(other + ":" + e.name());
            }
        }));
        if (reasons.isEmpty() && !offeredByPlugin.isEmpty()) {
            reasons.add("plugin " + name + " offers " + String.join(", ", offeredByPlugin) + ", no " + kind + " of that name");
        }
        reasons.addAll(catalog.problemsNaming(name));
        if (reasons.isEmpty() && unmadeIfNothingElse) {
            reasons.addAll(catalog.unmadeExtensions());
        }
        return reasons.isEmpty() ? null : String.join("; ", reasons);
    }

    /**
     * The selected extensions that can be made. Extensions are made when a run first uses them, and
     * one known by its name from an earlier command may fail now (a file it reads has gone): one the
     * pipeline names is then a configuration error; one taken as one of all of its kind is left
     * out, and the run notes its plugin's problem, as for an extension that failed when its plugin
     * first loaded.
     */
    private static <T extends Extension> List<LoadedExtension<T>> made(String kind, List<String> named, List<LoadedExtension<T>> selected,
                                                                        List<PluginProblem> pluginProblems, List<Issue> issues) {
        List<LoadedExtension<T>> made = new ArrayList<>();
        for (LoadedExtension<T> e : selected) {
            try {
                e.extension();
                made.add(e);
            } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError failure) {
                String reason = failure instanceof ExtensionCreationException creation ? creation.reason()
                        : failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
                if (named.contains(e.name())) {
                    issues.add(new Issue(kind + "s[" + named.indexOf(e.name()) + "]", kind + " '" + e.name() + "' (plugin "
                            + e.pluginId() + ") cannot be made: " + reason));
                } else {
                    pluginProblems.add(new PluginProblem(e.pluginId(), "its " + kind + " '" + e.name() + "' cannot be made, so the run goes on without it: " + reason));
                }
            }
        }
        return made;
    }

    /**
     * Of every reporter a run that names none takes, those whose options bind with what the run gives: one given no options
     * whose options need a value (a key without a default) refused every such run, the bundled example's too, blaming a line
     * of a pipeline file that never named it (the review of session 27, P8). It is left out, with a notice saying why and how
     * to run it: a choice of the user's, no defect of its plugin, which as a plugin's problem failed every default --strict
     * run (the review of the change, S4).
     */
    private List<LoadedExtension<Reporter>> bindableWithoutOptions(List<LoadedExtension<Reporter>> reporters, Pipeline pipeline,
                                                                    List<String> notices) {
        List<LoadedExtension<Reporter>> kept = new ArrayList<>();
        for (LoadedExtension<Reporter> r : reporters) {
            List<Issue> unbound = new ArrayList<>();
            if (!pipeline.options().containsKey(r.name())) { // options given are the user's to mend, and told as such
                bind(r.name(), r.extension().optionsType(), null, new TreeMap<>(), unbound);
            }
            if (unbound.isEmpty()) {
                kept.add(r);
            } else {
                notices.add("reporter " + r.name() + " (plugin " + r.pluginId() + ") was left out of this run, which names no reporter:"
                        + " its options need a value (" + unbound.get(0).message() + "); give it (--option " + r.name()
                        + ".KEY=VALUE), or name the reporters with -r");
            }
        }
        return kept;
    }

    /**
     * Why a report has no reporter to write it: none is installed and enabled, or those there are
     * failed to load or to be made (a plugins folder this user may not read, say). A report that
     * wrote nothing but run.json would look like success to whoever scheduled it.
     */
    private static String noReporter(ExtensionCatalog catalog, List<PluginProblem> pluginProblems) {
        StringBuilder why = new StringBuilder("no reporter can write the report");
        if (!pluginProblems.isEmpty()) {
            why.append(": plugin").append(pluginProblems.size() == 1 ? " " : "s ")
                    .append(pluginProblems.stream().map(PluginProblem::toString).collect(Collectors.joining("; ")));
        } else {
            why.append(": no installed and enabled plugin has one");
        }
        return why.append(catalog.disabledMay("have one")).append(" (`").append(catalog.pluginsCommand()).append("` lists them)").toString();
    }

    /** The options of a report's reporters and of the synthesis, bound; a problem with any, or options for no reporter, is added to {@code issues}. */
    private Map<String, Record> reporterOptions(Pipeline pipeline, List<LoadedExtension<Reporter>> reporters, List<Issue> issues) {
        Map<String, Record> options = new TreeMap<>();
        for (String name : pipeline.options().keySet()) {
            if (!name.equals(SynthesisOptions.NAME) && reporters.stream().noneMatch(r -> r.name().equals(name))) {
                issues.add(new Issue("options." + name, "options are given for '" + name + "', which is not a reporter of this report; "
                        + "reporters: " + String.join(", ", LoadedExtension.names(reporters))
                        + " (and " + SynthesisOptions.NAME + ")"));
            }
        }
        for (LoadedExtension<Reporter> r : reporters) {
            bind(r.name(), r.extension().optionsType(), pipeline.options().get(r.name()), options, issues);
        }
        bind(SynthesisOptions.NAME, SynthesisOptions.class, pipeline.options().get(SynthesisOptions.NAME), options, issues);
        return options;
    }

    /**
     * What a reporter whose options did not all bind refuses of the others it was given
     * ({@link Reporter#checkOptions}, asked with its bad values left at their defaults), so that one
     * look at an options block names every option to mend: the refusal is told only when one option
     * given and bound is to blame for it (a check of several options together, with a default in
     * place of a bad value, could blame what the user did not write). A run and {@code validate} ask
     * the check again once every value binds.
     */
    private List<Issue> refusalsBesideBadValues(List<LoadedExtension<Reporter>> reporters, Map<String, Map<String, Object>> given,
                                                List<FindingKind> kinds, List<Issue> issues) {
        List<Issue> refusals = new ArrayList<>();
        ReporterOptionsCheck check = new ReporterOptionsCheck(binder);
        for (LoadedExtension<Reporter> reporter : reporters) {
            String block = "options." + reporter.name();
            Set<String> bad = new HashSet<>();
            for (Issue issue : issues) {
                if (issue.path() != null && issue.path().startsWith(block + ".")) {
                    bad.add(issue.path().substring(block.length() + 1).replaceFirst("[.\\[].*$", ""));
                }
            }
            Map<String, Object> rest = new java.util.LinkedHashMap<>(given.getOrDefault(reporter.name(), Map.of()));
            rest.keySet().removeAll(bad);
            if (bad.isEmpty() || rest.isEmpty()) {
                continue;
            }
            try {
                Record bound = binder.bind(reporter.name(), reporter.extension().optionsType(), rest);
                check.refusal(reporter, bound, kinds).filter(refusal -> refusal.path().startsWith(block + "."))
                        .filter(refusal -> !bad.contains(refusal.path().substring(block.length() + 1))).ifPresent(refusals::add);
            } catch (OptionsException | RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
                // what the rest of the block lacks is found once its bad values are mended, as before
            }
        }
        return refusals;
    }

    private void bind(String name, Class<? extends Record> type, Map<String, Object> values, Map<String, Record> bound, List<Issue> issues) {
        try {
            bound.put(name, binder.bind(name, type, values == null ? Map.of() : values));
        } catch (OptionsException e) {
            e.problems().forEach(problem -> issues.add(new Issue("options." + name + (problem.key() == null ? "" : "." + problem.key()),
                    problem.message())));
        }
    }

}
