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
     * exported ..."), or the first record's citation line lost. Such a file was taken for a few copied pages, 507 records
     * read as 5 (the review of session 24, I21); the reader tells the lines before its first record. An export's records
     * follow one another, numbered one after the other, each a line not indented ({@code 7. Journal ... 2019}) followed by
     * its PMID ({@code PMID: n}) before the next: two such records in one run of numbers (a record without its PMID may
     * stand between). A copied page's numbered references have no PMID line between them, so pages copied into one file
     * are not taken for an export (the review of the change, R6).
     */
    private static boolean belowANote(String head, Pattern numbered, Pattern pmid) {
        long previous = -1;
        boolean pmidSincePrevious = false;
        int withPmid = 0; // the records of the current run of numbers, before the last, that hold their PMID
        int start = 0;
        while (start < head.length()) {
            int end = start;
            while (end < head.length() && head.charAt(end) != '\n' && head.charAt(end) != '\r') {
                end++;
            }
            String line = head.substring(start, end);
            start = end + 1;
            if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && numbered.matcher(line.strip()).matches()) {
                long number = leadingNumber(line);
                withPmid = previous >= 0 && number == previous + 1 ? withPmid + (pmidSincePrevious ? 1 : 0) : 0;
                previous = number;
                pmidSincePrevious = false;
            }
            if (previous >= 0 && pmid.matcher(line.strip()).find()) {
                pmidSincePrevious = true;
                if (withPmid >= 1) {
                    return true; // a record with its PMID, then in the same run of numbers another with its own
                }
            }
        }
        return false;
    }

    private static long leadingNumber(String line) {
        long n = 0;
        for (int i = 0; i < line.length() && Character.isDigit(line.charAt(i)); i++) {
            n = n * 10 + (line.charAt(i) - '0');
        }
        return n;
    }

}
