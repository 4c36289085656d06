package org.evidentia.plugins.pubmed.medline;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Origin;
import org.evidentia.plugins.pubmed.AbstractSections;
import org.evidentia.plugins.pubmed.Identifiers;
import org.evidentia.plugins.pubmed.InputReport;
import org.evidentia.plugins.pubmed.LineInput;
import org.evidentia.plugins.pubmed.ReadLimits;
import org.evidentia.textmining.text.Pmids;
import org.evidentia.textmining.text.PubmedMarkup;
import org.evidentia.textmining.text.WrappedLines;

/**
 * Reads MEDLINE records one at a time. A tag line is a tag of up to four characters padded with
 * spaces to four, then {@code "- "} and the value; a continuation line starts with six spaces. A
 * blank line ends a record, and so does a {@code PMID-} line after the record's first line: PMID is
 * the first tag of every MEDLINE record, so a record whose blank line is missing never runs into
 * the next. A tag that a record holds once ({@link #HELD_ONCE}) met a second time also ends the
 * record before it: two records glued together, with the blank line and the second's {@code PMID-}
 * line lost, are read as two, the second with a warning naming its first line, so that neither
 * study takes the other's identifiers or text. A record without a {@code PMID-} line is kept with a
 * warning. A record larger than the limits of {@link ReadLimits} is skipped, naming the limit.
 * Lines are examined with {@code startsWith}/{@code charAt} rather than a regular expression: this
 * parser must keep up with tens of thousands of records per second.
 */
final class MedlineParser {

    private static final String CONTINUATION = "      ";
    private static final int MAX_QUOTED = 60;
    /** Tags some reference managers write before a record's PMID- line. */
    private static final Set<String> TAGS_BEFORE_PMID = Set.of("OWN", "STAT");
    /**
     * Tags that a MEDLINE record holds at most once (NLM's MEDLINE/PubMed field descriptions; none
     * of them repeats within a record of the shared PubMed exports), while {@code IS}, {@code LID},
     * {@code AID}, {@code AU}, {@code FAU}, {@code AD}, {@code LA}, {@code MH}, {@code PT},
     * {@code PHST}, {@code OT} and others may repeat. {@code PMID} is not among them: a second
     * {@code PMID-} line starts a record of its own already.
     */
    private static final List<String> HELD_ONCE = List.of("OWN", "STAT", "DCOM", "LR", "VI", "IP", "DP", "TI", "PG", "AB", "TA",
            "JT", "JID", "PL", "PST", "SO", "EDAT", "MHDA", "CRDT");
    /** Tags that repeat in a record of PubMed's: after a blank line inside a record, its own ({@link #continuesAfterBlankLines}). */
    private static final Set<String> FIELD_TAGS = Set.of("IS", "LID", "AID", "AU", "FAU", "AUID", "AD", "CN", "IR", "FIR", "IRAD", "LA",
            "GR", "GN", "PT", "DEP", "RN", "NM", "SB", "MH", "OT", "OTO", "OAB", "OABL", "PHST", "CI", "COIS", "CIN", "CON", "EIN", "EFR",
            "ECI", "ECF", "ERR", "RIN", "ROF", "RPI", "RPF", "CRI", "CRF", "DRIN", "DRR", "SPIN", "UIN", "UOF", "PMC", "PMCR", "MID", "SI",
            "TT", "RF", "DA", "PUBM", "SFM", "PS", "FPS");
    /** Each tag of {@link #HELD_ONCE} with a bit of its own, so that a record's tags are a bit set. */
    private static final Map<String, Integer> HELD_ONCE_BIT = IntStream.range(0, HELD_ONCE.size()).boxed()
            .collect(Collectors.toUnmodifiableMap(HELD_ONCE::get, i -> 1 << i));
    /** The bit of the OWN line, which PubMed writes in every record of its exports. */
    private static final int OWN_BIT = HELD_ONCE_BIT.get("OWN");

    private final LineInput lines;
    private final InputReport report;
    /** False when nothing in the run reads metadata: every tag is read and checked as always, but only the fields are kept. */
    private final boolean keepsMetadata;
    private long recordNumber;
    /** What reading past a record's blank lines met, thrown by the next call for a record: the record before it is whole. */
    private UncheckedIOException failedAfterTheRecord;
    /** The tag the records so far ended with ("SO" in PubMed exports); "" once they disagree. */
    private String usualLastTag;
    private long completeRecords;
    private long withoutIdentity;
    private boolean toldOfOneSpaceTags;
    private boolean toldOfGluedRecords;
    /** The first line of the Abstract-format record being passed over ({@link #joinedAbstractRecord}); 0 when none. */
    private long joinedAbstractStart;
    /** Whether the last record read was a text-format record's, whose trailing paragraphs are its own. */
    private boolean afterTextRecord;
    /** The last line of its paragraphs read so far. */
    private long joinedAbstractEnd;
    private boolean toldOfJoinedAbstracts;
    /**
     * The line that starts a record of PubMed's Abstract format ({@code 1. Am J Epidemiol. 2015 ...}) or Summary format
     * ({@code 1: Kendrick D, Kai J, ...}).
     */
    private static final Pattern ABSTRACT_START = Pattern.compile("\\d{1,7}[.:] \\S");
    /** The line that starts a Summary record, a paragraph of its own: {@code 1: Kendrick D, Kai J, ...}. */
    private static final Pattern SUMMARY_START = Pattern.compile("\\d{1,7}: \\S");
    /** A PMID's number at a line's start, after a line that ended with {@code PMID:}. */
    private static final Pattern LEADING_NUMBER = Pattern.compile("(\\d{1,9})\\b");
    /** Its PMID: {@code PMID: 25977516 [Indexed for MEDLINE]}, a line of its own in the Abstract format, at a line's end in the Summary's. */
    private static final Pattern ABSTRACT_FOOTER = Pattern.compile("PMID: (\\d{1,9})\\b");
    private long repeatedIdentities;
    /** A glued record's first line, next to read ({@link #gluedRecordStart}). */
    private String queued;
    /** The glued record's first line at the end of the line {@link #peek} gave, queued once that line is taken. */
    private String tailOfPeeked;
    /** The tag the last record ended before because the record held it already; null when it ended otherwise. */
    private String repeatedTag;
    /** The PMID of the record that {@link #repeatedTag} ended, so the warning names where to look; null when it had none. */
    private String repeatedAfter;

    MedlineParser(LineInput lines, InputReport report) {
        this.lines = lines;
        this.report = report;
        this.keepsMetadata = report.wantsMetadata();
    }

    /** True for the line that starts a record: {@code PMID- n}. */
    static boolean isIdentityLine(String line) {
        return line.startsWith("PMID-") && isTagLine(line);
    }

    /** True for {@code "TAG - value"} lines: 2-4 upper-case letters or digits, padded to four, then "-". */
    static boolean isTagLine(String line) {
        if (line.length() < 5 || line.charAt(4) != '-') {
            return false;
        }
        char first = line.charAt(0);
        if (first < 'A' || first > 'Z') {
            return false;
        }
        boolean padding = false;
        for (int i = 1; i < 4; i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                padding = true;
            } else if (padding || !((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return line.length() == 5 || line.charAt(5) == ' ';
    }

    /**
     * {@code line} with its tag padded to four columns where it was written with one space before the dash ({@code TI - x}
     * for {@code TI  - x}, {@code PMID - 1} for {@code PMID- 1}): text passed through something that folds runs of spaces (a
     * web form, an editor's clean-up) was read as a copied page, ten records as one titled 'OWN - NLM' (the review of
     * session 24, I14). The tags are MEDLINE's shape and no continuation line starts with a letter, so nothing else is
     * read so. Null for null.
     */
    static String padded(String line) {
        // asked of every line: a continuation (a space first) and a padded tag line (its dash in the fifth column, nearly
        // every other line) are passed by two comparisons
        if (line == null || line.length() < 4 || line.charAt(0) < 'A' || line.charAt(0) > 'Z'
                || line.length() > 4 && line.charAt(4) == '-' && isTagLine(line)) {
            return line;
        }
        int dash = line.indexOf(" -");
        if (dash < 2 || dash > 4 || (line.length() > dash + 2 && line.charAt(dash + 2) != ' ')) {
            return line;
        }
        for (int i = 1; i < dash; i++) {
            char c = line.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                return line;
            }
        }
        String tag = line.substring(0, dash);
        return tag + " ".repeat(4 - tag.length()) + line.substring(dash + 1);
    }

    /**
     * Where {@code line} ends with another record's first line ({@code SO  - J. 2003;19:2308-10.PMID- 39166637}: two
     * exports joined with cat, the first without a line end after its last line), the index that line starts at, else -1:
     * the glued record lost its PMID, and was not merged with its copy elsewhere (the review of session 24, I3).
     */
    static int gluedRecordStart(String line) {
        // asked of every line, twice: the last char rules out nearly all of them before any search (a line ends in a digit
        // in a few tags only)
        if (line == null || line.length() < 12 || !isDigit(line.charAt(line.length() - 1))) {
            return -1;
        }
        int at = line.lastIndexOf("PMID-");
        if (at < 1 || Character.isWhitespace(line.charAt(at - 1))) {
            return -1;
        }
        int digits = at + 5;
        while (digits < line.length() && line.charAt(digits) == ' ') {
            digits++;
        }
        int count = line.length() - digits;
        for (int i = digits; i < line.length(); i++) {
            if (!isDigit(line.charAt(i))) {
                return -1;
            }
        }
        String padded = padded(line);
        // the glued part must be an identity line as the parser reads it ('PMID- 1', not 'PMID-1'), or the file's count
        // would hold a record the parser never starts (a fuzz finding of the session's last CI)
        if (count < 1 || count > 9 || !(line.startsWith(CONTINUATION) || isTagLine(padded)) || isIdentityLine(padded)
                || !isIdentityLine(line.substring(at))) {
            return -1;
        }
        return at;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The next line, its tag padded ({@link #padded}), told once per file; a glued record's first line on its own. */
    private String peek() {
        if (queued != null) {
            return queued;
        }
        String line = lines.peek();
        int glued = gluedRecordStart(line);
        if (glued > 0) {
            tailOfPeeked = line.substring(glued);
            if (!toldOfGluedRecords) {
                toldOfGluedRecords = true;
                report.warning(report.origin(recordNumber, lines.number() + 1), "line " + (lines.number() + 1) + " ends with '"
                        + quoted(tailOfPeeked.strip()) + "', another record's first line (two exports joined without a line end"
                        + " between them?); read as the start of the next record, here and on every such line of the file");
            }
            line = line.substring(0, glued);
        }
        String padded = padded(line);
        if (padded != line && !toldOfOneSpaceTags) {
            toldOfOneSpaceTags = true;
            report.warning(report.origin(recordNumber, lines.number() + 1), "line " + (lines.number() + 1) + " writes its tag with"
                    + " one space before the dash ('" + quoted(line.length() > 20 ? line.substring(0, 20) + "..." : line) + "'), where"
                    + " MEDLINE pads tags to four columns ('TI  - '); every such line of the file is read as a tag line");
        }
        return padded;
    }

    /** Takes the line {@link #peek} gave: a glued record's first line is then the next line, of the same number. */
    private void consume() {
        if (queued != null) {
            queued = null;
            return;
        }
        lines.next();
        queued = tailOfPeeked;
        tailOfPeeked = null;
    }

    /** The next record, or null at the end of the input. Bad records are reported and passed over. */
    BibliographicRecord next() {
        if (failedAfterTheRecord != null) {
            UncheckedIOException failed = failedAfterTheRecord;
            failedAfterTheRecord = null;
            throw failed;
        }
        while (true) {
            String line = peek();
            while (line != null && line.isEmpty()) {
                consume();
                line = peek();
            }
            if (line == null) {
                unclosedAbstractRecord(recordNumber);
                if (recordNumber == 0 && !lines.sawContent()) {
                    report.empty("MEDLINE");
                }
                report.inputHolds(lines.identities() - repeatedIdentities + withoutIdentity);
                return null;
            }
            BibliographicRecord record = readRecord();
            if (record != null) {
                return record;
            }
        }
    }

    private BibliographicRecord readRecord() {
        recordNumber++;
        long firstLine = queued != null ? lines.number() : lines.number() + 1; // a glued record starts on the line before
        String startedByRepeat = repeatedTag;
        String gluedTo = repeatedAfter;
        repeatedTag = null;
        repeatedAfter = null;
        String firstText = null;
        int heldOnce = 0;
        Origin origin = report.origin(recordNumber, firstLine);
        MedlineFields fields = new MedlineFields(origin, keepsMetadata);
        String tag = null;
        StringBuilder value = new StringBuilder(256);
        long badLines = 0;
        long firstBadLine = 0;
        String firstBad = null;
        long notUtf8Line = 0;
        boolean endedByInput = false;
        boolean identity = false;
        long recordLines = 0;
        long chars = 0;
        long cutLine = 0;
        boolean onlyTagsBeforeItsPmid = true;
        String abstractFooter = null;
        String lastBad = null;
        while (true) {
            String line = peek();
            if (line == null) {
                endedByInput = true;
                break;
            }
            if (line.isEmpty()) {
                // only a MEDLINE record with its PMID looks past its blank lines: a paragraph of a text export keeps its own
                if (!identity || tag == null
                        || !continuesAfterBlankLines(tag, heldOnce, (heldOnce & OWN_BIT) != 0, origin)) {
                    break;
                }
                line = peek();
            }
            boolean identityLine = isIdentityLine(line);
            boolean tagLine = isTagLine(line);
            String lineTag = tagLine ? line.substring(0, 4).stripTrailing() : null;
            if (identityLine && recordLines == 1 && isIdentityLine(firstText)
                    && line.substring(5).strip().equals(firstText.substring(5).strip())) {
                // the record's PMID line given twice (a paste slip) made a record of the PMID alone, which was kept while the
                // whole record after it was merged into it as its copy, its abstract unread (the review of session 24, I15)
                consume();
                repeatedIdentities++; // counted as an identity line, and no record
                report.warning(origin, "line " + lines.number() + " repeats the record's 'PMID- " + firstText.substring(5).strip()
                        + "' line; read once");
                continue;
            }
            if (identityLine && recordLines > 0 && !onlyTagsBeforeItsPmid) {
                break;
            }
            int bit = tagLine ? HELD_ONCE_BIT.getOrDefault(lineTag, 0) : 0;
            if ((heldOnce & bit) != 0) {
                repeatedTag = lineTag;
                repeatedAfter = tag != null && tag.equals("PMID") ? value.toString().strip() : fields.pmid();
                break;
            }
            heldOnce |= bit;
            // some reference managers write OWN and STAT before PMID: those lines open the record, whose PMID- line follows
            // (the review of session 22's sources, S10: they made a phantom record, skipped as one without a PMID)
            onlyTagsBeforeItsPmid &= !identityLine && lineTag != null && TAGS_BEFORE_PMID.contains(lineTag);
            consume();
            if (recordLines == 0) {
                firstText = line;
            }
            recordLines++;
            identity |= identityLine;
            if (notUtf8Line == 0 && line.indexOf(LineInput.REPLACEMENT) >= 0) {
                notUtf8Line = lines.number();
            }
            if (cutLine == 0 && lines.wasCut()) {
                cutLine = lines.number();
            }
            chars += line.length();
            if (cutLine > 0 || chars > ReadLimits.MAX_RECORD_CHARS) {
                tag = null; // passed a limit: the rest of the record is only read past
                continue;
            }
            if (line.startsWith(CONTINUATION) && tag != null) {
                WrappedLines.append(value, line, firstNonSpace(line), line.length());
            } else if (tagLine) {
                if (tag != null) {
                    fields.add(tag, value.toString());
                }
                tag = lineTag;
                value.setLength(0);
                if (line.length() > 6) {
                    value.append(line, 6, line.length());
                }
            } else {
                badLines++;
                if (firstBad == null) {
                    firstBad = line;
                    firstBadLine = lines.number();
                }
                if (abstractFooter == null && line.contains("PMID: ")) {
                    Matcher footer = ABSTRACT_FOOTER.matcher(line);
                    abstractFooter = footer.find() ? footer.group(1) : null;
                } else if (abstractFooter == null && lastBad != null && lastBad.endsWith("PMID:")) {
                    Matcher number = LEADING_NUMBER.matcher(line); // "PMID:" wrapped at the line's end, its number on the next
                    abstractFooter = number.lookingAt() ? number.group(1) : null;
                }
                lastBad = line;
            }
        }
        // inside a text-format record, a paragraph without a PMID- line is part of it, though a line of it reads as a tag line
        // ("NOD2- and NLRP3-..."; the review of the session's change, S5)
        boolean partOfTextRecord = joinedAbstractStart > 0 && !identity;
        if ((badLines == recordLines || partOfTextRecord) && cutLine == 0 && startedByRepeat == null) {
            if (SUMMARY_START.matcher(firstText).lookingAt() && joinedAbstractStart == 0) {
                // a Summary record is one paragraph: a record whether or not its PMID was read
                return joinedAbstractRecord(firstLine, abstractFooter != null ? abstractFooter : "not read");
            }
            if (abstractFooter != null || partOfTextRecord || ABSTRACT_START.matcher(firstText).lookingAt()) {
                return joinedAbstractRecord(firstLine, abstractFooter);
            }
            if (afterTextRecord) {
                // a paragraph after a text-format record's PMID line ("Conflict of interest statement: ..."), which is that record's
                // (the review of the session's change, S7)
                recordNumber--;
                return null;
            }
            unclosedAbstractRecord(recordNumber - 1);
            // no tag line at all: a note above the export, a web page's furniture around a copied MEDLINE display, an HTML
            // wrapper; counted as a record read and skipped, it made "11 records read, 1 skipped" of ten and failed --strict on
            // a file that lost nothing (the review of session 28, N5)
            recordNumber--;
            report.warning(report.origin(recordNumber, firstLine), "ignored " + describeBad(badLines, firstBadLine, firstBad)
                    + (recordNumber == 0 ? " before the first record" : " between records")
                    + "; expected a record's tag lines ('PMID- n', 'TI  - Title'), or a blank line");
            return null;
        }
        unclosedAbstractRecord(recordNumber - 1);
        afterTextRecord = false;
        if (!identity) {
            withoutIdentity++;
        }
        if (cutLine > 0 || chars > ReadLimits.MAX_RECORD_CHARS) {
            report.skipped(origin, "MEDLINE record " + (fields.hasPmid() ? "PMID " + fields.pmid() + " " : "")
                    + "skipped: " + InputReport.limitPassed(cutLine) + "; expected MEDLINE lines wrapped at 80 columns");
            return null;
        }
        if (tag != null) {
            fields.add(tag, value.toString());
        }
        String glued = startedByRepeat == null ? "" : glued(firstLine, startedByRepeat, gluedTo);
        String notAPmid = fields.hasPmid() && !Identifiers.isPmid(fields.pmid()) ? fields.pmid() : null;
        if (notAPmid != null) {
            // kept as the record's PMID, it would make a link to no record and merge every record so written as one
            fields.dropPmid();
        }
        if (!fields.hasPmid() && !fields.hasTitle()) {
            report.skipped(origin, glued + (notAPmid == null ? "MEDLINE record without a PMID- or TI  - line"
                    : "MEDLINE record whose PMID '" + quoted(notAPmid) + "' is no PubMed id, without a TI  - line")
                    + (badLines > 0 ? " (" + describeBad(badLines, firstBadLine, firstBad) + ")" : "")
                    + "; expected tag lines such as 'PMID- 12345678' and 'TI  - Title'");
            return null;
        }
        if (notAPmid != null) {
            report.warning(origin, "the record's PMID '" + quoted(notAPmid) + "' is no PubMed id; expected 'PMID- n' with digits"
                    + " only; kept without a PMID");
        } else if (!fields.hasPmid()) {
            report.warning(origin, glued.isEmpty()
                    ? "the record has no PMID (its first line is '" + quoted(firstText) + "'); expected 'PMID- n' as a record's"
                            + " first line; kept without a PMID"
                    : glued + "read as a record of its own, kept without a PMID");
        }
        if (badLines > 0) {
            report.warning(origin, "ignored " + describeBad(badLines, firstBadLine, firstBad)
                    + "; expected a tag line ('XXXX- value') or a continuation line (six spaces)");
        }
        if (notUtf8Line > 0) {
            report.notUtf8(origin, notUtf8Line);
        }
        // a book chapter (PubMed Bookshelf) has no SO: it ends with its bookaccession (the review of the session's change, R10)
        checkEnding(origin, "AID".equals(tag) && value.toString().contains("[bookaccession]") ? "SO" : tag, endedByInput,
                (heldOnce & OWN_BIT) != 0);
        return fields.build();
    }

    /**
     * At a blank line inside a record that has its PMID: passes the blank lines, and says whether the record goes on after them,
     * as where an editor or a copy put a blank line inside a record: the line after them is a continuation of the record's last
     * tag, or, in a record of PubMed's ({@code writtenByPubmed}: it has an OWN line), a line of a tag of MEDLINE's that the
     * record holds once and does not hold yet, or of one that repeats in a record ({@link #FIELD_TAGS}). Split there, the
     * record was kept cut short without a word and its rest was a record read and skipped, numbering every later record one
     * too high (the review of session 31, Q1). A record after a blank line opens with {@code PMID-} (or {@code OWN},
     * {@code STAT}) in every PubMed export, and a damaged one ({@code PMXD-}) is no tag of MEDLINE's, so no record is joined
     * to the one before it.
     */
    private boolean continuesAfterBlankLines(String tag, int heldOnce, boolean writtenByPubmed, Origin origin) {
        long blankLine = lines.number() + 1;
        String line;
        try {
            line = peek();
            while (line != null && line.isEmpty()) {
                consume();
                line = peek();
            }
        } catch (UncheckedIOException e) {
            // the bytes after the record could not be read (a gzip file whose checksum fails at its end): the record is whole, and
            // the failure is the next call's, as it was before this look ahead (the review of the session's change, T1: the
            // record was lost with it)
            failedAfterTheRecord = e;
            return false;
        }
        if (line == null) {
            return false;
        }
        boolean continuation = line.startsWith(CONTINUATION) && !line.isBlank();
        String lineTag = !continuation && isTagLine(line) ? line.substring(0, 4).stripTrailing() : null;
        int bit = lineTag == null ? 0 : HELD_ONCE_BIT.getOrDefault(lineTag, 0);
        // a tag line only in PubMed's records (an OWN line), whose next record opens with PMID- or OWN: another program's
        // record may open with AU (the review of the session's change, T3)
        boolean tagOfTheRecord = writtenByPubmed && lineTag != null && !TAGS_BEFORE_PMID.contains(lineTag)
                && (bit != 0 && (heldOnce & bit) == 0 || FIELD_TAGS.contains(lineTag));
        if (!continuation && !tagOfTheRecord) {
            return false;
        }
        report.warning(origin, "line " + blankLine + " is blank inside the record: the line after it " + (continuation
                ? "continues its " + tag : "carries its " + lineTag + ", and no new record's PMID- line") + "; read as part of the record"
                + " (a blank line ends a MEDLINE record)");
        return true;
    }

    /**
     * A paragraph of a record of PubMed's Abstract format inside a MEDLINE file (an Abstract export joined on, or put before
     * the MEDLINE one): its paragraphs up to its {@code PMID: n} footer are one record, skipped and counted, where each was
     * a record read and skipped ("3,195 records read, 3,185 skipped" for a file of 517; the review of session 28, N3). The
     * paragraphs before the footer are part of it and told with it; the first such record says what the file holds.
     */
    private BibliographicRecord joinedAbstractRecord(long firstLine, String footer) {
        long lastLineOfParagraph = lines.number();
        if (joinedAbstractStart == 0) {
            joinedAbstractStart = firstLine;
        }
        if (footer == null) {
            recordNumber--; // a paragraph of the record its footer closes
            joinedAbstractEnd = lastLineOfParagraph;
            return null;
        }
        long start = joinedAbstractStart;
        joinedAbstractStart = 0;
        afterTextRecord = true;
        withoutIdentity++; // a record, though it has no 'PMID- ' line
        report.skipped(report.origin(recordNumber, start), "a record of one of PubMed's text formats (Abstract or Summary; PMID "
                + footer + ", lines " + start + "-" + lastLineOfParagraph + ") in a MEDLINE file" + (toldOfJoinedAbstracts ? ""
                : ": a text export joined to a MEDLINE one? Give each export as a file of its own, and each is read")
                + "; skipped");
        toldOfJoinedAbstracts = true;
        return null;
    }

    /**
     * Tells the paragraphs taken for an Abstract-format record's (its first line read as one's citation) that no footer
     * closed: lines that are not MEDLINE, ignored, as others are; {@code afterRecord} is the number of the record before them.
     */
    private void unclosedAbstractRecord(long afterRecord) {
        if (joinedAbstractStart > 0) {
            report.warning(report.origin(afterRecord, joinedAbstractStart), "ignored lines " + joinedAbstractStart + "-" + joinedAbstractEnd
                    + ", which are not MEDLINE; expected a record's tag lines ('PMID- n', 'TI  - Title'), or a blank line");
            joinedAbstractStart = 0;
        }
    }

    /**
     * Every PubMed export ends each record with the same tag (SO); a last record that ends with
     * another one was most likely cut off, and so was a record inside the file that ends otherwise
     * where the records before it end with PubMed's SO (a bad merge or edit: kept without a word, its
     * text and findings after the cut were lost unseen, the review of session 28, N2).
     */
    private void checkEnding(Origin origin, String lastTag, boolean endedByInput, boolean writtenByPubmed) {
        if (usualLastTag != null && !usualLastTag.isEmpty() && completeRecords >= 2 && !usualLastTag.equals(lastTag)
                && (endedByInput || usualLastTag.equals("SO"))) {
            report.warning(origin, (endedByInput ? "the last record" : "the record") + " ends with tag " + lastTag + " where the "
                    + completeRecords + " records before it end with " + usualLastTag + ": " + (endedByInput ? InputReport.LOOKS_TRUNCATED
                    : "cut short? (the rest of its text, and any findings in it, are missing; export or download the file again)"));
            return;
        }
        // too few records before it to know the file's own ending: PubMed's (its records open with an OWN line) is SO; a one-record
        // export cut inside its abstract was kept as whole (the review of session 31, Q2)
        if (endedByInput && writtenByPubmed && completeRecords < 2 && !"SO".equals(lastTag)
                && (usualLastTag == null || usualLastTag.equals("SO"))) {
            report.warning(origin, "the last record ends with tag " + lastTag + " where PubMed ends every record of a MEDLINE export with"
                    + " SO: " + InputReport.LOOKS_TRUNCATED);
            return;
        }
        if (usualLastTag == null) {
            usualLastTag = lastTag;
        } else if (!usualLastTag.equals(lastTag)) {
            usualLastTag = "";
        }
        completeRecords++;
    }

    /**
     * What is said of a record that began at {@code line}, where a tag the record before it held
     * already came again; {@code previousPmid} is that record's PMID (nullable).
     */
    private static String glued(long line, String tag, String previousPmid) {
        return "line " + line + " repeats tag " + tag + ", which a MEDLINE record holds once"
                + (previousPmid == null || previousPmid.isEmpty() ? "" : " and the record before it (PMID " + previousPmid + ") has already")
                + ", so a new record begins there (two records glued together?); expected a blank line and a 'PMID- n' line before it; ";
    }

    private static String describeBad(long count, long line, String text) {
        return count + (count == 1 ? " line" : " lines") + " that " + (count == 1 ? "is" : "are")
                + " not MEDLINE, first at line " + line + ": '" + quoted(text) + "'";
    }

    private static String quoted(String text) {
        return text.length() > MAX_QUOTED ? text.substring(0, MAX_QUOTED) + "..." : text;
    }

    private static int firstNonSpace(String line) {
        int i = CONTINUATION.length();
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** Collects one record's tags and maps them onto {@link BibliographicRecord} fields. */
    private static final class MedlineFields {
        private final BibliographicRecord.Builder builder = BibliographicRecord.builder();
        private String pmid;
        private String title;
        private String bookTitle;
        private String abbreviation;
        private String journalTitle;
        private String lidDoi;
        private String aidDoi;

        private final boolean keepsMetadata;

        MedlineFields(Origin origin, boolean keepsMetadata) {
            builder.origin(origin);
            this.keepsMetadata = keepsMetadata;
        }

        boolean hasPmid() {
            return pmid != null;
        }

        /** A PMID of digits without its leading zeros, as Pmids reads it; anything else, "0" and "000" among them, as written. */
        private static String withoutLeadingZeros(String written) {
            String digits = written.chars().allMatch(c -> c >= '0' && c <= '9') ? Pmids.normalised(written) : null;
            return digits != null ? digits : written;
        }

        void dropPmid() {
            pmid = null;
        }

        String pmid() {
            return pmid;
        }

        boolean hasTitle() {
            return title != null || bookTitle != null;
        }

        void add(String tag, String value) {
            // a link to the notice that retracted the record decides its design, as the abstract-text export's does, in a run
            // that keeps no metadata too: the retracted study voted in a plain run and not in a store's (the review of session 27, V4)
            if (keepsMetadata || tag.equals("RIN") || tag.equals("RRI")) {
                builder.metadata(tag, value);
            }
            switch (tag) {
                // without leading zeros, as the XML and CSV sources read it, so that "0014630660" merges with their 14630660
                // (the review of session 22's sources, S6: one study was counted twice)
                case "PMID" -> pmid = value.isBlank() ? pmid : withoutLeadingZeros(value.strip());
                case "TI" -> title = value.isBlank() ? title : value;
                case "BTI" -> bookTitle = value.isBlank() ? bookTitle : value;
                case "AB" -> builder.sections(AbstractSections.inline(value));
                case "AU", "CN" -> builder.author(value);
                case "TA" -> abbreviation = value;
                case "JT" -> journalTitle = value;
                case "DP" -> builder.year(Identifiers.year(value));
                case "LID" -> lidDoi = lidDoi != null ? lidDoi : doi(value);
                case "AID" -> aidDoi = aidDoi != null ? aidDoi : doi(value);
                case "PMC" -> builder.pmcid(value.strip());
                case "PT" -> builder.publicationType(value);
                case "MH" -> builder.meshTerm(value);
                case "OT" -> builder.keyword(value);
                default -> {
                    // kept in metadata only
                }
            }
        }

        private static String doi(String value) {
            return value.endsWith("[doi]") ? Identifiers.cleanDoi(value.substring(0, value.length() - 5)) : null;
        }

        BibliographicRecord build() {
            return builder.pmid(pmid)
                    .title(PubmedMarkup.plainText(title != null ? title : bookTitle))
                    .journal(abbreviation != null ? abbreviation : journalTitle)
                    .doi(lidDoi != null ? lidDoi : aidDoi)
                    .build();
        }
    }
}
