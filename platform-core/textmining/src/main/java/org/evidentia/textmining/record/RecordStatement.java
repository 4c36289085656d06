package org.evidentia.textmining.record;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.evidentia.api.Api;
import org.evidentia.api.Direction;
import org.evidentia.api.EvidenceSpan;
import org.evidentia.api.Finding;
import org.evidentia.api.FindingKind;
import org.evidentia.api.Subject;
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
 *                   named entities, "both hormones", the phrase with one entity it stands for)
 * @param direction  the direction
 * @param basis      how the statement was read
 * @param attributes attribute values by name ({@code specimen}, {@code population}, ...); absent when
 *                   unknown; copied into an unmodifiable map sorted by name
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
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

    /**
     * This statement as a finding of {@code kind} about the record {@code recordId}: the mention's
     * key, label and text as the subject, the direction, the attributes {@code kind} declares (the
     * others are left out) and the evidence span with offsets in the field's text. What an extractor
     * built on the kit returns for each statement.
     *
     * @param recordId the record's id ({@code BibliographicRecord.id()}); not null
     * @param kind     the extractor's finding kind; not null
     * @return a new finding, its extractor and version left for the runtime to stamp
     */
    public Finding toFinding(String recordId, FindingKind kind) {
        Map<String, String> values = new TreeMap<>();
        attributes.forEach((name, value) -> {
            if (kind.attribute(name).isPresent()) {
                values.put(name, value);
            }
        });
        EvidenceSpan span = new EvidenceSpan(field, section, sentence.text(), sentence.start(), sentence.end(),
                sentence.start() + mention.start(), sentence.start() + mention.end());
        return new Finding(recordId, kind.name(), new Subject(mention.key(), mention.entry().label(), mention.text()),
                direction, values, span, null, null);
    }
}
