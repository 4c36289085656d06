package org.evidentia.plugins.eutils;

import java.io.IOException;
import java.nio.file.Path;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Checks one EFetch answer saved to a file: well-formed PubMed XML, and how many records it holds. */
final class EfetchBatch {

    private EfetchBatch() {
    }

    /**
     * The number of {@code PubmedArticle} and {@code PubmedBookArticle} records in the file.
     *
     * <p>A well-formed {@code PubmedArticleSet} that holds nothing at all, as the last batch after others, is one whose
     * every record was deleted since the search (the last, small batch can lose them all): 0, which the
     * retriever keeps with its shortfall notice as it keeps a batch that lost some (review s20, item 6).
     * Retried till then, it failed the whole search. Another batch, of up to the batch size, or a search's only
     * one, that lost every record is far likelier a passing fault of the server: retried, as before, so that the search is
     * not cached, nor a living review told that a batch's records left it (the review of session 20's change, 4).
     *
     * @param expected how many the batch should hold; an answer without a record that holds something
     *                 else (an element that is no record) is retried
     * @param mayBeEmpty whether the batch may have lost every record: the search's last, after others
     * <p>A batch that lacks more records than deletions since the search explain ({@link #tolerated}) is a short answer
     * of the server: retried, and the search fails if every attempt is short.
     *
     * @throws RetryableException when the answer is cut off, empty, far short, or a busy server's error
     * @throws IOException        when EFetch answered with an error another attempt will not mend
     */
    static long count(SafeXml xml, Path file, long expected, boolean mayBeEmpty) throws IOException {
        Scan scan;
        try {
            scan = xml.read(file, EfetchBatch::scan);
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber();
            throw new RetryableException("the EFetch answer is not well-formed XML" + where + " (cut off?)");
        }
        if (scan.records() == 0 && expected > 0 && (scan.firstOther() != null || !mayBeEmpty)) {
            throw new RetryableException("the EFetch answer holds no record, expected " + expected
                    + (scan.firstOther() != null ? ", but <" + scan.firstOther() + ">" : ""));
        }
        if (scan.records() > 0 && expected - scan.records() > tolerated(expected)) {
            // records deleted between the search and its fetch are a handful; hundreds missing is a short answer of the
            // server, which taken as deletions read a review of 16% of its search and told a living review 840 records had
            // left it (the review of session 23, P15)
            throw new RetryableException("the EFetch answer holds " + scan.records() + " records, expected " + expected
                    + ": more missing than records deleted since the search (" + tolerated(expected) + " at most)");
        }
        return scan.records();
    }

    /** The records a batch of {@code expected} may lack as deleted since the search: five, and 2% of a large batch. */
    static long tolerated(long expected) {
        return 5 + expected / 50;
    }

    /** What an answer holds: its records, and the name of its first element in the set that is no record (or null). */
    private record Scan(long records, String firstOther) {
    }

    private static Scan scan(XMLStreamReader reader) throws IOException, XMLStreamException {
        long records = 0;
        String firstOther = null;
        int depth = 0;
        String root = null;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String name = reader.getLocalName();
                if (root == null) {
                    root = name;
                    if (!name.equals("PubmedArticleSet")) {
                        String text = readError(reader);
                        if (text != null && EsearchResult.isTransient(text)) {
                            throw new RetryableException("EFetch answered with an error: " + text);
                        }
                        throw new IOException("EFetch answered with <" + name + ">"
                                + (text == null ? "" : ": " + text) + ", expected <PubmedArticleSet>");
                    }
                } else if (depth == 2 && (name.equals("PubmedArticle") || name.equals("PubmedBookArticle"))) {
                    records++;
                } else if (depth == 2 && firstOther == null) {
                    firstOther = name;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        if (root == null) {
            throw new RetryableException("the EFetch answer is empty");
        }
        return new Scan(records, firstOther);
    }

    /** The text of an {@code <ERROR>} inside an unexpected root ({@code eFetchResult}), or null. */
    private static String readError(XMLStreamReader reader) throws IOException, XMLStreamException {
        while (reader.hasNext()) {
            if (reader.next() == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("ERROR")) {
                return SafeXml.elementText(reader).strip();
            }
        }
        return null;
    }
}
