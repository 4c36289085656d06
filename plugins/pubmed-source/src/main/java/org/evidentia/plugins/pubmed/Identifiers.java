package org.evidentia.plugins.pubmed;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Identifier and year patterns shared by the text formats. */
public final class Identifiers {

    /** A DOI after {@code doi:} or {@code DOI:}; a final period belongs to the sentence, not the DOI. */
    private static final Pattern DOI = Pattern.compile("(?i)\\bdoi:\\s*(10\\.\\d{4,9}/\\S+)");
    private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b");

    private Identifiers() {
    }

    /** The first DOI written as {@code doi: 10....} in {@code text}, or null. */
    public static String doi(String text) {
        Matcher matcher = DOI.matcher(text);
        return matcher.find() ? cleanDoi(matcher.group(1)) : null;
    }

    /** A DOI without trailing sentence punctuation. */
    public static String cleanDoi(String doi) {
        String value = doi.strip();
        while (!value.isEmpty() && ".,;)]".indexOf(value.charAt(value.length() - 1)) >= 0) {
            value = value.substring(0, value.length() - 1);
        }
        return value.isEmpty() ? null : value;
    }

    /** Whether {@code value} is a PubMed id: ASCII digits only, as PubMed writes them (up to nine so far). */
    public static boolean isPmid(String value) {
        return !value.isEmpty() && value.length() <= 12 && value.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** The first plausible year (1800-2099) in {@code text}, or null. */
    public static Integer year(String text) {
        if (startsWithYear(text)) {
            // The common case, a MEDLINE DP such as "2003 Oct": no pattern needed.
            return Integer.valueOf(text.substring(0, 4));
        }
        Matcher matcher = YEAR.matcher(text);
        return matcher.find() ? Integer.valueOf(matcher.group(1)) : null;
    }

    private static boolean startsWithYear(String text) {
        if (text.length() < 4 || (text.length() > 4 && Character.isDigit(text.charAt(4)))) {
            return false;
        }
        String century = text.substring(0, 2);
        return (century.equals("18") || century.equals("19") || century.equals("20"))
                && Character.isDigit(text.charAt(2)) && Character.isDigit(text.charAt(3));
    }
}
