package org.evidentia.plugins.cytokine;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.ExtensionContext;
import org.evidentia.api.Extractor;
import org.evidentia.api.Finding;
import org.evidentia.api.FindingKind;
import org.evidentia.plugins.cytokine.lexicon.CytokineLexicons;
import org.evidentia.textmining.attribute.StatementAttributes;
import org.evidentia.textmining.lexicon.TermLexicon;
import org.evidentia.textmining.lexicon.WordLists;
import org.evidentia.textmining.record.RecordReader;
import org.pf4j.Extension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code cytokines} extractor: every change in the amount of a cytokine that a record states,
 * as the annotation guidelines define it, with cytokine key, direction, specimen, population,
 * comparison, condition, context and the exact evidence span. The reading is the text-mining kit's
 * ({@link RecordReader}); this class gives it the cytokine vocabulary and turns its statements into
 * findings of the kind {@link CytokineKind}.
 *
 * <p>Thread-safe: the built-in lexicon is loaded once per instance; a user lexicon (option
 * {@code lexicon}) is loaded once per distinct file and mode and then shared read-only.
 */
@Extension
public final class CytokineExtractor implements Extractor {

    private static final Logger LOG = LoggerFactory.getLogger(CytokineExtractor.class);
    private static final Set<String> CLASS_NOUNS = WordLists.load(CytokineLexicons.class, "class-nouns.tsv").get("class");

    private final StatementAttributes attributes = new StatementAttributes();
    private final RecordReader builtIn = new RecordReader(CytokineLexicons.builtIn(), CLASS_NOUNS, attributes);
    private final ConcurrentMap<CytokineOptions, RecordReader> readers = new ConcurrentHashMap<>();

    @Override
    public String name() {
        return "cytokines";
    }

    @Override
    public String description() {
        return "Cytokine change findings (cytokine, direction, specimen, population, comparison, context, evidence) per the annotation guidelines";
    }

    /** It reads records' fields, never their metadata, so sources may leave that out. */
    @Override
    public boolean readsMetadata(ExtensionContext context) {
        return false;
    }

    @Override
    public Class<? extends Record> optionsType() {
        return CytokineOptions.class;
    }

    @Override
    public FindingKind findingKind() {
        return CytokineKind.KIND;
    }

    /** A condition as the text-mining kit groups the conditions it writes: "OSAHS" is "obstructive sleep apnea". */
    @Override
    public String focusValue(String attribute, String value) {
        return attribute.equals(StatementAttributes.CONDITION) ? StatementAttributes.conditionGroup(value) : value;
    }

    /** And the diseases a clinician counts as its parts: "IBD" keeps "ulcerative colitis" and "Crohn disease" too. */
    @Override
    public List<String> focusValues(String attribute, String value) {
        return attribute.equals(StatementAttributes.CONDITION) ? StatementAttributes.conditionGroups(value) : List.of(value);
    }

    @Override
    public List<Finding> extract(BibliographicRecord record, ExtensionContext context) {
        CytokineOptions options = context.options(CytokineOptions.class);
        RecordReader reader = options.lexicon() == null ? builtIn : readers.computeIfAbsent(options, this::reader);
        return reader.read(record).stream().map(s -> s.toFinding(record.id(), CytokineKind.KIND)).toList();
    }

    private RecordReader reader(CytokineOptions options) {
        TermLexicon lexicon = CytokineLexicons.withUserFile(options.lexicon(), options.replace());
        LOG.info("cytokine lexicon: {} entries ({} {})", lexicon.entries().size(), options.lexiconMode(), options.lexicon());
        return new RecordReader(lexicon, CLASS_NOUNS, attributes);
    }
}
