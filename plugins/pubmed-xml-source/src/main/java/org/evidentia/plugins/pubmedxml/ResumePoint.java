package org.evidentia.plugins.pubmedxml;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;

/**
 * Where reading can resume after damaged XML: the next record start tag after a given place.
 * The file is scanned a character at a time, so a line of any length (a 3 GiB title) costs time,
 * not memory.
 *
 * @param position where the start tag is in the file
 * @param tag      the start tag and the character after it, as read
 * @param file     the file, positioned after them
 */
record ResumePoint(TextPosition position, String tag, BufferedReader file) {

    /**
     * Reads {@code file} from its start to the first of {@code tags} (each followed by white space,
     * {@code >} or {@code /}) that lies strictly after {@code after} and has at least {@code tagsToPass} of
     * them before it. The second condition holds where the first is fooled: the parser counts no line for a
     * carriage return inside a literal of the DOCTYPE, so its positions after one are lines short of this count,
     * and the damaged record's own start tag lay "after" its damage; it was read again, and counted twice (a fuzz
     * finding, 2026-12-05).
     *
     * @param tagsToPass how many of {@code tags} the file holds before the point at the least: the records started
     *                   up to the damage (a tag in a comment counts too, so this never passes a record)
     * @return the resume point, or null when there is none before the end of the file
     */
    static ResumePoint find(BufferedReader file, TextPosition after, String[] tags, long tagsToPass) throws IOException {
        long passed = 0;
        long line = 1;
        long column = 0;
        boolean afterCr = false;
        StringBuilder candidate = null;
        long candidateLine = 0;
        long candidateColumn = 0;
        int c;
        while ((c = file.read()) >= 0) {
            char ch = (char) c;
            if (candidate != null) {
                candidate.append(ch);
                String read = candidate.toString();
                String matched = match(read, tags);
                if (matched != null && ++passed > tagsToPass && isAfter(candidateLine, candidateColumn, after)) {
                    return new ResumePoint(new TextPosition(candidateLine, (int) Math.min(candidateColumn, Integer.MAX_VALUE)),
                            read, file);
                }
                if (matched != null || !isPrefix(read, tags)) {
                    candidate = null;
                }
            }
            if (candidate == null && ch == '<') {
                candidate = new StringBuilder("<");
                candidateLine = line;
                candidateColumn = column;
            }
            if (ch == '\n') {
                if (!afterCr) {
                    line++;
                }
                column = 0;
            } else if (ch == '\r') {
                line++;
                column = 0;
            } else {
                column++;
            }
            afterCr = ch == '\r';
        }
        return null;
    }

    private static boolean isAfter(long line, long column, TextPosition after) {
        return line > after.line() || (line == after.line() && column > after.index());
    }

    /** The tag {@code read} is (a tag and one delimiting character), or null. */
    private static String match(String read, String[] tags) {
        for (String tag : tags) {
            if (read.length() == tag.length() + 1 && read.startsWith(tag)) {
                char end = read.charAt(tag.length());
                if (end == '>' || end == '/' || Character.isWhitespace(end)) {
                    return tag;
                }
            }
        }
        return null;
    }

    private static boolean isPrefix(String read, String[] tags) {
        for (String tag : tags) {
            if (tag.startsWith(read) || (read.length() <= tag.length() + 1 && read.startsWith(tag))) {
                return true;
            }
        }
        return false;
    }

    /** The text to parse from here: {@code wrapper} (a start tag standing in for the root), then the file. */
    Reader reader(String wrapper) {
        return new Reader() {
            private final Reader head = new StringReader(wrapper + tag);
            private boolean headDone;

            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                if (!headDone) {
                    int n = head.read(buffer, offset, length);
                    if (n > 0) {
                        return n;
                    }
                    headDone = true;
                }
                return file.read(buffer, offset, length);
            }

            @Override
            public void close() throws IOException {
                file.close();
            }
        };
    }

    /** How positions of a reader over {@link #reader(String)} map back to the file. */
    TextPosition.Mapping mapping(int wrapperLength) {
        return new TextPosition.Mapping(position.line(), position.index(), wrapperLength);
    }
}
