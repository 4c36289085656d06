package org.evidentia.plugins.bioc.report;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Options of the {@code bioc} reporter.
 *
 * @param formats   the formats to write, in order; duplicates ignored
 * @param documents which kept records become documents
 */
public record BiocOptions(
        @JsonProperty("formats") @JsonAlias("format")
        @JsonPropertyDescription("BioC formats to write: xml (findings.bioc.xml), json (findings.bioc.json), or both. Default: xml.")
        List<BiocFormat> formats,
        @JsonProperty("documents")
        @JsonPropertyDescription("Which kept records become BioC documents: with-findings (records with at least one finding)"
                + " or all. Default: with-findings.")
        DocumentSelection documents) {

    public BiocOptions {
        if (formats == null) {
            formats = List.of(BiocFormat.XML);
        } else if (formats.isEmpty() || formats.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("formats must name at least one of xml, json");
        } else {
            formats = List.copyOf(new LinkedHashSet<>(formats));
        }
        if (documents == null) {
            documents = DocumentSelection.WITH_FINDINGS;
        }
    }
}
