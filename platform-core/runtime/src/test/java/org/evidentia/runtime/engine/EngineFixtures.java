package org.evidentia.runtime.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Direction;
import org.evidentia.api.EvidenceSpan;
import org.evidentia.api.ExtensionContext;
import org.evidentia.api.Extractor;
import org.evidentia.api.Finding;
import org.evidentia.api.FindingKind;
import org.evidentia.api.InputProbe;
import org.evidentia.api.NoOptions;
import org.evidentia.api.Origin;
import org.evidentia.api.RecordFindings;
import org.evidentia.api.ReportContext;
import org.evidentia.api.ReportWriter;
import org.evidentia.api.Reporter;
import org.evidentia.api.Source;
import org.evidentia.api.SourceContext;
import org.evidentia.api.SourceInput;
import org.evidentia.api.RunSummary;
import org.evidentia.api.Subject;
import org.evidentia.api.Synthesis;
import org.evidentia.runtime.host.LoadedExtension;

/** Small real extensions for engine tests, used without PF4J. */
final class EngineFixtures {

    private EngineFixtures() {
    }

    static <T extends org.evidentia.api.Extension> LoadedExtension<T> loaded(T extension) {
        return new LoadedExtension<>(extension, "test-plugin", "1.0.0");
    }

    /** Reads as {@code source} does, and hands each stream it returns, with the read's context, through {@code around} (to watch or pace it). */
    record WrappedSource(Source source, Around around) implements Source {
        @FunctionalInterface
        interface Around {
            Stream<BibliographicRecord> apply(SourceInput input, SourceContext context, Stream<BibliographicRecord> records);
        }

        @Override
        public String name() {
            return source.name();
        }

        @Override
        public String description() {
            return source.description();
        }

        @Override
        public int accepts(InputProbe probe) {
            return source.accepts(probe);
        }

        @Override
        public Stream<BibliographicRecord> read(SourceInput input, SourceContext context) throws IOException {
            return around.apply(input, context, source.read(input, context));
        }
    }

    /** Extracts as {@code extractor} does, after running {@code before} on each record (to hold, pace or watch it). */
    record WatchedExtractor(Extractor extractor, Consumer<BibliographicRecord> before) implements Extractor {
        @Override
        public String name() {
            return extractor.name();
        }

        @Override
        public String description() {
            return extractor.description();
        }

        @Override
        public FindingKind findingKind() {
            return extractor.findingKind();
        }

        @Override
        public List<Finding> extract(BibliographicRecord record, ExtensionContext context) {
            before.accept(record);
            return extractor.extract(record, context);
        }
    }

    /** How a test source made by {@link #source} reads an input. */
    @FunctionalInterface
    interface Reading {
        Stream<BibliographicRecord> read(SourceInput input, SourceContext context) throws IOException;
    }

    /**
     * An extractor named {@code name}, described as {@code description}, of a kind {@code kind} with no attributes, that
     * extracts with {@code extracting}.
     */
    static Extractor extractor(String name, String description, FindingKind kind,
                               BiFunction<BibliographicRecord, ExtensionContext, List<Finding>> extracting) {
        return new Extractor() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String description() {
                return description;
            }

            @Override
            public FindingKind findingKind() {
                return kind;
            }

            @Override
            public List<Finding> extract(BibliographicRecord record, ExtensionContext context) {
                return extracting.apply(record, context);
            }
        };
    }

    /** A source named {@code name} that scores a file with {@code accepts} and reads it with {@code reading}. */
    static Source source(String name, ToIntFunction<InputProbe> accepts, Reading reading) {
        return new Source() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String description() {
                return "the test source " + name;
            }

            @Override
            public int accepts(InputProbe probe) {
                return accepts.applyAsInt(probe);
            }

            @Override
            public Stream<BibliographicRecord> read(SourceInput input, SourceContext context) throws IOException {
                return reading.read(input, context);
            }
        };
    }

    /**
     * Reads {@code .lines} files: one record per line, {@code pmid|doi|title|abstract}; a line
     * starting with ! is bad, the line {@code !crash} makes reading fail there, the line {@code !bug}
     * makes it throw as a defect of the source would (an {@code IllegalStateException}), the line {@code !missing} as
     * one whose zip lacks a library (a {@code NoClassDefFoundError}), the line {@code !heap} as Java out of memory, and a line
     * {@code -ID} says the input deletes record ID.
     */
    static final class LineSource implements Source {
        @Override
        public String name() {
            return "lines";
        }

        @Override
        public String description() {
            return "pipe-separated lines";
        }

        @Override
        public int accepts(InputProbe probe) {
            return probe.fileName().endsWith(".lines") ? 50 : REJECT;
        }

        @Override
        public Stream<BibliographicRecord> read(SourceInput input, SourceContext context) throws IOException {
            BufferedReader reader = input.openReader();
            long[] line = {0};
            return reader.lines().map(text -> {
                line[0]++;
                Origin origin = new Origin(name(), input.displayName(), line[0], line[0]);
                if (text.equals("!crash")) {
                    throw new UncheckedIOException(new IOException("device not ready at line " + line[0]));
                }
                if (text.equals("!bug")) {
                    throw new IllegalStateException("no state for line " + line[0]);
                }
                if (text.equals("!missing")) {
                    throw new NoClassDefFoundError("com/example/missing/Lib"); // a library the plugin's zip lacks
                }
                if (text.equals("!heap")) {
                    throw new OutOfMemoryError("Java heap space"); // as a record too large for the heap would
                }
                if (text.startsWith("-")) {
                    context.deleted(text.substring(1));
                    return null;
                }
                String[] f = text.split("\\|", -1);
                if (text.startsWith("!") || f.length != 4) {
                    context.skipped(origin, "expected pmid|doi|title|abstract");
                    return null;
                }
                return BibliographicRecord.builder().pmid(f[0]).doi(f[1]).title(f[2]).section(null, f[3]).year(2020).origin(origin).build();
            }).filter(java.util.Objects::nonNull).onClose(() -> {
                try {
                    reader.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /**
     * Reads {@code .lossy} files, one record per line, and counts every line with
     * {@link SourceContext#inputHolds}; but it drops lines that start with # without a word.
     */
    static final class LossySource implements Source {
        @Override
        public String name() {
            return "lossy";
        }

        @Override
        public String description() {
            return "loses # lines, and reads a + line as two records";
        }

        @Override
        public int accepts(InputProbe probe) {
            return probe.fileName().endsWith(".lossy") ? 50 : REJECT;
        }

        @Override
        public Stream<BibliographicRecord> read(SourceInput input, SourceContext context) throws IOException {
            List<String> lines;
            try (BufferedReader reader = input.openReader()) {
                lines = reader.lines().toList();
            }
            context.inputHolds(lines.size());
            List<BibliographicRecord> records = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.startsWith("+")) { // split in two records, as a parser that counts lines but splits some would
                    records.add(BibliographicRecord.builder().pmid(line.substring(1) + "0").title("Title " + line + "0")
                            .origin(new Origin(name(), input.displayName(), i + 1, i + 1)).build());
                    line = line.substring(1);
                }
                if (!line.startsWith("#")) {
                    records.add(BibliographicRecord.builder().pmid(line).title("Title " + line)
                            .origin(new Origin(name(), input.displayName(), i + 1, i + 1)).build());
                }
            }
            return records.stream();
        }
    }

    /**
     * Finds {@code up:NAME} and {@code down:NAME} in abstracts, in serum or, with {@code @csf}, in CSF, or with
     * {@code @unstated} in no specimen stated; throws on the word boom, and overflows the stack on the word abyss.
     * {@code askew:NAME} gives a finding whose mention offsets are one char early, as a buggy extractor's would.
     */
    static final class MarkerExtractor implements Extractor {
        private static final Pattern MARK = Pattern.compile("(up|down|askew):(\\w+)(?:@(csf|unstated))?");
        private final Predicate<ExtensionContext> readsMetadata;

        MarkerExtractor() {
            this(true);
        }

        MarkerExtractor(boolean readsMetadata) {
            this(context -> readsMetadata);
        }

        /** One whose answer to {@link #readsMetadata} is {@code readsMetadata}'s (which may throw). */
        MarkerExtractor(Predicate<ExtensionContext> readsMetadata) {
            this.readsMetadata = readsMetadata;
        }

        @Override
        public boolean readsMetadata(ExtensionContext context) {
            context.options(NoOptions.class); // the run's options for it are there to be read
            return readsMetadata.test(context);
        }

        @Override
        public String name() {
            return "markers";
        }

        @Override
        public String description() {
            return "up:X and down:X markers";
        }

        @Override
        public FindingKind findingKind() {
            return new FindingKind("marker", "Marker", "Markers",
                    List.of(new FindingKind.Attribute("specimen", "Specimen", List.of("serum", "csf"), FindingKind.Attribute.Role.BREAKDOWN)), Map.of());
        }

        @Override
        public List<Finding> extract(BibliographicRecord record, ExtensionContext context) {
            String text = record.text(BibliographicRecord.FIELD_ABSTRACT);
            if (text.contains("unbundled")) {
                throw new NoClassDefFoundError("com/example/missing/Lib"); // a library its plugin's zip lacks
            }
            if (text.contains("boom")) {
                throw new IllegalStateException("cannot parse " + record.id());
            }
            if (text.contains("abyss")) {
                throw new StackOverflowError(); // as a recursion too deep for the thread's stack ends
            }
            if (text.contains("void")) {
                return null; // as an author's extractor that forgot its empty list
            }
            if (text.contains("slow")) {
                java.util.concurrent.locks.LockSupport.parkNanos(300_000); // slower than any source here, so that reading runs ahead
            }
            List<Finding> found = new ArrayList<>();
            Matcher m = MARK.matcher(text);
            while (m.find()) {
                int skew = m.group(1).equals("askew") ? 1 : 0;
                found.add(new Finding(record.id(), "marker", new Subject(m.group(2).toUpperCase(), m.group(2), m.group(2)),
                        m.group(1).equals("down") ? Direction.DECREASED : Direction.INCREASED, specimen(m.group(3)),
                        new EvidenceSpan(BibliographicRecord.FIELD_ABSTRACT, null, text, 0, text.length(), m.start(2) - skew, m.end(2) - skew), null, null));
            }
            if (text.contains("hole")) {
                found.add(null); // as an author's list with a slot left empty
            }
            return found;
        }

        private static Map<String, String> specimen(String marked) {
            return marked == null ? Map.of("specimen", "serum") : marked.equals("csf") ? Map.of("specimen", "csf") : Map.of();
        }
    }

    /** Writes one line per finding as records come, then the number of records; fails after writing half when asked to. */
    static final class ListReporter implements Reporter {
        private final String name;
        private final boolean explode;
        private final boolean readsMetadata;

        ListReporter(String name, boolean explode) {
            this(name, explode, true);
        }

        ListReporter(String name, boolean explode, boolean readsMetadata) {
            this.name = name;
            this.explode = explode;
            this.readsMetadata = readsMetadata;
        }

        @Override
        public boolean readsMetadata(ExtensionContext context) {
            context.options(NoOptions.class); // the run's options for it are there to be read
            return readsMetadata;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String description() {
            return "lists findings";
        }

        @Override
        public ReportWriter start(ReportContext context) throws IOException {
            Writer out = new OutputStreamWriter(context.output().create(name + ".txt"), StandardCharsets.UTF_8);
            return new ReportWriter() {
                private long records;

                @Override
                public void record(RecordFindings record) throws IOException {
                    records++;
                    for (Finding f : record.findings()) {
                        out.write(f.recordId() + " " + f.subject().key() + " " + f.direction().label() + " " + f.extractor() + "@" + f.extractorVersion() + "\n");
                        if (explode) {
                            out.flush();
                            throw new IOException("disk full");
                        }
                    }
                }

                @Override
                public void finish(RunSummary summary, Synthesis synthesis) throws IOException {
                    out.write("records " + records + "\n");
                }

                @Override
                public void close() throws IOException {
                    out.close();
                }
            };
        }
    }
}
