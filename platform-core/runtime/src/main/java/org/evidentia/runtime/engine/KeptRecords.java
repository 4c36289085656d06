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
 * <p>A run keeps this for every record to its end, so it is kept as arrays of primitives, about 22
 * bytes a record with an 8-digit PMID (and up to as much again while the arrays wait to be filled
 * after doubling), not as objects (an {@link Origin} alone takes 40 bytes and its reference 4 more).
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

    private final StringBuilder ids = new StringBuilder();
    private int[] idEnds = new int[1024];
    private byte[] holds = new byte[1024];
    private byte[] versions = new byte[1024];
    private int[] recordNumbers = new int[1024];
    private int[] lines = new int[1024];
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
        if (size == idEnds.length) {
            int capacity = size * 2;
            idEnds = Arrays.copyOf(idEnds, capacity);
            holds = Arrays.copyOf(holds, capacity);
            versions = Arrays.copyOf(versions, capacity);
            recordNumbers = Arrays.copyOf(recordNumbers, capacity);
            lines = Arrays.copyOf(lines, capacity);
        }
        ids.append(record.id());
        idEnds[size] = ids.length();
        holds[size] = (byte) holdings;
        versions[size] = version;
        Origin origin = record.origins().isEmpty() ? null : record.origins().get(0);
        startStretchUnlessSame(origin == null ? NO_ORIGIN : placeOf(origin));
        if (origin != null) {
            if (!fitsAnInt(origin.recordNumber()) || !fitsAnInt(origin.line())) {
                recordNumbers[size] = LARGE;
                largeNumbers.put(size, new long[] {origin.recordNumber(), origin.line()});
            } else {
                recordNumbers[size] = (int) origin.recordNumber();
                lines[size] = (int) origin.line();
            }
        }
        size++;
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
        return ids.substring(i == 0 ? 0 : idEnds[i - 1], idEnds[i]);
    }

    /** What kept record {@code i} holds, of {@link CopyHoldings}' bits. */
    int holdings(int i) {
        return holds[i];
    }

    /** The version of kept record {@code i}. */
    byte version(int i) {
        return versions[i];
    }

    /** Where kept record {@code i} was read, or null when its source named no origin. */
    Origin firstOrigin(int i) {
        int stretch = Arrays.binarySearch(stretchStarts, 0, stretches, i);
        int place = stretchPlaces[stretch >= 0 ? stretch : -stretch - 2];
        if (place == NO_ORIGIN) {
            return null;
        }
        Place at = places.get(place);
        if (recordNumbers[i] == LARGE) {
            long[] numbers = largeNumbers.get(i);
            return new Origin(at.source(), at.file(), numbers[0], numbers[1]);
        }
        return new Origin(at.source(), at.file(), recordNumbers[i], lines[i]);
    }
}
