package org.evidentia.plugins.bioc;

import java.util.List;
import java.util.Map;

/**
 * One BioC document as read, before it becomes a record.
 *
 * @param id          its {@code id}, nullable when it had none
 * @param infons      its own infons, in input order
 * @param passages    its passages, in order
 * @param annotations how many annotations it held (not read into the record)
 * @param relations   how many relations it held (not read into the record)
 */
record BiocDocument(String id, Map<String, String> infons, List<BiocPassage> passages, long annotations, long relations) {

    BiocDocument {
        infons = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(infons));
        passages = List.copyOf(passages);
    }
}
