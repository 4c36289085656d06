package org.evidentia.plugins.bioc.report;

import com.fasterxml.jackson.annotation.JsonValue;

/** Which kept records the {@code bioc} reporter writes as documents. */
public enum DocumentSelection {
    /** Only records with at least one finding. */
    WITH_FINDINGS("with-findings"),
    /** Every kept record, with or without findings. */
    ALL("all");

    private final String label;

    DocumentSelection(String label) {
        this.label = label;
    }

    /** The option value: {@code with-findings}, {@code all}. */
    @JsonValue
    public String label() {
        return label;
    }
}
