package org.evidentia.plugins.pubmedxml;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the record start tags in the bytes that pass through it ({@code <PubmedArticle},
 * {@code <PubmedBookArticle}, {@code <MedlineCitation} followed by {@code >}, {@code /} or white
 * space), without parsing: the independent count of records that the source states with
 * {@link org.evidentia.api.SourceContext#inputHolds(long)}. A tag hidden in a comment or in text
 * the parser could not read is counted too, so records lost there show as unaccounted for.
 * Not thread-safe.
 */
final class RecordTagCounter extends FilterInputStream {

    private static final int LONGEST_NAME = "PubmedBookArticle".length();

    private final byte[] name = new byte[LONGEST_NAME + 1];
    private int nameLength = -1; // -1: not inside a tag name
    private long pubmedRecords;
    private long medlineCitations;

    RecordTagCounter(InputStream in) {
        super(in);
    }

    /** Counts the tags of {@code in} to its end and closes it. */
    static RecordTagCounter countAll(InputStream in) throws IOException {
        try (RecordTagCounter counter = new RecordTagCounter(in)) {
            counter.drain();
            return counter;
        }
    }

    /** Reads (and counts) whatever is left. */
    void drain() throws IOException {
        byte[] buffer = new byte[64 * 1024];
        while (read(buffer, 0, buffer.length) >= 0) {
            // counted as read
        }
    }

    /**
     * The records of a file whose root element is {@code root}: its {@code <MedlineCitation>}s in a
     * {@code MedlineCitationSet} (or a bare citation), else its articles and book articles.
     */
    long records(String root) {
        return "MedlineCitationSet".equals(root) || "MedlineCitation".equals(root) ? medlineCitations : pubmedRecords;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            scan((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
            scan(buffer[offset + i]);
        }
        return n;
    }

    private void scan(byte b) {
        if (nameLength < 0) {
            if (b == '<') {
                nameLength = 0;
            }
            return;
        }
        if ((b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z')) {
            if (nameLength < name.length) {
                name[nameLength] = b;
            }
            nameLength++;
            return;
        }
        if (b == '>' || b == '/' || b == ' ' || b == '\t' || b == '\n' || b == '\r') {
            count();
        }
        nameLength = b == '<' ? 0 : -1;
    }

    private void count() {
        if (nameLength == "PubmedArticle".length() && is("PubmedArticle")
                || nameLength == "PubmedBookArticle".length() && is("PubmedBookArticle")) {
            pubmedRecords++;
        } else if (nameLength == "MedlineCitation".length() && is("MedlineCitation")) {
            medlineCitations++;
        }
    }

    private boolean is(String tag) {
        for (int i = 0; i < tag.length(); i++) {
            if (name[i] != tag.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
