package org.evidentia.plugins.bioc;

import java.io.Closeable;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Origin;
import org.evidentia.api.SourceContext;

/**
 * The records of one BioC XML file, one document at a time: {@link XmlDocumentSplitter} cuts the
 * file into documents, each parsed on its own with StAX, so that a document that is not
 * well-formed is skipped with its line and the others are read.
 */
final class BiocXmlDocuments implements Closeable {

    private static final char REPLACEMENT = '\uFFFD';

    private final XmlDocumentSplitter splitter;
    private final SafeXmlFactory factory;
    private final SourceContext context;
    private final String file;
    private final DocumentMapping mapping;
    private long number;
    private boolean headerRead;
    private boolean finished;
    /** Whether the last document ran to the file's end, which its skip already tells as a file cut short. */
    private boolean endedInsideADocument;

    BiocXmlDocuments(XmlDocumentSplitter splitter, SafeXmlFactory factory, SourceContext context, String sourceName, String file) {
        this.splitter = splitter;
        this.factory = factory;
        this.context = context;
        this.file = file;
        this.mapping = new DocumentMapping(sourceName, file, context);
    }

    /** The next record, past bad documents (reported); null at the end of the file. */
    BibliographicRecord next() {
        while (!finished) {
            XmlDocumentSplitter.Chunk chunk;
            try {
                chunk = splitter.next();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (!headerRead) {
                headerRead = true;
                readHeader();
            }
            if (chunk == null) {
                finish();
                return null;
            }
            number++;
            BibliographicRecord record = record(chunk);
            if (record != null) {
                return record;
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        splitter.close();
    }

    private BibliographicRecord record(XmlDocumentSplitter.Chunk chunk) {
        Origin origin = mapping.origin(number, chunk.line());
        if (chunk.tooLong()) {
            context.skipped(origin, "the document runs from line " + chunk.line() + " to line " + chunk.endLine()
                    + " and is longer than " + (XmlDocumentSplitter.MAX_DOCUMENT_CHARS >> 20) + " MiB: expected one"
                    + " article's title and abstract (or full text) in it");
            return null;
        }
        if (chunk.ending() == XmlDocumentSplitter.Ending.NEXT_DOCUMENT) {
            context.skipped(origin, "the document that starts at line " + chunk.line() + " has no </document> end tag"
                    + " before the next document at line " + chunk.endLine() + ": expected each document to end before the next starts");
            return null;
        }
        if (chunk.ending() == XmlDocumentSplitter.Ending.END_OF_FILE) {
            endedInsideADocument = true;
            context.skipped(origin, "the file ends inside the document that starts at line " + chunk.line()
                    + ", before its </document> end tag (truncated? export or download it again)");
            return null;
        }
        BiocDocument document;
        Set<String> entities = new LinkedHashSet<>();
        try {
            document = parse(chunk.xml(), entities);
        } catch (XMLStreamException e) {
            long line = e.getLocation() == null ? chunk.line() : chunk.line() + e.getLocation().getLineNumber() - 1;
            context.skipped(origin, "XML is not well-formed at line " + line + " inside the document that starts at line "
                    + chunk.line() + ": " + firstLine(e) + "; expected a well-formed <document> element");
            return null;
        } catch (NumberFormatException e) {
            context.skipped(origin, "a passage's <offset> is not a number (" + e.getMessage() + "): expected a character offset");
            return null;
        }
        BibliographicRecord record = mapping.record(document, origin);
        if (record == null) {
            return null;
        }
        if (!entities.isEmpty()) {
            context.warning(origin, "the document refers to entities that were not expanded ("
                    + String.join(", ", entities.stream().map(n -> "&" + n + ";").toList())
                    + "): DTDs and external entities are never loaded, so their text is missing");
        }
        if (chunk.xml().indexOf(REPLACEMENT) >= 0) {
            context.warning(origin, "the document holds bytes that are not UTF-8 (read as U+FFFD)");
        }
        return record;
    }

    /** The collection's {@code <source>}, from the header; a header that cannot be read leaves it unknown. */
    private void readHeader() {
        String header = splitter.header();
        int collection = header.indexOf("<collection");
        if (collection < 0) {
            return;
        }
        try {
            XMLStreamReader2 reader = factory.open(new StringReader(header.substring(collection) + "</collection>"), file);
            try {
                while (reader.hasNext()) {
                    if (reader.next() == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("source")) {
                        mapping.collectionSource(reader.getElementText());
                        return;
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            context.warning(mapping.origin(0, 1), "the collection's header is not well-formed XML (" + firstLine(e)
                    + "); its source is not known, so numeric document ids are taken for PMIDs");
        }
    }

    private void finish() {
        if (finished) {
            return;
        }
        finished = true;
        if (splitter.unclosed() != null) {
            // an unclosed comment swallowed the rest of the file: its documents were never seen, so no count can tell them
            // (an explorer's s22, S11: three of five documents gone without a word; before the first document, the review of
            // session 22, R4, it was told as a file that holds no document)
            context.warning(mapping.origin(number, splitter.unclosedLine()), "the " + splitter.unclosed() + " opened at line "
                    + splitter.unclosedLine() + " is never closed, so the rest of the file (to line " + splitter.lastLine()
                    + ") was read as its text: documents " + (number == 0 ? "from line " + splitter.unclosedLine() + " on"
                    : "after document " + number) + " may be missing");
        } else if (splitter.documentStarts() == 0) {
            context.notice(file + " holds no BioC <document>: expected a <collection> of documents");
        } else if (!splitter.collectionClosed() && !endedInsideADocument) {
            context.warning(mapping.origin(number, splitter.lastLine()), "the file ends at line " + splitter.lastLine()
                    + " (truncated? export or download it again) before the closing </collection>: documents after document "
                    + number + " may be missing");
        }
        mapping.reportWhatWasNotRead();
        context.inputHolds(splitter.documentStarts());
    }

    private BiocDocument parse(String xml, Set<String> entities) throws XMLStreamException {
        XMLStreamReader2 reader = factory.open(new StringReader(xml), file);
        try {
            reader.nextTag(); // <document>
            String id = null;
            Map<String, String> infons = new LinkedHashMap<>();
            List<BiocPassage> passages = new ArrayList<>();
            long[] counts = new long[2];
            while (reader.nextTag() == XMLStreamConstants.START_ELEMENT) {
                switch (reader.getLocalName()) {
                    case "id" -> id = text(reader, entities).strip();
                    case "infon" -> infon(reader, infons, entities);
                    case "passage" -> passages.add(passage(reader, counts, entities));
                    case "annotation", "relation" -> countAndSkip(reader, counts);
                    default -> reader.skipElement();
                }
            }
            return new BiocDocument(id, infons, passages, counts[0], counts[1]);
        } finally {
            reader.close();
        }
    }

    private BiocPassage passage(XMLStreamReader2 reader, long[] counts, Set<String> entities) throws XMLStreamException {
        Map<String, String> infons = new LinkedHashMap<>();
        long offset = 0;
        String text = null;
        List<long[]> sentenceOffsets = new ArrayList<>();
        List<String> sentenceTexts = new ArrayList<>();
        while (reader.nextTag() == XMLStreamConstants.START_ELEMENT) {
            switch (reader.getLocalName()) {
                case "infon" -> infon(reader, infons, entities);
                case "offset" -> offset = Long.parseLong(text(reader, entities).strip());
                case "text" -> text = text(reader, entities);
                case "sentence" -> sentence(reader, sentenceOffsets, sentenceTexts, counts, entities);
                case "annotation", "relation" -> countAndSkip(reader, counts);
                default -> reader.skipElement();
            }
        }
        if (text == null) {
            text = SentenceText.join(offset, sentenceOffsets, sentenceTexts);
        }
        return new BiocPassage(infons, offset, text);
    }

    private void sentence(XMLStreamReader2 reader, List<long[]> offsets, List<String> texts, long[] counts, Set<String> entities)
            throws XMLStreamException {
        long offset = -1;
        String text = null;
        while (reader.nextTag() == XMLStreamConstants.START_ELEMENT) {
            switch (reader.getLocalName()) {
                case "offset" -> offset = Long.parseLong(text(reader, entities).strip());
                case "text" -> text = text(reader, entities);
                case "annotation", "relation" -> countAndSkip(reader, counts);
                default -> reader.skipElement();
            }
        }
        if (text != null) {
            offsets.add(new long[] {offset});
            texts.add(text);
        }
    }

    private void infon(XMLStreamReader2 reader, Map<String, String> infons, Set<String> entities) throws XMLStreamException {
        String key = reader.getAttributeValue(null, "key");
        String value = text(reader, entities);
        if (key != null && !infons.containsKey(key)) {
            infons.put(key, value.strip());
        }
    }

    /** The element's text, entity references noted; leaves the reader on its end tag. */
    private static String text(XMLStreamReader2 reader, Set<String> entities) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            switch (reader.next()) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(reader.getText());
                case XMLStreamConstants.ENTITY_REFERENCE -> entities.add(reader.getLocalName());
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                default -> {
                    // comments and processing instructions hold no text
                }
            }
        }
        return text.toString();
    }

    /** Counts an annotation ({@code counts[0]}) or relation ({@code counts[1]}) and reads past it: records do not hold them. */
    private static void countAndSkip(XMLStreamReader2 reader, long[] counts) throws XMLStreamException {
        counts[reader.getLocalName().equals("annotation") ? 0 : 1]++;
        reader.skipElement();
    }

    private static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
