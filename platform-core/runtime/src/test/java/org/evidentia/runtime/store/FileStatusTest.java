package org.evidentia.runtime.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.evidentia.api.RunSummary.InputSummary;
import org.evidentia.runtime.engine.RunRecorder.InputEnd;
import org.junit.jupiter.api.Test;

/** What an input's application comes to, by how it was read. */
class FileStatusTest {

    private static InputEnd end(long records, long skipped, boolean readToEnd, long unaccounted) {
        return new InputEnd(0, new InputSummary("a.xml", "0".repeat(64), "pubmed-xml", records, skipped), readToEnd, 0, unaccounted,
                List.of(), List.of(), List.of(), List.of());
    }

    /**
     * The review of session 24, I18: a file whose source counted 13 records but read 4 and skipped 1 was applied, so later
     * runs skipped it and told its 8 lost records no more; a cut file was partial and applied again at each run.
     */
    @Test
    void anInputWithRecordsUnaccountedForIsPartialAsOneCutShortIs() {
        assertThat(FileStatus.of(end(13, 1, true, 0))).isEqualTo(FileStatus.APPLIED);
        assertThat(FileStatus.of(end(13, 1, true, 8))).isEqualTo(FileStatus.PARTIAL);
        assertThat(FileStatus.of(end(5, 1, false, 0))).isEqualTo(FileStatus.PARTIAL);
        assertThat(FileStatus.of(end(3, 3, true, 2))).as("every record read skipped").isEqualTo(FileStatus.UNKEPT);
    }
}
