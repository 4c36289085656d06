package org.evidentia.runtime.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.evidentia.runtime.engine.ConfigurationException;
import org.evidentia.runtime.engine.ExtensionCatalog;
import org.evidentia.runtime.engine.Pipeline;
import org.evidentia.runtime.engine.RunResult;
import org.evidentia.runtime.host.PluginHost;
import org.evidentia.runtime.options.OptionsBinder;
import org.evidentia.runtime.options.OptionsException;
import org.evidentia.runtime.store.FindingsStore;
import org.evidentia.runtime.store.StoredRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code evidentia report --store FILE}: makes the reports of everything a findings store holds,
 * without reading or extracting anything; the same records, findings and reporter options give the
 * same outputs as a run.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Make the tables and reports of a findings store (made by `evidentia run --store`), reading nothing else.",
                "Records come in the order the store first added them; a revised record keeps its place."})
final class ReportCommand implements Callable<Integer> {

    @ParentCommand
    EvidentiaCommand top;

    @Spec
    CommandSpec spec;

    @Option(names = "--store", required = true, paramLabel = "FILE", description = "The findings store.")
    Path store;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "evidentia-out",
            description = "Output folder (default: ./${DEFAULT-VALUE}). A report replaces its whole content.")
    Path output;

    @Option(names = {"-r", "--reporter"}, paramLabel = "NAME", description = "Use this reporter (repeatable; default: all).")
    List<String> reporters = new ArrayList<>();

    @Option(names = "--option", paramLabel = "NAME.KEY=VALUE",
            description = "Set a reporter's option, e.g. --option review-table.formats=markdown (repeatable).")
    List<String> options = new ArrayList<>();

    @Option(names = "--run-date", paramLabel = "DATE", description = "Record this date (ISO date or instant) instead of now, for reproducible reports.")
    String runDate;

    @Option(names = "--focus", paramLabel = "ATTRIBUTE=VALUE", description = "Keep only findings whose attribute has this value (repeatable).")
    List<String> focus = new ArrayList<>();

    @Option(names = "--strict", description = "Fail (exit 1) when the store's runs met any problem.")
    boolean strict;

    @Option(names = "--no-progress", description = "Do not show a progress bar (it shows only when stderr is a terminal).")
    boolean noProgress;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Pipeline pipeline;
        try {
            pipeline = new Pipeline(List.of(), List.of(), List.of(), reporters, OptionsBinder.parseAssignments(options),
                    output.toAbsolutePath().normalize(), strict, 1, PipelineOptions.parseDate(runDate), focus);
        } catch (OptionsException e) {
            throw new ConfigurationException(e.getMessage());
        }
        try (FindingsStore findings = FindingsStore.openForReading(store);
             PluginHost host = top.startHost(err);
             ConsoleProgress progress = ConsoleProgress.create(!noProgress)) {
            List<String> shownAtStart = host.problems();
            StoredRun stored = findings.stored();
            RunResult result = top.engine().report(pipeline, ExtensionCatalog.of(host), stored, progress);
            progress.close();
            // the store's update history is told once, in the summary's note (stderr, and the reports' methods notes)
            RunCommand.printSummary(result, shownAtStart, out, err);
            return result.failed() ? ExitCode.FAILED : ExitCode.OK;
        }
    }
}
