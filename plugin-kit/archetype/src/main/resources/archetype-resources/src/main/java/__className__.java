package ${package};

#if( $kind == "source" )
import java.io.Closeable;
import java.io.IOException;
import java.util.stream.Stream;
import org.evidentia.api.*;
import org.pf4j.Extension;

/**
 * Reads "example records" files: a first line {@code # evidentia example records}, then one record per
 * line, {@code PMID|title|abstract}.
 */
@Extension
public final class ${className} implements Source {

    /** The longest line kept: an abstract is a few thousand characters; a longer line is reported, never held whole. */
    private static final int MAX_LINE = 1 << 20;

    @Override
    public String name() {
        return "${extensionName}";
    }

    @Override
    public String description() {
        return "Example records: PMID|title|abstract, one record per line";
    }

    @Override
    public int accepts(InputProbe probe) {
        return probe.headText().startsWith("# evidentia example records") ? 90 : REJECT;
    }

    @Override
    public Stream<BibliographicRecord> read(SourceInput input, SourceContext context) throws IOException {
        // BoundedLines holds no line beyond MAX_LINE, however hostile the file; RecordStreams makes the lazy stream.
        // BoundedLines is EXPERIMENTAL (@Api; plugin-guide.md §9): a minor Evidentia release may change it, and this
        // source with it. Without it, and without wantsMetadata and the deletions, a source is on STABLE api alone.
        Records records = new Records(new BoundedLines(input.openReader(), MAX_LINE), input.displayName(), context);
        return RecordStreams.of(records::next, records);
    }

    /** The parser: one record a line, each returned or reported as skipped, and the count stated at the end. */
    private final class Records implements Closeable {
        private final BoundedLines lines;
        private final String file;
        private final SourceContext context;
        private long number;

        Records(BoundedLines lines, String file, SourceContext context) {
            this.lines = lines;
            this.file = file;
            this.context = context;
        }

        /** The next record; null at the end of the input. */
        BibliographicRecord next() {
            for (String text = lines.next(); text != null; text = lines.next()) {
                if (text.isBlank() || text.startsWith("#")) {
                    continue;
                }
                number++;
                Origin origin = new Origin(name(), file, number, lines.number());
                if (lines.lastWasCut()) {
                    context.skipped(origin, "the line is longer than " + MAX_LINE + " characters");
                    continue;
                }
                String[] fields = text.split("\\|", -1);
                if (fields.length != 3 || fields[0].isBlank()) {
                    context.skipped(origin, "expected PMID|title|abstract, found " + fields.length + " field(s)");
                    continue;
                }
                return BibliographicRecord.builder().pmid(fields[0].strip()).title(fields[1].strip())
                        .section(null, fields[2].strip()).origin(origin).build();
            }
            // Read to its end: the runtime checks this count against the records returned and skipped.
            context.inputHolds(number);
            return null;
        }

        @Override
        public void close() throws IOException {
            lines.close();
        }
    }
}
#elseif( $kind == "extractor" )
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evidentia.api.*;
import org.evidentia.textmining.text.Sentence;
import org.evidentia.textmining.text.SentenceSplitter;
import org.pf4j.Extension;

/** Marks each record whose abstract mentions a term: a finding of its own kind, never mixed with others. */
@Extension
public final class ${className} implements Extractor {

    private static final FindingKind MENTION = new FindingKind("${extensionName}-mention", "Term", "Terms", List.of(), Map.of());

    private final SentenceSplitter sentences = new SentenceSplitter();

    /** Options: {@code --option ${extensionName}.term=...} or a pipeline file's {@code options:}. */
    public record Options(@JsonPropertyDescription("the term to look for") String term) {
        public Options {
            term = term == null ? "patients" : term.strip().toLowerCase(Locale.ROOT);
            if (term.isEmpty()) {
                throw new IllegalArgumentException("term must not be empty");
            }
        }
    }

    @Override
    public String name() {
        return "${extensionName}";
    }

    @Override
    public String description() {
        return "Marks records whose abstract mentions a term";
    }

    @Override
    public Class<Options> optionsType() {
        return Options.class;
    }

    @Override
    public FindingKind findingKind() {
        return MENTION;
    }

    /** It reads the abstract only: a run whose extensions all say so need not keep records' metadata. */
    @Override
    public boolean readsMetadata(ExtensionContext context) {
        return false;
    }

    @Override
    public List<Finding> extract(BibliographicRecord record, ExtensionContext context) {
        String term = context.options(Options.class).term();
        String text = record.text(BibliographicRecord.FIELD_ABSTRACT);
        int at = indexIgnoringCase(text, term);
        List<Finding> found = new ArrayList<>();
        if (at >= 0) {
            // The kit's splitter knows "0.5 mg", "et al." and "vs." do not end a sentence.
            for (Sentence sentence : sentences.split(text)) {
                if (sentence.start() <= at && at + term.length() <= sentence.end()) {
                    found.add(new Finding(record.id(), MENTION.name(),
                            new Subject(term.toUpperCase(Locale.ROOT), term, text.substring(at, at + term.length())),
                            Direction.UNCHANGED, Map.of(),
                            new EvidenceSpan(BibliographicRecord.FIELD_ABSTRACT, null, sentence.text(), sentence.start(), sentence.end(),
                                    at, at + term.length()),
                            null, null));
                }
            }
        }
        return found;
    }

    /**
     * Where {@code term} first occurs in {@code text}, case ignored, as an offset into {@code text}
     * itself; -1 when it does not. Not {@code text.toLowerCase().indexOf(term)}: a lower-cased copy
     * can be longer than the text ('İ' becomes two chars), and every offset after it would be wrong.
     */
    static int indexIgnoringCase(String text, String term) {
        for (int at = 0; at + term.length() <= text.length(); at++) {
            if (text.regionMatches(true, at, term, 0, term.length())) {
                return at;
            }
        }
        return -1;
    }
}
#else
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.evidentia.api.*;
import org.pf4j.Extension;

/** Writes {@code ${extensionName}.txt}: the run's records and findings, counted by finding kind. */
@Extension
public final class ${className} implements Reporter {

    @Override
    public String name() {
        return "${extensionName}";
    }

    @Override
    public String description() {
        return "Counts the run's findings by kind into ${extensionName}.txt";
    }

    /** It counts findings only: a run whose extensions all say so need not keep records' metadata. */
    @Override
    public boolean readsMetadata(ExtensionContext context) {
        return false;
    }

    @Override
    public ReportWriter start(ReportContext context) {
        Map<String, Integer> byKind = new TreeMap<>();
        context.findingKinds().forEach(kind -> byKind.put(kind.name(), 0));
        return new ReportWriter() {
            private int records;

            @Override
            public void record(RecordFindings record) {
                records++;
                record.findings().forEach(f -> byKind.merge(f.kind(), 1, Integer::sum));
            }

            @Override
            public void finish(RunSummary summary, Synthesis synthesis) throws IOException {
                StringBuilder text = new StringBuilder("records " + records + "\n");
                byKind.forEach((kind, count) -> text.append(kind).append(' ').append(count).append('\n'));
                context.output().writeText("${extensionName}.txt", writer -> writer.write(text.toString()));
            }
        };
    }
}
#end
