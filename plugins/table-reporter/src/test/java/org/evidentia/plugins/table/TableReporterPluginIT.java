package org.evidentia.plugins.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.evidentia.api.Reporter;
import org.evidentia.testkit.PluginsUnderTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loads the built plugin zip with the real host, as the distribution does, and writes every file through it. */
class TableReporterPluginIT {

    @Test
    void writesTablesAndFindingsWhenLoadedFromItsZip(@TempDir Path out) throws Exception {
        try (PluginsUnderTest plugins = PluginsUnderTest.load(Path.of("target", "table-reporter-0.1.0.zip"))) {
            List<Reporter> reporters = plugins.extensions(Reporter.class);
            assertThat(reporters).extracting(Reporter::name).containsExactly("findings-jsonl", "review-table");
            for (Reporter reporter : reporters) {
                assertThat(reporter.getClass().getClassLoader()).isNotSameAs(getClass().getClassLoader());
                // options bound by the host's Jackson into the plugin's options record
                Map<String, ?> options = reporter.name().equals("review-table") ? Map.of("formats", "markdown") : Map.of();
                Fixtures.run().report(reporter, options, out.resolve(reporter.name()));
            }
            assertThat(Files.readAllLines(out.resolve("findings-jsonl/findings.jsonl"))).hasSize(5);
            assertThat(Files.readAllLines(out.resolve("review-table/review-table.md"))).hasSize(7);
        }
    }
}
