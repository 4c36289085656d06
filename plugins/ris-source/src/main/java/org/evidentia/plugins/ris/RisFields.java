package org.evidentia.plugins.ris;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.textmining.text.AbstractPlaceholder;
import org.evidentia.textmining.text.Pmids;
import org.evidentia.textmining.text.WrappedLines;

/**
 * The tags of one RIS record, in the order read, and how they map onto a
 * {@link BibliographicRecord}. Every tag is also kept in the record's metadata under its own name.
 * Values keep their continuation lines as {@code \n}; fields that are one line of text join them
 * ({@link WrappedLines}).
 */
final class RisFields {

    private static final String[] TITLE = {"TI", "T1", "CT", "BT"};
    private static final String[] YEAR = {"PY", "DA", "Y1"};
    private static final String[] FULL_JOURNAL = {"JF", "JO"};
    private static final String[] ABBREVIATED_JOURNAL = {"JA", "J2", "J1"};
    private static final String[] NOTES = {"N1", "M2", "RN"};

    private final Map<String, List<String>> values = new LinkedHashMap<>();
    /** The line each value of {@link #values} starts at, in the same order. */
    private final Map<String, List<Long>> lines = new LinkedHashMap<>();

    /** Adds one tag's value, which starts at line {@code line}; empty values carry nothing and are left out. */
    void add(String tag, String value, long line) {
        String stripped = value.strip();
        if (!stripped.isEmpty()) {
            values.computeIfAbsent(tag, k -> new ArrayList<>()).add(stripped);
            lines.computeIfAbsent(tag, k -> new ArrayList<>()).add(line);
        }
    }

    /** The reference type code ({@code JOUR}), or null when the record has none. */
    String type() {
        String type = first("TY");
        return type == null ? null : type.toUpperCase(Locale.ROOT);
    }

    String title() {
        String title = first(TITLE);
        return title == null ? null : oneLine(title);
    }

    /** The PMID, from the places the exporters put it (see docs/formats-ris.md); or null. */
    String pmid() {
        boolean fromPubmed = all("DB", "DP").stream().anyMatch(RisFields::namesPubmed);
        for (String an : all("AN")) {
            String labelled = Identifiers.labelledPmid(an);
            if (labelled != null) {
                return labelled;
            }
            String bare = Pmids.normalised(an);
            if (bare != null && fromPubmed) {
                return bare;
            }
        }
        if (ReferenceTypes.periodical(type())) {
            for (String c2 : all("C2")) {
                String bare = Pmids.normalised(c2);
                if (bare != null) {
                    return bare; // Scopus: C2 is the PubMed ID
                }
            }
        }
        for (String note : all(NOTES)) {
            String labelled = Identifiers.labelledPmid(note);
            if (labelled != null) {
                return labelled;
            }
        }
        for (String url : all("UR", "L2")) {
            String pmid = Identifiers.pmidInUrl(url);
            if (pmid != null) {
                return pmid;
            }
        }
        return null;
    }

    String doi() {
        for (String value : all("DO", "M3", "UR", "L3")) {
            String doi = Identifiers.doi(value);
            if (doi != null) {
                return doi;
            }
        }
        return null;
    }

    /** EndNote writes the PMCID into C2; others write {@code PMCID: PMC...} in a note or a PMC address. */
    String pmcid() {
        for (String value : all("C2", "C1", "C3", "C4", "C5", "C6", "C7", "C8", "N1", "M2", "UR")) {
            String pmcid = Identifiers.pmcid(value);
            if (pmcid != null) {
                return pmcid;
            }
        }
        return null;
    }

    /**
     * The abstract's values: every AB in input order (a repeated AB holds more of the abstract, one
     * paragraph or more each), else every N2 (older Reference Manager files); empty when neither
     * holds text. A database's "no abstract" placeholder ({@link AbstractPlaceholder}) is no text: an AB of Scopus's
     * {@code [No abstract available]} beside an N2 that holds the abstract gave none (the review of session 26's change, Q3).
     */
    List<String> abstractValues() {
        List<String> abstracts = texts("AB");
        return abstracts.isEmpty() ? texts("N2") : abstracts;
    }

    private List<String> texts(String tag) {
        return all(tag).stream().filter(value -> !AbstractPlaceholder.isNoAbstract(value)).toList();
    }

    /**
     * The line of the first N2 whose text is not in the record's AB values, or 0. Such an N2 is not
     * read into the abstract (EndNote and others often write the same abstract in both tags, so
     * reading both would state every finding twice), so the caller warns of it; it stays in metadata.
     * White space is ignored in the comparison, as the two may be wrapped differently.
     */
    long n2NotInAbstract() {
        List<String> ab = texts("AB");
        if (ab.isEmpty()) {
            return 0;
        }
        String abstracts = withoutSpace(String.join("", ab));
        List<String> n2 = all("N2");
        for (int i = 0; i < n2.size(); i++) {
            if (!AbstractPlaceholder.isNoAbstract(n2.get(i)) && !abstracts.contains(withoutSpace(n2.get(i)))) {
                return lines.get("N2").get(i);
            }
        }
        return 0;
    }

    private static String withoutSpace(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** AU and A1 in the order written; editors and other contributors (A2 to A4) stay in metadata. */
    List<String> authors() {
        List<String> authors = new ArrayList<>();
        values.forEach((tag, list) -> {
            if (tag.equals("AU") || tag.equals("A1")) {
                list.forEach(a -> authors.add(AuthorName.citationForm(oneLine(a))));
            }
        });
        return authors;
    }

    /** JF or JO; T2 for articles in periodicals (Zotero, EndNote); else an abbreviation (JA, J2, J1). */
    String journal() {
        String full = first(FULL_JOURNAL);
        if (full == null && ReferenceTypes.periodical(type())) {
            full = first("T2");
        }
        String journal = full != null ? full : first(ABBREVIATED_JOURNAL);
        return journal == null ? null : oneLine(journal);
    }

    Integer year() {
        for (String value : all(YEAR)) {
            Integer year = Identifiers.year(value);
            if (year != null) {
                return year;
            }
        }
        return null;
    }

    /**
     * The type's name, then EndNote's "Type of Article" (M3) of articles in periodicals, where
     * EndNote's PubMed import puts PubMed's publication types, unless M3 holds a DOI.
     */
    List<String> publicationTypes() {
        List<String> types = new ArrayList<>();
        String type = type();
        if (type != null) {
            types.add(ReferenceTypes.name(type));
        }
        if (ReferenceTypes.periodical(type)) {
            for (String m3 : all("M3")) {
                if (Identifiers.doi(m3) == null) {
                    split(m3).stream().filter(t -> !types.contains(t)).forEach(types::add);
                }
            }
        }
        return types;
    }

    /** KW, one keyword per value, line or semicolon-separated item. */
    List<String> keywords() {
        List<String> keywords = new ArrayList<>();
        all("KW").forEach(kw -> keywords.addAll(split(kw)));
        return keywords;
    }

    /** Every tag that holds a value (so not ER), values as read, for the record's metadata. */
    Map<String, List<String>> metadata() {
        Map<String, List<String>> metadata = new LinkedHashMap<>(values);
        metadata.remove("ER");
        return metadata;
    }

    private static boolean namesPubmed(String database) {
        String lower = database.toLowerCase(Locale.ROOT);
        return lower.contains("pubmed") || lower.contains("medline") || lower.equals("nlm");
    }

    private static List<String> split(String value) {
        List<String> items = new ArrayList<>();
        for (String item : value.split("[\\n;]")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }

    /** A value's continuation lines joined as one line, as every source joins wrapped lines. */
    private static String oneLine(String value) {
        return value.indexOf('\n') < 0 ? value : WrappedLines.join(java.util.Arrays.asList(value.split("\n")));
    }

    private String first(String... tags) {
        for (String tag : tags) {
            List<String> list = values.get(tag);
            if (list != null) {
                return list.get(0);
            }
        }
        return null;
    }

    private List<String> all(String... tags) {
        List<String> all = new ArrayList<>();
        for (String tag : tags) {
            all.addAll(values.getOrDefault(tag, List.of()));
        }
        return all;
    }
}
