package org.evidentia.plugins.csv;

import java.util.List;

/**
 * Excel's {@code sep=;} line: written above a sheet's header by tools that want Excel to split it at that delimiter,
 * and read by Excel as no row. Without it being read as such, a sheet so saved had the directive for a header and was
 * refused whole (the review of session 28, N19).
 */
final class SepDirective {

    private SepDirective() {
    }

    /** The delimiter {@code line} names when it is the directive ({@code sep=;}, quoted or not, any case), else 0. */
    static char delimiter(String line) {
        // not strip(): a tab is a delimiter the line may name ("sep=\t"), only spaces and line ends go
        String text = line.replaceAll("^[ \\r\\n]+|[ \\r\\n]+$", "");
        if (text.length() == 7 && text.charAt(0) == '"' && text.charAt(6) == '"') {
            text = text.substring(1, 6);
        }
        return text.length() == 5 && text.regionMatches(true, 0, "sep=", 0, 4) ? text.charAt(4) : 0;
    }

    /** Whether a row read at {@code delimiter} is the directive: its fields joined again make one. */
    static boolean isDirective(List<String> fields, char delimiter) {
        return fields.size() <= 2 && delimiter(String.join(String.valueOf(delimiter), fields)) != 0;
    }
}
