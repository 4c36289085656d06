package org.evidentia.plugins.csv;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.SourceContext;
import org.evidentia.textmining.text.Pmids;
import org.evidentia.textmining.text.PubmedMarkup;

/**
 * The two column layouts of PubMed's "Save > CSV" export, and how each maps onto a record. PubMed prints
 * a title's inline markup as it stands in its XML ({@code <i>Anopheles</i>}); the record's title is plain
 * ({@link PubmedMarkup}), as the XML source reads it.
 */
enum PubmedCsvLayout {

    /** Since 2020: one column per field. */
    CURRENT(List.of("PMID", "Title", "Authors", "Citation", "First Author", "Journal/Book",
            "Publication Year", "Create Date", "PMCID", "NIHMS ID", "DOI"), false, RowStart.matching(Pattern.compile("\"\\d+\","))) {
        @Override
        BibliographicRecord.Builder map(CsvRow row, SourceContext context) {
            String pmidValue = row.get("PMID");
            if (pmidValue == null) {
                context.skipped(row.origin(), "row has no PMID; expected one in column PMID");
                return null;
            }
            String citation = row.get("Citation");
            String year = row.get("Publication Year");
            String title = title(row.get("Title"));
            String doi = firstNonNull(row.get("DOI"), Citations.doi(citation));
            Pmid pmid = pmid(row, pmidValue, "in column PMID", title, doi, context);
            if (pmid == null) {
                return null;
            }
            BibliographicRecord.Builder record = BibliographicRecord.builder()
                    .pmid(pmid.digits())
                    .title(title)
                    .authors(Citations.authors(row.get("Authors")))
                    .journal(firstNonNull(row.get("Journal/Book"), Citations.journal(citation)))
                    .year(firstNonNull(Citations.year(year), Citations.year(citation)))
                    .pmcid(row.get("PMCID"))
                    .doi(doi);
            metadata(record, row, Set.of("PMID", "Title", "Authors", "Journal/Book", "PMCID", "DOI"));
            return record;
        }
    },

    /** Before 2020: a search-results table; every row ends with a comma, so has one field more than the header. */
    LEGACY(List.of("Title", "URL", "Description", "Details", "ShortDetails", "Resource", "Type", "Identifiers",
            "Db", "EntrezUID", "Properties"), true, RowStart.matching(Pattern.compile("\"(?:[^\"\r\n]|\"\")*\",\"/pubmed/\\d+\","))) {
        @Override
        BibliographicRecord.Builder map(CsvRow row, SourceContext context) {
            Identifiers ids = Identifiers.parse(row.get("Identifiers"));
            String pmidValue = firstNonNull(ids.pmid(), row.get("EntrezUID"));
            if (pmidValue == null) {
                context.skipped(row.origin(), "row has no PMID; expected PMID:n in column Identifiers or a number in EntrezUID");
                return null;
            }
            String details = row.get("Details");
            String shortDetails = row.get("ShortDetails");
            String title = title(row.get("Title"));
            String doi = Citations.doi(details);
            Pmid pmid = pmid(row, pmidValue, ids.pmid() != null ? "after PMID: in column Identifiers" : "in column EntrezUID",
                    title, doi, context);
            if (pmid == null) {
                return null;
            }
            BibliographicRecord.Builder record = BibliographicRecord.builder()
                    .pmid(pmid.digits())
                    .pmcid(ids.pmcid())
                    .title(title)
                    .authors(Citations.authors(row.get("Description")))
                    .journal(firstNonNull(Citations.journal(shortDetails), Citations.journal(details)))
                    .year(firstNonNull(Citations.year(shortDetails), Citations.year(details)))
                    .doi(doi);
            if (Citations.markedReview(details)) {
                record.publicationType("Review"); // the one publication type this layout gives
            }
            metadata(record, row, Set.of("Title", "Description", "EntrezUID"));
            return record;
        }
    };

    private final List<String> columns;
    private final boolean trailingComma;
    private final RowStart rowStart;

    PubmedCsvLayout(List<String> columns, boolean trailingComma, RowStart rowStart) {
        this.columns = columns;
        this.trailingComma = trailingComma;
        this.rowStart = rowStart;
    }

    /** The header's column names, in order. */
    List<String> columns() {
        return columns;
    }

    /** Whether rows end with a comma that the header lacks. */
    boolean trailingComma() {
        return trailingComma;
    }

    /**
     * How every row of the layout begins: PubMed writes each field quoted, the current layout's
     * first the PMID ({@code "32104915",}), the legacy one's the title and then the URL
     * ({@code "A title","/pubmed/31289754",}). A line that begins so starts a row, even where a
     * damaged row before it left a quote open.
     */
    RowStart rowStart() {
        return rowStart;
    }

    /** The record a row holds, or null after reporting to {@code context} why it has none. */
    abstract BibliographicRecord.Builder map(CsvRow row, SourceContext context);

    /** The layout whose header is exactly {@code header}, or null. */
    static PubmedCsvLayout of(List<String> header) {
        for (PubmedCsvLayout layout : values()) {
            if (layout.columns.equals(header)) {
                return layout;
            }
        }
        return null;
    }

    /** A title as the record holds it: PubMed's inline tags dropped, then white space (a quoted field's line breaks) folded. */
    private static String title(String value) {
        return FoldedText.of(PubmedMarkup.plainText(value));
    }

    /** A row's PMID: its digits, or null digits for a row kept without one. */
    private record Pmid(String digits) {
    }

    /**
     * The row's PMID read from {@code value} ({@link Pmids}). A value that is no PubMed id is not kept
     * as one: it would link to no record and merge with no other copy of the study. The row is then kept
     * without a PMID, with a warning, as the MEDLINE source keeps such a record, when its title or DOI
     * identifies it; else it is skipped. Returns null after reporting the row as skipped.
     */
    private static Pmid pmid(CsvRow row, String value, String where, String title, String doi, SourceContext context) {
        String digits = Pmids.normalised(value);
        if (digits != null) {
            return new Pmid(digits);
        }
        String bad = "the row's PMID '" + Pmids.quoted(value) + "' (" + where + ") is no PubMed id";
        if (title == null && doi == null) {
            context.skipped(row.origin(), bad + ", and the row has no title or DOI to identify it; expected digits"
                    + " (a 'PMID:' label or a '.0' tail is read as the number)");
            return null;
        }
        context.warning(row.origin(), bad + "; expected digits only (a 'PMID:' label or a '.0' tail is read as the number);"
                + " kept without a PMID");
        return new Pmid(null);
    }

    /** Every column not mapped onto a record field goes into metadata under its own name. */
    private static void metadata(BibliographicRecord.Builder record, CsvRow row, Set<String> mapped) {
        List<String> names = row.header().names();
        for (int i = 0; i < names.size(); i++) {
            String value = row.get(i);
            if (value != null && !mapped.contains(names.get(i))) {
                record.metadata(names.get(i), value);
            }
        }
    }

    private static <T> T firstNonNull(T first, T second) {
        return first != null ? first : second;
    }

    /** The legacy {@code Identifiers} column: {@code "PMID:31289754 | PMCID:PMC6611131.2"}. */
    private record Identifiers(String pmid, String pmcid) {

        static Identifiers parse(String text) {
            String pmid = null;
            String pmcid = null;
            if (text != null) {
                for (String part : text.split("\\|")) {
                    String item = part.strip();
                    if (item.startsWith("PMID:")) {
                        pmid = item.substring(5).strip();
                    } else if (item.startsWith("PMCID:")) {
                        String value = item.substring(6).strip();
                        int version = value.indexOf('.');
                        pmcid = version < 0 ? value : value.substring(0, version); // PMC6611131.2 is version 2
                    }
                }
            }
            return new Identifiers(pmid, pmcid);
        }
    }
}
