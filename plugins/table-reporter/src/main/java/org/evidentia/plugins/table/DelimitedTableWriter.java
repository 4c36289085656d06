package org.evidentia.plugins.table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes a table as CSV or TSV with Commons CSV: RFC 4180 quoting (a cell is quoted when it holds
 * the delimiter, a quote or a line break; quotes are doubled) but {@code \n} line ends rather than
 * CRLF, which every spreadsheet and CSV reader accepts and which keeps files diff-friendly.
 *
 * <p>In CSV a cell holding a semicolon is quoted too: Excel in locales whose list separator is
 * {@code ;} (German, French, Italian, Spanish, Dutch...) splits an unquoted cell there, and a
 * title such as {@code Effects;=2+5} would put a formula in the next cell that formula
 * neutralisation, which looks at the start of a cell, never saw. A quoted {@code ;} stays in its cell.
 */
final class DelimitedTableWriter implements TextTable {

    private final CSVFormat format;
    /** The same format quoting every cell it prints: for the cells that must be quoted though RFC 4180 does not ask it. */
    private final CSVFormat quoted;
    private final boolean quoteSemicolons;
    private final boolean bom;
    private final boolean neutraliseFormulas;

    DelimitedTableWriter(char delimiter, boolean bom, boolean neutraliseFormulas) {
        this.format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setRecordSeparator("\n")
                .setQuoteMode(QuoteMode.MINIMAL)
                .get();
        this.quoted = format.builder().setQuoteMode(QuoteMode.ALL).get();
        this.quoteSemicolons = delimiter == ',';
        this.bom = bom;
        this.neutraliseFormulas = neutraliseFormulas;
    }

    @Override
    public RowWriter open(List<String> header, Writer out) throws IOException {
        if (bom) {
            out.write('\uFEFF');
        }
        print(header, false, out);
        return new RowWriter() {
            @Override
            public void row(List<String> cells) throws IOException {
                if (cells.size() != header.size()) {
                    throw new IllegalArgumentException("a row has " + cells.size() + " cells, the header " + header.size());
                }
                print(cells, neutraliseFormulas, out);
            }

            @Override
            public void close() throws IOException {
                out.close();
            }
        };
    }

    @Override
    public String line(List<String> cells) {
        StringBuilder line = new StringBuilder(256);
        try {
            print(cells, neutraliseFormulas, line);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder throws none
        }
        return line.toString();
    }

    /** One line of cells, cell by cell (a CSVPrinter's printRecord goes through a stream per row, a tenth of a run's reporting on c30k). */
    private void print(List<String> cells, boolean neutralise, Appendable out) throws IOException {
        boolean first = true;
        for (String cell : cells) {
            String value = neutralise ? FormulaNeutraliser.neutralise(cell) : cell;
            (quoteSemicolons && value != null && value.indexOf(';') >= 0 ? quoted : format).print(value, out, first);
            first = false;
        }
        format.println(out);
    }
}
