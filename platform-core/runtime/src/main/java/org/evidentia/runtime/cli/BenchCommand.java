package org.evidentia.runtime.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.evidentia.runtime.engine.ExtensionCatalog;
import org.evidentia.runtime.engine.Pipeline;
import org.evidentia.runtime.engine.RunEngine;
import org.evidentia.runtime.engine.RunPlan;
import org.evidentia.runtime.engine.RunProgress;
import org.evidentia.runtime.engine.RunResult;
import org.evidentia.runtime.host.LoadedExtension;
import org.evidentia.runtime.host.PluginHost;
import org.evidentia.runtime.text.Plural;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code evidentia bench}: measures records per second of each stage of a real run (read; read and
 * extract; the whole run with its reporters) with the real plugins and engine. It is a benchmark,
 * not a test: run it on an idle machine, and compare figures of one session only.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure records per second of each stage of a run: read, extract, report.",
                "Runs the real engine a warm-up pass and then --repeat timed passes per stage, and prints the median."})
final class BenchCommand implements Callable<Integer> {

    @ParentCommand
    EvidentiaCommand top;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Input files, folders or glob patterns.")
    List<String> inputs;

    @Option(names = {"-s", "--source"}, paramLabel = "NAME", description = "Force this source (default: the best per input).")
    String source;

    @Option(names = {"-r", "--reporter"}, paramLabel = "NAME", description = "Reporters of the report stage (repeatable; default: all).")
    List<String> reporters = new ArrayList<>();

    @Option(names = "--threads", paramLabel = "N", description = "Threads (default: the number of cores).")
    Integer threads;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "3", description = "Timed passes per stage (default: ${DEFAULT-VALUE}).")
    int repeat;

    /** One stage of the run and what it includes. */
    private record Stage(String name, boolean extract, boolean report) {
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path cwd = Path.of("").toAbsolutePath();
        int threadCount = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        Path scratch = Files.createTempDirectory("evidentia-bench");
        try (PluginHost host = top.startHost(spec.commandLine().getErr())) {
            RunEngine engine = top.engine();
            ExtensionCatalog all = ExtensionCatalog.of(host);
            RunPlan plan = engine.plan(pipeline(scratch.resolve("plan"), threadCount, reporters), cwd, all);
            long bytes = 0;
            for (Path file : plan.files()) {
                bytes += Files.size(file);
            }
            out.printf(Locale.ROOT, "%s, %.1f MB on disk; %s; median of %s per stage after a warm-up%n",
                    RunCommand.count(plan.files().size(), "input file"), bytes / 1e6, Plural.count(threadCount, "thread"), Plural.count(repeat, "timed pass"));
            out.printf(Locale.ROOT, "%-14s %12s %9s %12s%n", "stage", "records", "seconds", "records/s");
            List<Stage> stages = List.of(new Stage("read", false, false), new Stage("read+extract", true, false),
                    new Stage("whole run", true, true));
            double previous = 0;
            for (Stage stage : stages) {
                ExtensionCatalog catalog = new ExtensionCatalog(all.sources(), stage.extract() ? plan.extractors() : List.of(),
                        stage.report() ? plan.reporters() : List.of());
                RunResult last = null;
                double[] seconds = new double[repeat];
                for (int pass = -1; pass < repeat; pass++) {
                    Path output = scratch.resolve(stage.name() + "-" + (pass + 1));
                    long start = System.nanoTime();
                    // the stages before the report stage have no reporter to name
                    last = engine.run(pipeline(output, threadCount, stage.report() ? reporters : List.of()), cwd, catalog,
                            RunProgress.NONE, List.of());
                    if (pass >= 0) {
                        seconds[pass] = (System.nanoTime() - start) / 1e9;
                    }
                    deleteTree(output);
                }
                Arrays.sort(seconds);
                double median = repeat % 2 == 1 ? seconds[repeat / 2] : (seconds[repeat / 2 - 1] + seconds[repeat / 2]) / 2;
                long records = last.summary().counts().recordsRead();
                String detail = switch (stage.name()) {
                    case "read" -> "";
                    case "read+extract" -> String.format(Locale.ROOT, "  (%s; extraction adds %.2f s)",
                            RunCommand.count(last.summary().counts().findings(), "finding"), median - previous);
                    default -> String.format(Locale.ROOT, "  (reporters %s add %.2f s)",
                            String.join(", ", plan.reporters().stream().map(LoadedExtension::name).toList()), median - previous);
                };
                out.printf(Locale.ROOT, "%-14s %,12d %9.2f %,12.0f%s%n", stage.name(), records, median, records / median, detail);
                out.flush();
                previous = median;
            }
            return ExitCode.OK;
        } finally {
            deleteTree(scratch);
        }
    }

    private Pipeline pipeline(Path output, int threadCount, List<String> reporterNames) {
        return new Pipeline(inputs, source == null ? List.of() : List.of(source), List.of(), reporterNames, java.util.Map.of(),
                output, false, threadCount, null);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
