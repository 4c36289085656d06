package org.evidentia.api;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One fact an {@link Extractor} found in a record, traceable to its sentence.
 *
 * @param recordId         {@link BibliographicRecord#id()} of the record
 * @param kind             the {@link FindingKind#name() name} of its extractor's finding kind
 * @param subject          what the finding is about
 * @param direction        the direction of change
 * @param attributes       further facts, sorted by key, named and valued as the kind's
 *                         {@link FindingKind#attributes()} declare; a key is absent rather than mapped to null
 * @param evidence         where it was stated
 * @param extractor        name of the extractor (stamped by the runtime; nullable when built)
 * @param extractorVersion version of the extractor's plugin (stamped by the runtime; nullable when built)
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record Finding(String recordId, String kind, Subject subject, Direction direction,
                      Map<String, String> attributes, EvidenceSpan evidence,
                      String extractor, String extractorVersion) {

    public Finding {
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(evidence, "evidence");
        TreeMap<String, String> sorted = new TreeMap<>();
        if (attributes != null) {
            attributes.forEach((k, v) -> {
                if (v != null) {
                    sorted.put(k, v);
                }
            });
        }
        attributes = Collections.unmodifiableSortedMap(sorted);
    }

    /** An attribute's value, or null. */
    public String attribute(String key) {
        return attributes.get(key);
    }

    /** This finding stamped with the extractor that made it. */
    public Finding withExtractor(String name, String version) {
        return new Finding(recordId, kind, subject, direction, attributes, evidence, name, version);
    }
}
