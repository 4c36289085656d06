package org.evidentia.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.evidentia.api.Extractor;
import org.evidentia.api.ExtensionContext;
import org.evidentia.api.FindingKind;
import org.evidentia.api.ReportContext;
import org.evidentia.api.ReportWriter;
import org.evidentia.api.Reporter;
import org.evidentia.api.RunSummary.Problem;
import org.evidentia.runtime.engine.EngineFixtures.LineSource;
import org.evidentia.runtime.engine.EngineFixtures.ListReporter;
import org.evidentia.runtime.engine.EngineFixtures.MarkerExtractor;
import org.evidentia.runtime.engine.EngineFixtures.WrappedSource;
import org.evidentia.runtime.host.LoadedExtension;
import org.evidentia.runtime.host.fixtures.KindListReporter;
import org.evidentia.runtime.options.OptionsBinder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run asks its reporters whether their options fit it ({@link Reporter#checkOptions}) before any
 * of them starts (reviews 6 and 8: a reporter could refuse its options only in {@code start}, which
 * {@code validate} never calls, and a refusal named the options block, not the option).
 */
class ReporterOptionsCheckTest {

    @TempDir
    Path dir;

    private final RunEngine engine = new RunEngine(new OptionsBinder(), "0.1.0");
    private final List<String> read = new ArrayList<>();
    private final AtomicInteger started = new AtomicInteger();

    @BeforeEach
    void input() throws IOException {
        Files.writeString(dir.resolve("a.lines"), "1||A title long enough to count|up:il6\n");
    }

    @Test
    void anOptionTheCheckRefusesStopsTheRunBeforeAnyReporterStartsAndIsNamedAsTheOptionToBlame() {
        ExtensionCatalog catalog = catalog(List.of(new MarkerExtractor()), watched(), new KindListReporter());

        assertThatThrownBy(() -> run(catalog, Map.of("kind", "markers", "file", "markers.txt")))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.issues()).containsExactly(new ConfigurationException.Issue(
                        "options.kind-list.kind", "reporter kind-list (plugin test-plugin) refuses option kind-list.kind: the run makes"
                        + " no findings of kind 'markers'; its kinds: marker")));
        assertThat(read).as("no input was read").isEmpty();
        assertThat(started).as("no reporter was started").hasValue(0);
        assertThat(dir.resolve("out")).doesNotExist();

        assertThatThrownBy(() -> run(catalog, Map.of("file", "../beside.txt")))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.issues()).containsExactly(new ConfigurationException.Issue(
                        "options.kind-list.file", "reporter kind-list (plugin test-plugin) refuses option kind-list.file: '../beside.txt'"
                        + " is not a file of this reporter's in the output folder")));
    }

    @Test
    void aRefusalNoOneOptionGivenIsToBlameForIsAtTheReportersOptions() {
        ExtensionCatalog catalog = catalog(List.of(), watched(), new KindListReporter());

        assertThatThrownBy(() -> run(catalog, Map.of("file", "markers.txt")))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.issues()).containsExactly(new ConfigurationException.Issue(
                        "options.kind-list", "reporter kind-list (plugin test-plugin) refuses its options for this run: the run makes"
                        + " no findings to list: it has no extractor")));
        assertThat(started).hasValue(0);
    }

    @Test
    void aReporterWhoseCheckFailsOtherwiseFailsAloneAndTheOthersWriteTheirOutputs() throws Exception {
        Reporter broken = listReporter("broken", () -> {
            throw new IllegalStateException("no answer today");
        });

        RunResult result = run(catalog(List.of(new MarkerExtractor()), new ListReporter("list", false), broken), Map.of());

        assertThat(result.failed()).isTrue();
        assertThat(result.summary().problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.REPORTER_ERROR);
            assertThat(p.extension()).isEqualTo("broken");
            assertThat(p.message()).isEqualTo("could not check its options (plugin test-plugin): IllegalStateException: no answer today");
        });
        assertThat(dir.resolve("out/list.txt")).exists();
        assertThat(dir.resolve("out/broken.txt")).as("it was not started").doesNotExist();
    }

    /**
     * Review 8, finding 7: a reporter's file option naming another reporter's file failed the
     * reporter at the end of the run. Claimed in {@code start}, as the fixture does, it is refused
     * there, before the run reads (the output folder knows the names taken; the check does not).
     */
    @Test
    void aFileNameAnotherReporterTookIsRefusedWhenTheReporterClaimsItInStartBeforeAnythingIsRead() {
        ExtensionCatalog catalog = catalog(List.of(new MarkerExtractor()), new ListReporter("list", false), new KindListReporter());

        assertThatThrownBy(() -> run(catalog, Map.of("file", "list.txt")))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.issues()).containsExactly(new ConfigurationException.Issue(
                        "options.kind-list.file", "reporter kind-list (plugin test-plugin) cannot start with this run's options: 'list.txt'"
                        + " is written by list already: each file of the outputs has one writer; option kind-list.file chose that name")));
        assertThat(read).isEmpty();
        assertThat(dir.resolve("out")).doesNotExist();
    }

    /**
     * Review 18, finding 18: when the reporter that took the name first took it for an option, the
     * reporter refused blamed itself; the refusal names, and is at, the option that chose the name.
     */
    @Test
    void aFileNameClashIsAtTheOptionThatChoseTheNameWhenTheOtherReporterIsRefused() {
        ExtensionCatalog catalog = catalog(List.of(new MarkerExtractor()), new KindListReporter(), new ListReporter("list", false));

        assertThatThrownBy(() -> run(catalog, Map.of("file", "list.txt")))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.issues()).containsExactly(new ConfigurationException.Issue(
                        "options.kind-list.file", "reporter list (plugin test-plugin) cannot start with this run's options: 'list.txt'"
                        + " is written by kind-list already: each file of the outputs has one writer; option kind-list.file chose that"
                        + " name")));
        assertThat(read).isEmpty();
    }

    @Test
    void validateAsksThePlansReportersAsARunDoes() throws Exception {
        ExtensionCatalog catalog = catalog(List.of(new MarkerExtractor()), watched(), new KindListReporter());
        RunPlan plan = engine.plan(pipeline(Map.of("kind", "markers")), dir, catalog);

        assertThat(new ReporterOptionsCheck(new OptionsBinder()).issues(plan)).containsExactly(new ConfigurationException.Issue(
                "options.kind-list.kind", "reporter kind-list (plugin test-plugin) refuses option kind-list.kind: the run makes"
                + " no findings of kind 'markers'; its kinds: marker"));
        assertThat(new ReporterOptionsCheck(new OptionsBinder()).issues(engine.plan(pipeline(Map.of("kind", "marker")), dir, catalog)))
                .isEmpty();
        assertThat(started).hasValue(0);
    }

    private RunResult run(ExtensionCatalog catalog, Map<String, Object> kindListOptions) throws Exception {
        return engine.run(pipeline(kindListOptions), dir, catalog, RunProgress.NONE, List.of());
    }

    private Pipeline pipeline(Map<String, Object> kindListOptions) {
        // none given when the run may have no kind-list: options for no extension would be refused
        Map<String, Map<String, Object>> options = kindListOptions.isEmpty() ? Map.of() : Map.of("kind-list", kindListOptions);
        return new Pipeline(List.of("a.lines"), List.of(), List.of(), List.of(), options, dir.resolve("out"), false, 1,
                Instant.parse("2026-01-31T00:00:00Z"));
    }

    /** The line source, which notes each input it reads, with these extractors and reporters. */
    private ExtensionCatalog catalog(List<Extractor> extractors, Reporter... reporters) {
        List<LoadedExtension<Reporter>> loaded = new ArrayList<>();
        for (Reporter reporter : reporters) {
            loaded.add(EngineFixtures.loaded(reporter));
        }
        return new ExtensionCatalog(List.of(EngineFixtures.loaded(new WrappedSource(new LineSource(), (input, context, records) -> {
            read.add(input.displayName());
            return records;
        }))), extractors.stream().map(EngineFixtures::loaded).toList(), loaded);
    }

    /** A reporter that counts its starts. */
    private Reporter watched() {
        return listReporter("watched", () -> {
        });
    }

    /** A {@link ListReporter} whose check runs {@code check}, and whose starts are counted. */
    private Reporter listReporter(String name, Runnable check) {
        ListReporter list = new ListReporter(name, false);
        return new Reporter() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String description() {
                return list.description();
            }

            @Override
            public void checkOptions(ExtensionContext context, List<FindingKind> findingKinds) {
                check.run();
            }

            @Override
            public ReportWriter start(ReportContext context) throws IOException {
                started.incrementAndGet();
                return list.start(context);
            }
        };
    }
}
