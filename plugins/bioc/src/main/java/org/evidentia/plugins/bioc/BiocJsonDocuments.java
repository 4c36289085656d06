package org.evidentia.plugins.bioc;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Origin;
import org.evidentia.api.SourceContext;
import org.evidentia.api.SourceInput;

/**
 * The records of one BioC JSON file, streamed one document at a time with Jackson's parser.
 *
 * <p>Accepted layouts: a collection ({@code {"source": ..., "documents": [...]}}), an array of
 * collections (NCBI's BioC-PMC service), PubTator3's {@code {"PubTator3": [documents]}}, a single
 * document, and a sequence of documents, one per line (PubTator Central's {@code biocjson}).
 * JSON that is not well-formed loses the document it is in; in a file of one document per line, or a
 * collection whose list holds one document a line (as Evidentia's bioc reporter writes it), reading
 * resumes on the next line, otherwise it stops there with a warning (JSON offers no point to resume
 * from). A document holding more than {@link #MAX_DOCUMENT_CHARS} characters of text, or more
 * than {@link #MAX_DOCUMENT_PARTS} passages, sentences and infons, is read past without keeping more of
 * it, and skipped.
 */
final class BiocJsonDocuments implements Closeable {

    static final int MAX_DOCUMENT_CHARS = 16 << 20;
    /**
     * Most passages, sentences and infons kept of one document. The text limit does not bound them:
     * millions of passages of one letter each would fill the heap. PMC's full texts hold hundreds
     * to a few thousand passages (each reference is one, with an infon per author), a document of
     * sentences some thousands more; the same document as BioC XML passes its 16 MiB limit at a few
     * hundred thousand.
     */
    static final int MAX_DOCUMENT_PARTS = 250_000;

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(MAX_DOCUMENT_CHARS + 1)
                    .maxNestingDepth(64)
                    .build())
            .build();

    private enum Frame { ROOT, ROOT_ARRAY, COLLECTION, DOCUMENTS }

    /** What stands before the line a collection's list is read on from after a damaged document. */
    private static final String DOCUMENT_LIST = "{\"documents\":[";

    private final SourceInput input;
    private final SourceContext context;
    private final String file;
    private final DocumentMapping mapping;
    private final Deque<Frame> frames = new ArrayDeque<>();
    private BufferedReader reader;
    private JsonParser parser;
    private long lineOffset;

    private long number;
    private long documentLine;
    private boolean insideDocument;
    private boolean documentsAtRoot;
    private boolean oneDocumentPerLine = true;
    /** Whether each document of a collection's list so far began and ended on a line of its own, as Evidentia's bioc reporter writes them. */
    private boolean listedOnePerLine = true;
    /** The line the last document of a collection's list ended on. */
    private long listedDocumentEnd;
    private boolean finished;

    BiocJsonDocuments(SourceInput input, SourceContext context, String sourceName) throws IOException {
        this.input = input;
        this.context = context;
        this.file = input.displayName();
        this.mapping = new DocumentMapping(sourceName, file, context);
        open(input.openReader(), 0);
    }

    /** The next record, past bad documents (reported); null at the end of the file. */
    BibliographicRecord next() {
        while (!finished) {
            try {
                DocumentParts document = nextDocument();
                if (document == null) {
                    finish();
                    return null;
                }
                Origin origin = mapping.origin(number, documentLine);
                if (document.tooLong) {
                    context.skipped(origin, "the document holds more than " + (MAX_DOCUMENT_CHARS >> 20)
                            + " MiB of text: expected one article's title and abstract (or full text)");
                    continue;
                }
                if (document.tooManyParts) {
                    context.skipped(origin, "the document holds more than " + MAX_DOCUMENT_PARTS + " passages, sentences and"
                            + " infons: expected one article's title and abstract (or full text)");
                    continue;
                }
                if (document.badOffset != null) {
                    context.skipped(origin, document.badOffset);
                    continue;
                }
                BibliographicRecord record = mapping.record(document.build(), origin);
                if (record != null) {
                    return record;
                }
            } catch (JsonProcessingException e) {
                malformed(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        parser.close();
        reader.close();
    }

    /**
     * Whether a document starts after the blanks at {@code reader}'s place (its next character past them is a '{'), which it
     * is left at: a resumption names the next document only when there is one. Past 64 Ki blank characters, one is assumed.
     */
    private static boolean documentFollows(BufferedReader reader) throws IOException {
        int lookahead = 64 * 1024;
        reader.mark(lookahead + 1);
        try {
            for (int i = 0; i < lookahead; i++) {
                int c = reader.read();
                if (c < 0) {
                    return false;
                }
                if (!Character.isWhitespace(c)) {
                    return c == '{';
                }
            }
            return true;
        } finally {
            reader.reset();
        }
    }

    private void open(BufferedReader newReader, long skipLines) throws IOException {
        reader = newReader;
        parser = JSON.createParser(reader);
        lineOffset = skipLines;
        frames.clear();
        frames.push(Frame.ROOT);
    }

    private DocumentParts nextDocument() throws IOException {
        while (true) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return null;
            }
            Frame frame = frames.peek();
            switch (frame) {
                case ROOT, ROOT_ARRAY -> {
                    if (token == JsonToken.START_OBJECT) {
                        DocumentParts document = objectAtTop(frame == Frame.ROOT);
                        if (document != null) {
                            return document;
                        }
                    } else if (token == JsonToken.START_ARRAY && frame == Frame.ROOT) {
                        frames.push(Frame.ROOT_ARRAY);
                    } else if (token == JsonToken.END_ARRAY && frame == Frame.ROOT_ARRAY) {
                        frames.pop();
                    } else {
                        throw new JsonParseException(parser, "found " + token + " where a BioC collection or document"
                                + " was expected");
                    }
                }
                case DOCUMENTS -> {
                    if (token == JsonToken.START_OBJECT) {
                        startDocument();
                        // a line of its own: two documents on one line are no such list (the review of the session's change, S1)
                        listedOnePerLine &= documentLine > listedDocumentEnd;
                        DocumentParts document = new DocumentParts();
                        while (parser.nextToken() == JsonToken.FIELD_NAME) {
                            String name = parser.currentName();
                            parser.nextToken();
                            documentField(document, name);
                        }
                        insideDocument = false;
                        listedDocumentEnd = parser.currentTokenLocation().getLineNr() + lineOffset;
                        listedOnePerLine &= listedDocumentEnd == documentLine;
                        return document;
                    } else if (token == JsonToken.END_ARRAY) {
                        frames.pop();
                    } else {
                        parser.skipChildren();
                    }
                }
                case COLLECTION -> {
                    if (token == JsonToken.FIELD_NAME) {
                        String name = parser.currentName();
                        JsonToken value = parser.nextToken();
                        if (isDocumentList(name) && value == JsonToken.START_ARRAY) {
                            frames.push(Frame.DOCUMENTS);
                        } else if (name.equals("source") && value.isScalarValue()) {
                            mapping.collectionSource(parser.getText());
                        } else {
                            parser.skipChildren();
                        }
                    } else if (token == JsonToken.END_OBJECT) {
                        frames.pop();
                    }
                }
                default -> throw new IllegalStateException(String.valueOf(frame));
            }
        }
    }

    /**
     * An object at the top (or in a top-level array): a collection, whose documents are read next,
     * or a document, returned. Which it is shows in its fields.
     */
    private DocumentParts objectAtTop(boolean atRoot) throws IOException {
        long line = parser.currentTokenLocation().getLineNr() + lineOffset;
        boolean counted = false;
        if (atRoot && documentsAtRoot) {
            startDocument(); // a file of documents: every object is one, even one that breaks off
            counted = true;
        }
        DocumentParts document = new DocumentParts();
        String source = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (isDocumentList(name) && value == JsonToken.START_ARRAY) {
                if (counted) {
                    // taken for a document by the file's layout or by its first fields, it is a collection: it counts
                    // as none, and the documents in its list are counted one by one
                    number--;
                    insideDocument = false;
                    if (document.id != null || !document.passages.isEmpty()) {
                        context.warning(mapping.origin(number, line), "the object at line " + line + " holds \"documents\""
                                + " after a document's \"id\" or \"passages\": read as a collection, its own id and passages"
                                + " are ignored; expected a collection or a document, not both");
                    }
                }
                if (source != null) {
                    mapping.collectionSource(source);
                }
                frames.push(Frame.COLLECTION);
                frames.push(Frame.DOCUMENTS);
                return null;
            }
            if (name.equals("source") && value.isScalarValue()) {
                source = parser.getText();
                continue;
            }
            if (!counted && (name.equals("id") || name.equals("passages"))) {
                startDocument();
                documentLine = line;
                counted = true;
            }
            documentField(document, name);
        }
        insideDocument = false;
        if (!counted) {
            context.warning(mapping.origin(number, line), "the object at line " + line + " is neither a BioC collection"
                    + " (no \"documents\") nor a document (no \"id\" or \"passages\"): ignored");
            return null;
        }
        if (atRoot) {
            documentsAtRoot = true;
            oneDocumentPerLine &= parser.currentTokenLocation().getLineNr() + lineOffset == line;
        }
        return document;
    }

    private void startDocument() {
        number++;
        insideDocument = true;
        documentLine = parser.currentTokenLocation().getLineNr() + lineOffset;
    }

    private void documentField(DocumentParts document, String name) throws IOException {
        switch (name) {
            case "id" -> document.id = parser.currentToken().isScalarValue() ? parser.getText() : skipped();
            case "infons" -> infons(document, document.infons);
            case "passages" -> {
                if (parser.currentToken() == JsonToken.START_ARRAY) {
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        passage(document);
                    }
                } else {
                    parser.skipChildren();
                }
            }
            case "annotations" -> document.annotations += count();
            case "relations" -> document.relations += count();
            default -> parser.skipChildren();
        }
    }

    private void passage(DocumentParts document) throws IOException {
        Map<String, String> infons = new LinkedHashMap<>();
        long offset = 0;
        String text = null;
        List<long[]> sentenceOffsets = new ArrayList<>();
        List<String> sentenceTexts = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (name) {
                case "infons" -> infons(document, infons);
                case "offset" -> {
                    Long number = wholeNumber(value);
                    if (number != null) {
                        offset = number;
                    } else if (document.badOffset == null) {
                        String found = value.isScalarValue() ? "'" + quote(parser.getText()) + "'"
                                : value == JsonToken.START_OBJECT ? "an object" : "an array";
                        document.badOffset = "the passage \"offset\" at line " + (parser.currentTokenLocation().getLineNr() + lineOffset)
                                + " is " + found + ": expected a character offset (a whole number)";
                    }
                    parser.skipChildren();
                }
                case "text" -> text = value == JsonToken.VALUE_STRING ? keep(document, parser.getText()) : skipped();
                case "sentences" -> {
                    if (value == JsonToken.START_ARRAY) {
                        while (parser.nextToken() == JsonToken.START_OBJECT) {
                            sentence(document, sentenceOffsets, sentenceTexts);
                        }
                    } else {
                        parser.skipChildren();
                    }
                }
                case "annotations" -> document.annotations += count();
                case "relations" -> document.relations += count();
                default -> parser.skipChildren();
            }
        }
        if (text == null) {
            text = SentenceText.join(offset, sentenceOffsets, sentenceTexts);
        }
        if (roomForOneMore(document)) {
            document.passages.add(new BiocPassage(infons, offset, text));
        }
    }

    private void sentence(DocumentParts document, List<long[]> offsets, List<String> texts) throws IOException {
        long offset = -1;
        String text = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (name) {
                case "offset" -> {
                    Long number = wholeNumber(value);
                    offset = number == null ? -1 : number; // a sentence without a usable offset is joined with a space
                    parser.skipChildren();
                }
                case "text" -> text = value == JsonToken.VALUE_STRING ? keep(document, parser.getText()) : skipped();
                case "annotations" -> document.annotations += count();
                case "relations" -> document.relations += count();
                default -> parser.skipChildren();
            }
        }
        if (text != null && roomForOneMore(document)) {
            offsets.add(new long[] {offset});
            texts.add(text);
        }
    }

    /** Infons as text: strings as they are, numbers and booleans as written; objects and arrays are left out. */
    private void infons(DocumentParts document, Map<String, String> into) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonToken value = parser.nextToken();
            if (value.isScalarValue() && value != JsonToken.VALUE_NULL && roomForOneMore(document)) {
                into.putIfAbsent(key, parser.getText().strip());
            } else {
                parser.skipChildren();
            }
        }
    }

    /** Counts the elements of an array (annotations, relations) without keeping them. */
    private long count() throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            parser.skipChildren();
            return 0;
        }
        long n = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            parser.skipChildren();
            n++;
        }
        return n;
    }

    /**
     * The current value as a whole number: a JSON number within {@code long} range (a fraction cut off), or a
     * string holding one; null for anything else (text, null, an object, an array, a number out of range).
     */
    private Long wholeNumber(JsonToken value) throws IOException {
        if (value.isNumeric()) {
            try {
                return parser.getLongValue();
            } catch (InputCoercionException e) {
                return null; // a well-formed number, out of range: the document's problem, not the JSON's
            }
        }
        if (value == JsonToken.VALUE_STRING) {
            try {
                return Long.parseLong(parser.getText().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static String quote(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "..." : text;
    }

    private String keep(DocumentParts document, String text) {
        document.characters += text.length();
        if (document.characters > MAX_DOCUMENT_CHARS) {
            document.tooLong = true;
            return "";
        }
        return text;
    }

    /** Counts a passage, sentence or infon about to be kept; false once the document holds too many to keep any more. */
    private static boolean roomForOneMore(DocumentParts document) {
        if (!document.tooManyParts && ++document.parts > MAX_DOCUMENT_PARTS) {
            document.tooManyParts = true;
        }
        return !document.tooManyParts;
    }

    private String skipped() throws IOException {
        parser.skipChildren();
        return null;
    }

    private static boolean isDocumentList(String name) {
        return name.equals("documents") || name.equals("PubTator3");
    }

    /**
     * Reports JSON that is not well-formed, then resumes (documents one per line) on the line after
     * the damaged document's start, or stops.
     */
    private void malformed(JsonProcessingException e) {
        // a broken limit (a string longer than the document limit) comes without a location: the parser is there
        JsonLocation location = e.getLocation() != null || parser == null ? e.getLocation() : parser.currentLocation();
        long line = (location == null ? 0 : location.getLineNr()) + lineOffset;
        String problem = "JSON is not well-formed at line " + line + (location == null ? "" : ", column " + location.getColumnNr())
                + ": " + e.getOriginalMessage();
        boolean wasInside = insideDocument;
        insideDocument = false;
        if (wasInside) {
            context.skipped(mapping.origin(number, documentLine), problem + "; expected a BioC document object");
        }
        String said = wasInside ? "" : problem + "; ";
        long resumeAfter = wasInside ? documentLine : line;
        // a collection at the file's root (ROOT, COLLECTION, DOCUMENTS), which the text put before the next line stands for; not one
        // in an array of collections, whose text after the list it would not fit (the review of the session's change, S2)
        if (wasInside && !documentsAtRoot && frames.size() == 3 && frames.peek() == Frame.DOCUMENTS && listedOnePerLine && documentLine > 0) {
            // a collection's list of one document a line: the next line starts the next document (the review of session 28, N11:
            // one damaged document lost every document after it, uncounted)
            try {
                close();
                BufferedReader rest = input.openReader();
                for (long skip = 0; skip < documentLine && rest.readLine() != null; skip++) {
                    // the lines up to and with the damaged document's
                }
                boolean next = documentFollows(rest);
                java.io.PushbackReader list = new java.io.PushbackReader(rest, DOCUMENT_LIST.length());
                list.unread(DOCUMENT_LIST.toCharArray()); // the collection and its list, which the next line's document is in
                open(new BufferedReader(list), documentLine);
                if (next) {
                    // named by the next document, where reading resumes, as PubMed XML's is (the review of session 33, G6: the
                    // damaged one's); none when the damaged document was the last (the review of the change, R8)
                    context.warning(mapping.origin(number + 1, documentLine + 1), "reading resumes at line " + (documentLine + 1)
                            + " with the next document");
                }
                return;
            } catch (IOException io) {
                throw new UncheckedIOException(io);
            }
        }
        if (documentsAtRoot && oneDocumentPerLine && resumeAfter > 0) {
            try {
                close();
                BufferedReader resumed = input.openReader();
                for (long skip = 0; skip < resumeAfter && resumed.readLine() != null; skip++) {
                    // the lines up to and with the damaged document's first
                }
                boolean next = documentFollows(resumed);
                open(resumed, resumeAfter);
                if (next) {
                    context.warning(mapping.origin(number + 1, resumeAfter + 1), said + "reading resumes at line " + (resumeAfter + 1)
                            + " with the next document");
                } else if (!said.isEmpty()) {
                    context.warning(mapping.origin(number, line), problem + "; no document follows it");
                }
                return;
            } catch (IOException io) {
                throw new UncheckedIOException(io);
            }
        }
        context.warning(mapping.origin(number, line), said + "reading stopped: JSON offers no point to resume from, so"
                + " documents after document " + number + " are not read");
        finished = true;
    }

    private void finish() {
        finished = true;
        if (number == 0) {
            context.notice(file + " holds no BioC document: expected a collection with \"documents\" or documents with \"passages\"");
        }
        mapping.reportWhatWasNotRead();
        context.inputHolds(number);
    }

    /** A document's parts as they are read. */
    private static final class DocumentParts {
        String id;
        final Map<String, String> infons = new LinkedHashMap<>();
        final List<BiocPassage> passages = new ArrayList<>();
        long annotations;
        long relations;
        long characters;
        boolean tooLong;
        /** Passages, sentences and infons kept, up to {@link #MAX_DOCUMENT_PARTS}. */
        int parts;
        boolean tooManyParts;
        /** Why the document is skipped although its JSON is well-formed: a passage offset that is no number. */
        String badOffset;

        BiocDocument build() {
            return new BiocDocument(id, infons, passages, annotations, relations);
        }
    }
}
