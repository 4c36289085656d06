package org.evidentia.plugins.html;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HexFormat;
import org.evidentia.api.BibliographicRecord;

/** A study of the report: its record, its place in the report's study order and how it is named. */
record StudyInfo(BibliographicRecord record, int rank, String anchor) {

    /** First author (case-insensitive, unnamed last), then year (unknown last), then record id: as the review table. */
    static final Comparator<BibliographicRecord> ORDER = Comparator
            .comparing(BibliographicRecord::firstAuthor, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder())))
            .thenComparing(BibliographicRecord::year, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(BibliographicRecord::id);

    private static final String UNRESERVED = "-._~/:;()";

    /** A short citation: {@code Smith et al. 2020}, {@code Smith 2020}, or the record id when there is no author. */
    String label() {
        String first = record.firstAuthor();
        String name = first == null ? record.id() : surname(first) + (record.authors().size() > 1 ? " et al." : "");
        return record.year() == null ? name : name + " " + record.year();
    }

    /** The study on PubMed when it has a PMID, else on doi.org, else null. */
    String link() {
        if (record.pmid() != null) {
            return pubmedLink(record.pmid());
        }
        return record.doi() != null ? doiLink(record.doi()) : null;
    }

    static String pubmedLink(String pmid) {
        return "https://pubmed.ncbi.nlm.nih.gov/" + encodePath(pmid) + "/";
    }

    static String doiLink(String doi) {
        return "https://doi.org/" + encodePath(doi);
    }

    /** What the link is, for its text: {@code PMID 123} or {@code doi:10.1/x}. */
    String linkLabel() {
        return record.pmid() != null ? "PMID " + record.pmid() : record.doi() != null ? "doi:" + record.doi() : null;
    }

    private static String surname(String author) {
        String trimmed = author.strip();
        int comma = trimmed.indexOf(',');
        if (comma > 0) {
            return trimmed.substring(0, comma); // "Smith, John"
        }
        int space = trimmed.indexOf(' ');
        return space > 0 ? trimmed.substring(0, space) : trimmed; // "Smith J"
    }

    /**
     * Percent-encodes everything but unreserved characters and the few a DOI or PMID uses in a path,
     * so an identifier can never leave the URL it is put in.
     */
    private static String encodePath(String value) {
        StringBuilder encoded = new StringBuilder(value.length());
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || UNRESERVED.indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
            }
        }
        return encoded.toString();
    }
}
