package org.evidentia.plugins.pubmed.text;

import java.util.regex.Matcher;
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

    /**
     * 90 for a numbered citation line followed by a "PMID: n" footer line; 50 for the line alone; 85 for an export below
     * lines of another kind ({@link #belowANote}).
     */
    static int abstractText(String head) {
        if (!ABSTRACT_FIRST.matcher(firstLine(head)).matches()) {
            return belowANote(head, ABSTRACT_FIRST, PMID_FOOTER) ? 85 : 0;
        }
        return PMID_FOOTER.matcher(head).find() ? 90 : 50;
    }

    /** 90 for "1: ..." records holding "PMID: n."; 40 for the numbered line alone; 85 below a note ({@link #belowANote}). */
    static int summaryText(String head) {
        if (!SUMMARY_FIRST.matcher(firstLine(head)).matches()) {
            return belowANote(head, SUMMARY_FIRST, PMID_INLINE) ? 85 : 0;
        }
        return PMID_INLINE.matcher(head).find() ? 90 : 40;
    }

    /**
     * Whether the head is an export whose first lines are something else: a note written above it ("My IL-6 search,
     * exported ..."), or the first record's citation line lost. Its first numbered line is record 1 within the first
     * {@value #NOTE_LINES} lines with content and a PMID follows, or it holds two numbered lines and two PMIDs, which a
     * page copied from a site does not. Such a file was taken for a few copied pages, 507 records read as 5 (the review
     * of session 24, I21); the reader tells the lines before its first record.
     */
    private static boolean belowANote(String head, Pattern numbered, Pattern pmid) {
        int numberedLines = 0;
        boolean firstIsRecordOne = false;
        int withContent = 0;
        int start = 0;
        while (start < head.length() && numberedLines < 2) {
            int end = start;
            while (end < head.length() && head.charAt(end) != '\n' && head.charAt(end) != '\r') {
                end++;
            }
            String line = head.substring(start, end).strip();
            if (!line.isEmpty()) {
                withContent++;
                if (numbered.matcher(line).matches()) {
                    firstIsRecordOne |= numberedLines == 0 && withContent <= NOTE_LINES && (line.startsWith("1.") || line.startsWith("1:"));
                    numberedLines++;
                }
            }
            start = end + 1;
        }
        Matcher pmids = pmid.matcher(head);
        int found = 0;
        while (found < 2 && pmids.find()) {
            found++;
        }
        return firstIsRecordOne && found >= 1 || numberedLines >= 2 && found >= 2;
    }

    /** How many lines with content a note above an export may take. */
    private static final int NOTE_LINES = 10;
}
