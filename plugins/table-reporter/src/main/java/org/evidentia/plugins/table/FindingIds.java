package org.evidentia.plugins.table;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.evidentia.api.EvidenceSpan;
import org.evidentia.api.Finding;
import org.evidentia.api.RecordFindings;

/**
 * The ids of a record's findings, the key that joins a review-table row to its line of findings.jsonl and carries a
 * reviewer's marks to the next run: {@code RECORD:HASH}, the record's id and the first 12 hex digits of the SHA-256 of
 * what the finding says (extractor, kind, subject key, direction, every attribute, where its sentence and mention are).
 * No natural key was unique (the review of session 26, T1: one mention gave two findings of two comparisons). An id
 * depends on the finding alone, not on its place in the run: another input, another extractor's findings or the order
 * of the inputs leave it as it was, and a finding whose direction or any attribute changes gets another. Two findings of
 * a record that say the same thing in the same place take {@code -2}, {@code -3} after the first one's id, in their order.
 */
final class FindingIds {

    private static final int HEX_DIGITS = 12;

    private FindingIds() {
    }

    /** The ids of {@code record}'s findings, in their order. */
    static List<String> of(RecordFindings record) {
        List<String> ids = new ArrayList<>(record.findings().size());
        Map<String, Integer> seen = new HashMap<>();
        MessageDigest sha256 = sha256();
        for (Finding finding : record.findings()) {
            String id = finding.recordId() + ":" + HexFormat.of().formatHex(sha256.digest(said(finding))).substring(0, HEX_DIGITS);
            int times = seen.merge(id, 1, Integer::sum);
            ids.add(times == 1 ? id : id + "-" + times);
        }
        return ids;
    }

    /** What the finding says, each part ended by a NUL, which none holds; its attributes in their order, by name. */
    private static byte[] said(Finding finding) {
        EvidenceSpan evidence = finding.evidence();
        StringBuilder text = new StringBuilder(256);
        for (Object part : List.of(finding.extractor() == null ? "" : finding.extractor(), finding.kind(), finding.subject().key(),
                finding.direction().label(), evidence.field(), evidence.sentenceStart(), evidence.sentenceEnd(), evidence.mentionStart(),
                evidence.mentionEnd())) {
            text.append(part).append('\0');
        }
        finding.attributes().forEach((name, value) -> text.append(name).append('=').append(value).append('\0'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
