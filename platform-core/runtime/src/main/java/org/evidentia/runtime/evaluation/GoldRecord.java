package org.evidentia.runtime.evaluation;

import java.util.Objects;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.runtime.exclusion.ExcludedId;
import org.evidentia.runtime.text.DoiSpellings;

/**
 * The record a gold line names: by PMID, else DOI, else title. Predictions are matched to it the
 * same way (see {@link #matches(BibliographicRecord)}).
 *
 * @param pmid  PubMed id, nullable
 * @param doi   DOI, nullable
 * @param title title, nullable; at least one of the three is set
 */
public record GoldRecord(String pmid, String doi, String title) {

    /** A PMID's label before its digits, as a PubMed page prints it: {@code PMID: 25325463}. */
    private static final java.util.regex.Pattern PMID_LABEL = java.util.regex.Pattern.compile("(?i)^pmid\\s*:?\\s*");

    public GoldRecord {
        pmid = blankToNull(pmid);
        if (pmid != null) {
            String digits = PMID_LABEL.matcher(pmid).replaceFirst("");
            if (!digits.chars().allMatch(c -> c >= '0' && c <= '9') || digits.isEmpty()) {
                throw new IllegalArgumentException("\"pmid\" '" + pmid + "' is not a PubMed id (its digits, such as 25325463)");
            }
            pmid = digits.replaceFirst("^0+(?=[0-9])", ""); // "PMID: 25325463", "0025325463", as exclusion lists take it
        }
        doi = blankToNull(doi);
        ExcludedId asExcluded = doi == null ? null : ExcludedId.parse(doi);
        if (asExcluded != null && asExcluded.kind() == ExcludedId.Kind.DOI) {
            doi = asExcluded.value(); // "doi:10...", "https://doi.org/10...", as exclusion lists take it (the review of session 23, E11)
        }
        title = blankToNull(title);
        if (pmid == null && doi == null && title == null) {
            throw new IllegalArgumentException("a gold line names its record by pmid, doi or title; this one has none");
        }
    }

    /** A stable identity: {@code pmid:...}, else {@code doi:...} (its {@linkplain DoiSpellings#key key}), else the title id of {@link BibliographicRecord#titleId}. */
    public String identity() {
        if (pmid != null) {
            return "pmid:" + pmid;
        }
        if (doi != null) {
            return "doi:" + DoiSpellings.key(doi);
        }
        return BibliographicRecord.titleId(title);
    }

    /** Whether {@code record} is this gold record: same PMID, else same DOI, else same title (folded). */
    public boolean matches(BibliographicRecord record) {
        if (pmid != null) {
            return pmid.equals(record.pmid());
        }
        if (doi != null) {
            // in any spelling: a BioC record's https://doi.org/10.1/x is the gold's 10.1/x (the review of session 26's change, Q7)
            return record.doi() != null && Objects.equals(DoiSpellings.key(doi), DoiSpellings.key(record.doi()));
        }
        return record.title() != null && BibliographicRecord.titleId(title).equals(BibliographicRecord.titleId(record.title()));
    }

    /** How the record is named in reports. */
    @Override
    public String toString() {
        return pmid != null ? "PMID " + pmid : doi != null ? "DOI " + doi : "title \"" + title + "\"";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
