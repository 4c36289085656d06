package org.evidentia.runtime.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.evidentia.api.ExtensionContext;
import org.evidentia.api.Extractor;
import org.evidentia.api.FindingKind;
import org.evidentia.api.Reporter;
import org.evidentia.api.RunSummary.Problem;
import org.evidentia.api.Source;
import org.evidentia.runtime.host.LoadedExtension;
import org.evidentia.runtime.host.PluginProblem;
import org.evidentia.runtime.input.PathSourceInput;
import org.evidentia.runtime.input.ShownPath;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A pipeline checked against the available extensions: its input files, the extensions it uses
 * and their bound options. Made by {@link RunEngine#plan}; {@code validate} stops here, {@code run}
 * and {@code bench} go on from it.
 *
 * @param files        the input files, in reading order
 * @param passedOver   what the inputs' folders held that cannot be read (unreadable folders, broken links)
 * @param leftOut      the folders left out of the inputs' walks because Evidentia runs wrote them, each with why
 * @param sources      the sources to choose from for each input, sorted by name
 * @param sourceForcedBy how the only source is forced on every input, in words for a message ("forced with -s",
 *                     "forced by sources: in the pipeline file"): one source was named; null when none is forced
 * @param chosenSources the source chosen in the pipeline for the files of an input that has one, by file: it
 *                     reads them whatever the scores
 * @param extractors   the extractors, in pipeline order
 * @param reporters    the reporters, in pipeline order
 * @param options      the bound options of every extension above, by name, and the synthesis'
 * @param kinds        the finding kinds of the extractors, in order
 * @param focus        the focus criteria, checked against the kinds
 * @param pluginProblems each plugin that is not usable, or whose selected extension could not be made, recorded in the
 *                     run
 * @param notices      what the plan chose that the user should know and that is no defect (a reporter left out of a run
 *                     that names none, as its options need a value), told as the run's notices
 * @param namedFrom    the folder the input files are named from in messages and outputs ({@link ShownPath}): the
 *                     one their names were resolved against, a pipeline file's own folder or the working folder, so
 *                     that a pipeline file's run names its inputs alike from wherever it is started
 */
public record RunPlan(List<Path> files, List<InputResolver.InputProblem> passedOver, List<InputResolver.InputProblem> leftOut,
                      List<LoadedExtension<Source>> sources,
                      String sourceForcedBy, Map<Path, LoadedExtension<Source>> chosenSources,
                      List<LoadedExtension<Extractor>> extractors, List<LoadedExtension<Reporter>> reporters,
                      Map<String, Record> options, List<FindingKind> kinds, List<String> focus, List<PluginProblem> pluginProblems,
                      List<String> notices, Path namedFrom) {

    /** How -s forces the one source it names on every input, in the words of messages ({@link #forcedBy}). */
    public static final String FORCED_BY_OPTION = "forced with -s";
    /** How a pipeline file's {@code sources:} of one source forces it on every input, in the words of messages. */
    public static final String FORCED_BY_PIPELINE_SOURCES = "forced by sources: in the pipeline file";
    /** How a pipeline file's input entry forces the source it names on that input, in the words of messages. */
    public static final String CHOSEN_IN_PIPELINE = "chosen for it in the pipeline file";

    private static final Logger LOG = LoggerFactory.getLogger(RunPlan.class);

    public RunPlan {
        files = List.copyOf(files);
        passedOver = List.copyOf(passedOver);
        leftOut = List.copyOf(leftOut);
        sources = List.copyOf(sources);
        chosenSources = Map.copyOf(chosenSources);
        extractors = List.copyOf(extractors);
        reporters = List.copyOf(reporters);
        options = Map.copyOf(options);
        kinds = List.copyOf(kinds);
        focus = List.copyOf(focus);
        pluginProblems = List.copyOf(pluginProblems);
        notices = List.copyOf(notices);
        Objects.requireNonNull(namedFrom, "namedFrom");
    }

    /** How {@code file} is named in this run's messages and outputs. */
    public String shown(Path file) {
        return ShownPath.of(file, namedFrom);
    }

    /** This plan with what a walk made before it passed over and left out, before its own. */
    RunPlan withWalked(List<InputResolver.InputProblem> walkedPassedOver, List<InputResolver.InputProblem> walkedLeftOut) {
        if (walkedPassedOver.isEmpty() && walkedLeftOut.isEmpty()) {
            return this;
        }
        List<InputResolver.InputProblem> allPassedOver = new java.util.ArrayList<>(walkedPassedOver);
        allPassedOver.addAll(passedOver);
        List<InputResolver.InputProblem> allLeftOut = new java.util.ArrayList<>(walkedLeftOut);
        allLeftOut.addAll(leftOut);
        return new RunPlan(files, allPassedOver, allLeftOut, sources, sourceForcedBy, chosenSources, extractors, reporters, options, kinds,
                focus, pluginProblems, notices, namedFrom);
    }

    /**
     * The source that reads an input (null when none accepts it), and the sources that broke {@link Source#accepts}'s
     * contract on it: one that threw, or scored it outside 0 to 100, is left out of the choice. Each is a
     * warning of the input that names the source and its plugin, so that it reaches run.json and fails a run under
     * {@code --strict}, where a log line alone let another source read the file unnoticed.
     *
     * @param source    the chosen source; null when none accepts the input
     * @param defects   the warnings, in the order of the sources; empty when every source kept the contract
     * @param leftOut   the names of the sources left out of the choice because their {@code accepts} threw or scored outside
     *                  the scale
     */
    public record SourceChoice(LoadedExtension<Source> source, List<Problem> defects, Set<String> leftOut) {
    }

    /** The highest score {@link Source#accepts} may give: "the content unmistakably has this source's format". */
    private static final int CERTAIN = 100;

    /**
     * The source that reads this input: the forced one, else the one chosen for it in the pipeline,
     * else the highest score of {@link Source#accepts}, ties to the name that sorts first; null when
     * none accepts it. The choice is logged at DEBUG (shown with {@code --verbose}), once per input,
     * with the scores of the chosen source and of the runner-up, so that a user can see which source
     * took a file that another also reads ({@code bare.tsv: lab-tsv (40) over csv-table (30)}). {@code asking} is told each
     * source before it is asked whether it reads the file (a watchdog names the one a run waits on).
     */
    SourceChoice sourceFor(PathSourceInput input, java.util.function.Consumer<LoadedExtension<Source>> asking) {
        String forcedBy = forcedBy(input.path());
        if (forcedBy != null) {
            LoadedExtension<Source> source = sourceForcedBy != null ? sources.get(0) : chosenSources.get(input.path());
            LOG.debug("{}: {} ({})", input.displayName(), source.name(), forcedBy);
            return new SourceChoice(source, List.of(), Set.of());
        }
        LoadedExtension<Source> best = null;
        int bestScore = Source.REJECT;
        LoadedExtension<Source> runnerUp = null;
        int runnerUpScore = Source.REJECT;
        List<Problem> defects = new java.util.ArrayList<>();
        Set<String> leftOut = new java.util.HashSet<>();
        for (LoadedExtension<Source> source : sources) {
            int score;
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            try {
                asking.accept(source);
                thread.setContextClassLoader(source.classLoader()); // as in each call of a source (the review of session 27, P11)
                score = source.extension().accepts(input);
            } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
                // an Error of a defect too (a class the plugin's zip lacks): it left every input of the run unread (an explorer's F9)
                defects.add(defect(source, input, "failed to inspect this file, a defect to report to its authors: " + e
                        + "; it was left out of the choice of the file's source"));
                leftOut.add(source.name());
                score = Source.REJECT;
            } finally {
                thread.setContextClassLoader(previous);
            }
            if (score < Source.REJECT || score > CERTAIN) {
                // above the scale it had taken the file from every source that reads it (an explorer's s21: the IL-6 export
                // read by a JSON source, every line skipped); a source that breaks the contract is not trusted with the file
                defects.add(defect(source, input, "scored this file " + score + ", outside the scale of " + Source.REJECT
                        + " (cannot read it) to " + CERTAIN + ", a defect to report to its authors; it was left out of the choice of the"
                        + " file's source"));
                leftOut.add(source.name());
                score = Source.REJECT;
            }
            if (score > bestScore) {
                runnerUp = best;
                runnerUpScore = bestScore;
                best = source;
                bestScore = score;
            } else if (score > runnerUpScore) {
                runnerUp = source;
                runnerUpScore = score;
            }
        }
        if (best != null && LOG.isDebugEnabled()) {
            LOG.debug("{}: {} ({}){}", input.displayName(), best.name(), bestScore,
                    runnerUp == null ? ", the only source that accepts it" : " over " + runnerUp.name() + " (" + runnerUpScore + ")");
        }
        return new SourceChoice(best, List.copyOf(defects), Set.copyOf(leftOut));
    }

    private static Problem defect(LoadedExtension<Source> source, PathSourceInput input, String what) {
        return new Problem(Problem.Kind.WARNING, source.name(), input.displayName(), 0, 0, null,
                "source " + source.name() + " (plugin " + source.pluginId() + ") " + what);
    }

    /**
     * How the source of this input file was forced on it, in words for a message ("forced with -s",
     * "forced by sources: in the pipeline file", "chosen for it in the pipeline file"); null when the scores choose it.
     */
    public String forcedBy(Path file) {
        if (sourceForcedBy != null) {
            return sourceForcedBy;
        }
        return chosenSources.containsKey(file) ? CHOSEN_IN_PIPELINE : null;
    }

    /**
     * Whether an extractor or reporter of this plan reads records' metadata, with its bound options.
     * One that cannot say is taken to read it, and its failure goes into {@code log} as a plugin error.
     */
    public boolean readsMetadata(ProblemLog log) {
        return extractors.stream().anyMatch(e -> readsMetadata(e, () -> e.extension().readsMetadata(optionsContext(e)), log))
                || reporters.stream().anyMatch(r -> readsMetadata(r, () -> r.extension().readsMetadata(optionsContext(r)), log));
    }

    /** A context that gives one extension's bound options, for what is asked of it before the run. */
    private ExtensionContext optionsContext(LoadedExtension<?> extension) {
        return new ExtensionRunContext(extension.name(), optionsOf(extension.name()), new ProblemLog());
    }

    private static boolean readsMetadata(LoadedExtension<?> extension, BooleanSupplier says, ProblemLog log) {
        try {
            return says.getAsBoolean();
        } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
            String message = "failed to say whether it reads records' metadata, so the run gives it metadata: " + e;
            LOG.warn("{} {}", extension.name(), message);
            log.add(new Problem(Problem.Kind.PLUGIN_ERROR, extension.name(), null, 0, 0, null, message));
            return true;
        }
    }

    /** The bound options of one extension of this plan. */
    public Record optionsOf(String extension) {
        return options.get(extension);
    }
}
