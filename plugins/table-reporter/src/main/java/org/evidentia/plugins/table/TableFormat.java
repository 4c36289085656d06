package org.evidentia.plugins.table;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The file formats of the review tables. */
public enum TableFormat {
    /** Comma-separated values, RFC 4180 quoting, {@code \n} line ends. */
    CSV("csv"),
    /** Tab-separated values, quoted like CSV where a cell holds a tab, quote or line break. */
    TSV("tsv"),
    /** A GitHub-flavoured Markdown pipe table. */
    MARKDOWN("md"),
    /** An Excel workbook: one file, {@code review-tables.xlsx}, an About sheet, then one sheet per table. */
    XLSX("xlsx");

    private final String fileExtension;

    TableFormat(String fileExtension) {
        this.fileExtension = fileExtension;
    }

    /** The file name extension without a dot: {@code csv}, {@code tsv}, {@code md}. */
    String fileExtension() {
        return fileExtension;
    }

    /** The option value: {@code csv}, {@code tsv}, {@code markdown}, {@code xlsx}. */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
