package org.evidentia.runtime.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Origin;

/**
 * What a run keeps of each record it sent on, to merge and name a copy met later: the record's id,
 * its first origin, what it holds ({@link CopyHoldings}) and its version, by the record's number in
 * the run (0, 1, 2, ... in the order they were kept). Not thread-safe: one thread uses it.
 *
 * <p>A run keeps this for every record to its end, so it is kept in columns of primitives that grow a
 * chunk at a time ({@link IntColumn}), 20 bytes a record whose id is a PMID, not as objects (an
 * {@link Origin} alone takes 40 bytes and its reference 4 more). An id that is no number written
 * without a leading zero (a record without a PMID) is kept aside whole.
 * A source and file is kept once per stretch of records that share it, which is one per input:
 * the records come in input order. Record numbers and lines are kept as ints; the rare one beyond
 * an int's range (a file of more than two billion lines, or a number a source got wrong below 0)
 * is kept aside whole.
 */
final class KeptRecords {

    /** Marks a record number or line kept aside in {@link #largeNumbers}. */
    private static final int LARGE = -1;
    /** The place of records whose source named no origin. */
    private static final int NO_ORIGIN = -1;

    /** A source and the file it read. */
    private record Place(String source, String file) {
    }

    /** The ids that are numbers (PMIDs); 0 for one kept aside in {@link #otherIds}. */
    private final LongColumn numericIds = new LongColumn();
    private final Map<Integer, String> otherIds = new HashMap<>();
    /** Each record's holdings in the low byte, its version in the next. */
    private final IntColumn flags = new IntColumn();
    private final IntColumn recordNumbers = new IntColumn();
    private final IntColumn lines = new IntColumn();
    /** Where each stretch of records sharing a place starts, and its index in {@link #places} (or {@link #NO_ORIGIN}). */
    private int[] stretchStarts = new int[16];
    private int[] stretchPlaces = new int[16];
    private int stretches;
    private final List<Place> places = new ArrayList<>();
    private final Map<Place, Integer> placeIndexes = new HashMap<>();
    private final Map<Integer, long[]> largeNumbers = new HashMap<>();
    private int size;

    /**
     * Keeps a record as the next, number {@link #size()}.
     *
     * @param holdings what it holds, of {@link CopyHoldings}' bits
     * @param version  its version, at most {@link Byte#MAX_VALUE}
     */
    void add(BibliographicRecord record, int holdings, byte version) {
        long number = asNumber(record.id());
        if (number == 0) {
            otherIds.put(size, record.id());
        } else {
            numericIds.set(size, number);
        }
        flags.set(size, (holdings & 0xff) | (version & 0xff) << 8);
        Origin origin = record.origins().isEmpty() ? null : record.origins().get(0);
        startStretchUnlessSame(origin == null ? NO_ORIGIN : placeOf(origin));
        if (origin != null) {
            if (!fitsAnInt(origin.recordNumber()) || !fitsAnInt(origin.line())) {
                recordNumbers.set(size, LARGE);
                largeNumbers.put(size, new long[] {origin.recordNumber(), origin.line()});
            } else {
                recordNumbers.set(size, (int) origin.recordNumber());
                lines.set(size, (int) origin.line());
            }
        }
        size++;
    }

    /** The id as a number when it is digits written without a leading zero, and so given back by {@link Long#toString}; else 0. */
    private static long asNumber(String id) {
        int length = id.length();
        if (length == 0 || length > 18 || id.charAt(0) == '0') {
            return 0;
        }
        long number = 0;
        for (int i = 0; i < length; i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return 0;
            }
            number = number * 10 + (c - '0');
        }
        return number;
    }

    private static boolean fitsAnInt(long number) {
        return number >= 0 && number <= Integer.MAX_VALUE;
    }

    private int placeOf(Origin origin) {
        int last = stretches == 0 ? NO_ORIGIN : stretchPlaces[stretches - 1];
        if (last != NO_ORIGIN && places.get(last).file().equals(origin.file()) && places.get(last).source().equals(origin.source())) {
            return last;
        }
        Place place = new Place(origin.source(), origin.file());
        Integer index = placeIndexes.get(place);
        if (index == null) {
            index = places.size();
            places.add(place);
            placeIndexes.put(place, index);
        }
        return index;
    }

    private void startStretchUnlessSame(int place) {
        if (stretches > 0 && stretchPlaces[stretches - 1] == place) {
            return;
        }
        if (stretches == stretchStarts.length) {
            stretchStarts = Arrays.copyOf(stretchStarts, stretches * 2);
            stretchPlaces = Arrays.copyOf(stretchPlaces, stretches * 2);
        }
        stretchStarts[stretches] = size;
        stretchPlaces[stretches] = place;
        stretches++;
    }

    /** How many records are kept. */
    int size() {
        return size;
    }

    /** The id of kept record {@code i}. */
    String id(int i) {
        long number = numericIds.get(i);
        return number == 0 ? otherIds.get(i) : Long.toString(number);
    }

    /** What kept record {@code i} holds, of {@link CopyHoldings}' bits. */
    int holdings(int i) {
        return flags.get(i) & 0xff;
    }

    /** The version of kept record {@code i}. */
    byte version(int i) {
        return (byte) (flags.get(i) >>> 8);
    }

    /** Where kept record {@code i} was read, or null when its source named no origin. */
    Origin firstOrigin(int i) {
        int stretch = Arrays.binarySearch(stretchStarts, 0, stretches, i);
        int place = stretchPlaces[stretch >= 0 ? stretch : -stretch - 2];
        if (place == NO_ORIGIN) {
            return null;
        }
        Place at = places.get(place);
        if (recordNumbers.get(i) == LARGE) {
            long[] numbers = largeNumbers.get(i);
            return new Origin(at.source(), at.file(), numbers[0], numbers[1]);
        }
        return new Origin(at.source(), at.file(), recordNumbers.get(i), lines.get(i));
    }
}
