package org.evidentia.plugins.csv;

import org.apache.commons.csv.CSVFormat;

/** The CSV dialect Evidentia reads: RFC 4180 quoting, any delimiter, blank lines ignored. */
final class CsvFormats {

    private CsvFormats() {
    }

    static CSVFormat of(char delimiter) {
        return CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .get();
    }
}
