package org.evidentia.runtime.input;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * A gzip stream that fails once it has inflated more than {@link #MAX_RATIO} times the compressed
 * bytes it read (past the first {@link #FREE_BYTES}). Real gzip files inflate far less: PubMed's
 * XML files some 5 to 9 times (c30k.xml.gz, 32 MB, at most 6.0 times at any point past its first
 * 4 MiB), the JSON lines of a Spark job some five to twenty times; a gzip bomb a thousand times.
 * Without the bound a bomb of a few MB is read for minutes into gigabytes before anything could
 * tell it from a real file (memory stays bounded either way: readers stream).
 */
public final class InflationLimit extends FilterInputStream {

    /** Inflated bytes always allowed, whatever the ratio: small files and a file's first part may compress best. */
    public static final long FREE_BYTES = 64L << 20;
    /** The most inflated bytes per compressed byte read. */
    public static final long MAX_RATIO = 100;
    /** How the message of a stop at the bound starts, whatever the counts: to tell a reader's own words for the stop. */
    public static final String STOP = "the file inflates more than " + MAX_RATIO + " times its size (";

    private final Counted compressed;
    private final String verdict;
    private long inflated;

    private InflationLimit(InputStream gunzipped, Counted compressed, String verdict) {
        super(gunzipped);
        this.compressed = compressed;
        this.verdict = verdict;
    }

    /**
     * {@code raw} inflated, bounded as above: past the bound a read throws {@link Exceeded}, whose
     * message says the bytes, the ratio and the limit, then {@code verdict}; the caller names the file.
     *
     * @param raw     the compressed bytes
     * @param buffer  the size of the inflater's input buffer
     * @param verdict what the stop means to the caller's reader, ending the message ("a gzip bomb, ...")
     * @throws IOException when {@code raw} does not start as gzip
     */
    public static InputStream gunzip(InputStream raw, int buffer, String verdict) throws IOException {
        Counted compressed = new Counted(raw);
        return new InflationLimit(new GZIPInputStream(compressed, buffer), compressed, verdict);
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
            // the ratio said outright: the counts alone hide whether it is 101 or 10,000 to 1
            throw new Exceeded(STOP + String.format(Locale.ROOT, "%,d bytes from %,d compressed, %,d to 1, past the first %d MiB): %s",
                    inflated, compressed.count,
                    inflated / compressed.count, FREE_BYTES >> 20, verdict));
        }
    }

    /** Reading stopped at the bound: the rest of the file was not inflated. */
    public static final class Exceeded extends IOException {
        private static final long serialVersionUID = 1L;

        Exceeded(String message) {
            super(message);
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
