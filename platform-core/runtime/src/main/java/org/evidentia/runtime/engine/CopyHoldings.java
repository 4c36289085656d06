package org.evidentia.runtime.engine;

import java.util.ArrayList;
import java.util.List;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.runtime.design.StudyDesignClassifier;

/**
 * What a copy of a record holds that another copy of it may lack: an abstract, publication types
 * that decide its design, a PMID, the mark of its retraction. A PubMed CSV row has none but the PMID; the same article's
 * MEDLINE or XML record has all of them. A run's duplicate merge warns when a merged copy held more than the
 * kept one, and a findings store replaces a stored copy by a fuller one, by this one notion.
 * Not thread-safe: one per thread.
 */
public final class CopyHoldings {

    public static final int ABSTRACT = 1;
    public static final int PUBLICATION_TYPES = 2;
    public static final int PMID = 4;
    /**
     * The copy is marked a retracted publication, by its publication types or its link to the retraction notice. A run's
     * duplicate merge tells it apart from the other holdings (a kept copy not so marked votes), a findings store weighs
     * it as one of them (a copy so marked is fuller).
     */
    public static final int RETRACTED = 8;

    private static final int TOLD = ABSTRACT | PUBLICATION_TYPES | PMID;

    private final StudyDesignClassifier designs = new StudyDesignClassifier();

    /**
     * What of {@link #ABSTRACT}, {@link #PUBLICATION_TYPES}, {@link #PMID} and {@link #RETRACTED} a record holds; only
     * publication types that decide a design count as such ("Journal Article" alone would change nothing).
     */
    public int of(BibliographicRecord record) {
        boolean hasAbstract = record.sections().stream().anyMatch(s -> !s.text().isBlank());
        int marks = designs.marks(record.publicationTypes());
        // as the design classifier reads it: by the types, or by the link (an Abstract export's "Retraction in", MEDLINE's RIN,
        // XML's RetractionIn), which a copy typed "Journal Article" alone may carry too (the review of session 29's change, S1)
        boolean retracted = (marks & StudyDesignClassifier.RETRACTED) != 0 || designs.linksToRetraction(record);
        return (hasAbstract ? ABSTRACT : 0) | ((marks & StudyDesignClassifier.DECIDES) != 0 ? PUBLICATION_TYPES : 0)
                | (record.pmid() == null ? 0 : PMID) | (retracted ? RETRACTED : 0);
    }

    /** Whether a copy holding {@code copy} is fuller than one holding {@code kept}: it holds more and lacks nothing of it. */
    public static boolean fuller(int copy, int kept) {
        return (copy & ~kept) != 0 && (kept & ~copy) == 0;
    }

    /**
     * What of {@link #ABSTRACT}, {@link #PUBLICATION_TYPES} and {@link #PMID} a copy holding {@code copy} has that one holding
     * {@code kept} lacks: what a run's merge tells as lost ({@link #RETRACTED} is told on its own).
     */
    public static int lacking(int copy, int kept) {
        return copy & TOLD & ~kept;
    }

    /** {@code abstract}, {@code publication types that decide its design}, {@code PMID}: what {@code holdings} names. */
    public static List<String> names(int holdings) {
        return pick(holdings, "abstract", "publication types that decide its design", "PMID");
    }

    /** What a run loses when the copy it keeps lacks {@code lacking}: one clause each. */
    public static List<String> losses(int lacking) {
        return pick(lacking, "its abstract was not searched for findings", "the design was not read from its publication types",
                "the reports give no PMID");
    }

    /** Of the three texts (abstract, publication types, PMID), those whose holding is in {@code holdings}. */
    private static List<String> pick(int holdings, String forAbstract, String forPublicationTypes, String forPmid) {
        List<String> texts = new ArrayList<>();
        if ((holdings & ABSTRACT) != 0) {
            texts.add(forAbstract);
        }
        if ((holdings & PUBLICATION_TYPES) != 0) {
            texts.add(forPublicationTypes);
        }
        if ((holdings & PMID) != 0) {
            texts.add(forPmid);
        }
        return texts;
    }
}
