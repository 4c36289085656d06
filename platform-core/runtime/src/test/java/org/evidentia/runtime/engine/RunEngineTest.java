package org.evidentia.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.ExtensionContext;
import org.evidentia.api.Extractor;
import org.evidentia.api.Finding;
import org.evidentia.api.FindingKind;
import org.evidentia.api.Origin;
import org.evidentia.api.RunSummary.Problem;
import org.evidentia.api.RunSummary;
import org.evidentia.api.Source;
import org.evidentia.runtime.engine.EngineFixtures.LineSource;
import org.evidentia.runtime.engine.EngineFixtures.ListReporter;
import org.evidentia.runtime.engine.EngineFixtures.MarkerExtractor;
import org.evidentia.runtime.engine.EngineFixtures.WatchedExtractor;
import org.evidentia.runtime.engine.EngineFixtures.WrappedSource;
import org.evidentia.runtime.exclusion.ExcludedId;
import org.evidentia.runtime.exclusion.ExclusionList;
import org.evidentia.runtime.host.PluginProblem;
import org.evidentia.runtime.options.OptionsBinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunEngineTest {

    @TempDir
    Path dir;

    private final RunEngine engine = new RunEngine(new OptionsBinder(), "0.1.0");

    private ExtensionCatalog catalog(boolean explodingReporter) {
        List<org.evidentia.runtime.host.LoadedExtension<org.evidentia.api.Reporter>> reporters = new ArrayList<>();
        reporters.add(EngineFixtures.loaded(new ListReporter("list", false)));
        if (explodingReporter) {
            reporters.add(EngineFixtures.loaded(new ListReporter("exploding", true)));
        }
        return new ExtensionCatalog(List.of(EngineFixtures.loaded(new LineSource())),
                List.of(EngineFixtures.loaded(new MarkerExtractor())), reporters);
    }

    private Pipeline pipeline(List<String> inputs, int threads, boolean strict) {
        return new Pipeline(inputs, List.of(), List.of(), List.of(), Map.of(), dir.resolve("out"), strict, threads,
                Instant.parse("2026-01-31T00:00:00Z"));
    }

    @Test
    void sourcesAreToldWhetherAnExtractorOrReporterReadsRecordsMetadata() throws Exception {
        Files.writeString(dir.resolve("a.lines"), numberedLines("a", 3));
        // extractor reads metadata, reporter reads metadata: told true
        assertThat(toldWantsMetadata(true, true)).isTrue();
        assertThat(toldWantsMetadata(false, true)).isTrue();
        assertThat(toldWantsMetadata(true, false)).isTrue();
        assertThat(toldWantsMetadata(false, false)).isFalse();
    }

    @Test
    void anExtractorThatCannotSayWhetherItReadsMetadataGetsItAndTheFailureIsAPluginError() throws Exception {
        Files.writeString(dir.resolve("a.lines"), numberedLines("a", 3));
        MarkerExtractor failing = new MarkerExtractor(context -> {
            throw new IllegalStateException("no answer today");
        });
        List<Boolean> told = new ArrayList<>();
        ExtensionCatalog catalog = new ExtensionCatalog(
                List.of(EngineFixtures.loaded(new WrappedSource(new LineSource(), (input, context, records) -> {
                    told.add(context.wantsMetadata());
                    return records;
                }))),
                List.of(EngineFixtures.loaded(failing)), List.of(EngineFixtures.loaded(new ListReporter("list", false, false))));

        RunResult result = engine.run(pipeline(List.of("a.lines"), 2, false), dir, catalog, RunProgress.NONE, List.of());

        assertThat(told).containsExactly(true);
        assertThat(result.summary().counts().findings()).isEqualTo(3);
        assertThat(result.summary().problems()).filteredOn(p -> p.kind() == Problem.Kind.PLUGIN_ERROR).singleElement()
                .satisfies(p -> {
                    assertThat(p.extension()).isEqualTo("markers");
                    assertThat(p.message()).contains("reads records' metadata").contains("no answer today");
                });
    }

    private boolean toldWantsMetadata(boolean extractorReads, boolean reporterReads) throws Exception {
        List<Boolean> told = new ArrayList<>();
        ExtensionCatalog catalog = new ExtensionCatalog(
                List.of(EngineFixtures.loaded(new WrappedSource(new LineSource(), (input, context, records) -> {
                    told.add(context.wantsMetadata());
                    return records;
                }))),
                List.of(EngineFixtures.loaded(new MarkerExtractor(extractorReads))),
                List.of(EngineFixtures.loaded(new ListReporter("list", false, reporterReads))));
        RunResult result = engine.run(pipeline(List.of("a.lines"), 2, false), dir, catalog, RunProgress.NONE, List.of());
        assertThat(result.summary().counts().findings()).isEqualTo(3);
        assertThat(told).hasSize(1);
        return told.get(0);
    }

    @Test
    void parallelExtractionKeepsInputOrderAndEqualsTheSingleThreadedRun() throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 2000; i++) {
            lines.append(i).append("||Title number ").append(i).append(" of a long series|up:a").append(i % 7).append(" down:b").append(i % 3).append('\n');
        }
        Files.writeString(dir.resolve("many.lines"), lines);

        RunResult one = engine.run(pipeline(List.of("many.lines"), 1, false), dir, catalog(false), RunProgress.NONE, List.of());
        String single = Files.readString(dir.resolve("out/list.txt"));
        RunResult four = engine.run(pipeline(List.of("many.lines"), 4, false), dir, catalog(false), RunProgress.NONE, List.of());

        assertThat(Files.readString(dir.resolve("out/list.txt"))).isEqualTo(single);
        assertThat(single.lines().limit(4)).containsExactly(
                "1 A1 increased markers@1.0.0", "1 B1 decreased markers@1.0.0",
                "2 A2 increased markers@1.0.0", "2 B2 decreased markers@1.0.0");
        assertThat(one.summary().counts().findings()).isEqualTo(4000).isEqualTo(four.summary().counts().findings());
    }

    @Test
    void laterFilesOfAFolderAreReadAheadWhileAnEarlierOneIsStillConsumed() throws Exception {
        Files.writeString(dir.resolve("a.lines"), numberedLines("a", 3000));
        Files.writeString(dir.resolve("b.lines"), numberedLines("b", 3000));
        CountDownLatch bRead = new CountDownLatch(1);
        AtomicBoolean bReadWhileAHeld = new AtomicBoolean();
        ExtensionCatalog catalog = new ExtensionCatalog(
                List.of(EngineFixtures.loaded(new WrappedSource(new LineSource(),
                        (input, context, records) -> input.displayName().endsWith("b.lines") ? records.onClose(bRead::countDown) : records))),
                List.of(EngineFixtures.loaded(new WatchedExtractor(new MarkerExtractor(), record -> {
                    if (record.id().equals("a1")) {
                        try {
                            bReadWhileAHeld.set(bRead.await(30, TimeUnit.SECONDS));
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                }))),
                List.of(EngineFixtures.loaded(new ListReporter("list", false))));

        // more than two threads: with two, one reader and the extraction keep both cores busy without it
        RunResult result = engine.run(pipeline(List.of("a.lines", "b.lines"), 3, false), dir, catalog, RunProgress.NONE, List.of());

        assertThat(bReadWhileAHeld).as("b.lines read to its end while a.lines's first record was held").isTrue();
        assertThat(result.summary().counts().findings()).isEqualTo(6000);
        List<String> lines = Files.readString(dir.resolve("out/list.txt")).lines().toList();
        assertThat(lines.get(0)).isEqualTo("a1 X increased markers@1.0.0");
        assertThat(lines.get(3000)).as("input order kept").isEqualTo("b1 X increased markers@1.0.0");
    }

    @Test
    void whileReadingSetsThePaceTheCallingThreadExtractsAndWhenReadingIsAheadThePoolDoes() throws Exception {
        Files.writeString(dir.resolve("a.lines"), numberedLines("a", 640));
        Map<String, String> threadOf = new ConcurrentHashMap<>();
        String caller = Thread.currentThread().getName();
        Consumer<BibliographicRecord> noteThread = record -> threadOf.put(record.id(), Thread.currentThread().getName());

        // Reading sets the pace: the source gives a record only for each one extracted, beyond a first
        // chunk, so it is never more than a chunk ahead, and it is still reading when the ninth batch
        // (records 513 to 576) is handed on. The tenth may go to the pool: by then the input has ended.
        Semaphore extracted = new Semaphore(64);
        ExtensionCatalog readingPaced = new ExtensionCatalog(
                List.of(EngineFixtures.loaded(new WrappedSource(new LineSource(),
                        (input, context, records) -> records.peek(record -> extracted.acquireUninterruptibly())))),
                List.of(EngineFixtures.loaded(new WatchedExtractor(new MarkerExtractor(), record -> {
                    noteThread.accept(record);
                    extracted.release();
                }))),
                List.of(EngineFixtures.loaded(new ListReporter("list", false))));
        engine.run(pipeline(List.of("a.lines"), 2, false), dir, readingPaced, RunProgress.NONE, List.of());
        String output = Files.readString(dir.resolve("out/list.txt"));
        assertThat(threadOf).hasSize(640);
        for (int i = 1; i <= 576; i++) {
            assertThat(threadOf.get("a" + i)).as("thread that extracted a%d", i).isEqualTo(caller);
        }

        // Reading is ahead: a slow extractor, behind which the chunks back up
        threadOf.clear();
        ExtensionCatalog extractionPaced = new ExtensionCatalog(
                List.of(EngineFixtures.loaded(new LineSource())),
                List.of(EngineFixtures.loaded(new WatchedExtractor(new MarkerExtractor(), record -> {
                    pause(1);
                    noteThread.accept(record);
                }))),
                List.of(EngineFixtures.loaded(new ListReporter("list", false))));
        engine.run(pipeline(List.of("a.lines"), 2, false), dir, extractionPaced, RunProgress.NONE, List.of());
        assertThat(threadOf).hasSize(640);
        assertThat(poolThreads(threadOf)).as("pool threads that extracted").isEqualTo(2);
        assertThat(Files.readString(dir.resolve("out/list.txt"))).as("same output, in input order").isEqualTo(output);

        // ... and files of two chunks each, whose queues never hold four: once a file is read to its
        // end, its records wait only for extraction (a file's second batch at the latest)
        threadOf.clear();
        List<String> files = new ArrayList<>();
        for (int f = 0; f < 5; f++) {
            Files.writeString(dir.resolve("part" + f + ".lines"), numberedLines("p" + f + "-", 128));
            files.add("part" + f + ".lines");
        }
        RunResult folder = engine.run(pipeline(files, 2, false), dir, extractionPaced, RunProgress.NONE, List.of());
        assertThat(threadOf).hasSize(640);
        assertThat(poolThreads(threadOf)).as("pool threads that extracted").isPositive();
        assertThat(folder.summary().counts().findings()).isEqualTo(640);
    }

    private static long poolThreads(Map<String, String> threadOf) {
        return threadOf.values().stream().filter(name -> name.startsWith("evidentia-extract-")).distinct().count();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String numberedLines(String prefix, int count) {
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            lines.append(prefix).append(i).append("||Title ").append(prefix).append(i).append(" of a long series|up:x\n");
        }
        return lines.toString();
    }

    /** The review of session 32, B1: an extractor that uses a library its zip lacks was told a defect, without what to do. */
    @Test
    void anExtractorMissingALibraryIsToldToBundleIt() throws Exception {
        Files.writeString(dir.resolve("a.lines"), "1||First title of the input|up:il6\n2||Second title here|unbundled\n");

        RunResult result = engine.run(pipeline(List.of("a.lines"), 1, false), dir, catalog(false), RunProgress.NONE, List.of());

        assertThat(result.summary().problems()).singleElement().satisfies(p -> assertThat(p.message()).isEqualTo("failed on record 2,"
                + " a defect to report to the authors of plugin test-plugin: NoClassDefFoundError: com/example/missing/Lib (a class of a"
                + " library that the plugin's lib/ does not hold and the host does not provide: the host provides plugins with its api,"
                + " the text-mining kit, PF4J, SLF4J and Logback, Guice, jakarta.inject and Jackson only; make the library a"
                + " compile-scope dependency, so that the plugin's zip bundles it)"));
    }

    @Test
    void aThrowingExtractorLosesOnlyThatRecordAndTheRunGoesOn() throws Exception {
        Files.writeString(dir.resolve("a.lines"), "1||First title of the input|up:il6\n2||Second title here|boom\n3||Third title of the input|down:tnf\n");

        RunResult result = engine.run(pipeline(List.of("a.lines"), 2, false), dir, catalog(false), RunProgress.NONE, List.of());

        assertThat(result.failed()).isFalse();
        assertThat(result.summary().problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.EXTRACTOR_ERROR);
            assertThat(p.extension()).isEqualTo("markers");
            assertThat(p.recordId()).isEqualTo("2");
            assertThat(p.file()).endsWith("a.lines");
            assertThat(p.recordNumber()).isEqualTo(2);
            assertThat(p.message()).isEqualTo("failed on record 2, a defect to report to the authors of plugin test-plugin:"
                    + " IllegalStateException: cannot parse 2");
        });
        assertThat(Files.readString(dir.resolve("out/list.txt"))).contains("1 IL6 increased", "3 TNF decreased");
        assertThat(result.summary().counts().recordsWithFindings()).isEqualTo(2);
        assertThat(result.summary().notices()).as("it failed on one record of three").noneMatch(n -> n.contains("every record"));
    }

    /** An explorer's s20, 4: a null where a list is expected read as the JDK's words about the engine's own loop. */
    @Test
    void anExtractorThatReturnsNullLosesOnlyThatRecordAndIsToldSo() throws Exception {
        Files.writeString(dir.resolve("a.lines"), "1||First title of the input|up:il6\n2||Second title here|void\n3||Third title of the input|down:tnf\n");

        RunResult result = engine.run(pipeline(List.of("a.lines"), 2, false), dir, catalog(false), RunProgress.NONE, List.of());

        assertThat(result.failed()).isFalse();
        assertThat(result.summary().problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.EXTRACTOR_ERROR);
            assertThat(p.extension()).isEqualTo("markers");
            assertThat(p.message()).isEqualTo("returned null on record 2 where a list of findings is expected (an empty list when"
                    + " it finds none), a defect to report to the authors of plugin test-plugin");
        });
        assertThat(Files.readString(dir.resolve("out/list.txt"))).contains("1 IL6 increased", "3 TNF decreased");
    }

    /** The plugin author's review of session 32, A6: a null in the list read as the JDK's words about the engine's contract check. */
    @Test
    void anExtractorWhoseListHoldsANullLosesThatRecordsFindingsAndIsToldSo() throws Exception {
        Files.writeString(dir.resolve("a.lines"), "1||First title of the input|up:il6\n2||Second title here|up:il6 hole\n3||Third title of the input|down:tnf\n");

        RunResult result = engine.run(pipeline(List.of("a.lines"), 2, false), dir, catalog(false), RunProgress.NONE, List.of());

        assertThat(result.summary().problems()).singleElement().satisfies(p -> assertThat(p.message()).isEqualTo("its list of findings"
                + " for record 2 held a null where a finding is expected, so its findings of the record are dropped, a defect to report"
                + " to the authors of plugin test-plugin"));
        assertThat(Files.readString(dir.resolve("out/list.txt"))).contains("1 IL6 increased", "3 TNF decreased").doesNotContain("2 IL6");
    }

    /** A plugin author's M2 (2026-12-04): run.json's timings could not tell which extractor made a run slow. */
    @Test
    void runJsonTellsTheTimeEachExtractorSpent() throws Exception {
        Files.writeString(dir.resolve("a.lines"), numberedLines("a", 3));
        Extractor slow = EngineFixtures.extractor("slow-markers", "finds nothing, slowly",
                new FindingKind("slow-marker", "Marker", "Markers", List.of(), Map.of()), (record, context) -> {
                    pause(40);
                    return List.of();
                });
        ExtensionCatalog catalog = new ExtensionCatalog(List.of(EngineFixtures.loaded(new LineSource())),
                List.of(EngineFixtures.loaded(new MarkerExtractor()), EngineFixtures.loaded(slow)),
                List.of(EngineFixtures.loaded(new ListReporter("list", false))));

        engine.run(pipeline(List.of("a.lines"), 1, false), dir, catalog, RunProgress.NONE, List.of());

        JsonNode timings = new ObjectMapper().readTree(dir.resolve("out/run.json").toFile()).get("timings_ms");
        assertThat(timings.get("extractors").fieldNames()).toIterable().containsExactly("markers", "slow-markers");
        assertThat(timings.at("/extractors/slow-markers").asLong()).as("3 records of 40 ms").isGreaterThanOrEqualTo(120);
        assertThat(timings.at("/extractors/markers").asLong()).isLessThan(timings.at("/extractors/slow-markers").asLong());
    }

    @Test
    void duplicatesAcrossInputsAreMergedWithTheirOriginsAndCountsReconcile() throws Exception {
        Files.writeString(dir.resolve("a.lines"), String.join("\n",
                "11|10.1/x|A study of interleukin six in sleep|up:il6",
                "12||A second study of tumour necrosis factor|down:tnf",
                "!!! a broken line",
                "|10.1/nopmid|A record known only by its DOI here|up:il8", ""));
        Files.writeString(dir.resolve("b.lines"), String.join("\n",
                "11|10.1/x|A study of interleukin six in sleep|up:il6",
                "|10.1/X|Same DOI in other case, other title|up:il6",
                "|10.1/nopmid|A record known only by its DOI here|up:il8",
                "13||A second study of tumour necrosis factor|up:tnf", ""));

        RunResult result = engine.run(pipeline(List.of("a.lines", "b.lines"), 2, false), dir, catalog(false), RunProgress.NONE, List.of());

        var counts = result.summary().counts();
        assertThat(counts.recordsRead()).isEqualTo(8);
        assertThat(counts.recordsSkipped()).isEqualTo(1);
        assertThat(counts.duplicatesMerged()).isEqualTo(3);
        assertThat(counts.recordsKept()).isEqualTo(4);
        assertThat(counts.recordsRead()).isEqualTo(counts.recordsKept() + counts.duplicatesMerged() + counts.recordsSkipped());
        assertThat(result.summary().inputs()).extracting(i -> i.records() + "/" + i.skipped()).containsExactly("4/1", "4/0");
        assertThat(result.summary().inputs().get(0).sha256()).hasSize(64);

        JsonNode run = new ObjectMapper().readTree(dir.resolve("out/run.json").toFile());
        assertThat(run.at("/counts/records_read").asLong()).isEqualTo(8);
        assertThat(run.at("/counts/duplicates_merged").asLong()).isEqualTo(3);
        assertThat(run.at("/problems/0/kind").asText()).isEqualTo("skipped-record");
        assertThat(run.at("/problems/0/line").asLong()).isEqualTo(3);
        assertThat(run.at("/run_date").asText()).isEqualTo("2026-01-31T00:00:00Z");
        assertThat(run.at("/plugins/0/id").asText()).isEqualTo("test-plugin");
    }

    @Test
    void anExcludedRecordIsReadAndCountedWithItsReasonItsCopiesMergedAndItGoesNoFurther() throws Exception {
        Files.writeString(dir.resolve("a.lines"), String.join("\n",
                "11|10.1000/x|A study of interleukin six in sleep|up:il6",
                "12||A second study of tumour necrosis factor|down:tnf",
                "13||A third study of interleukin eight here|up:il8", ""));
        Files.writeString(dir.resolve("b.lines"), "11|10.1000/x|A study of interleukin six in sleep|up:il6\n");
        ExclusionList list = new ExclusionList("exclusions.csv", List.of(
                new ExclusionList.Exclusion(ExcludedId.parse("10.1000/X"), "off-topic", 2),
                new ExclusionList.Exclusion(ExcludedId.parse("13"), "animal study", 3),
                new ExclusionList.Exclusion(ExcludedId.parse("99"), "off-topic", 4)));
        Pipeline plain = pipeline(List.of("a.lines", "b.lines"), 2, false);
        Pipeline excluding = new Pipeline(plain.inputs(), plain.sources(), plain.extractors(), plain.reporters(), plain.options(),
                plain.output(), false, 2, plain.runDate(), plain.focus(), plain.inputSources(), plain.inputsAt(), false, list);

        RunResult result = engine.run(excluding, dir, catalog(false), RunProgress.NONE, List.of());

        var counts = result.summary().counts();
        assertThat(counts.recordsRead()).isEqualTo(4);
        assertThat(counts.recordsExcluded()).isEqualTo(2);
        assertThat(counts.duplicatesMerged()).as("the second copy of an excluded record is merged into it").isEqualTo(1);
        assertThat(counts.recordsKept()).isEqualTo(1);
        assertThat(counts.findings()).as("the kept record's only").isEqualTo(1);
        assertThat(result.summary().exclusions().byReason()).containsExactly(Map.entry("animal study", 1L), Map.entry("off-topic", 1L));
        assertThat(result.summary().problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.WARNING);
            assertThat(p.describe()).startsWith("exclusions.csv: 1 id of this exclusion list matches no record of this run: 99 (");
        });
        JsonNode run = new ObjectMapper().readTree(dir.resolve("out/run.json").toFile());
        assertThat(run.at("/counts/records_excluded").asLong()).isEqualTo(2);
        assertThat(run.at("/exclusions/ids_listed").asLong()).isEqualTo(3);
        assertThat(run.at("/exclusions/ids_matching_no_record/0").asText()).isEqualTo("99");
    }

    /** Options of an extractor that reads files: a lexicon, and word lists. */
    public record FileOptions(Path lexicon, List<Path> stopwords, String note) {
        public FileOptions {
            stopwords = stopwords == null ? List.of() : List.copyOf(stopwords);
        }
    }

    /** The marker extractor, taking {@link FileOptions} (it reads none of them). */
    private static final class FileReadingExtractor implements Extractor {
        private final MarkerExtractor markers = new MarkerExtractor(false);

        @Override public String name() { return "markers"; }
        @Override public String description() { return "markers, with files"; }
        @Override public Class<? extends Record> optionsType() { return FileOptions.class; }
        @Override public boolean readsMetadata(org.evidentia.api.ExtensionContext context) { return false; }
        @Override public FindingKind findingKind() { return markers.findingKind(); }
        @Override public List<org.evidentia.api.Finding> extract(BibliographicRecord record, org.evidentia.api.ExtensionContext context) {
            return markers.extract(record, context);
        }
    }

    /**
     * Review 30, M1: the files that shape results besides the inputs are recorded with their checksums, as the inputs
     * are: the exclusion list ({@code exclusions.sha256}, of the bytes read) and every file an option names (an option
     * whose value is a Path, or a list of them: {@code option_files}), the options themselves naming each file as given.
     * Review 31, M1: each plugin with the file it was loaded from (none known for extensions made outside a plugins
     * folder, as here), and the text-mining kit's jar.
     */
    @Test
    void theExclusionListAndEveryFileAnOptionNamesAreRecordedWithTheirChecksums() throws Exception {
        Files.writeString(dir.resolve("a.lines"), "11||A study of interleukin six in sleep|up:il6\n12||A second study of tumour necrosis factor|down:tnf\n");
        Path lexicon = Files.writeString(dir.resolve("lexicon.tsv"), "IL6\tIL-6\n");
        Path stop1 = Files.writeString(dir.resolve("stop-1.txt"), "the\n");
        Path stop2 = Files.writeString(dir.resolve("stop-2.txt"), "a\n");
        Path listFile = Files.writeString(dir.resolve("exclusions.csv"), "id,reason\n12,off-topic\n");
        ExclusionList list = org.evidentia.runtime.exclusion.ExclusionListReader.read(listFile, "exclusions.csv");
        Map<String, Map<String, Object>> options = Map.of("markers", Map.of("lexicon", lexicon.toString(),
                "stopwords", List.of(stop1.toString(), stop2.toString()), "note", "not a file"));
        Pipeline plain = pipeline(List.of("a.lines"), 1, false);
        Pipeline pipeline = new Pipeline(plain.inputs(), plain.sources(), plain.extractors(), plain.reporters(), options,
                plain.output(), false, 1, plain.runDate(), plain.focus(), plain.inputSources(), plain.inputsAt(), false, list);
        ExtensionCatalog catalog = new ExtensionCatalog(List.of(EngineFixtures.loaded(new LineSource())),
                List.of(EngineFixtures.loaded(new FileReadingExtractor())), List.of(EngineFixtures.loaded(new ListReporter("list", false))));

        RunResult result = engine.run(pipeline, dir, catalog, RunProgress.NONE, List.of());

        String sha = org.evidentia.runtime.input.FileDigests.sha256(lexicon);
        assertThat(result.summary().optionFiles()).containsExactly(
                new RunSummary.OptionFile("markers", "lexicon", lexicon.toString(), sha),
                new RunSummary.OptionFile("markers", "stopwords", stop1.toString(), org.evidentia.runtime.input.FileDigests.sha256(stop1)),
                new RunSummary.OptionFile("markers", "stopwords", stop2.toString(), org.evidentia.runtime.input.FileDigests.sha256(stop2)));
        assertThat(result.summary().exclusions().sha256()).isEqualTo(org.evidentia.runtime.input.FileDigests.sha256(listFile));
        JsonNode run = new ObjectMapper().readTree(dir.resolve("out/run.json").toFile());
        assertThat(run.at("/options/markers/lexicon").asText()).as("as given, not a file: URI").isEqualTo(lexicon.toString());
        assertThat(run.at("/option_files/0/extension").asText() + "." + run.at("/option_files/0/option").asText() + " "
                + run.at("/option_files/0/path").asText() + " " + run.at("/option_files/0/sha256").asText())
                .isEqualTo("markers.lexicon " + lexicon + " " + sha);
        assertThat(run.at("/option_files")).hasSize(3);
        assertThat(run.at("/exclusions/list").asText()).isEqualTo("exclusions.csv");
        assertThat(run.at("/exclusions/sha256").asText()).isEqualTo(org.evidentia.runtime.input.FileDigests.sha256(listFile));
        assertThat(run.at("/plugins/0/id").asText()).isEqualTo("test-plugin");
        assertThat(run.at("/plugins/0").has("artifact")).isTrue();
        assertThat(run.at("/plugins/0/artifact").isNull()).as("made outside a plugins folder: no file known").isTrue();
        assertThat(run.at("/plugins/0/sha256").isNull()).isTrue();
        JsonNode kit = run.get("text_mining");
        assertThat(kit.get("artifact").asText()).as("the kit's jar, or its classes folder here").matches("evidentia-textmining-.*\\.jar|classes/");
        assertThat(kit.get("sha256").isNull()).isEqualTo(kit.get("artifact").asText().endsWith("/"));

        // the list edited in place: the same name, another checksum
        Files.writeString(listFile, "id,reason\n12,off-topic\n# checked again\n");
        ExclusionList edited = org.evidentia.runtime.exclusion.ExclusionListReader.read(listFile, "exclusions.csv");
        assertThat(edited.sha256()).isNotEqualTo(list.sha256()).isEqualTo(org.evidentia.runtime.input.FileDigests.sha256(listFile));
    }

    /**
     * Review 29, H1: the list names a record by its PMID, but its first copy, read from an export without PMIDs, goes
     * on before the copy with the PMID is read. It cannot be held back then; the run says so, and how to exclude it,
     * instead of saying that the PMID matches no record.
     */
    @Test
    void anExclusionThatOnlyALaterCopyMatchesIsWarnedWithTheIdThatWouldExcludeIt() throws Exception {
        Files.writeString(dir.resolve("a.lines"), "|10.1000/y|A study of interleukin six in sleep|up:il6\n");
        Files.writeString(dir.resolve("b.lines"), "21|10.1000/y|A study of interleukin six in sleep|up:il6\n");
        ExclusionList list = new ExclusionList("exclusions.csv", List.of(new ExclusionList.Exclusion(ExcludedId.parse("21"), "off-topic", 2)));
        Pipeline plain = pipeline(List.of("a.lines", "b.lines"), 2, false);
        Pipeline excluding = new Pipeline(plain.inputs(), plain.sources(), plain.extractors(), plain.reporters(), plain.options(),
                plain.output(), false, 2, plain.runDate(), plain.focus(), plain.inputSources(), plain.inputsAt(), false, list);

        RunResult result = engine.run(excluding, dir, catalog(false), RunProgress.NONE, List.of());

        assertThat(result.summary().counts().recordsExcluded()).isZero();
        assertThat(result.summary().problems()).extracting(RunSummary.Problem::message)
                .anySatisfy(m -> assertThat(m).startsWith("record 10.1000/y is on the exclusion list exclusions.csv as 21 (off-topic),"
                        + " which only a later copy of it holds, so it was not excluded").contains("List it as 10.1000/y too"))
                .noneSatisfy(m -> assertThat(m).contains("matches no record"));
    }

    /**
     * Review 28, M1, and review 29, M4: a name with a space or an equals sign could not be focused on, and a blank or
     * repeated value made a stratum titled "Odds, :". Such a kind is a plugin's to change, named when a run starts; a
     * store that recorded one still reads, as the attribute itself is still made.
     */
    @Test
    void anAttributeNoFocusCanAddressAndBlankOrRepeatedValuesAreTheDeclaringPluginsProblem() {
        FindingKind odd = new FindingKind("odd-change", "Odd", "Odds", List.of(
                new FindingKind.Attribute("Dose Level", "Dose", List.of("low", "", "low"), FindingKind.Attribute.Role.STRATUM),
                new FindingKind.Attribute("time-point", "Time point", List.of("day-1", "week2"), FindingKind.Attribute.Role.STRATUM)), Map.of());

        assertThat(org.evidentia.runtime.host.FindingKindRules.attributeProblems(odd)).containsExactly(
                "attribute 'Dose Level', whose name is not lower-case and hyphenated (it is a key of --focus, of gold files and of the JSON outputs)",
                "attribute 'Dose Level' with a blank value (a finding that states none leaves the attribute out)",
                "attribute 'Dose Level' with a value given twice (low, , low)");
        assertThat(org.evidentia.runtime.host.FindingKindRules.attributeProblems(new FindingKind("fine", "Fine", "Fines", List.of(odd.attributes().get(1)), Map.of()))).isEmpty();
    }

    @Test
    void aSourceFailingPartWayKeepsItsRecordsAndTheNextInputIsRead() throws Exception {
        Files.writeString(dir.resolve("a.lines"), "1||A first title long enough|up:il6\n2||A second title long enough|up:tnf\n!crash\n3||Never read|up:il8\n");
        Files.writeString(dir.resolve("b.lines"), "4||A title in the second file|down:il10\n");

        RunResult result = engine.run(pipeline(List.of("a.lines", "b.lines"), 2, false), dir, catalog(false), RunProgress.NONE, List.of());

        assertThat(result.failed()).isFalse();
        assertThat(result.summary().problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.INPUT_ERROR);
            assertThat(p.file()).endsWith("a.lines");
            assertThat(p.recordNumber()).isEqualTo(3);
            // an explorer's F6: the exception's class is no part of an I/O failure's words
            assertThat(p.message()).isEqualTo("reading stopped after 2 records: device not ready at line 3");
        });
        assertThat(result.summary().counts().recordsKept()).isEqualTo(3);
        assertThat(Files.readString(dir.resolve("out/list.txt"))).contains("1 IL6", "2 TNF", "4 IL10").doesNotContain("IL8");
    }

    @Test
    void aSourceThatThrowsAsADefectWouldIsReportedWithTheExceptionsClassAndTheRunGoesOnAsForDamage() throws Exception {
        Files.writeString(dir.resolve("a.lines"), "1||A first title long enough|up:il6\n2||A second title long enough|up:tnf\n!bug\n3||Never read|up:il8\n");
        Files.writeString(dir.resolve("b.lines"), "4||A title in the second file|down:il10\n");
        Files.writeString(dir.resolve("c.lines"), "5||A title in the third file|down:il10\n");
        ExtensionCatalog catalog = new ExtensionCatalog(
                List.of(EngineFixtures.loaded(new WrappedSource(new LineSource(), (input, context, records) -> {
                    if (input.displayName().endsWith("c.lines")) {
                        throw new NullPointerException("Cannot invoke \"String.length()\" because \"header\" is null");
                    }
                    return records;
                }))),
                List.of(EngineFixtures.loaded(new MarkerExtractor())), List.of(EngineFixtures.loaded(new ListReporter("list", false))));

        RunResult result = engine.run(pipeline(List.of("a.lines", "b.lines", "c.lines"), 2, false), dir, catalog, RunProgress.NONE, List.of());

        assertThat(result.failed()).as("as for a file damaged part-way: an input error; --strict fails the run").isFalse();
        assertThat(result.summary().problems()).extracting(Problem::kind, p -> p.file().replaceFirst(".*/", ""), Problem::recordNumber, Problem::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Problem.Kind.INPUT_ERROR, "a.lines", 3L, "reading stopped after 2 records: source lines"
                                + " (plugin test-plugin) failed unexpectedly, a defect to report to its authors:"
                                + " java.lang.IllegalStateException: no state for line 3"),
                        org.assertj.core.groups.Tuple.tuple(Problem.Kind.INPUT_ERROR, "c.lines", 0L, "cannot be read: source lines (plugin test-plugin)"
                                + " failed unexpectedly, a defect to report to its authors: java.lang.NullPointerException: Cannot"
                                + " invoke \"String.length()\" because \"header\" is null"));
        assertThat(result.summary().counts().recordsKept()).isEqualTo(3);
        assertThat(Files.readString(dir.resolve("out/list.txt"))).contains("1 IL6", "2 TNF", "4 IL10").doesNotContain("IL8");
    }

    /** An explorer's s21: a source whose read returned null was told in the engine's words ("Cannot invoke Stream.iterator()"). */
    @Test
    void aSourceWhoseReadReturnsNullIsToldSo() throws Exception {
        Files.writeString(dir.resolve("a.lines"), "1||A first title long enough|up:il6\n");
        ExtensionCatalog catalog = new ExtensionCatalog(
                List.of(EngineFixtures.loaded(new WrappedSource(new LineSource(), (input, context, records) -> null))),
                List.of(EngineFixtures.loaded(new MarkerExtractor())), List.of(EngineFixtures.loaded(new ListReporter("list", false))));

        RunResult result = engine.run(pipeline(List.of("a.lines"), 1, false), dir, catalog, RunProgress.NONE, List.of());

        assertThat(result.summary().problems()).extracting(Problem::message).containsExactly("cannot be read: source lines (plugin test-plugin)"
                + " failed unexpectedly, a defect to report to its authors: java.lang.IllegalStateException: read returned null where a"
                + " stream of records is expected (an empty stream when the file holds none)");
    }

    /**
     * An explorer's F1: records skipped before reading stopped were left out of where it stopped, "(record 3): reading
     * stopped after 2 records" beside "Read 3 records", naming a record read well; and a file whose first record was
     * skipped "cannot be read".
     */
    @Test
    void whereReadingStoppedCountsTheRecordsSkippedBeforeIt() throws Exception {
        Files.writeString(dir.resolve("a.lines"), "1||A first title long enough|up:il6\n!bad\n2||A second title long enough|up:tnf\n!crash\n3||Never read|up:il8\n");
        Files.writeString(dir.resolve("b.lines"), "!bad\n!crash\n");

        RunResult result = engine.run(pipeline(List.of("a.lines", "b.lines"), 2, false), dir, catalog(false), RunProgress.NONE, List.of());

        assertThat(result.summary().problems()).filteredOn(p -> p.kind() == Problem.Kind.INPUT_ERROR)
                .extracting(p -> p.file().replaceFirst(".*/", ""), Problem::recordNumber, Problem::message).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("a.lines", 4L, "reading stopped after 3 records: device not ready at line 4"),
                        org.assertj.core.groups.Tuple.tuple("b.lines", 2L, "reading stopped after 1 record: device not ready at line 2"));
        assertThat(result.summary().inputs()).extracting(RunSummary.InputSummary::records).containsExactly(3L, 1L);
    }

    /** An explorer's F7: a record its source gave no origin named no file in its problems or any output. */
    @Test
    void aRecordWithoutAnOriginIsGivenItsFileAndPlace() throws Exception {
        Files.writeString(dir.resolve("a.bare"), "two records\n");
        Source bare = EngineFixtures.source("bare", probe -> probe.fileName().endsWith(".bare") ? 50 : Source.REJECT, (input, context) -> Stream.of(
                BibliographicRecord.builder().pmid("5").title("A first title long enough").section(null, "up:il6").build(),
                BibliographicRecord.builder().pmid("6").title("A second title long enough").section(null, "boom").build()));
        ExtensionCatalog catalog = new ExtensionCatalog(List.of(EngineFixtures.loaded(bare)), List.of(EngineFixtures.loaded(new MarkerExtractor())),
                List.of(EngineFixtures.loaded(new ListReporter("list", false))));

        RunResult result = engine.run(pipeline(List.of("a.bare"), 1, false), dir, catalog, RunProgress.NONE, List.of());

        assertThat(result.summary().problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.EXTRACTOR_ERROR);
            assertThat(p.file()).endsWith("a.bare");
            assertThat(p.recordNumber()).isEqualTo(2);
        });
    }

    /** An explorer's F15: a stream that failed to close was a log line only, and an Error there a false "reading failed". */
    @Test
    void aStreamThatFailsToCloseIsAWarningOfItsInputAndItsRecordsAreKept() throws Exception {
        Files.writeString(dir.resolve("a.lines"), "1||A first title long enough|up:il6\n2||A second title long enough|up:tnf\n");
        Files.writeString(dir.resolve("b.lines"), "3||A third title long enough|up:il8\n");
        Files.writeString(dir.resolve("c.lines"), "4||A fourth title long enough|up:il8\n");
        ExtensionCatalog catalog = new ExtensionCatalog(
                List.of(EngineFixtures.loaded(new WrappedSource(new LineSource(), (input, context, records) -> records.onClose(() -> {
                    if (input.displayName().endsWith("a.lines")) {
                        throw new IllegalStateException("close blew up");
                    }
                    if (input.displayName().endsWith("c.lines")) {
                        // as RecordStreams.of turns a resource's IOException (the review of session 30, P4: the plugin went unnamed)
                        throw new java.io.UncheckedIOException(new IOException("stale file handle"));
                    }
                    throw new NoClassDefFoundError("com/example/missing/Closer");
                })))),
                List.of(EngineFixtures.loaded(new MarkerExtractor())), List.of(EngineFixtures.loaded(new ListReporter("list", false))));

        RunResult result = engine.run(pipeline(List.of("a.lines", "b.lines", "c.lines"), 2, false), dir, catalog, RunProgress.NONE, List.of());

        assertThat(result.summary().problems()).extracting(Problem::kind, p -> p.file().replaceFirst(".*/", ""), Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Problem.Kind.WARNING, "a.lines", "source lines (plugin test-plugin) did not close the file"
                        + " cleanly, a defect to report to its authors: java.lang.IllegalStateException: close blew up; the records read are kept"),
                org.assertj.core.groups.Tuple.tuple(Problem.Kind.WARNING, "b.lines", "source lines (plugin test-plugin) did not close the file"
                        + " cleanly, a defect to report to its authors: java.lang.NoClassDefFoundError: com/example/missing/Closer; the records"
                        + " read are kept"),
                org.assertj.core.groups.Tuple.tuple(Problem.Kind.WARNING, "c.lines", "the file did not close cleanly (source lines, plugin"
                        + " test-plugin): stale file handle; the records read are kept"));
        assertThat(result.summary().counts().recordsKept()).isEqualTo(4);
    }

    /**
     * An explorer's F8: an Error from a source (a class its zip lacks, a failed assertion) escaped the reading loop, so the
     * records it had returned but not yet handed on were lost, counted "unaccounted for", and the run was sound.
     */
    @Test
    void aSourceThatThrowsAnErrorAsADefectWouldKeepsTheRecordsItReturned() throws Exception {
        Files.writeString(dir.resolve("a.lines"), "1||A first title long enough|up:il6\n2||A second title long enough|up:tnf\n!missing\n3||Never read|up:il8\n");

        RunResult result = engine.run(pipeline(List.of("a.lines"), 2, false), dir, catalog(false), RunProgress.NONE, List.of());

        assertThat(result.summary().problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.INPUT_ERROR);
            assertThat(p.recordNumber()).isEqualTo(3);
            assertThat(p.message()).isEqualTo("reading stopped after 2 records: source lines (plugin test-plugin) failed unexpectedly, a defect"
                    + " to report to its authors: java.lang.NoClassDefFoundError: com/example/missing/Lib (a class of a library that the"
                    + " plugin's lib/ does not hold and the host does not provide: the host provides plugins with its api, the text-mining"
                    + " kit, PF4J, SLF4J and Logback, Guice, jakarta.inject and Jackson only; make the library a compile-scope dependency,"
                    + " so that the plugin's zip bundles it)");
        });
        assertThat(result.summary().counts().recordsKept()).isEqualTo(2);
        assertThat(result.summary().counts().recordsUnaccounted()).isZero();
        assertThat(Files.readString(dir.resolve("out/list.txt"))).contains("1 IL6", "2 TNF").doesNotContain("IL8");
    }

    /**
     * The code review of session 31: Java out of memory while a source read a file became that input's error, and the run went
     * on and succeeded without its records; it ends the run, whose command then says how to give Java more memory.
     */
    @Test
    void javaOutOfMemoryWhileReadingEndsTheRunInsteadOfFailingTheInput() throws Exception {
        Files.writeString(dir.resolve("a.lines"), "1||A first title long enough|up:il6\n!heap\n3||Never read|up:il8\n");
        Files.writeString(dir.resolve("b.lines"), "4||A title in the second file|down:il10\n");

        assertThatThrownBy(() -> engine.run(pipeline(List.of("a.lines", "b.lines"), 2, false), dir, catalog(false), RunProgress.NONE,
                List.of())).hasRootCauseInstanceOf(OutOfMemoryError.class).hasMessageContaining("a.lines");
    }

    @Test
    void anInputThatCannotBeReadAtAllNamesNoRecordAndTheFileOnce() throws Exception {
        Files.writeString(dir.resolve("a.lines"), "pmid|title\n1||A first title long enough|up:il6\n");
        Files.writeString(dir.resolve("b.lines"), "4||A title in the second file|down:il10\n");
        LineSource lines = new LineSource();
        Source headerChecking = EngineFixtures.source(lines.name(), lines::accepts, (input, context) -> {
            if (input.displayName().endsWith("a.lines")) {
                // named as the bundled csv-table names it: the problem, which names the file, must not name it twice
                throw new IOException(input.displayName() + ": line 1: expected the header 'pmid|doi|title|abstract', found 'pmid|title'");
            }
            return lines.read(input, context);
        });
        ExtensionCatalog catalog = new ExtensionCatalog(List.of(EngineFixtures.loaded(headerChecking)),
                List.of(EngineFixtures.loaded(new MarkerExtractor())), List.of(EngineFixtures.loaded(new ListReporter("list", false))));

        RunResult result = engine.run(pipeline(List.of("a.lines", "b.lines"), 2, false), dir, catalog, RunProgress.NONE, List.of());

        assertThat(result.summary().problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.INPUT_ERROR);
            assertThat(p.recordNumber()).as("no record was returned: there is no record 1 to blame").isZero();
            assertThat(p.describe()).isEqualTo(p.file() + ": cannot be read: line 1: expected the header 'pmid|doi|title|abstract',"
                    + " found 'pmid|title' [lines]");
        });
        JsonNode run = new ObjectMapper().readTree(dir.resolve("out/run.json").toFile());
        assertThat(run.at("/problems/0/record").asLong()).as("the shape is kept: 0 says no record, as for a file no source reads").isZero();
        assertThat(run.at("/problems/0/line").asLong()).isZero();
        assertThat(Files.readString(dir.resolve("out/list.txt"))).contains("4 IL10");
    }

    @Test
    void theSourceChosenForEachInputIsLoggedOnceAtDebugWithItsScoreAndTheRunnerUps() throws Exception {
        Files.writeString(dir.resolve("a.lines"), numberedLines("a", 3));
        Files.writeString(dir.resolve("b.other"), "anything\n");
        Source generic = EngineFixtures.source("generic",
                probe -> probe.fileName().endsWith(".lines") || probe.fileName().endsWith(".other") ? 30 : Source.REJECT,
                (input, context) -> Stream.of(BibliographicRecord.builder().pmid("99").title("A title read by the generic source").build()));
        ExtensionCatalog catalog = new ExtensionCatalog(List.of(EngineFixtures.loaded(generic), EngineFixtures.loaded(new LineSource())),
                List.of(EngineFixtures.loaded(new MarkerExtractor())), List.of(EngineFixtures.loaded(new ListReporter("list", false))));
        RunResult result;
        List<ch.qos.logback.classic.spi.ILoggingEvent> events;
        try (DebugLog log = new DebugLog(RunPlan.class)) {
            result = engine.run(pipeline(List.of("a.lines", "b.other"), 2, false), dir, catalog, RunProgress.NONE, List.of());
            events = log.events();
        }

        assertThat(result.summary().inputs()).extracting(RunSummary.InputSummary::source).containsExactly("lines", "generic");
        String a = result.summary().inputs().get(0).path();
        String b = result.summary().inputs().get(1).path();
        assertThat(events).as("once per input, not per record").extracting(ch.qos.logback.classic.spi.ILoggingEvent::getFormattedMessage)
                .containsExactlyInAnyOrder(a + ": lines (50) over generic (30)", b + ": generic (30), the only source that accepts it");
        assertThat(events).allSatisfy(e -> assertThat(e.getLevel()).isEqualTo(ch.qos.logback.classic.Level.DEBUG));
    }

    /**
     * A plugin author's H1 (2026-12-04): a source whose {@code accepts} threw was left out with a log line alone, and a generic
     * source read the file: run.json said ok and --strict passed. A score above the scale beat every bundled source unsaid.
     */
    @Test
    void aSourceThatBreaksTheContractOfAcceptsIsAWarningOfTheInputNamingItsPlugin() throws Exception {
        Files.writeString(dir.resolve("a.lines"), numberedLines("a", 2));
        Files.writeString(dir.resolve("b.other"), "anything\n");
        Source broken = EngineFixtures.source("broken", probe -> {
            if (probe.fileName().endsWith(".lines")) {
                throw new IllegalStateException("accepts broke");
            }
            return 500;
        }, (input, context) -> Stream.of(BibliographicRecord.builder().pmid("77").title("A title read by the broken source").build()));
        ExtensionCatalog catalog = new ExtensionCatalog(List.of(EngineFixtures.loaded(broken), EngineFixtures.loaded(new LineSource()),
                EngineFixtures.loaded(otherFilesSource())), List.of(EngineFixtures.loaded(new MarkerExtractor())),
                List.of(EngineFixtures.loaded(new ListReporter("list", false))));

        RunResult result = engine.run(pipeline(List.of("a.lines", "b.other"), 1, true), dir, catalog, RunProgress.NONE, List.of());

        // an explorer's s21: a score above the scale had taken the file (then every line of it skipped): it is left out too
        assertThat(result.summary().inputs()).extracting(RunSummary.InputSummary::source).containsExactly("lines", "other");
        String a = result.summary().inputs().get(0).path();
        String b = result.summary().inputs().get(1).path();
        assertThat(result.summary().problems()).extracting(RunSummary.Problem::describe).containsExactly(
                a + ": source broken (plugin test-plugin) failed to inspect this file, a defect to report to its authors:"
                        + " java.lang.IllegalStateException: accepts broke; it was left out of the choice of the file's source [broken]",
                b + ": source broken (plugin test-plugin) scored this file 500, outside the scale of 0 (cannot read it) to 100,"
                        + " a defect to report to its authors; it was left out of the choice of the file's source [broken]");
        assertThat(result.summary().problems()).extracting(RunSummary.Problem::kind).containsOnly(RunSummary.Problem.Kind.WARNING);
        assertThat(result.failed()).as("--strict fails on them").isTrue();
    }

    /**
     * The review of session 25, A1 and A12: a source whose code left its thread interrupted (as a plugin that re-interrupts
     * after catching an interruption does) hung the run for ever without a word: reading took the flag for the run's stop
     * and ended without telling the run, which waited for the input's end. Reading clears it, warns naming the source, and
     * goes on. A null in a source's stream is told as that, not as the runtime's NullPointerException.
     */
    @Test
    @org.junit.jupiter.api.Timeout(value = 60, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
    void aSourceThatLeavesItsThreadInterruptedOrGivesANullIsToldAndTheRunEnds() throws Exception {
        Files.writeString(dir.resolve("a.rude"), "three records\n");
        Files.writeString(dir.resolve("b.nul"), "a null\n");
        Source rude = EngineFixtures.source("rude", probe -> probe.fileName().endsWith(".rude") ? 50 : Source.REJECT,
                (input, context) -> java.util.stream.IntStream.rangeClosed(1, 3).mapToObj(i -> {
                    if (i == 1) {
                        Thread.currentThread().interrupt();
                    }
                    return BibliographicRecord.builder().pmid(String.valueOf(i)).title("A record whose source interrupts").section(null, "up:il6")
                            .build();
                }));
        Source nul = EngineFixtures.source("nul", probe -> probe.fileName().endsWith(".nul") ? 50 : Source.REJECT,
                (input, context) -> java.util.stream.Stream.of(BibliographicRecord.builder().pmid("8").title("A record before a null").build(),
                        null));
        ExtensionCatalog catalog = new ExtensionCatalog(List.of(EngineFixtures.loaded(rude), EngineFixtures.loaded(nul)),
                List.of(EngineFixtures.loaded(new MarkerExtractor())), List.of(EngineFixtures.loaded(new ListReporter("list", false))));

        RunResult result = engine.run(pipeline(List.of("a.rude", "b.nul"), 1, false), dir, catalog, RunProgress.NONE, List.of());

        assertThat(result.summary().counts().recordsKept()).isEqualTo(4);
        assertThat(result.summary().counts().findings()).isEqualTo(3);
        String a = result.summary().inputs().get(0).path();
        String b = result.summary().inputs().get(1).path();
        assertThat(result.summary().problems()).extracting(RunSummary.Problem::describe).containsExactly(
                a + ": source rude left its thread interrupted (Thread.interrupt() with no stop of the run), a defect to report to its"
                        + " authors (plugin test-plugin); reading went on [rude]",
                b + " (record 2): reading stopped after 1 record: source nul (plugin test-plugin) failed unexpectedly, a defect to report"
                        + " to its authors: java.lang.IllegalStateException: its stream of records held a null where a record is expected [nul]");
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    /**
     * The review of session 33, S1: a source that left its thread interrupted in its last {@code hasNext} lost the records of
     * the input's last chunk, counted as unaccounted, when reading ran ahead of extraction: the last chunk's wait for room in
     * the queue took the flag for a stop. Reading clears it there too, warns, and hands every record on.
     */
    @Test
    @org.junit.jupiter.api.Timeout(value = 60, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
    void aSourceThatLeavesItsThreadInterruptedAtItsEndLosesNoRecord() throws Exception {
        Files.writeString(dir.resolve("a.rude"), "records\n");
        int total = 30 * 64 + 10; // more full chunks than the queue holds, and a last one that is not full
        Source rude = EngineFixtures.source("rude", probe -> probe.fileName().endsWith(".rude") ? 50 : Source.REJECT,
                (input, context) -> java.util.stream.StreamSupport.stream(java.util.Spliterators.spliteratorUnknownSize(
                        new java.util.Iterator<BibliographicRecord>() {
                            private int next = 1;

                            @Override
                            public boolean hasNext() {
                                if (next > total) {
                                    Thread.currentThread().interrupt(); // as a source that re-interrupts after catching one
                                    return false;
                                }
                                return true;
                            }

                            @Override
                            public BibliographicRecord next() {
                                return BibliographicRecord.builder().pmid(String.valueOf(next++)).title("A record")
                                        .section(null, "slow up:il6").build();
                            }
                        }, java.util.Spliterator.ORDERED), false));
        ExtensionCatalog catalog = new ExtensionCatalog(List.of(EngineFixtures.loaded(rude)),
                List.of(EngineFixtures.loaded(new MarkerExtractor())), List.of(EngineFixtures.loaded(new ListReporter("list", false))));

        RunResult result = engine.run(pipeline(List.of("a.rude"), 1, false), dir, catalog, RunProgress.NONE, List.of());

        assertThat(result.summary().counts().recordsKept()).isEqualTo(total);
        assertThat(result.summary().counts().recordsUnaccounted()).isZero();
        assertThat(result.summary().counts().findings()).isEqualTo(total);
        assertThat(result.summary().problems()).extracting(RunSummary.Problem::describe).containsExactly(
                result.summary().inputs().get(0).path() + ": source rude left its thread interrupted (Thread.interrupt() with no"
                        + " stop of the run), a defect to report to its authors (plugin test-plugin); reading went on [rude]");
    }

    /**
     * The review of session 33, S4: a stopped run returned while its reading thread was still in the source's code, its stream
     * not yet closed, and the command line went on to stop and unload the plugins under it. The run now returns once its readers
     * have unwound (within InputStage.UNWINDING).
     */
    @Test
    @org.junit.jupiter.api.Timeout(value = 60, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
    void aStoppedRunReturnsOnceItsReadersHaveClosedTheSourcesStreams() throws Exception {
        Files.writeString(dir.resolve("a.deaf"), "one record, then a wait\n");
        CountDownLatch waiting = new CountDownLatch(1);
        AtomicBoolean closed = new AtomicBoolean();
        Source deaf = EngineFixtures.source("deaf", probe -> probe.fileName().endsWith(".deaf") ? 50 : Source.REJECT,
                (input, context) -> java.util.stream.StreamSupport.stream(java.util.Spliterators.spliteratorUnknownSize(
                        new java.util.Iterator<BibliographicRecord>() {
                            private boolean given;

                            @Override
                            public boolean hasNext() {
                                if (!given) {
                                    return true;
                                }
                                waiting.countDown();
                                try {
                                    Thread.sleep(60_000); // a read that waits on its input
                                } catch (InterruptedException e) {
                                    sleepThrough(300); // then a slow clean-up, deaf to any further interruption
                                }
                                return false;
                            }

                            @Override
                            public BibliographicRecord next() {
                                given = true;
                                return BibliographicRecord.builder().pmid("1").title("A record before a wait").build();
                            }
                        }, java.util.Spliterator.ORDERED), false).onClose(() -> closed.set(true)));
        ExtensionCatalog catalog = new ExtensionCatalog(List.of(EngineFixtures.loaded(deaf)),
                List.of(EngineFixtures.loaded(new MarkerExtractor())), List.of(EngineFixtures.loaded(new ListReporter("list", false))));
        AtomicBoolean stop = new AtomicBoolean();
        RunEngine stoppable = new RunEngine(new OptionsBinder(), "0.1.0", stop::get, java.time.Duration.ofMinutes(1));
        java.util.concurrent.atomic.AtomicReference<Boolean> closedWhenReturned = new java.util.concurrent.atomic.AtomicReference<>();
        Thread runner = new Thread(() -> {
            try {
                stoppable.run(pipeline(List.of("a.deaf"), 1, false), dir, catalog, RunProgress.NONE, List.of());
            } catch (Exception | Error e) {
                // the stop ends the run: what it throws is not what this test is about
            } finally {
                closedWhenReturned.set(closed.get());
            }
        });
        runner.start();
        assertThat(waiting.await(30, TimeUnit.SECONDS)).as("the reader waits in the source").isTrue();

        stop.set(true); // as the command line's stop: asked for, then the run's thread interrupted
        runner.interrupt();
        runner.join(30_000);

        assertThat(closedWhenReturned.get()).as("the source's stream was closed when the run returned").isTrue();
    }

    private static void sleepThrough(long millis) {
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        for (long left = until - System.nanoTime(); left > 0; left = until - System.nanoTime()) {
            try {
                Thread.sleep(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            } catch (InterruptedException again) {
                // deaf to it
            }
        }
    }

    /** The review of session 25, U15: a tar of exports was read by the first source that took its bytes, its headers as records. */
    @Test
    void aTarArchiveIsAnInputErrorBeforeAnySourceReadsIt() throws Exception {
        byte[] tar = org.evidentia.runtime.input.TarBytes.of("a.lines", '0', numberedLines("a", 2).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Files.write(dir.resolve("exports.lines"), tar); // named as the line source reads, which would take it

        RunResult result = engine.run(pipeline(List.of("exports.lines"), 1, false), dir, catalog(false), RunProgress.NONE, List.of());

        assertThat(result.summary().counts().recordsRead()).isZero();
        assertThat(result.summary().problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(RunSummary.Problem.Kind.INPUT_ERROR);
            assertThat(p.message()).isEqualTo("is a tar archive (its first file: a.lines), not an export: unpack it (tar xf exports.lines)"
                    + " and give the folder");
        });
        // a source forced on it reads it (the review of the session's change, Q4: a source that reads such packages)
        Pipeline forced = new Pipeline(List.of("exports.lines"), List.of("lines"), List.of(), List.of(), Map.of(), dir.resolve("out"), false, 1,
                Instant.parse("2026-01-31T00:00:00Z"));
        RunResult read = engine.run(forced, dir, catalog(false), RunProgress.NONE, List.of());
        assertThat(read.summary().problems()).noneMatch(p -> p.message().contains("tar archive"));
    }

    /**
     * The review of session 25, A11: after a reporter failed, the note of the previous outputs it did not write again said no
     * reporter of the run writes them, and sent the plugin's author to {@code evidentia plugins} and -r, away from the
     * reporter-error above it.
     */
    @Test
    void thePreviousOutputsOfAReporterThatFailedAreToldAsSuch() throws Exception {
        Files.writeString(dir.resolve("a.lines"), numberedLines("a", 2));
        ExtensionCatalog working = new ExtensionCatalog(List.of(EngineFixtures.loaded(new LineSource())),
                List.of(EngineFixtures.loaded(new MarkerExtractor())),
                List.of(EngineFixtures.loaded(new ListReporter("list", false)), EngineFixtures.loaded(new ListReporter("exploding", false))));
        engine.run(pipeline(List.of("a.lines"), 1, false), dir, working, RunProgress.NONE, List.of());

        RunResult failed = engine.run(pipeline(List.of("a.lines"), 1, false), dir, catalog(true), RunProgress.NONE, List.of());

        assertThat(failed.summary().notices()).contains("the output folder's previous outputs held exploding.txt, which this run did not"
                + " write: it is deleted with the previous outputs (a reporter of this run failed, and what it writes is not written: see its reporter-error; or"
                + " no reporter of this run writes it)");
    }

    /**
     * The review of session 25, A3: a source stuck in {@code read} (or {@code accepts}) kept the run waiting without a word, where
     * an extractor stuck on a record is named after 30 s. The run says which file it waits for, and when it goes on.
     */
    @Test
    void aReadingThatKeepsTheRunWaitingIsToldAndSoIsItsGoingOn() throws Exception {
        Files.writeString(dir.resolve("a.slow"), "one record, late\n");
        Source slow = EngineFixtures.source("slow", probe -> probe.fileName().endsWith(".slow") ? 50 : Source.REJECT,
                (input, context) -> java.util.stream.Stream.of("1").map(pmid -> {
                    try {
                        Thread.sleep(1_500);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return BibliographicRecord.builder().pmid(pmid).title("A record that came late").section(null, "up:il6").build();
                }));
        Waited waited = waitedFor(slow);

        assertThat(waited.warned()).first().asString().startsWith("Reading " + waited.input() + " (source slow) has handed"
                + " on no record for ").contains(" s after its start, and the run waits for it: a defect of the source");
        assertThat(waited.warned()).last().asString().matches("Reading .*a\\.slow goes on after \\d+ s");
    }

    /** The input a run of {@code a.slow} waited for, as it names it, and the warnings it gave while it waited. */
    private record Waited(String input, List<String> warned) {
    }

    /** Runs {@code a.slow} with {@code slow}, its only source, under a watch that tells a wait of 400 ms; one finding is made. */
    private Waited waitedFor(Source slow) throws Exception {
        ExtensionCatalog catalog = new ExtensionCatalog(List.of(EngineFixtures.loaded(slow)), List.of(EngineFixtures.loaded(new MarkerExtractor())),
                List.of(EngineFixtures.loaded(new ListReporter("list", false))));
        RunEngine watching = new RunEngine(new OptionsBinder(), "0.1.0", RunStop.NEVER, java.time.Duration.ofMillis(400));
        try (DebugLog log = new DebugLog(InputStage.class)) {
            RunResult result = watching.run(pipeline(List.of("a.slow"), 1, false), dir, catalog, RunProgress.NONE, List.of());
            assertThat(result.summary().counts().findings()).isEqualTo(1);
            return new Waited(result.summary().inputs().get(0).path(), log.events().stream()
                    .filter(e -> e.getLevel() == ch.qos.logback.classic.Level.WARN)
                    .map(ch.qos.logback.classic.spi.ILoggingEvent::getFormattedMessage).toList());
        }
    }

    /** A reporter whose options need a value: a key without a default, as plugin-guide section 5 teaches to check one. */
    static final class ProjectReporter implements org.evidentia.api.Reporter {
        record Options(String project) {
            Options {
                if (project == null) {
                    throw new IllegalArgumentException("project is required");
                }
            }
        }

        @Override
        public String name() {
            return "project-table";
        }

        @Override
        public String description() {
            return "writes a table for one project";
        }

        @Override
        public Class<? extends Record> optionsType() {
            return Options.class;
        }

        @Override
        public org.evidentia.api.ReportWriter start(org.evidentia.api.ReportContext context) {
            return (summary, synthesis) -> context.output().writeText("project.txt", w -> w.write(context.options(Options.class).project()));
        }
    }

    /**
     * The review of session 27, P8: a reporter whose options need a value refused every run that names no reporter, the bundled
     * example too. Such a run leaves it out and says why; a run that names it, or gives its options, runs it.
     */
    @Test
    void aReporterWhoseOptionsNeedAValueIsLeftOutOfARunThatNamesNoReporter() throws Exception {
        Files.writeString(dir.resolve("a.lines"), numberedLines("a", 1));
        ExtensionCatalog catalog = new ExtensionCatalog(List.of(EngineFixtures.loaded(new LineSource())),
                List.of(EngineFixtures.loaded(new MarkerExtractor())),
                List.of(EngineFixtures.loaded(new ListReporter("list", false)), EngineFixtures.loaded(new ProjectReporter())));

        RunResult result = engine.run(pipeline(List.of("a.lines"), 1, false), dir, catalog, RunProgress.NONE, List.of());
        assertThat(Files.exists(dir.resolve("out/list.txt"))).isTrue();
        assertThat(Files.exists(dir.resolve("out/project.txt"))).isFalse();
        // a notice, not a problem: a choice of the user's, which failed every default --strict run as a plugin's (the review of
        // the change, S4)
        assertThat(result.summary().problems()).isEmpty();
        assertThat(result.summary().notices()).anySatisfy(m -> assertThat(m).contains(
                "reporter project-table (plugin test-plugin) was left out of this run, which names no reporter: its options need a value (",
                "project is required", "give it (--option project-table.KEY=VALUE), or name the reporters with -r"));

        Pipeline given = new Pipeline(List.of("a.lines"), List.of(), List.of(), List.of(), Map.of("project-table", Map.of("project", "P1")),
                dir.resolve("out2"), false, 1, Instant.parse("2026-01-31T00:00:00Z"));
        engine.run(given, dir, catalog, RunProgress.NONE, List.of());
        assertThat(dir.resolve("out2/project.txt")).hasContent("P1");

        // the only reporter left out: refused, where a run wrote run.json alone and passed (the review of the change, S11)
        ExtensionCatalog alone = new ExtensionCatalog(List.of(EngineFixtures.loaded(new LineSource())),
                List.of(EngineFixtures.loaded(new MarkerExtractor())), List.of(EngineFixtures.loaded(new ProjectReporter())));
        assertThatThrownBy(() -> engine.run(pipeline(List.of("a.lines"), 1, false), dir, alone, RunProgress.NONE, List.of()))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("no reporter can run: reporter project-table");
    }

    /** The review of session 27, P3: a source stuck in {@code accepts} was told as "(source not chosen yet)", naming no plugin. */
    @Test
    void aSourceStuckInspectingAFileIsNamedWithItsPlugin() throws Exception {
        Files.writeString(dir.resolve("a.slow"), "one record\n");
        Source slow = EngineFixtures.source("slow-sniffer", probe -> {
            try {
                Thread.sleep(1_500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return probe.fileName().endsWith(".slow") ? 50 : Source.REJECT;
        }, (input, context) -> Stream.of(BibliographicRecord.builder().pmid("1").title("A record").section(null, "up:il6").build()));
        assertThat(waitedFor(slow).warned()).first().asString()
                .contains("(source not chosen yet, the file being inspected by source slow-sniffer (plugin test-plugin 1.0.0))");
    }

    /**
     * An explorer's F9: an Error from {@code accepts} (a class the plugin's zip lacks, used only in its sniffing) left every
     * input of the run unread, those other sources claim too, and named no plugin.
     */
    @Test
    void aSourceWhoseAcceptsThrowsAnErrorIsLeftOutOfTheChoiceAndTheOtherSourcesRead() throws Exception {
        Files.writeString(dir.resolve("a.lines"), numberedLines("a", 2));
        Source broken = EngineFixtures.source("broken", probe -> {
            throw new NoClassDefFoundError("com/example/missing/Sniffer");
        }, (input, context) -> Stream.empty());
        ExtensionCatalog catalog = new ExtensionCatalog(List.of(EngineFixtures.loaded(broken), EngineFixtures.loaded(new LineSource())),
                List.of(EngineFixtures.loaded(new MarkerExtractor())), List.of(EngineFixtures.loaded(new ListReporter("list", false))));

        RunResult result = engine.run(pipeline(List.of("a.lines"), 1, false), dir, catalog, RunProgress.NONE, List.of());

        assertThat(result.summary().inputs()).extracting(RunSummary.InputSummary::source).containsExactly("lines");
        assertThat(result.summary().counts().recordsKept()).isEqualTo(2);
        assertThat(result.summary().problems()).extracting(RunSummary.Problem::describe).containsExactly(result.summary().inputs().get(0).path()
                + ": source broken (plugin test-plugin) failed to inspect this file, a defect to report to its authors:"
                + " java.lang.NoClassDefFoundError: com/example/missing/Sniffer; it was left out of the choice of the file's source [broken]");

        // F11: a file no source took named the broken source among those tried, as if the file were at fault
        Files.writeString(dir.resolve("b.unknown"), "anything\n");
        RunResult unknown = engine.run(pipeline(List.of("a.lines", "b.unknown"), 1, false), dir, catalog, RunProgress.NONE, List.of());
        assertThat(unknown.summary().problems()).filteredOn(p -> p.kind() == RunSummary.Problem.Kind.INPUT_ERROR).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("no source reads this file; sources tried: broken (left out for a defect: see its warning), lines"));
    }

    /**
     * An explorer's F3: two rows of a sheet given one id were two records of a run (its counts, studies.csv) but one study
     * of its synthesis and one record of a store, without a word. One id is one record: the later row is a copy, merged
     * and told.
     */
    @Test
    void twoRecordsASourceGaveOneIdAreOneRecordMergedWithAWarning() throws Exception {
        Files.writeString(dir.resolve("a.sheet"), "rows\n");
        Source sheet = EngineFixtures.source("sheet", probe -> probe.fileName().endsWith(".sheet") ? 50 : Source.REJECT,
                (input, context) -> Stream.of(
                        BibliographicRecord.builder().id("R1").title("A first study with a long title").section(null, "up:il6")
                                .origin(new Origin("sheet", input.displayName(), 1, 2)).build(),
                        BibliographicRecord.builder().id("R1").title("A second study, another title").section(null, "down:tnf")
                                .origin(new Origin("sheet", input.displayName(), 2, 3)).build(),
                        BibliographicRecord.builder().id("R2").title("A third study with its own id").section(null, "up:il8")
                                .origin(new Origin("sheet", input.displayName(), 3, 4)).build()));
        ExtensionCatalog catalog = new ExtensionCatalog(List.of(EngineFixtures.loaded(sheet)), List.of(EngineFixtures.loaded(new MarkerExtractor())),
                List.of(EngineFixtures.loaded(new ListReporter("list", false))));

        RunResult result = engine.run(pipeline(List.of("a.sheet"), 2, false), dir, catalog, RunProgress.NONE, List.of());

        RunSummary.Counts counts = result.summary().counts();
        assertThat(List.of(counts.recordsRead(), counts.recordsKept(), counts.duplicatesMerged())).containsExactly(3L, 2L, 1L);
        String a = result.summary().inputs().get(0).path();
        assertThat(result.summary().problems()).extracting(RunSummary.Problem::describe).containsExactly(a + ":3 (record 2): record R1, "
                + a + ":3 (record 2), has the id of the record " + a + ":2 (record 1) but is not known as a copy of it by its PMID, DOI,"
                + " or title and year; one id is one record, so it was taken as a copy and merged into the first: give each record an id of its own");
        assertThat(Files.readString(dir.resolve("out/list.txt"))).contains("R1 IL6", "R2 IL8").doesNotContain("TNF");
    }

    /** A source that claims only .other files, and reads any file as one record numbered by its name's length. */
    private static Source otherFilesSource() {
        return EngineFixtures.source("other", probe -> probe.fileName().endsWith(".other") ? 30 : Source.REJECT,
                (input, context) -> Stream.of(BibliographicRecord.builder().pmid(String.valueOf(input.displayName().length()))
                        .title("A title read by the other source").build()));
    }

    private ExtensionCatalog linesAndOther() {
        return new ExtensionCatalog(List.of(EngineFixtures.loaded(new LineSource()), EngineFixtures.loaded(otherFilesSource())),
                List.of(EngineFixtures.loaded(new MarkerExtractor())), List.of(EngineFixtures.loaded(new ListReporter("list", false))));
    }

    private Pipeline choosing(List<String> inputs, List<String> sources, Map<String, Pipeline.ChosenSource> chosen) {
        return new Pipeline(inputs, sources, List.of(), List.of(), Map.of(), dir.resolve("out"), false, 1,
                Instant.parse("2026-01-31T00:00:00Z"), List.of(), chosen);
    }

    @Test
    void aSourceChosenForAnInputReadsEveryFileItNamesWhateverTheScoresAndTheOthersAreChosenByTheirs() throws Exception {
        Files.writeString(dir.resolve("a.lines"), numberedLines("a", 2));
        Files.createDirectories(dir.resolve("lab/deeper"));
        Files.writeString(dir.resolve("lab/b.lines"), numberedLines("b", 2));
        Files.writeString(dir.resolve("lab/deeper/c.lines"), numberedLines("c", 2));
        Files.createDirectories(dir.resolve("sheets"));
        Files.writeString(dir.resolve("sheets/d.lines"), numberedLines("d", 2));
        Files.writeString(dir.resolve("sheets/e.lines"), numberedLines("e", 2));
        Files.writeString(dir.resolve("f.other"), "anything\n");
        RunResult result;
        List<ch.qos.logback.classic.spi.ILoggingEvent> events;
        try (DebugLog log = new DebugLog(RunPlan.class)) {
            // "other" rejects .lines files: chosen for a folder and a pattern, it reads them all the same
            result = engine.run(choosing(List.of("a.lines", "lab", "sheets/*.lines", "f.other"), List.of(),
                    Map.of("lab", new Pipeline.ChosenSource("other", "inputs[1].source"),
                            "sheets/*.lines", new Pipeline.ChosenSource("other", "inputs[2].source"))),
                    dir, linesAndOther(), RunProgress.NONE, List.of());
            events = log.events();
        }

        assertThat(result.summary().inputs()).as("named from the folder the inputs were given in").extracting(i -> i.path() + " " + i.source())
                .containsExactly("a.lines lines", "lab/b.lines other", "lab/deeper/c.lines other", "sheets/d.lines other",
                        "sheets/e.lines other", "f.other other");
        assertThat(events).extracting(ch.qos.logback.classic.spi.ILoggingEvent::getFormattedMessage)
                .contains(result.summary().inputs().get(1).path() + ": other (chosen for it in the pipeline file)");
        JsonNode run = new ObjectMapper().readTree(dir.resolve("out/run.json").toFile());
        assertThat(run.at("/inputs/1/source").asText()).isEqualTo("other");
        assertThat(run.at("/inputs/0/source").asText()).isEqualTo("lines");
    }

    /**
     * Review 23, L5: a file named again through a link is read once, under its first name; the link's name was
     * passed over without a word, and a source chosen for it was silently not used.
     */
    @Test
    void aFileNamedAgainThroughALinkIsToldAndTheSourceChosenForEitherNameReadsIt() throws Exception {
        Files.writeString(dir.resolve("a.lines"), numberedLines("a", 2));
        Files.createSymbolicLink(dir.resolve("link.lines"), dir.resolve("a.lines"));

        RunResult result = engine.run(choosing(List.of("a.lines", "link.lines"), List.of(),
                Map.of("link.lines", new Pipeline.ChosenSource("other", "inputs[1].source"))), dir, linesAndOther(), RunProgress.NONE, List.of());

        assertThat(result.summary().inputs()).extracting(i -> i.path() + " " + i.source()).containsExactly("a.lines other");
        assertThat(result.summary().notices()).contains("link.lines: the same file as a.lines, read once");

        ConfigurationException twice = org.junit.jupiter.api.Assertions.assertThrows(ConfigurationException.class, () -> engine.run(
                choosing(List.of("a.lines", "link.lines"), List.of(), Map.of("a.lines", new Pipeline.ChosenSource("lines", "inputs[0].source"),
                        "link.lines", new Pipeline.ChosenSource("other", "inputs[1].source"))), dir, linesAndOther(), RunProgress.NONE, List.of()));
        assertThat(twice.getMessage()).contains("source 'other' is chosen for a.lines, which the earlier input 'a.lines' chooses 'lines' for");
    }

    @Test
    void aFileAChosenSourceReadsToItsEndWithoutARecordIsAnInputErrorThatSaysHowTheSourceWasChosen() throws Exception {
        Files.writeString(dir.resolve("notes.other"), "!not a record\n");
        Files.writeString(dir.resolve("a.lines"), numberedLines("a", 1));

        RunResult result = engine.run(choosing(List.of("notes.other", "a.lines"), List.of(),
                Map.of("notes.other", new Pipeline.ChosenSource("lines", "inputs[0].source"))), dir, linesAndOther(), RunProgress.NONE, List.of());

        assertThat(result.summary().problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.INPUT_ERROR);
            assertThat(p.message()).startsWith("read as lines (chosen for it in the pipeline file), it gave no record: the file does not"
                    + " look like lines");
        });
    }

    @Test
    void aSourceChosenForAnInputThatIsNoUsableSourceOfTheRunIsAConfigurationErrorAtTheChoice() throws Exception {
        Files.createDirectories(dir.resolve("lab"));
        Files.writeString(dir.resolve("lab/b.lines"), numberedLines("b", 1));
        Files.writeString(dir.resolve("a.lines"), numberedLines("a", 1));
        ExtensionCatalog withADisabledPlugin = new ExtensionCatalog(linesAndOther().sources(), linesAndOther().extractors(),
                linesAndOther().reporters(), List.of(), List.of("lab-tsv"));

        assertThatThrownBy(() -> engine.run(choosing(List.of("a.lines", "lab"), List.of(),
                Map.of("lab", new Pipeline.ChosenSource("lab-tsv", "inputs[1].source"))), dir, withADisabledPlugin, RunProgress.NONE, List.of()))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.issues()).singleElement().satisfies(issue -> {
                    assertThat(issue.path()).isEqualTo("inputs[1].source");
                    assertThat(issue.message()).isEqualTo("no source named 'lab-tsv'; available sources: lines, other; disabled plugin"
                            + " lab-tsv may have it (`evidentia plugins enable lab-tsv`) (`evidentia plugins` lists them)");
                }));

        assertThatThrownBy(() -> engine.run(choosing(List.of("a.lines", "lab"), List.of("lines"),
                Map.of("lab", new Pipeline.ChosenSource("other", "inputs[1].source"))), dir, linesAndOther(), RunProgress.NONE, List.of()))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.issues()).singleElement().satisfies(issue -> {
                    assertThat(issue.path()).isEqualTo("inputs[1].source");
                    assertThat(issue.message()).isEqualTo("source 'other' is chosen for this input, but the run's sources are lines"
                            + " (-s): add it to them, or leave this input's choice out");
                }));

        assertThatThrownBy(() -> engine.run(choosing(List.of("lab", "lab/b.lines"), List.of(),
                Map.of("lab", new Pipeline.ChosenSource("other", "inputs[0].source"),
                        "lab/b.lines", new Pipeline.ChosenSource("lines", "inputs[1].source"))), dir, linesAndOther(), RunProgress.NONE, List.of()))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.issues()).singleElement().satisfies(issue -> {
                    assertThat(issue.path()).isEqualTo("inputs[1].source");
                    assertThat(issue.message()).as("named from the folder the inputs were given in").isEqualTo("source 'lines' is chosen"
                            + " for lab/b.lines, which the earlier input 'lab' chooses 'other' for; a file is read by one source");
                }));
        assertThat(dir.resolve("out")).as("refused before anything is read or written").doesNotExist();
    }

    @Test
    void aSourcesWarningAboutARecordItKeepsCarriesTheRecordsId() throws Exception {
        Files.writeString(dir.resolve("a.lines"), "1||A first title long enough|up:il6\n2||A second title long enough|up:tnf\n"
                + "!bad\n3||A third title long enough|up:il8\n");
        ExtensionCatalog catalog = new ExtensionCatalog(
                List.of(EngineFixtures.loaded(new WrappedSource(new LineSource(), (input, context, records) -> {
                    context.warning(new org.evidentia.api.Origin("lines", input.displayName(), 0, 0), "about the file as a whole");
                    context.warning(new org.evidentia.api.Origin("lines", input.displayName(), 3, 3), "about the line that is skipped");
                    return records.peek(r -> {
                        if (r.pmid().equals("2")) {
                            Origin at = r.origins().get(0);
                            context.warning(new Origin(at.source(), at.file(), at.recordNumber(), 0), "a doubtful year");
                        }
                    });
                }))),
                List.of(EngineFixtures.loaded(new MarkerExtractor())), List.of(EngineFixtures.loaded(new ListReporter("list", false))));

        RunResult result = engine.run(pipeline(List.of("a.lines"), 1, false), dir, catalog, RunProgress.NONE, List.of());

        assertThat(result.summary().problems()).extracting(Problem::kind, Problem::recordNumber, Problem::recordId, Problem::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Problem.Kind.WARNING, 0L, null, "about the file as a whole"),
                        org.assertj.core.groups.Tuple.tuple(Problem.Kind.WARNING, 2L, "2", "a doubtful year"),
                        org.assertj.core.groups.Tuple.tuple(Problem.Kind.WARNING, 3L, null, "about the line that is skipped"),
                        org.assertj.core.groups.Tuple.tuple(Problem.Kind.SKIPPED_RECORD, 3L, null, "expected pmid|doi|title|abstract"));
        JsonNode run = new ObjectMapper().readTree(dir.resolve("out/run.json").toFile());
        assertThat(run.at("/problems/1/record_id").asText()).isEqualTo("2");
        assertThat(run.at("/problems/2/record_id").isNull()).as("its record was skipped: no id to give").isTrue();
    }

    @Test
    void anOnlyInputThatStopsPartWayIsAnInputErrorButTheRunReportsWhatItRead() throws Exception {
        Files.writeString(dir.resolve("a.lines"), "1||A first title long enough|up:il6\n2||A second title long enough|up:tnf\n!crash\n");

        RunResult result = engine.run(pipeline(List.of("a.lines"), 1, false), dir, catalog(false), RunProgress.NONE, List.of());

        assertThat(result.failed()).as("%s", result.reason()).isFalse();
        assertThat(result.summary().problems()).extracting(Problem::kind).containsExactly(Problem.Kind.INPUT_ERROR);
        assertThat(result.summary().counts().recordsKept()).isEqualTo(2);
        assertThat(Files.readString(dir.resolve("out/list.txt"))).contains("1 IL6", "2 TNF");

        Files.writeString(dir.resolve("b.lines"), "!crash\n");
        RunResult nothing = engine.run(pipeline(List.of("b.lines"), 1, false), dir, catalog(false), RunProgress.NONE, List.of());
        assertThat(nothing.failed()).isTrue();
        assertThat(nothing.reason()).isEqualTo("no input could be read");
    }

    @Test
    void anInputThatChangesWhileItIsReadIsAnInputErrorAndItsRecordsAreKept() throws Exception {
        Path a = dir.resolve("a.lines");
        Files.writeString(a, "1||A first title long enough|up:il6\n2||A second title long enough|up:tnf\n");
        Files.writeString(dir.resolve("b.lines"), "4||A title in the second file|down:il10\n");
        AtomicBoolean written = new AtomicBoolean();
        ExtensionCatalog catalog = new ExtensionCatalog(
                List.of(EngineFixtures.loaded(new WrappedSource(new LineSource(), (input, context, records) ->
                        input.displayName().endsWith("a.lines") ? records.peek(record -> {
                            if (!written.getAndSet(true)) {
                                appendTo(a, "3||A line written meanwhile|up:il8\n");
                            }
                        }) : records))),
                List.of(EngineFixtures.loaded(new MarkerExtractor())), List.of(EngineFixtures.loaded(new ListReporter("list", false))));

        RunResult result = engine.run(pipeline(List.of("a.lines", "b.lines"), 1, false), dir, catalog, RunProgress.NONE, List.of());

        assertThat(result.summary().problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.INPUT_ERROR);
            assertThat(p.file()).endsWith("a.lines");
            assertThat(p.message()).startsWith("changed while it was read").contains("run again once nothing writes to it");
        });
        assertThat(result.summary().counts().recordsKept()).as("what was read is kept, the line written meanwhile too").isEqualTo(4);
    }

    private static void appendTo(Path file, String text) {
        try {
            Files.writeString(file, text, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void recordsASourceCountedButNeverReturnedAreReportedAsUnaccountedFor() throws Exception {
        Files.writeString(dir.resolve("a.lossy"), "101\n#102\n103\n");
        ExtensionCatalog catalog = new ExtensionCatalog(List.of(EngineFixtures.loaded(new EngineFixtures.LossySource())),
                List.of(EngineFixtures.loaded(new MarkerExtractor())), List.of(EngineFixtures.loaded(new ListReporter("list", false))));

        RunResult result = engine.run(pipeline(List.of("a.lossy"), 1, false), dir, catalog, RunProgress.NONE, List.of());

        assertThat(result.summary().problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.INPUT_ERROR);
            assertThat(p.file()).endsWith("a.lossy");
            assertThat(p.message()).contains("holds 3 records").contains("2 were read and 0 skipped").contains("1 unaccounted for");
        });
    }

    /** The review of session 33, S2: a run whose every record was unaccounted for kept none and passed, where one whose every record was skipped fails. */
    @Test
    void aRunWhoseEveryRecordIsUnaccountedForFails() throws Exception {
        Files.writeString(dir.resolve("a.lossy"), "#101\n#102\n#103\n");
        ExtensionCatalog catalog = new ExtensionCatalog(List.of(EngineFixtures.loaded(new EngineFixtures.LossySource())),
                List.of(EngineFixtures.loaded(new MarkerExtractor())), List.of(EngineFixtures.loaded(new ListReporter("list", false))));

        RunResult result = engine.run(pipeline(List.of("a.lossy"), 1, false), dir, catalog, RunProgress.NONE, List.of());

        assertThat(result.summary().counts().recordsUnaccounted()).isEqualTo(3);
        assertThat(result.reason()).isEqualTo("no record could be kept: of the 3 records read, 3 are unaccounted for (the problems say why)");
    }

    /** An explorer's F10: records returned beyond the source's count were called "unaccounted for", which run.json counted 0. */
    @Test
    void recordsASourceReturnedBeyondItsCountAreNotCalledUnaccountedFor() throws Exception {
        Files.writeString(dir.resolve("a.lossy"), "101\n+102\n");
        ExtensionCatalog catalog = new ExtensionCatalog(List.of(EngineFixtures.loaded(new EngineFixtures.LossySource())),
                List.of(EngineFixtures.loaded(new MarkerExtractor())), List.of(EngineFixtures.loaded(new ListReporter("list", false))));

        RunResult result = engine.run(pipeline(List.of("a.lossy"), 1, false), dir, catalog, RunProgress.NONE, List.of());

        assertThat(result.summary().problems()).singleElement().satisfies(p -> assertThat(p.message())
                .endsWith("the file holds 2 records by the source's own count, but 3 were read and 0 skipped: 1 more than it counted"));
        assertThat(result.summary().counts().recordsUnaccounted()).isZero();
        assertThat(result.summary().counts().recordsRead()).isEqualTo(3);
    }

    @Test
    void aFindingWhoseMentionOffsetsMissItsTextIsDroppedAndReported() throws Exception {
        Files.writeString(dir.resolve("a.lines"), "1||A title long enough to count|up:il6 askew:tnf\n");

        RunResult result = engine.run(pipeline(List.of("a.lines"), 1, false), dir, catalog(false), RunProgress.NONE, List.of());

        assertThat(Files.readString(dir.resolve("out/list.txt"))).contains("1 IL6 increased").doesNotContain("TNF");
        assertThat(result.summary().problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.EXTRACTOR_ERROR);
            assertThat(p.recordId()).isEqualTo("1");
            assertThat(p.message()).isEqualTo("finding dropped, a defect to report to the authors of plugin test-plugin: its mention 'tnf' is not at abstract[12..15], which holds ':tn'");
        });
    }

    @Test
    void findingsDroppedAsBreachesAreCountedByTheirExtractorsKindInTheSummaryWhateverTheThreads() throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 300; i++) { // several batches, so that with threads they are extracted apart
            lines.append(i).append("||A title long enough to count|up:il6").append(i % 3 == 0 ? " askew:tnf askew:ifn" : "").append('\n');
        }
        Files.writeString(dir.resolve("a.lines"), lines);
        Files.writeString(dir.resolve("b.lines"), "1000||A sound record with a title|up:il6\n");

        for (int threads : List.of(1, 3)) {
            RunResult result = engine.run(pipeline(List.of("a.lines"), threads, false), dir, catalog(false), RunProgress.NONE, List.of());

            assertThat(result.summary().findingsDropped()).as("threads %d", threads).containsExactly(Map.entry("marker", 200L));
            assertThat(result.summary().counts().findings()).isEqualTo(300);
        }
        RunResult sound = engine.run(pipeline(List.of("b.lines"), 1, false), dir, catalog(false), RunProgress.NONE, List.of());
        assertThat(sound.summary().findingsDropped()).isEmpty();
    }

    @Test
    void pluginsThatCouldNotBeUsedAreRecordedInTheRun() throws Exception {
        Files.writeString(dir.resolve("a.lines"), "1||A title long enough to count|up:il6\n");
        ExtensionCatalog withBrokenPlugin = new ExtensionCatalog(catalog(false).sources(), catalog(false).extractors(),
                catalog(false).reporters(), List.of(new PluginProblem("broken.zip", "not a readable zip file (zip END header not found)")));

        RunResult result = engine.run(pipeline(List.of("a.lines"), 1, false), dir, withBrokenPlugin, RunProgress.NONE, List.of());

        assertThat(result.failed()).isFalse();
        assertThat(result.summary().problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.PLUGIN_ERROR);
            assertThat(p.message()).isEqualTo("plugin broken.zip: not a readable zip file (zip END header not found)");
        });
        JsonNode run = new ObjectMapper().readTree(dir.resolve("out/run.json").toFile());
        assertThat(run.at("/problems/0/kind").asText()).isEqualTo("plugin-error");
    }

    @Test
    void strictTurnsASkippedRecordIntoAFailedRun() throws Exception {
        Files.writeString(dir.resolve("a.lines"), "1||A title long enough to count|up:il6\n!bad\n");

        RunResult result = engine.run(pipeline(List.of("a.lines"), 1, true), dir, catalog(false), RunProgress.NONE, List.of());

        assertThat(result.failed()).isTrue();
        assertThat(result.reason()).isEqualTo("1 problem met and --strict was given");
        assertThat(Files.exists(dir.resolve("out/list.txt"))).isTrue();
    }

    @Test
    void anEmptyInputIsAWarningWhateverItsNameAndStrictFailsOnIt() throws Exception {
        Files.writeString(dir.resolve("empty.xml"), "");
        Files.write(dir.resolve("empty.lines.gz"), gzip(new byte[0]));
        Files.writeString(dir.resolve("a.lines"), "1||A title long enough to count|up:il6\n");

        RunResult result = engine.run(pipeline(List.of("empty.xml", "empty.lines.gz", "a.lines"), 1, false), dir, catalog(false),
                RunProgress.NONE, List.of());

        assertThat(result.failed()).isFalse();
        assertThat(result.summary().problems()).extracting(p -> p.kind() + " " + p.file().replaceAll(".*/", "") + ": " + p.message())
                .containsExactlyInAnyOrder(
                        "WARNING empty.lines.gz: is an empty gzip file (it inflates to 0 bytes): it holds no record; was the export or its download cut short?",
                        "WARNING empty.xml: is empty (0 bytes): it holds no record; was the export or its download cut short?");
        assertThat(result.summary().counts().recordsKept()).isEqualTo(1);

        RunResult strict = engine.run(pipeline(List.of("empty.xml", "a.lines"), 1, true), dir, catalog(false), RunProgress.NONE, List.of());
        assertThat(strict.failed()).isTrue();
    }

    @Test
    void aRunWhoseInputsAreEmptyOrUnreadableReadsNothingAndFailsAsARunOfUnreadableFilesDoes() throws Exception {
        // review 7, finding 5: the empty file, read to its end, made such a run a success (exit 0) with an empty review
        Files.writeString(dir.resolve("empty.lines"), "");
        Files.writeString(dir.resolve("notes.docx"), "not a format anyone reads");

        RunResult both = engine.run(pipeline(List.of("empty.lines", "notes.docx"), 1, false), dir, catalog(false), RunProgress.NONE, List.of());
        assertThat(both.failed()).isTrue();
        assertThat(both.reason()).isEqualTo("no record was read from any input: 1 was read to its end and held none, 1 could not be read");

        RunResult onlyEmpty = engine.run(pipeline(List.of("empty.lines"), 1, false), dir, catalog(false), RunProgress.NONE, List.of());
        assertThat(onlyEmpty.failed()).isTrue();
        assertThat(onlyEmpty.reason()).isEqualTo("no record was read from any input: 1 was read to its end and held none");
        assertThat(onlyEmpty.summary().problems()).extracting(Problem::kind).containsExactly(Problem.Kind.WARNING);
        assertThat(Files.exists(dir.resolve("out/run.json"))).as("its outputs are written, as for any failed run").isTrue();
    }

    /** An explorer's L8 (2026-12-04): a file cut inside its one record ran "ok", exit 0, with an empty review; an empty file fails. */
    @Test
    void aRunWhoseEveryRecordReadWasSkippedFailsAndOneThatKeptARecordDoesNot() throws Exception {
        Files.writeString(dir.resolve("broken.lines"), "!!! a broken line\n!!! another\n");
        Files.writeString(dir.resolve("a.lines"), "11||A study of interleukin six in sleep|up:il6\n");

        RunResult broken = engine.run(pipeline(List.of("broken.lines"), 1, false), dir, catalog(false), RunProgress.NONE, List.of());
        assertThat(broken.summary().counts().recordsSkipped()).isEqualTo(2);
        assertThat(broken.failed()).isTrue();
        assertThat(broken.reason()).isEqualTo("no record could be kept: all 2 records read were skipped (the problems say why)");
        assertThat(Files.exists(dir.resolve("out/run.json"))).as("its outputs are written, as for any failed run").isTrue();

        RunResult withAnother = engine.run(pipeline(List.of("broken.lines", "a.lines"), 1, false), dir, catalog(false), RunProgress.NONE,
                List.of());
        assertThat(withAnother.failed()).isFalse();
        assertThat(withAnother.summary().counts().recordsKept()).isEqualTo(1);
    }

    /**
     * Beside inputs a store applied before, a run that read nothing is no failure (a folder's README is read again at
     * every run), but one whose every record read was skipped is: review s8 found that a damaged new input failed its
     * store run alone and passed, then counted as applied, when the command also named a file applied before.
     */
    @Test
    void besideInputsAppliedBeforeARunThatReadNothingPassesAndOneWhoseEveryRecordWasSkippedFails() throws Exception {
        Files.writeString(dir.resolve("broken.lines"), "!!! a broken line\n");
        Files.writeString(dir.resolve("empty.lines"), "");
        FoundInputs oneAppliedBefore = new FoundInputs(Map.of(), new InputResolver.Resolution(List.of(), List.of(), List.of()), 1);

        RunResult broken = engine.run(pipeline(List.of("broken.lines"), 1, false), dir, catalog(false), RunProgress.NONE, List.of(),
                List.of(), oneAppliedBefore);
        assertThat(broken.failed()).isTrue();
        assertThat(broken.reason()).isEqualTo("no record could be kept: the one record read was skipped (the problems say why)");

        RunResult empty = engine.run(pipeline(List.of("empty.lines"), 1, false), dir, catalog(false), RunProgress.NONE, List.of(),
                List.of(), oneAppliedBefore);
        assertThat(empty.failed()).isFalse();
        assertThat(empty.summary().problems()).extracting(Problem::kind).containsExactly(Problem.Kind.WARNING);
    }

    /** The cases the rule above must leave alone: the reviewer excluded every record, or the input also deleted one. */
    @Test
    void aRunWhoseEveryRecordIsExcludedOrWhoseSkippedRecordsSitBesideADeletionDoesNotFail() throws Exception {
        Files.writeString(dir.resolve("a.lines"), "11||A study of interleukin six in sleep|up:il6\n12||A second study of tumour necrosis"
                + " factor|down:tnf\n");
        Pipeline plain = pipeline(List.of("a.lines"), 1, false);
        ExclusionList everyOne = new ExclusionList("exclusions.csv", List.of(
                new ExclusionList.Exclusion(ExcludedId.parse("11"), "off-topic", 2),
                new ExclusionList.Exclusion(ExcludedId.parse("12"), "animal study", 3)));
        Pipeline excluding = new Pipeline(plain.inputs(), plain.sources(), plain.extractors(), plain.reporters(), plain.options(),
                plain.output(), false, 1, plain.runDate(), plain.focus(), plain.inputSources(), plain.inputsAt(), false, everyOne);

        RunResult excluded = engine.run(excluding, dir, catalog(false), RunProgress.NONE, List.of());
        assertThat(excluded.summary().counts().recordsExcluded()).isEqualTo(2);
        assertThat(excluded.summary().counts().recordsKept()).isZero();
        assertThat(excluded.failed()).as(String.valueOf(excluded.reason())).isFalse();

        Files.writeString(dir.resolve("update.lines"), "!!! a broken line\n-11\n");
        RunResult deleting = engine.run(pipeline(List.of("update.lines"), 1, false), dir, catalog(false), RunProgress.NONE, List.of());
        assertThat(deleting.summary().counts().recordsSkipped()).isEqualTo(1);
        assertThat(deleting.summary().counts().recordsKept()).isZero();
        assertThat(deleting.failed()).as(String.valueOf(deleting.reason())).isFalse();
    }

    @Test
    void aFolderAnEarlierRunWroteIsLeftOutOfAWalkWithANote() throws Exception {
        Files.writeString(dir.resolve("a.lines"), "1||A title long enough to count|up:il6\n");
        assertThat(engine.run(pipeline(List.of("."), 1, false), dir, catalog(false), RunProgress.NONE, List.of()).failed()).isFalse();

        RunResult again = engine.run(pipeline(List.of("."), 1, false), dir, catalog(false), RunProgress.NONE, List.of());

        assertThat(again.summary().counts().recordsRead()).as("its own outputs are not read back").isEqualTo(1);
        assertThat(again.summary().problems()).isEmpty();
        assertThat(again.summary().notices()).anySatisfy(n -> assertThat(n).contains("out").contains("Evidentia"));
    }

    /**
     * An exclusion list beside the exports, under {@code inputs: [.]}, is the run's list, not an input (an explorer's F27:
     * a sheet source read its lines as records, one a title-less "primary study"); named as an input, it is read.
     */
    @Test
    void theExclusionListIsLeftOutOfAWalkWithANote() throws Exception {
        Files.writeString(dir.resolve("a.lines"), "1||A title long enough to count|up:il6\n2||Another title long enough to count|up:il6\n");
        Path listFile = Files.writeString(dir.resolve("exclusions.csv"), "id,reason\n2,off-topic\n");
        ExclusionList list = org.evidentia.runtime.exclusion.ExclusionListReader.read(listFile, "exclusions.csv");
        Pipeline plain = pipeline(List.of("."), 1, false);
        Pipeline pipeline = new Pipeline(plain.inputs(), plain.sources(), plain.extractors(), plain.reporters(), plain.options(),
                plain.output(), false, 1, plain.runDate(), plain.focus(), plain.inputSources(), plain.inputsAt(), false, list);

        RunResult result = engine.run(pipeline, dir, catalog(false), RunProgress.NONE, List.of());

        assertThat(result.summary().problems()).as("no input error for the list").isEmpty();
        assertThat(result.summary().notices()).anySatisfy(n -> assertThat(n).contains("exclusions.csv").contains("this run's exclusion list"));
        assertThat(result.summary().counts().recordsRead()).isEqualTo(2);
        assertThat(result.summary().counts().recordsExcluded()).isEqualTo(1);
    }

    /**
     * A file inside the output folder would be read, then deleted with the folder's old outputs (an explorer's F33): the
     * run is refused before it reads anything, and the file stays.
     */
    @Test
    void anInputInsideTheOutputFolderIsRefusedAndKept() throws Exception {
        Path inside = Files.createDirectories(dir.resolve("out")).resolve("a.lines");
        Files.writeString(inside, "1||A title long enough to count|up:il6\n");

        assertThatThrownBy(() -> engine.run(pipeline(List.of("out/a.lines"), 1, false), dir, catalog(false), RunProgress.NONE, List.of()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("is inside the output folder").hasMessageContaining("give another folder with -o");
        assertThat(inside).exists();
    }

    /**
     * A .gz damaged part-way is one input error, as a gzip bomb is: the source's own words for the failure are
     * left out, the records before the damage are kept and counted, and the other inputs are read.
     */
    @Test
    void aGzipDamagedPartWayIsOneInputErrorInPlaceOfTheSourcesOwnWordsAndTheRecordsBeforeItCount() throws Exception {
        byte[] compressed = storedGzip(numberedLines("a", 20_000));
        // a stored block's header: 3 bits, then its length and the length's complement, then its bytes as they are
        int firstBlock = 10;
        int length = (compressed[firstBlock + 1] & 0xFF) | (compressed[firstBlock + 2] & 0xFF) << 8;
        compressed[firstBlock + 5 + length] = 0b110; // the second block's type: 11, which deflate reserves
        Files.write(dir.resolve("damaged.lines.gz"), compressed);
        Files.writeString(dir.resolve("b.lines"), numberedLines("b", 3));

        RunResult result = engine.run(pipeline(List.of("damaged.lines.gz", "b.lines"), 1, false), dir, catalog(false), RunProgress.NONE,
                List.of());

        assertThat(result.failed()).isFalse();
        assertThat(result.summary().problems()).filteredOn(p -> p.message().contains("damaged") || p.message().contains("ZLIB"))
                .as("the source's own words for the damage are left out").hasSize(1);
        Problem damage = assertThat(result.summary().problems()).filteredOn(p -> p.kind() == Problem.Kind.INPUT_ERROR).singleElement().actual();
        assertThat(damage.file()).endsWith("damaged.lines.gz");
        long returned = result.summary().inputs().get(0).records() - result.summary().inputs().get(0).skipped();
        // the lines of the first block (41 bytes at most) are kept, but for those of the inflater's last read (16 KiB at most)
        assertThat(returned).as("the records before the damage").isBetween((length - 16 * 1024) / 41L, length / 30L);
        assertThat(damage.recordNumber()).isEqualTo(returned + 1);
        assertThat(damage.message()).isEqualTo("reading stopped after " + String.format(java.util.Locale.ROOT, "%,d", returned)
                + " records: the gzip data is damaged (invalid block type), so nothing after the damage can be read: download or export it again");
        assertThat(result.summary().inputs().get(1).records()).isEqualTo(3);
    }

    /**
     * Damage that inflates to other bytes is found only by the trailer's checksum, once the file was read to its end.
     * The broken lines it made are its echoes, not records of the file: one input error, where the first stands,
     * counts them, and they are counted neither read nor skipped.
     */
    @Test
    void aGzipWhoseChecksumFailsIsOneInputErrorAtItsFirstBrokenPartWhichCountsThePartsInPlaceOfRecords() throws Exception {
        byte[] compressed = storedGzip(numberedLines("a", 1_000));
        for (int line = 500; line <= 502; line++) {
            byte[] start = ("a" + line + "||").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            compressed[indexOf(compressed, start) + start.length - 1] = 'X'; // three fields: the source skips the line
        }
        Files.write(dir.resolve("damaged.lines.gz"), compressed);

        RunResult result = engine.run(pipeline(List.of("damaged.lines.gz"), 1, false), dir, catalog(false), RunProgress.NONE, List.of());

        Problem damage = assertThat(result.summary().problems()).singleElement().actual();
        assertThat(damage.kind()).isEqualTo(Problem.Kind.INPUT_ERROR);
        assertThat(damage.line()).isEqualTo(500);
        assertThat(damage.recordNumber()).isEqualTo(500);
        assertThat(damage.message()).isEqualTo("the gzip data is damaged (Corrupt GZIP trailer): its checksum does not match what was"
                + " inflated: from here on the text is not what was written: 3 parts of it that looked like records were broken and are"
                + " not counted as records, and the 997 records read may hold damaged text: download or export it again");
        assertThat(result.summary().inputs().get(0).records()).isEqualTo(997);
        assertThat(result.summary().inputs().get(0).skipped()).isZero();
        assertThat(result.summary().counts().recordsRead()).isEqualTo(997);
    }

    @Test
    void aGzipWhoseChecksumFailsWithNoPartBrokenSaysTheRecordsReadMayHoldDamagedText() throws Exception {
        byte[] compressed = storedGzip(numberedLines("a", 1_000));
        byte[] title = "Title a700 ".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        compressed[indexOf(compressed, title)] = 'Z'; // the text changes, no line breaks
        Files.write(dir.resolve("damaged.lines.gz"), compressed);

        RunResult result = engine.run(pipeline(List.of("damaged.lines.gz"), 1, false), dir, catalog(false), RunProgress.NONE, List.of());

        Problem damage = assertThat(result.summary().problems()).singleElement().actual();
        assertThat(damage.kind()).isEqualTo(Problem.Kind.INPUT_ERROR);
        assertThat(damage.line()).isZero();
        assertThat(damage.message()).isEqualTo("the gzip data is damaged (Corrupt GZIP trailer): its checksum does not match what was"
                + " inflated, so the 1,000 records read may hold damaged text: download or export it again");
        assertThat(result.summary().inputs().get(0).records()).isEqualTo(1_000);
    }

    /** Gzip of stored (not compressed) blocks: the text stands in the file as it is, so a test can change it in place. */
    private static byte[] storedGzip(String text) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(bytes) {
            {
                def.setLevel(java.util.zip.Deflater.NO_COMPRESSION);
            }
        }) {
            out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }

    private static byte[] gzip(byte[] content) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(bytes)) {
            out.write(content);
        }
        return bytes.toByteArray();
    }

    @Test
    void anInputOfNoKnownFormatIsAProblemThatNamesTheKnownFormats() throws Exception {
        Files.writeString(dir.resolve("notes.docx"), "not a format anyone reads");
        Files.writeString(dir.resolve("a.lines"), "1||A title long enough to count|up:il6\n");

        RunResult result = engine.run(pipeline(List.of("notes.docx", "a.lines"), 1, false), dir, catalog(false), RunProgress.NONE, List.of());

        assertThat(result.failed()).isFalse();
        assertThat(result.summary().problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.INPUT_ERROR);
            assertThat(p.file()).endsWith("notes.docx");
            assertThat(p.message()).isEqualTo("no source reads this file; sources tried: lines (`evidentia plugins` describes them)");
        });

        RunResult only = engine.run(pipeline(List.of("notes.docx"), 1, false), dir, catalog(false), RunProgress.NONE, List.of());
        assertThat(only.failed()).isTrue();
        assertThat(only.reason()).isEqualTo("no input could be read");

        // a plugin disabled on purpose may be the one that reads it
        ExtensionCatalog withDisabled = new ExtensionCatalog(catalog(false).sources(), catalog(false).extractors(), catalog(false).reporters(),
                List.of(), List.of("lab-tsv", "ris-source"));
        RunResult disabled = engine.run(pipeline(List.of("notes.docx", "a.lines"), 1, false), dir, withDisabled, RunProgress.NONE, List.of());
        assertThat(disabled.summary().problems()).singleElement().extracting(Problem::message)
                .isEqualTo("no source reads this file; sources tried: lines (`evidentia plugins` describes them); disabled plugins lab-tsv,"
                        + " ris-source may read it (`evidentia plugins enable ID`)");
    }

    /**
     * The code review of session 26, C4: an empty file with a forced source was told as empty, then as "read as null (forced
     * with -s), it gave no record", an input error that failed the run, and that a store would not mark applied. It is told
     * once, as empty, whether a source is forced or not.
     */
    @Test
    void anEmptyFileIsToldOnceAsEmptyWhenASourceIsForcedOnIt() throws Exception {
        Files.writeString(dir.resolve("empty.lines"), "");
        Files.writeString(dir.resolve("a.lines"), "1||A title long enough to count|up:il6\n");
        for (List<String> sources : List.of(List.of("lines"), List.<String>of())) {
            Pipeline pipeline = new Pipeline(List.of("empty.lines", "a.lines"), sources, List.of(), List.of(), Map.of(), dir.resolve("out"),
                    false, 1, Instant.parse("2026-01-31T00:00:00Z"));

            RunResult result = engine.run(pipeline, dir, catalog(false), RunProgress.NONE, List.of());

            assertThat(result.failed()).as("sources %s", sources).isFalse();
            assertThat(result.summary().problems()).as("sources %s", sources).singleElement().satisfies(p -> {
                assertThat(p.kind()).isEqualTo(Problem.Kind.WARNING);
                assertThat(p.message()).startsWith("is empty (0 bytes)");
            });
        }
    }

    @Test
    void aForcedSourceThatSkipsEverythingInAFileFindsItInAnotherFormatAndCountsNoRecordFromIt() throws Exception {
        // what a forced MEDLINE source makes of an abstract-text export: every paragraph a "record" it skips
        Files.writeString(dir.resolve("other.txt"), "1. Some journal. 2020.\n!not a record\n\nAnother paragraph\n");
        Files.writeString(dir.resolve("a.lines"), "1||A title long enough to count|up:il6\n");
        Pipeline forced = new Pipeline(List.of("other.txt"), List.of("lines"), List.of(), List.of(), Map.of(), dir.resolve("out"),
                false, 1, Instant.parse("2026-01-31T00:00:00Z"));

        RunResult only = engine.run(forced, dir, catalog(false), RunProgress.NONE, List.of());

        assertThat(only.failed()).isTrue();
        assertThat(only.reason()).isEqualTo("no input could be read");
        assertThat(only.summary().problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.INPUT_ERROR);
            assertThat(p.file()).endsWith("other.txt");
            assertThat(p.message()).isEqualTo("read as lines (forced with -s), it gave no record: the file does not look like lines"
                    + " (lines skipped all 4 parts it took for records; the first, at line 1: expected pmid|doi|title|abstract); without -s,"
                    + " each file's source is chosen by what the file holds"); // the review of session 30, K2
        });
        assertThat(only.summary().counts().recordsRead()).isZero();
        assertThat(only.summary().counts().recordsSkipped()).isZero();
        assertThat(only.summary().inputs()).extracting(i -> i.records() + "/" + i.skipped()).containsExactly("0/0");

        Pipeline withAGoodFile = new Pipeline(List.of("other.txt", "a.lines"), List.of("lines"), List.of(), List.of(), Map.of(),
                dir.resolve("out2"), false, 1, Instant.parse("2026-01-31T00:00:00Z"));
        RunResult both = engine.run(withAGoodFile, dir, catalog(false), RunProgress.NONE, List.of());
        assertThat(both.failed()).isFalse();
        assertThat(both.summary().problems()).extracting(Problem::kind).containsExactly(Problem.Kind.INPUT_ERROR);
        assertThat(both.summary().counts().recordsRead()).isEqualTo(1);
        assertThat(both.summary().counts().recordsKept()).isEqualTo(1);
    }

    @Test
    void aFailingReporterLeavesNoHalfWrittenFileAndTheOthersStillWrite() throws Exception {
        Files.writeString(dir.resolve("a.lines"), "1||A title long enough to count|up:il6 up:tnf\n");

        RunResult result = engine.run(pipeline(List.of("a.lines"), 1, false), dir, catalog(true), RunProgress.NONE, List.of());

        assertThat(result.failed()).isTrue();
        assertThat(result.reason()).isEqualTo("reporter exploding failed: its output was left out");
        assertThat(dir.resolve("out/exploding.txt")).doesNotExist();
        try (Stream<Path> files = Files.list(dir.resolve("out"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(".evidentia-output", "list.txt", "run.json");
        }
        assertThat(result.summary().problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.REPORTER_ERROR);
            assertThat(p.extension()).isEqualTo("exploding");
            assertThat(p.message()).as("the record and the exception's class named, as for an extractor")
                    .isEqualTo("failed on record 1 (plugin test-plugin): IOException: disk full");
            assertThat(p.file()).endsWith("a.lines");
            assertThat(p.recordNumber()).isEqualTo(1);
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.recordId()).isEqualTo("1");
        });
        assertThat(result.files()).extracting(p -> p.getFileName().toString()).containsExactly("list.txt", "run.json");

        RunResult again = engine.run(pipeline(List.of("a.lines"), 1, false), dir, catalog(true), RunProgress.NONE, List.of());
        assertThat(again.files()).as("files rewritten in an existing folder are listed too")
                .extracting(p -> p.getFileName().toString()).containsExactly("list.txt", "run.json");
    }

    /**
     * The review of session 31, S1: each call into a reporter caught its own list of a plugin's defects, and they disagreed: a
     * StackOverflowError from record(), a NoClassDefFoundError from close() after a failed record(), or from readsMetadata(),
     * ended the run with Java's stack trace, no outputs and no run.json. Each reporter now fails alone, as an extractor does.
     */
    @Test
    void aReporterThatThrowsAnErrorAsADefectWouldFailsAloneWhereverItThrowsIt() throws Exception {
        Files.writeString(dir.resolve("a.lines"), "1||A title long enough to count|up:il6 up:tnf\n");
        ExtensionCatalog catalog = new ExtensionCatalog(List.of(EngineFixtures.loaded(new LineSource())),
                // asked first whether it reads metadata: an extractor or a reporter that says it does ends the asking
                List.of(EngineFixtures.loaded(new MarkerExtractor(false))),
                List.of(EngineFixtures.loaded(new DefectiveReporter("meta", null, null, new NoClassDefFoundError("com/example/missing/Meta"))),
                EngineFixtures.loaded(new ListReporter("list", false)),
                EngineFixtures.loaded(new DefectiveReporter("deep", new StackOverflowError(), null, null)),
                EngineFixtures.loaded(new DefectiveReporter("broken", new NoClassDefFoundError("com/example/missing/Writer"),
                        new NoClassDefFoundError("com/example/missing/Closer"), null))));

        RunResult result = engine.run(pipeline(List.of("a.lines"), 1, false), dir, catalog, RunProgress.NONE, List.of());

        assertThat(result.failed()).isTrue();
        assertThat(Files.readString(dir.resolve("out/list.txt"))).contains("1 IL6", "1 TNF");
        assertThat(dir.resolve("out/run.json")).exists();
        assertThat(result.summary().problems()).extracting(Problem::kind, Problem::extension).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(Problem.Kind.PLUGIN_ERROR, "meta"),
                org.assertj.core.groups.Tuple.tuple(Problem.Kind.REPORTER_ERROR, "deep"),
                org.assertj.core.groups.Tuple.tuple(Problem.Kind.REPORTER_ERROR, "broken"));
        assertThat(result.summary().problems()).filteredOn(p -> p.extension().equals("broken")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("NoClassDefFoundError: com/example/missing/Writer"));
    }

    /** A reporter that throws what it is given from record(), close() and readsMetadata(); null: that call works. */
    private static final class DefectiveReporter implements org.evidentia.api.Reporter {
        private final String name;
        private final Error onRecord;
        private final Error onClose;
        private final Error onReadsMetadata;

        DefectiveReporter(String name, Error onRecord, Error onClose, Error onReadsMetadata) {
            this.name = name;
            this.onRecord = onRecord;
            this.onClose = onClose;
            this.onReadsMetadata = onReadsMetadata;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String description() {
            return "throws errors";
        }

        @Override
        public boolean readsMetadata(org.evidentia.api.ExtensionContext context) {
            if (onReadsMetadata != null) {
                throw onReadsMetadata;
            }
            return false;
        }

        @Override
        public org.evidentia.api.ReportWriter start(org.evidentia.api.ReportContext context) {
            return new org.evidentia.api.ReportWriter() {
                @Override
                public void record(org.evidentia.api.RecordFindings record) {
                    if (onRecord != null) {
                        throw onRecord;
                    }
                }

                @Override
                public void finish(RunSummary summary, org.evidentia.api.Synthesis synthesis) {
                }

                @Override
                public void close() {
                    if (onClose != null) {
                        throw onClose;
                    }
                }
            };
        }
    }

    @Test
    void aReporterThatLeavesAStreamOfCreateOpenFailsAndItsFilesAreNotPartOfTheOutputs() throws Exception {
        Files.writeString(dir.resolve("a.lines"), "1||A title long enough to count|up:il6\n");
        org.evidentia.api.Reporter forgetful = reporter("forgetful", context -> {
            java.io.Writer out = new java.io.BufferedWriter(new java.io.OutputStreamWriter(context.output().create("forgetful.txt"),
                    java.nio.charset.StandardCharsets.UTF_8));
            return (summary, synthesis) -> out.write("records seen\n"); // buffered in its own writer, never closed
        });
        ExtensionCatalog catalog = catalogBesideTheList(forgetful);

        RunResult result = engine.run(pipeline(List.of("a.lines"), 1, false), dir, catalog, RunProgress.NONE, List.of());

        assertThat(result.failed()).as("its file would be cut short of what it buffered").isTrue();
        assertThat(result.summary().problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.REPORTER_ERROR);
            assertThat(p.extension()).isEqualTo("forgetful");
            assertThat(p.message()).startsWith("failed while closing its output (plugin test-plugin): IOException: forgetful did not close forgetful.txt,"
                    + " which it created with OutputFolder.create");
        });
        assertThat(dir.resolve("out/forgetful.txt")).doesNotExist();
        assertThat(dir.resolve("out/list.txt")).exists();
    }

    @Test
    void aReporterThatFailsWhileFinishingIsToldSoAndItsOutputIsLeftOut() throws Exception {
        Files.writeString(dir.resolve("a.lines"), "1||A title long enough to count|up:il6\n");
        org.evidentia.api.Reporter late = reporter("late", context -> {
            java.io.OutputStream out = context.output().create("late.txt");
            return new org.evidentia.api.ReportWriter() {
                @Override
                public void finish(org.evidentia.api.RunSummary summary, org.evidentia.api.Synthesis synthesis) {
                    throw new IllegalStateException("deliberate failure in finish");
                }

                @Override
                public void close() throws IOException {
                    out.close();
                }
            };
        });
        ExtensionCatalog catalog = catalogBesideTheList(late);

        RunResult result = engine.run(pipeline(List.of("a.lines"), 1, false), dir, catalog, RunProgress.NONE, List.of());

        assertThat(result.failed()).isTrue();
        assertThat(result.reason()).isEqualTo("reporter late failed: its output was left out");
        assertThat(result.summary().problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.REPORTER_ERROR);
            assertThat(p.extension()).isEqualTo("late");
            assertThat(p.message()).isEqualTo("failed while finishing (plugin test-plugin): IllegalStateException: deliberate failure in finish");
        });
        assertThat(dir.resolve("out/late.txt")).doesNotExist();
        assertThat(dir.resolve("out/list.txt")).exists();
    }

    /**
     * Issue 12: the writers finish at the same time, so that a table of every record and the report
     * are not written one after the other while a core is idle. Each of these two reporters finishes
     * only once the other is finishing too, which one thread finishing them in turn could never let
     * happen; and their failures are listed in reporter order, though the second failed first.
     */
    @Test
    void writersFinishAtTheSameTimeAndTheirFailuresAreListedInReporterOrder() throws Exception {
        Files.writeString(dir.resolve("a.lines"), "1||A title long enough to count|up:il6\n");
        java.util.concurrent.CyclicBarrier bothFinishing = new java.util.concurrent.CyclicBarrier(2);
        CountDownLatch secondFailed = new CountDownLatch(1);
        Set<String> finishingThreads = ConcurrentHashMap.newKeySet();
        org.evidentia.api.Reporter first = reporter("first", context -> (summary, synthesis) -> {
            finishingThreads.add(Thread.currentThread().getName());
            meet(bothFinishing);
            await(secondFailed, "the second never failed");
            context.output().writeText("first.txt", w -> w.write("finished beside the second\n"));
            throw new IllegalStateException("first fails, last");
        });
        org.evidentia.api.Reporter second = reporter("second", context -> (summary, synthesis) -> {
            finishingThreads.add(Thread.currentThread().getName());
            meet(bothFinishing);
            secondFailed.countDown();
            throw new IllegalStateException("second fails, first");
        });
        ExtensionCatalog catalog = new ExtensionCatalog(List.of(EngineFixtures.loaded(new LineSource())),
                List.of(EngineFixtures.loaded(new MarkerExtractor())),
                List.of(EngineFixtures.loaded(new ListReporter("list", false)), EngineFixtures.loaded(first), EngineFixtures.loaded(second)));

        RunResult result = engine.run(pipeline(List.of("a.lines"), 2, false), dir, catalog, RunProgress.NONE, List.of());

        assertThat(finishingThreads).as("each finished on a thread of its own").hasSize(2);
        assertThat(result.summary().problems()).extracting(Problem::extension, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("first", "failed while finishing (plugin test-plugin): IllegalStateException: first fails, last"),
                org.assertj.core.groups.Tuple.tuple("second", "failed while finishing (plugin test-plugin): IllegalStateException: second fails, first"));
        assertThat(dir.resolve("out/first.txt")).as("a failed reporter's files are left out").doesNotExist();
        assertThat(dir.resolve("out/list.txt")).exists();
        assertThat(result.files()).extracting(p -> p.getFileName().toString()).containsExactly("list.txt", "run.json");
    }

    /**
     * A file name two reporters both ask for as they finish fails both, told alike, in reporter order,
     * whichever asked first: the second asking first (two threads, the first waiting for it), then the
     * first (one thread, the writers ending one after the other), give the same problems and files.
     */
    @Test
    void aNameTwoWritersAskForAsTheyFinishFailsBothWhicheverAskedFirst() throws Exception {
        Files.writeString(dir.resolve("a.lines"), "1||A title long enough to count|up:il6\n");
        List<List<Object>> told = new ArrayList<>();
        for (int threads : List.of(2, 1)) {
            CountDownLatch secondAsked = new CountDownLatch(threads == 2 ? 1 : 0);
            org.evidentia.api.Reporter first = reporter("first", context -> (summary, synthesis) -> {
                await(secondAsked, "the second never asked");
                context.output().writeText("shared.txt", w -> w.write("by the first\n"));
                context.output().writeText("first.txt", w -> w.write("the first's own\n"));
            });
            org.evidentia.api.Reporter second = reporter("second", context -> (summary, synthesis) -> {
                context.output().writeText("shared.txt", w -> w.write("by the second\n"));
                secondAsked.countDown();
            });
            ExtensionCatalog catalog = new ExtensionCatalog(List.of(EngineFixtures.loaded(new LineSource())),
                    List.of(EngineFixtures.loaded(new MarkerExtractor())),
                    List.of(EngineFixtures.loaded(new ListReporter("list", false)), EngineFixtures.loaded(first), EngineFixtures.loaded(second)));

            RunResult result = engine.run(pipeline(List.of("a.lines"), threads, false), dir, catalog, RunProgress.NONE, List.of());

            String clash = "failed while finishing: 'shared.txt' is written by first and second, which asked for it as they"
                    + " finished: each file of the outputs has one writer, and a name asked for by more than one at the end is given to none";
            assertThat(result.summary().problems()).as("with %d threads", threads).extracting(Problem::extension, Problem::message)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("first", clash), org.assertj.core.groups.Tuple.tuple("second", clash));
            assertThat(result.files()).extracting(p -> p.getFileName().toString()).containsExactly("list.txt", "run.json");
            assertThat(dir.resolve("out/shared.txt")).doesNotExist();
            assertThat(dir.resolve("out/first.txt")).as("a failed reporter's files are left out").doesNotExist();
            told.add(List.copyOf(result.summary().problems()));
        }
        assertThat(told.get(0)).isEqualTo(told.get(1));
    }

    /** Waits, at most 30 s, until {@code latch} opens; fails the writer, saying {@code otherwise}, when it does not. */
    private static void await(CountDownLatch latch, String otherwise) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException(otherwise);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + otherwise, e);
        }
    }

    /** Waits, at most 30 s, until the other party of {@code barrier} comes too; fails the writer when it does not. */
    private static void meet(java.util.concurrent.CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the other writer", e);
        } catch (java.util.concurrent.BrokenBarrierException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("the other writer was not finishing at the same time", e);
        }
    }

    /** How a reporter of one test starts: the behaviour under test. */
    @FunctionalInterface
    private interface ReporterStart {
        org.evidentia.api.ReportWriter start(org.evidentia.api.ReportContext context) throws IOException;
    }

    /** A reporter named {@code name} that starts as {@code start} says. */
    private static org.evidentia.api.Reporter reporter(String name, ReporterStart start) {
        return new org.evidentia.api.Reporter() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String description() {
                return "a reporter of one test";
            }

            @Override
            public org.evidentia.api.ReportWriter start(org.evidentia.api.ReportContext context) throws IOException {
                return start.start(context);
            }
        };
    }

    /** The line source, the marker extractor, and the list reporter beside {@code reporter}. */
    private static ExtensionCatalog catalogBesideTheList(org.evidentia.api.Reporter reporter) {
        return new ExtensionCatalog(List.of(EngineFixtures.loaded(new LineSource())), List.of(EngineFixtures.loaded(new MarkerExtractor())),
                List.of(EngineFixtures.loaded(new ListReporter("list", false)), EngineFixtures.loaded(reporter)));
    }

    /** A reporter with a kind option that it checks against the run's kinds when it starts, as a reporter of findings of one kind would. */
    private static org.evidentia.api.Reporter kindReporter(String name, String kind, IOException failure) {
        return reporter(name, context -> {
            if (failure != null) {
                throw failure;
            }
            if (context.findingKinds().stream().noneMatch(k -> k.name().equals(kind))) {
                throw new IllegalArgumentException("option " + name + ".kind: the run makes no findings of kind '" + kind + "'");
            }
            return (summary, synthesis) -> context.output().writeText(name + ".txt", w -> w.write(kind));
        });
    }

    /**
     * Review 6, plugin developer's finding 7: a reporter's kind option with a typo was refused in its
     * start, and the run read and extracted every record before it failed with exit 1.
     */
    @Test
    void aReporterThatRefusesItsOptionsWhenItStartsStopsTheRunBeforeAnythingIsRead() throws Exception {
        Files.writeString(dir.resolve("a.lines"), "1||A title long enough to count|up:il6\n");
        engine.run(pipeline(List.of("a.lines"), 1, false), dir, catalog(false), RunProgress.NONE, List.of());
        String previous = Files.readString(dir.resolve("out/list.txt"));
        List<String> read = new ArrayList<>();
        ExtensionCatalog catalog = new ExtensionCatalog(
                List.of(EngineFixtures.loaded(new WrappedSource(new LineSource(), (input, context, records) -> {
                    read.add(input.displayName());
                    return records;
                }))),
                List.of(EngineFixtures.loaded(new MarkerExtractor())),
                List.of(EngineFixtures.loaded(new ListReporter("list", false)), EngineFixtures.loaded(kindReporter("typo", "markers", null)),
                        EngineFixtures.loaded(kindReporter("right", "marker", null))));

        assertThatThrownBy(() -> engine.run(pipeline(List.of("a.lines"), 2, false), dir, catalog, RunProgress.NONE, List.of()))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.issues()).singleElement().satisfies(issue -> {
                    assertThat(issue.path()).isEqualTo("options.typo");
                    // a plugin author's M1 (2026-12-04): given no options, it refuses the run, not options the user never gave
                    assertThat(issue.message()).isEqualTo("reporter typo (plugin test-plugin) refused to start in this run (it was given"
                            + " no options): option typo.kind: the run makes no findings of kind 'markers'");
                }));
        assertThat(read).as("no input was read").isEmpty();
        assertThat(Files.readString(dir.resolve("out/list.txt"))).as("the previous outputs stay").isEqualTo(previous);
        assertThat(dir.resolve("out/right.txt")).doesNotExist();

        // a reporter that cannot start for another reason fails alone, as before: the others write their outputs
        ExtensionCatalog failing = new ExtensionCatalog(List.of(EngineFixtures.loaded(new LineSource())),
                List.of(EngineFixtures.loaded(new MarkerExtractor())),
                List.of(EngineFixtures.loaded(new ListReporter("list", false)),
                        EngineFixtures.loaded(kindReporter("full", "marker", new IOException("disk full")))));
        RunResult result = engine.run(pipeline(List.of("a.lines"), 1, false), dir, failing, RunProgress.NONE, List.of());
        assertThat(result.failed()).isTrue();
        assertThat(result.summary().problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.REPORTER_ERROR);
            assertThat(p.message()).isEqualTo("could not start (plugin test-plugin): IOException: disk full");
        });
        assertThat(result.summary().counts().findings()).isEqualTo(1);
    }

    /** An explorer's s21: a reporter whose start returned null was blamed on the first record, in the engine's own words. */
    @Test
    void aReporterWhoseStartReturnsNullCouldNotStartAndSaysSo() throws Exception {
        Files.writeString(dir.resolve("a.lines"), "1||A title long enough to count|up:il6\n");

        RunResult result = engine.run(pipeline(List.of("a.lines"), 1, false), dir, catalogBesideTheList(reporter("nothing", context -> null)),
                RunProgress.NONE, List.of());

        assertThat(result.failed()).isTrue();
        assertThat(result.summary().problems()).singleElement().satisfies(p -> {
            assertThat(p.extension()).isEqualTo("nothing");
            assertThat(p.recordId()).isNull();
            assertThat(p.message()).isEqualTo("could not start: IllegalStateException: start returned null where a ReportWriter is expected,"
                    + " a defect to report to the authors of plugin test-plugin");
        });
        assertThat(Files.readString(dir.resolve("out/list.txt"))).startsWith("1 IL6 increased");
    }

    @Test
    void twoExtractorsWhoseKindsShareANameAreRefusedBeforeAnythingIsRead() throws Exception {
        Files.writeString(dir.resolve("a.lines"), "1||A title long enough to count|up:il6\n");
        List<String> read = new ArrayList<>();
        // Another plugin's extractor that took the name of the markers' kind, with a vocabulary of its own.
        Extractor impostor = EngineFixtures.extractor("terms", "term mentions", new FindingKind("marker", "Term", "Terms", List.of(),
                Map.of()), (record, context) -> List.of());
        ExtensionCatalog catalog = new ExtensionCatalog(
                List.of(EngineFixtures.loaded(new WrappedSource(new LineSource(), (input, context, records) -> {
                    read.add(input.displayName());
                    return records;
                }))),
                List.of(EngineFixtures.loaded(new MarkerExtractor()), new org.evidentia.runtime.host.LoadedExtension<>(impostor, "term-plugin", "2.0.0")),
                List.of(EngineFixtures.loaded(new ListReporter("list", false))));

        assertThatThrownBy(() -> engine.run(pipeline(List.of("a.lines"), 1, false), dir, catalog, RunProgress.NONE, List.of()))
                .as("every extractor, as none is named").isInstanceOfSatisfying(ConfigurationException.class, e ->
                        assertThat(e.issues()).singleElement().satisfies(issue -> {
                            assertThat(issue.path()).isEqualTo("extractors");
                            assertThat(issue.message()).isEqualTo("extractors 'markers' (plugin test-plugin) and 'terms' (plugin term-plugin)"
                                    + " both make findings of kind 'marker': finding kinds are one namespace, and their findings would be"
                                    + " counted together in one synthesis; rename one of the kinds, or leave one extractor out of the run"
                                    + " (name the extractors to use)");
                        }));
        Pipeline named = new Pipeline(List.of("a.lines"), List.of(), List.of("terms", "markers"), List.of(), Map.of(), dir.resolve("out"),
                false, 1, null);
        assertThatThrownBy(() -> engine.run(named, dir, catalog, RunProgress.NONE, List.of()))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.issues()).singleElement().satisfies(issue -> {
                    assertThat(issue.path()).isEqualTo("extractors[1]");
                    assertThat(issue.message()).startsWith("extractors 'terms' (plugin term-plugin) and 'markers' (plugin test-plugin)"
                            + " both make findings of kind 'marker'");
                }));
        assertThat(read).isEmpty();
        assertThat(dir.resolve("out")).doesNotExist();

        Pipeline one = new Pipeline(List.of("a.lines"), List.of(), List.of("markers"), List.of(), Map.of(), dir.resolve("out"), false, 1, null);
        assertThat(engine.run(one, dir, catalog, RunProgress.NONE, List.of()).summary().counts().findings()).isEqualTo(1);
    }

    @Test
    void aStackOverflowInAnExtractorIsWordedNotNamedByItsClass() throws Exception {
        // review 32 M1: the problem read "StackOverflowError", which tells a reader nothing
        Files.writeString(dir.resolve("a.lines"), "1||First title of the input|up:il6\n2||Second title here|abyss\n");

        RunResult result = engine.run(pipeline(List.of("a.lines"), 1, false), dir, catalog(false), RunProgress.NONE, List.of());

        assertThat(result.failed()).isFalse();
        assertThat(result.summary().problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.EXTRACTOR_ERROR);
            assertThat(p.recordId()).isEqualTo("2");
            assertThat(p.message()).isEqualTo("gave up on this record: reading its text went deeper than the extractor can follow"
                    + " (a text this long or this nested is not an ordinary abstract); the record has no findings from this extractor");
        });
        assertThat(result.summary().counts().recordsWithFindings()).isEqualTo(1);
    }

    @Test
    void anExtractorsFirstFailuresAreLoggedAtDebugWithTheirStackTracesAndTheRestOnlyCounted() throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 200; i++) {
            lines.append(i).append("||Title number ").append(i).append(" of a long series|up:il6 boom\n");
        }
        Files.writeString(dir.resolve("a.lines"), lines);
        RunResult result;
        List<ch.qos.logback.classic.spi.ILoggingEvent> events;
        try (DebugLog log = new DebugLog(ExtractionStage.class)) {
            result = engine.run(pipeline(List.of("a.lines"), 4, false), dir, catalog(false), RunProgress.NONE, List.of());
            events = log.events();
        }

        assertThat(result.summary().problems()).hasSize(200)
                .allSatisfy(p -> assertThat(p.message()).isEqualTo(
                        "failed on record " + p.recordId() + ", a defect to report to the authors of plugin test-plugin: IllegalStateException: cannot parse "
                                + p.recordId()));
        // a plugin author's M7 (2026-12-04): "Found 0 findings" read as an empty result
        assertThat(result.summary().notices()).contains("extractor markers failed on every record it was given (200 of 200): the run has"
                + " none of its findings; its extractor errors say why");
        String file = result.summary().problems().get(0).file();
        assertThat(file).endsWith("a.lines");
        assertThat(events).extracting(ch.qos.logback.classic.spi.ILoggingEvent::getFormattedMessage).containsExactly(
                "Extractor markers failed on record 1 (" + file + ":1, record 1)",
                "Extractor markers failed on record 2 (" + file + ":2, record 2)",
                "Extractor markers failed on record 3 (" + file + ":3, record 3)",
                "Extractor markers failed on 197 more records; their stack traces are not logged (the run's problems list each)");
        assertThat(events).allSatisfy(e -> assertThat(e.getLevel()).isEqualTo(ch.qos.logback.classic.Level.DEBUG));
        assertThat(events.subList(0, 3)).allSatisfy(e -> {
            assertThat(e.getThrowableProxy().getClassName()).isEqualTo(IllegalStateException.class.getName());
            assertThat(e.getThrowableProxy().getStackTraceElementProxyArray()).isNotEmpty();
        });
    }

    /**
     * An explorer's s21: a run stopped (SIGTERM) while a reporter waited met the stop as the reporter's exception, which
     * wrapped the interruption as the textbook says; the run went on, committed, and the previous outputs were gone, the stop
     * blamed on the reporter. A stopped run commits nothing, whoever took the interruption off the thread.
     */
    @Test
    void aStopThatAReporterMetAsAnExceptionCommitsNothingAndThePreviousOutputsStay() throws Exception {
        AtomicBoolean stopAsked = new AtomicBoolean(); // as OrderlyStop's hook: asked, then the thread interrupted
        RunEngine stoppable = new RunEngine(new OptionsBinder(), "0.1.0", stopAsked::get);
        Files.writeString(dir.resolve("a.lines"), "1||A title long enough to count|up:il6\n2||Another title long enough|up:tnf\n");
        engine.run(pipeline(List.of("a.lines"), 1, false), dir, catalog(false), RunProgress.NONE, List.of());
        String previous = Files.readString(dir.resolve("out/list.txt"));
        org.evidentia.api.Reporter waiting = reporter("waiting", context -> new org.evidentia.api.ReportWriter() {
            @Override
            public void record(org.evidentia.api.RecordFindings record) throws IOException {
                if (record.record().id().equals("2")) {
                    stopAsked.set(true);
                    throw new IOException("interrupted", new InterruptedException()); // the interruption taken off the thread
                }
            }

            @Override
            public void finish(RunSummary summary, org.evidentia.api.Synthesis synthesis) {
            }
        });
        Files.writeString(dir.resolve("a.lines"), "1||A title long enough to count|up:il6\n2||Another title long enough|down:tnf\n");

        try {
            assertThatThrownBy(() -> stoppable.run(pipeline(List.of("a.lines"), 1, false), dir, catalogBesideTheList(waiting), RunProgress.NONE,
                    List.of())).satisfiesAnyOf(e -> assertThat(e).isInstanceOf(java.io.InterruptedIOException.class),
                    e -> assertThat(e).isInstanceOf(InterruptedException.class));
        } finally {
            Thread.interrupted(); // the stop was this test's own
            stopAsked.set(false);
        }
        assertThat(Files.readString(dir.resolve("out/list.txt"))).as("the previous outputs stay").isEqualTo(previous);
        assertThat(dir.resolve("out/waiting.txt")).doesNotExist();

        // a reviewer of that change: met at the reporter's end, where a stop most often lands, it was committed all the same
        org.evidentia.api.Reporter endingWhenStopped = reporter("ending", context -> (summary, synthesis) -> {
            stopAsked.set(true);
            throw new IOException("interrupted", new InterruptedException());
        });
        try {
            assertThatThrownBy(() -> stoppable.run(pipeline(List.of("a.lines"), 1, false), dir, catalogBesideTheList(endingWhenStopped),
                    RunProgress.NONE, List.of())).isInstanceOf(java.io.InterruptedIOException.class);
        } finally {
            Thread.interrupted();
            stopAsked.set(false);
        }
        assertThat(Files.readString(dir.resolve("out/list.txt"))).as("the previous outputs stay").isEqualTo(previous);

        // with no stop asked, the same exception is the reporter's failure (the review of session 25, A2), and the failed run is
        // committed; so is a socket's time-out, an InterruptedIOException too
        RunResult noStop = stoppable.run(pipeline(List.of("a.lines"), 1, false), dir, catalogBesideTheList(reporter("ending",
                context -> (summary, synthesis) -> {
                    throw new IOException("interrupted", new InterruptedException());
                })), RunProgress.NONE, List.of());
        assertThat(noStop.failed()).isTrue();
        assertThat(noStop.summary().problems()).extracting(Problem::describe)
                .containsExactly("failed while finishing (plugin test-plugin): IOException: interrupted [ending]");
        assertThat(Files.readString(dir.resolve("out/list.txt"))).as("this run's").isNotEqualTo(previous);
        Files.writeString(dir.resolve("out/list.txt"), previous);
        org.evidentia.api.Reporter timedOut = reporter("uploading", context -> (summary, synthesis) -> {
            throw new java.net.SocketTimeoutException("Read timed out");
        });
        RunResult failed = engine.run(pipeline(List.of("a.lines"), 1, false), dir, catalogBesideTheList(timedOut), RunProgress.NONE, List.of());
        assertThat(failed.failed()).isTrue();
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
        assertThat(Files.readString(dir.resolve("out/list.txt"))).as("this run's").isNotEqualTo(previous);
    }

    /**
     * The review of session 25, A2: a reporter, or an extractor on the run's thread (as at --threads 1), whose code left the
     * thread interrupted with nothing stopping made the run's next wait take it for the stop: the run ended with no output,
     * saying "the run was stopped" or "java.lang.InterruptedException" and naming no plugin, and at --threads 2 it did not.
     * The run clears it, warns once for each extension naming its plugin, and writes everything, at any --threads.
     */
    @Test
    @org.junit.jupiter.api.Timeout(value = 60, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
    void aReporterOrExtractorThatLeavesItsThreadInterruptedIsNamedAndTheRunWritesItsOutputs() throws Exception {
        Files.writeString(dir.resolve("a.lines"), numberedLines("a", 300));
        org.evidentia.api.Reporter rude = reporter("rude", context -> new org.evidentia.api.ReportWriter() {
            @Override
            public void record(org.evidentia.api.RecordFindings record) {
                Thread.currentThread().interrupt();
            }

            @Override
            public void finish(RunSummary summary, org.evidentia.api.Synthesis synthesis) throws IOException {
                context.output().writeText("rude.txt", out -> out.write("done"));
            }
        });
        org.evidentia.api.Reporter rudeAtItsEnd = reporter("rude-at-its-end", context -> (summary, synthesis) -> {
            context.output().writeText("rude-at-its-end.txt", out -> out.write("done"));
            Thread.currentThread().interrupt(); // then closed and moved by the run
        });
        ExtensionCatalog catalog = new ExtensionCatalog(List.of(EngineFixtures.loaded(new LineSource())),
                List.of(EngineFixtures.loaded(new WatchedExtractor(new MarkerExtractor(), record -> Thread.currentThread().interrupt()))),
                List.of(EngineFixtures.loaded(new ListReporter("list", false)), EngineFixtures.loaded(rude), EngineFixtures.loaded(rudeAtItsEnd)));

        for (int threads : new int[] {1, 2}) {
            RunResult result = engine.run(pipeline(List.of("a.lines"), threads, false), dir, catalog, RunProgress.NONE, List.of());

            assertThat(result.failed()).as("--threads %d", threads).isFalse();
            assertThat(result.summary().counts().findings()).isEqualTo(300);
            assertThat(Files.readString(dir.resolve("out/list.txt")).lines()).hasSize(301);
            assertThat(dir.resolve("out/rude.txt")).hasContent("done");
            assertThat(dir.resolve("out/rude-at-its-end.txt")).hasContent("done");
            String said = " left its thread interrupted (Thread.interrupt() with no stop of the run), a defect to report to the authors"
                    + " of plugin test-plugin; the run went on";
            // in the order met: the extractor's on the first record, handed on before the reporters see it, the end's last
            assertThat(result.summary().problems()).extracting(Problem::describe).containsExactly(
                    "extractor markers" + said + " [markers]", "reporter rude" + said + " [rude]",
                    "reporter rude-at-its-end" + said + " [rude-at-its-end]");
            assertThat(Thread.currentThread().isInterrupted()).isFalse();
        }
    }

    /** The review of session 26, T6: run.json did not say whether its run date was pinned (--run-date) or the day the run ran. */
    @Test
    void runJsonSaysWhetherTheRunDateWasGiven() throws Exception {
        Files.writeString(dir.resolve("a.lines"), "1||A title long enough to count|up:il6\n");
        engine.run(pipeline(List.of("a.lines"), 1, false), dir, catalog(false), RunProgress.NONE, List.of());
        JsonNode given = new ObjectMapper().readTree(dir.resolve("out/run.json").toFile());
        assertThat(given.get("run_date").asText()).isEqualTo("2026-01-31T00:00:00Z");
        assertThat(given.get("run_date_given").asBoolean()).isTrue();

        Pipeline today = new Pipeline(List.of("a.lines"), List.of(), List.of(), List.of(), Map.of(), dir.resolve("out"), false, 1, null);
        engine.run(today, dir, catalog(false), RunProgress.NONE, List.of());
        JsonNode clock = new ObjectMapper().readTree(dir.resolve("out/run.json").toFile());
        assertThat(clock.get("run_date_given").isBoolean()).isTrue();
        assertThat(clock.get("run_date_given").asBoolean()).isFalse();
        assertThat(clock.fieldNames()).toIterable().startsWith("evidentia_version", "run_date", "run_date_given", "status");
    }

    @Test
    void aFailedRunStillReplacesThePreviousOutputsWholeAndSaysItFailed() throws Exception {
        // As OutputFolder, Reporter and extension-points.md say: only a killed run, or one refused before reading, leaves them.
        Files.writeString(dir.resolve("a.lines"), "1||A title long enough to count|no markers here\n");
        RunResult ok = engine.run(pipeline(List.of("a.lines"), 1, false), dir, catalog(true), RunProgress.NONE, List.of());
        assertThat(ok.failed()).isFalse();
        assertThat(dir.resolve("out/exploding.txt")).hasContent("records 1");

        Files.writeString(dir.resolve("a.lines"), "1||A title long enough to count|up:il6\n2||Another title long enough|up:tnf\n");
        RunResult failed = engine.run(pipeline(List.of("a.lines"), 1, false), dir, catalog(true), RunProgress.NONE, List.of());

        assertThat(failed.failed()).isTrue();
        assertThat(dir.resolve("out/list.txt")).as("this run's").hasContent("1 IL6 increased markers@1.0.0\n2 TNF increased markers@1.0.0\nrecords 2");
        assertThat(dir.resolve("out/exploding.txt")).as("neither this run's nor the previous one's").doesNotExist();
        JsonNode run = new ObjectMapper().readTree(dir.resolve("out/run.json").toFile());
        assertThat(run.at("/status").asText()).isEqualTo("failed");
    }

    @Test
    void unknownExtensionsAndOptionTargetsAreConfigurationErrors() throws Exception {
        Pipeline unknownReporter = new Pipeline(List.of("a.lines"), List.of(), List.of(), List.of("pdf"), Map.of(),
                dir.resolve("out"), false, 1, null);
        assertThatThrownBy(() -> engine.run(unknownReporter, dir, catalog(false), RunProgress.NONE, List.of()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("input 'a.lines' matches no file");

        Files.createDirectories(dir.resolve("empty"));
        Pipeline emptyFolder = new Pipeline(List.of("empty"), List.of(), List.of(), List.of(), Map.of(), dir.resolve("out"), false, 1, null);
        assertThatThrownBy(() -> engine.run(emptyFolder, dir, catalog(false), RunProgress.NONE, List.of()))
                .hasMessageStartingWith("input 'empty' is a folder with no files in it");
        // the review of session 25, m2: a folder of hidden files only was told as one with no files
        Files.writeString(Files.createDirectories(dir.resolve("hid")).resolve(".notes.lines"), "1||A hidden title long enough|up:il6\n");
        Pipeline hiddenOnly = new Pipeline(List.of("hid"), List.of(), List.of(), List.of(), Map.of(), dir.resolve("out"), false, 1, null);
        assertThatThrownBy(() -> engine.run(hiddenOnly, dir, catalog(false), RunProgress.NONE, List.of()))
                .hasMessageStartingWith("input 'hid' is a folder whose only files are hidden, which reading a folder leaves out"
                        + " (.notes.lines, in " + dir.resolve("hid") + "): name one as an input to read it");

        Files.writeString(dir.resolve("a.lines"), "1||A title long enough to count|up:il6\n");
        Pipeline badOptions = new Pipeline(List.of("."), List.of(), List.of(), List.of("pdf"), Map.of(), dir.resolve("out"), false, 1, null);
        assertThatThrownBy(() -> engine.run(badOptions, dir, catalog(false), RunProgress.NONE, List.of()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("no reporter named 'pdf'; available reporters: list (`evidentia plugins` lists them)");

        Pipeline optionsForNobody = new Pipeline(List.of("."), List.of(), List.of(), List.of(), Map.of("tabel", Map.of("x", 1)),
                dir.resolve("out"), false, 1, null);
        assertThatThrownBy(() -> engine.run(optionsForNobody, dir, catalog(false), RunProgress.NONE, List.of()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("options are given for 'tabel', but no extension has that name");

        Pipeline optionsForAnUnusedReporter = new Pipeline(List.of("."), List.of(), List.of(), List.of("list"),
                Map.of("exploding", Map.of("formats", "pdf")), dir.resolve("out"), false, 1, null);
        assertThatThrownBy(() -> engine.run(optionsForAnUnusedReporter, dir, catalog(true), RunProgress.NONE, List.of()))
                .as("checked though the run does not use it").isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("exploding").hasMessageContaining("formats");

        Pipeline badOptionOfAUsedReporter = new Pipeline(List.of("."), List.of(), List.of(), List.of("list"),
                Map.of("list", Map.of("formats", "pdf")), dir.resolve("out"), false, 1, null);
        assertThatThrownBy(() -> engine.run(badOptionOfAUsedReporter, dir, catalog(true), RunProgress.NONE, List.of()))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.issues()).as("reported once").hasSize(1));
    }

    @Test
    void mergedCopiesAreListedWithEveryOriginInTheSummaryAndRunJson() throws Exception {
        Files.writeString(dir.resolve("a.lines"), "7||A title long enough to count|up:il6\n8||Another title long enough|up:tnf\n");
        Files.writeString(dir.resolve("b.lines"), "7||A title long enough to count|up:il6\n");

        RunResult result = engine.run(pipeline(List.of("a.lines", "b.lines"), 1, false), dir, catalog(false), RunProgress.NONE, List.of());

        assertThat(result.summary().duplicates()).singleElement().satisfies(d -> {
            assertThat(d.recordId()).isEqualTo("7");
            assertThat(d.origins()).extracting(o -> Path.of(o.file()).getFileName() + ":" + o.recordNumber())
                    .containsExactly("a.lines:1", "b.lines:1");
        });
        JsonNode run = new ObjectMapper().readTree(dir.resolve("out/run.json").toFile());
        assertThat(run.at("/duplicates/0/record_id").asText()).isEqualTo("7");
        assertThat(run.at("/duplicates/0/origins/1/file").asText()).endsWith("b.lines");
        assertThat(run.at("/duplicates/0/origins/1/source").asText()).isEqualTo("lines");
    }

    @Test
    void aFocusedRunCountsTheFindingsItLeftOutForStatingNoValueApartFromThoseOfAnotherValue() throws Exception {
        // IL6 states no specimen, IL10 another one: both left out, one of them for want of a value
        Files.writeString(dir.resolve("a.lines"), "1||A title long enough to count|up:il6@unstated down:tnf@csf up:il10\n");
        Pipeline focused = new Pipeline(List.of("a.lines"), List.of(), List.of(), List.of(), Map.of(), dir.resolve("out"), false, 1,
                null, List.of(" Specimen = CSF", "specimen=CSF"));

        RunResult result = engine.run(focused, dir, catalog(false), RunProgress.NONE, List.of());

        // an explorer's 2 (s18b): the criteria as given reached the console, run.json and the reports, blanks, case and repeats
        assertThat(result.summary().focus().criteria()).containsExactly("specimen=CSF");
        assertThat(result.summary().counts().findings()).isEqualTo(1);
        assertThat(result.summary().focus().findingsLeftOut()).isEqualTo(2);
        assertThat(result.summary().focus().leftOutUnstated()).isEqualTo(1);
        JsonNode run = new ObjectMapper().readTree(dir.resolve("out/run.json").toFile());
        assertThat(run.at("/focus/left_out_unstated").asLong()).isEqualTo(1);
    }

    /** Review 21, M4: run.json lists the first 10,000 ids of the records a focus lost, by number, and counts every one. */
    @Test
    void aFocusedRunListsAtMostTheFirstTenThousandRecordsItLostAndCountsThemAll() throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int id = ReportStage.LEFT_OUT_IDS_LISTED + 5; id >= 1; id--) { // the highest ids first: the list is by number, not arrival
            lines.append(id).append("||A title long enough to count|up:il6@unstated\n");
        }
        Files.writeString(dir.resolve("a.lines"), lines);
        Pipeline focused = new Pipeline(List.of("a.lines"), List.of(), List.of(), List.of(), Map.of(), dir.resolve("out"), false, 1,
                null, List.of("specimen=CSF"));

        RunResult result = engine.run(focused, dir, catalog(false), RunProgress.NONE, List.of());

        assertThat(result.summary().focus().recordsLeftOutUnstated()).isEqualTo(ReportStage.LEFT_OUT_IDS_LISTED + 5);
        JsonNode run = new ObjectMapper().readTree(dir.resolve("out/run.json").toFile());
        assertThat(run.at("/focus/records_left_out_unstated").asLong()).isEqualTo(ReportStage.LEFT_OUT_IDS_LISTED + 5);
        JsonNode ids = run.at("/focus/records_left_out_unstated_ids");
        assertThat(ids).hasSize(ReportStage.LEFT_OUT_IDS_LISTED);
        assertThat(ids.get(0).asText()).isEqualTo("1");
        assertThat(ids.get(ReportStage.LEFT_OUT_IDS_LISTED - 1).asText()).isEqualTo(String.valueOf(ReportStage.LEFT_OUT_IDS_LISTED));
    }

    @Test
    void aFocusedRunKeepsOnlyTheFindingsInFocusAndSaysHowManyItLeftOut() throws Exception {
        Files.writeString(dir.resolve("a.lines"), "1||A title long enough to count|up:il6 down:tnf@csf up:il8@csf\n");
        Pipeline focused = new Pipeline(List.of("a.lines"), List.of(), List.of(), List.of(), Map.of(), dir.resolve("out"), false, 1,
                null, List.of("specimen=CSF"));

        RunResult result = engine.run(focused, dir, catalog(false), RunProgress.NONE, List.of());

        assertThat(result.summary().counts().findings()).isEqualTo(2);
        assertThat(result.summary().focus().criteria()).containsExactly("specimen=CSF");
        assertThat(result.summary().focus().findingsLeftOut()).isEqualTo(1);
        assertThat(Files.readString(dir.resolve("out/list.txt"))).contains("1 TNF decreased", "1 IL8 increased").doesNotContain("IL6");
        JsonNode run = new ObjectMapper().readTree(dir.resolve("out/run.json").toFile());
        assertThat(run.at("/focus/criteria/0").asText()).isEqualTo("specimen=CSF");
        assertThat(run.at("/focus/findings_left_out").asLong()).isEqualTo(1);

        Pipeline unknown = new Pipeline(List.of("a.lines"), List.of(), List.of(), List.of(), Map.of(), dir.resolve("out"), false, 1,
                null, List.of("population=human"));
        assertThatThrownBy(() -> engine.run(unknown, dir, catalog(false), RunProgress.NONE, List.of()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("focus on 'population', but no finding kind of this run has that attribute; attributes: specimen");

        // the review of session 25, U2: with an extractor's name mistyped, a focus on its attributes was blamed too ("no finding
        // kind of this run has that attribute; its kinds have no attributes"): the focus waits until the extractors resolve
        Pipeline mistyped = new Pipeline(List.of("a.lines"), List.of(), List.of("markrs"), List.of(), Map.of(), dir.resolve("out"), false,
                1, null, List.of("specimen=CSF"));
        assertThatThrownBy(() -> engine.run(mistyped, dir, catalog(false), RunProgress.NONE, List.of()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("no extractor named 'markrs' (did you mean 'markers'?)")
                .hasMessageNotContaining("focus");
        Pipeline badValue = new Pipeline(List.of("a.lines"), List.of(), List.of(), List.of(), Map.of(), dir.resolve("out"), false, 1,
                null, List.of("specimen=tears"));
        assertThatThrownBy(() -> engine.run(badValue, dir, catalog(false), RunProgress.NONE, List.of()))
                .hasMessage("focus specimen=tears: 'tears' is not a value of specimen; values: serum, csf");
    }

    @Test
    void aReportChecksItsFocusBeforeItReadsTheRecordedRunOrTouchesTheOutputFolder() {
        AtomicBoolean recordingRead = new AtomicBoolean();
        RecordedRun recorded = new RecordedRun() {
            @Override
            public List<FindingKind> kinds() {
                return List.of(new MarkerExtractor().findingKind());
            }

            @Override
            public RunSummary summary() {
                recordingRead.set(true);
                throw new IllegalStateException("the recording is read only for a report that will be made");
            }

            @Override
            public void replay(Sink sink) {
                recordingRead.set(true);
            }

            @Override
            public String key() {
                return "store";
            }

            @Override
            public void writeValue(JsonGenerator json) {
            }
        };
        Path out = dir.resolve("reports/out");
        Pipeline unknown = new Pipeline(List.of(), List.of(), List.of(), List.of(), Map.of(), out, false, 1, null,
                List.of("population=human"));

        assertThatThrownBy(() -> engine.report(unknown, catalog(false), recorded, RunProgress.NONE))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("focus on 'population', but no finding kind of this run has that attribute; attributes: specimen");
        assertThat(recordingRead).isFalse();
        assertThat(dir.resolve("reports")).as("no output folder, lock or parent made for a report that cannot be made").doesNotExist();
    }

    @Test
    void optionsAreWrittenToRunJsonAsTypedJson() throws Exception {
        Files.writeString(dir.resolve("a.lines"), "7||A title long enough to count|up:il6\n");
        Pipeline withOptions = new Pipeline(List.of("a.lines"), List.of(), List.of(), List.of(),
                Map.of("synthesis", Map.of("voting-designs", List.of("primary", "review"))), dir.resolve("out"), false, 1, null);

        engine.run(withOptions, dir, catalog(false), RunProgress.NONE, List.of());

        JsonNode run = new ObjectMapper().readTree(dir.resolve("out/run.json").toFile());
        JsonNode designs = run.at("/options/synthesis/voting-designs");
        assertThat(designs.isArray()).isTrue();
        assertThat(designs.get(1).asText()).isEqualTo("review");
    }

    @Test
    void aReporterIsToldFromItsStartWhichStudiesVoteUnderTheRunsSynthesisOptions() throws Exception {
        Files.writeString(dir.resolve("a.lines"), "7||A title long enough to count|up:il6\n");
        List<String> told = new ArrayList<>();
        org.evidentia.api.Reporter asking = new org.evidentia.api.Reporter() {
            @Override
            public String name() {
                return "asking";
            }

            @Override
            public String description() {
                return "asks which studies vote";
            }

            @Override
            public org.evidentia.api.ReportWriter start(org.evidentia.api.ReportContext context) {
                told.add("at start, a review votes " + context.votes(new org.evidentia.api.StudyDesign(
                        org.evidentia.api.StudyDesign.Type.REVIEW, false, "asked at start")));
                return new org.evidentia.api.ReportWriter() {
                    private org.evidentia.api.StudyDesign design;

                    @Override
                    public void record(org.evidentia.api.RecordFindings record) {
                        design = record.design();
                        told.add(design.type().label() + " votes " + context.votes(design));
                    }

                    @Override
                    public void finish(RunSummary summary, org.evidentia.api.Synthesis synthesis) {
                        told.add("the synthesis says " + synthesis.votes(design));
                    }
                };
            }
        };
        ExtensionCatalog catalog = new ExtensionCatalog(List.of(EngineFixtures.loaded(new LineSource())),
                List.of(EngineFixtures.loaded(new MarkerExtractor())), List.of(EngineFixtures.loaded(asking)));

        engine.run(pipeline(List.of("a.lines"), 1, false), dir, catalog, RunProgress.NONE, List.of());
        engine.run(new Pipeline(List.of("a.lines"), List.of(), List.of(), List.of(), Map.of("synthesis", Map.of("voting-designs",
                List.of("review"))), dir.resolve("out2"), false, 1, null), dir, catalog, RunProgress.NONE, List.of());

        assertThat(told).containsExactly("at start, a review votes false", "primary votes true", "the synthesis says true",
                "at start, a review votes true", "primary votes false", "the synthesis says false");
    }
}
