package org.evidentia.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Finding;
import org.evidentia.api.FindingKind;
import org.evidentia.api.NoOptions;
import org.evidentia.api.Origin;
import org.evidentia.api.RecordFindings;
import org.evidentia.runtime.design.StudyDesignClassifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An extractor that does not come back from one record is named, with the record, while the run waits for it, and again
 * when it is done (an explorer's s20, 7: a hung plugin left the progress line standing with nothing to say which).
 */
class SlowExtractionWatchTest {

    private static final FindingKind KIND = new FindingKind("marker", "Marker", "Markers", List.of(), Map.of());

    @ParameterizedTest(name = "{0} extraction threads")
    @ValueSource(ints = {1, 2})
    void anExtractorLongOnOneRecordIsNamedWithTheRecordWhileTheRunWaitsAndWhenItIsDone(int threads) throws Exception {
        CountDownLatch named = new CountDownLatch(1);
        List<String> held = new ArrayList<>();
        ProblemLog log = new ProblemLog();
        ExtractionStage.BoundExtractor hanging = new ExtractionStage.BoundExtractor(EngineFixtures.loaded(EngineFixtures.extractor("stuck",
                "waits on record 2", KIND, (record, context) -> {
                    if (record.id().equals("2")) {
                        try {
                            held.add(String.valueOf(named.await(30, TimeUnit.SECONDS)));
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    return List.<Finding>of();
                })), KIND, new ExtensionRunContext("stuck", new NoOptions(), log));
        List<RecordFindings> delivered = new ArrayList<>();

        try (DebugLog watched = new DebugLog(SlowExtractionWatch.class);
             ExtractionStage stage = new ExtractionStage(List.of(hanging), threads, () -> true, log, new StudyDesignClassifier(), RunStop.NEVER,
                     delivered::add, Duration.ofMillis(50))) {
            Thread releaser = new Thread(() -> {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (System.nanoTime() < deadline && watched.events().isEmpty()) {
                    Thread.onSpinWait();
                }
                named.countDown();
            });
            releaser.start();
            for (int i = 1; i <= 3; i++) {
                stage.submit(BibliographicRecord.builder().pmid(String.valueOf(i)).title("Record " + i)
                        .origin(new Origin("lines", "in.txt", i, 10 * i)).build());
            }
            stage.finish();
            releaser.join();
            stage.close(); // at once: its last look tells the call done, where the run ends before the watch looks again (a reviewer)

            assertThat(held).as("the extractor was let go once the watch had named it").containsExactly("true");
            assertThat(delivered).extracting(r -> r.record().id()).containsExactly("1", "2", "3");
            assertThat(watched.events()).extracting(ILoggingEvent::getLevel).containsExactly(Level.WARN, Level.WARN);
            assertThat(watched.events().get(0).getFormattedMessage())
                    .startsWith("Extractor stuck (test-plugin 1.0.0) has been on record 2 (in.txt:20, record 2) for ")
                    .contains(" s, and the run waits for it: ")
                    .contains("run without the extractor (-x naming the others, or `evidentia plugins disable test-plugin`) or without the"
                            + " record (--exclude FILE listing its id, in a run without --store)");
            assertThat(watched.events().get(1).getFormattedMessage())
                    .matches("Extractor stuck \\(test-plugin 1\\.0\\.0\\) is done with record 2 \\(in\\.txt:20, record 2\\) after \\d+ s");
        }
    }
}
