package org.example.sleep;

// tag::extractor[]
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Direction;
import org.evidentia.api.EvidenceSpan;
import org.evidentia.api.ExtensionContext;
import org.evidentia.api.Extractor;
import org.evidentia.api.Finding;
import org.evidentia.api.FindingKind;
import org.evidentia.api.Subject;
import org.pf4j.Extension; // not org.evidentia.api.Extension, the interface every extension implements

/** The extractor of docs/plugin-guide.md, compiled and tested so that the guide stays true (PluginGuideTest). */
@Extension
public final class SleepTermExtractor implements Extractor {

    /** Options: bound from `--option sleep-terms.term=...` or a pipeline file. */
    public record Options(@JsonPropertyDescription("the phrase to look for") String term) {
        public Options {
            term = term == null ? "sleep deprivation" : term.strip().toLowerCase(Locale.ROOT);
            if (term.isEmpty()) {
                throw new IllegalArgumentException("term must not be empty");
            }
        }
    }

    @Override public String name() { return "sleep-terms"; }
    @Override public String description() { return "Marks records that mention a sleep phrase"; }
    @Override public Class<Options> optionsType() { return Options.class; }
    private static final FindingKind MENTION = new FindingKind("sleep-mention", "Sleep term", "Sleep terms", List.of(), Map.of());

    @Override public FindingKind findingKind() { return MENTION; }
    @Override public boolean readsMetadata(ExtensionContext context) { return false; }   // it reads the abstract only

    @Override
    public List<Finding> extract(BibliographicRecord record, ExtensionContext context) {
        String term = context.options(Options.class).term();
        String text = record.text(BibliographicRecord.FIELD_ABSTRACT);
        int at = indexIgnoringCase(text, term);
        List<Finding> found = new ArrayList<>();
        if (at >= 0) {
            found.add(new Finding(record.id(), MENTION.name(),
                    new Subject("SLEEP", "sleep", text.substring(at, at + term.length())),
                    Direction.UNCHANGED, Map.of(),
                    new EvidenceSpan(BibliographicRecord.FIELD_ABSTRACT, null, text, 0, text.length(), at, at + term.length()),
                    null, null));   // the engine stamps extractor name and version
        }
        return found;
    }

    /** An offset into {@code text} itself: a lower-cased copy can be longer ('İ' becomes two chars). */
    static int indexIgnoringCase(String text, String term) {
        for (int at = 0; at + term.length() <= text.length(); at++) {
            if (text.regionMatches(true, at, term, 0, term.length())) {
                return at;
            }
        }
        return -1;
    }
}
// end::extractor[]
