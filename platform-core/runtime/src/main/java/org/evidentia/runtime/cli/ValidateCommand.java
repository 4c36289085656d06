package org.evidentia.runtime.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.evidentia.runtime.engine.ConfigurationException;
import org.evidentia.runtime.engine.ExtensionCatalog;
import org.evidentia.runtime.engine.Pipeline;
import org.evidentia.runtime.engine.PipelineFile;
import org.evidentia.runtime.engine.ReporterOptionsCheck;
import org.evidentia.runtime.engine.RunEngine;
import org.evidentia.runtime.engine.RunPlan;
import org.evidentia.runtime.engine.RunStop;
import org.evidentia.runtime.host.LoadedExtension;
import org.evidentia.runtime.host.PluginHost;
import org.evidentia.runtime.options.OptionsBinder;
import org.evidentia.runtime.output.StagedOutput;
import org.evidentia.runtime.retrieval.InputRetrieval;
import org.evidentia.runtime.retrieval.InputRetrieval.Retrieved;
import org.evidentia.runtime.text.ConsoleText;
import org.evidentia.runtime.text.Plural;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import org.evidentia.runtime.text.ShellWord;

/** {@code evidentia validate PIPELINE}: checks a pipeline file as {@code run} would, without running it. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = EvidentiaCommand.Version.class,
        description = "Check a pipeline file: its keys, inputs, extension names and options; list the files it would read and"
                + " where it would write. Runs nothing.")
final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    EvidentiaCommand top;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PIPELINE.yaml", description = "The pipeline file.")
    Path file;

    @Override
    public Integer call() throws Exception {
        PipelineOptions what = new PipelineOptions();
        what.arguments = List.of(file.toString());
        if (what.pipelineFile() == null) {
            // run would read it as an input, relative to its own folder: validate would check a plan of it under that name
            throw new ConfigurationException("validate checks a pipeline file (.yaml or .yml), and " + file + " is not one;"
                    + " an input is checked by reading it: `evidentia run " + ShellWord.of(file.toString()) + "`");
        }
        // the file's own mistakes and the plan's are reported together, so a file is mended in one go
        Path store = what.storeOfPipelineFile();
        // a store run's run.json goes beside the store unless told: its folder is checked as run checks it
        Pipeline pipeline = what.toPipelineDespiteFileIssues(store == null ? "evidentia-out" : RunIntoStore.defaultOutput(store));
        RunPlan plan = null;
        Retrieved retrievals = null;
        Map<String, Path> retrievedInto = Map.of();
        ConfigurationException planIssues = null;
        List<ConfigurationException.Issue> issues = new ArrayList<>();
        try (PluginHost host = top.startHost(spec.commandLine().getErr())) {
            if (store != null) {
                // what `run` refuses of a store run before it reads anything: the store's place, and what shapes reports
                issues.addAll(RunIntoStore.placeIssues(store));
                issues.addAll(what.storeLeftInTheWorkingFolder());
                issues.addAll(RunIntoStore.folderOfReportsIssues(pipeline.output()));
                try {
                    RunIntoStore.refuseWhatShapesReports(pipeline, ExtensionCatalog.of(host), store);
                } catch (ConfigurationException e) {
                    issues.addAll(e.issues());
                }
            }
            RunEngine engine = top.engine(RunStop.NEVER); // it plans, and runs nothing
            InputRetrieval retrieval = InputRetrieval.of(host, spec.commandLine().getErr());
            // every input's issue at once: a search's with a missing file's (docs check s9: an empty query hid the others)
            retrievals = retrieval.check(pipeline, PipelineFile.baseOf(file), issues);
            retrievedInto = retrieval.folders(retrievals.inputs());
            plan = engine.plan(retrievals.pipeline(), PipelineFile.baseOf(file), ExtensionCatalog.of(host));
            if (plan.sources().isEmpty()) {
                // `run` reads nothing then, and fails: an explorer's F19 (s15) had it called valid
                issues.add(new ConfigurationException.Issue("sources", ExtensionCatalog.of(host).noSource(host.pluginsDir())));
            }
            if (store == null && plan.reporters().isEmpty()) {
                // `run` refuses it, which validate called valid (the review of the session's change, Q8)
                issues.add(new ConfigurationException.Issue("reporters", ExtensionCatalog.of(host).noReporter(host.pluginsDir())));
            }
            if (store == null && pipeline.output() != null) {
                try {
                    // what `run` refuses of its output folder before it reads anything (an explorer's F5: valid, then refused)
                    StagedOutput.whyRefused(pipeline.output()).ifPresent(why -> issues.add(new ConfigurationException.Issue("output", why)));
                } catch (IOException e) {
                    issues.add(new ConfigurationException.Issue("output", "output folder " + pipeline.output() + " cannot be read: " + e.getMessage()));
                }
            }
            if (store == null) { // a store run starts no reporter; `report --store` asks them, against the store's kinds
                // what a run asks its reporters before any of them starts: whether their options fit the run
                issues.addAll(new ReporterOptionsCheck(new OptionsBinder()).issues(plan));
            }
        } catch (ConfigurationException e) {
            issues.addAll(e.issues());
        }
        if (!issues.isEmpty()) {
            planIssues = new ConfigurationException(issues);
        }
        ConfigurationException all = what.withFileIssues(planIssues);
        if (all != null) {
            throw all;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(file + " is valid: " + Plural.count(plan.files().size(), "input file")
                + (retrievals.inputs().isEmpty() ? "" : " and " + Plural.count(retrievals.inputs().size(), "retrieval") + " ("
                        + String.join(", ", retrievals.inputs().stream().map(ConsoleText::oneLine).toList())
                        + retrieverOptions(pipeline, retrievals.inputs()) + ")")
                + "; sources " + names(pipeline.sources(), plan.sources()) + chosen(plan)
                + "; extractors " + names(pipeline.extractors(), plan.extractors())
                + (store == null ? "; reporters " + names(pipeline.reporters(), plan.reporters())
                        : "; store " + store + " (run applies the inputs to it; `evidentia report --store "
                                + ShellWord.of(store.toString()) + " -o DIR` makes the reports)")
                + (pipeline.exclusions() == null ? "" : "; exclusion list " + pipeline.exclusions().file() + " ("
                        + Plural.count(pipeline.exclusions().exclusions().size(), "id") + ")") + ".");
        plan.notices().forEach(notice -> out.println("note: " + notice));
        Path folder = PipelineFile.baseOf(file).normalize();
        readsAndWrites(out, plan, namedFiles(plan, pipeline), folder, store == null ? pipeline.output() : store, store != null);
        retrievedInto(out, retrievedInto);
        out.flush();
        return ExitCode.OK;
    }

    /**
     * What the run would read and where it would write, by absolute path: a pipeline file from someone
     * else decides both, and "3 input files" did not show that two were {@code /etc/hostname} and
     * {@code ~/.bashrc} (review 32 L4). A file outside the pipeline file's folder, or reached through
     * a link to outside it, is marked, and so is a source the file forces on it. The files the
     * pipeline file names besides its inputs ({@code named}) follow the inputs, marked alike.
     */
    private static void readsAndWrites(PrintWriter out, RunPlan plan, List<NamedFile> named, Path folder, Path target, boolean isStore) {
        Path realFolder = real(folder);
        if (!plan.files().isEmpty()) {
            out.println("It reads " + Plural.count(plan.files().size(), "input file") + (plan.sourceForcedBy() == null ? ""
                    : ", each as " + plan.sources().get(0).name() + " (" + plan.sourceForcedBy() + ")")
                    + "; the pipeline file's folder is " + folder + ":");
            for (Path input : plan.files()) {
                List<String> marks = new ArrayList<>();
                String outside = outside(input, folder, realFolder);
                if (outside != null) {
                    marks.add(outside);
                }
                LoadedExtension<?> chosen = plan.sourceForcedBy() == null ? plan.chosenSources().get(input) : null;
                if (chosen != null) {
                    marks.add("read as " + chosen.name() + ", " + plan.forcedBy(input));
                }
                out.println("  " + input.toAbsolutePath().normalize() + (marks.isEmpty() ? "" : " (" + String.join("; ", marks) + ")"));
            }
        }
        if (!named.isEmpty()) {
            out.println("It also reads " + Plural.count(named.size(), "file") + " the pipeline file names besides its inputs:");
            for (NamedFile n : named) {
                String outside = outside(n.path(), folder, realFolder);
                out.println("  " + n.path().toAbsolutePath().normalize() + " (" + n.role() + (outside == null ? "" : "; " + outside) + ")");
            }
        }
        String outside = outside(target, folder, realFolder);
        out.println((isStore ? "It applies them to the findings store " : "It writes the output folder ")
                + target.toAbsolutePath().normalize() + (outside == null ? "" : " (" + outside + ")") + ".");
    }

    /**
     * Where the files of each retrieval (a PubMed search) are written, and read from as inputs: the
     * retriever's folder of the cache, outside the pipeline file's folder as a rule, and chosen by the
     * environment ({@code EVIDENTIA_CACHE_DIR}), not by the pipeline file; listed with the other
     * files the run reads so that none is left out (review L4).
     */
    private static void retrievedInto(PrintWriter out, Map<String, Path> folders) {
        if (folders.isEmpty()) {
            return;
        }
        out.println("It runs " + Plural.count(folders.size(), "retrieval") + ", writing what " + (folders.size() == 1 ? "it fetches" : "they fetch")
                + " into the cache (EVIDENTIA_CACHE_DIR, else XDG_CACHE_HOME/evidentia, else ~/.cache/evidentia), and reads those files as inputs:");
        folders.forEach((input, folder) -> out.println("  " + input + ": into " + folder));
    }

    /** A file the run reads besides its inputs, and what names it ("option cytokines.lexicon", "the exclusion list"). */
    private record NamedFile(String role, Path path) {
    }

    /**
     * The files the extensions' options name (a lexicon: read relative to the working folder, as the extension reads
     * it) and the exclusion list, in that order: a shared pipeline file decides them as it decides the inputs, and an
     * option file's bad line is quoted in the error that refuses it.
     */
    private static List<NamedFile> namedFiles(RunPlan plan, Pipeline pipeline) {
        List<NamedFile> named = new ArrayList<>();
        OptionsBinder binder = new OptionsBinder();
        new TreeMap<>(plan.options()).forEach((extension, bound) -> binder.files(bound).forEach((option, paths) ->
                paths.forEach(path -> named.add(new NamedFile("option " + extension + "." + option, path)))));
        if (pipeline.exclusions() != null) {
            named.add(new NamedFile("the exclusion list", Path.of(pipeline.exclusions().file()))); // named from the working folder
        }
        return named;
    }

    /** Why {@code path} is outside {@code folder} (by its name, or by where its links lead), or null when it is inside. */
    private static String outside(Path path, Path folder, Path realFolder) {
        Path absolute = path.toAbsolutePath().normalize();
        if (!absolute.startsWith(folder)) {
            return "outside the pipeline file's folder";
        }
        Path real = real(absolute);
        return real.startsWith(realFolder) ? null : "a link to " + real + ", outside the pipeline file's folder";
    }

    /** {@code path} with its links resolved, as far as it exists (an output folder to be made does not yet). */
    private static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        for (Path existing = absolute; existing != null; existing = existing.getParent()) {
            try {
                return existing.toRealPath().resolve(existing.relativize(absolute));
            } catch (IOException | RuntimeException notThere) {
                // on to the parent
            }
        }
        return absolute;
    }

    /**
     * The options the file gives the retrievers its inputs name: "; pubmed options base-url=http://...".
     * A shared pipeline file decides where a search is sent (pubmed.base-url), which the reader should see.
     */
    private static String retrieverOptions(Pipeline pipeline, List<String> retrievalInputs) {
        StringBuilder given = new StringBuilder();
        retrievalInputs.stream().map(input -> input.substring(0, Math.max(0, input.indexOf(':')))).distinct().forEach(scheme -> {
            Map<String, Object> options = pipeline.options().get(scheme);
            if (options != null && !options.isEmpty()) {
                given.append("; ").append(scheme).append(" options ").append(String.join(", ", new TreeMap<>(options).entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue()).toList()));
            }
        });
        return given.toString();
    }

    /** The sources chosen for some inputs, with their numbers of files: " (csv-table chosen for 2 input files)"; empty when none is. */
    private static String chosen(RunPlan plan) {
        if (plan.chosenSources().isEmpty()) {
            return "";
        }
        Map<String, Long> files = new TreeMap<>(plan.chosenSources().values().stream()
                .collect(Collectors.groupingBy(LoadedExtension::name, Collectors.counting())));
        return " (" + String.join(", ", files.entrySet().stream()
                .map(e -> e.getKey() + " chosen for " + Plural.count(e.getValue(), "input file")).toList()) + ")";
    }

    /** The names the file gives, or "(all: ...)" when it leaves the choice to the installed plugins. */
    private static String names(List<String> named, List<? extends LoadedExtension<?>> selected) {
        if (named.isEmpty() && selected.isEmpty()) {
            return "(none installed and enabled)";
        }
        String list = String.join(", ", selected.stream().map(LoadedExtension::name).toList());
        return named.isEmpty() ? "(all: " + list + ")" : list;
    }
}
