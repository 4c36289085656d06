package org.evidentia.plugins.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Doi;
import org.evidentia.api.InputProbe;
import org.evidentia.api.Origin;
import org.evidentia.api.Source;
import org.evidentia.api.SourceContext;
import org.evidentia.api.SourceInput;
import org.evidentia.plugins.csv.ColumnMapping.Field;
import org.evidentia.textmining.text.AbstractPlaceholder;
import org.evidentia.textmining.text.Pmids;
import org.pf4j.Extension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A reviewer's own CSV or TSV sheet: one record per row, columns mapped to record fields by
 * {@link CsvTableOptions} or by their usual header names; every other column is kept as metadata.
 */
@Extension
public final class CsvTableSource implements Source {

    static final String NAME = "csv-table";

    /** Generic: below every source that knows its format for sure (pubmed-csv scores 100). */
    static final int RECOGNISED_SHEET = 30;
    static final int UNRECOGNISED_SHEET = 5;

    private static final Logger LOG = LoggerFactory.getLogger(CsvTableSource.class);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Generic CSV/TSV sheets: columns mapped to record fields by option or by their usual header names";
    }

    @Override
    public Class<CsvTableOptions> optionsType() {
        return CsvTableOptions.class;
    }

    @Override
    public int accepts(InputProbe probe) {
        String name = probe.fileName();
        boolean sheetName = name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".tab");
        if (!sheetName && !name.endsWith(".txt")) {
            return REJECT;
        }
        String head = probe.headText();
        List<String> header = HeaderProbe.firstRow(head, HeaderProbe.detectDelimiter(head));
        if (header == null || header.size() < 2) {
            return REJECT;
        }
        if (ColumnMapping.recognises(new CsvHeader(header))) {
            return RECOGNISED_SHEET;
        }
        return sheetName ? UNRECOGNISED_SHEET : REJECT;
    }

    @Override
    public Stream<BibliographicRecord> read(SourceInput input, SourceContext context) throws IOException {
        CsvTableOptions options = context.options(CsvTableOptions.class);
        char delimiter = options.delimiter().character();
        if (delimiter == 0) {
            delimiter = HeaderProbe.detectDelimiter(headerLines(input));
        }
        CsvRows rows = new CsvRows(input, context, NAME, delimiter);
        ColumnMapping mapping;
        try {
            mapping = ColumnMapping.of(rows.header(), options);
            if (mapping.column(Field.ID) < 0 && mapping.column(Field.PMID) < 0 && mapping.column(Field.DOI) < 0
                    && mapping.column(Field.TITLE) < 0) {
                throw new IllegalArgumentException("no column identifies a record: expected a column named PMID, DOI, "
                        + "Title or id, or option csv-table.pmid, .doi, .title or .id naming one; the header has: " + rows.header());
            }
        } catch (IllegalArgumentException e) {
            rows.close();
            throw new IOException(input.displayName() + ": " + e.getMessage(), e);
        }
        LOG.debug("{}: delimiter {}, columns {}", input.displayName(), printable(delimiter), mapping.describe(rows.header()));
        if (mapping.column(Field.ABSTRACT) < 0 && mapping.column(Field.TITLE) < 0) {
            // every record would be read with no text at all: a sheet whose columns are named otherwise, or a citation list
            context.warning(new Origin(name(), input.displayName(), 0, rows.headerLine()), "the sheet has no title or abstract column ("
                    + rows.header() + "), so its records hold no text to find anything in; set options csv-table.title and"
                    + " csv-table.abstract to name them");
        } else if (mapping.column(Field.ABSTRACT) < 0) {
            context.notice(input.displayName() + ": the sheet has no abstract column (" + rows.header()
                    + "), so findings can come only from titles; set option csv-table.abstract to name it");
        }
        // A sheet's fields may hold line breaks, and nothing tells for sure which line starts a row.
        return rows.records(row -> map(row, mapping, options, context), true, null);
    }

    private static BibliographicRecord.Builder map(CsvRow row, ColumnMapping mapping, CsvTableOptions options, SourceContext context) {
        String id = row.get(mapping.column(Field.ID));
        String extra = row.get(mapping.extraColumn());
        String pmidValue = mapping.column(Field.PMID) >= 0 ? row.get(mapping.column(Field.PMID)) : extraValue(extra, "PMID");
        String pmid = Pmids.normalised(pmidValue);
        String notAPmid = pmidValue != null && pmid == null ? pmidValue : null;
        String doi = Doi.bare(row.get(mapping.column(Field.DOI)));
        String title = FoldedText.of(row.get(mapping.column(Field.TITLE)));
        if (id == null && pmid == null && doi == null && title == null) {
            context.skipped(row.origin(), notAPmid == null
                    ? "row has no id, PMID, DOI or title; expected at least one to identify the record"
                    : "row's PMID '" + Pmids.quoted(notAPmid) + "' (in column " + columnName(row, mapping, Field.PMID)
                            + ") is no PubMed id, and the row has no id, DOI or title; expected digits in the PMID column,"
                            + " or another value to identify the record");
            return null;
        }
        if (notAPmid != null) {
            // kept as the PMID, it would link to no record and merge with no other copy of the study
            context.warning(row.origin(), "the row's PMID '" + Pmids.quoted(notAPmid) + "' (in column " + columnName(row, mapping, Field.PMID)
                    + ") is no PubMed id; expected digits only (a 'PMID:' label or a '.0' tail is read as the number); kept without a PMID");
        }
        BibliographicRecord.Builder record = BibliographicRecord.builder()
                .id(id)
                .pmid(pmid)
                .doi(doi)
                .pmcid(mapping.column(Field.PMCID) >= 0 ? row.get(mapping.column(Field.PMCID)) : extraValue(extra, "PMCID"))
                .title(title)
                .authors(split(row.get(mapping.column(Field.AUTHORS)), options.authorsSeparator()))
                .journal(row.get(mapping.column(Field.JOURNAL)))
                .year(Citations.year(row.get(mapping.column(Field.YEAR))));
        String abstractText = row.get(mapping.column(Field.ABSTRACT));
        if (!AbstractPlaceholder.isNoAbstract(abstractText)) { // Scopus's "[No abstract available]" (the review of session 26's change, Q12)
            for (String paragraph : FoldedText.paragraphs(abstractText)) {
                record.section(null, paragraph);
            }
        }
        split(row.get(mapping.column(Field.KEYWORDS)), options.keywordsSeparator()).forEach(record::keyword);
        List<String> names = row.header().names();
        for (int i = 0; i < names.size(); i++) {
            String value = row.get(i);
            if (value != null && !mapping.isMapped(i)) {
                record.metadata(names.get(i), value);
            }
        }
        return record;
    }

    private static String columnName(CsvRow row, ColumnMapping mapping, Field field) {
        int column = mapping.column(field) >= 0 ? mapping.column(field) : mapping.extraColumn();
        return row.header().names().get(column);
    }

    /** The value of the line {@code key: value} in Zotero's "Extra" field ({@code PMID: 33126234}), or null. */
    private static String extraValue(String extra, String key) {
        if (extra == null) {
            return null;
        }
        for (String line : extra.split("\\R")) {
            String stripped = line.strip();
            if (stripped.regionMatches(true, 0, key + ":", 0, key.length() + 1)) {
                String value = stripped.substring(key.length() + 1).strip();
                return value.isEmpty() ? null : value;
            }
        }
        return null;
    }

    private static List<String> split(String value, String separator) {
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split(Pattern.quote(separator)))
                .map(String::strip).filter(part -> !part.isEmpty()).toList();
    }

    /** The file's lines up to its header's, which may stand below empty lines and Excel's {@code sep=} line. */
    private static String headerLines(SourceInput input) throws IOException {
        StringBuilder head = new StringBuilder();
        try (BufferedReader reader = input.openReader()) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                head.append(line).append('\n');
                if (!line.isEmpty() && SepDirective.delimiter(line) == 0) {
                    break;
                }
            }
        }
        return head.toString();
    }

    private static String printable(char delimiter) {
        return delimiter == '\t' ? "tab" : "'" + delimiter + "'";
    }
}
