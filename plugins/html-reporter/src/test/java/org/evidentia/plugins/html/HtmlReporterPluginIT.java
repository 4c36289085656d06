package org.evidentia.plugins.html;

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

/**
 * Loads the built plugin zip with PF4J, as the distribution does, and writes a report through it:
 * the templates and assets must be found through the plugin's own class loader.
 */
class HtmlReporterPluginIT {

    @Test
    void writesTheReportWhenLoadedFromItsZip(@TempDir Path plugins, @TempDir Path out) throws Exception {
        Path zip = Path.of("target", "html-reporter-0.1.0.zip");
        assertThat(zip).as("run after package: mvn verify").exists();
        Files.copy(zip, plugins.resolve(zip.getFileName()));
        PluginManager manager = new DefaultPluginManager(plugins);
        try {
            manager.loadPlugins();
            manager.startPlugins();
            PluginWrapper plugin = manager.getPlugin("html-reporter");
            assertThat(plugin.getPluginState()).isEqualTo(PluginState.STARTED);
            List<Reporter> reporters = manager.getExtensions(Reporter.class, "html-reporter");
            assertThat(reporters).extracting(Reporter::name).containsExactly("html-summary");
            Reporter reporter = reporters.get(0);
            assertThat(reporter.getClass().getClassLoader()).isSameAs(plugin.getPluginClassLoader());

            reporter.report(Fixtures.evidence(), PluginTestKit.reportContext(reporter, Map.of(), out));

            String html = Files.readString(out.resolve("report.html"));
            assertThat(html).contains("<h2 id=\"synthesis-heading\">", "Serum <mark>IL-6</mark> was higher");
        } finally {
            manager.stopPlugin("html-reporter");
            manager.unloadPlugins();
        }
    }
}
