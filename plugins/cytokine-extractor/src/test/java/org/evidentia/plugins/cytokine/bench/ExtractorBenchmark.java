package org.evidentia.plugins.cytokine.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.ExtensionContext;
import org.evidentia.plugins.cytokine.CytokineExtractor;
import org.evidentia.plugins.pubmed.text.AbstractTextSource;
import org.evidentia.testkit.PluginTestKit;
import org.evidentia.testkit.SharedData;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Abstracts per second of the cytokine extractor on one thread (JMH). The abstracts are real
 * PubMed "Abstract (text)" exports of ../shared, read by the real source, in two sets (see
 * {@link #abstracts}); run it from the project root with
 * {@code mvn -B -ntp -o -pl plugins/cytokine-extractor -am -Pjmh test-compile} (nothing needs
 * installing). The score is abstracts per second (one operation is one record with an abstract).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExtractorBenchmark {

    /**
     * {@code cytokine-rich}: il6 and ibd, the records of their 1,929 that have an abstract, chosen
     * for naming cytokines, so nearly every one takes the extractor's full path. {@code covid}: the
     * 249 records of the COVID-19 export, of which two give a finding, so nearly every one takes the
     * short look at a text that names nothing, as most records of a real corpus do.
     */
    @Param({"cytokine-rich", "covid"})
    public String abstracts;

    private final CytokineExtractor extractor = new CytokineExtractor();
    private ExtensionContext context;
    private List<BibliographicRecord> records;
    private int next;

    @Setup
    public void readAbstracts() {
        context = PluginTestKit.context(extractor);
        records = new ArrayList<>();
        Path shared = SharedData.find().orElseThrow(() -> new IllegalStateException(
                "the benchmark reads ../shared/data/abstract-text, which is absent")).resolve("data/abstract-text");
        List<String> files = abstracts.equals("covid") ? List.of("covid_pubmed_result.txt")
                : List.of("il6_pubmed_result_160103.txt", "ibd_pubmed_result.txt");
        for (String file : files) {
            records.addAll(PluginTestKit.read(new AbstractTextSource(), shared.resolve(file)).records());
        }
        records.removeIf(r -> !r.hasAbstract()); // the score counts abstracts
    }

    /** Extracts from one abstract, cycling through all of them. */
    @Benchmark
    public void extractOneRecord(Blackhole sink) {
        BibliographicRecord record = records.get(next);
        next = next + 1 == records.size() ? 0 : next + 1;
        sink.consume(extractor.extract(record, context));
    }
}
