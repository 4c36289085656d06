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
        String line = headerLine(head);
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

    /**
     * The head's first line that is not empty: the reader passes empty lines before the header (not lines of spaces,
     * which are a row), and detection refused such a file as one no source reads though either CSV source read it whole
     * when forced (the review of session 24, I22); below Excel's {@code sep=} line when that comes first.
     */
    private static String headerLine(String head) {
        int start = lineStart(head, 0);
        String line = lineAt(head, start);
        return SepDirective.delimiter(line) != 0 ? lineAt(head, lineStart(head, start + line.length())) : line;
    }

    /** Where the first line at or after {@code from} that is not empty starts. */
    private static int lineStart(String head, int from) {
        int start = from;
        while (start < head.length() && (head.charAt(start) == '\n' || head.charAt(start) == '\r')) {
            start++;
        }
        return start;
    }

    private static String lineAt(String head, int start) {
        int end = head.indexOf('\n', start);
        return end < 0 ? head.substring(start) : head.substring(start, end);
    }

    /**
     * The delimiter of a header line: the one Excel's {@code sep=} line above it names, else the most frequent of tab,
     * semicolon and comma outside quotes.
     */
    static char detectDelimiter(String head) {
        char named = SepDirective.delimiter(lineAt(head, lineStart(head, 0)));
        if (named != 0) {
            return named;
        }
        String line = headerLine(head);
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
