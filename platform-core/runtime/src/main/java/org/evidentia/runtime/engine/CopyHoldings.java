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
