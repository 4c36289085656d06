package org.evidentia.runtime.engine;

import java.util.Arrays;

/**
 * A growable column of ints, 0 where never set, that grows a chunk at a time and never copies what it
 * holds. What a run keeps for each of its records lives to the run's end, in the old generation; an
 * array that doubles leaves its former self there as garbage, which the serial collector frees only
 * when that generation is full, so the run's resident memory would carry both. Not thread-safe.
 */
final class IntColumn {

    static final int CHUNK_BITS = 14;
    private static final int CHUNK = 1 << CHUNK_BITS;
    private static final int MASK = CHUNK - 1;

    private int[][] chunks = new int[4][];

    int get(int i) {
        int[] chunk = (i >>> CHUNK_BITS) < chunks.length ? chunks[i >>> CHUNK_BITS] : null;
        return chunk == null ? 0 : chunk[i & MASK];
    }

    void set(int i, int value) {
        int c = i >>> CHUNK_BITS;
        if (c >= chunks.length) {
            chunks = Arrays.copyOf(chunks, Math.max(c + 1, chunks.length * 2)); // references only: a few KB for millions of ints
        }
        if (chunks[c] == null) {
            chunks[c] = new int[CHUNK];
        }
        chunks[c][i & MASK] = value;
    }
}
