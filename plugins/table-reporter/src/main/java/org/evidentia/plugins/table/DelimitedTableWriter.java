package org.evidentia.plugins.table;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
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

    /** Writes the header to {@code out} and returns the writer of the rows; closing it closes {@code out}. */
    RowWriter open(List<String> header, Writer out) throws IOException {
        if (bom) {
            out.write('\uFEFF');
        }
        CSVPrinter printer = new CSVPrinter(out, format);
        printer.printRecord(header);
        return new RowWriter() {
            @Override
            public void row(List<String> cells) throws IOException {
                if (cells.size() != header.size()) {
                    throw new IllegalArgumentException("a row has " + cells.size() + " cells, the header " + header.size());
                }
                // cell by cell: printRecord goes through a stream per row, a tenth of a run's reporting on c30k
                for (String cell : cells) {
                    printer.print(neutraliseFormulas ? FormulaNeutraliser.neutralise(cell) : cell);
                }
                printer.println();
            }

            @Override
            public void close() throws IOException {
                printer.close();
            }
        };
    }
}
