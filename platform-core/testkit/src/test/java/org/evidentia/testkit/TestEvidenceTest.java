package org.evidentia.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Direction;
import org.evidentia.api.Finding;
import org.evidentia.api.RunSummary.Counts;
import org.junit.jupiter.api.Test;

class TestEvidenceTest {

    private final BibliographicRecord record = BibliographicRecord.builder().pmid("101").title("Cytokines in fibromyalgia")
            .section("BACKGROUND", "Pain is common.")
            .section("RESULTS", "Serum IL-6 was higher in patients. TNF-alpha did not differ.")
            .build();

    @Test
    void findingPointsAtTheSentenceAndMentionAsAnExtractorWould() {
        Finding f = TestEvidence.finding(record, "TNF", "TNF-α", "TNF-alpha", Direction.UNCHANGED, "serum", null);

        String text = record.text(f.evidence().field());
        assertThat(f.evidence().field()).isEqualTo(BibliographicRecord.FIELD_ABSTRACT);
        assertThat(f.evidence().section()).isEqualTo("RESULTS");
        assertThat(f.evidence().sentence()).isEqualTo("TNF-alpha did not differ.");
        assertThat(text.substring(f.evidence().sentenceStart(), f.evidence().sentenceEnd())).isEqualTo(f.evidence().sentence());
        assertThat(text.substring(f.evidence().mentionStart(), f.evidence().mentionEnd())).isEqualTo("TNF-alpha");
        assertThat(f.attributes()).containsOnlyKeys(Finding.SPECIMEN);

        Finding first = TestEvidence.finding(record, "IL6", "IL-6", "IL-6", Direction.INCREASED, null, null);
        assertThat(first.evidence().sentence()).isEqualTo("Serum IL-6 was higher in patients.");
    }

    @Test
    void builtSummaryReconcilesWithTheRecordsAndFindings() {
        BibliographicRecord other = BibliographicRecord.builder().pmid("102").title("IL-10 after exercise").build();
        TestEvidence evidence = TestEvidence.builder().records(List.of(record, other))
                .finding(TestEvidence.finding(record, "IL6", "IL-6", "IL-6", Direction.INCREASED, "serum", null))
                .finding(TestEvidence.finding(record, "TNF", "TNF-α", "TNF-alpha", Direction.UNCHANGED, "serum", null))
                .duplicatesMerged(3).recordsSkipped(1)
                .build();

        Counts counts = evidence.summary().counts();
        assertThat(counts).isEqualTo(new Counts(6, 3, 1, 2, 1, 2));
        assertThat(counts.recordsRead()).isEqualTo(counts.recordsKept() + counts.duplicatesMerged() + counts.recordsSkipped());
        assertThat(evidence.summary().runDate()).isEqualTo(TestEvidence.DEFAULT_RUN_DATE);
        assertThat(evidence.summary().inputs().get(0).sha256()).hasSize(64);
        assertThat(evidence.synthesis().subjects()).extracting(s -> s.key()).containsExactly("IL6", "TNF");
        try (var records = evidence.records()) {
            assertThat(records.map(BibliographicRecord::id)).containsExactly("101", "102");
        }
    }

    @Test
    void aMentionTheRecordLacksIsAClearError() {
        assertThatThrownBy(() -> TestEvidence.finding(record, "IL2", "IL-2", "IL-2", Direction.INCREASED, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("101").hasMessageContaining("'IL-2'");
    }
}
