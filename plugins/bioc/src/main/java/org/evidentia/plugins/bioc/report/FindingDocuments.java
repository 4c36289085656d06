package org.evidentia.plugins.bioc.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.EvidenceSpan;
import org.evidentia.api.Finding;
import org.evidentia.api.FindingKind;
import org.evidentia.api.RecordFindings;

/**
 * Makes the BioC document of one record and its findings, from the finding kinds alone (nothing of
 * any domain is known here).
 *
 * <p>The document's id is the record's id (its PMID where it has one), its infons the record's
 * identifiers and citation in the keys PubTator and BioC-PMC use, which the {@code bioc-xml} and
 * {@code bioc-json} sources read back. Passages are laid out by {@link PassageLayout}. Each finding
 * gives:
 * <ul>
 *   <li>an annotation of its subject's mention ({@code M1}, {@code M2}, ...), infon {@code type} the
 *       kind's subject label and {@code identifier} the subject key, shared by findings with the
 *       same mention;</li>
 *   <li>an annotation of its evidence sentence ({@code S1}, ...; type {@code Evidence}), shared by
 *       findings stated in the same sentence;</li>
 *   <li>a document-level relation ({@code F1}, {@code F2}, ... in the record's finding order) whose
 *       infons are the kind, the direction, every attribute the finding has (in the kind's order),
 *       the record's study design, whether it is retracted, and the extractor and its version;
 *       its nodes are the mention (role: the subject label) and the sentence (role {@code Evidence}).</li>
 * </ul>
 * Ids are numbered per document in the order findings come, so the same run gives the same ids.
 * Immutable and thread-safe.
 */
final class FindingDocuments {

    static final String EVIDENCE = "Evidence";
    /** Relation infon keys of their own; an attribute of one of these names is written as {@code attribute_NAME}. */
    private static final Set<String> RELATION_KEYS = Set.of("type", "direction", "design", "retracted", "extractor",
            "extractor_version");

    private final Map<String, FindingKind> kinds;

    FindingDocuments(List<FindingKind> kinds) {
        Map<String, FindingKind> byName = new HashMap<>();
        kinds.forEach(k -> byName.putIfAbsent(k.name(), k));
        this.kinds = Map.copyOf(byName);
    }

    Bioc.Document document(RecordFindings delivered) {
        BibliographicRecord record = delivered.record();
        PassageLayout layout = PassageLayout.of(record);
        Annotations annotations = new Annotations(layout);
        List<Bioc.Relation> relations = new ArrayList<>();
        for (Finding finding : delivered.findings()) {
            FindingKind kind = kinds.get(finding.kind());
            String subjectType = kind == null ? finding.kind() : kind.subjectLabel();
            EvidenceSpan evidence = finding.evidence();
            String mention = annotations.add("M", evidence.field(), evidence.mentionStart(), evidence.mentionEnd(), subjectType,
                    finding.subject().key(), finding.subject().text());
            String sentence = annotations.add("S", evidence.field(), evidence.sentenceStart(), evidence.sentenceEnd(), EVIDENCE,
                    null, evidence.sentence());
            relations.add(new Bioc.Relation("F" + (relations.size() + 1), relationInfons(delivered, finding, kind),
                    List.of(new Bioc.Node(mention, subjectType), new Bioc.Node(sentence, EVIDENCE))));
        }
        List<Bioc.Passage> passages = new ArrayList<>();
        for (int i = 0; i < layout.passages().size(); i++) {
            PassageLayout.Placed placed = layout.passages().get(i);
            passages.add(new Bioc.Passage(Map.of("type", placed.type()), placed.offset(), placed.text(), annotations.in(i)));
        }
        return new Bioc.Document(XmlCharacters.clean(record.id()), documentInfons(record), passages, relations);
    }

    private static Map<String, String> relationInfons(RecordFindings delivered, Finding finding, FindingKind kind) {
        Map<String, String> infons = new LinkedHashMap<>();
        infons.put("type", finding.kind());
        infons.put("direction", finding.direction().label());
        List<String> names = kind == null ? List.copyOf(finding.attributes().keySet())
                : kind.attributes().stream().map(FindingKind.Attribute::name).toList();
        for (String name : names) {
            String value = finding.attribute(name);
            if (value != null) {
                String key = name;
                while (RELATION_KEYS.contains(key) || infons.containsKey(key)) {
                    key = "attribute_" + key;
                }
                infons.put(key, value);
            }
        }
        infons.put("design", delivered.design().type().label());
        infons.put("retracted", Boolean.toString(delivered.design().retracted()));
        if (finding.extractor() != null) {
            infons.put("extractor", finding.extractor());
        }
        if (finding.extractorVersion() != null) {
            infons.put("extractor_version", finding.extractorVersion());
        }
        return clean(infons);
    }

    /**
     * The record's identifiers and citation, under the keys PubTator (and BioC-PMC) use for them;
     * publication types (which decide a record's study design), MeSH headings and keywords joined by
     * {@code "; "}.
     */
    private static Map<String, String> documentInfons(BibliographicRecord record) {
        Map<String, String> infons = new LinkedHashMap<>();
        putIfPresent(infons, "article-id_pmid", record.pmid());
        putIfPresent(infons, "article-id_doi", record.doi());
        putIfPresent(infons, "article-id_pmc", record.pmcid());
        putIfPresent(infons, "journal", record.journal());
        putIfPresent(infons, "year", record.year() == null ? null : record.year().toString());
        putIfPresent(infons, "authors", record.authors().isEmpty() ? null : String.join(", ", record.authors()));
        putIfPresent(infons, "publication_types", record.publicationTypes().isEmpty() ? null
                : String.join("; ", record.publicationTypes()));
        // MeSH headings (with their check tags, Humans, Animals, ...) and keywords decide a finding's
        // population and condition: without them a round trip would not give the same findings
        putIfPresent(infons, "mesh_terms", record.meshTerms().isEmpty() ? null : String.join("; ", record.meshTerms()));
        putIfPresent(infons, "keywords", record.keywords().isEmpty() ? null : String.join("; ", record.keywords()));
        // an export without publication types says a comment or a retraction by its links ("Comment on", "Retraction in"),
        // which decide the design: without them a round trip would read a letter as a primary study (session 18)
        record.metadata().forEach((key, values) -> {
            if (DESIGN_LINKS.contains(key.strip().toLowerCase(Locale.ROOT)) && !values.isEmpty()) {
                infons.put(key, String.join("; ", values));
            } else if (key.strip().equalsIgnoreCase("CommentsCorrections")) {
                // PubMed XML's links of every kind under one key: its links to a retraction alone, which mark the record
                // retracted (a round trip read a retracted study as one that votes: the review of session 27's change, R6)
                List<String> retractions = values.stream().filter(v -> v.startsWith("RetractionIn ")
                        || v.startsWith("RetractedandRepublishedIn ")).toList();
                if (!retractions.isEmpty()) {
                    infons.put(key, String.join("; ", retractions));
                }
            }
        });
        return clean(infons);
    }

    /** The metadata of links that decide a record's design (a comment, a retraction), lower case: the abstract-text export's and MEDLINE's. */
    private static final Set<String> DESIGN_LINKS = Set.of("comment on", "retraction in", "retracted and republished in", "rin", "rri");

    private static void putIfPresent(Map<String, String> infons, String key, String value) {
        if (value != null) {
            infons.put(key, value);
        }
    }

    private static Map<String, String> clean(Map<String, String> infons) {
        Map<String, String> clean = new LinkedHashMap<>();
        infons.forEach((key, value) -> clean.put(XmlCharacters.clean(key), XmlCharacters.clean(value)));
        return clean;
    }

    /** The annotations of one document as they are made, by passage; one per distinct span, type and identifier. */
    private static final class Annotations {
        private final PassageLayout layout;
        private final List<List<Bioc.Annotation>> byPassage = new ArrayList<>();
        private final Map<Key, String> ids = new HashMap<>();
        private final Map<String, Integer> numbers = new HashMap<>();

        Annotations(PassageLayout layout) {
            this.layout = layout;
            layout.passages().forEach(p -> byPassage.add(new ArrayList<>()));
        }

        /**
         * The id of the annotation of this span, type and identifier ({@code prefix} and the next
         * number of that prefix when it is new; it then goes to the passage where the span starts).
         */
        String add(String prefix, String field, int start, int end, String type, String identifier, String text) {
            Key key = new Key(field, start, end, type, identifier);
            String known = ids.get(key);
            if (known != null) {
                return known;
            }
            String id = prefix + numbers.merge(prefix, 1, Integer::sum);
            ids.put(key, id);
            Map<String, String> infons = new LinkedHashMap<>();
            infons.put("type", type);
            if (identifier != null) {
                infons.put("identifier", identifier);
            }
            byPassage.get(layout.passageAt(field, start)).add(new Bioc.Annotation(id, clean(infons),
                    layout.locations(field, start, end), XmlCharacters.clean(text)));
            return id;
        }

        List<Bioc.Annotation> in(int passage) {
            return byPassage.get(passage);
        }

        /** What makes two annotations one: the same span of the same field, of the same type and identifier. */
        private record Key(String field, int start, int end, String type, String identifier) {
        }
    }
}
