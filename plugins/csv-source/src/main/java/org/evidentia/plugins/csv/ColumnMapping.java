package org.evidentia.plugins.csv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which column of a sheet holds which record field: the column named by an option, else the
 * first column whose header, folded to lower-case letters and digits, is one of the field's
 * usual names ({@code "PubMed ID"} and {@code "pubmed_id"} both fold to {@code pubmedid}).
 */
final class ColumnMapping {

    /** BibliographicRecord fields a sheet's columns can map to, in the order options list them. */
    enum Field {
        ID("id", "id", "recordid", "refid"),
        PMID("pmid", "pmid", "pubmedid", "pubmed", "entrezuid"),
        DOI("doi", "doi"),
        PMCID("pmcid", "pmcid", "pmc"),
        TITLE("title", "title", "articletitle", "documenttitle", "ti"),
        ABSTRACT("abstract", "abstract", "ab", "abstracttext", "abstractnote", "summary"),
        AUTHORS("authors", "authors", "author", "authornames", "au"),
        JOURNAL("journal", "journal", "journalbook", "journaltitle", "source", "sourcetitle", "publicationtitle", "so"),
        YEAR("year", "year", "publicationyear", "pubyear", "publishedyear", "py"),
        KEYWORDS("keywords", "keywords", "keyword", "authorkeywords", "kw");

        private final String option;
        private final List<String> usualNames;

        Field(String option, String... usualNames) {
            this.option = option;
            this.usualNames = List.of(usualNames);
        }

        String option() {
            return option;
        }
    }

    /** Zotero's column of "Key: value" lines, which holds a record's PMID and PMCID when it has them. */
    private static final String EXTRA = "extra";

    private final Map<Field, Integer> columns;
    private final int extra;

    private ColumnMapping(Map<Field, Integer> columns, int extra) {
        this.columns = columns;
        this.extra = extra;
    }

    /**
     * Maps {@code header} by {@code options}.
     *
     * @throws IllegalArgumentException naming the option and the header when a configured column is absent
     */
    static ColumnMapping of(CsvHeader header, CsvTableOptions options) {
        Map<Field, Integer> columns = new LinkedHashMap<>();
        for (Field field : Field.values()) {
            String configured = configured(field, options);
            int index = configured != null ? indexIgnoringCase(header, configured) : usual(header, field);
            if (configured != null && index < 0) {
                throw new IllegalArgumentException("option csv-table." + field.option() + " names column '" + configured
                        + "', which the header lacks; the header has: " + header);
            }
            if (index >= 0 && !columns.containsValue(index)) {
                columns.put(field, index);
            }
        }
        int extra = -1;
        for (int i = 0; i < header.names().size(); i++) {
            if (fold(header.names().get(i)).equals(EXTRA) && !columns.containsValue(i)) {
                extra = i;
                break;
            }
        }
        return new ColumnMapping(columns, extra);
    }

    /** True when some column was found by its usual name, so the sheet looks bibliographic. */
    static boolean recognises(CsvHeader header) {
        return usual(header, Field.TITLE) >= 0 || usual(header, Field.PMID) >= 0 || usual(header, Field.DOI) >= 0;
    }

    /** The column index of {@code field}, or -1 when the sheet has none. */
    int column(Field field) {
        return columns.getOrDefault(field, -1);
    }

    /**
     * The column of "Key: value" lines (Zotero's "Extra") that may hold the PMID and PMCID of a sheet without a column of
     * its own for them, or -1.
     */
    int extraColumn() {
        return extra;
    }

    /** Whether column {@code index} holds one of the record's own fields. */
    boolean isMapped(int index) {
        return columns.containsValue(index);
    }

    /** The fields found, with the column names they came from, for messages. */
    List<String> describe(CsvHeader header) {
        List<String> found = new ArrayList<>();
        columns.forEach((field, index) -> found.add(field.option() + "=" + header.names().get(index)));
        return found;
    }

    private static String configured(Field field, CsvTableOptions options) {
        return switch (field) {
            case ID -> options.id();
            case PMID -> options.pmid();
            case DOI -> options.doi();
            case PMCID -> options.pmcid();
            case TITLE -> options.title();
            case ABSTRACT -> options.abstractText();
            case AUTHORS -> options.authors();
            case JOURNAL -> options.journal();
            case YEAR -> options.year();
            case KEYWORDS -> options.keywords();
        };
    }

    private static int indexIgnoringCase(CsvHeader header, String name) {
        List<String> names = header.names();
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    private static int usual(CsvHeader header, Field field) {
        List<String> names = header.names();
        for (String usual : field.usualNames) {
            for (int i = 0; i < names.size(); i++) {
                if (fold(names.get(i)).equals(usual)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static String fold(String name) {
        StringBuilder folded = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = Character.toLowerCase(name.charAt(i));
            if (Character.isLetterOrDigit(c)) {
                folded.append(c);
            }
        }
        return folded.toString().toLowerCase(Locale.ROOT);
    }
}
