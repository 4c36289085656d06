package org.evidentia.runtime.store;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * A gzip stream that fails once it has inflated more than {@link #MAX_RATIO} times the compressed
 * bytes it read (past the first {@link #FREE_BYTES}): the JSON lines of a Spark job shrink some
 * five to twenty times, a gzip bomb a thousand times, and without the bound one of a few MB read
 * for minutes into gigabytes before anything could tell it from a job's output.
 */
final class InflationLimit extends FilterInputStream {

    /** Inflated bytes always allowed, whatever the ratio: small files compress best. */
    static final long FREE_BYTES = 64L << 20;
    /** The most inflated bytes per compressed byte read. */
    static final long MAX_RATIO = 100;

    private final Counted compressed;
    private long inflated;

    private InflationLimit(InputStream gunzipped, Counted compressed) {
        super(gunzipped);
        this.compressed = compressed;
    }

    /** {@code raw} inflated, bounded as above; the caller's message names the file and the line. */
    static InputStream gunzip(InputStream raw) throws IOException {
        Counted compressed = new Counted(raw);
        return new InflationLimit(new GZIPInputStream(compressed, 64 * 1024), compressed);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) throws IOException {
        inflated += n;
        if (inflated > FREE_BYTES && inflated > MAX_RATIO * compressed.count) {
            throw new IOException(String.format(Locale.ROOT, "the file inflates more than %d times its size (%,d bytes from %,d"
                    + " compressed): a gzip bomb, not a job's output; the import stopped reading it", MAX_RATIO, inflated, compressed.count));
        }
    }

    /** Counts the bytes read from the compressed file. */
    private static final class Counted extends FilterInputStream {
        private long count;

        Counted(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
