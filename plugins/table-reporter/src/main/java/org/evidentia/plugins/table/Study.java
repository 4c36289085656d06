package org.evidentia.plugins.table;

import java.util.Comparator;
import org.evidentia.api.RecordFindings;
import org.evidentia.api.StudyLabels;

/**
 * The bibliographic facts the tables show of one record (its abstract left out, so that the
 * studies with findings of a large run fit in memory).
 */
record Study(String id, String pmid, String doi, String firstAuthor, int authors, Integer year, String journal, String title,
             String design, boolean retracted) {

    /** First author (case-insensitive, unnamed last), then year (unknown last), then record id. */
    static final Comparator<Study> ORDER = Comparator
            .comparing(Study::firstAuthor, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder())))
            .thenComparing(Study::year, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Study::id);

    /** What its label is made of. */
    StudyLabels.Citation citation() {
        return StudyLabels.Citation.of(id, pmid, doi, firstAuthor, authors, year);
    }

    static Study of(RecordFindings delivered) {
        var r = delivered.record();
        return new Study(r.id(), r.pmid(), r.doi(), r.firstAuthor(), r.authors().size(), r.year(), r.journal(), r.title(),
                delivered.design().type().label(), delivered.design().retracted());
    }
}
