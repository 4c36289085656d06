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
 * <p>A run keeps this for every record to its end, so it is kept as arrays of primitives, about 20
 * bytes a record with an 8-digit PMID, not as objects (an {@link Origin} alone takes 40 bytes and
 * its reference 4 more). The origins' sources and files are kept once per run of records that
 * share them, which is one per input: the records come in input order. Record numbers and lines
 * are kept as ints; the rare one beyond an int's range (a file of more than two billion lines, or
 * a number a source got wrong below 0) is kept aside whole.
 */
final class KeptRecords {

    /** Marks a record number or line kept aside in {@link #largeNumbers}. */
    private static final int LARGE = -1;

    private final StringBuilder ids = new StringBuilder();
    private int[] idEnds = new int[1024];
    private byte[] holds = new byte[1024];
    private byte[] versions = new byte[1024];
    private int[] recordNumbers = new int[1024];
    private int[] lines = new int[1024];
    /** Where each run of records sharing a source and file starts, and its index in {@link #places}; a run of {@code -1} has no origin. */
    private int[] runStarts = new int[16];
    private int[] runPlaces = new int[16];
    private int runs;
    /** The distinct sources and files, as origins whose numbers mean nothing. */
    private final List<Origin> places = new ArrayList<>();
    private final Map<Origin, Integer> placeIndexes = new HashMap<>();
    private final Map<Integer, long[]> largeNumbers = new HashMap<>();
    private int size;

    /**
     * Keeps a record.
     *
     * @param holdings what it holds, of {@link CopyHoldings}' bits
     * @param version  its version, at most {@link Byte#MAX_VALUE}
     * @return its number in the run
     */
    int add(BibliographicRecord record, int holdings, byte version) {
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
        startRunUnlessSame(origin == null ? -1 : placeOf(origin));
        if (origin != null) {
            if (!fitsAnInt(origin.recordNumber()) || !fitsAnInt(origin.line())) {
                recordNumbers[size] = LARGE;
                largeNumbers.put(size, new long[] {origin.recordNumber(), origin.line()});
            } else {
                recordNumbers[size] = (int) origin.recordNumber();
                lines[size] = (int) origin.line();
            }
        }
        return size++;
    }

    private static boolean fitsAnInt(long number) {
        return number >= 0 && number <= Integer.MAX_VALUE;
    }

    private int placeOf(Origin origin) {
        int last = runs == 0 ? -1 : runPlaces[runs - 1];
        if (last >= 0 && places.get(last).file().equals(origin.file()) && places.get(last).source().equals(origin.source())) {
            return last;
        }
        Origin place = new Origin(origin.source(), origin.file(), 0, 0);
        Integer index = placeIndexes.get(place);
        if (index == null) {
            index = places.size();
            places.add(place);
            placeIndexes.put(place, index);
        }
        return index;
    }

    private void startRunUnlessSame(int place) {
        if (runs > 0 && runPlaces[runs - 1] == place) {
            return;
        }
        if (runs == runStarts.length) {
            runStarts = Arrays.copyOf(runStarts, runs * 2);
            runPlaces = Arrays.copyOf(runPlaces, runs * 2);
        }
        runStarts[runs] = size;
        runPlaces[runs] = place;
        runs++;
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
        int run = Arrays.binarySearch(runStarts, 0, runs, i);
        int place = runPlaces[run >= 0 ? run : -run - 2];
        if (place < 0) {
            return null;
        }
        Origin at = places.get(place);
        if (recordNumbers[i] == LARGE) {
            long[] numbers = largeNumbers.get(i);
            return new Origin(at.source(), at.file(), numbers[0], numbers[1]);
        }
        return new Origin(at.source(), at.file(), recordNumbers[i], lines[i]);
    }
}
