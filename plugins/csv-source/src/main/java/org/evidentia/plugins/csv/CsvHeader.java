package org.evidentia.plugins.csv;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The column names of a CSV file's first row, in order. */
final class CsvHeader {

    private final List<String> names;
    private final Map<String, Integer> indexes = new HashMap<>();

    CsvHeader(List<String> names) {
        this.names = names.stream().map(String::strip).toList();
        for (int i = this.names.size() - 1; i >= 0; i--) {
            indexes.put(this.names.get(i), i);
        }
    }

    List<String> names() {
        return names;
    }

    int size() {
        return names.size();
    }

    /** The index of the first column named exactly {@code name}, or -1. */
    int indexOf(String name) {
        return indexes.getOrDefault(name, -1);
    }

    /** The longest column name a message quotes whole. */
    static final int QUOTED_NAME = 40;

    /**
     * The header as a message shows it: its column names, each cut after {@value #QUOTED_NAME}
     * chars; a header of one column only by its length, since that is more likely a line of some
     * other file than a header (a {@code .netrc} read with {@code -s csv-table}), and such a line is
     * not to be printed into run.json and the report (review L4).
     */
    @Override
    public String toString() {
        if (names.size() == 1) {
            return "one column, of " + names.get(0).length() + " characters (not shown: is this a CSV file?)";
        }
        return String.join(", ", names.stream().map(n -> n.length() <= QUOTED_NAME ? n : n.substring(0, QUOTED_NAME) + "...").toList());
    }
}
