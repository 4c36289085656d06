package org.evidentia.runtime.input;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.zip.ZipException;
import org.evidentia.runtime.threads.DaemonThreads;

/**
 * Decompresses gzip on a thread of its own, so that a source parses one chunk while the next is
 * inflated: with two cores, reading a {@code .gz} file costs little more than reading it
 * uncompressed. At most {@value #CHUNKS_AHEAD} chunks of {@value #CHUNK} bytes wait, so memory is
 * bounded. A decompression error (a truncated file) surfaces from {@link #read} where the data
 * ends, after every byte that could be decompressed, as an {@link java.io.EOFException} for a file
 * cut short and a {@link GzipDamage} for one damaged part-way; so does the stop of a file that inflates
 * past {@link InflationLimit}'s bound (a gzip bomb), which would otherwise hold a run for minutes.
 */
final class BackgroundGunzipInputStream extends InputStream {

    private static final int CHUNK = 256 * 1024;
    private static final int CHUNKS_AHEAD = 8;
    private static final int STEP = 16 * 1024;
    private static final byte[] END = new byte[0];
    /** What a gzip file that ends before its compressed data does says, where a source quotes it. */
    static final String CUT_SHORT = "the gzip file ends before its compressed data does (truncated? download or export it again)";
    /** Ends the message of a stop at the inflation bound; the problem that reports it names the file. */
    static final String BOMB = "a gzip bomb, not an export (PubMed's files inflate some 5 to 9 times);"
            + " the rest of the file was not read";

    private final BlockingQueue<byte[]> chunks = new ArrayBlockingQueue<>(CHUNKS_AHEAD);
    private final Thread inflater;
    private volatile IOException failure;
    private byte[] current = new byte[0];
    private int position;
    private boolean ended;
    private volatile boolean failureSurfaced;

    BackgroundGunzipInputStream(InputStream compressed, String name) {
        this.inflater = DaemonThreads.thread(() -> inflate(compressed), "evidentia-gunzip " + name);
        inflater.start();
    }

    private void inflate(InputStream compressed) {
        byte[] chunk = new byte[CHUNK];
        int filled = 0;
        try (InputStream in = InflationLimit.gunzip(compressed, CHUNK, BOMB)) {
            int n;
            // A read that meets damage loses what it inflated before it (the inflater reports the error, not the count):
            // small reads keep all but the last few kilobytes before the damage.
            while ((n = in.read(chunk, filled, Math.min(STEP, CHUNK - filled))) >= 0) {
                filled += n;
                if (filled == CHUNK) {
                    chunks.put(chunk);
                    chunk = new byte[CHUNK];
                    filled = 0;
                }
            }
        } catch (ZipException e) {
            failure = new GzipDamage(e); // the inflater's, or the trailer's checksum: the data itself
        } catch (EOFException e) {
            // Java's words, "Unexpected end of ZLIB input stream", reached the user through every text source (the review of
            // session 24, I8); still an EOFException, which the XML source tells as a truncated file by its type
            EOFException cut = new EOFException(CUT_SHORT);
            cut.initCause(e);
            failure = cut;
        } catch (IOException e) {
            failure = e; // the stop at the bound, a cut (EOFException), or the file's own read error, each in its own words
        } catch (InterruptedException e) {
            return; // closed by the reader
        }
        try {
            if (filled > 0) {
                chunks.put(Arrays.copyOf(chunk, filled));
            }
            chunks.put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean fill() throws IOException {
        if (ended) {
            return false;
        }
        try {
            current = chunks.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while decompressing");
        }
        position = 0;
        if (current == END) {
            ended = true;
            if (failure != null) {
                failureSurfaced = true;
                throw failure;
            }
            return false;
        }
        return true;
    }

    /** Whether a reader met the decompression error: the content ended before the file's did (a truncated or damaged file). */
    boolean cutShort() {
        return failureSurfaced;
    }

    /** What damage a reader met in the compressed data part-way, or null when it met none. */
    GzipDamage damage() {
        return failureSurfaced && failure instanceof GzipDamage damage ? damage : null;
    }

    /** Why a reader met the end of the content at the inflation bound, or null when it did not. */
    String inflationStop() {
        return failureSurfaced && failure instanceof InflationLimit.Exceeded ? failure.getMessage() : null;
    }

    @Override
    public int read() throws IOException {
        if (position == current.length && !fill()) {
            return -1;
        }
        return current[position++] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (position == current.length && !fill()) {
            return -1;
        }
        int n = Math.min(length, current.length - position);
        System.arraycopy(current, position, buffer, offset, n);
        position += n;
        return n;
    }

    @Override
    public int available() {
        return current.length - position;
    }

    @Override
    public void close() {
        inflater.interrupt();
        ended = true;
        Arrays.fill(current, (byte) 0);
        chunks.clear();
    }
}
