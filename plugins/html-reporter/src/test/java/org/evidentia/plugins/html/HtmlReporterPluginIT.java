package org.evidentia.plugins.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.evidentia.api.Reporter;
import org.evidentia.testkit.PluginsUnderTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads the built plugin zip with the real host, as the distribution does, and drives it through a
 * whole run as the runtime does: the templates and assets must be found through the plugin's own
 * class loader, and its page must equal the one the classes on the test class path write.
 */
class HtmlReporterPluginIT {

    @Test
    void writesTheReportWhenLoadedFromItsZip(@TempDir Path out, @TempDir Path direct) throws Exception {
        try (PluginsUnderTest plugins = PluginsUnderTest.load(Path.of("target", "html-reporter-0.1.0.zip"))) {
            Reporter reporter = plugins.extension(Reporter.class, "html-summary");
            assertThat(reporter.getClass().getClassLoader()).isNotSameAs(getClass().getClassLoader());

            assertThat(Fixtures.run().report(reporter, Map.of(), out)).containsExactly(Path.of("report.html"));

            String html = Files.readString(out.resolve("report.html"));
            Document doc = Jsoup.parse(html);
            assertThat(doc.select("#kind-cytokine-change h2").text()).isEqualTo("Cytokines");
            assertThat(doc.select("#kind-cytokine-change details.stratum")).hasSize(3);
            assertThat(html).contains("Serum <mark>IL-6</mark> was higher");
            Fixtures.run().report(new HtmlSummaryReporter(), Map.of(), direct);
            assertThat(html).isEqualTo(Files.readString(direct.resolve("report.html")));
        }
    }
}
