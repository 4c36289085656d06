package org.evidentia.runtime.exclusion;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidentia.runtime.text.DoiSpellings;

/**
 * An id of the exclusion list, in the form the records carry it: a PMID, a DOI, or a record id of a
 * record with neither ({@code title:} and 16 hex digits, or the id its source gave it, {@code R12}, as findings.jsonl's
 * {@code record_id} gives it). A reviewer pastes ids from findings.jsonl, the review tables, PubMed or a reference manager,
 * so the forms they come in there are read too (docs/user-guide.md, "Excluding records").
 *
 * @param kind  what the id is
 * @param value the id as the records carry it: the PMID's digits, the DOI without a prefix (as
 *              written; DOIs match whatever their case), the record id
 */
public record ExcludedId(Kind kind, String value) {

    /** What an id names a record by. */
    public enum Kind {
        /** PubMed id: matches a record's PMID. */
        PMID,
        /** DOI: matches a record's DOI, ignoring case (DOIs are case-insensitive). */
        DOI,
        /** A record's own id ({@code title:...}): matches the record's id. */
        RECORD_ID
    }

    private static final Pattern PMID = Pattern.compile("(?i)(?:pmid\\s*:?\\s*)?(\\d{1,10})");
    private static final Pattern PUBMED_LINK = Pattern.compile("(?i)https?://(?:www\\.)?(?:pubmed\\.ncbi\\.nlm\\.nih\\.gov|ncbi\\.nlm\\.nih\\.gov/pubmed)/(\\d{1,10})/?");
    private static final Pattern DOI = Pattern.compile("(?i)(?:doi\\s*:\\s*|https?://(?:dx\\.)?doi\\.org/)?(10\\.\\d{4,9}/\\S+)");
    private static final Pattern TITLE_ID = Pattern.compile("title:[0-9a-f]{16}");
    /**
     * A record's own id as a source gave it, for a record with neither PMID nor DOI: a sheet's id column ({@code R12}), a
     * BioC document's ({@code bioc:doc-7}). One word holding a letter; not a link, nor a PMID or DOI written wrongly
     * ({@code pmid:abc}, {@code doi:x}), which stay mistakes.
     */
    private static final Pattern OWN_ID = Pattern.compile("(?i)(?!pmid|doi|https?:|10\\.)(?=[^\\s]*\\p{L})[\\p{L}\\p{N}][\\p{L}\\p{N}._:/#-]*");

    /** What {@link #parse} reads, for a message about an id it does not. */
    public static final String FORMS = "a PMID (31479874, PMID: 31479874, https://pubmed.ncbi.nlm.nih.gov/31479874/), a DOI"
            + " (10.1016/j.cyto.2019.154808, doi:10..., https://doi.org/10...) or, for a record with neither, its record id as"
            + " findings.jsonl gives it (title: and 16 hex digits, or a sheet's or BioC document's own id such as R12)";

    /** The id written as {@code written} (surrounding spaces aside), or null when it is none of the {@link #FORMS}. */
    public static ExcludedId parse(String written) {
        String text = written.strip();
        Matcher m = PMID.matcher(text);
        if (m.matches()) {
            return new ExcludedId(Kind.PMID, withoutLeadingZeros(m.group(1)));
        }
        m = PUBMED_LINK.matcher(text);
        if (m.matches()) {
            return new ExcludedId(Kind.PMID, withoutLeadingZeros(m.group(1)));
        }
        m = DOI.matcher(text);
        if (m.matches()) {
            return new ExcludedId(Kind.DOI, m.group(1));
        }
        if (TITLE_ID.matcher(text).matches() || OWN_ID.matcher(text).matches()) {
            return new ExcludedId(Kind.RECORD_ID, text);
        }
        return null;
    }

    /** The key two ids of one record share: a DOI's {@linkplain DoiSpellings#key key}. */
    public String key() {
        return switch (kind) {
            case PMID -> "pmid:" + value;
            case DOI -> "doi:" + DoiSpellings.key(value); // as a record's: a list's 10.9999/Ä is a record's 10.9999/Ä
            case RECORD_ID -> "id:" + value;
        };
    }

    /** A PMID as PubMed writes it: {@code 031479874}, as a spreadsheet may pad it, is 31479874. */
    private static String withoutLeadingZeros(String digits) {
        return digits.replaceFirst("^0+(?=\\d)", "");
    }

    /** The keys a record is found by, in the order a match is taken: its PMID, its DOI, its own id (each nullable but the id). */
    static List<String> keysOf(String pmid, String doi, String id) {
        java.util.ArrayList<String> keys = new java.util.ArrayList<>(3);
        if (pmid != null && !pmid.isBlank()) {
            keys.add("pmid:" + pmid.strip());
        }
        String doiKey = DoiSpellings.key(doi); // a record's https://doi.org/10.1/x is the list's 10.1/x
        if (doiKey != null) {
            keys.add("doi:" + doiKey);
        }
        keys.add("id:" + id);
        return keys;
    }

    @Override
    public String toString() {
        return value;
    }
}
