package org.evidentia.plugins.ris;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidentia.textmining.text.Pmids;

/** Identifiers and years as RIS exports write them; a PMID's digits are read by the kit's {@link Pmids}, as every source's are. */
final class Identifiers {

    private static final Pattern DOI = Pattern.compile("\\b(10\\.\\d{4,9}/\\S+)");
    private static final String PMID_DIGITS = "(\\d{1," + Pmids.MAX_DIGITS + "})";
    private static final Pattern PMID_LABELLED = Pattern.compile("(?i)\\b(?:PMID|PubMed\\s*ID)\\s*[:=]?\\s*" + PMID_DIGITS + "\\b");
    private static final Pattern PMID_URL = Pattern.compile(
            "(?i)(?:pubmed\\.ncbi\\.nlm\\.nih\\.gov/|ncbi\\.nlm\\.nih\\.gov/pubmed/|europepmc\\.org/abstract/MED/)" + PMID_DIGITS + "\\b");
    /** Reference Manager writes {@code UR  - PM:12345678}. */
    private static final Pattern PMID_REFMAN = Pattern.compile("^PM:\\s*" + PMID_DIGITS + "$");
    private static final Pattern PMCID = Pattern.compile("\\b(PMC\\d{1,10})\\b");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");

    private Identifiers() {
    }

    /** The first DOI in {@code text} (a {@code https://doi.org/} or {@code doi:} prefix is passed over), or null. */
    static String doi(String text) {
        Matcher matcher = DOI.matcher(text);
        if (!matcher.find()) {
            return null;
        }
        String doi = matcher.group(1);
        while (!doi.isEmpty() && ".,;)]}>\"'".indexOf(doi.charAt(doi.length() - 1)) >= 0) {
            doi = doi.substring(0, doi.length() - 1);
        }
        return doi.isEmpty() ? null : doi;
    }

    /** A PMID written with its name: {@code PMID: 12345678}, {@code PMID 12345678}, {@code PubMed ID: ...}; or null. */
    static String labelledPmid(String text) {
        Matcher matcher = PMID_LABELLED.matcher(text);
        return matcher.find() ? Pmids.normalised(matcher.group(1)) : null;
    }

    /** A PMID in a PubMed or Europe PMC address, or Reference Manager's {@code PM:n}; or null. */
    static String pmidInUrl(String url) {
        Matcher matcher = PMID_URL.matcher(url);
        if (matcher.find()) {
            return Pmids.normalised(matcher.group(1));
        }
        Matcher refman = PMID_REFMAN.matcher(url.strip());
        return refman.matches() ? Pmids.normalised(refman.group(1)) : null;
    }

    /** The first PMC id ({@code PMC1234567}) in {@code text}, or null. */
    static String pmcid(String text) {
        Matcher matcher = PMCID.matcher(text);
        return matcher.find() ? matcher.group(1) : null;
    }

    /**
     * The first plausible publication year (1800 to 2100) in a RIS date: {@code 2003},
     * {@code 2003/10/01/}, {@code 2003///Spring}; null for {@code 0000} (Scopus's "no year") or none.
     */
    static Integer year(String text) {
        Matcher matcher = YEAR.matcher(text);
        while (matcher.find()) {
            int year = Integer.parseInt(matcher.group(1));
            if (year >= 1800 && year <= 2100) {
                return year;
            }
        }
        return null;
    }
}
