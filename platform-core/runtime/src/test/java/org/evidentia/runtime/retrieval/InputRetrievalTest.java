package org.evidentia.runtime.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.InputProbe;
import org.evidentia.api.Origin;
import org.evidentia.api.RecordStreams;
import org.evidentia.api.Retrieval;
import org.evidentia.api.RetrievalContext;
import org.evidentia.api.Retriever;
import org.evidentia.api.Source;
import org.evidentia.api.SourceContext;
import org.evidentia.api.SourceInput;
import org.evidentia.runtime.engine.ConfigurationException;
import org.evidentia.runtime.engine.ExtensionCatalog;
import org.evidentia.runtime.engine.Pipeline;
import org.evidentia.runtime.engine.PipelineFile;
import org.evidentia.runtime.engine.RunEngine;
import org.evidentia.runtime.engine.RunProgress;
import org.evidentia.runtime.engine.RunResult;
import org.evidentia.runtime.host.LoadedExtension;
import org.evidentia.runtime.options.OptionsBinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputRetrievalTest {

    private static final Instant NOW = Instant.parse("2026-02-03T04:05:06Z");

    @TempDir
    Path dir;

    private final List<String> progress = new ArrayList<>();
    private final TitleRetriever retriever = new TitleRetriever();

    @Test
    void aRetrievalInputIsReplacedInPlaceByItsFilesAndItsOptionsAreTakenOut() throws Exception {
        Files.writeString(dir.resolve("local.titles"), "Local study\n");
        Pipeline pipeline = pipeline(List.of("local.titles", "titles:alpha beta", "other.titles"),
                Map.of("titles", Map.of("prefix", "T:"), "lines", Map.of()));

        InputRetrieval.Retrieved retrieved = retrieval(Map.of("TITLES_KEY", "secret")).retrieve(pipeline, dir);

        Path written = dir.resolve("cache/titles/alpha beta.titles");
        assertThat(retrieved.pipeline().inputs()).containsExactly("local.titles", written.toString(), "other.titles");
        assertThat(retrieved.pipeline().options()).containsOnlyKeys("lines");
        assertThat(Files.readString(written)).isEqualTo("T:alpha\nT:beta\n");
        assertThat(retriever.seen).containsExactly("alpha beta|" + NOW + "|secret|" + dir.resolve("cache/titles"));
        assertThat(retrieved.inputs()).containsExactly("titles:alpha beta");
        RetrievalRecord record = retrieved.retrievals().get(0);
        assertThat(record.input()).isEqualTo("titles:alpha beta");
        assertThat(record.retriever()).isEqualTo("titles");
        assertThat(record.plugin()).isEqualTo("titles-plugin");
        assertThat(record.options()).containsEntry("prefix", "\"T:\""); // JSON, as run.json writes every option
        assertThat(record.retrieval().count()).isEqualTo(2);
        assertThat(record.notices()).containsExactly("2 titles written");
        assertThat(progress).containsExactly("titles: writing 2 titles", "titles: note: 2 titles written");
    }

    @Test
    void aRunRecordsItsRetrievalsInRunJsonAndReadsTheRetrievedFiles() throws Exception {
        Pipeline pipeline = pipeline(List.of("titles:gamma delta"), Map.of());
        InputRetrieval.Retrieved retrieved = retrieval(Map.of()).retrieve(pipeline, dir);
        RunEngine engine = new RunEngine(new OptionsBinder(), "0.1.0");
        ExtensionCatalog catalog = new ExtensionCatalog(List.of(new LoadedExtension<>(new TitlesSource(), "p", "1")),
                List.of(), List.of());

        RunResult result = engine.run(retrieved.pipeline(), dir, catalog, RunProgress.NONE, List.of(), retrieved.runJsonSections());

        assertThat(result.summary().counts().recordsKept()).isEqualTo(2);
        JsonNode run = new ObjectMapper().readTree(dir.resolve("out/run.json").toFile());
        List<String> keys = new ArrayList<>();
        run.fieldNames().forEachRemaining(keys::add);
        assertThat(keys.indexOf("retrievals")).isEqualTo(keys.indexOf("inputs") + 1);
        JsonNode r = run.get("retrievals").get(0);
        assertThat(r.get("input").asText()).isEqualTo("titles:gamma delta");
        assertThat(r.get("query").asText()).isEqualTo("gamma delta");
        assertThat(r.get("searched").asText()).isEqualTo("2026-02-03T04:05:06Z");
        assertThat(r.get("count").asLong()).isEqualTo(2);
        assertThat(r.get("reused_from_cache").asBoolean()).isFalse();
        assertThat(r.get("files").get(0).asText()).as("named from the folder the inputs were given in")
                .isEqualTo(Path.of("cache/titles/gamma delta.titles").toString());
        assertThat(r.get("details").get("service").asText()).isEqualTo("in-memory");
        assertThat(r.get("options").get("prefix").asText()).isEqualTo("");
        assertThat(r.get("plugin").asText()).isEqualTo("titles-plugin");
        assertThat(r.get("plugin_version").asText()).isEqualTo("2.0.0");
        assertThat(run.get("inputs").get(0).get("path").asText()).isEqualTo(r.get("files").get(0).asText());
    }

    @Test
    void aRunWithoutRetrievalsHasNoRetrievalsSection() throws Exception {
        Files.writeString(dir.resolve("a.titles"), "A\n");
        InputRetrieval.Retrieved retrieved = retrieval(Map.of()).retrieve(pipeline(List.of("a.titles"), Map.of()), dir);
        RunEngine engine = new RunEngine(new OptionsBinder(), "0.1.0");
        ExtensionCatalog catalog = new ExtensionCatalog(List.of(new LoadedExtension<>(new TitlesSource(), "p", "1")),
                List.of(), List.of());

        engine.run(retrieved.pipeline(), dir, catalog, RunProgress.NONE, List.of(), retrieved.runJsonSections());

        assertThat(new ObjectMapper().readTree(dir.resolve("out/run.json").toFile()).has("retrievals")).isFalse();
        assertThat(retriever.seen).isEmpty();
    }

    @Test
    void anUnknownNameThatIsNoFileIsAConfigurationErrorListingTheRetrievers() {
        assertThatThrownBy(() -> retrieval(Map.of()).retrieve(pipeline(List.of("pubmd:asthma"), Map.of()), dir))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("input 'pubmd:asthma' is neither a file nor a retrieval: no retriever named 'pubmd'; retrievers: titles"
                        + " (`evidentia plugins` shows whether a plugin is disabled)");
    }

    @Test
    void aFileWhoseNameLooksLikeARetrievalIsReadAsAFile() throws Exception {
        Files.writeString(dir.resolve("notes:2020.titles"), "A\n");

        InputRetrieval.Retrieved retrieved = retrieval(Map.of()).retrieve(pipeline(List.of("notes:2020.titles"), Map.of()), dir);

        assertThat(retrieved.pipeline().inputs()).containsExactly("notes:2020.titles");
        assertThat(retrieved.retrievals()).isEmpty();
    }

    /** The review of session 23, P11: a query's line break reached the console raw, so a pipeline file could forge a line. */
    @Test
    void aQueryWithALineBreakIsRefusedAndShownOnOneLine() {
        assertThatThrownBy(() -> retrieval(Map.of()).retrieve(pipeline(List.of("titles:x\nRead 9 records from 1 input."), Map.of()), dir))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("input 'titles:x\\nRead 9 records from 1 input.' holds a line break: write the query on one line (in a"
                        + " pipeline file, a long one folded with >- is read as one line)");
        assertThat(retriever.seen).isEmpty();
    }

    @Test
    void anEmptyQueryIsRefused() {
        assertThatThrownBy(() -> retrieval(Map.of()).retrieve(pipeline(List.of("titles:  "), Map.of()), dir))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("input 'titles:  ' has no query after 'titles:'; write for example titles:'fibromyalgia AND cytokine*'");
    }

    @Test
    void badOptionsOfARetrieverFailBeforeAnythingIsRetrieved() {
        Pipeline pipeline = pipeline(List.of("titles:a"), Map.of("titles", Map.of("colour", "red")));

        assertThatThrownBy(() -> retrieval(Map.of()).retrieve(pipeline, dir))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("colour");
        assertThat(retriever.seen).isEmpty();
        // each mistake at its key, so that a pipeline file tells its line (an explorer's F2: the issue had no place)
        assertThatThrownBy(() -> retrieval(Map.of()).check(pipeline, dir))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.issues())
                        .singleElement().satisfies(issue -> assertThat(issue.path()).isEqualTo("options.titles.colour")));
    }

    @Test
    void aRetrieverNeitherNamedNorConfiguredIsLeftAlone() throws Exception {
        Files.writeString(dir.resolve("a.titles"), "A\n");

        retrieval(Map.of()).retrieve(pipeline(List.of("a.titles"), Map.of()), dir);
        assertThat(retriever.optionsAsked).as("no input names it and no options are given").isZero();

        retrieval(Map.of()).retrieve(pipeline(List.of("a.titles"), Map.of("titles", Map.of("prefix", "T:"))), dir);
        assertThat(retriever.optionsAsked).as("options given for it are checked though nothing is retrieved").isOne();
        assertThatThrownBy(() -> retrieval(Map.of()).check(pipeline(List.of("a.titles"), Map.of("titles", Map.of("colour", "red"))), dir))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("colour");
    }

    /** Review s9, 15: `run` fetched the first search and then stopped at the next one's mistake, where `validate` told them all. */
    @Test
    void everySearchIsCheckedBeforeAnyIsRetrievedAndEveryMistakeIsToldAtOnce() {
        Pipeline pipeline = pipeline(List.of("titles:alpha", "titles:  ", "pubmd:asthma"), Map.of());

        assertThatThrownBy(() -> retrieval(Map.of()).retrieve(pipeline, dir))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.issues()).extracting(ConfigurationException.Issue::message)
                        .satisfiesExactly(
                                m -> assertThat(m).startsWith("input 'titles:  ' has no query"),
                                m -> assertThat(m).startsWith("input 'pubmd:asthma' is neither a file nor a retrieval")));
        assertThat(retriever.seen).as("nothing fetched").isEmpty();
    }

    @Test
    void aFailedRetrievalNamesItsInput() {
        assertThatThrownBy(() -> retrieval(Map.of()).retrieve(pipeline(List.of("titles:fail"), Map.of()), dir))
                .isInstanceOf(IOException.class)
                .hasMessage("titles:fail: the service answered 503 three times");
    }

    @Test
    void aSourceChosenForASearchGoesWithTheFilesItFetchedAndCheckKeepsItToBeChecked() throws Exception {
        Pipeline.ChosenSource lines = new Pipeline.ChosenSource("lines", "inputs[0].source");
        Pipeline pipeline = new Pipeline(List.of("titles:alpha"), List.of(), List.of(), List.of(), Map.of(), dir.resolve("out"), false, 1,
                NOW, List.of(), Map.of("titles:alpha", lines));

        InputRetrieval.Retrieved retrieved = retrieval(Map.of()).retrieve(pipeline, dir);
        InputRetrieval.Retrieved checked = retrieval(Map.of()).check(pipeline, dir);

        assertThat(retrieved.pipeline().inputSources()).containsEntry(dir.resolve("cache/titles/alpha.titles").toString(), lines);
        assertThat(checked.pipeline().inputs()).isEmpty();
        assertThat(checked.pipeline().inputSources()).as("its name is checked by the plan").containsEntry("titles:alpha", lines);
    }

    /**
     * A search is taken out of the inputs to check them, and replaced by what it fetched to run them: an input after it
     * was named by its new index, the line of another item or of 'inputs:' ('inputs[1]' became 'inputs[0]' or 'inputs[2]').
     */
    @Test
    void anIssueAboutAnInputAfterASearchIsAtItsOwnLineOfThePipelineFileWhenCheckedAndWhenRun() throws Exception {
        PipelineFile read = PipelineFile.read(Files.writeString(dir.resolve("review.yaml"), String.join("\n",
                "inputs:",
                "  - 'titles:alpha|beta'",
                "  - missing.titles",
                "")));
        Pipeline pipeline = asWritten(read);
        RunEngine engine = new RunEngine(new OptionsBinder(), "0.1.0");
        ExtensionCatalog catalog = new ExtensionCatalog(List.of(new LoadedExtension<>(new TitlesSource(), "p", "1")), List.of(), List.of());
        InputRetrieval.Retrieved checked = retrieval(Map.of()).check(pipeline, dir);
        InputRetrieval.Retrieved retrieved = retrieval(Map.of()).retrieve(pipeline, dir);
        assertThat(retrieved.pipeline().inputs()).as("the search fetched two files").hasSize(3);

        assertThatThrownBy(() -> engine.plan(checked.pipeline(), dir, catalog)).as("validate")
                .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.issues()).singleElement()
                        .satisfies(issue -> assertThat(read.lineOf(issue.path())).as(issue.message()).isEqualTo(3)));
        assertThatThrownBy(() -> engine.run(retrieved.pipeline(), dir, catalog, RunProgress.NONE, List.of(), retrieved.runJsonSections()))
                .as("run").isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.issues()).singleElement()
                        .satisfies(issue -> assertThat(read.lineOf(issue.path())).as(issue.message()).isEqualTo(3)));

        PipelineFile noQuery = PipelineFile.read(Files.writeString(dir.resolve("no-query.yaml"), "inputs:\n  - 'titles:alpha'\n  - 'titles:'\n"));
        assertThatThrownBy(() -> retrieval(Map.of()).check(asWritten(noQuery), dir)).as("a search's own mistake")
                .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.issues()).singleElement()
                        .satisfies(issue -> assertThat(noQuery.lineOf(issue.path())).as(issue.message()).isEqualTo(3)));
    }

    /** The pipeline of a pipeline file's inputs, each at its item's place, as the command line builds it. */
    private Pipeline asWritten(PipelineFile file) {
        return new Pipeline(file.inputs(), List.of(), List.of(), List.of(), Map.of(), dir.resolve("out"), false, 1, NOW, List.of(),
                file.inputSources(), file.inputsAt(), false, null);
    }

    @Test
    void checkTakesRetrievalsOutWithoutRetrieving() throws Exception {
        Files.writeString(dir.resolve("a.titles"), "A\n");

        InputRetrieval.Retrieved checked = retrieval(Map.of()).check(pipeline(List.of("a.titles", "titles:x"),
                Map.of("titles", Map.of("prefix", "P"))), dir);

        assertThat(checked.pipeline().inputs()).containsExactly("a.titles");
        assertThat(checked.pipeline().options()).isEmpty();
        assertThat(checked.inputs()).containsExactly("titles:x");
        assertThat(retriever.seen).isEmpty();
    }

    @Test
    void retrieversSeeTheTimeToTheSecond() throws Exception {
        InputRetrieval retrieval = new InputRetrieval(List.of(new LoadedExtension<>(retriever, "titles-plugin", "2.0.0")),
                new OptionsBinder(), dir.resolve("cache"), Clock.fixed(Instant.parse("2026-02-03T04:05:06.789123Z"), ZoneOffset.UTC),
                Map.<String, String>of()::get, progress::add);

        RetrievalRecord record = retrieval.retrieve(pipeline(List.of("titles:a"), Map.of()), dir).retrievals().get(0);

        assertThat(record.retrieval().searched()).isEqualTo(Instant.parse("2026-02-03T04:05:06Z"));
    }

    @Test
    void theCacheRootFollowsTheEnvironment() {
        assertThat(InputRetrieval.cacheRoot(Map.of("EVIDENTIA_CACHE_DIR", "/data/cache", "XDG_CACHE_HOME", "/x")::get))
                .isEqualTo(Path.of("/data/cache"));
        assertThat(InputRetrieval.cacheRoot(Map.of("XDG_CACHE_HOME", "/x")::get)).isEqualTo(Path.of("/x/evidentia"));
        assertThat(InputRetrieval.cacheRoot(Map.<String, String>of()::get))
                .isEqualTo(Path.of(System.getProperty("user.home"), ".cache", "evidentia"));
    }

    /** An explorer's s21, D14: a cache that could not be made was told as its bare path ("evidentia: /nonexistent"). */
    @Test
    void aSearchCacheThatCannotBeMadeIsNamedWithWhyAndTheVariableThatMovesIt() throws Exception {
        Files.writeString(dir.resolve("cache"), "a file where the cache's folder would be\n");

        assertThatThrownBy(() -> retrieval(Map.of()).retrieve(pipeline(List.of("titles:alpha"), Map.of()), dir))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("titles:alpha: cannot make the search cache " + dir.resolve("cache/titles") + " (")
                .hasMessageEndingWith("): set EVIDENTIA_CACHE_DIR (or XDG_CACHE_HOME) to a folder you can write");
    }

    private InputRetrieval retrieval(Map<String, String> environment) {
        return new InputRetrieval(List.of(new LoadedExtension<>(retriever, "titles-plugin", "2.0.0")), new OptionsBinder(),
                dir.resolve("cache"), Clock.fixed(NOW, ZoneOffset.UTC), environment::get, progress::add);
    }

    private Pipeline pipeline(List<String> inputs, Map<String, Map<String, Object>> options) {
        return new Pipeline(inputs, List.of(), List.of(), List.of(), options, dir.resolve("out"), false, 1, NOW);
    }

    /** Options of {@link TitleRetriever}. */
    record TitleOptions(@JsonProperty("prefix") String prefix) {
        TitleOptions {
            prefix = prefix == null ? "" : prefix;
        }
    }

    /**
     * Writes each word of the query as a title line, each part of a query split by '|' into a file of its own; the
     * query "fail" fails as a network error would.
     */
    static final class TitleRetriever implements Retriever {
        final List<String> seen = new ArrayList<>();
        int optionsAsked;

        @Override
        public String name() {
            return "titles";
        }

        @Override
        public String description() {
            return "titles from a query";
        }

        @Override
        public Class<? extends Record> optionsType() {
            optionsAsked++;
            return TitleOptions.class;
        }

        @Override
        public Retrieval retrieve(String query, RetrievalContext context) throws IOException {
            seen.add(query + "|" + context.now() + "|" + context.environment("TITLES_KEY") + "|" + context.cacheFolder());
            if (query.equals("fail")) {
                throw new IOException("the service answered 503 three times");
            }
            String prefix = context.options(TitleOptions.class).prefix();
            List<String> words = List.of(query.split("[ |]"));
            context.progress("writing " + words.size() + " titles");
            List<Path> files = new ArrayList<>();
            for (String part : query.split("\\|")) {
                Path file = context.cacheFolder().resolve(part + ".titles");
                StringBuilder text = new StringBuilder();
                List.of(part.split(" ")).forEach(w -> text.append(prefix).append(w).append('\n'));
                Files.writeString(file, text);
                files.add(file);
            }
            context.notice(words.size() + " titles written");
            return new Retrieval(query, context.now(), words.size(), files, false, Map.of("service", "in-memory"));
        }
    }

    /** One record per line of a {@code .titles} file, the line its title. */
    static final class TitlesSource implements Source {
        @Override
        public String name() {
            return "lines";
        }

        @Override
        public String description() {
            return "titles";
        }

        @Override
        public int accepts(InputProbe probe) {
            return probe.fileName().endsWith(".titles") ? 50 : REJECT;
        }

        @Override
        public Stream<BibliographicRecord> read(SourceInput input, SourceContext context) throws IOException {
            java.io.BufferedReader reader = input.openReader();
            long[] number = {0};
            return RecordStreams.of(() -> {
                try {
                    String line = reader.readLine();
                    number[0]++;
                    return line == null ? null : BibliographicRecord.builder().title(line)
                            .origin(new Origin(name(), input.displayName(), number[0], number[0])).build();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, reader);
        }
    }
}
