package org.evidentia.plugins.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads the header row from the first bytes of a file, for detection. */
final class HeaderProbe {

    private HeaderProbe() {
    }

    /** The first row of {@code head} split at {@code delimiter}, stripped; null when there is none. */
    static List<String> firstRow(String head, char delimiter) {
        int end = head.indexOf('\n');
        String line = end < 0 ? head : head.substring(0, end);
        try (CSVParser parser = CsvFormats.of(delimiter).parse(new StringReader(line))) {
            Iterator<CSVRecord> rows = parser.iterator();
            return rows.hasNext() ? rows.next().toList().stream().map(String::strip).toList() : null;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return null; // a header with an open quote is not a header
        }
    }

    /** The delimiter of a header line: the most frequent of tab, semicolon and comma outside quotes. */
    static char detectDelimiter(String head) {
        int end = head.indexOf('\n');
        String line = end < 0 ? head : head.substring(0, end);
        int tabs = 0;
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                switch (c) {
                    case '\t' -> tabs++;
                    case ';' -> semicolons++;
                    case ',' -> commas++;
                    default -> {
                        // part of a column name
                    }
                }
            }
        }
        if (tabs > 0 && tabs >= semicolons && tabs >= commas) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }
}
