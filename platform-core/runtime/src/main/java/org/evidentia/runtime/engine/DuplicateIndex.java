package org.evidentia.runtime.engine;

import java.util.BitSet;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.runtime.text.DoiSpellings;

/**
 * Finds records already seen in this run: same PMID, else same DOI, else same normalised title and
 * year, else the same id, which a findings store and the synthesis key a record by: one a source gave
 * (a sheet's {@code id} column), one made from the title alone ({@link BibliographicRecord#titleId}:
 * one title in two years), or a PMID or DOI that is another record's id (a sheet's {@code id} of
 * {@code 123} and a MEDLINE record of PMID 123). A DOI or title match between two records that both
 * have (different) PMIDs is not a duplicate, nor one title in two years by title alone.
 *
 * <p>Memory stays small as runs grow: keys are kept as 64-bit hashes, not as strings, chained in
 * buckets of at most one key each on average (20 to 24 bytes a key: the key, its record, the next
 * in its bucket, and the bucket's head). Everything is kept in columns that grow a chunk at a time
 * ({@link IntColumn}): when the buckets double, the keys are chained again where they lie, so no
 * table is copied and none left behind for the collector. Two different keys share a hash with a
 * probability of about n²/2⁶⁴, negligible for any realistic n. Not thread-safe.
 */
final class DuplicateIndex {

    private static final int MIN_TITLE_CHARS = 20;

    private static final int FIRST_BUCKETS = 1 << 12;

    private final LongColumn keys = new LongColumn();
    private final IntColumn values = new IntColumn();
    /** The entry after each in its bucket, plus one: 0 ends the chain. */
    private final IntColumn next = new IntColumn();
    /** Each bucket's first entry, plus one: 0 for an empty bucket. */
    private final IntColumn heads = new IntColumn();
    private int buckets = FIRST_BUCKETS;
    private int size;
    private final BitSet hasPmid = new BitSet();
    /** The records whose id is their PMID: another record's id may be that PMID. */
    private final BitSet idIsPmid = new BitSet();
    /**
     * Each record's title as a 32-bit hash (0: a title too short to tell), to tell a copy found by its PMID or DOI whose
     * title is another (4 bytes a record; a shared hash at worst leaves one such copy untold). Not its year: a sheet's row
     * may leave the year out, and one study's copies differ in it.
     */
    private final IntColumn titles = new IntColumn();
    /** What the last record {@link #findOrAdd} found an earlier one by: 'p' its PMID, 'd' its DOI, 't' title and year, 'i' its id. */
    private char matchedBy;
    private boolean byIdAlone;
    private boolean otherTitle;

    /**
     * Looks a record up and, when it is new, registers it under {@code index}.
     *
     * @return the index of the earlier record it duplicates, or -1 when it is new
     */
    int findOrAdd(BibliographicRecord record, int index) {
        long pmidKey = record.pmid() == null ? 0 : finish(add(add(add(OFFSET, 'p'), ':'), record.pmid()));
        // in any spelling: a BioC file's https://doi.org/10.1/x is a RIS file's 10.1/x (the code review of session 26, C5)
        long doiKey = record.doi() == null ? 0 : finish(add(add(add(OFFSET, 'd'), ':'), DoiSpellings.key(record.doi())));
        long folded = record.title() == null ? 0 : foldedTitle(record.title());
        long titleKey = folded == 0 ? 0 : finish(add(add(folded, '|'), String.valueOf(record.year())));
        int title = folded == 0 ? 0 : (int) finish(folded) | 1; // the title alone, from the same fold
        // the id, which a store and the synthesis key a record by, where it is not the PMID keyed above: a source's (an
        // explorer's F3: two rows of one sheet id were two records of a run but one study of its synthesis and one record
        // of a store), one made from the title alone (one title in two years: the review of session 17), or a DOI, keyed
        // exactly as ids are compared everywhere (the review of session 19's change, R13)
        String id = record.id();
        boolean idIsItsPmid = id.equals(record.pmid());
        long ownIdKey = finish(add(add(add(OFFSET, 'i'), ':'), id));
        long idKey = idIsItsPmid ? 0 : ownIdKey;

        int earlier = pmidKey == 0 ? -1 : get(pmidKey);
        matchedBy = 'p';
        if (earlier < 0 && doiKey != 0) {
            earlier = eligible(get(doiKey), record);
            matchedBy = 'd';
        }
        if (earlier < 0 && titleKey != 0) {
            earlier = eligible(get(titleKey), record);
            matchedBy = 't';
        }
        byIdAlone = false;
        if (earlier < 0) {
            // the id registered by an earlier record (its source's, its DOI, one made from its title), else, for an id that
            // is not this record's PMID, the PMID of an earlier record whose id that is ("a sheet's id 123, the PMID of a
            // MEDLINE record read before")
            earlier = get(ownIdKey);
            if (earlier < 0 && !idIsItsPmid) {
                int byPmid = get(finish(add(add(add(OFFSET, 'p'), ':'), id)));
                earlier = byPmid >= 0 && idIsPmid.get(byPmid) ? byPmid : -1;
            }
            byIdAlone = earlier >= 0;
            matchedBy = 'i';
        }
        // found by its PMID or DOI, with a title of its own and the earlier record's title known: is it the same title?
        otherTitle = earlier >= 0 && (matchedBy == 'p' || matchedBy == 'd') && title != 0 && titles.get(earlier) != 0
                && titles.get(earlier) != title;
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
            titles.set(index, title);
        }
        if (idKey != 0) {
            putIfAbsent(idKey, index);
        }
        idIsPmid.set(index, idIsItsPmid);
        return -1;
    }

    /**
     * Whether the last record {@link #findOrAdd} found was found by its id alone: it has another title or year than the
     * earlier record of its id (two rows of a sheet given one id), so the merge is told.
     */
    boolean foundByIdAlone() {
        return byIdAlone;
    }

    /**
     * Whether the last record {@link #findOrAdd} found by its PMID or DOI ({@link #foundByDoi()} says which) has another
     * title than the earlier record (both long enough to tell): a sheet's mistyped PMID, when the two come from one file.
     */
    boolean foundWithAnotherTitle() {
        return otherTitle;
    }

    /** Whether the last record {@link #findOrAdd} found was found by its DOI (its PMID matched none). */
    boolean foundByDoi() {
        return matchedBy == 'd';
    }

    private int eligible(int earlier, BibliographicRecord record) {
        return earlier >= 0 && record.pmid() != null && hasPmid.get(earlier) ? -1 : earlier;
    }

    /**
     * The hash of {@code "t:" + folded}, where the title is folded to its letters and digits in lower case, hashed as it is
     * folded; 0 for a title of fewer than {@value #MIN_TITLE_CHARS} such chars, too short to tell a study. A title's key is
     * this and its year ({@code "|" + year}), finished.
     */
    private static long foldedTitle(String title) {
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
        return folded < MIN_TITLE_CHARS || h == 0 ? 0 : h;
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
        for (int entry = heads.get((int) key & (buckets - 1)) - 1; entry >= 0; entry = next.get(entry) - 1) {
            if (keys.get(entry) == key) {
                return values.get(entry);
            }
        }
        return -1;
    }

    private void putIfAbsent(long key, int value) {
        if (get(key) < 0) {
            put(key, value);
        }
    }

    private void put(long key, int value) {
        for (int entry = heads.get((int) key & (buckets - 1)) - 1; entry >= 0; entry = next.get(entry) - 1) {
            if (keys.get(entry) == key) {
                values.set(entry, value);
                return;
            }
        }
        if (size == buckets) {
            buckets *= 2;
            rechain();
        }
        keys.set(size, key);
        values.set(size, value);
        chain(size);
        size++;
    }

    private void chain(int entry) {
        int bucket = (int) keys.get(entry) & (buckets - 1);
        next.set(entry, heads.get(bucket));
        heads.set(bucket, entry + 1);
    }

    /** Chains every entry again over the doubled buckets, in the columns they already use. */
    private void rechain() {
        for (int bucket = 0; bucket < buckets; bucket++) {
            heads.set(bucket, 0);
        }
        for (int entry = 0; entry < size; entry++) {
            chain(entry);
        }
    }
}
