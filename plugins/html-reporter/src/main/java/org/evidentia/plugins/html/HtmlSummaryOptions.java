package org.evidentia.plugins.html;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * Options of the {@code html-summary} reporter.
 *
 * @param title the report's title
 */
public record HtmlSummaryOptions(
        @JsonProperty("title")
        @JsonPropertyDescription("The report's title, shown as its heading and in the browser tab. Default: Evidence summary.")
        String title) {

    public HtmlSummaryOptions {
        if (title == null) {
            title = "Evidence summary";
        } else if (title.isBlank()) {
            throw new IllegalArgumentException("title must not be blank");
        } else {
            title = title.strip();
        }
    }
}
