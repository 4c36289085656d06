package org.evidentia.api;

import java.util.Objects;

/**
 * What a finding is about.
 *
 * @param key   the normalized key, e.g. HGNC symbol {@code IL6} or family key {@code IL1}
 * @param label the display label, e.g. {@code IL-6}
 * @param text  the text as matched in the record, e.g. {@code interleukin-6}
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record Subject(String key, String label, String text) {
    public Subject {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(text, "text");
    }
}
