package org.evidentia.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Extension;
import org.evidentia.api.Source;
import org.evidentia.runtime.engine.ExtensionRunContext;
import org.evidentia.runtime.engine.ProblemLog;
import org.evidentia.runtime.input.PathSourceInput;
import org.evidentia.runtime.options.OptionsBinder;
import org.evidentia.runtime.options.OptionsException;

/** Entry points of the testkit: inputs, contexts and whole source reads. */
public final class PluginTestKit {

    private PluginTestKit() {
    }

    /** A file as the runtime hands it to sources (gzip decompressed, UTF-8, BOM removed). */
    public static PathSourceInput input(Path file) {
        try {
            return new PathSourceInput(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A test resource as a file, e.g. {@code resource("fixtures/medline/two.nbib")} for
     * {@code src/test/resources/fixtures/medline/two.nbib}.
     *
     * @throws IllegalArgumentException when there is no such resource
     */
    public static Path resource(String name) {
        URL url = Thread.currentThread().getContextClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalArgumentException("no test resource " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A context with the extension's options bound from {@code options} (empty for defaults). */
    public static ExtensionRunContext context(Extension extension, Map<String, ?> options) {
        return new ExtensionRunContext(extension.name(), bind(extension, options), new ProblemLog());
    }

    /** A context with default options. */
    public static ExtensionRunContext context(Extension extension) {
        return context(extension, Map.of());
    }

    /** Binds options as the runtime does; an {@link IllegalArgumentException} carries the user-facing message. */
    public static Record bind(Extension extension, Map<String, ?> options) {
        try {
            return new OptionsBinder().bind(extension.name(), extension.optionsType(), options);
        } catch (OptionsException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** Reads a whole file with a source, as the runtime would, collecting records and problems. */
    public static SourceRun read(Source source, Path file, Map<String, ?> options) {
        ExtensionRunContext context = context(source, options);
        try (Stream<BibliographicRecord> records = source.read(input(file), context)) {
            List<BibliographicRecord> all = records.toList();
            return new SourceRun(all, context.log());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As {@link #read(Source, Path, Map)} with default options. */
    public static SourceRun read(Source source, Path file) {
        return read(source, file, Map.of());
    }

    /**
     * What one source read of one file gave.
     *
     * @param records the records, in order
     * @param log     the problems and notices reported
     */
    public record SourceRun(List<BibliographicRecord> records, ProblemLog log) {
    }
}
