package org.evidentia.runtime.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Extractor;
import org.evidentia.api.Source;
import org.evidentia.runtime.engine.ConfigurationException;
import org.evidentia.runtime.engine.ExtensionCatalog;
import org.evidentia.runtime.engine.ExtensionRunContext;
import org.evidentia.runtime.engine.Pipeline;
import org.evidentia.runtime.engine.ProblemLog;
import org.evidentia.runtime.engine.RunEngine;
import org.evidentia.runtime.engine.RunPlan;
import org.evidentia.runtime.host.LoadedExtension;
import org.evidentia.runtime.host.PluginHost;
import org.evidentia.runtime.input.PathSourceInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code evidentia bench}: measures how fast the real plugins read (and extract from) inputs on
 * one thread. It is a benchmark, not a test: run it on an idle machine and repeat.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure records per second of the sources (and extractors) on ONE thread.",
                "Reads every input once to warm up, then --repeat timed passes; prints the best pass."})
final class BenchCommand implements Callable<Integer> {

    @ParentCommand
    EvidentiaCommand top;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Input files, folders or glob patterns.")
    List<String> inputs;

    @Option(names = {"-s", "--source"}, paramLabel = "NAME", description = "Force this source (default: the best per input).")
    String source;

    @Option(names = "--extract", description = "Also time the extractors on the records read.")
    boolean extract;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "3", description = "Timed passes (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path cwd = Path.of("").toAbsolutePath();
        Pipeline pipeline = new Pipeline(inputs, source == null ? List.of() : List.of(source), List.of(), List.of(),
                java.util.Map.of(), cwd, false, 1, null);
        try (PluginHost host = top.startHost(spec.commandLine().getErr())) {
            RunEngine engine = top.engine();
            RunPlan plan = engine.plan(pipeline, cwd, ExtensionCatalog.of(host));
            long bytes = 0;
            for (Path file : plan.files()) {
                bytes += Files.size(file);
            }
            out.printf("%d input file(s), %.1f MB on disk; 1 thread; best of %d pass(es) after a warm-up%n",
                    plan.files().size(), bytes / 1e6, repeat);
            long[] readBest = pass(plan, false, repeat + 1);
            out.printf("read          %,10d records  %8.2f s  %,10.0f records/s%n", readBest[0], readBest[1] / 1e9, readBest[0] / (readBest[1] / 1e9));
            if (extract) {
                long[] both = pass(plan, true, repeat + 1);
                double extractSeconds = Math.max(1e-9, (both[1] - readBest[1]) / 1e9);
                out.printf("read+extract  %,10d records  %8.2f s  %,10.0f records/s  (%,d findings)%n",
                        both[0], both[1] / 1e9, both[0] / (both[1] / 1e9), both[2]);
                out.printf("extract alone %,10d records  %8.2f s  %,10.0f records/s%n", both[0], extractSeconds, both[0] / extractSeconds);
            }
            out.flush();
            return ExitCode.OK;
        }
    }

    /** Runs {@code passes} passes and returns {records, best nanoseconds of the passes after the first, findings}. */
    private static long[] pass(RunPlan plan, boolean extract, int passes) throws Exception {
        ProblemLog log = new ProblemLog();
        List<LoadedExtension<Extractor>> extractors = extract ? plan.extractors() : List.of();
        List<ExtensionRunContext> contexts = extractors.stream()
                .map(e -> new ExtensionRunContext(e.name(), plan.optionsOf(e.name()), log)).toList();
        long best = Long.MAX_VALUE;
        long records = 0;
        long findings = 0;
        for (int p = 0; p < passes; p++) {
            long start = System.nanoTime();
            records = 0;
            findings = 0;
            for (Path file : plan.files()) {
                PathSourceInput input = new PathSourceInput(file);
                LoadedExtension<Source> chosen = plan.sourceFor(input);
                if (chosen == null) {
                    throw new ConfigurationException("no source reads " + file);
                }
                ExtensionRunContext context = new ExtensionRunContext(chosen.name(), plan.optionsOf(chosen.name()), log);
                Thread.currentThread().setContextClassLoader(chosen.classLoader());
                try (Stream<BibliographicRecord> stream = chosen.extension().read(input, context)) {
                    for (Iterator<BibliographicRecord> it = stream.iterator(); it.hasNext(); ) {
                        BibliographicRecord record = it.next();
                        records++;
                        for (int i = 0; i < extractors.size(); i++) {
                            findings += extractors.get(i).extension().extract(record, contexts.get(i)).size();
                        }
                    }
                }
            }
            long elapsed = System.nanoTime() - start;
            if (p > 0 || passes == 1) {
                best = Math.min(best, elapsed);
            }
        }
        return new long[] {records, best, findings};
    }
}
