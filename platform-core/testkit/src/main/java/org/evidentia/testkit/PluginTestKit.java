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
import org.evidentia.api.Origin;
import org.evidentia.api.RunSummary.Problem;
import org.evidentia.api.Source;
import org.evidentia.api.SourceContext;
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
        return new PathSourceInput(file);
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
        RecordingContext context = new RecordingContext(context(source, options));
        try (Stream<BibliographicRecord> records = source.read(input(file), context)) {
            List<BibliographicRecord> all = records.toList();
            return new SourceRun(all, context.log(), context.declared());
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
     * @param records  the records, in order
     * @param log      the problems and notices reported
     * @param declared what the source stated with {@link SourceContext#inputHolds(long)}, or null
     *                 when it did not state it
     */
    public record SourceRun(List<BibliographicRecord> records, ProblemLog log, Long declared) {

        /** A run whose source stated no count. */
        public SourceRun(List<BibliographicRecord> records, ProblemLog log) {
            this(records, log, null);
        }

        /** How many records were reported skipped. */
        public long skipped() {
            return log.count(Problem.Kind.SKIPPED_RECORD);
        }

        /**
         * The records the source counted but neither returned nor reported skipped (negative when
         * it returned or skipped more than it counted), as the runtime reconciles them; 0 when the
         * source stated no count.
         */
        public long unaccounted() {
            return declared == null ? 0 : declared - records.size() - skipped();
        }
    }

    /**
     * A source's context, as the runtime gives it, that also remembers what the source states with
     * {@code inputHolds}: for harnesses that call {@link Source#read} themselves. Not thread-safe.
     */
    public static final class RecordingContext implements SourceContext {
        private final ExtensionRunContext delegate;
        private Long declared;

        /** A context with default options for {@code source}. */
        public RecordingContext(Source source) {
            this(context(source));
        }

        private RecordingContext(ExtensionRunContext delegate) {
            this.delegate = delegate;
        }

        /** The problems and notices reported so far. */
        public ProblemLog log() {
            return delegate.log();
        }

        /** What the source stated with {@code inputHolds}, or null. */
        public Long declared() {
            return declared;
        }

        @Override
        public void skipped(Origin where, String reason) {
            delegate.skipped(where, reason);
        }

        @Override
        public void warning(Origin where, String message) {
            delegate.warning(where, message);
        }

        @Override
        public void notice(String message) {
            delegate.notice(message);
        }

        @Override
        public void inputHolds(long records) {
            delegate.inputHolds(records);
            declared = records;
        }

        @Override
        public void deleted(String id) {
            delegate.deleted(id);
        }

        /** The ids the source said its input deletes, in order. */
        public List<String> deleted() {
            return delegate.deletedIds();
        }

        @Override
        public <T extends Record> T options(Class<T> type) {
            return delegate.options(type);
        }
    }
}
