package org.evidentia.plugins.csv;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

/** Reads the header row from the first bytes of a file, for detection. */
final class HeaderProbe {

    private HeaderProbe() {
    }

    /** The first row of {@code head} split at {@code delimiter}, stripped; null when there is none. */
    static List<String> firstRow(String head, char delimiter) {
        int end = head.indexOf('\n');
        String line = end < 0 ? head : head.substring(0, end);
        try {
            CsvReader.Row row = new CsvReader(new StringReader(line), delimiter, 1).next();
            if (row == null || row.unclosedQuoteLine() > 0 || row.limitPassed() != null) {
                return null; // a header with an open quote is not a header
            }
            return row.fields().stream().map(String::strip).toList();
        } catch (IOException e) {
            return null; // a string cannot fail to be read
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
