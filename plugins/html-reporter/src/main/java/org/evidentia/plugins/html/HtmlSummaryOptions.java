package org.evidentia.plugins.html;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * Options of the {@code html-summary} reporter.
 *
 * @param title    the report's title
 * @param question the review's question, shown under the title; null for none
 */
public record HtmlSummaryOptions(
        @JsonProperty("title")
        @JsonPropertyDescription("The report's title, shown as its heading and in the browser tab. Default: Evidence summary.")
        String title,
        @JsonProperty("question")
        @JsonPropertyDescription("The review's question, shown under the title so that a reader handed the report knows what"
                + " it answers. Default: none.")
        String question) {

    public HtmlSummaryOptions {
        if (title == null) {
            title = "Evidence summary";
        } else if (title.isBlank()) {
            throw new IllegalArgumentException("title must not be blank");
        } else {
            title = title.strip();
        }
        if (question != null && question.isBlank()) {
            throw new IllegalArgumentException("question must not be blank; leave it out for none");
        }
        question = question == null ? null : question.strip();
    }
}
