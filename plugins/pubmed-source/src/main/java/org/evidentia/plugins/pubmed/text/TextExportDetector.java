package org.evidentia.plugins.pubmed.text;

import java.util.regex.Pattern;

/** Scores how surely a file's head is one of PubMed's numbered text exports. */
final class TextExportDetector {

    private static final Pattern ABSTRACT_FIRST = Pattern.compile("^\\d{1,7}\\. \\S.*\\b(1[89]|20)\\d\\d\\b.*");
    private static final Pattern SUMMARY_FIRST = Pattern.compile("^\\d{1,7}: \\S.*");
    private static final Pattern PMID_FOOTER = Pattern.compile("(?m)^PMID: \\d+");
    private static final Pattern PMID_INLINE = Pattern.compile("PMID: \\d+\\.");

    private TextExportDetector() {
    }

    /** The first line of {@code head} with content, or "": lines end at LF, CRLF or a lone CR, as the reader cuts them. */
    static String firstLine(String head) {
        int start = 0;
        while (start < head.length()) {
            int end = start;
            while (end < head.length() && head.charAt(end) != '\n' && head.charAt(end) != '\r') {
                end++;
            }
            String line = head.substring(start, end).strip();
            if (!line.isEmpty()) {
                return line;
            }
            start = end + 1;
        }
        return "";
    }

    /** 90 for a numbered citation line followed by a "PMID: n" footer line; 50 for the line alone. */
    static int abstractText(String head) {
        if (!ABSTRACT_FIRST.matcher(firstLine(head)).matches()) {
            return 0;
        }
        return PMID_FOOTER.matcher(head).find() ? 90 : 50;
    }

    /** 90 for "1: ..." records holding "PMID: n."; 40 for the numbered line alone. */
    static int summaryText(String head) {
        if (!SUMMARY_FIRST.matcher(firstLine(head)).matches()) {
            return 0;
        }
        return PMID_INLINE.matcher(head).find() ? 90 : 40;
    }
}
