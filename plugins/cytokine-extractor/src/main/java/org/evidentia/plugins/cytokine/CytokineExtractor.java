package org.evidentia.plugins.cytokine;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.ExtensionContext;
import org.evidentia.api.Extractor;
import org.evidentia.api.Finding;
import org.evidentia.api.FindingKind;
import org.evidentia.plugins.cytokine.lexicon.CytokineLexicon;
import org.pf4j.Extension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code cytokines} extractor: every change in the amount of a cytokine that a record states,
 * as the annotation guidelines define it, with cytokine key, direction, specimen, context and the
 * exact evidence span.
 *
 * <p>Thread-safe: the built-in lexicon is loaded once per instance; a user lexicon (option
 * {@code lexicon}) is loaded once per distinct file and mode and then shared read-only.
 */
@Extension
public final class CytokineExtractor implements Extractor {

    private static final Logger LOG = LoggerFactory.getLogger(CytokineExtractor.class);

    private final CytokineLexicon builtIn = CytokineLexicon.builtIn();
    private final ConcurrentMap<CytokineOptions, RecordReader> readers = new ConcurrentHashMap<>();

    @Override
    public String name() {
        return "cytokines";
    }

    @Override
    public String description() {
        return "Cytokine change findings (cytokine, direction, specimen, context, evidence) per the annotation guidelines";
    }

    @Override
    public Class<? extends Record> optionsType() {
        return CytokineOptions.class;
    }

    @Override
    public FindingKind findingKind() {
        return CytokineKind.KIND;
    }

    @Override
    public List<Finding> extract(BibliographicRecord record, ExtensionContext context) {
        CytokineOptions options = context.options(CytokineOptions.class);
        return readers.computeIfAbsent(options, this::reader).findings(record);
    }

    private RecordReader reader(CytokineOptions options) {
        if (options.lexicon() == null) {
            return new RecordReader(builtIn);
        }
        CytokineLexicon lexicon = CytokineLexicon.withUserFile(Path.of(options.lexicon()), options.replace());
        LOG.info("cytokine lexicon: {} entries ({} {})", lexicon.entries().size(), options.lexiconMode(), options.lexicon());
        return new RecordReader(lexicon);
    }
}
