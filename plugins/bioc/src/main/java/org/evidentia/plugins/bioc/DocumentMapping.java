package org.evidentia.plugins.bioc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidentia.api.AbstractSection;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Origin;
import org.evidentia.api.SourceContext;

/**
 * Turns BioC documents into records, the same way for BioC XML and BioC JSON.
 *
 * <p>Passages are told apart by their infons, as PubTator and NCBI's BioC-PMC service write them:
 * a passage of type {@code title} (or section type {@code TITLE}) is the title; one of type
 * {@code abstract} (or section type {@code ABSTRACT}) is an abstract section, labelled by an
 * {@code abstract_title_*} heading passage before it; a passage without type is abstract text;
 * other passages are full text (introduction, methods, ...), which records do not hold: they are
 * counted and reported once per input. Identifiers, year, journal, authors and publication types
 * come from the infons of the document and of its title passage (see docs/formats-bioc.md).
 * Annotations and relations of the input are not read: Evidentia extracts findings of its own.
 * Not thread-safe: one per input.
 */
final class DocumentMapping {

    private static final Pattern DIGITS = Pattern.compile("\\d{1,9}");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[89]\\d\\d|20\\d\\d)(?!\\d)");
    private static final Pattern PMC_NAME = Pattern.compile("surname:([^;]*)(?:;given-names:(.*))?");

    private final String sourceName;
    private final String file;
    private final SourceContext context;
    private String collectionSource = "";
    private long fullTextPassages;
    private long annotations;
    private long relations;

    DocumentMapping(String sourceName, String file, SourceContext context) {
        this.sourceName = sourceName;
        this.file = file;
        this.context = context;
    }

    /** The collection's {@code source} ({@code PubMed}, {@code PMC}, ...): PMC documents are numbered by PMCID. */
    void collectionSource(String source) {
        collectionSource = source == null ? "" : source.strip();
    }

    Origin origin(long documentNumber, long line) {
        return new Origin(sourceName, file, documentNumber, line);
    }

    /** The record of one document, or null when it was skipped (and reported). */
    BibliographicRecord record(BiocDocument document, Origin origin) {
        annotations += document.annotations();
        relations += document.relations();
        BibliographicRecord.Builder record = BibliographicRecord.builder().origin(origin);
        StringBuilder title = new StringBuilder();
        List<AbstractSection> sections = new ArrayList<>();
        String label = null;
        Map<String, String> titleInfons = Map.of();
        for (BiocPassage passage : document.passages()) {
            String type = passage.type().toLowerCase(Locale.ROOT);
            String section = passage.sectionType().toUpperCase(Locale.ROOT);
            if (type.startsWith("abstract_title")) {
                label = passage.text().strip().isEmpty() ? null : passage.text().strip();
            } else if (section.equals("TITLE") || (section.isEmpty() && type.equals("title"))) {
                if (title.length() > 0) {
                    title.append(' ');
                }
                title.append(passage.text().strip());
                titleInfons = passage.infons();
            } else if (section.equals("ABSTRACT") || type.equals("abstract") || (type.isEmpty() && section.isEmpty())) {
                if (!passage.text().isBlank()) {
                    sections.add(new AbstractSection(label, passage.text().strip()));
                }
                label = null;
            } else {
                fullTextPassages++;
            }
        }
        Map<String, String> infons = new java.util.LinkedHashMap<>(document.infons());
        titleInfons.forEach((key, value) -> {
            if (!key.equals("type") && !key.equals("section_type") && !key.equals("section")) {
                infons.putIfAbsent(key, value);
            }
        });
        String pmid = pmid(document.id(), infons);
        String doi = infons.get("article-id_doi");
        if (doi == null || doi.isEmpty()) {
            doi = infons.get("doi");
        }
        if (doi != null && doi.isEmpty()) {
            doi = null; // infons are stripped: an empty one names nothing
        }
        String pmcid = infons.get("article-id_pmc");
        if (pmcid != null && DIGITS.matcher(pmcid).matches()) {
            pmcid = "PMC" + pmcid;
        }
        boolean hasId = document.id() != null && !document.id().isBlank();
        boolean identified = pmid != null || doi != null || !title.toString().isBlank();
        if (!identified && sections.isEmpty()) {
            context.skipped(origin, "document " + (hasId ? "'" + document.id() + "'" : "without id")
                    + " has no title or abstract passage and no PMID or DOI: expected passages of type title or abstract");
            return null;
        }
        if (!identified && !hasId) {
            // a record needs a name to be found, merged and cited by: an abstract alone gives none
            context.skipped(origin, "document without id has an abstract but no title, PMID or DOI:"
                    + " expected a title passage, a document id, or an article-id_pmid or article-id_doi infon");
            return null;
        }
        record.pmid(pmid).doi(doi).pmcid(pmcid).title(title.length() == 0 ? null : title.toString()).sections(sections);
        if (pmid == null && doi == null && hasId) {
            record.id(ownId(document.id().strip()));
        }
        record.year(year(infons));
        record.journal(journal(infons));
        authors(infons, record);
        split(infons.get("publication_types")).forEach(record::publicationType);
        split(infons.get("mesh_terms")).forEach(record::meshTerm);
        split(infons.get("keywords")).forEach(record::keyword);
        infons.forEach(record::metadata);
        if (document.id() != null) {
            record.metadata("document id", document.id());
        }
        return record.build();
    }

    /** The one notice of an input whose full text, annotations or relations were not read. */
    void reportWhatWasNotRead() {
        if (fullTextPassages > 0) {
            context.notice(file + ": " + Counted.count(fullTextPassages, "full-text passage") + " (introduction, methods, ...) "
                    + (fullTextPassages == 1 ? "was" : "were") + " not read: records hold titles and abstracts");
        }
        if (annotations > 0 || relations > 0) {
            context.notice(Counted.annotationsNotRead(file, annotations, relations));
        }
    }

    /**
     * {@code article-id_pmid}; else the document id when it is a number and the collection is not
     * PMC's (whose documents are numbered by PMCID) and no {@code article-id_pmc} equals it.
     */
    private String pmid(String id, Map<String, String> infons) {
        String pmid = infons.get("article-id_pmid");
        if (pmid != null && DIGITS.matcher(pmid.strip()).matches()) {
            return pmid.strip();
        }
        if (id == null || !DIGITS.matcher(id.strip()).matches()) {
            return null;
        }
        boolean pmc = collectionSource.toUpperCase(Locale.ROOT).startsWith("PMC") || id.strip().equals(infons.get("article-id_pmc"));
        return pmc ? null : id.strip();
    }

    /**
     * The record id of a document without PMID or DOI: its own id, marked {@code bioc:} so that it
     * cannot pass for a PMID, unless it is already a prefixed id ({@code title:...}, {@code
     * pubtator:...}, as the {@code bioc} reporter writes the ids of such records), which is kept.
     */
    private static String ownId(String id) {
        return id.indexOf(':') > 0 ? id : "bioc:" + id;
    }

    /**
     * A list infon as the {@code bioc} reporter writes it ({@code publication_types}: {@code Journal
     * Article; Review}; {@code mesh_terms}, {@code keywords}): its items, split at {@code ;}.
     */
    private static List<String> split(String infon) {
        if (infon == null) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        for (String item : infon.split(";")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }

    private static Integer year(Map<String, String> infons) {
        for (String key : List.of("year", "journal")) {
            String value = infons.get(key);
            if (value != null) {
                Matcher matcher = YEAR.matcher(value);
                if (matcher.find()) {
                    return Integer.valueOf(matcher.group(1));
                }
            }
        }
        return null;
    }

    /** PubTator's {@code journal} infon ({@code Arthritis Res Ther; 2020 Jan; 22(1):5}) up to its first semicolon. */
    private static String journal(Map<String, String> infons) {
        String journal = infons.get("journal");
        if (journal == null) {
            journal = infons.get("source");
        }
        if (journal == null) {
            return null;
        }
        int semicolon = journal.indexOf(';');
        String name = (semicolon < 0 ? journal : journal.substring(0, semicolon)).strip();
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }

    /** PubTator's {@code authors} ({@code Doe J, Roe R}), or BioC-PMC's {@code name_0}, {@code name_1}, ... */
    private static void authors(Map<String, String> infons, BibliographicRecord.Builder record) {
        String authors = infons.get("authors");
        if (authors != null && !authors.isBlank()) {
            for (String author : authors.split(",\\s*")) {
                if (!author.isBlank()) {
                    record.author(author.strip());
                }
            }
            return;
        }
        for (int i = 0; infons.containsKey("name_" + i); i++) {
            Matcher matcher = PMC_NAME.matcher(infons.get("name_" + i));
            if (matcher.matches()) {
                String initials = initials(matcher.group(2));
                record.author(matcher.group(1).strip() + (initials.isEmpty() ? "" : " " + initials));
            }
        }
    }

    private static String initials(String given) {
        if (given == null) {
            return "";
        }
        StringBuilder initials = new StringBuilder();
        for (String part : given.split("[\\s.\\-]+")) {
            if (!part.isEmpty() && Character.isLetter(part.charAt(0))) {
                initials.append(Character.toUpperCase(part.charAt(0)));
            }
        }
        return initials.toString();
    }
}
