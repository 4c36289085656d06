package org.evidentia.runtime.engine;

import java.util.Arrays;

/** A growable column of longs, 0 where never set, that never copies what it holds: as {@link IntColumn}. Not thread-safe. */
final class LongColumn {

    private static final int CHUNK_BITS = IntColumn.CHUNK_BITS;
    private static final int CHUNK = 1 << CHUNK_BITS;
    private static final int MASK = CHUNK - 1;

    private long[][] chunks = new long[4][];

    long get(int i) {
        long[] chunk = (i >>> CHUNK_BITS) < chunks.length ? chunks[i >>> CHUNK_BITS] : null;
        return chunk == null ? 0 : chunk[i & MASK];
    }

    void set(int i, long value) {
        int c = i >>> CHUNK_BITS;
        if (c >= chunks.length) {
            chunks = Arrays.copyOf(chunks, Math.max(c + 1, chunks.length * 2));
        }
        if (chunks[c] == null) {
            chunks[c] = new long[CHUNK];
        }
        chunks[c][i & MASK] = value;
    }
}
