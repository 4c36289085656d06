package org.evidentia.api;

import java.util.Objects;

/**
 * One section of an abstract: {@code BACKGROUND}, {@code METHODS}, ... or an unlabelled abstract.
 *
 * @param label the section label as printed (nullable: unstructured abstracts have none)
 * @param text  the section's text
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record AbstractSection(String label, String text) {

    public AbstractSection {
        Objects.requireNonNull(text, "text");
        if (label != null && label.isBlank()) {
            label = null;
        }
    }
}
