package org.evidentia.plugins.bioc;

import java.io.Closeable;
import java.io.IOException;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.BoundedLines;
import org.evidentia.api.Origin;
import org.evidentia.api.SourceContext;

/**
 * The records of one PubTator file: blocks of lines, each {@code ID|t|title}, {@code ID|a|abstract},
 * then annotation lines ({@code ID<TAB>start<TAB>end<TAB>mention<TAB>type<TAB>identifier}) and
 * relation lines ({@code ID<TAB>type<TAB>id1<TAB>id2}), blocks separated by blank lines or by a
 * change of ID. Annotations and relations are counted, not read. Memory holds one record.
 */
final class PubtatorRecords implements Closeable {

    /** The longest line kept: PubTator writes an abstract on one line; none is near this long. */
    static final int MAX_LINE = 4 << 20;

    /** What PubTator writes for a record without abstract. */
    private static final String NO_TEXT = "- No text -";
    private static final int MAX_QUOTED = 60;
    private static final char REPLACEMENT = '\uFFFD';

    private final BoundedLines lines;
    private final SourceContext context;
    private final String sourceName;
    private final String file;
    private long number;
    private long annotations;
    private long relations;
    private boolean finished;

    PubtatorRecords(BoundedLines lines, SourceContext context, String sourceName, String file) {
        this.lines = lines;
        this.context = context;
        this.sourceName = sourceName;
        this.file = file;
    }

    /** The next record, past bad ones (reported); null at the end of the file. */
    BibliographicRecord next() {
        while (true) {
            String line = lines.peek();
            while (line != null && line.isBlank()) {
                lines.next();
                line = lines.peek();
            }
            if (line == null) {
                finish();
                return null;
            }
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
        number++;
        String first = lines.next();
        Origin origin = new Origin(sourceName, file, number, lines.number());
        String id = idOf(first);
        String title = null;
        String abstractText = null;
        long badLines = 0;
        long firstBadLine = 0;
        String firstBad = null;
        long notUtf8Line = 0;
        long cutLine = 0;
        String line = first;
        while (true) {
            if (notUtf8Line == 0 && line.indexOf(REPLACEMENT) >= 0) {
                notUtf8Line = lines.number();
            }
            if (cutLine == 0 && lines.lastWasCut()) {
                cutLine = lines.number();
            }
            String prefix = id == null ? null : id + "|";
            if (prefix != null && line.startsWith(prefix + "t|") && title == null) {
                title = line.substring(prefix.length() + 2).strip();
            } else if (prefix != null && line.startsWith(prefix + "a|") && abstractText == null) {
                abstractText = line.substring(prefix.length() + 2).strip();
            } else if (id != null && line.startsWith(id + "\t")) {
                String[] fields = line.split("\t", -1);
                if (fields.length >= 5 && isNumber(fields[1]) && isNumber(fields[2])) {
                    annotations++;
                } else if (fields.length >= 4) {
                    relations++;
                } else {
                    badLines++;
                }
            } else {
                badLines++;
            }
            if (badLines == 1 && firstBad == null) {
                firstBad = line;
                firstBadLine = lines.number();
            }
            String next = lines.peek();
            String nextId = next == null ? null : idOf(next);
            boolean otherRecord = nextId != null && !nextId.equals(id);
            if (otherRecord && title != null && abstractText == null && next.startsWith(nextId + "|a|")) {
                // a typo in one of the two PMIDs: read as two records, a title without its abstract and an abstract whose findings
                // went to the other PMID, without a word (the review of session 28, N12)
                context.warning(new Origin(sourceName, file, number, lines.number() + 1), "line " + (lines.number() + 1)
                        + ", the abstract of PMID " + nextId + ", follows the title of PMID " + id + " with no blank line between them:"
                        + " a typo in one of the PMIDs? Each PMID's lines are read as a record of their own; expected a record's lines to"
                        + " carry one PMID");
            }
            if (next == null || next.isBlank() || otherRecord || (next.startsWith(id + "|t|") && title != null)) {
                break;
            }
            line = lines.next();
        }
        if (id == null || (title == null && abstractText == null)) {
            context.skipped(origin, "the record has no title line (ID|t|title) or abstract line (ID|a|abstract)"
                    + (firstBad == null ? "" : "; its first line is '" + quote(firstBad) + "'")
                    + ": expected PubTator's 'PMID|t|' and 'PMID|a|' lines");
            return null;
        }
        if (badLines > 0) {
            context.warning(origin, "ignored " + badLines + (badLines == 1 ? " line that is" : " lines that are") + " not PubTator,"
                    + " first at line " + firstBadLine + ": '" + quote(firstBad) + "'; expected 'ID|t|', 'ID|a|',"
                    + " annotation or relation lines of record " + id);
        }
        if (notUtf8Line > 0) {
            context.warning(origin, "line " + notUtf8Line + " holds bytes that are not UTF-8 (read as U+FFFD); the record"
                    + " is kept with the replaced characters");
        }
        if (cutLine > 0) {
            context.warning(origin, "line " + cutLine + " is longer than " + MAX_LINE
                    + " characters: the rest of that line was left out");
        }
        BibliographicRecord.Builder record = BibliographicRecord.builder().origin(origin).title(title);
        if (id.chars().allMatch(Character::isDigit)) {
            record.pmid(id);
        } else {
            record.id("pubtator:" + id);
            record.metadata("document id", id);
        }
        if (abstractText != null && !abstractText.isEmpty() && !abstractText.equals(NO_TEXT)) {
            record.sections(InlineSections.of(abstractText));
        }
        return record.build();
    }

    /** The ID a line belongs to: the text before its first '|' or tab; null when it has neither. */
    private static String idOf(String line) {
        int bar = line.indexOf('|');
        int tab = line.indexOf('\t');
        int end = bar < 0 ? tab : tab < 0 ? bar : Math.min(bar, tab);
        return end <= 0 ? null : line.substring(0, end);
    }

    private static boolean isNumber(String text) {
        return !text.isEmpty() && text.chars().allMatch(Character::isDigit);
    }

    private static String quote(String line) {
        return line.length() > MAX_QUOTED ? line.substring(0, MAX_QUOTED) + "..." : line;
    }

    private void finish() {
        if (finished) {
            return;
        }
        finished = true;
        if (number == 0) {
            context.notice(file + " holds no PubTator record: expected 'PMID|t|title' and 'PMID|a|abstract' lines");
        }
        if (annotations > 0 || relations > 0) {
            context.notice(Counted.annotationsNotRead(file, annotations, relations));
        }
        context.inputHolds(number);
    }
}
