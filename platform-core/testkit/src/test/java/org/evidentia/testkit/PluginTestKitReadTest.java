package org.evidentia.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.InputProbe;
import org.evidentia.api.Source;
import org.evidentia.api.SourceContext;
import org.evidentia.api.SourceInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review of session 25, A4: {@link PluginTestKit#read} passed a source that a run reports as defective (a null in its
 * stream of records), and failed on a null stream in its own code's words, so that a plugin's test passed on reads no run
 * takes. It fails them in the run's words.
 */
class PluginTestKitReadTest {

    @TempDir
    Path dir;

    /** A source that returns what it is given, whatever the file. */
    private static Source giving(BibliographicRecord... records) {
        return new Source() {
            @Override
            public String name() {
                return "giving";
            }

            @Override
            public String description() {
                return "returns the records it was made with";
            }

            @Override
            public int accepts(InputProbe probe) {
                return 50;
            }

            @Override
            public Stream<BibliographicRecord> read(SourceInput input, SourceContext context) {
                return records == null ? null : Arrays.stream(records);
            }
        };
    }

    @Test
    void aNullInTheStreamOrANullStreamFailsTheTestAsARunReportsIt() throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), "anything\n");
        BibliographicRecord record = BibliographicRecord.builder().pmid("1").title("A title").build();

        assertThat(PluginTestKit.read(giving(record), file).records()).containsExactly(record);
        assertThatThrownBy(() -> PluginTestKit.read(giving(record, null), file)).isInstanceOf(AssertionError.class)
                .hasMessage("source giving: its stream of records held a null where a record is expected (after 1 records); a run stops"
                        + " reading the file there");
        assertThatThrownBy(() -> PluginTestKit.read(giving((BibliographicRecord[]) null), file)).isInstanceOf(AssertionError.class)
                .hasMessage("source giving: read returned null where a stream of records is expected (an empty stream when the file"
                        + " holds none)");
    }

    /** The review of session 27, P15: a source or extractor that left its thread interrupted, or a null finding, passed. */
    @Test
    void aThreadLeftInterruptedOrANullFindingFailsTheTestAsARunReportsIt() throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), "anything\n");
        BibliographicRecord record = BibliographicRecord.builder().pmid("1").title("A title").build();
        Source interrupting = new Source() {
            @Override
            public String name() {
                return "interrupting";
            }

            @Override
            public String description() {
                return "interrupts its thread as it reads";
            }

            @Override
            public int accepts(InputProbe probe) {
                return 50;
            }

            @Override
            public Stream<BibliographicRecord> read(SourceInput input, SourceContext context) {
                Thread.currentThread().interrupt();
                return Stream.of(record);
            }
        };
        assertThatThrownBy(() -> PluginTestKit.read(interrupting, file)).isInstanceOf(AssertionError.class)
                .hasMessage("source interrupting left its thread interrupted (Thread.interrupt() with no stop of the run), a defect a run"
                        + " warns of");
        assertThat(Thread.currentThread().isInterrupted()).as("cleared").isFalse();

        org.evidentia.api.Extractor nulls = new org.evidentia.api.Extractor() {
            @Override
            public String name() {
                return "nulls";
            }

            @Override
            public String description() {
                return "finds a null";
            }

            @Override
            public org.evidentia.api.FindingKind findingKind() {
                return new org.evidentia.api.FindingKind("marker", "Marker", "Markers", java.util.List.of(), java.util.Map.of());
            }

            @Override
            public java.util.List<org.evidentia.api.Finding> extract(BibliographicRecord r, org.evidentia.api.ExtensionContext context) {
                return java.util.Arrays.asList((org.evidentia.api.Finding) null);
            }
        };
        assertThatThrownBy(() -> PluginTestKit.extract(nulls, record)).isInstanceOf(AssertionError.class)
                .hasMessage("nulls, record 1: its list of findings held a null where a finding is expected; a run drops the record's"
                        + " findings");
    }
}
