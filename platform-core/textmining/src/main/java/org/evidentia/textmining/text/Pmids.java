package org.evidentia.textmining.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidentia.api.Api;

/**
 * Reads a value written as a PubMed id by a sheet or a tool other than PubMed. The forms that plainly
 * mean an id are read as its digits, so that the record merges with a MEDLINE or XML copy of the same
 * PMID:
 *
 * <ul>
 *   <li>digits, up to {@value #MAX_DIGITS} (PubMed's have eight so far), with blanks around them (a sheet's
 *       non-breaking space too), and without leading zeros ({@code 0031234568} is 31234568; 0 is no PMID);</li>
 *   <li>a float's tail, {@code 31234567.0}: pandas writes an integer column with a missing value as
 *       floats, the usual state of a screening sheet;</li>
 *   <li>a label copied with the id, in any case: {@code PMID:31234568}, {@code PMID- 31234568},
 *       {@code PMID 31234568}.</li>
 * </ul>
 *
 * <p>Anything else ({@code abc}, {@code 12x}, Excel's {@code 3.1E7}) is no PubMed id: kept as a record's
 * PMID it would link to no record and merge every record so written into one, so a source keeps the
 * record without a PMID and warns, quoting the value with {@link #quoted}. Stateless.
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public final class Pmids {

    /** Most digits taken for a PMID. */
    public static final int MAX_DIGITS = 12;

    /** Longest part of a bad value a message quotes (a 92-digit "PMID" is quoted by its start). */
    private static final int MAX_QUOTED = 60;

    private static final Pattern PMID = Pattern.compile("(?i)[\\s\\h\\v]*(?:PMID[\\s\\h]*[:-]?[\\s\\h]*)?0*([1-9][0-9]{0,"
            + (MAX_DIGITS - 1) + "})(?:\\.0+)?[\\s\\h\\v]*");

    private Pmids() {
    }

    /** The PubMed id {@code value} plainly means, as digits; null when it means none (or is null). */
    public static String normalised(String value) {
        if (value == null) {
            return null;
        }
        Matcher matcher = PMID.matcher(value);
        return matcher.matches() ? matcher.group(1) : null;
    }

    /** A bad value as a message quotes it: cut after {@value #MAX_QUOTED} characters, line breaks shown as spaces. */
    public static String quoted(String value) {
        String oneLine = value.replaceAll("[\\r\\n]+", " ");
        return oneLine.length() > MAX_QUOTED ? oneLine.substring(0, MAX_QUOTED) + "..." : oneLine;
    }
}
