package org.evidentia.runtime.engine;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Locale;
import org.evidentia.api.BibliographicRecord;

/**
 * Finds records already seen in this run: same PMID, else same DOI, else same normalised title and
 * year. A DOI or title match between two records that both have (different) PMIDs is not a duplicate.
 *
 * <p>Memory stays small as runs grow: keys are kept as 64-bit hashes in an open-addressing table
 * filled to at most three quarters (16 to 32 bytes a key), not as strings; linear probing over
 * well-mixed hashes stays short at that load. Two different keys share a hash with a probability of
 * about n²/2⁶⁴, negligible for any realistic n. Not thread-safe.
 */
final class DuplicateIndex {

    private static final int MIN_TITLE_CHARS = 20;

    private long[] keys = new long[1 << 12];
    private int[] values = new int[1 << 12];
    private int size;
    private final BitSet hasPmid = new BitSet();

    /**
     * Looks a record up and, when it is new, registers it under {@code index}.
     *
     * @return the index of the earlier record it duplicates, or -1 when it is new
     */
    int findOrAdd(BibliographicRecord record, int index) {
        long pmidKey = record.pmid() == null ? 0 : finish(add(add(add(OFFSET, 'p'), ':'), record.pmid()));
        long doiKey = record.doi() == null ? 0 : finish(add(add(add(OFFSET, 'd'), ':'), record.doi().toLowerCase(Locale.ROOT)));
        long titleKey = record.title() == null ? 0 : titleKey(record.title(), record.year());

        int earlier = pmidKey == 0 ? -1 : get(pmidKey);
        if (earlier < 0 && doiKey != 0) {
            earlier = eligible(get(doiKey), record);
        }
        if (earlier < 0 && titleKey != 0) {
            earlier = eligible(get(titleKey), record);
        }
        if (earlier >= 0) {
            return earlier;
        }
        if (pmidKey != 0) {
            put(pmidKey, index);
            hasPmid.set(index);
        }
        if (doiKey != 0) {
            putIfAbsent(doiKey, index);
        }
        if (titleKey != 0) {
            putIfAbsent(titleKey, index);
        }
        return -1;
    }

    private int eligible(int earlier, BibliographicRecord record) {
        return earlier >= 0 && record.pmid() != null && hasPmid.get(earlier) ? -1 : earlier;
    }

    /**
     * The key of a title and year: the hash of {@code "t:" + folded + "|" + year}, where the title
     * is folded to its letters and digits in lower case, hashed as it is folded; 0 for a title of
     * fewer than {@value #MIN_TITLE_CHARS} such chars, too short to tell a study.
     */
    private static long titleKey(String title, Integer year) {
        long h = add(add(OFFSET, 't'), ':');
        int folded = 0;
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            if (c < 128) {
                // most titles are ASCII, for which the calls below come to this
                if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                    h = add(h, c);
                    folded++;
                } else if (c >= 'A' && c <= 'Z') {
                    h = add(h, (char) (c + ('a' - 'A')));
                    folded++;
                }
            } else if (Character.isLetterOrDigit(c)) {
                h = add(h, Character.toLowerCase(c));
                folded++;
            }
        }
        return folded < MIN_TITLE_CHARS ? 0 : finish(add(add(h, '|'), String.valueOf(year)));
    }

    /*
     * Keys are hashed with FNV-1a over their UTF-16 code units, fed a char at a time so that no key
     * string is built, then a murmur finaliser; never 0 (0 marks empty slots).
     */
    private static final long OFFSET = 0xcbf29ce484222325L;

    private static long add(long h, char c) {
        return (h ^ c) * 0x100000001b3L;
    }

    private static long add(long h, String text) {
        for (int i = 0; i < text.length(); i++) {
            h = add(h, text.charAt(i));
        }
        return h;
    }

    private static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }

    private int get(long key) {
        int mask = keys.length - 1;
        for (int slot = (int) key & mask; ; slot = (slot + 1) & mask) {
            if (keys[slot] == 0) {
                return -1;
            }
            if (keys[slot] == key) {
                return values[slot];
            }
        }
    }

    private void putIfAbsent(long key, int value) {
        if (get(key) < 0) {
            put(key, value);
        }
    }

    private void put(long key, int value) {
        if ((size + 1) * 4L > keys.length * 3L) {
            grow();
        }
        int mask = keys.length - 1;
        int slot = (int) key & mask;
        while (keys[slot] != 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        if (keys[slot] == 0) {
            size++;
        }
        keys[slot] = key;
        values[slot] = value;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldValues.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                put(oldKeys[i], oldValues[i]);
            }
        }
        Arrays.fill(oldKeys, 0);
    }
}
