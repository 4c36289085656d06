package org.evidentia.plugins.csv;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what PubMed's citation strings hold, for exports whose columns lack it:
 * {@code "Pathog Glob Health. 2020 Feb;114(1):1. doi: 10.1080/20477724.2020.1722434. Epub 2020 Jan 30."}.
 */
final class Citations {

    private static final Pattern DOI = Pattern.compile("\\bdoi:\\s*(10\\.\\S+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern REVIEW_MARK = Pattern.compile("[.\\]] Review\\.(?=\\s|$)");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[89]\\d\\d|20\\d\\d)(?!\\d)");

    private Citations() {
    }

    /** The DOI after {@code doi:}, without the sentence's final period; null when there is none. */
    static String doi(String citation) {
        if (citation == null) {
            return null;
        }
        Matcher m = DOI.matcher(citation);
        if (!m.find()) {
            return null;
        }
        String doi = m.group(1);
        while (doi.endsWith(".") || doi.endsWith(",") || doi.endsWith(";")) {
            doi = doi.substring(0, doi.length() - 1);
        }
        return doi;
    }

    /**
     * Whether the legacy export's citation marks the paper a review, as PubMed's old summary did with a sentence of its
     * own after the pages and DOI: {@code "... doi: 10.1002/14651858.CD011462.pub2. [Epub ahead of print] Review."},
     * {@code "... 41(2):146-155. Review. German. No abstract available."}.
     */
    static boolean markedReview(String citation) {
        return citation != null && REVIEW_MARK.matcher(citation).find();
    }

    /** The first plausible publication year (1800 to 2099) standing on its own; null when there is none. */
    static Integer year(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = YEAR.matcher(text);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** The journal abbreviation: the citation's text before its first {@code ". "}; null when there is none. */
    static String journal(String citation) {
        if (citation == null) {
            return null;
        }
        int end = citation.indexOf(". ");
        String journal = (end < 0 ? citation : citation.substring(0, end)).strip();
        if (journal.endsWith(".")) {
            journal = journal.substring(0, journal.length() - 1);
        }
        return journal.isEmpty() ? null : journal;
    }

    /**
     * Authors as PubMed lists them in one field, {@code "Guo YR, Cao QD, Hong ZS."}: split at
     * {@code ", "}, the final period dropped.
     */
    static List<String> authors(String list) {
        if (list == null) {
            return List.of();
        }
        String trimmed = list.strip();
        if (trimmed.endsWith(".")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return Arrays.stream(trimmed.split(",\\s+")).map(String::strip).filter(a -> !a.isEmpty()).toList();
    }
}
