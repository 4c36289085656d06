package org.evidentia.plugins.table;

import java.util.Comparator;
import java.util.function.Predicate;
import org.evidentia.api.RecordFindings;
import org.evidentia.api.StudyDesign;
import org.evidentia.api.StudyLabels;

/**
 * The bibliographic facts the tables show of one record (its abstract left out, so that the
 * studies with findings of a large run fit in memory).
 *
 * @param designBasis why the core read that design ({@code publication type: Review})
 * @param votes       whether its findings vote in the synthesis, and if not why: {@link #votes(StudyDesign, Predicate)}
 */
record Study(String id, String pmid, String doi, String firstAuthor, int authors, Integer year, String journal, String title,
             String design, String designBasis, boolean retracted, String votes) {

    /** A voting study's findings' Votes cell. */
    static final String VOTES = "yes";

    /**
     * The order of the studies' labels ({@link StudyLabels#ORDER}: surname, year, first author as printed, record id), the
     * report's: by the first author as printed, "Miller GE 2014" stood before "Miller MA 2009", and the table's rows were
     * not where the report's were (the review of session 30, H4).
     */
    static final Comparator<Study> ORDER = Comparator.comparing(Study::citation, StudyLabels.ORDER);

    /** What its label is made of. */
    StudyLabels.Citation citation() {
        return StudyLabels.Citation.of(id, pmid, doi, firstAuthor, authors, year);
    }

    /** @param votes whether a study of a design votes in this run ({@link org.evidentia.api.ReportContext#votes}) */
    static Study of(RecordFindings delivered, Predicate<StudyDesign> votes) {
        var r = delivered.record();
        StudyDesign design = delivered.design();
        return new Study(r.id(), r.pmid(), r.doi(), r.firstAuthor(), r.authors().size(), r.year(), r.journal(), r.title(),
                design.type().label(), design.basis(), design.retracted(), votes(design, votes));
    }

    /**
     * {@code yes} for a study that votes; else {@code no: } and why, as the synthesis decides it: its
     * design ({@code no: review}, {@code no: review, retracted}), or, for a design that votes, its
     * retraction ({@code no: retracted}).
     */
    static String votes(StudyDesign design, Predicate<StudyDesign> votes) {
        if (votes.test(design)) {
            return VOTES;
        }
        if (design.retracted() && votes.test(new StudyDesign(design.type(), false, design.basis()))) {
            return "no: retracted";
        }
        return "no: " + design.type().label() + (design.retracted() ? ", retracted" : "");
    }
}
