package org.evidentia.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Direction;
import org.evidentia.api.EvidenceSpan;
import org.evidentia.api.Finding;
import org.evidentia.api.FindingKind;
import org.evidentia.api.Subject;
import org.junit.jupiter.api.Test;

/** The finding contract every run applies, in the words a run reports a dropped finding with. */
class FindingContractTest {

    private static final FindingKind KIND = new FindingKind("marker", "Marker", "Markers",
            List.of(new FindingKind.Attribute("specimen", "Specimen", List.of("serum", "csf"), FindingKind.Attribute.Role.BREAKDOWN),
                    new FindingKind.Attribute("context", "Context", List.of(), FindingKind.Attribute.Role.DETAIL)),
            Map.of());
    private static final String ABSTRACT = "Background. IL-6 was raised in serum.";
    private static final BibliographicRecord RECORD = BibliographicRecord.builder().pmid("7").title("A title")
            .section(null, ABSTRACT).build();
    private static final int SENTENCE = ABSTRACT.indexOf("IL-6");

    private static Finding finding(String recordId, String kind, Map<String, String> attributes, String field, String sentence,
                                   int sentenceStart, int mentionStart, String mention) {
        return new Finding(recordId, kind, new Subject("IL6", "IL-6", mention), Direction.INCREASED, attributes,
                new EvidenceSpan(field, null, sentence, sentenceStart, sentenceStart + sentence.length(), mentionStart,
                        mentionStart + mention.length()), null, null);
    }

    private static Finding sound() {
        return finding("7", "marker", Map.of("specimen", "serum", "context", "any words"), BibliographicRecord.FIELD_ABSTRACT,
                ABSTRACT.substring(SENTENCE), SENTENCE, SENTENCE, "IL-6");
    }

    @Test
    void aFindingOfItsRecordKindAndVocabularyThatPointsAtItsTextIsKept() {
        assertThat(FindingContract.breach(RECORD, sound(), KIND)).isEmpty();
    }

    @Test
    void eachBreachIsWordedAsTheRunReportsIt() {
        String sentence = ABSTRACT.substring(SENTENCE);
        String abs = BibliographicRecord.FIELD_ABSTRACT;
        assertThat(FindingContract.breach(RECORD, finding("8", "marker", Map.of(), abs, sentence, SENTENCE, SENTENCE, "IL-6"), KIND))
                .contains("its record id 8 is not 7");
        assertThat(FindingContract.breach(RECORD, finding("7", "term", Map.of(), abs, sentence, SENTENCE, SENTENCE, "IL-6"), KIND))
                .contains("its kind term is not the extractor's kind marker");
        assertThat(FindingContract.breach(RECORD, finding("7", "marker", Map.of("organ", "gut"), abs, sentence, SENTENCE, SENTENCE, "IL-6"),
                KIND)).contains("its attribute organ is not one of kind marker's attributes");
        assertThat(FindingContract.breach(RECORD, finding("7", "marker", Map.of("specimen", "tears"), abs, sentence, SENTENCE, SENTENCE,
                "IL-6"), KIND)).contains("its specimen 'tears' is not one of [serum, csf]");
        assertThat(FindingContract.breach(RECORD, finding("7", "marker", Map.of(), "body", sentence, SENTENCE, SENTENCE, "IL-6"), KIND))
                .contains("unknown field 'body', expected title or abstract");
        assertThat(FindingContract.breach(RECORD, finding("7", "marker", Map.of(), abs, sentence, SENTENCE + 1, SENTENCE + 1, "IL-6"), KIND))
                .contains("its sentence is not at abstract[" + (SENTENCE + 1) + ".." + (SENTENCE + 1 + sentence.length()) + "]");
        assertThat(FindingContract.breach(RECORD, finding("7", "marker", Map.of(), abs, sentence, SENTENCE, 0, "Back"), KIND))
                .contains("its mention abstract[0..4] lies outside its sentence abstract[" + SENTENCE + ".." + (SENTENCE + sentence.length()) + "]");
        assertThat(FindingContract.breach(RECORD, finding("7", "marker", Map.of(), abs, ABSTRACT, 0, SENTENCE - 1, "IL-6"), KIND))
                .as("offsets one char early, as after lower-casing a text whose length changed")
                .contains("its mention 'IL-6' is not at abstract[" + (SENTENCE - 1) + ".." + (SENTENCE + 3) + "], which holds ' IL-'");
    }

    /** The review of session 27, P13: a subject with a blank key was synthesised as a subject, a row without a name. */
    @Test
    void aSubjectWithoutANameIsABreach() {
        Finding sound = sound();
        for (Subject subject : List.of(new Subject("  ", "IL-6", "IL-6"), new Subject("IL6", "", "IL-6"))) {
            Finding blank = new Finding(sound.recordId(), sound.kind(), subject, sound.direction(), sound.attributes(), sound.evidence(),
                    null, null);
            assertThat(FindingContract.breach(RECORD, blank, KIND)).hasValueSatisfying(breach -> assertThat(breach)
                    .matches("its subject's (key|label) is blank, where the subject's name is expected"));
        }
    }
}
