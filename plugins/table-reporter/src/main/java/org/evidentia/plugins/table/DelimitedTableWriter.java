package org.evidentia.plugins.table;

import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes a table as CSV or TSV with Commons CSV: RFC 4180 quoting (a cell is quoted when it holds
 * the delimiter, a quote or a line break; quotes are doubled) but {@code \n} line ends rather than
 * CRLF, which every spreadsheet and CSV reader accepts and which keeps files diff-friendly.
 */
final class DelimitedTableWriter {

    private final CSVFormat format;
    private final boolean bom;
    private final boolean neutraliseFormulas;

    DelimitedTableWriter(char delimiter, boolean bom, boolean neutraliseFormulas) {
        this.format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setRecordSeparator("\n")
                .setQuoteMode(QuoteMode.MINIMAL)
                .get();
        this.bom = bom;
        this.neutraliseFormulas = neutraliseFormulas;
    }

    void write(Table table, Writer out) throws IOException {
        if (bom) {
            out.write('\uFEFF');
        }
        CSVPrinter printer = new CSVPrinter(out, format);
        printer.printRecord(table.header());
        try (Stream<List<String>> rows = table.rows()) {
            for (Iterator<List<String>> it = rows.iterator(); it.hasNext(); ) {
                List<String> row = it.next();
                printer.printRecord(neutraliseFormulas ? row.stream().map(FormulaNeutraliser::neutralise).toList() : row);
            }
        }
        printer.flush();
    }
}
