package org.evidentia.plugins.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.evidentia.api.Reporter;
import org.evidentia.testkit.PluginTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

/** Loads the built plugin zip with PF4J, as the distribution does, and writes every file through it. */
class TableReporterPluginIT {

    @Test
    void writesTablesAndFindingsWhenLoadedFromItsZip(@TempDir Path plugins, @TempDir Path out) throws Exception {
        Path zip = Path.of("target", "table-reporter-0.1.0.zip");
        assertThat(zip).as("run after package: mvn verify").exists();
        Files.copy(zip, plugins.resolve(zip.getFileName()));
        PluginManager manager = new DefaultPluginManager(plugins);
        try {
            manager.loadPlugins();
            manager.startPlugins();
            PluginWrapper plugin = manager.getPlugin("table-reporter");
            assertThat(plugin.getPluginState()).isEqualTo(PluginState.STARTED);
            List<Reporter> reporters = manager.getExtensions(Reporter.class, "table-reporter");
            assertThat(reporters).extracting(Reporter::name).containsExactlyInAnyOrder("findings-jsonl", "review-table");
            for (Reporter reporter : reporters) {
                assertThat(reporter.getClass().getClassLoader()).isSameAs(plugin.getPluginClassLoader());
                // options bound by the host's Jackson into the plugin's options record
                Map<String, ?> options = reporter.name().equals("review-table") ? Map.of("formats", "markdown") : Map.of();
                reporter.report(Fixtures.evidence(), PluginTestKit.reportContext(reporter, options, out.resolve(reporter.name())));
            }
            assertThat(Files.readAllLines(out.resolve("findings-jsonl/findings.jsonl"))).hasSize(5);
            assertThat(Files.readAllLines(out.resolve("review-table/review-table.md"))).hasSize(7);
        } finally {
            manager.stopPlugin("table-reporter");
            manager.unloadPlugins();
        }
    }
}
