package org.evidentia.plugins.pubmed.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.evidentia.plugins.pubmed.LineInput;
import org.evidentia.plugins.pubmed.ReadLimits;
import org.evidentia.textmining.text.WrappedLines;

/**
 * Cuts a PubMed text export into its numbered records ({@code "1. ..."} in the Abstract export,
 * {@code "1: ..."} in the Summary export), each as paragraphs (blocks of lines between blank lines).
 *
 * <p>A record starts at a line {@code "<n><mark> "}
 * <ul>
 * <li>that follows a blank line (or starts the file) when {@code n} is the number after the previous
 *     record's, or when two blank lines precede it (a second export pasted after the first);</li>
 * <li>that follows the previous record's identity line ({@code PMID: n}), blank line or not: a record
 *     has one identity, so whatever is numbered after it is the next record;</li>
 * <li>or, where the {@link Layout} allows it, that carries the next number and reads as a record's
 *     first line even without a blank line before it.</li>
 * </ul>
 * So an abstract paragraph that happens to start with {@code "2. "} does not end its record, and a
 * missing blank line does not run two records together. Where an export's chunks were joined in
 * mid-line ({@code "PMID: 99000001 [Indexed for MEDLINE]61. J Invented. ..."}), the line is cut
 * where the next record starts ({@link Layout#nextRecordAt}).
 *
 * <p>Lines before the first record come back as a record numbered 0, the preamble. Records are
 * bounded: past {@link ReadLimits#MAX_RECORD_CHARS} characters a record's lines are no longer kept
 * (it is {@link Numbered#tooLarge()}), though its identity lines are still noted.
 */
final class NumberedRecords {

    /** What tells the numbered records of one export layout apart. */
    interface Layout {

        /** The character after a record's number: {@code '.'} or {@code ':'}. */
        char mark();

        /** How many record identities ({@code PMID:} tokens) a line holds. */
        int identities(String line);

        /**
         * Where in {@code line} the next record starts, when an export glued it onto the end of the
         * previous record's last line; -1 when it does not.
         *
         * @param nextNumber        the number the next record would have
         * @param recordHasIdentity whether the record the line belongs to has had its identity line
         */
        int nextRecordAt(String line, long nextNumber, boolean recordHasIdentity);

        /** Whether a line numbered as the next record starts it even without a blank line before it. */
        boolean startsWithoutBlankLine(String line);

        /**
         * Whether a line numbered as the next record, after one blank line, starts it: an abstract's paragraph may begin
         * "2. " too, where the record has not printed its identity yet.
         */
        boolean startsAfterBlankLine(String line);
    }

    /** One line as the records hold it: its number in the file, its text and whether it was cut. */
    record Line(long number, String text, boolean cut) {
    }

    /** One paragraph of a record. */
    record Block(List<Line> lines) {
        long firstLine() {
            return lines.get(0).number();
        }

        String first() {
            return lines.get(0).text();
        }

        List<String> texts() {
            return lines.stream().map(Line::text).toList();
        }

        String joined() {
            return WrappedLines.join(texts());
        }
    }

    /**
     * One numbered record as printed, or the preamble (number 0).
     *
     * @param number         the printed number; 0 for the lines before the first record
     * @param firstLine      line number of its first line
     * @param blocks         its paragraphs, the first starting with the number (all of them unless tooLarge)
     * @param lineCount      how many lines with content it has
     * @param identityLines  the line of each identity token it holds, in order (a line twice for two tokens)
     * @param endedByInput   true when the input ended inside this record
     * @param notUtf8Line    first line holding U+FFFD, or 0
     * @param cutLine        first line longer than the limit, or 0
     * @param tooLarge       true when it passed {@link ReadLimits#MAX_RECORD_CHARS} and lost lines
     */
    record Numbered(long number, long firstLine, List<Block> blocks, long lineCount, List<Long> identityLines,
                    boolean endedByInput, long notUtf8Line, long cutLine, boolean tooLarge) {

        boolean isPreamble() {
            return number == 0;
        }
    }

    private final LineInput lines;
    private final Layout layout;
    private final Deque<Line> ahead = new ArrayDeque<>();
    private long lastNumber;
    private boolean started;

    NumberedRecords(LineInput lines, Layout layout) {
        this.lines = lines;
        this.layout = layout;
    }

    /** The next record (the preamble first, if the file has one), or null at the end of the input. */
    Numbered next() {
        Line line;
        while ((line = peek(false)) != null && line.text().isEmpty()) {
            take();
        }
        if (line == null) {
            return null;
        }
        boolean preamble = false;
        if (!started) {
            started = true;
            preamble = numberOf(line.text()) == 0;
        }
        long number = preamble ? 0 : numberOf(line.text());
        if (!preamble) {
            lastNumber = number;
        }
        return collect(number);
    }

    /** Takes lines up to the next record's start or the end of the input. */
    private Numbered collect(long number) {
        List<Block> blocks = new ArrayList<>();
        List<Line> block = new ArrayList<>();
        List<Long> identityLines = new ArrayList<>();
        long firstLine = peek(false).number();
        long chars = 0;
        long lineCount = 0;
        long notUtf8Line = 0;
        long cutLine = 0;
        boolean tooLarge = false;
        int blanks = 0;
        boolean first = true;
        Line line;
        while ((line = peek(!identityLines.isEmpty())) != null) {
            String text = line.text();
            if (text.isEmpty()) {
                blanks++;
                take();
                continue;
            }
            if (!first && startsRecord(text, blanks, !identityLines.isEmpty())) {
                break;
            }
            first = false;
            take();
            lineCount++;
            for (int i = layout.identities(text); i > 0; i--) {
                identityLines.add(line.number());
            }
            if (notUtf8Line == 0 && text.indexOf(LineInput.REPLACEMENT) >= 0) {
                notUtf8Line = line.number();
            }
            if (cutLine == 0 && line.cut()) {
                cutLine = line.number();
            }
            chars += text.length();
            tooLarge |= chars > ReadLimits.MAX_RECORD_CHARS;
            if (blanks > 0 && !block.isEmpty()) {
                blocks.add(new Block(List.copyOf(block)));
                block.clear();
            }
            blanks = 0;
            if (!tooLarge) {
                block.add(line);
            }
        }
        if (!block.isEmpty()) {
            blocks.add(new Block(List.copyOf(block)));
        }
        return new Numbered(number, firstLine, blocks, lineCount, List.copyOf(identityLines), line == null,
                notUtf8Line, cutLine, tooLarge);
    }

    private boolean startsRecord(String line, int blanks, boolean recordHasIdentity) {
        long number = numberOf(line);
        if (number == 0) {
            return false;
        }
        return recordHasIdentity
                || blanks >= 2
                || (number == lastNumber + 1 && (blanks > 0 ? layout.startsAfterBlankLine(line) : layout.startsWithoutBlankLine(line)));
    }

    /** The record number a line starts with, or 0 when it does not look like a record's first line. */
    long numberOf(String line) {
        int i = 0;
        while (i < line.length() && i < 7 && Character.isDigit(line.charAt(i))) {
            i++;
        }
        if (i == 0 || i + 2 > line.length() || line.charAt(i) != layout.mark() || line.charAt(i + 1) != ' ') {
            return 0;
        }
        long number = Long.parseLong(line, 0, i, 10);
        return Math.max(number, 0);
    }

    private Line peek(boolean recordHasIdentity) {
        if (ahead.isEmpty()) {
            String text = lines.next();
            if (text == null) {
                return null;
            }
            long number = lines.number();
            boolean cut = lines.wasCut();
            int at;
            while ((at = layout.nextRecordAt(text, lastNumber + 1, recordHasIdentity)) > 0) {
                ahead.add(new Line(number, text.substring(0, at).stripTrailing(), cut));
                text = text.substring(at);
            }
            ahead.add(new Line(number, text, cut));
        }
        return ahead.peek();
    }

    private void take() {
        ahead.poll();
    }
}
