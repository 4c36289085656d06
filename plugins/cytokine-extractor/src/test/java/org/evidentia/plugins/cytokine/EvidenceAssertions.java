package org.evidentia.plugins.cytokine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.EvidenceSpan;
import org.evidentia.api.Finding;

/** Checks that every finding's evidence indexes its record's text exactly. */
final class EvidenceAssertions {

    private EvidenceAssertions() {
    }

    static void assertEvidenceMatchesRecord(List<BibliographicRecord> records, List<Finding> findings) {
        Map<String, BibliographicRecord> byId = records.stream().collect(Collectors.toMap(BibliographicRecord::id, Function.identity(), (a, b) -> a));
        for (Finding finding : findings) {
            BibliographicRecord record = byId.get(finding.recordId());
            assertThat(record).as("record of %s", finding).isNotNull();
            EvidenceSpan span = finding.evidence();
            String text = record.text(span.field());
            assertThat(text.substring(span.sentenceStart(), span.sentenceEnd())).as("sentence of %s", finding)
                    .isEqualTo(span.sentence());
            assertThat(text.substring(span.mentionStart(), span.mentionEnd())).as("mention of %s", finding)
                    .isEqualTo(finding.subject().text());
            assertThat(span.mentionStart()).isGreaterThanOrEqualTo(span.sentenceStart());
            assertThat(span.mentionEnd()).isLessThanOrEqualTo(span.sentenceEnd());
            if (span.section() != null) {
                assertThat(text).contains(span.section() + ": ");
            }
        }
    }
}
