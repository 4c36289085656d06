package org.evidentia.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.evidentia.api.Api;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Extension;
import org.evidentia.api.Extractor;
import org.evidentia.api.Finding;
import org.evidentia.api.FindingKind;
import org.evidentia.api.RunSummary.Problem;
import org.evidentia.api.Source;
import org.evidentia.api.SourceContext;
import org.evidentia.runtime.engine.FindingContract;
import org.evidentia.runtime.input.PathSourceInput;
import org.evidentia.runtime.options.OptionsBinder;
import org.evidentia.runtime.options.OptionsException;

/**
 * Entry points of the testkit for plain unit tests: inputs, contexts, option binding and whole
 * source reads, each backed by the runtime's own implementation. {@link EvidentiaPluginTest} injects
 * the same things (and the plugin loaded by the real host) as test method parameters.
 *
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public final class PluginTestKit {

    private PluginTestKit() {
    }

    /**
     * A file as the runtime hands it to sources (gzip decompressed, UTF-8, BOM removed).
     *
     * @since 0.1
     */
    public static TestInput input(Path file) {
        return new FileInput(new PathSourceInput(file));
    }

    /**
     * A test resource as a file, e.g. {@code resource("fixtures/medline/two.nbib")} for
     * {@code src/test/resources/fixtures/medline/two.nbib}.
     *
     * @throws IllegalArgumentException when there is no such resource
     * @since 0.1
     */
    public static Path resource(String name) {
        URL url = Thread.currentThread().getContextClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalArgumentException("no test resource " + name + " (expected under src/test/resources)");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A context with the extension's options bound from {@code options} (empty for defaults).
     *
     * @throws IllegalArgumentException with the message a user would see, when an option is invalid
     * @since 0.1
     */
    public static TestContext context(Extension extension, Map<String, ?> options) {
        return new TestContext(extension.name(), bind(extension, options), true);
    }

    /**
     * A context with default options.
     *
     * @since 0.1
     */
    public static TestContext context(Extension extension) {
        return context(extension, Map.of());
    }

    /**
     * Binds options as the runtime does.
     *
     * @throws IllegalArgumentException carrying the user-facing message, when an option is invalid
     * @since 0.1
     */
    public static Record bind(Extension extension, Map<String, ?> options) {
        try {
            return new OptionsBinder().bind(extension.name(), extension.optionsType(), options);
        } catch (OptionsException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /**
     * The findings {@code extractor} makes from {@code record} with {@code options} bound (empty for
     * defaults), held to the contract a run holds them to: each of the record, of the extractor's
     * kind and vocabulary, its sentence and mention where the record's text has them. A run drops
     * a finding that breaks it and reports why; here the test fails with the same words, so that a
     * test cannot pass on findings no run would keep.
     *
     * @throws AssertionError naming the finding and its breach ("finding dropped: its kind x is not
     *     the extractor's kind y")
     * @throws IllegalArgumentException with the message a user would see, when an option is invalid
     * @since 0.1
     */
    public static List<Finding> extract(Extractor extractor, BibliographicRecord record, Map<String, ?> options) {
        List<Finding> findings = extractor.extract(record, context(extractor, options));
        // what a run warns of or drops fails the test too (the review of session 27, P15: both passed)
        if (Thread.interrupted()) {
            throw new AssertionError("extractor " + extractor.name() + " left its thread interrupted on record " + record.id()
                    + " (Thread.interrupt() with no stop of the run), a defect a run warns of");
        }
        if (findings == null) {
            throw new AssertionError(extractor.name() + " returned null for record " + record.id() + ": an extractor returns a list, empty for none");
        }
        if (findings.stream().anyMatch(java.util.Objects::isNull)) {
            throw new AssertionError(extractor.name() + ", record " + record.id() + ": its list of findings held a null where a finding is"
                    + " expected; a run drops the record's findings");
        }
        FindingKind kind = extractor.findingKind();
        for (Finding finding : findings) {
            FindingContract.breach(record, finding, kind).ifPresent(breach -> {
                throw new AssertionError(extractor.name() + ", record " + record.id() + ": finding dropped: " + breach + " (" + finding + ")");
            });
        }
        return findings;
    }

    /**
     * As {@link #extract(Extractor, BibliographicRecord, Map)} with default options.
     *
     * @since 0.1
     */
    public static List<Finding> extract(Extractor extractor, BibliographicRecord record) {
        return extract(extractor, record, Map.of());
    }

    /**
     * Reads a whole file with a source, as the runtime would, collecting records and problems.
     *
     * @throws UncheckedIOException when the source cannot read the file at all
     * @since 0.1
     */
    public static SourceRun read(Source source, Path file, Map<String, ?> options) {
        return read(source, file, context(source, options));
    }

    /**
     * Reads a whole file with a source in the given context (one {@link TestContext#withoutMetadata()}
     * gives, say), collecting records and problems.
     *
     * @param context a context of this source's, not used before
     * @throws UncheckedIOException when the source cannot read the file at all
     * @throws AssertionError when the source breaks the contract a run holds it to: {@code read} returns null, or its stream
     *     holds a null
     * @since 0.1
     */
    public static SourceRun read(Source source, Path file, TestContext context) {
        try (Stream<BibliographicRecord> records = source.read(input(file), context)) {
            // what a run reports as the source's defect fails the test in the same words, so that a test cannot pass on a read
            // no run would take (the review of session 25, A4: a null stream failed in the testkit's own code, a null record passed)
            if (records == null) {
                throw new AssertionError("source " + source.name() + ": read returned null where a stream of records is expected (an"
                        + " empty stream when the file holds none)");
            }
            List<BibliographicRecord> all = records.toList();
            if (Thread.interrupted()) {
                throw new AssertionError("source " + source.name() + " left its thread interrupted (Thread.interrupt() with no stop of the"
                        + " run), a defect a run warns of");
            }
            int at = all.indexOf(null);
            if (at >= 0) {
                throw new AssertionError("source " + source.name() + ": its stream of records held a null where a record is expected"
                        + " (after " + at + " records); a run stops reading the file there");
            }
            return new SourceRun(all, context.log(), context.declared());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code record} with empty metadata and every other field as it is: what a source that leaves
     * metadata out returns ({@link TestContext#withoutMetadata()}), to compare with a full read.
     *
     * @since 0.1
     */
    public static BibliographicRecord withoutMetadata(BibliographicRecord record) {
        return new BibliographicRecord(record.id(), record.pmid(), record.doi(), record.pmcid(), record.title(), record.sections(),
                record.authors(), record.journal(), record.year(), record.publicationTypes(), record.meshTerms(), record.keywords(),
                Map.of(), record.origins(), record.version());
    }

    /**
     * As {@link #read(Source, Path, Map)} with default options.
     *
     * @since 0.1
     */
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
     * @since 0.1
     */
    @Api(status = Api.Status.STABLE, since = "0.1")
    public record SourceRun(List<BibliographicRecord> records, Problems log, Long declared) {

        /**
         * A run whose source stated no count.
         *
         * @since 0.1
         */
        public SourceRun(List<BibliographicRecord> records, Problems log) {
            this(records, log, null);
        }

        /**
         * How many records were reported skipped.
         *
         * @since 0.1
         */
        public long skipped() {
            return log.count(Problem.Kind.SKIPPED_RECORD);
        }

        /**
         * The records the source counted but neither returned nor reported skipped (negative when
         * it returned or skipped more than it counted), as the runtime reconciles them; 0 when the
         * source stated no count.
         *
         * @since 0.1
         */
        public long unaccounted() {
            return declared == null ? 0 : declared - records.size() - skipped();
        }
    }

    /** The runtime's file input, behind the testkit's own type. */
    private record FileInput(PathSourceInput file) implements TestInput {

        @Override
        public Path path() {
            return file.path();
        }

        @Override
        public String displayName() {
            return file.displayName();
        }

        @Override
        public InputStream openStream() throws IOException {
            return file.openStream();
        }

        @Override
        public BufferedReader openReader() throws IOException {
            return file.openReader();
        }

        @Override
        public String fileName() {
            return file.fileName();
        }

        @Override
        public byte[] head() {
            return file.head();
        }

        @Override
        public String headText() {
            return file.headText();
        }
    }
}
