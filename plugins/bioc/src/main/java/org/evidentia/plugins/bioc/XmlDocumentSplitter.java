package org.evidentia.plugins.bioc;

import java.io.Closeable;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;

/**
 * Cuts a BioC XML file into its {@code <document>} elements without parsing it, so that each
 * document is parsed on its own: XML that is not well-formed loses only the document it is in, and
 * memory holds one document. Comments, CDATA sections and processing instructions are passed over
 * whole, so a tag inside them is not taken for a document's start or end. A document that does not
 * end before the next starts (or before the file ends) is handed over as unterminated. A document
 * longer than {@link #MAX_DOCUMENT_CHARS} is read past and handed over without its text.
 */
final class XmlDocumentSplitter implements Closeable {

    static final int MAX_DOCUMENT_CHARS = 16 << 20;
    private static final int MAX_HEADER_CHARS = 1 << 20;

    private final PushbackReader in;
    private final StringBuilder header = new StringBuilder();
    private long line = 1;
    private long starts;
    private boolean pendingStart;
    private long pendingLine;
    private boolean finished;
    private boolean collectionClosed;
    private long unclosedLine;
    private String unclosed;

    XmlDocumentSplitter(Reader reader) {
        this.in = new PushbackReader(reader, 16);
    }

    /**
     * One document's text.
     *
     * @param xml          the element from {@code <document} to its end tag (empty when too long)
     * @param line         the line its start tag is on
     * @param endLine      the line it ends on
     * @param tooLong      whether it was longer than {@link #MAX_DOCUMENT_CHARS}
     * @param ending       how it ended
     */
    record Chunk(String xml, long line, long endLine, boolean tooLong, Ending ending) {
    }

    /** How a document ended: with its end tag, where the next one starts, or with the file. */
    enum Ending { END_TAG, NEXT_DOCUMENT, END_OF_FILE }

    /** What came before the first document: the XML declaration, DOCTYPE and the collection's own elements. */
    String header() {
        return header.toString();
    }

    /** How many document start tags the file holds, counted as they were passed. */
    long documentStarts() {
        return starts;
    }

    /** Whether the collection's end tag {@code </collection>} was read: a file without it was cut short. */
    boolean collectionClosed() {
        return collectionClosed;
    }

    /** The line of a comment, CDATA section or processing instruction between documents that the file never closes, or 0. */
    long unclosedLine() {
        return unclosedLine;
    }

    /** What {@link #unclosedLine()} opened ({@code <!--}), or null. */
    String unclosed() {
        return unclosed;
    }

    /** The line the file ended on, once read to its end. */
    long lastLine() {
        return line;
    }

    /** The next document, or null at the end of the file. */
    Chunk next() throws IOException {
        if (finished) {
            return null;
        }
        if (!pendingStart && !seekDocument()) {
            finished = true;
            return null;
        }
        pendingStart = false;
        return readDocument(pendingLine);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Reads up to the next {@code <document} start tag and consumes it; false at the end of the file. */
    private boolean seekDocument() throws IOException {
        int c;
        while ((c = read()) >= 0) {
            if (c != '<') {
                keepHeader((char) c);
                continue;
            }
            long opened = line;
            if (ahead("!--")) {
                closedOrNoted(skipUntil("-->", null), opened, "<!--");
            } else if (ahead("![CDATA[")) {
                closedOrNoted(skipUntil("]]>", null), opened, "<![CDATA[");
            } else if (ahead("?")) {
                keepHeader("<?");
                closedOrNoted(skipUntil("?>", starts == 0 ? header : null), opened, "<?");
            } else if (aheadTag("/collection")) {
                collectionClosed = true;
            } else if (aheadTag("document")) {
                starts++;
                pendingLine = line;
                return true;
            } else {
                keepHeader('<');
            }
        }
        return false;
    }

    /** Notes a comment, CDATA section or processing instruction opened at {@code line} that the file never closed. */
    private void closedOrNoted(boolean closed, long line, String opening) {
        if (!closed && unclosed == null && !collectionClosed) { // after </collection> nothing can be missing (review s22, R5)
            unclosed = opening;
            unclosedLine = line;
        }
    }

    private Chunk readDocument(long startLine) throws IOException {
        StringBuilder xml = new StringBuilder("<document");
        int c;
        while ((c = read()) >= 0) {
            if (c == '<') {
                if (ahead("!--")) {
                    copy(xml, "<!--");
                    skipUntil("-->", xml);
                    continue;
                }
                if (ahead("![CDATA[")) {
                    copy(xml, "<![CDATA[");
                    skipUntil("]]>", xml);
                    continue;
                }
                if (aheadTag("/document")) { // not "</documentation>", which cut a well-formed document (review s20, sources 11)
                    copy(xml, "</document");
                    skipUntil(">", xml);
                    return chunk(xml, startLine, Ending.END_TAG);
                }
                if (aheadTag("document")) {
                    starts++;
                    pendingStart = true;
                    pendingLine = line;
                    return chunk(xml, startLine, Ending.NEXT_DOCUMENT);
                }
            }
            copy(xml, (char) c);
        }
        finished = true;
        return chunk(xml, startLine, Ending.END_OF_FILE);
    }

    private Chunk chunk(StringBuilder xml, long startLine, Ending ending) {
        boolean tooLong = xml.length() > MAX_DOCUMENT_CHARS;
        return new Chunk(tooLong ? "" : xml.toString(), startLine, line, tooLong, ending);
    }

    /** Appends while the document is within its limit; past it, one character more marks it too long. */
    private static void copy(StringBuilder xml, char c) {
        if (xml.length() <= MAX_DOCUMENT_CHARS) {
            xml.append(c);
        }
    }

    private static void copy(StringBuilder xml, String text) {
        for (int i = 0; i < text.length(); i++) {
            copy(xml, text.charAt(i));
        }
    }

    /** Consumes up to and with {@code end}, copying into {@code copy} when given; false at the end of the file. */
    private boolean skipUntil(String end, StringBuilder copy) throws IOException {
        StringBuilder tail = new StringBuilder(end.length() + 1);
        int c;
        while ((c = read()) >= 0) {
            if (copy != null) {
                copy(copy, (char) c);
            }
            tail.append((char) c);
            if (tail.length() > end.length()) {
                tail.deleteCharAt(0);
            }
            if (tail.length() == end.length() && tail.toString().equals(end)) {
                return true;
            }
        }
        return false;
    }

    /** Consumes {@code text} when it comes next. */
    private boolean ahead(String text) throws IOException {
        char[] read = new char[text.length()];
        int n = 0;
        while (n < read.length) {
            int c = read();
            if (c < 0) {
                break;
            }
            read[n++] = (char) c;
            if (read[n - 1] != text.charAt(n - 1)) {
                break;
            }
        }
        if (n == read.length && new String(read).equals(text)) {
            return true;
        }
        unread(read, n);
        return false;
    }

    /** Consumes {@code name} when it comes next as a whole tag name (followed by space, {@code >} or {@code /}). */
    private boolean aheadTag(String name) throws IOException {
        if (!ahead(name)) {
            return false;
        }
        int next = read();
        if (next >= 0) {
            unread(new char[] {(char) next}, 1);
        }
        if (next == '>' || next == '/' || (next >= 0 && Character.isWhitespace(next))) {
            return true;
        }
        unread(name.toCharArray(), name.length());
        return false;
    }

    private void keepHeader(char c) {
        if (starts == 0 && header.length() < MAX_HEADER_CHARS) {
            header.append(c);
        }
    }

    private void keepHeader(String text) {
        if (starts == 0 && header.length() < MAX_HEADER_CHARS) {
            header.append(text);
        }
    }

    private int read() throws IOException {
        int c = in.read();
        if (c == '\n') {
            line++;
        }
        return c;
    }

    private void unread(char[] chars, int count) throws IOException {
        for (int i = count - 1; i >= 0; i--) {
            if (chars[i] == '\n') {
                line--;
            }
            in.unread(chars[i]);
        }
    }
}
