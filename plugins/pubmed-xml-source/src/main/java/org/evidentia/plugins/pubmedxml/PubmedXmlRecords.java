package org.evidentia.plugins.pubmedxml;

import com.ctc.wstx.exc.WstxEOFException;
import java.io.BufferedReader;
import java.io.CharConversionException;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Origin;
import org.evidentia.api.SourceContext;
import org.evidentia.api.SourceInput;
import org.evidentia.textmining.text.Pmids;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The records of one PubMed XML file, parsed one at a time as they are asked for.
 *
 * <p>A single StAX reader walks the file; memory holds one record. When the XML stops being
 * well-formed (a truncated file, a stray {@code <}, a mismatched tag) StAX cannot go on, so the
 * record being read is reported as skipped and the file is reopened and searched, from the
 * point of the error, for the next record's start tag; reading resumes there with a fresh
 * reader. Records before and after the damage are kept.
 *
 * <p>Bytes are first decoded by Woodstox itself, its fastest path. Woodstox stops at bytes that
 * are not UTF-8; the file is then read again from the start through
 * {@link SourceInput#openReader()}, which decodes such bytes to U+FFFD, skipping the records
 * already done, so the record holding them is kept and reported with a warning.
 */
final class PubmedXmlRecords implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(PubmedXmlRecords.class);

    private static final String PUBMED_SET = "PubmedArticleSet";
    private static final String MEDLINE_SET = "MedlineCitationSet";

    private final SourceInput input;
    private final SourceContext context;
    private final String sourceName;
    private final SafeXmlFactory factory;
    private final ElementText text = new ElementText();

    private Closeable openInput;
    private RecordTagCounter firstPass;
    private boolean resumed;
    /** True while the fast reader reads; its first error hands the file to the careful one. */
    private boolean fast;
    private boolean decodedByReader;
    private long recordsToPass;
    /**
     * The PMIDs of {@code <DeleteCitation>} lists handed on, and those the current reader has met, in
     * file order: a reader that starts again passes the handed on, so that each is handed on once even
     * when the damage that made it start again lies inside a list.
     */
    private long deletionsHandedOn;
    private long deletionsMet;
    /** The deletion list being read, or null: damage met while it is set is damage to the list. */
    private DeletionList deletionList;
    /** The deletion list that reading resumes inside, after damage in it, or null: the resumed reader's list goes on with it. */
    private DeletionList resumedList;
    private XMLStreamReader2 reader;
    private PubmedRecordParser parser;
    /** Maps the current reader's positions to the file's (they differ after a resumption). */
    private TextPosition.Mapping positions = TextPosition.Mapping.IDENTITY;

    private String rootName;
    /** The elements other than records and deletion lists met inside the root, read inside: each told once. */
    private final Set<String> wrappersTold = new HashSet<>();
    /** How deep in elements read into (neither records nor deletion lists) the reader is, inside the root. */
    private int wrapperDepth;
    /** Whether the file's records stand without a root, which the reader supplies around them. */
    private boolean rootSupplied;
    private long recordNumber;
    private TextPosition recordStart;
    private TextPosition lastResume;
    private boolean insideRecord;
    private boolean finished;
    /** False when reading stopped before the end (a root element that is no PubMed set, a file that cannot be reopened). */
    private boolean readToTheEnd = true;

    PubmedXmlRecords(SourceInput input, SourceContext context, String sourceName, SafeXmlFactory factory)
            throws IOException {
        this.input = input;
        this.context = context;
        this.sourceName = sourceName;
        this.factory = factory;
        DeclarationFirst opened = DeclarationFirst.of(input.openStream());
        if (opened.declarationLine() > 0) {
            context.warning(origin(0, opened.declarationLine()), "the XML declaration (<?xml ...?>) stands at line "
                    + opened.declarationLine() + ", after blank lines or spaces, where it must open the file; read as if it did"
                    + " (delete what stands before it)");
        }
        if (opened.longValue()) {
            opened.stream().close(); // a value the fast reader would take or refuse by what it read before
        } else {
            firstPass = RecordTagCounter.guarded(new CutShortStream(opened.stream()));
            openInput = firstPass;
            try {
                useReader(factory.openFast(firstPass, input.displayName()), TextPosition.Mapping.IDENTITY);
                fast = true;
                return;
            } catch (XMLStreamException | RuntimeException e) {
                abandonReader(); // the careful reader starts again, and says what is wrong
            }
        }
        firstPass = new RecordTagCounter(openBytes());
        openInput = firstPass;
        try {
            useReader(factory.open(firstPass, input.displayName()), TextPosition.Mapping.IDENTITY);
        } catch (XMLStreamException e) {
            if (e.getNestedException() instanceof CharConversionException) {
                readAgainDecoded(e);
                return;
            }
            close();
            throw new IOException(input.displayName() + ": cannot start reading XML: " + firstLine(e), e);
        }
    }

    /**
     * The file's bytes as the parser reads them: its XML declaration first, where blank lines stood before it (told once, when
     * the reading starts), and a file cut short ending where its bytes do (the review of session 28, N20, and of its change,
     * R2: the parser's words for a late declaration told no user what to mend).
     */
    private InputStream openBytes() throws IOException {
        return new CutShortStream(DeclarationFirst.of(input.openStream()).stream());
    }

    /** The next record, past damaged ones (reported); null at the end. */
    BibliographicRecord next() {
        return advance();
    }

    @Override
    public void close() {
        try {
            if (reader != null) {
                reader.closeCompletely();
            }
        } catch (XMLStreamException e) {
            // nothing more is read from it
        }
        try {
            if (openInput != null) {
                openInput.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private BibliographicRecord advance() {
        while (!finished) {
            try {
                BibliographicRecord record = nextRecord();
                if (record != null) {
                    return record;
                }
            } catch (XMLStreamException | RuntimeException e) {
                if (fast) {
                    readAgainCarefully();
                    continue;
                }
                XMLStreamException xml = asXmlException(e);
                if (xml == null) {
                    throw (RuntimeException) e;
                }
                recover(xml);
            }
        }
        if (readToTheEnd) {
            stateRecordCount();
        }
        close();
        return null;
    }

    /**
     * States the records the file holds by its record start tags: counted as the first reader
     * went, or, when reading had to start again (damage, bytes that are not UTF-8), in a pass of its own.
     */
    private void stateRecordCount() {
        try {
            RecordTagCounter counter;
            if (resumed) {
                counter = RecordTagCounter.countAll(openBytes());
            } else {
                firstPass.drain();
                counter = firstPass;
            }
            context.inputHolds(counter.records());
        } catch (IOException e) {
            LOG.debug("{}: the record tags could not be counted: {}", input.displayName(), e.getMessage());
        }
    }

    /** The next good record, or null when the file is done or a record was skipped. */
    private BibliographicRecord nextRecord() throws XMLStreamException {
        while (true) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    String name = reader.getLocalName();
                    if (rootName == null) {
                        rootName = name;
                        if (isRecord(name)) {
                            // records one after another without their set around them (a script's concatenation of efetch
                            // answers): a second record was "multiple roots", and read on as damage lost records and read the
                            // first twice (the review of session 28, N1); read as if the set were there
                            rootName = name.equals("MedlineCitation") ? MEDLINE_SET : PUBMED_SET;
                            if (!rootSupplied) { // said once, though a careful reader reads the file again
                                context.notice(input.displayName() + ": its records stand without a <" + rootName + "> around them;"
                                        + " read as if they had one");
                            }
                            rootSupplied = true;
                            if (!resumeAtFirstRecord()) {
                                return null;
                            }
                            continue;
                        }
                        if (!name.equals(PUBMED_SET) && !name.equals(MEDLINE_SET) && !name.equals("PubmedBookArticleSet")) {
                            context.warning(origin(0, line()), "the root element is <" + name + ">, expected <"
                                    + PUBMED_SET + "> or <" + MEDLINE_SET + ">: no records read");
                            readToTheEnd = false;
                            finished = true;
                            return null;
                        }
                    } else if (isRecord(name)) {
                        if (recordsToPass > 0) {
                            recordsToPass--;
                            reader.skipElement();
                            continue;
                        }
                        return readRecord();
                    } else if (name.equals("DeleteCitation")) {
                        readDeletions();
                    } else {
                        // records a level deeper (a batch's own set put inside the first one's, a pipeline's wrapper element)
                        // were passed over with their element and counted as unaccounted for (the review of session 28, N21):
                        // read inside it, and told of an element of the root's own
                        if (wrapperDepth++ == 0 && wrappersTold.add(name)) {
                            context.notice(input.displayName() + ": <" + name + "> (first at line " + line() + ") is read into,"
                                    + " and records inside it as records of the file's <" + rootName + ">");
                        }
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (wrapperDepth > 0) {
                        wrapperDepth--; // the end of an element read into; else the root's
                    }
                }
                case XMLStreamConstants.END_DOCUMENT -> {
                    finished = true;
                    return null;
                }
                default -> {
                    // white space, comments, text between records
                }
            }
        }
    }

    private static boolean isRecord(String name) {
        return name.equals("PubmedArticle") || name.equals("MedlineCitation") || name.equals("PubmedBookArticle");
    }

    private BibliographicRecord readRecord() throws XMLStreamException {
        recordNumber++;
        insideRecord = true;
        recordStart = position(reader.getLocation());
        String element = reader.getLocalName();
        text.startRecord();
        BibliographicRecord.Builder builder = parser.parse();
        insideRecord = false;
        Origin origin = origin(recordNumber, recordStart.line());
        String limitPassed = parser.limitPassed();
        String notAPmid = parser.notAPmid();
        String named = builder.pmid() != null ? "PMID " + builder.pmid()
                : notAPmid != null ? "<" + element + "> with PMID '" + Pmids.quoted(notAPmid) + "'" : "<" + element + ">";
        if (limitPassed != null) {
            context.skipped(origin, named + " is skipped: " + limitPassed + "; expected a PubMed record");
            return null;
        }
        String pmidElement = "<PMID> in its " + (element.equals("PubmedBookArticle") ? "<BookDocument>" : "<MedlineCitation>");
        if (notAPmid != null) {
            // As the MEDLINE source does: a record whose PMID is no PubMed id is kept without one, when its
            // title or DOI can identify it.
            String bad = "the record's PMID '" + Pmids.quoted(notAPmid) + "' is no PubMed id";
            if (!parser.identifiedOtherwise()) {
                context.skipped(origin, bad + ", and the record has no title or DOI to identify it; expected a " + pmidElement
                        + " holding digits only");
                return null;
            }
            context.warning(origin, bad + "; expected a " + pmidElement + " holding digits only (a 'PMID:' label or a '.0'"
                    + " tail is read as the number); kept without a PMID");
        } else if (builder.pmid() == null) {
            context.skipped(origin, "<" + element + "> has no PMID: expected a " + pmidElement);
            return null;
        }
        if (text.sawReplacement()) {
            context.warning(origin, named + " holds bytes that are not UTF-8 (read as U+FFFD)");
        }
        List<String> entities = text.unexpandedEntities();
        if (!entities.isEmpty()) {
            context.warning(origin, named + " refers to entities that were not expanded ("
                    + String.join(", ", entities.stream().map(n -> "&" + n + ";").toList())
                    + (text.moreUnexpandedEntities() ? " and others" : "")
                    + "): DTDs and external entities are never loaded, so their text is missing");
        }
        return builder.origin(origin).build();
    }

    /** A {@code <DeleteCitation>} list as far as it was read: where it starts, its PMIDs read and the last of them. */
    private static final class DeletionList {
        final long startLine;
        long read;
        String last;

        DeletionList(long startLine) {
            this.startLine = startLine;
        }
    }

    /** Hands on each PMID of the list with the version it names, passing those an earlier reader of this file handed on. */
    private void readDeletions() throws XMLStreamException {
        deletionList = resumedList != null ? resumedList : new DeletionList(line());
        resumedList = null;
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (reader.getLocalName().equals("PMID")) {
                    Integer version = PubmedRecordParser.version(reader.getAttributeValue(null, "Version"));
                    String pmid = reader.getElementText().strip(); // moves to the PMID's end tag
                    depth--;
                    if (!pmid.isEmpty()) {
                        deletionList.read++;
                        deletionList.last = pmid;
                        if (++deletionsMet > deletionsHandedOn) {
                            context.deleted(pmid, version);
                            deletionsHandedOn++;
                        }
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        deletionList = null;
    }

    /** Reports the damage, then resumes at the next record start after it, or ends the file. */
    private void recover(XMLStreamException error) {
        if (!decodedByReader && error.getNestedException() instanceof CharConversionException) {
            readAgainDecoded(error);
            return;
        }
        Location location = error.getLocation() != null ? error.getLocation() : reader.getLocation();
        TextPosition at = position(location);
        // A gzip file cut short ends the same way as a plain one, only the error is an EOFException.
        boolean truncated = error instanceof WstxEOFException || error.getNestedException() instanceof EOFException;
        String detail = firstLine(error);
        // a whole file whose comment was never closed was told as cut short, to be downloaded again (the review of session 28,
        // N20, and of its change, R1: before the root and inside a record too)
        boolean unclosedComment = truncated && detail.toLowerCase(Locale.ROOT).contains("in comment");
        String what = truncated ? "the file ends at line " + at.line() + " (truncated? export or download it again)"
                : "XML is not well-formed at line " + at.line() + ", column " + (at.index() + 1);
        // a sentence of its own, where the templates below are made for a short clause and the parser's words (the review of
        // the change, S7)
        String comment = "the file ends at line " + at.line() + " inside an XML comment never closed (<!-- without -->),"
                + " opened %s: it hides the rest of the file; close it with --> or delete its <!--";
        // damage inside a record resumes at the next record's start tag after this record's own, which may lie before the
        // point the damage was met: a record cut short, or one that lost its closing tag, holds the records after it as
        // children, passed unread, and its damage is met only at the file's end (the review of session 24, I1: 8 of 13
        // records lost for one cut short)
        TextPosition resumeFrom = insideRecord ? recordStart : at;
        if (insideRecord && unclosedComment) {
            context.skipped(origin(recordNumber, recordStart.line()), String.format(Locale.ROOT, comment, "inside this record, which starts at line "
                    + recordStart.line()));
        } else if (insideRecord) {
            context.skipped(origin(recordNumber, recordStart.line()), what + " inside this record, which starts at line "
                    + recordStart.line() + ": " + detail + "; the record must be well-formed XML up to its closing tag");
        } else if (deletionList != null) {
            DeletionList list = deletionList;
            deletionList = null;
            String damage = what + " inside the <DeleteCitation> list that starts at line " + list.startLine + ": " + detail;
            if (!truncated && resumeInDeletionList(at, list, damage)) {
                return;
            }
            context.deletionsLost(origin(recordNumber, at.line()), damage + "; "
                    + (list.read == 0 ? "every deletion it lists is lost"
                            : "any deletion it lists after PMID " + list.last + " (the " + ordinal(list.read)
                                    + " it lists, applied with those before it) is lost")
                    + "; expected its PMIDs up to </DeleteCitation>");
        } else if (truncated && rootSupplied) {
            // records without their set end with the file, which has no closing tag to wait for: a whole file, read to its end
            finished = true;
            return;
        } else if (unclosedComment) {
            context.warning(origin(recordNumber, at.line()), String.format(Locale.ROOT, comment, rootName == null ? "before the root element"
                    : recordNumber == 0 ? "before the first record" : "after record " + recordNumber));
        } else if (truncated && rootName != null) {
            context.warning(origin(recordNumber, at.line()), what + " before the closing </" + rootName
                    + ">: records after record " + recordNumber + " may be missing");
        } else if (rootName == null && detail.contains("processing instruction target (\"xml\")")) {
            // what DeclarationFirst cannot move (more than its look of blank lines, or text before): the parser's words
            // ("xml (case insensitive) is reserved by the specs") told no user what to mend
            context.warning(origin(0, at.line()), "the XML declaration (<?xml ...?>) stands at line " + at.line()
                    + ", after other text, where it must open the file; delete what stands before it");
        } else if (rootName == null) {
            context.warning(origin(0, at.line()), what + " before its root element: " + detail
                    + "; expected <" + PUBMED_SET + "> or <" + MEDLINE_SET + ">");
        } else {
            context.warning(origin(recordNumber, at.line()), what + " between records: " + detail);
        }
        boolean wasInsideRecord = insideRecord;
        insideRecord = false;
        // records without their set: a record cut in the middle takes the records after it for its content, and its damage is met
        // only at the file's end, as a file cut short's is; read on after it, as inside a set (the review of the change, R5)
        if (truncated && !(rootSupplied && wasInsideRecord)) {
            finished = true;
            return;
        }
        resumeAfter(resumeFrom, at);
    }

    /**
     * After the fast reader's first error, of any kind: the careful reader reads the file again
     * from its start, passes the records (and deletions) already handed on, and meets the error
     * itself, so that what is reported does not depend on which reader met it first.
     */
    private void readAgainCarefully() {
        fast = false;
        startAgain();
        try {
            InputStream bytes = openBytes();
            openInput = bytes;
            useReader(factory.open(bytes, input.displayName()), TextPosition.Mapping.IDENTITY);
        } catch (XMLStreamException e) {
            if (e.getNestedException() instanceof CharConversionException) {
                readAgainDecoded(e);
                return;
            }
            context.warning(origin(recordNumber, 0), "cannot start reading XML again: " + firstLine(e) + "; later records are not read");
            readToTheEnd = false;
            finished = true;
        } catch (IOException e) {
            context.warning(origin(recordNumber, 0), "cannot reopen the file: " + e.getMessage() + "; later records are not read");
            readToTheEnd = false;
            finished = true;
        }
    }

    /** Forgets the current reader's place so that a new one reads from the file's start, passing what was handed on. */
    private void startAgain() {
        resumed = true;
        recordsToPass = insideRecord ? recordNumber - 1 : recordNumber;
        recordNumber = recordsToPass;
        deletionsMet = 0;
        deletionList = null;
        resumedList = null;
        insideRecord = false;
        rootName = null;
        abandonReader();
    }

    private void readAgainDecoded(XMLStreamException error) {
        decodedByReader = true;
        startAgain();
        try {
            BufferedReader file = input.openReader();
            openInput = file;
            useReader(factory.open(file, input.displayName()), TextPosition.Mapping.IDENTITY);
            LOG.debug("{}: {}; reading again with bytes that are not UTF-8 as U+FFFD", input.displayName(),
                    error.getNestedException().getMessage());
        } catch (IOException | XMLStreamException e) {
            context.warning(origin(recordNumber, 0), "cannot reopen the file after bytes that are not UTF-8: "
                    + e.getMessage() + "; later records are not read");
            readToTheEnd = false;
            finished = true;
        }
    }

    private void abandonReader() {
        try {
            if (reader != null) {
                reader.closeCompletely();
            }
            openInput.close();
        } catch (XMLStreamException | IOException e) {
            LOG.debug("closing a damaged reader failed", e);
        }
        reader = null;
    }

    /** Resumes at the next record's start tag after {@code from} (the damage, or the damaged record's start). */
    private void resumeAfter(TextPosition from, TextPosition damage) {
        String root = rootName == null ? PUBMED_SET : rootName;
        try {
            ResumePoint resume = findAfter(from, recordTags(root), recordNumber); // past the records started: the next one on
            if (resume == null) {
                finished = true;
                return;
            }
            resumeAt(resume, "<" + root + ">");
            // said of the record that starts there: recordNumber is the damaged record, or the last one read when the
            // damage fell between records, so the record that starts at the resume point is the next number
            context.warning(origin(recordNumber + 1, resume.position().line()),
                    "reading resumes at line " + resume.position().line() + " with the next record's start tag");
        } catch (IOException | XMLStreamException e) {
            cannotResume(damage, e);
        }
    }

    /**
     * After damage inside a deletion list that did not end the file: when the list names another PMID
     * after the damage (a {@code <PMID} start tag comes before {@code </DeleteCitation>} and before any
     * record), reading resumes there, inside the list, so that its PMIDs after the damage are handed on
     * too, each once (the resumed reader starts after every PMID handed on). What the damaged stretch
     * itself held cannot be told, so the deletions are still reported as possibly lost: the file is not
     * read whole, and a store applies it again next time.
     *
     * @param damage what is wrong and where, naming the list
     * @return whether reading resumes in the list; false when no PMID of it follows the damage (or the
     *         file cannot be reopened), and the caller resumes at the next record
     */
    private boolean resumeInDeletionList(TextPosition at, DeletionList list, String damage) {
        String root = rootName == null ? PUBMED_SET : rootName;
        String[] records = recordTags(root);
        String[] tags = new String[records.length + 2];
        tags[0] = "<PMID";
        tags[1] = "</DeleteCitation";
        System.arraycopy(records, 0, tags, 2, records.length);
        ResumePoint resume;
        try {
            resume = findAfter(at, tags, 0);
        } catch (IOException e) {
            return false; // resuming at the next record reopens it, and says so when it cannot
        }
        if (resume == null || !resume.tag().startsWith("<PMID")) {
            return false;
        }
        long line = resume.position().line();
        context.deletionsLost(origin(recordNumber, at.line()), damage + "; reading goes on at line " + line + " with the list's next PMID,"
                + " so only a deletion written in the damaged part (" + (list.read == 0 ? "before the 1st PMID it lists"
                        : "after PMID " + list.last + ", the " + ordinal(list.read) + " it lists") + "), if it held one, is lost;"
                + " expected its PMIDs up to </DeleteCitation>");
        try {
            resumeAt(resume, "<" + root + "><DeleteCitation>");
            resumedList = list;
        } catch (XMLStreamException e) {
            cannotResume(at, e);
        }
        return true;
    }

    /**
     * Opens the file again, decoded, at the first of {@code tags} after {@code damage}, and never before
     * the last resumption: each one must move forward. Null when none comes before the file's end.
     */
    private ResumePoint findAfter(TextPosition damage, String[] tags, long tagsToPass) throws IOException {
        TextPosition after = lastResume != null && lastResume.compareTo(damage) > 0 ? lastResume : damage;
        abandonReader();
        decodedByReader = true;
        resumed = true;
        BufferedReader file = input.openReader();
        openInput = file;
        return ResumePoint.find(file, after, tags, tagsToPass);
    }

    /**
     * Reads the file again from its first record's start tag, inside the root it lacks; false when that cannot be done (said).
     * From the first record whatever was read before: a careful reader reading the file again passes the records handed on
     * from there (the review of the session's change, R5: it started after the first, and passed one record too many).
     */
    private boolean resumeAtFirstRecord() throws XMLStreamException {
        try {
            abandonReader();
            decodedByReader = true;
            resumed = true;
            BufferedReader file = input.openReader();
            openInput = file;
            ResumePoint first = ResumePoint.find(file, new TextPosition(0, 0), recordTags(rootName), 0);
            if (first == null) {
                finished = true;
                return false;
            }
            resumeAt(first, "<" + rootName + ">");
            return true;
        } catch (IOException e) {
            cannotResume(new TextPosition(1, 0), e);
            return false;
        }
    }

    /** Reads on from {@code resume}, after {@code wrapper}: the start tags standing in for the elements it lies in. */
    private void resumeAt(ResumePoint resume, String wrapper) throws XMLStreamException {
        lastResume = resume.position();
        wrapperDepth = 0; // the resumed reader is in the root (the stand-in), not in an element the damage lay in
        Reader resumedReader = resume.reader(wrapper);
        openInput = resumedReader;
        useReader(factory.open(resumedReader, input.displayName()), resume.mapping(wrapper.length()));
        reader.next(); // the root's stand-in
    }

    private void cannotResume(TextPosition damage, Exception e) {
        context.warning(origin(recordNumber, damage.line()), "cannot reopen the file to resume after the damage: "
                + e.getMessage() + "; later records are not read");
        readToTheEnd = false;
        finished = true;
    }

    private static String[] recordTags(String root) {
        return root.equals(MEDLINE_SET)
                ? new String[] {"<MedlineCitation"}
                : new String[] {"<PubmedArticle", "<PubmedBookArticle"};
    }

    private void useReader(XMLStreamReader2 newReader, TextPosition.Mapping mapping) {
        reader = newReader;
        positions = mapping;
        parser = new PubmedRecordParser(reader, text, context.wantsMetadata());
    }

    private TextPosition position(Location location) {
        return positions.map(location.getLineNumber(), location.getColumnNumber());
    }

    private long line() {
        return position(reader.getLocation()).line();
    }

    private Origin origin(long number, long line) {
        return new Origin(sourceName, input.displayName(), number, line);
    }

    /** The XML error inside {@code e}, or null when {@code e} is something else. */
    private static XMLStreamException asXmlException(Exception e) {
        if (e instanceof XMLStreamException xml) {
            return xml;
        }
        // Woodstox's lazy parsing throws its XML errors wrapped in a RuntimeException.
        if (e.getCause() instanceof XMLStreamException xml) {
            return xml;
        }
        return null;
    }

    /** 1st, 2nd, 3rd, 4th, ... 11th, 12th, 13th, 21st. */
    private static String ordinal(long n) {
        long lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch ((int) (n % 10)) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    /** The first line of {@code e}'s message, without the full stop the XML readers end it with, as it goes on in a sentence of ours. */
    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        String first = (newline < 0 ? message : message.substring(0, newline)).stripTrailing();
        return first.endsWith(".") && !first.endsWith("..") ? first.substring(0, first.length() - 1) : first;
    }
}
