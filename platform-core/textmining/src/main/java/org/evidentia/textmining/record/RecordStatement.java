package org.evidentia.textmining.record;

import java.util.Map;
import java.util.Objects;
import org.evidentia.api.Api;
import org.evidentia.api.Direction;
import org.evidentia.textmining.change.Statement;
import org.evidentia.textmining.lexicon.Mention;
import org.evidentia.textmining.text.Sentence;

/**
 * One change statement of a record, placed in the record and with its attributes. Immutable.
 *
 * @param field      {@code title} or {@code abstract} ({@code BibliographicRecord.FIELD_*})
 * @param section    the abstract section's label, or null
 * @param sentence   the sentence, with offsets in the field's text
 * @param mention    what changed, with offsets in the sentence (for a phrase that stands for
 *                   named entities, "both cytokines", the phrase with one entity it stands for)
 * @param direction  the direction
 * @param basis      how the statement was read
 * @param attributes attribute values by name ({@code specimen}, {@code population}, ...); absent when
 *                   unknown; copied into an unmodifiable map sorted by name
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.2")
public record RecordStatement(String field, String section, Sentence sentence, Mention mention, Direction direction,
                              Statement.Basis basis, Map<String, String> attributes) {

    /** @throws NullPointerException when {@code field}, {@code sentence}, {@code mention}, {@code direction} or {@code attributes} is null */
    public RecordStatement {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(direction, "direction");
        attributes = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(attributes));
    }
}
