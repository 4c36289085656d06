package org.evidentia.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class BulkProgressTest {

    @Test
    void aLogGetsALinePerInputWithTheRecordsExtractedAndTheirFindings() {
        StringWriter log = new StringWriter();
        try (ConsoleProgress bar = ConsoleProgress.create(false)) {
            BulkProgress progress = new BulkProgress(bar, new PrintWriter(log), true, List.of(100L, 100L, 100L));
            progress.input("a.xml", 1, 3, 0);
            progress.records(1_280, 12);
            progress.input("b.xml", 2, 3, 1_500);
            progress.input("c.xml", 3, 3, 3_000);
        }
        assertThat(log.toString().lines().toList()).hasSize(3).satisfies(lines -> {
            assertThat(lines.get(0)).startsWith("progress: file 1 of 3 (a.xml): 0 records read, 0 extracted with 0 findings");
            assertThat(lines.get(1)).startsWith("progress: file 2 of 3 (b.xml): 1,500 records read, 1,280 extracted with 12 findings");
            assertThat(lines.get(2)).startsWith("progress: file 3 of 3 (c.xml): 3,000 records read, 1,280 extracted with 12 findings");
        });
    }
}
