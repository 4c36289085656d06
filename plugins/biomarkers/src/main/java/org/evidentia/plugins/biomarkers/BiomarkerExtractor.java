package org.evidentia.plugins.biomarkers;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.ExtensionContext;
import org.evidentia.api.Extractor;
import org.evidentia.api.Finding;
import org.evidentia.api.FindingKind;
import org.evidentia.textmining.attribute.StatementAttributes;
import org.evidentia.textmining.lexicon.TermLexicon;
import org.evidentia.textmining.lexicon.WordLists;
import org.evidentia.textmining.record.RecordReader;
import org.pf4j.Extension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code biomarkers} extractor: every change in the amount of a molecule of the user's lexicon
 * (option {@code lexicon}; the example lexicon of neuro-endocrine markers otherwise) that a record
 * states, read by the text-mining kit exactly as the cytokine extractor reads cytokines: direction,
 * specimen, population, comparison, condition, context and the evidence span, as findings of the
 * kind {@link BiomarkerKind}.
 *
 * <p>Thread-safe: the example lexicon is loaded once per instance; a user lexicon once per distinct
 * file and then shared read-only.
 *
 * <p>docs/text-mining-kit.md shows this class, from its tags (BiomarkerGuideTest keeps the two equal):
 * edit the guide with it.
 */
// tag::extractor[]
@Extension
public final class BiomarkerExtractor implements Extractor {

    private static final Logger LOG = LoggerFactory.getLogger(BiomarkerExtractor.class);
    private static final Set<String> CLASS_NOUNS = WordLists.load(BiomarkerExtractor.class, "class-nouns.tsv").get("class");

    private final StatementAttributes attributes = new StatementAttributes();
    /**
     * A reader per lexicon option ("" for the example), made when first asked for: the extension
     * outlives a run and has no per-run start, while options come with each call.
     */
    private final ConcurrentMap<String, RecordReader> readers = new ConcurrentHashMap<>();

    @Override
    public String name() {
        return "biomarkers";
    }

    @Override
    public String description() {
        return "Biomarker change findings (biomarker, direction, specimen, population, comparison, context, evidence) "
                + "for the molecules of a lexicon file; example lexicon: substance P, BDNF, NGF, CGRP, NPY, cortisol, serotonin";
    }

    /** It reads records' fields, never their metadata, so sources may leave that out. */
    @Override
    public boolean readsMetadata(ExtensionContext context) {
        return false;
    }

    @Override
    public Class<? extends Record> optionsType() {
        return BiomarkerOptions.class;
    }

    @Override
    public FindingKind findingKind() {
        return BiomarkerKind.KIND;
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
        BiomarkerOptions options = context.options(BiomarkerOptions.class);
        String lexicon = options.lexicon() == null ? "" : options.lexicon().toString();
        RecordReader reader = readers.computeIfAbsent(lexicon, this::reader);
        return reader.read(record).stream().map(s -> s.toFinding(record.id(), BiomarkerKind.KIND)).toList();
    }

    private RecordReader reader(String file) {
        TermLexicon lexicon = file.isEmpty() ? BiomarkerLexicon.example() : BiomarkerLexicon.of(Path.of(file));
        LOG.info("biomarker lexicon: {} molecules ({})", lexicon.entries().size(), file.isEmpty() ? "example" : file);
        return new RecordReader(lexicon, CLASS_NOUNS, attributes);
    }
}
// end::extractor[]
