package org.evidentia.runtime.engine;

import java.util.ArrayList;
import java.util.List;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.runtime.design.StudyDesignClassifier;

/**
 * What a copy of a record holds that another copy of it may lack: an abstract, publication types
 * that decide its design, a PMID. A PubMed CSV row has none but the PMID; the same article's MEDLINE
 * or XML record has all three. A run's duplicate merge warns when a merged copy held more than the
 * kept one, and a findings store replaces a stored copy by a fuller one, by this one notion.
 * Not thread-safe: one per thread.
 */
public final class CopyHoldings {

    public static final int ABSTRACT = 1;
    public static final int PUBLICATION_TYPES = 2;
    public static final int PMID = 4;

    private final StudyDesignClassifier designs = new StudyDesignClassifier();

    /**
     * What of {@link #ABSTRACT}, {@link #PUBLICATION_TYPES} and {@link #PMID} a record holds; only
     * publication types that decide a design count ("Journal Article" alone would change nothing).
     */
    public int of(BibliographicRecord record) {
        boolean hasAbstract = record.sections().stream().anyMatch(s -> !s.text().isBlank());
        return (hasAbstract ? ABSTRACT : 0) | (designs.decides(record.publicationTypes()) ? PUBLICATION_TYPES : 0)
                | (record.pmid() == null ? 0 : PMID);
    }

    /** Whether a copy holding {@code copy} is fuller than one holding {@code kept}: it holds more and lacks nothing of it. */
    public static boolean fuller(int copy, int kept) {
        return (copy & ~kept) != 0 && (kept & ~copy) == 0;
    }

    /** {@code abstract}, {@code publication types that decide its design}, {@code PMID}: what {@code holdings} names. */
    public static List<String> names(int holdings) {
        List<String> names = new ArrayList<>();
        if ((holdings & ABSTRACT) != 0) {
            names.add("abstract");
        }
        if ((holdings & PUBLICATION_TYPES) != 0) {
            names.add("publication types that decide its design");
        }
        if ((holdings & PMID) != 0) {
            names.add("PMID");
        }
        return names;
    }
}
