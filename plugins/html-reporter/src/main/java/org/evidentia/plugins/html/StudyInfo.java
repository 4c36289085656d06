package org.evidentia.plugins.html;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.evidentia.api.Doi;
import org.evidentia.api.StudyDesign;

/**
 * A study as the finished report names it: its entry, its place in the report's study order, its
 * unique label and the id of its card.
 */
record StudyInfo(StudyEntry entry, int rank, String anchor, String label) {

    private static final String UNRESERVED = "-._~/:;()";
    private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9_]+");

    /**
     * The id of a study's card, from its record id alone, so that it is the same whatever else the
     * run holds: {@code study-31000001} for a plain id, else {@code study-h-} and 12 hex digits of
     * the id's SHA-256 (the hyphen keeps the two forms apart).
     */
    static String anchor(String recordId) {
        if (PLAIN_ID.matcher(recordId).matches()) {
            return "study-" + recordId;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(recordId.getBytes(StandardCharsets.UTF_8));
            return "study-h-" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** The study on PubMed when it has a PMID, else on doi.org, else null. */
    String link() {
        if (entry.pmid() != null) {
            return pubmedLink(entry.pmid());
        }
        return entry.doi() != null ? doiLink(entry.doi()) : null;
    }

    /** What the link is, for its text: {@code PMID 123} or {@code doi:10.1/x}; null without either. */
    String linkLabel() {
        return entry.pmid() != null ? "PMID " + entry.pmid() : entry.doi() != null ? "doi:" + Doi.bare(entry.doi()) : null;
    }

    /** What a pointer shows over the label: the PMID (else the DOI, else the record id). */
    String hover() {
        String link = linkLabel();
        return link != null ? link : "record " + entry.id();
    }

    /** The design as words: {@code systematic review}. */
    String design() {
        return designWords(entry.design().type());
    }

    /** A design as a reader writes it: "case report", "systematic review"; "meta-analysis" keeps its hyphen, as in the tables. */
    static String designWords(StudyDesign.Type type) {
        return type == StudyDesign.Type.META_ANALYSIS ? type.label() : type.label().replace('-', ' ');
    }

    boolean retracted() {
        return entry.design().retracted();
    }

    static String pubmedLink(String pmid) {
        return "https://pubmed.ncbi.nlm.nih.gov/" + encodePath(pmid) + "/";
    }

    static String doiLink(String doi) {
        return "https://doi.org/" + encodePath(Doi.bare(doi));
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
