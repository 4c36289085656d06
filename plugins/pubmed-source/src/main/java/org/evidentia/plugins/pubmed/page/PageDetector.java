package org.evidentia.plugins.pubmed.page;

import java.util.List;
import java.util.regex.Pattern;
import org.evidentia.plugins.pubmed.HeadLines;

/** Scores how surely a file is a page copied from PubMed or an abstract site. */
final class PageDetector {

    /** Lines only these sites print. */
    private static final List<String> MARKERS = List.of("skip to main page content", "pubmed disclaimer",
            "add to saved papers", "full text links", "similar articles", "linkout - more resources",
            "an official website of the united states government", "for the best experience, use the read mobile app");
    private static final Pattern NUMBERED_EXPORT = Pattern.compile("^\\d{1,7}[.:] \\S.*");
    private static final Pattern MEDLINE_TAG = Pattern.compile("^[A-Z][A-Z0-9 ]{1,3}- .*");
    /** A page's citation line: {@code . 2003 Oct;7(5):342-7.} or {@code J Test Med. 2021 Mar 2;14(3):201-209.} */
    private static final Pattern CITATION = Pattern.compile("^(.*\\. )?\\.? ?(19|20)\\d\\d( [A-Z][a-z]{2}( \\d{1,2})?)?;.*");

    private PageDetector() {
    }

    /**
     * 70 when the head holds a marker line of PubMed or QxMD Read pages; 40 for an "Abstract"
     * heading with a DOI or PMID line; 5 for a plain-text file ({@code .txt}, {@code .text} or no
     * extension) with one trace of a copied record: an "Abstract" heading, a line starting
     * {@code doi:} or {@code PMID:}, or a citation line ({@code . 2003 Oct;7(5):342-7.}); 0 for
     * anything else: prose ("hello world, not pubmed") is no record, and a run counts it as a file
     * no source could read rather than inventing a study from it. Also 0 for XML, CSV/TSV, MEDLINE,
     * numbered exports, binary content and other documents (a {@code README.md} beside the pages is
     * a note, not a page).
     */
    static int score(String fileName, String head) {
        if (head.isBlank() || head.indexOf('\0') >= 0) {
            return fileName.endsWith(".txt") && head.isBlank() ? 1 : 0;
        }
        String first = firstLine(head);
        if (first.startsWith("<") || MEDLINE_TAG.matcher(first).matches() || NUMBERED_EXPORT.matcher(first).matches()
                || looksTabular(first) || fileName.endsWith(".csv") || fileName.endsWith(".tsv")
                || fileName.endsWith(".xml") || fileName.endsWith(".nbib")) {
            return 0;
        }
        boolean heading = false;
        boolean identifier = false;
        boolean citation = false;
        for (String line : head.split("\r\n|\r|\n")) {
            String normalised = PageVocabulary.normalise(line);
            if (MARKERS.contains(normalised)) {
                return 70;
            }
            heading |= normalised.equals("abstract");
            identifier |= normalised.startsWith("doi:") || normalised.startsWith("pmid:");
            citation |= CITATION.matcher(line.strip()).matches();
        }
        if (heading && identifier) {
            return 40;
        }
        return isPlainTextName(fileName) && (heading || identifier || citation) ? 5 : 0;
    }

    private static boolean isPlainTextName(String fileName) {
        return fileName.endsWith(".txt") || fileName.endsWith(".text") || fileName.indexOf('.') < 0;
    }

    private static boolean looksTabular(String first) {
        return first.indexOf('\t') >= 0 || first.chars().filter(c -> c == ',').count() >= 3 && first.startsWith("\"")
                || first.chars().filter(c -> c == ',').count() >= 5;
    }

    private static String firstLine(String head) {
        for (String line : HeadLines.of(head, 50)) {
            if (!line.isBlank()) {
                return line.strip();
            }
        }
        return "";
    }
}
