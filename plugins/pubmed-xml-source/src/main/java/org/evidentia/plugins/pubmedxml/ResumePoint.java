package org.evidentia.plugins.pubmedxml;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;

/**
 * Where reading can resume after damaged XML: the next record start tag after a given place.
 *
 * @param position where the start tag is in the file
 * @param rest     the file's text from that tag to the end of its line
 * @param file     the file, positioned after that line
 */
record ResumePoint(TextPosition position, String rest, BufferedReader file) {

    /**
     * Reads {@code file} from its start to the first of {@code tags} (each followed by a space,
     * {@code >} or the end of the line) that lies strictly after {@code after}.
     *
     * @return the resume point, or null when there is none before the end of the file
     */
    static ResumePoint find(BufferedReader file, TextPosition after, String[] tags) throws IOException {
        long lineNumber = 0;
        String line;
        while ((line = file.readLine()) != null) {
            lineNumber++;
            if (lineNumber < after.line()) {
                continue;
            }
            int from = lineNumber == after.line() ? after.index() + 1 : 0;
            int found = -1;
            for (String tag : tags) {
                int at = indexOfTag(line, tag, from);
                if (at >= 0 && (found < 0 || at < found)) {
                    found = at;
                }
            }
            if (found >= 0) {
                return new ResumePoint(new TextPosition(lineNumber, found), line.substring(found), file);
            }
        }
        return null;
    }

    private static int indexOfTag(String line, String tag, int from) {
        for (int at = line.indexOf(tag, from); at >= 0; at = line.indexOf(tag, at + 1)) {
            int end = at + tag.length();
            if (end == line.length() || line.charAt(end) == '>' || Character.isWhitespace(line.charAt(end))) {
                return at;
            }
        }
        return -1;
    }

    /** The text to parse from here: {@code wrapper} (a start tag standing in for the root), then the file. */
    Reader reader(String wrapper) {
        return new Reader() {
            private final Reader head = new StringReader(wrapper + rest + "\n");
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
