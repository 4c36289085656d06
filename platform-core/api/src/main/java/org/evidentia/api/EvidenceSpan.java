package org.evidentia.api;

import java.util.Objects;

/**
 * Where in a record a finding was stated. Offsets are {@code char} indexes into
 * {@link BibliographicRecord#text(String) record.text(field)}, start inclusive and end exclusive, so that
 * {@code record.text(field).substring(sentenceStart, sentenceEnd).equals(sentence)}.
 *
 * @param field         {@link BibliographicRecord#FIELD_TITLE} or {@link BibliographicRecord#FIELD_ABSTRACT}
 * @param section       the abstract section label the sentence is in (nullable)
 * @param sentence      the sentence, verbatim
 * @param sentenceStart start of the sentence in the field's text
 * @param sentenceEnd   end of the sentence
 * @param mentionStart  start of the subject's mention in the field's text
 * @param mentionEnd    end of the mention
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record EvidenceSpan(String field, String section, String sentence,
                           int sentenceStart, int sentenceEnd, int mentionStart, int mentionEnd) {
    public EvidenceSpan {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(sentence, "sentence");
        if (sentenceStart < 0 || sentenceEnd < sentenceStart || mentionEnd < mentionStart) {
            throw new IllegalArgumentException("bad offsets " + sentenceStart + ".." + sentenceEnd
                    + " / " + mentionStart + ".." + mentionEnd);
        }
    }
}
