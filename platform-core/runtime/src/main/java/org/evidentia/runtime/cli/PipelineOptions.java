package org.evidentia.runtime.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evidentia.runtime.engine.ConfigurationException;
import org.evidentia.runtime.engine.Pipeline;
import org.evidentia.runtime.engine.PipelineFile;
import org.evidentia.runtime.exclusion.ExclusionList;
import org.evidentia.runtime.exclusion.ExclusionListReader;
import org.evidentia.runtime.input.ShownPath;
import org.evidentia.runtime.options.OptionsBinder;
import org.evidentia.runtime.options.OptionsException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The options that say what to run, shared by {@code run}, {@code evaluate} and {@code validate}:
 * a pipeline file or inputs, plugin choices and options. Command-line values override the file's.
 */
final class PipelineOptions {

    @Parameters(paramLabel = "PIPELINE.yaml|INPUT", arity = "0..*",
            description = {"A pipeline file (.yaml/.yml), or input files, folders and glob patterns.",
                    "With none: the bundled example pipeline."})
    List<String> arguments = new ArrayList<>();

    // -o, -x and --focus are described by each command in its own words (OwnWords): what evaluate does with them is not what run does
    @Option(names = {"-o", "--output"}, paramLabel = "DIR")
    Path output;

    @Option(names = {"-s", "--source"}, paramLabel = "NAME",
            description = "Use this source (repeatable). One source given is forced on every input; "
                    + "default: every source, the best one per input. A pipeline file can choose the source of one input.")
    List<String> sources = new ArrayList<>();

    @Option(names = {"-x", "--extractor"}, paramLabel = "NAME")
    List<String> extractors = new ArrayList<>();

    @Option(names = {"-r", "--reporter"}, paramLabel = "NAME", description = "Use this reporter (repeatable; default: all).")
    List<String> reporters = new ArrayList<>();

    @Option(names = "--option", paramLabel = "NAME.KEY=VALUE",
            description = "Set an extension's option, e.g. --option review-table.formats=markdown (repeatable).")
    List<String> options = new ArrayList<>();

    @Option(names = "--strict", description = "Fail (exit 1) when any record is skipped or any problem is met.")
    boolean strict;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads, and how many reporters finish at once (default: the number of cores).")
    Integer threads;

    @Option(names = "--run-date", paramLabel = "DATE",
            description = "Record this run date (ISO date or instant) instead of now, for reproducible reports.")
    String runDate;

    @Option(names = "--focus", paramLabel = "ATTRIBUTE=VALUE")
    List<String> focus = new ArrayList<>();

    /**
     * Describes the shared options a command uses in its own way: {@code -o} (its default folder), {@code -x} and {@code --focus}. The
     * help of {@code evaluate} showed run's words for them, which evaluate does not do (the review of session 30, K3).
     */
    record OwnWords(String output, String extractor, String focus) {

        CommandSpec describe(CommandSpec spec) {
            redescribe(spec, "--output", output);
            redescribe(spec, "--extractor", extractor);
            redescribe(spec, "--focus", focus);
            return spec;
        }

        private static void redescribe(CommandSpec spec, String name, String description) {
            OptionSpec option = spec.findOption(name);
            spec.remove(option);
            spec.addOption(option.toBuilder().description(description).build());
        }
    }

    /** The exclusion list a command gives from its own option ({@code run --exclude FILE}), which overrides the file's {@code exclude:}. */
    Path exclude;

    /** The pipeline file the pipeline was built from, once built; null when it came from the command line alone. */
    private PipelineFile file;

    /**
     * The same problems, each found in a value the pipeline file gave (not the command line) now
     * prefixed with the file and line: {@code review.yaml:4: no reporter named 'pdf'}.
     */
    ConfigurationException locate(ConfigurationException e) {
        if (file == null) {
            return e;
        }
        Path path = pipelineFile();
        List<ConfigurationException.Issue> located = new ArrayList<>();
        for (ConfigurationException.Issue issue : e.issues()) {
            String key = issue.path() == null ? null : issue.path().replaceFirst("[.\\[].*$", "");
            boolean fromFile = key != null && switch (key) {
                case "sources" -> sources.isEmpty();
                case "extractors" -> extractors.isEmpty();
                case "reporters" -> reporters.isEmpty();
                case "focus" -> focus.isEmpty();
                case "options" -> !givenByOption(issue.path(), file);
                default -> true;
            };
            int line = fromFile ? file.lineOf(issue.path()) : 0;
            located.add(line > 0 ? new ConfigurationException.Issue(issue.path(), path + ":" + line + ": " + issue.message()) : issue);
        }
        return new ConfigurationException(located);
    }

    /**
     * Whether the value at {@code path} is one an {@code --option} gave, which overrides the file's: the option itself
     * ({@code options.html-summary.question}) or within it ({@code ...formats[1]}), or the extension's options
     * ({@code options.synthessis}) that the file does not give. A typo on the command line is not at a line of the file.
     */
    private boolean givenByOption(String path, PipelineFile file) {
        for (String assignment : options) {
            int eq = assignment.indexOf('=');
            String given = "options." + (eq < 0 ? assignment : assignment.substring(0, eq));
            if (path.equals(given) || path.startsWith(given + ".") || path.startsWith(given + "[")
                    || given.startsWith(path + ".") && !file.gives(path)) {
                return true;
            }
        }
        return false;
    }

    /** Inputs a command adds from its own options (run's --pubmed QUERY adds pubmed:QUERY), read after the others. */
    final List<String> addedInputs = new ArrayList<>();

    /**
     * Whether a pipeline of no inputs is what was asked for (a store's exclusion list given alone): no arguments then
     * take no bundled example, and no input is no mistake.
     */
    boolean noInputsAsked;

    /** The pipeline file named by the first argument, or null when the arguments are inputs. */
    Path pipelineFile() {
        if (arguments.isEmpty()) {
            if (!addedInputs.isEmpty() || noInputsAsked) {
                return null;
            }
            Path home = EvidentiaCommand.home();
            return home == null ? null : home.resolve("conf/pipelines/example.yaml");
        }
        return namesAPipelineFile(arguments.get(0)) ? Path.of(arguments.get(0)) : null;
    }

    /** Whether an argument is named as a pipeline file is: {@code .yaml} or {@code .yml}, in any case. */
    static boolean namesAPipelineFile(String argument) {
        String lower = argument.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml");
    }

    /**
     * The findings store the pipeline file names ({@code store:}), relative to the file's folder as
     * its inputs and output folder are, so that a scheduled job started in another folder updates
     * the same store (review 24, H2: it made a new one where it was started), shown as a run shows
     * paths ({@link ShownPath}); null when the arguments name no pipeline file (the bundled example
     * names none) or it names no store. Read before the pipeline is built: a store run's output
     * folder is beside its store unless told. A file that cannot be read is told when it is built.
     */
    Path storeOfPipelineFile() {
        String named = storeNamedInPipelineFile();
        try {
            return named == null ? null : Path.of(ShownPath.of(PipelineFile.baseOf(pipelineFile()).resolve(named)));
        } catch (java.nio.file.InvalidPathException e) {
            return null; // told, with the file's other mistakes, when the pipeline is built
        }
    }

    /** The file's {@code store:} as written; null without a pipeline file, a store, or a file that can be read. */
    private String storeNamedInPipelineFile() {
        Path file = arguments.isEmpty() ? null : pipelineFile();
        if (file == null || !Files.isRegularFile(file)) {
            return null;
        }
        try {
            return PipelineFile.check(file).usable().store();
        } catch (ConfigurationException e) {
            return null; // told, with the file's other mistakes, when the pipeline is built
        }
    }

    /**
     * Review 26, H2: a pipeline file written when {@code store:} was relative to the working folder,
     * and run from where its store is, would now make a new store beside the file and leave the real
     * one behind. Where the store beside the file does not exist but one of that name does in the
     * working folder, the run is refused and told both places; empty otherwise.
     */
    List<ConfigurationException.Issue> storeLeftInTheWorkingFolder() {
        String named = storeNamedInPipelineFile();
        Path store = storeOfPipelineFile();
        if (named == null || store == null) {
            return List.of();
        }
        Path beside = store.toAbsolutePath().normalize();
        Path inWorkingFolder = Path.of(named).toAbsolutePath().normalize();
        if (Path.of(named).isAbsolute() || beside.equals(inWorkingFolder) || Files.exists(beside) || !Files.isRegularFile(inWorkingFolder)) {
            return List.of();
        }
        return List.of(new ConfigurationException.Issue("store", "store: " + named + " is relative to the pipeline file's folder (since"
                + " 2026-12-01, as its inputs are): there is no " + beside + ", but there is " + inWorkingFolder + " in the working folder,"
                + " which this file named before; write its absolute path in store:, or move it beside the file, so that the run does not"
                + " make a new store"));
    }

    /** The folder relative inputs are resolved against. */
    Path base() {
        Path file = pipelineFile();
        return file == null ? Path.of("").toAbsolutePath() : PipelineFile.baseOf(file);
    }

    /**
     * Refuses an output folder that is the working folder or holds it, which the command would replace whole, leaving the
     * shell that started it in a deleted folder; and an empty {@code -o} (an unset variable), which names the working folder
     * (an explorer's s21, D4).
     *
     * @param given the {@code -o} given, null when none was
     * @param out   the output folder the command writes
     */
    static void refuseTheWorkingFolder(Path given, Path out, String defaultOutput) throws ConfigurationException {
        if (given != null && given.toString().isEmpty()) {
            throw new ConfigurationException("-o was given an empty folder name (an unset variable?): give the output folder, such as"
                    + " -o " + defaultOutput);
        }
        Path working = Path.of("").toAbsolutePath().normalize();
        Path target = out.toAbsolutePath().normalize();
        if (working.equals(target)) {
            throw new ConfigurationException("the output folder " + out + " is the working folder, which a run replaces whole: give a"
                    + " folder inside it, such as -o " + defaultOutput);
        }
        if (working.startsWith(target)) {
            throw new ConfigurationException("the output folder " + out + " holds the working folder, which replacing it would delete:"
                    + " give a folder inside the working folder, such as -o " + defaultOutput);
        }
        if (Files.isSymbolicLink(target)) { // normalized: lnk/. names the link's target, which would be replaced
            // the run replaces its output folder whole, and a link is replaced, not followed: the link became a folder of its own,
            // and the folder it named (a lab's share) never had the outputs, or kept an old report (the review of session 25, U16)
            String to;
            try {
                to = String.valueOf(Files.readSymbolicLink(target));
            } catch (java.io.IOException e) {
                to = "a place that cannot be read";
            }
            throw new ConfigurationException("the output folder " + out + " is a symbolic link (to " + to + "), which a run would replace"
                    + " with a folder of its own: give the folder it links to with -o");
        }
    }

    /**
     * Builds the pipeline from the file (if any) and the command line.
     *
     * @param defaultOutput the output folder when neither the command line nor the file names one
     * @throws ConfigurationException with every mistake of the pipeline file, or the command line's
     */
    Pipeline toPipeline(String defaultOutput) throws ConfigurationException {
        Pipeline pipeline = build(defaultOutput);
        if (!fileIssues.isEmpty()) {
            throw new ConfigurationException(fileIssues);
        }
        return pipeline;
    }

    /**
     * Builds the pipeline as {@link #toPipeline} does, but leaves out the pipeline file's wrong
     * values instead of stopping at them; {@link #withFileIssues} adds them to what a later check finds.
     */
    Pipeline toPipelineDespiteFileIssues(String defaultOutput) throws ConfigurationException {
        return build(defaultOutput);
    }

    /**
     * The pipeline file's mistakes and those of {@code later} (a check of the pipeline built despite
     * them; null when it passed), in the order of the file's lines; null when there are none.
     */
    ConfigurationException withFileIssues(ConfigurationException later) {
        List<ConfigurationException.Issue> all = new ArrayList<>(fileIssues);
        if (later != null) {
            all.addAll(locate(later).issues());
        }
        if (all.isEmpty()) {
            return null;
        }
        if (file != null) {
            // a problem of the command line has no line of the file, and comes first
            all.sort(java.util.Comparator.comparingInt(issue -> issue.path() == null || !issue.message().startsWith(pipelineFile() + ":")
                    ? 0 : file.lineOf(issue.path())));
        }
        return new ConfigurationException(all);
    }

    /** The mistakes of the pipeline file's values, each with its line: their values are left out of the pipeline built. */
    private final List<ConfigurationException.Issue> fileIssues = new ArrayList<>();

    private Pipeline build(String defaultOutput) throws ConfigurationException {
        fileIssues.clear();
        Path file = pipelineFile();
        PipelineFile fromFile;
        List<String> inputs;
        List<String> inputsAt; // the file's items' places; an input of the command line has none
        if (file != null) {
            if (!Files.isRegularFile(file)) {
                throw new ConfigurationException(arguments.isEmpty()
                        ? "no inputs given and no bundled example pipeline at " + file + "; try `evidentia run FILE...`"
                        : Files.isDirectory(file) ? "pipeline file " + file + " is a folder; give the .yaml file, or the folder's files as inputs"
                        : "no pipeline file " + file);
            }
            PipelineFile.Checked checked = PipelineFile.check(file);
            fromFile = checked.usable();
            fileIssues.addAll(checked.issues());
            this.file = fromFile;
            if (arguments.size() > 1) {
                List<String> others = arguments.subList(1, arguments.size());
                throw new ConfigurationException("give either a pipeline file or inputs, not both: " + arguments.get(0) + " is a pipeline"
                        + " file, and " + String.join(", ", others) + (others.size() == 1 ? " an input" : " inputs") + "; to read "
                        + (others.size() == 1 ? "it" : "them") + " with the file's settings, list " + (others.size() == 1 ? "it" : "them")
                        + " under its inputs:");
            }
            inputs = fromFile.inputs();
            inputsAt = fromFile.inputsAt();
        } else {
            if (arguments.isEmpty() && addedInputs.isEmpty() && !noInputsAsked) {
                throw new ConfigurationException("no inputs given; try `evidentia run FILE...` or `evidentia run pipeline.yaml`");
            }
            for (String argument : arguments) {
                if (namesAPipelineFile(argument) && Files.isRegularFile(Path.of(argument))) {
                    // "run p35.txt review.yaml" read the pipeline file as an input no source reads, its settings unused
                    // (an explorer's F32), where "run review.yaml p35.txt" is refused
                    throw new ConfigurationException("give either a pipeline file or inputs, not both (got " + String.join(" ", arguments)
                            + "): " + argument + " is a pipeline file; give it first and alone, with the inputs under its inputs:");
                }
            }
            fromFile = PipelineFile.none();
            inputs = arguments;
            inputsAt = Collections.nCopies(arguments.size(), null);
        }
        inputs = new ArrayList<>(inputs);
        inputs.addAll(addedInputs);
        inputsAt = new ArrayList<>(inputsAt);
        inputsAt.addAll(Collections.nCopies(addedInputs.size(), null));
        if (inputs.isEmpty() && !noInputsAsked) {
            List<ConfigurationException.Issue> all = new ArrayList<>(fileIssues);
            all.add(new ConfigurationException.Issue(null, file + ": the pipeline has no inputs"));
            throw new ConfigurationException(all);
        }
        Map<String, Map<String, Object>> merged = new LinkedHashMap<>();
        fromFile.options().forEach((name, values) -> merged.put(name, new LinkedHashMap<>(values == null ? Map.of() : values)));
        try {
            OptionsBinder.parseAssignments(options).forEach((name, values) ->
                    merged.computeIfAbsent(name, k -> new LinkedHashMap<>()).putAll(values));
        } catch (OptionsException e) {
            throw new ConfigurationException(e.getMessage());
        }
        // a pipeline file's output folder is relative to the file's folder, as its inputs are; -o and the default, to the working folder
        Path out = output != null ? output : fromFile.output() != null ? base().resolve(fromFile.output()) : Path.of(defaultOutput);
        refuseTheWorkingFolder(output, out, defaultOutput);
        int threadCount = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (threadCount < 1) {
            throw new ConfigurationException("--threads must be at least 1, not " + threadCount);
        }
        String date = runDate != null ? runDate : fromFile.runDate();
        Instant fixedDate;
        try {
            fixedDate = parseDate(date);
        } catch (ConfigurationException e) {
            if (runDate != null) {
                throw e;
            }
            // from the file, the error names its line, as the file's other errors do
            fileIssues.addAll(locate(new ConfigurationException(List.of(new ConfigurationException.Issue("run-date", e.getMessage())))).issues());
            fixedDate = null;
        }
        ExclusionList exclusions = exclusions(fromFile);
        return new Pipeline(inputs,
                sources.isEmpty() ? fromFile.sources() : sources,
                extractors.isEmpty() ? fromFile.extractors() : extractors,
                reporters.isEmpty() ? fromFile.reporters() : reporters,
                merged, out.toAbsolutePath().normalize(),
                strict || Boolean.TRUE.equals(fromFile.strict()), threadCount, fixedDate,
                focus.isEmpty() ? fromFile.focus() : focus, fromFile.inputSources(), inputsAt,
                sources.isEmpty() && !fromFile.sources().isEmpty(), exclusions);
    }

    /**
     * The exclusion list, read: {@code --exclude}'s (relative to the working folder, as every path given on the command
     * line is), else the pipeline file's {@code exclude:} (relative to the file's folder, as its inputs are); null when
     * neither names one. The mistakes of a list the file names are the file's, at its {@code exclude:} line.
     */
    private ExclusionList exclusions(PipelineFile fromFile) throws ConfigurationException {
        if (exclude != null) {
            if (exclude.toString().isBlank()) {
                // an empty value is the working folder as a path: "exclusion list /home/me cannot be read: Is a directory"
                throw new ConfigurationException("--exclude names no file; give the exclusion list's CSV file (id,reason)");
            }
            return ExclusionListReader.read(exclude, ShownPath.of(exclude));
        }
        if (fromFile.exclude() == null) {
            return null;
        }
        try {
            Path listed = base().resolve(fromFile.exclude());
            return ExclusionListReader.read(listed, ShownPath.of(listed));
        } catch (java.nio.file.InvalidPathException e) {
            fileIssues.addAll(locate(new ConfigurationException(List.of(new ConfigurationException.Issue("exclude",
                    "exclude: " + fromFile.exclude() + " is no file name this system can hold")))).issues());
        } catch (ConfigurationException e) {
            fileIssues.addAll(locate(new ConfigurationException(e.issues().stream()
                    .map(issue -> new ConfigurationException.Issue("exclude", issue.message())).toList())).issues());
        }
        return null;
    }

    static Instant parseDate(String text) throws ConfigurationException {
        if (text == null) {
            return null;
        }
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new ConfigurationException("run date '" + text + "' is not an ISO date (2026-01-31) or instant (2026-01-31T12:00:00Z)");
        }
    }
}
