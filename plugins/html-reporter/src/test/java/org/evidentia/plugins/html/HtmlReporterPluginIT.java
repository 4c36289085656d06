package org.evidentia.plugins.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.evidentia.api.Reporter;
import org.evidentia.testkit.PluginTestKit;
import org.evidentia.testkit.PluginsUnderTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads the built plugin zip with the real host, as the distribution does, and writes a report
 * through it: the templates and assets must be found through the plugin's own class loader.
 */
class HtmlReporterPluginIT {

    @Test
    void writesTheReportWhenLoadedFromItsZip(@TempDir Path out) throws Exception {
        try (PluginsUnderTest plugins = PluginsUnderTest.load(Path.of("target", "html-reporter-0.1.0.zip"))) {
            Reporter reporter = plugins.extension(Reporter.class, "html-summary");
            assertThat(reporter.getClass().getClassLoader()).isNotSameAs(getClass().getClassLoader());

            reporter.report(Fixtures.evidence(), PluginTestKit.reportContext(reporter, Map.of(), out));

            String html = Files.readString(out.resolve("report.html"));
            assertThat(html).contains("<h2 id=\"synthesis-heading\">", "Serum <mark>IL-6</mark> was higher");
        }
    }
}
