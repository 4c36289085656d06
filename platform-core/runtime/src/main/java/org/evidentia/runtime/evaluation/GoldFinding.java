package org.evidentia.runtime.evaluation;

import java.util.Objects;
import org.evidentia.api.Direction;

/**
 * One line of a gold file (format: gold/GUIDELINES.md and docs/evaluation.md): a finding of a
 * record, or, with {@code none}, the statement that the record has no finding.
 *
 * @param record    the record the line is about
 * @param cytokine  HGNC symbol or family key; null on a {@code none} line
 * @param direction the direction; null on a {@code none} line
 * @param specimen  the specimen in the guidelines' vocabulary, or null when unstated
 * @param context   free-text context (not scored), nullable
 * @param evidence  the sentence, verbatim (not scored), nullable
 * @param line      1-based line in the gold file, for messages
 */
public record GoldFinding(GoldRecord record, String cytokine, Direction direction, String specimen,
                          String context, String evidence, int line) {

    public GoldFinding {
        Objects.requireNonNull(record, "record");
        if ((cytokine == null) != (direction == null)) {
            throw new IllegalArgumentException("a gold finding has both a cytokine and a direction, or neither (a none line)");
        }
    }

    /** True for a {@code "none": true} line: the record has no finding. */
    public boolean none() {
        return cytokine == null;
    }
}
