package org.evidentia.plugins.table;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Options of the {@code review-table} reporter.
 *
 * @param formats            the table formats to write, in order; duplicates ignored
 * @param bom                whether CSV and TSV files start with a UTF-8 byte-order mark
 * @param neutraliseFormulas whether spreadsheet formulas are neutralised in CSV and TSV cells
 */
public record ReviewTableOptions(
        @JsonProperty("formats") @JsonAlias("format")
        @JsonPropertyDescription("Table formats to write: csv, tsv, markdown, xlsx (one or several; xlsx is one Excel workbook: an About sheet, then a sheet per table). Default: csv.")
        List<TableFormat> formats,
        @JsonProperty("bom")
        @JsonPropertyDescription("Start CSV and TSV files with a UTF-8 byte-order mark, so Excel reads them as UTF-8. Default: false.")
        Boolean bom,
        @JsonProperty("neutralise-formulas")
        @JsonPropertyDescription("Prefix a CSV, TSV or xlsx cell that begins with = + - @, a tab or a carriage return with ' so that "
                + "no spreadsheet evaluates it as a formula. Default: true.")
        Boolean neutraliseFormulas) {

    public ReviewTableOptions {
        if (formats == null) {
            formats = List.of(TableFormat.CSV);
        } else if (formats.isEmpty() || formats.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("formats must name at least one of csv, tsv, markdown, xlsx");
        } else {
            formats = List.copyOf(new LinkedHashSet<>(formats));
        }
        bom = bom != null && bom;
        neutraliseFormulas = neutraliseFormulas == null || neutraliseFormulas;
    }
}
