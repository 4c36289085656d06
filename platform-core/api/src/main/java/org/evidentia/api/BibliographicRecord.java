package org.evidentia.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One bibliographic record (a study), as read by a {@link Source}.
 *
 * <p>The {@link #id()} is the stable id the source gave ({@link Builder#id}), else the record's PMID,
 * else its DOI, else one made from its title ({@link #titleId}). Records of one id are one record: a
 * run merges a later one into the first as a copy, and a findings store keeps one record of each id. Text fields that findings point into are named by {@link #FIELD_TITLE} and
 * {@link #FIELD_ABSTRACT}; {@link #text(String)} gives the exact text that evidence offsets index.
 *
 * @param id               stable identifier (see above)
 * @param pmid             PubMed id, nullable
 * @param doi              DOI as the source gave it, nullable: bare ({@code 10.1/x}) as most do, or behind a resolver
 *                         ({@code https://doi.org/10.1/x}) or {@code doi:}, as some files keep it ({@link Doi}); the
 *                         runtime matches records by the bare DOI, in any case; a resolver or {@code doi:} alone is none
 * @param pmcid            PubMed Central id ({@code PMC123}), nullable
 * @param title            title, nullable when the input has none
 * @param sections         abstract sections in order; empty when the record has no abstract
 * @param authors          author names in citation form, family name then initials ({@code Thompson ME}),
 *                         as MEDLINE prints them; collective names as printed; in order
 * @param journal          journal name or abbreviation, nullable
 * @param year             publication year, nullable
 * @param publicationTypes e.g. {@code Journal Article}, {@code Review}
 * @param meshTerms        MeSH headings as printed
 * @param keywords         author keywords
 * @param metadata         every further field the input had, by the input's own tag or column name
 *                         (MEDLINE {@code AD}, {@code LA}, {@code FAU}, ...), values in input order; sorted by key;
 *                         possibly empty in a run where nothing reads it ({@link SourceContext#wantsMetadata()})
 * @param origins          where the record was read; several when duplicates were merged
 * @param version          the record's version in its database (PubMed's {@code <PMID Version="2">}), at
 *                         least 1; null when the input does not state one. A findings store keeps the
 *                         highest version of each record
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record BibliographicRecord(
        String id,
        String pmid,
        String doi,
        String pmcid,
        String title,
        List<AbstractSection> sections,
        List<String> authors,
        String journal,
        Integer year,
        List<String> publicationTypes,
        List<String> meshTerms,
        List<String> keywords,
        Map<String, List<String>> metadata,
        List<Origin> origins,
        Integer version) {

    /** Field name of the title in {@link EvidenceSpan#field()}. */
    public static final String FIELD_TITLE = "title";
    /** Field name of the abstract (all sections, see {@link #abstractText()}). */
    public static final String FIELD_ABSTRACT = "abstract";

    /** Gains a parameter when the record gains a component, so it is experimental: sources use {@link #builder()}, which stays. */
    @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
    public BibliographicRecord {
        pmid = blankToNull(pmid);
        doi = Doi.bare(doi) == null ? null : blankToNull(doi); // an export's empty link, https://doi.org/ alone, names no DOI
        pmcid = blankToNull(pmcid);
        title = blankToNull(title);
        journal = blankToNull(journal);
        if (blankToNull(id) == null) {
            id = pmid != null ? pmid : doi != null ? doi : title != null ? titleId(title) : null;
        }
        Objects.requireNonNull(id, "a record needs an id, a PMID, a DOI or a title");
        sections = List.copyOf(sections == null ? List.of() : sections);
        authors = List.copyOf(authors == null ? List.of() : authors);
        publicationTypes = List.copyOf(publicationTypes == null ? List.of() : publicationTypes);
        meshTerms = List.copyOf(meshTerms == null ? List.of() : meshTerms);
        keywords = List.copyOf(keywords == null ? List.of() : keywords);
        TreeMap<String, List<String>> sortedMetadata = new TreeMap<>();
        if (metadata != null) {
            metadata.forEach((k, v) -> sortedMetadata.put(k, List.copyOf(v)));
        }
        metadata = Collections.unmodifiableSortedMap(sortedMetadata);
        origins = List.copyOf(origins == null ? List.of() : origins);
        if (version != null && version < 1) {
            throw new IllegalArgumentException("record " + id + " has version " + version + "; a version is at least 1");
        }
    }

    /** A record whose input states no version; experimental as the canonical constructor is: use {@link #builder()}. */
    @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
    public BibliographicRecord(String id, String pmid, String doi, String pmcid, String title, List<AbstractSection> sections,
                               List<String> authors, String journal, Integer year, List<String> publicationTypes,
                               List<String> meshTerms, List<String> keywords, Map<String, List<String>> metadata,
                               List<Origin> origins) {
        this(id, pmid, doi, pmcid, title, sections, authors, journal, year, publicationTypes, meshTerms, keywords,
                metadata, origins, null);
    }

    /**
     * The id of a record that has neither PMID nor DOI: {@code title:} and 16 hex digits of the
     * SHA-256 of its title folded to lower-case letters and digits, so that the same study gets the
     * same id from any source and in every run.
     */
    public static String titleId(String title) {
        String folded = title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(folded.getBytes(StandardCharsets.UTF_8));
            return "title:" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /**
     * The abstract as one text: each section on its own line, labelled sections prefixed with
     * {@code "LABEL: "}. Evidence offsets in field {@link #FIELD_ABSTRACT} index this text.
     */
    public String abstractText() {
        if (sections.size() == 1 && sections.get(0).label() == null) {
            return sections.get(0).text(); // most abstracts; each extractor asks, so no copy
        }
        int length = 0;
        for (AbstractSection section : sections) {
            length += section.text().length() + (section.label() == null ? 1 : section.label().length() + 3);
        }
        StringBuilder text = new StringBuilder(length);
        for (AbstractSection section : sections) {
            if (text.length() > 0) {
                text.append('\n');
            }
            if (section.label() != null) {
                text.append(section.label()).append(": ");
            }
            text.append(section.text());
        }
        return text.toString();
    }

    /** True when the record has abstract text. */
    public boolean hasAbstract() {
        return sections.stream().anyMatch(s -> !s.text().isBlank());
    }

    /**
     * The text of a field that evidence points into.
     *
     * @param field {@link #FIELD_TITLE} or {@link #FIELD_ABSTRACT}
     * @return the text; empty when the record lacks it
     * @throws IllegalArgumentException for an unknown field name
     */
    public String text(String field) {
        return switch (field) {
            case FIELD_TITLE -> title == null ? "" : title;
            case FIELD_ABSTRACT -> abstractText();
            default -> throw new IllegalArgumentException("unknown field '" + field + "', expected title or abstract");
        };
    }

    /** The first author's name, or null. */
    public String firstAuthor() {
        return authors.isEmpty() ? null : authors.get(0);
    }

    /** This record with {@code more} origins appended (used when duplicates are merged). */
    public BibliographicRecord withOrigins(List<Origin> more) {
        List<Origin> all = new ArrayList<>(origins);
        all.addAll(more);
        return new BibliographicRecord(id, pmid, doi, pmcid, title, sections, authors, journal, year,
                publicationTypes, meshTerms, keywords, metadata, all, version);
    }

    /** A builder, handy for sources that fill fields as they parse. */
    public static Builder builder() {
        return new Builder();
    }

    /** Mutable builder for {@link BibliographicRecord}; not thread-safe. */
    public static final class Builder {
        private String id;
        private String pmid;
        private String doi;
        private String pmcid;
        private String title;
        private final List<AbstractSection> sections = new ArrayList<>();
        private final List<String> authors = new ArrayList<>();
        private String journal;
        private Integer year;
        private final List<String> publicationTypes = new ArrayList<>();
        private final List<String> meshTerms = new ArrayList<>();
        private final List<String> keywords = new ArrayList<>();
        private final Map<String, List<String>> metadata = new TreeMap<>();
        private final List<Origin> origins = new ArrayList<>();
        private Integer version;

        private Builder() {
        }

        public Builder id(String value) { this.id = value; return this; }
        public Builder pmid(String value) { this.pmid = value; return this; }
        public Builder doi(String value) { this.doi = value; return this; }
        public Builder pmcid(String value) { this.pmcid = value; return this; }
        public Builder title(String value) { this.title = value; return this; }
        /** Adds a section of the abstract: its label (null when it has none) and its text (not null). */
        public Builder section(String label, String text) { sections.add(new AbstractSection(label, text)); return this; }
        public Builder sections(List<AbstractSection> values) { values.forEach(v -> sections.add(required(v, "sections"))); return this; }
        // the values of a list are not null: checked here, so that a source's null is told by the field it was given for,
        // not by a bare NullPointerException from build() (an explorer's s21)
        public Builder author(String value) { authors.add(required(value, "author")); return this; }
        public Builder authors(List<String> values) { values.forEach(v -> authors.add(required(v, "authors"))); return this; }
        public Builder journal(String value) { this.journal = value; return this; }
        public Builder year(Integer value) { this.year = value; return this; }
        public Builder publicationType(String value) { publicationTypes.add(required(value, "publicationType")); return this; }
        public Builder meshTerm(String value) { meshTerms.add(required(value, "meshTerm")); return this; }
        public Builder keyword(String value) { keywords.add(required(value, "keyword")); return this; }
        public Builder origin(Origin value) { origins.add(required(value, "origin")); return this; }
        /**
         * The record's version in its database (PubMed's {@code <PMID Version="2">}), at least 1; null when not stated.
         *
         * @since 0.1
         */
        public Builder version(Integer value) { this.version = value; return this; }
        /** Adds one value of a further field; repeated calls with the same key keep every value in order. Neither is null. */
        public Builder metadata(String key, String value) {
            metadata.computeIfAbsent(required(key, "metadata key"), k -> new ArrayList<>()).add(required(value, "metadata " + key));
            return this;
        }

        private static <T> T required(T value, String field) {
            if (value == null) {
                throw new NullPointerException("BibliographicRecord.Builder." + field + ": null, where a value is expected (leave the"
                        + " call out when there is none)");
            }
            return value;
        }

        /** The PMID, as set so far (sources use it to name records in messages). */
        public String pmid() { return pmid; }

        /**
         * Builds the record; see {@link BibliographicRecord} for how the id is chosen.
         *
         * @throws NullPointerException when the record has neither an id nor a PMID, a DOI or a title to make
         *     one from: a source checks that first and reports such a record as skipped
         *     ({@link SourceContext#skipped}), as a run reports an exception from a source as the source's defect
         */
        public BibliographicRecord build() {
            return new BibliographicRecord(id, pmid, doi, pmcid, title, sections, authors, journal, year,
                    publicationTypes, meshTerms, keywords, metadata, origins, version);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
