package org.evidentia.plugins.csv;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * Options of {@code csv-table}: the delimiter, and which column holds which record field. A column
 * left unset is found by its usual header names (see {@link ColumnMapping}).
 *
 * @param delimiter         the field delimiter
 * @param id                column of a record id of the sheet's own
 * @param pmid              column of the PubMed id
 * @param doi               column of the DOI
 * @param pmcid             column of the PubMed Central id
 * @param title             column of the title
 * @param abstractText      column of the abstract
 * @param authors           column of the authors
 * @param journal           column of the journal
 * @param year              column of the publication year
 * @param keywords          column of the keywords
 * @param authorsSeparator  what separates authors within the authors column
 * @param keywordsSeparator what separates keywords within the keywords column
 */
public record CsvTableOptions(
        @JsonPropertyDescription("Field delimiter: auto (the most frequent of tab, semicolon and comma in the header line), comma, tab, semicolon or pipe")
        Delimiter delimiter,
        @JsonPropertyDescription("Column holding the sheet's own record id (default: a column named id, record id or ref id)")
        String id,
        @JsonPropertyDescription("Column holding the PMID (default: PMID, PubMed ID, PubMed, EntrezUID; else a line 'PMID: n' of a column named Extra)")
        String pmid,
        @JsonPropertyDescription("Column holding the DOI (default: DOI)")
        String doi,
        @JsonPropertyDescription("Column holding the PMCID (default: PMCID, PMC ID, PMC; else a line 'PMCID: PMCn' of a column named Extra)")
        String pmcid,
        @JsonPropertyDescription("Column holding the title (default: Title, Article Title, Document Title, TI)")
        String title,
        @JsonProperty("abstract")
        @JsonPropertyDescription("Column holding the abstract (default: Abstract, AB, Abstract Text, Abstract Note, Summary)")
        String abstractText,
        @JsonPropertyDescription("Column holding the authors (default: Authors, Author, Author Names, AU)")
        String authors,
        @JsonPropertyDescription("Column holding the journal (default: Journal, Journal/Book, Journal Title, Source, Source Title, Publication Title, SO)")
        String journal,
        @JsonPropertyDescription("Column holding the publication year (default: Year, Publication Year, Pub Year, Published Year, PY)")
        String year,
        @JsonPropertyDescription("Column holding the keywords (default: Keywords, Keyword, Author Keywords, KW)")
        String keywords,
        @JsonProperty("authors-separator")
        @JsonPropertyDescription("Text between two authors in the authors column")
        String authorsSeparator,
        @JsonProperty("keywords-separator")
        @JsonPropertyDescription("Text between two keywords in the keywords column")
        String keywordsSeparator) {

    /** Field delimiters; {@link #AUTO} looks at the header line. */
    public enum Delimiter {
        AUTO, COMMA, TAB, SEMICOLON, PIPE;

        /** The character, or 0 for {@link #AUTO}. */
        char character() {
            return switch (this) {
                case AUTO -> 0;
                case COMMA -> ',';
                case TAB -> '\t';
                case SEMICOLON -> ';';
                case PIPE -> '|';
            };
        }
    }

    public CsvTableOptions {
        delimiter = delimiter == null ? Delimiter.AUTO : delimiter;
        id = column("id", id);
        pmid = column("pmid", pmid);
        doi = column("doi", doi);
        pmcid = column("pmcid", pmcid);
        title = column("title", title);
        abstractText = column("abstract", abstractText);
        authors = column("authors", authors);
        journal = column("journal", journal);
        year = column("year", year);
        keywords = column("keywords", keywords);
        authorsSeparator = separator("authors-separator", authorsSeparator);
        keywordsSeparator = separator("keywords-separator", keywordsSeparator);
    }

    private static String column(String key, String name) {
        if (name != null && name.isBlank()) {
            throw new IllegalArgumentException(key + " must name a column of the header; leave it unset to find the column by its usual names");
        }
        return name == null ? null : name.strip();
    }

    private static String separator(String key, String value) {
        if (value == null) {
            return ";";
        }
        if (value.isEmpty()) {
            throw new IllegalArgumentException(key + " must not be empty; use for example \";\" or \"|\"");
        }
        return value;
    }
}
