package org.evidentia.plugins.ris;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.BoundedLines;
import org.evidentia.api.Origin;
import org.evidentia.api.SourceContext;

/**
 * The records of one RIS file, parsed one at a time as they are asked for.
 *
 * <p>A record starts at its {@code TY  - } line and ends at its {@code ER  - } line; lines that are
 * not tag lines continue the value of the tag before them. Inside a record, tag lines with one space
 * before the hyphen ({@code "AB - "}) count only when its TY line has that form, and an ER line
 * followed by text is no end but text (with a warning): both would otherwise take a wrapped line
 * such as {@code "ER - positive tumours"} for a tag and lose it. Memory holds one record, and a record
 * never holds more than {@link #MAX_RECORD_CHARS} characters: a longer one (no exporter writes one)
 * is read past and skipped.
 *
 * <p>Bad input is reported and reading goes on: a record that starts with another tag than TY is
 * skipped; one that lacks its ER line ends where the next TY starts (or at the end of the file) and
 * is kept with a warning; text outside any record is reported once per run of such lines. The number
 * of records the file holds, counted as record starts, is stated to the runtime at the end.
 */
final class RisRecords implements Closeable {

    /** The longest RIS line kept: no exporter writes a line this long; an abstract is a few thousand characters. */
    static final int MAX_LINE = 1 << 20;

    static final int MAX_RECORD_CHARS = 8 << 20;
    private static final int MAX_QUOTED = 60;
    private static final char REPLACEMENT = '\uFFFD';

    private enum Ending { ER, NEXT_RECORD, END_OF_FILE }

    private final BoundedLines lines;
    private final SourceContext context;
    private final String sourceName;
    private final String file;

    private long recordNumber;
    private long strayLines;
    private long firstStrayLine;
    private String firstStray;
    private boolean finished;

    RisRecords(BoundedLines lines, SourceContext context, String sourceName, String file) {
        this.lines = lines;
        this.context = context;
        this.sourceName = sourceName;
        this.file = file;
    }

    /** The next record, past bad ones (reported); null at the end of the file. */
    BibliographicRecord next() {
        while (true) {
            String line = lines.peek();
            if (line == null) {
                finish();
                return null;
            }
            RisTagLine tag = RisTagLine.parse(line);
            if (tag == null || tag.is("ER")) {
                lines.next();
                if (!line.isEmpty() && !(recordNumber == 0 && strayLines == 0 && RisDetector.HEADER.matcher(line).matches())) {
                    stray(line);
                }
                continue;
            }
            reportStrayLines();
            BibliographicRecord record = readRecord();
            if (record != null) {
                return record;
            }
        }
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }

    private BibliographicRecord readRecord() {
        recordNumber++;
        String first = lines.next();
        long firstLine = lines.number();
        Origin origin = new Origin(sourceName, file, recordNumber, firstLine);
        RisTagLine start = RisTagLine.parse(first);
        RisFields fields = new RisFields();
        List<String> warnings = new ArrayList<>();
        String tag = start.tag();
        long tagLine = firstLine;
        StringBuilder value = new StringBuilder(start.value());
        long characters = first.length();
        boolean tooLong = false;
        long cutLine = lines.lastWasCut() ? firstLine : 0;
        long notUtf8Line = first.indexOf(REPLACEMENT) >= 0 ? firstLine : 0;
        Ending ending;
        while (true) {
            String line = lines.peek();
            if (line == null) {
                ending = Ending.END_OF_FILE;
                break;
            }
            RisTagLine next = RisTagLine.parse(line);
            if (next != null && next.oneSpace() && !start.oneSpace() && !(next.is("ER") && next.value().isEmpty())) {
                next = null; // "ER - positive": text in a record whose tags have two spaces; "ER -" alone ends it still
            }
            if (next != null && next.is("TY")) {
                ending = Ending.NEXT_RECORD;
                break;
            }
            lines.next();
            if (cutLine == 0 && lines.lastWasCut()) {
                cutLine = lines.number();
            }
            if (notUtf8Line == 0 && line.indexOf(REPLACEMENT) >= 0) {
                notUtf8Line = lines.number();
            }
            characters += line.length() + 1;
            tooLong |= characters > MAX_RECORD_CHARS;
            if (next != null && next.is("ER") && !next.value().isEmpty()) {
                // An ER line has no value: this is a wrapped line that starts with "ER - " (in a file of
                // the one-space form), and ending the record here would lose the rest of it.
                warnings.add("line " + lines.number() + " starts like the record's end but goes on with text: '" + quote(line)
                        + "'; read as text of " + tag + ", not as the end; expected 'ER  - ' alone to end a record");
                next = null;
            }
            if (next != null) {
                if (!tooLong) {
                    fields.add(tag, value.toString(), tagLine);
                }
                if (next.is("ER")) {
                    ending = Ending.ER;
                    break;
                }
                tag = next.tag();
                tagLine = lines.number();
                value.setLength(0);
                value.append(next.value());
            } else if (!tooLong) {
                value.append('\n').append(line);
            }
        }
        if (ending != Ending.ER && !tooLong) {
            fields.add(tag, value.toString(), tagLine);
        }
        return build(fields, origin, start, ending, tooLong, cutLine, notUtf8Line, warnings);
    }

    private BibliographicRecord build(RisFields fields, Origin origin, RisTagLine start, Ending ending, boolean tooLong,
                                      long cutLine, long notUtf8Line, List<String> warnings) {
        if (tooLong) {
            context.skipped(origin, "the record runs from line " + origin.line() + " to line " + lines.number()
                    + " and holds more than " + (MAX_RECORD_CHARS >> 20) + " MiB of text: expected one bibliographic record"
                    + " between 'TY  - ' and 'ER  - '");
            return null;
        }
        if (!start.is("TY")) {
            context.skipped(origin, "the record starts with '" + start.tag() + "  - ' instead of 'TY  - ': expected every"
                    + " record to begin with its reference type (TY) and end with 'ER  - '");
            return null;
        }
        String title = fields.title();
        String pmid = fields.pmid();
        String doi = fields.doi();
        if (title == null && pmid == null && doi == null) {
            context.skipped(origin, "the record has no title (TI, T1, CT or BT), DOI or PubMed id:"
                    + " expected at least one of them to identify the study");
            return null;
        }
        if (ending == Ending.NEXT_RECORD) {
            context.warning(origin, "the record has no 'ER  - ' line: it ends at line " + lines.number()
                    + ", before the next record's 'TY  - ' line");
        } else if (ending == Ending.END_OF_FILE) {
            context.warning(origin, "the file ends inside this record, before its 'ER  - ' line (truncated? export or download it again);"
                    + " the record is kept as read");
        }
        if (cutLine > 0) {
            context.warning(origin, "line " + cutLine + " is longer than " + MAX_LINE
                    + " characters: the rest of that line was left out");
        }
        if (notUtf8Line > 0) {
            context.warning(origin, "line " + notUtf8Line + " holds bytes that are not UTF-8 (read as U+FFFD);"
                    + " expected UTF-8 text; the record is kept with the replaced characters");
        }
        warnings.forEach(warning -> context.warning(origin, warning));
        long n2Line = fields.n2NotInAbstract();
        if (n2Line > 0) {
            context.warning(origin, "the abstract in N2 at line " + n2Line + " differs from the record's AB: the abstract"
                    + " is read from AB only; N2 is kept in the metadata");
        }
        BibliographicRecord.Builder record = BibliographicRecord.builder()
                .pmid(pmid)
                .doi(doi)
                .pmcid(fields.pmcid())
                .title(title)
                .authors(fields.authors())
                .journal(fields.journal())
                .year(fields.year())
                .origin(origin);
        List<String> abstracts = fields.abstractValues();
        if (!abstracts.isEmpty()) {
            record.sections(AbstractText.sections(abstracts));
        }
        fields.publicationTypes().forEach(record::publicationType);
        fields.keywords().forEach(record::keyword);
        fields.metadata().forEach((key, values) -> values.forEach(v -> record.metadata(key, v)));
        return record.build();
    }

    private void stray(String line) {
        if (strayLines++ == 0) {
            firstStrayLine = lines.number();
            firstStray = quote(line);
        }
    }

    private static String quote(String line) {
        return line.length() > MAX_QUOTED ? line.substring(0, MAX_QUOTED) + "..." : line;
    }

    private void reportStrayLines() {
        if (strayLines == 0) {
            return;
        }
        context.warning(new Origin(sourceName, file, recordNumber, firstStrayLine), strayLines
                + (strayLines == 1 ? " line" : " lines") + " outside any record, first at line " + firstStrayLine
                + ": '" + firstStray + "'; ignored; expected 'TY  - ' to start a record");
        strayLines = 0;
    }

    private void finish() {
        if (finished) {
            return;
        }
        finished = true;
        reportStrayLines();
        if (recordNumber == 0) {
            context.notice(file + " holds no RIS record: expected records that start with 'TY  - ' and end with 'ER  - '");
        }
        context.inputHolds(recordNumber);
    }
}
