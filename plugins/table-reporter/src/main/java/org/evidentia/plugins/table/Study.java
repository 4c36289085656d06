package org.evidentia.plugins.table;

import java.util.Comparator;
import org.evidentia.api.BibliographicRecord;

/**
 * The bibliographic facts the tables show of one record (its abstract left out, so that a large run's
 * studies fit in memory).
 */
record Study(String id, String pmid, String doi, String firstAuthor, Integer year, String journal, String title) {

    /** First author (case-insensitive, unnamed last), then year (unknown last), then record id. */
    static final Comparator<Study> ORDER = Comparator
            .comparing(Study::firstAuthor, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder())))
            .thenComparing(Study::year, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Study::id);

    static Study of(BibliographicRecord record) {
        return new Study(record.id(), record.pmid(), record.doi(), record.firstAuthor(), record.year(), record.journal(), record.title());
    }

    /** A study known only by the id a finding names (the evidence lacks its record). */
    static Study unknown(String id) {
        return new Study(id, null, null, null, null, null, null);
    }
}
