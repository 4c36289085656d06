package org.evidentia.plugins.eutils;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An ESearch answer ({@code eSearchResult}) for a search posted to the history server.
 *
 * @param count            how many records the search finds
 * @param queryKey         the search's number on the history server ({@code QueryKey})
 * @param webEnv           the history server session ({@code WebEnv})
 * @param queryTranslation the query as PubMed understood it ({@code QueryTranslation}), nullable
 * @param messages         what PubMed said about the query: phrases it did not find, its output messages
 */
record EsearchResult(long count, String queryKey, String webEnv, String queryTranslation, List<String> messages) {

    EsearchResult {
        messages = List.copyOf(messages);
    }

    /**
     * Reads an ESearch answer.
     *
     * @throws RetryableException when the answer is cut off, or is an error of a busy or failing back end
     * @throws IOException        when it is an error that another attempt will not mend, or lacks the history keys
     */
    static EsearchResult read(SafeXml xml, Path file) throws IOException {
        try {
            return xml.read(file, EsearchResult::parse);
        } catch (XMLStreamException e) {
            throw new RetryableException("the ESearch answer is not well-formed XML (cut off?): " + firstLine(e));
        }
    }

    private static EsearchResult parse(XMLStreamReader reader) throws IOException, XMLStreamException {
        String count = null;
        String queryKey = null;
        String webEnv = null;
        String translation = null;
        String error = null;
        List<String> messages = new ArrayList<>();
        String root = null;
        String list = null;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = reader.getLocalName();
                if (root == null) {
                    root = name;
                    if (!name.equals("eSearchResult")) {
                        throw new IOException("ESearch answered with <" + name + ">, expected <eSearchResult>");
                    }
                    continue;
                }
                switch (name) {
                    case "Count" -> count = SafeXml.elementText(reader).strip();
                    case "QueryKey" -> queryKey = SafeXml.elementText(reader).strip();
                    case "WebEnv" -> webEnv = SafeXml.elementText(reader).strip();
                    case "QueryTranslation" -> translation = SafeXml.elementText(reader).strip();
                    case "ERROR" -> error = SafeXml.elementText(reader).strip();
                    case "ErrorList", "WarningList" -> list = name;
                    // TranslationStack holds a Count per term: skipped, so that Count is the search's
                    case "TranslationSet", "TranslationStack", "IdList" -> skipElement(reader);
                    default -> {
                        if (list != null) {
                            messages.add(describe(name, SafeXml.elementText(reader).strip()));
                        }
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT
                    && (reader.getLocalName().equals("ErrorList") || reader.getLocalName().equals("WarningList"))) {
                list = null;
            }
        }
        if (error != null) {
            if (isTransient(error)) {
                throw new RetryableException("ESearch answered with an error: " + error);
            }
            throw new IOException("PubMed refused the search: " + error);
        }
        if (count == null || queryKey == null || webEnv == null) {
            throw new RetryableException("the ESearch answer lacks " + (count == null ? "<Count>" : queryKey == null ? "<QueryKey>" : "<WebEnv>")
                    + ": expected a search posted to the history server");
        }
        try {
            return new EsearchResult(Long.parseLong(count), queryKey, webEnv, translation, messages);
        } catch (NumberFormatException e) {
            throw new IOException("ESearch gave the count '" + count + "', expected a number");
        }
    }

    /** Errors of NCBI's back end that go away: "Search Backend failed", "temporarily unavailable", ... */
    static boolean isTransient(String error) {
        String lower = error.toLowerCase(Locale.ROOT);
        return lower.contains("backend") || lower.contains("temporar") || lower.contains("try again")
                || lower.contains("unavailable") || lower.contains("timeout") || lower.contains("timed out");
    }

    private static String describe(String element, String text) {
        return switch (element) {
            case "PhraseNotFound" -> "PubMed did not find the phrase '" + text + "' and searched without it";
            case "QuotedPhraseNotFound" -> "PubMed did not find the quoted phrase '" + text + "'";
            case "FieldNotFound" -> "PubMed does not know the search field '" + text + "'";
            case "PhraseIgnored" -> "PubMed ignored the phrase '" + text + "'";
            case "OutputMessage" -> "PubMed: " + text;
            default -> "PubMed (" + element + "): " + text;
        };
    }

    private static void skipElement(XMLStreamReader reader) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
