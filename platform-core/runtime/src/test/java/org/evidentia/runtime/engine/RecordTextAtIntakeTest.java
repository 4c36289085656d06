package org.evidentia.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evidentia.api.RecordFindings;
import org.evidentia.api.ReportContext;
import org.evidentia.api.ReportWriter;
import org.evidentia.api.Reporter;
import org.evidentia.api.RunSummary;
import org.evidentia.api.Synthesis;
import org.evidentia.runtime.engine.EngineFixtures.LineSource;
import org.evidentia.runtime.engine.EngineFixtures.MarkerExtractor;
import org.evidentia.runtime.options.OptionsBinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Security review 2, #9: control characters from an input reach neither extraction nor any reporter; offsets are kept. */
class RecordTextAtIntakeTest {

    @TempDir
    Path dir;

    /** Keeps what it is given. */
    private static final class KeepingReporter implements Reporter {
        final List<RecordFindings> records = new ArrayList<>();

        @Override
        public String name() {
            return "keeping";
        }

        @Override
        public String description() {
            return "keeps the records";
        }

        @Override
        public ReportWriter start(ReportContext context) {
            return new ReportWriter() {
                @Override
                public void record(RecordFindings record) {
                    records.add(record);
                }

                @Override
                public void finish(RunSummary summary, Synthesis synthesis) {
                }

                @Override
                public void close() {
                }
            };
        }
    }

    @Test
    void controlCharactersBecomeReplacementCharactersOneForOneBeforeExtraction() throws Exception {
        Files.writeString(dir.resolve("a.lines"), "1|10.1/x|Title\u0000\u0007\u001b[31mRED|Serum \u001b]0;pwned\u0007 up:il6 in\ttab\r\n"
                + "2|10.1/y|Plain title|Serum up:tnf rose\n");
        KeepingReporter kept = new KeepingReporter();
        ExtensionCatalog catalog = new ExtensionCatalog(List.of(EngineFixtures.loaded(new LineSource())),
                List.of(EngineFixtures.loaded(new MarkerExtractor())), List.of(EngineFixtures.loaded(kept)));
        Pipeline pipeline = new Pipeline(List.of("a.lines"), List.of(), List.of(), List.of(), Map.of(), dir.resolve("out"), false, 1,
                Instant.parse("2026-01-31T00:00:00Z"));

        new RunEngine(new OptionsBinder(), "0.1.0").run(pipeline, dir, catalog, RunProgress.NONE, List.of());

        assertThat(kept.records).hasSize(2);
        RecordFindings damaged = kept.records.get(0);
        assertThat(damaged.record().title()).isEqualTo("Title\uFFFD\uFFFD\uFFFD[31mRED");
        String text = damaged.record().abstractText();
        assertThat(text).isEqualTo("Serum \uFFFD]0;pwned\uFFFD up:il6 in\ttab");
        assertThat(damaged.findings()).singleElement().satisfies(f -> {
            assertThat(f.evidence().sentence()).isEqualTo(text);
            assertThat(text.substring(f.evidence().mentionStart(), f.evidence().mentionEnd())).isEqualTo("il6");
        });
        assertThat(kept.records.get(1).record().title()).isEqualTo("Plain title");
    }
}
