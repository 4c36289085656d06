package org.evidentia.plugins.pubmedxml;

/**
 * A place in a file: its 1-based line and the 0-based index of a character in that line.
 *
 * @param line  1-based line
 * @param index 0-based character index within the line
 */
record TextPosition(long line, int index) implements Comparable<TextPosition> {

    @Override
    public int compareTo(TextPosition other) {
        return line != other.line ? Long.compare(line, other.line) : Integer.compare(index, other.index);
    }

    /**
     * Turns a reader's 1-based line and column into a place in the file. A reader that resumed
     * mid-file starts its line 1 at {@code firstLine}, where the file's text begins at
     * {@code firstIndex} after {@code prefix} characters of the reader's own.
     */
    record Mapping(long firstLine, int firstIndex, int prefix) {

        /** A reader that reads the file from its start. */
        static final Mapping IDENTITY = new Mapping(1, 0, 0);

        TextPosition map(long readerLine, long readerColumn) {
            int column = (int) Math.max(readerColumn - 1, 0);
            if (readerLine <= 1) {
                return new TextPosition(firstLine, Math.max(firstIndex + column - prefix, 0));
            }
            return new TextPosition(firstLine + readerLine - 1, column);
        }
    }
}
