package org.evidentia.plugins.html;

import java.util.Comparator;
import java.util.List;
import org.evidentia.api.Direction;
import org.evidentia.api.StudyDesign;
import org.evidentia.api.StudyLabels;

/**
 * What the report keeps of one record with findings while the run flows: the few fields it sorts,
 * labels and links by, its design, and its findings; the large parts (title, authors, abstract,
 * evidence sentences) are in the {@link FragmentSpool}.
 *
 * @param id          the record's id
 * @param pmid        its PMID, nullable
 * @param doi         its DOI, nullable
 * @param firstAuthor the first author as printed, nullable
 * @param surname     the first author's surname with its particles ({@link StudyLabels#surname}), nullable
 * @param authors     how many authors it has
 * @param year        publication year, nullable
 * @param design      its study design
 * @param head        its card's title and citation line
 * @param abstractText its card's abstract, mentions highlighted
 * @param findings    its findings in the run's order
 */
record StudyEntry(String id, String pmid, String doi, String firstAuthor, String surname, int authors, Integer year, StudyDesign design,
                  Fragment head, Fragment abstractText, List<FindingEntry> findings) {

    /**
     * The report's study order, the order of their labels ({@link StudyLabels#ORDER}: surname, year,
     * first author as printed, record id), so studies that share a label stand together, lettered in
     * this order, as in every output that labels studies.
     */
    static final Comparator<StudyEntry> ORDER = Comparator.comparing(StudyEntry::citation, StudyLabels.ORDER);

    StudyEntry {
        findings = List.copyOf(findings);
    }

    /** What its label is made of. */
    StudyLabels.Citation citation() {
        return new StudyLabels.Citation(id, pmid, doi, firstAuthor, surname, authors, year);
    }

    /**
     * One finding as the report keeps it.
     *
     * @param kind          its kind's name
     * @param subjectKey    its subject's key as the extractor gave it
     * @param subjectLabel  its subject's label
     * @param direction     its direction
     * @param attributes    its attributes as name, value, name, value... (sorted by name, no nulls): an
     *                      array rather than a map, a few hundred bytes less per finding
     * @param inTitle       true when its evidence is in the title
     * @param sentenceStart where its sentence starts in the field
     * @param mentionStart  where its mention starts in the field
     * @param sentence      its evidence sentence, the mention highlighted
     * @param readBothWays  where findings on its subject were read from its sentence both as increased and as decreased,
     *                      that sentence with each of their mentions marked and its direction; otherwise null
     */
    record FindingEntry(String kind, String subjectKey, String subjectLabel, Direction direction,
                        String[] attributes, boolean inTitle, int sentenceStart, int mentionStart,
                        Fragment sentence, Fragment readBothWays) {

        /** Where the evidence is: title before abstract, then by sentence, then by mention. */
        static final Comparator<FindingEntry> PLACE = Comparator.comparing((FindingEntry f) -> !f.inTitle())
                .thenComparingInt(FindingEntry::sentenceStart)
                .thenComparingInt(FindingEntry::mentionStart);

        /** An attribute's value, or null. */
        String attribute(String name) {
            for (int i = 0; i < attributes.length; i += 2) {
                if (attributes[i].equals(name)) {
                    return attributes[i + 1];
                }
            }
            return null;
        }
    }
}
