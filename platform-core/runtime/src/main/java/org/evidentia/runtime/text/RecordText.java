package org.evidentia.runtime.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.evidentia.api.AbstractSection;
import org.evidentia.api.BibliographicRecord;

/**
 * A record's text made fit for every output, once, as the record enters a run: each
 * {@linkplain ConsoleText#isControl(char) control} that is no line break nor tab (NUL, BEL, ESC,
 * DEL, the C1 controls, the bidirectional overrides and isolates...), each unpaired surrogate and the
 * non-characters U+FFFE and U+FFFF become U+FFFD, the replacement character. Raw, they would be
 * replayed by a terminal showing studies.csv, reorder a quoted sentence in report.html so that it
 * reads otherwise than the record, break strict JSON readers of findings.jsonl (an unpaired
 * surrogate is no Unicode) and make a CSV or Markdown table no editor reads alike. Line feed,
 * carriage return, tab, NEL (U+0085) and the line and paragraph separators stay: they break lines
 * of text, as some inputs do with them.
 *
 * <p>One character is replaced by one character, so every evidence offset (a {@code char} index,
 * see {@link org.evidentia.api.EvidenceSpan}) and every code-point count stays what it was: the
 * extractors see the text they would have seen, with U+FFFD where the damage was. Text without such
 * characters, which is every record of a well-formed input, is returned as it is (the same
 * instance), so outputs for such inputs do not change.
 */
public final class RecordText {

    private RecordText() {
    }

    /** {@code record} with its text cleaned as the class says; the same record when it needs nothing. */
    public static BibliographicRecord cleaned(BibliographicRecord record) {
        if (isClean(record)) {
            return record;
        }
        List<AbstractSection> sections = new ArrayList<>(record.sections().size());
        for (AbstractSection s : record.sections()) {
            sections.add(new AbstractSection(cleaned(s.label()), cleaned(s.text())));
        }
        Map<String, List<String>> metadata = new TreeMap<>();
        record.metadata().forEach((key, values) -> metadata.merge(cleaned(key), cleaned(values), (a, b) -> {
            List<String> both = new ArrayList<>(a);
            both.addAll(b);
            return both;
        }));
        return new BibliographicRecord(cleaned(record.id()), cleaned(record.pmid()), cleaned(record.doi()), cleaned(record.pmcid()),
                cleaned(record.title()), sections, cleaned(record.authors()), cleaned(record.journal()), record.year(),
                cleaned(record.publicationTypes()), cleaned(record.meshTerms()), cleaned(record.keywords()), metadata, record.origins(),
                record.version());
    }

    /** {@code text} with each character the class names replaced by U+FFFD; the same string when it has none. */
    public static String cleaned(String text) {
        if (text == null) {
            return null;
        }
        int i = firstUnfit(text);
        if (i < 0) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (; i < chars.length; i++) {
            if (unfit(text, i)) {
                chars[i] = '\uFFFD';
            }
        }
        return new String(chars);
    }

    private static List<String> cleaned(List<String> values) {
        List<String> out = new ArrayList<>(values.size());
        for (String v : values) {
            out.add(cleaned(v));
        }
        return out;
    }

    private static boolean isClean(BibliographicRecord r) {
        if (!fit(r.id()) || !fit(r.pmid()) || !fit(r.doi()) || !fit(r.pmcid()) || !fit(r.title()) || !fit(r.journal())
                || !fit(r.authors()) || !fit(r.publicationTypes()) || !fit(r.meshTerms()) || !fit(r.keywords())) {
            return false;
        }
        for (AbstractSection s : r.sections()) {
            if (!fit(s.label()) || !fit(s.text())) {
                return false;
            }
        }
        for (Map.Entry<String, List<String>> e : r.metadata().entrySet()) {
            if (!fit(e.getKey()) || !fit(e.getValue())) {
                return false;
            }
        }
        return true;
    }

    private static boolean fit(List<String> values) {
        for (String v : values) {
            if (!fit(v)) {
                return false;
            }
        }
        return true;
    }

    private static boolean fit(String text) {
        return text == null || firstUnfit(text) < 0;
    }

    private static int firstUnfit(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            // Every record's every char passes here, on the reading thread: the one comparison most
            // chars need (printable ASCII, 0x20 to 0x7e) is made in the loop, and only the others cost a call.
            if ((char) (c - 0x20) >= 0x5f && unfit(text, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean unfit(String text, int i) {
        char c = text.charAt(i);
        if (ConsoleText.isControl(c)) {
            return c != '\t' && c != '\n' && c != '\r' && c != '\u0085' && c != '\u2028' && c != '\u2029';
        }
        if (c == '\uFFFE' || c == '\uFFFF') {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return false;
    }
}
