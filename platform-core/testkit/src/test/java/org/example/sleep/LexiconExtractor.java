package org.example.sleep;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Direction;
import org.evidentia.api.EvidenceSpan;
import org.evidentia.api.ExtensionContext;
import org.evidentia.api.Extractor;
import org.evidentia.api.Finding;
import org.evidentia.api.FindingKind;
import org.evidentia.api.Subject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The guide's example of constructor injection and logging. */
// tag::injected[]
public final class LexiconExtractor implements Extractor {

    private static final Logger LOG = LoggerFactory.getLogger(LexiconExtractor.class);
    private static final FindingKind KIND = new FindingKind("sleep-phrase", "Sleep phrase", "Sleep phrases", List.of(), Map.of());

    private final SleepLexicon lexicon;

    @Inject
    public LexiconExtractor(SleepLexicon lexicon) {
        this.lexicon = lexicon;
        LOG.debug("{} sleep phrases", lexicon.phrases().size());
    }
    // end::injected[]

    @Override public String name() { return "sleep-phrases"; }
    @Override public String description() { return "Marks records that mention a phrase of the sleep lexicon"; }
    @Override public FindingKind findingKind() { return KIND; }

    @Override
    public List<Finding> extract(BibliographicRecord record, ExtensionContext context) {
        String text = record.text(BibliographicRecord.FIELD_ABSTRACT);
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        return lexicon.phrases().stream().filter(lower::contains).findFirst().map(phrase -> {
            int at = lower.indexOf(phrase);
            return List.of(new Finding(record.id(), KIND.name(), new Subject(phrase.toUpperCase(java.util.Locale.ROOT), phrase,
                    text.substring(at, at + phrase.length())), Direction.UNCHANGED, Map.of(),
                    new EvidenceSpan(BibliographicRecord.FIELD_ABSTRACT, null, text, 0, text.length(), at, at + phrase.length()),
                    null, null));
        }).orElse(List.of());
    }
}
