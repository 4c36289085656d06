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
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.evidentia.api.RecordFindings;
import org.evidentia.api.Reporter;
import org.evidentia.api.RunSummary;
import org.evidentia.api.Synthesis;
import org.evidentia.runtime.engine.EngineFixtures.LineSource;
import org.evidentia.runtime.engine.EngineFixtures.ListReporter;
import org.evidentia.runtime.engine.EngineFixtures.MarkerExtractor;
import org.evidentia.runtime.engine.EngineFixtures.WrappedSource;
import org.evidentia.runtime.host.LoadedExtension;
import org.evidentia.runtime.options.OptionsBinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a {@link RunRecorder} hears from a run: records, then each input's end with its deletions, in order whatever the threads. */
class RunRecorderTest {

    @TempDir
    Path dir;

    private final RunEngine engine = new RunEngine(new OptionsBinder(), "0.1.0");

    /** Writes down every call as a line. */
    private static class Log implements RunRecorder {
        final List<String> events = new ArrayList<>();

        @Override
        public void started(RunStart run) {
            events.add("started " + run.kinds().get(0).name() + " " + run.plugins().get(0).id());
        }

        @Override
        public void record(RecordFindings record) {
            events.add("record " + record.record().id() + " " + record.findings().size());
        }

        @Override
        public void inputEnded(InputEnd input) {
            events.add("end " + input.index() + " " + Path.of(input.summary().path()).getFileName() + " kept " + input.kept()
                    + " merged " + input.merged() + " deleted " + input.deleted() + " sha " + (input.summary().sha256() != null)
                    + " problems " + input.problems().size());
        }

        @Override
        public void finish(RunSummary summary, Synthesis synthesis) {
            events.add("finish");
        }

        @Override
        public String key() {
            return "log";
        }

        @Override
        public void writeValue(JsonGenerator json) throws IOException {
            json.writeStartObject();
            json.writeNumberField("events", events.size());
            json.writeEndObject();
        }
    }

    private ExtensionCatalog catalog(List<LoadedExtension<Reporter>> reporters) {
        return new ExtensionCatalog(List.of(EngineFixtures.loaded(new LineSource())), List.of(EngineFixtures.loaded(new MarkerExtractor())), reporters);
    }

    private Pipeline pipeline(List<String> inputs, int threads) {
        return new Pipeline(inputs, List.of(), List.of(), List.of(), Map.of(), dir.resolve("out"), false, threads,
                Instant.parse("2026-01-31T00:00:00Z"));
    }

    @Test
    void eachInputEndsAfterItsRecordsWithItsDeletionsWhateverTheThreads() throws Exception {
        StringBuilder a = new StringBuilder();
        for (int i = 1; i <= 150; i++) {
            a.append(i).append("||Title of study ").append(i).append(" in a long list|up:x").append(i % 3).append('\n');
        }
        Files.writeString(dir.resolve("a.lines"), a);
        Files.writeString(dir.resolve("b.lines"), "151||Another study title here|down:y\n-7\n!bad line\n-99\n");
        Files.writeString(dir.resolve("c.lines"), "-151\n");

        List<List<String>> byThreads = new ArrayList<>();
        for (int threads : new int[] {1, 3}) {
            Log log = new Log();
            RunResult result = engine.run(pipeline(List.of("a.lines", "b.lines", "c.lines"), threads), dir, catalog(List.of()), RunProgress.NONE,
                    List.of(log));
            assertThat(result.failed()).isFalse();
            byThreads.add(log.events);
            JsonNode runJson = new ObjectMapper().readTree(dir.resolve("out/run.json").toFile());
            assertThat(runJson.path("log").path("events").asInt()).isEqualTo(log.events.size());
        }
        List<String> events = byThreads.get(0);
        assertThat(byThreads.get(1)).isEqualTo(events);
        assertThat(events.get(0)).isEqualTo("started marker test-plugin");
        assertThat(events.subList(1, 151)).allMatch(e -> e.startsWith("record ") && e.endsWith(" 1"));
        assertThat(events.subList(151, events.size())).containsExactly(
                "end 0 a.lines kept 150 merged 0 deleted [] sha true problems 0",
                "record 151 1",
                "end 1 b.lines kept 1 merged 0 deleted [7, 99] sha true problems 1",
                "end 2 c.lines kept 0 merged 0 deleted [151] sha true problems 0",
                "finish");
    }

    /**
     * Copies of an earlier record's id go on to the recorder, as does a copy found by its DOI that brings the PMID the kept
     * record lacks (the review of session 19, D1: the store then knows the record by its PMID, as after two runs); copies
     * under another id are merged.
     */
    @Test
    void copiesWithAnEarlierRecordsIdOrThePmidItLacksGoOnToTheRecorderWhileCopiesUnderAnotherIdAreMerged() throws Exception {
        Files.writeString(dir.resolve("a.lines"), "1|10.1/a|First study of many things|up:x\n|10.1/b|Second study without a PMID|up:y\n");
        Files.writeString(dir.resolve("b.lines"), "1|10.1/a|First study of many things, revised|down:x\n2|10.1/b|Second study without a PMID|up:y\n"
                + "|10.1/c|First study of many things|up:x\n");
        Log log = new Log();

        RunResult result = engine.run(pipeline(List.of("a.lines", "b.lines"), 2), dir, catalog(List.of()), RunProgress.NONE, List.of(log));

        assertThat(log.events).containsExactly("started marker test-plugin", "record 1 1", "record 10.1/b 1",
                "end 0 a.lines kept 2 merged 0 deleted [] sha true problems 0",
                "record 1 1", "record 2 1",
                "end 1 b.lines kept 2 merged 1 deleted [] sha true problems 0", "finish");
        RunSummary.Counts c = result.summary().counts();
        assertThat(c.recordsRead()).isEqualTo(5);
        assertThat(c.recordsKept()).isEqualTo(4);
        assertThat(c.duplicatesMerged()).isEqualTo(1);
    }

    @Test
    void aRecordedRunsSourcesAreToldItReadsMetadataThoughItsExtractorDoesNot() throws Exception {
        Files.writeString(dir.resolve("a.lines"), "1||A study title of some length|up:x\n");
        List<Boolean> told = new ArrayList<>();
        ExtensionCatalog catalog = new ExtensionCatalog(
                List.of(EngineFixtures.loaded(new WrappedSource(new LineSource(), (input, context, records) -> {
                    told.add(context.wantsMetadata());
                    return records;
                }))),
                List.of(EngineFixtures.loaded(new MarkerExtractor(false))), List.of());
        Log log = new Log();

        engine.run(pipeline(List.of("a.lines"), 1), dir, catalog, RunProgress.NONE, List.of(log));

        assertThat(log.events).contains("record 1 1");
        assertThat(told).as("a recorder keeps records whole").containsExactly(true);
    }

    @Test
    void inputsTheCallerHashedAreNotHashedAgain() throws Exception {
        Files.writeString(dir.resolve("a.lines"), "1||A study title of some length|up:x\n");
        Files.writeString(dir.resolve("b.lines"), "2||Another study title of some length|up:y\n");
        List<String> digests = new ArrayList<>();
        RunRecorder recorder = new Log() {
            @Override
            public void inputEnded(InputEnd input) {
                digests.add(input.summary().sha256());
            }
        };

        engine.run(pipeline(List.of("a.lines", "b.lines"), 1), dir, catalog(List.of()), RunProgress.NONE, List.of(recorder), List.of(),
                new FoundInputs(Map.of(dir.resolve("a.lines"), "digest-the-caller-made"), new InputResolver.Resolution(List.of(), List.of(), List.of()), 0));

        String b = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(dir.resolve("b.lines"))));
        assertThat(digests).containsExactly("digest-the-caller-made", b);
    }

    @Test
    void aRunWithARecorderHasNoReporters() throws Exception {
        Files.writeString(dir.resolve("a.lines"), "1||A study title of some length|up:x\n");
        assertThatThrownBy(() -> engine.run(pipeline(List.of("a.lines"), 1), dir,
                catalog(List.of(EngineFixtures.loaded(new ListReporter("list", false)))), RunProgress.NONE, List.of(new Log())))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("a run recorded into log has no reporters");
    }

    /** It failed with "no input could be read", though the store had applied the deletions read before the damage. */
    @Test
    void anInputThatOnlyDeletesAndStopsPartWayIsAnInputErrorNotARunThatReadNothing() throws Exception {
        Files.writeString(dir.resolve("u.lines"), "-5\n-6\n!crash\n");
        Log log = new Log();

        RunResult result = engine.run(pipeline(List.of("u.lines"), 1), dir, catalog(List.of()), RunProgress.NONE, List.of(log));

        assertThat(result.failed()).isFalse();
        assertThat(log.events).anySatisfy(e -> assertThat(e).startsWith("end 0 u.lines kept 0 merged 0 deleted [5, 6]"));
        assertThat(result.summary().problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(RunSummary.Problem.Kind.INPUT_ERROR);
            assertThat(p.message()).contains("device not ready at line 3");
        });

        Files.writeString(dir.resolve("n.lines"), "!crash\n");
        assertThat(engine.run(pipeline(List.of("n.lines"), 1), dir, catalog(List.of()), RunProgress.NONE, List.of(new Log())).failed())
                .as("an input that gave neither a record nor a deletion before it stopped: nothing was read").isTrue();
    }

    /** A full disk met at file 300 of a baseline read and extracted the other 900 files before the run said so. */
    @Test
    void aRecorderThatStopsTheRunWhenItFailsStopsItBeforeTheNextInput() throws Exception {
        Files.writeString(dir.resolve("a.lines"), "1||A study title of some length|up:x\n");
        Files.writeString(dir.resolve("b.lines"), "2||Another study title of some length|up:x\n");
        Files.writeString(dir.resolve("c.lines"), "3||A third study title of some length|up:x\n");
        Log full = new Log() {
            @Override
            public void record(RecordFindings record) {
                if (record.record().id().equals("2")) {
                    throw new UncheckedIOException(new IOException("no space left on device"));
                }
                super.record(record);
            }

            @Override
            public boolean stopsTheRunWhenItFails() {
                return true;
            }
        };
        List<String> started = new ArrayList<>();
        RunProgress progress = new RunProgress() {
            @Override
            public void input(String name, int number, int of, long recordsRead) {
                started.add(Path.of(name).getFileName().toString());
            }
        };

        assertThatThrownBy(() -> engine.run(pipeline(List.of("a.lines", "b.lines", "c.lines"), 1), dir, catalog(List.of()), progress,
                List.of(full))).isInstanceOf(RunRecorder.Failed.class).hasMessageContaining("no space left on device");
        assertThat(started).containsExactly("a.lines", "b.lines");
        assertThat(full.events).contains("end 0 a.lines kept 1 merged 0 deleted [] sha true problems 0").doesNotContain("finish");
    }

    @Test
    void withoutARecorderDeletionsAreNotedNotLost() throws Exception {
        Files.writeString(dir.resolve("u.lines"), "1||A study title of some length|up:x\n-5\n-6\n");
        RunResult result = engine.run(pipeline(List.of("u.lines"), 1), dir, catalog(List.of(EngineFixtures.loaded(new ListReporter("list", false)))),
                RunProgress.NONE, List.of());
        assertThat(result.summary().notices()).singleElement().asString()
                .contains("u.lines deletes 2 records (<DeleteCitation>): PMIDs 5, 6; this report holds none of them.", "run --store");
    }

    // Review 20, L5: the notice named no PMID, nor whether the report holds the record PubMed withdrew
    @Test
    void aDeletionNoticeNamesThePmidsAndWhetherTheReportHoldsThem() throws Exception {
        Files.writeString(dir.resolve("a.lines"), "1||A study title of some length|up:x\n2||Another study title of some length|up:y\n");
        Files.writeString(dir.resolve("u.lines"), "-1\n");
        Files.writeString(dir.resolve("v.lines"), "-2\n-9\n");
        RunResult result = engine.run(pipeline(List.of("a.lines", "u.lines", "v.lines"), 1), dir,
                catalog(List.of(EngineFixtures.loaded(new ListReporter("list", false)))), RunProgress.NONE, List.of());
        assertThat(result.summary().notices()).hasSize(2);
        assertThat(result.summary().notices().get(0)).contains("u.lines deletes 1 record (<DeleteCitation>): PMID 1, which this report"
                + " holds though PubMed withdrew it. Deletions apply to a findings store (run --store)");
        assertThat(result.summary().notices().get(1)).contains("v.lines deletes 2 records (<DeleteCitation>): PMIDs 2, 9; this report"
                + " holds 1 of them (2) though PubMed withdrew it.");
    }
}
