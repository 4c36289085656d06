package org.evidentia.runtime.evaluation;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.evidentia.api.Direction;

/**
 * One line of a gold file (format: docs/evaluation.md): a finding of a record, or, with
 * {@code none}, the statement that the record has no finding.
 *
 * @param record     the record the line is about
 * @param subject    the subject key (a cytokine's HGNC symbol, ...); null on a {@code none} line
 * @param direction  the direction; null on a {@code none} line
 * @param attributes every other field of the line by name ({@code specimen}, {@code population},
 *                   {@code context}, ...), sorted; a field written as {@code null} is present with a
 *                   null value ("unstated"), a field the line lacks is absent ("not annotated")
 * @param evidence   the sentence, verbatim (not scored), nullable
 * @param line       1-based line in the gold file, for messages
 */
public record GoldFinding(GoldRecord record, String subject, Direction direction, Map<String, String> attributes,
                          String evidence, int line) {

    public GoldFinding {
        Objects.requireNonNull(record, "record");
        if ((subject == null) != (direction == null)) {
            throw new IllegalArgumentException("a gold finding has both a subject and a direction, or neither (a none line)");
        }
        // A copy that keeps null values: null is the annotated value "unstated".
        attributes = Collections.unmodifiableSortedMap(new TreeMap<>(attributes == null ? Map.of() : attributes));
    }

    /** True for a {@code "none": true} line: the record has no finding. */
    public boolean none() {
        return subject == null;
    }

    /** Whether the line gives a value (possibly null, "unstated") for {@code attribute}. */
    public boolean annotates(String attribute) {
        return attributes.containsKey(attribute);
    }

    /** The line's value of {@code attribute}; null when unstated or not annotated (see {@link #annotates}). */
    public String attribute(String attribute) {
        return attributes.get(attribute);
    }
}
