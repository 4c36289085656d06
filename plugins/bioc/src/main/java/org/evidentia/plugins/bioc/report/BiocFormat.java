package org.evidentia.plugins.bioc.report;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The formats the {@code bioc} reporter writes a collection in. */
public enum BiocFormat {
    /** BioC XML, valid against BioC's DTD: {@code findings.bioc.xml}. */
    XML,
    /** BioC JSON: {@code findings.bioc.json}. */
    JSON;

    /** The option value: {@code xml}, {@code json}. */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
