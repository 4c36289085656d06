package org.evidentia.plugins.html;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Renders the report's page with Pebble at the end of the run ({@link #page}), with the fragments
 * {@link FragmentHtml} wrote as records flowed by. The page inlines the plugin's stylesheet and
 * script, so it needs nothing from the network and works from a {@code file://} URL. Autoescaping
 * is on: every value is HTML-escaped by {@link HtmlEscaper} (quotes included, so values are safe in
 * attributes too); only the plugin's own CSS and JS and fragments it rendered itself are printed raw.
 *
 * <p>The page carries a Content-Security-Policy that lets it load nothing at all: its one style
 * sheet and its one script run because their SHA-256 hashes are named, images only from
 * {@code data:} URLs (the favicon). Should a value ever slip past escaping, an injected script or
 * style would not run and nothing could be fetched from the network, which the footer promises.
 * Thread-safe.
 */
final class ReportRenderer {

    private static final String ROOT = "org/evidentia/plugins/html/";

    private final PebbleTemplate page;
    private final String css;
    private final String script;
    private final String contentSecurityPolicy;

    ReportRenderer() {
        // Inside PF4J the plugin's classes and resources are only visible to the plugin's class
        // loader, not to Pebble's default (thread context) one.
        ClassLoader pluginLoader = ReportRenderer.class.getClassLoader();
        ClasspathLoader loader = new ClasspathLoader(pluginLoader);
        loader.setPrefix(ROOT + "templates");
        loader.setSuffix(".peb");
        PebbleEngine engine = new PebbleEngine.Builder()
                .loader(loader)
                .autoEscaping(true)
                .addEscapingStrategy("html", HtmlEscaper::escape) // in place of Pebble's own, which escapes alike
                .strictVariables(true)
                .defaultLocale(Locale.ROOT)
                .newLineTrimming(true)
                .build();
        this.page = engine.getTemplate("report");
        this.css = resource(pluginLoader, ROOT + "assets/report.css");
        this.script = resource(pluginLoader, ROOT + "assets/report.js");
        // the template puts each between its tags as it is, so the hash of the resource is the hash of the element's text
        this.contentSecurityPolicy = "default-src 'none'; style-src " + hashSource(css) + "; script-src " + hashSource(script)
                + "; img-src data:; base-uri 'none'; form-action 'none'";
    }

    /** {@code 'sha256-...'}: the CSP source that allows an inline element with exactly this text. */
    static String hashSource(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(hash) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** Writes the page. */
    void page(ReportView view, Writer out) throws IOException {
        Map<String, Object> context = new HashMap<>();
        context.put("report", view);
        context.put("css", css);
        context.put("script", script);
        context.put("contentSecurityPolicy", contentSecurityPolicy);
        page.evaluate(out, context, Locale.ROOT);
    }

    private static String resource(ClassLoader loader, String name) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the html-reporter plugin lacks its resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
