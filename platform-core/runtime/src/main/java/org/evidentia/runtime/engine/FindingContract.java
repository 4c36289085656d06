package org.evidentia.runtime.engine;

import java.util.Map;
import java.util.Optional;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.EvidenceSpan;
import org.evidentia.api.Finding;
import org.evidentia.api.FindingKind;

/**
 * What a finding must be for a run to keep it (docs/extension-points.md, {@code Extractor}): it
 * belongs to its record, is of its extractor's kind, uses the kind's vocabulary and points at text
 * the record really has, its sentence and its mention as the subject gives it. The engine drops a
 * finding that breaks it and reports why; a plugin's tests can hold findings to the same words.
 */
public final class FindingContract {

    private FindingContract() {
    }

    /**
     * Why the run would drop {@code finding}, made by an extractor of {@code kind} from
     * {@code record}; empty when it keeps it.
     *
     * @return the breach, worded to follow "finding dropped: " ({@code its kind x is not the
     *     extractor's kind y})
     */
    public static Optional<String> breach(BibliographicRecord record, Finding finding, FindingKind kind) {
        return Optional.ofNullable(firstBreach(record, finding, kind));
    }

    private static String firstBreach(BibliographicRecord record, Finding finding, FindingKind kind) {
        if (!record.id().equals(finding.recordId())) {
            return "its record id " + finding.recordId() + " is not " + record.id();
        }
        if (!kind.name().equals(finding.kind())) {
            return "its kind " + finding.kind() + " is not the extractor's kind " + kind.name();
        }
        if (finding.subject().key().isBlank() || finding.subject().label().isBlank()) {
            // a subject without a name was synthesised as one, a row with no name and a sign test (the review of session 27, P13)
            return "its subject's " + (finding.subject().key().isBlank() ? "key" : "label") + " is blank, where the subject's name is"
                    + " expected";
        }
        for (Map.Entry<String, String> attribute : finding.attributes().entrySet()) {
            FindingKind.Attribute declared = kind.attribute(attribute.getKey()).orElse(null);
            if (declared == null) {
                return "its attribute " + attribute.getKey() + " is not one of kind " + kind.name() + "'s attributes";
            }
            if (declared.closed() && !declared.values().contains(attribute.getValue())) {
                return "its " + attribute.getKey() + " '" + attribute.getValue() + "' is not one of " + declared.values();
            }
        }
        EvidenceSpan span = finding.evidence();
        String text;
        try {
            text = record.text(span.field());
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        if (span.sentenceEnd() > text.length() || !text.substring(span.sentenceStart(), span.sentenceEnd()).equals(span.sentence())) {
            return "its sentence is not at " + span.field() + "[" + span.sentenceStart() + ".." + span.sentenceEnd() + "]";
        }
        if (span.mentionStart() < span.sentenceStart() || span.mentionEnd() > span.sentenceEnd()) {
            // the offsets, to debug with (the review of session 30, P5)
            return "its mention " + span.field() + "[" + span.mentionStart() + ".." + span.mentionEnd() + "] lies outside its sentence "
                    + span.field() + "[" + span.sentenceStart() + ".." + span.sentenceEnd() + "]";
        }
        String mentioned = text.substring(span.mentionStart(), span.mentionEnd());
        if (!mentioned.equals(finding.subject().text())) {
            return "its mention '" + finding.subject().text() + "' is not at " + span.field() + "[" + span.mentionStart() + ".."
                    + span.mentionEnd() + "], which holds '" + mentioned + "'";
        }
        return null;
    }
}
