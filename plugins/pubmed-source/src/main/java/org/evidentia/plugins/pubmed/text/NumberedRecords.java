package org.evidentia.plugins.pubmed.text;

import java.util.ArrayList;
import java.util.List;
import org.evidentia.plugins.pubmed.LineInput;

/**
 * Cuts a PubMed text export into its numbered records ({@code "1. ..."} in the Abstract export,
 * {@code "1: ..."} in the Summary export), each as paragraphs (blocks of lines between blank lines).
 *
 * <p>A record starts at a line {@code "<n><mark> "} that follows a blank line (or starts the file)
 * when {@code n} is the number after the previous record's, or when two blank lines precede it (a
 * second export pasted after the first). So an abstract paragraph that happens to start with
 * {@code "2. "} does not end its record.
 */
final class NumberedRecords {

    /** One paragraph of a record and the number of its first line. */
    record Block(long firstLine, List<String> lines) {
        String first() {
            return lines.get(0);
        }

        String joined() {
            return org.evidentia.plugins.pubmed.WrappedText.join(lines);
        }
    }

    /**
     * One numbered record as printed.
     *
     * @param number        the printed number
     * @param firstLine     line number of its first line
     * @param blocks        its paragraphs, the first starting with the number
     * @param endedByInput  true when the input ended inside this record
     * @param notUtf8Line   first line holding U+FFFD, or 0
     */
    record Numbered(long number, long firstLine, List<Block> blocks, boolean endedByInput, long notUtf8Line) {
    }

    /**
     * Lines before the first record.
     *
     * @param firstLine the first such line's number
     * @param count     how many non-blank lines
     * @param sample    the first of them
     */
    record Preamble(long firstLine, long count, String sample) {
    }

    private final LineInput lines;
    private final char mark;
    private long lastNumber;
    private Preamble preamble;

    NumberedRecords(LineInput lines, char mark) {
        this.lines = lines;
        this.mark = mark;
    }

    /** Non-blank lines before the first record, once {@link #next()} has been called; null if none. */
    Preamble preamble() {
        return preamble;
    }

    /** The next record, or null at the end of the input. */
    Numbered next() {
        // At the start of the input, or just before a record start the previous call stopped at.
        int blanks = 2;
        String line;
        while ((line = lines.peek()) != null) {
            if (line.isEmpty()) {
                blanks++;
                lines.next();
            } else if (blanks > 0 && startsRecord(line, blanks)) {
                break;
            } else {
                // Only before the first record: later, the previous record consumed its lines.
                lines.next();
                preamble = preamble == null ? new Preamble(lines.number(), 1, line)
                        : new Preamble(preamble.firstLine(), preamble.count() + 1, preamble.sample());
                blanks = 0;
            }
        }
        if (line == null) {
            return null;
        }
        long number = numberOf(line);
        lastNumber = number;
        long firstLine = lines.number() + 1;
        List<Block> blocks = new ArrayList<>();
        List<String> block = new ArrayList<>();
        long blockStart = firstLine;
        long notUtf8Line = 0;
        blanks = 0;
        boolean endedByInput = true;
        while ((line = lines.peek()) != null) {
            if (line.isEmpty()) {
                blanks++;
                lines.next();
                continue;
            }
            if (blanks > 0 && startsRecord(line, blanks)) {
                endedByInput = false;
                break;
            }
            lines.next();
            if (blanks > 0 && !block.isEmpty()) {
                blocks.add(new Block(blockStart, List.copyOf(block)));
                block.clear();
            }
            if (block.isEmpty()) {
                blockStart = lines.number();
            }
            blanks = 0;
            if (notUtf8Line == 0 && line.indexOf(LineInput.REPLACEMENT) >= 0) {
                notUtf8Line = lines.number();
            }
            block.add(line);
        }
        if (!block.isEmpty()) {
            blocks.add(new Block(blockStart, List.copyOf(block)));
        }
        return new Numbered(number, firstLine, blocks, endedByInput, notUtf8Line);
    }

    private boolean startsRecord(String line, int blanks) {
        long number = numberOf(line);
        return number > 0 && (number == lastNumber + 1 || blanks >= 2);
    }

    /** The record number a line starts with, or 0 when it does not look like a record's first line. */
    private long numberOf(String line) {
        int i = 0;
        while (i < line.length() && i < 7 && Character.isDigit(line.charAt(i))) {
            i++;
        }
        if (i == 0 || i + 2 > line.length() || line.charAt(i) != mark || line.charAt(i + 1) != ' ') {
            return 0;
        }
        return Long.parseLong(line, 0, i, 10);
    }
}
