package org.evidentia.plugins.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Security review 2, #10: the report forbids every fetch and runs only its own style sheet and script. */
class ContentSecurityPolicyTest {

    @TempDir
    Path out;

    private static String hashSource(String text) throws Exception {
        return "'sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8))) + "'";
    }

    @Test
    void thePageAllowsNoFetchAndOnlyItsOwnStyleAndScriptByHash() throws Exception {
        String html = HtmlSummaryReporterTest.write(Fixtures.run(), out, Map.of());
        Document doc = Jsoup.parse(html);

        assertThat(doc.select("head meta[http-equiv=Content-Security-Policy]")).hasSize(1);
        String policy = doc.selectFirst("head meta[http-equiv=Content-Security-Policy]").attr("content");
        // the policy must come before the elements it governs
        assertThat(html.indexOf("Content-Security-Policy")).isLessThan(html.indexOf("<style>"));
        assertThat(doc.select("style")).hasSize(1);
        assertThat(doc.select("script")).hasSize(1);
        String style = doc.selectFirst("style").data();
        String script = doc.selectFirst("script").data();
        assertThat(policy).isEqualTo("default-src 'none'; style-src " + hashSource(style) + "; script-src " + hashSource(script)
                + "; img-src data:; base-uri 'none'; form-action 'none'");
        assertThat(doc.select("[style]")).as("style attributes would need 'unsafe-inline'").isEmpty();
        // review 32, L10: a click on a PubMed or doi.org link does not tell those sites where the report is published
        assertThat(doc.select("head meta[name=referrer]")).singleElement().satisfies(m -> assertThat(m.attr("content")).isEqualTo("no-referrer"));
    }

    @Test
    void theHashIsOfTheExactText() throws IOException {
        assertThat(ReportRenderer.hashSource("")).isEqualTo("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    }
}
