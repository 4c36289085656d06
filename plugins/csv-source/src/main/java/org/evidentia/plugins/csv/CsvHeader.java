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

    @Override
    public String toString() {
        return String.join(", ", names);
    }
}
