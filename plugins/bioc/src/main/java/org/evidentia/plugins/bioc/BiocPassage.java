package org.evidentia.plugins.bioc;

import java.util.Map;

/**
 * One passage of a BioC document, as far as records need it.
 *
 * @param infons its key-value pairs ({@code type}, {@code section_type}, ...), in input order
 * @param offset its document offset
 * @param text   its text ({@code text}, or its sentences' texts placed at their offsets); empty when it has none
 */
record BiocPassage(Map<String, String> infons, long offset, String text) {

    BiocPassage {
        infons = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(infons));
    }

    String type() {
        return infons.getOrDefault("type", "");
    }

    String sectionType() {
        return infons.getOrDefault("section_type", "");
    }
}
