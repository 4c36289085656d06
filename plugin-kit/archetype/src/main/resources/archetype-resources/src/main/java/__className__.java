package ${package};

#if( $kind == "source" )
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.Stream;
import org.evidentia.api.*;
import org.pf4j.Extension;

/**
 * Reads "example records" files: a first line {@code # evidentia example records}, then one record per
 * line, {@code PMID|title|abstract}.
 */
@Extension
public final class ${className} implements Source {

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
        BufferedReader reader = input.openReader();
        int[] line = {0};
        int[] number = {0};
        return reader.lines().map(text -> {
            line[0]++;
            if (text.isBlank() || text.startsWith("#")) {
                return null;
            }
            number[0]++;
            Origin origin = new Origin(name(), input.displayName(), number[0], line[0]);
            String[] fields = text.split("\\|", -1);
            if (fields.length != 3 || fields[0].isBlank()) {
                context.skipped(origin, "expected PMID|title|abstract, found " + fields.length + " field(s)");
                return null;
            }
            return BibliographicRecord.builder().pmid(fields[0].strip()).title(fields[1].strip())
                    .section(null, fields[2].strip()).origin(origin).build();
        }).filter(java.util.Objects::nonNull).onClose(() -> {
            try {
                reader.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
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
    public record Options(@JsonPropertyDescription("the term to look for (default: patients)") String term) {
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

    @Override
    public List<Finding> extract(BibliographicRecord record, ExtensionContext context) {
        String term = context.options(Options.class).term();
        String text = record.text(BibliographicRecord.FIELD_ABSTRACT);
        int at = text.toLowerCase(Locale.ROOT).indexOf(term);
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
