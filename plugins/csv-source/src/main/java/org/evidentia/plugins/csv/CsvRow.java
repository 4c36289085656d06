package org.evidentia.plugins.csv;

import java.util.List;
import org.evidentia.api.Origin;

/**
 * One data row of a CSV file, with the header it belongs to.
 *
 * @param header the header's column names
 * @param values the row's values, as many as the header has columns
 * @param origin where the row is
 */
record CsvRow(CsvHeader header, List<String> values, Origin origin) {

    /** The value of the column at {@code index}, stripped; null when blank or out of range. */
    String get(int index) {
        if (index < 0 || index >= values.size()) {
            return null;
        }
        String value = values.get(index).strip();
        return value.isEmpty() ? null : value;
    }

    /** The value of the column named exactly {@code column}; null when blank or absent. */
    String get(String column) {
        return get(header.indexOf(column));
    }

    /** True when a value holds U+FFFD, the mark of bytes that were not UTF-8. */
    boolean hasReplacementCharacter() {
        for (String value : values) {
            if (value.indexOf('\uFFFD') >= 0) {
                return true;
            }
        }
        return false;
    }
}
