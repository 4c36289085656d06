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
}
