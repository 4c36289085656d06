package org.evidentia.api;

import java.util.Objects;

/**
 * One section of an abstract: {@code BACKGROUND}, {@code METHODS}, ... or an unlabelled abstract.
 *
 * <p>Extractors read the label: the bundled ones take no finding from the sentences of a
 * methods-like section ({@code METHODS}, {@code DESIGN}, {@code OBJECTIVE}, ...), and read a
 * background section as earlier work rather than the study's result. So a source whose format has
 * structured abstracts gives each part as its own labelled section; one unlabelled section holding
 * {@code "METHODS: ..."} lines (the form {@link BibliographicRecord#abstractText()} writes) makes
 * what was measured read as what was found.
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
