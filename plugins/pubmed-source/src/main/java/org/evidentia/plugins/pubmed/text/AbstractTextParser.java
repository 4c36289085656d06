package org.evidentia.plugins.pubmed.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Origin;
import org.evidentia.plugins.pubmed.AbstractSections;
import org.evidentia.plugins.pubmed.Identifiers;
import org.evidentia.plugins.pubmed.InputReport;
import org.evidentia.plugins.pubmed.LineInput;
import org.evidentia.plugins.pubmed.ReadLimits;
import org.evidentia.plugins.pubmed.text.NumberedRecords.Block;
import org.evidentia.plugins.pubmed.text.NumberedRecords.Numbered;
import org.evidentia.textmining.text.Pmids;
import org.evidentia.textmining.text.PubmedMarkup;

/**
 * Turns the numbered records of a PubMed "Abstract (text)" export into {@link BibliographicRecord}s.
 *
 * <p>A record's paragraphs come in a fixed order: the citation ({@code "1. Journal. 2016 ...;
 * doi: ..."}), relation blocks ({@code "Comment in"} with indented citations), an optional
 * {@code "[Article in Chinese]"}, the title, the authors, {@code "Author information:"}, the
 * abstract (one or more paragraphs, labelled sections starting lines), copyright lines, keywords,
 * and the footer ({@code DOI:}, {@code PMCID:}, {@code PMID:} lines), sometimes followed by a
 * conflict-of-interest statement. Paragraphs are recognised by their first words; what is left
 * between the title and the footer is the authors (when it reads as an author list) and the abstract.
 */
final class AbstractTextParser {

    /**
     * What may stand between {@code PMID:} and its number: spaces and tabs. The same where a record's
     * identities are counted and where they are read, so that no PMID is read that was not counted
     * (a vertical tab, white space to {@code \s}, once let a second footer's number replace the first's).
     */
    private static final String BLANKS = "[ \\t]*";
    /**
     * A record's identity line: {@code PMID: n} at a line's start, alone or followed by a status in brackets
     * ({@code [Indexed for MEDLINE]}), another identity ({@code PMCID:}) or, glued on, the next record's number. Nothing
     * else may follow: an abstract's wrapped line "PMID: 11111111, found the same." cites another study, and read as an
     * identity it filed the record under the cited PMID and cut off the rest of its abstract (review s22, S9). Every
     * line starting {@code PMID:} in the exports of data/abstract-text has this shape. Group 1 is the PMID; where the next
     * record is glued on, the match ends where it starts.
     */
    private static final Pattern IDENTITY = Pattern.compile("^PMID:" + BLANKS + "(\\d++)(?:" + BLANKS
            + "\\[[^\\]]{0,80}\\])?" + BLANKS + "(?:$|(?<=[ \\t\\]])(?=\\d{1,7}\\. \\S)|(?=(?:PMCID|DOI|NIHMSID):))");
    /** "PMID:" and a number anywhere on a line, as text that is no identity line may hold it. */
    private static final Pattern PMID_IN_TEXT = Pattern.compile("PMID:" + BLANKS + "\\d");
    /** At a footer line's start, or after the PMID on its line. */
    private static final Pattern PMCID = Pattern.compile("(?:^|[ \\t])PMCID:\\s*(PMC\\d+)");
    private static final Pattern OTHER_FOOTER_LINE = Pattern.compile("^(PMCID|DOI|NIHMSID):\\s.*");
    /** "Comment in", "Erratum for", "Update of", "Retraction in", "Summary for patients in", ... */
    private static final Pattern RELATION = Pattern.compile("^[A-Z][a-z]+(?: [a-z]+){0,3} (?:in|of|on|for|from)$");
    /** Paragraphs that start with a label and are not abstract text; the label is the metadata key. */
    private static final List<String> LABELLED = List.of("Author information:", "Collaborators:",
            "Conflict of interest statement:", "Publisher:", "Keywords:", "Investigators:");
    private static final List<String> COPYRIGHT = List.of("copyright", "©", "(c)", "crown copyright", "published by",
            "this article is protected by copyright", "this is an open access article");

    /** A record number glued after a sentence's end: "none.661. Clin ...". */
    private static final Pattern GLUED_NUMBER = Pattern.compile("(?<=[.)\\]] ?)(\\d{1,7})\\. (?=\\S)");
    /**
     * A record's first line: a number, a period and a citation whose year follows a period, semicolon or colon
     * ("1. J Immunol. 2015 Mar 1;...", a book's "...: MDText.com, Inc.; 2000-."). A year anywhere on the line was taken:
     * an abstract's wrapped line "2016. From 2017 on, ..." in record 2015 started a record of its own (review s20, 1).
     */
    private static final Pattern CITATION_START = Pattern.compile("^\\d{1,7}\\. \\S.*[.;:] (?:1[89]|20)\\d\\d\\b.*");

    /** How the Abstract (text) export numbers its records and prints their identities. */
    static final NumberedRecords.Layout LAYOUT = new NumberedRecords.Layout() {
        @Override
        public char mark() {
            return '.';
        }

        @Override
        public int identities(String line) {
            return pmidOf(line) == null ? 0 : 1;
        }

        @Override
        public int nextRecordAt(String line, long nextNumber, boolean recordHasIdentity) {
            if (line.startsWith("PMID:")) {
                Matcher identity = IDENTITY.matcher(line);
                if (identity.find() && identity.end() < line.length() && Character.isDigit(line.charAt(identity.end()))) {
                    return identity.end();
                }
            }
            if (recordHasIdentity) {
                // After the footer only statements follow ("Conflict of interest statement: none.661. Clin ...").
                Matcher number = GLUED_NUMBER.matcher(line);
                while (number.find()) {
                    if (number.start() > 0 && Long.parseLong(number.group(1)) == nextNumber) {
                        return number.start();
                    }
                }
            }
            return -1;
        }

        @Override
        public boolean startsWithoutBlankLine(String line) {
            return CITATION_START.matcher(line).matches();
        }

        @Override
        public boolean startsAfterBlankLine(String line) {
            return CITATION_START.matcher(line).matches(); // a paragraph "2. ..." of record 1's abstract is no citation
        }
    };

    private enum Stage { TITLE, AUTHORS, ABSTRACT, AFTER_FOOTER }

    /** Whether a record is one paragraph of several lines: its citation, title, authors and abstract run together. */
    private static boolean oneParagraph(List<Block> blocks) {
        return blocks.size() == 1 && blocks.get(0).lines().size() >= 4;
    }

    /** An identity line that ends with its number. */
    private static final Pattern BARE_PMID = Pattern.compile("PMID: *\\d+");

    /** A MEDLINE record's first line, met where an Abstract export's record should be. */
    private static final Pattern MEDLINE_PMID = Pattern.compile("^PMID- *\\d+\\s*$");

    private final LineInput lines;
    private final NumberedRecords records;
    private final InputReport report;
    private long recordNumber;
    private long withoutIdentity;
    /**
     * The MEDLINE records, by their {@code PMID- n} lines, of an export joined after a record's footer: in the file's count, so
     * that they show as unaccounted for, where they were in no count (the review of session 28, N3).
     */
    private long joinedMedlineRecords;

    AbstractTextParser(LineInput lines, InputReport report) {
        this.lines = lines;
        this.records = new NumberedRecords(lines, LAYOUT);
        this.report = report;
    }

    /** The next record, or null at the end; records that cannot be read are reported and passed over. */
    BibliographicRecord next() {
        while (true) {
            Numbered numbered = records.next();
            if (numbered == null) {
                if (recordNumber == 0 && !lines.sawContent()) {
                    report.empty("PubMed Abstract (text)");
                } else if (recordNumber == 0) {
                    report.notice(report.file() + " holds no numbered records ('1. Journal. Year ...'): read none");
                }
                report.inputHolds(lines.identities() + withoutIdentity + joinedMedlineRecords);
                return null;
            }
            if (numbered.isPreamble()) {
                preamble(numbered);
                continue;
            }
            recordNumber++;
            BibliographicRecord record = read(numbered);
            if (record != null) {
                return record;
            }
        }
    }

    /**
     * Lines before the first record: ignored with a warning, but a PMID among them is a record whose
     * numbered citation line is missing, and is reported as skipped.
     */
    private void preamble(Numbered preamble) {
        if (preamble.identityLines().isEmpty()) {
            report.warning(report.origin(0, preamble.firstLine()), "ignored " + Counted.count(preamble.lineCount(), "line")
                    + " before the first record, starting '" + shorten(preamble.blocks().get(0).first())
                    + "'; expected a numbered record such as '1. Journal. 2016 ...'");
            return;
        }
        for (int i = 0; i < preamble.identityLines().size(); i++) {
            long line = preamble.identityLines().get(i);
            recordNumber++;
            report.skipped(report.origin(recordNumber, line), "PMID " + pmidAt(preamble, i) + " (line " + line
                    + ") comes before the first numbered record: its record has no numbered citation line"
                    + " ('1. Journal. 2016 ...'), so it is skipped");
        }
    }

    /** One numbered record: read, or skipped with its reason; any further identity in it is skipped. */
    private BibliographicRecord read(Numbered numbered) {
        Origin origin = report.origin(recordNumber, numbered.firstLine());
        List<Long> identities = numbered.identityLines();
        if (identities.isEmpty()) {
            withoutIdentity++;
        }
        if (numbered.cutLine() > 0 || numbered.tooLarge()) {
            report.skipped(origin, "record " + numbered.number() + ": " + InputReport.limitPassed(numbered.cutLine())
                    + "; expected a PubMed export wrapped at 80 columns");
            for (int i = 1; i < identities.size(); i++) {
                recordNumber++;
                report.skipped(report.origin(recordNumber, identities.get(i)), "a further PMID line (" + identities.get(i)
                        + ") inside record " + numbered.number() + ", which passed a limit: skipped with it");
            }
            return null;
        }
        if (identities.size() <= 1) {
            return parse(numbered, numbered.blocks(), origin);
        }
        // Two records run together (the second lost its numbered citation line): the first ends
        // with its footer, and each further PMID is reported rather than mixed into it.
        long firstIdentity = identities.get(0);
        List<Block> head = new ArrayList<>();
        for (Block block : numbered.blocks()) {
            if (block.firstLine() > firstIdentity) {
                break;
            }
            head.add(new Block(block.lines().stream().filter(l -> l.number() <= firstIdentity).toList()));
        }
        String firstPmid = pmidAt(numbered, 0);
        for (int i = 1; i < identities.size(); i++) {
            long line = identities.get(i);
            String pmid = pmidAt(numbered, i);
            recordNumber++;
            report.skipped(report.origin(recordNumber, line), pmid.equals(firstPmid)
                    ? "'PMID: " + pmid + "' is printed again at line " + line + ", after record " + numbered.number()
                            + "'s footer at line " + firstIdentity + ", with no record of its own; the repeat is skipped"
                    : "PMID " + pmid + " (line " + line + ") has no numbered citation line ('n. Journal. Year ...') of its own:"
                            + " it follows the footer of record " + numbered.number() + " (line " + firstIdentity
                            + ") without one, so it is skipped rather than mixed with that record");
        }
        return parse(numbered, head, origin);
    }

    /** The PMID of the record's identity number {@code index} (of {@link Numbered#identityLines()}), or "?". */
    private static String pmidAt(Numbered numbered, int index) {
        long line = numbered.identityLines().get(index);
        for (Block block : numbered.blocks()) {
            for (NumberedRecords.Line l : block.lines()) {
                if (l.number() == line) {
                    String pmid = pmidOf(l.text());
                    return pmid == null ? "?" : pmid;
                }
            }
        }
        return "?";
    }

    /** The PMID of an identity line, or null when the line is none. */
    private static String pmidOf(String line) {
        if (!line.startsWith("PMID:")) {
            return null;
        }
        Matcher identity = IDENTITY.matcher(line);
        if (!identity.find()) {
            return null;
        }
        // without leading zeros, as the XML and CSV sources read a PMID (the review of session 22's sources, S6)
        String digits = Pmids.normalised(identity.group(1));
        return digits != null ? digits : identity.group(1); // "0" and "000" as written: no PMID, not one of two merged
    }

    /**
     * The first line holding "PMID:" and a number that is no identity line ("PMID: n." or a footer run onto the abstract's
     * last line), or 0: the warning of a record without a footer names it (the review of session 23's change, R3).
     */
    private static long lineWithAPmidInText(List<Block> blocks) {
        for (Block block : blocks) {
            for (NumberedRecords.Line line : block.lines()) {
                if (PMID_IN_TEXT.matcher(line.text()).find()) {
                    return line.number();
                }
            }
        }
        return 0;
    }

    private static boolean isFooterLine(String line) {
        return pmidOf(line) != null || OTHER_FOOTER_LINE.matcher(line).matches();
    }

    private BibliographicRecord parse(Numbered numbered, List<Block> blocks, Origin origin) {
        BibliographicRecord.Builder builder = BibliographicRecord.builder().origin(origin);
        String citation = blocks.get(0).joined();
        citation = citation.substring(citation.indexOf(' ') + 1);
        builder.metadata("citation", citation);
        int journalEnd = citation.indexOf(". ");
        if (journalEnd > 0) {
            builder.journal(citation.substring(0, journalEnd));
            builder.year(Identifiers.year(citation.substring(journalEnd)));
        }
        String doi = Identifiers.doi(citation);
        String pmid = null;
        String title = null;
        List<List<String>> abstractParagraphs = new ArrayList<>();
        List<Block> afterFooter = new ArrayList<>();
        Stage stage = Stage.TITLE;
        List<Block> paragraphs = splitFooters(blocks.subList(1, blocks.size()));
        for (int index = 0; index < paragraphs.size(); index++) {
            Block block = paragraphs.get(index);
            String first = block.first().strip();
            if (isFooter(block)) {
                for (String line : block.texts()) {
                    String identity = pmidOf(line);
                    Matcher pmcidMatch = PMCID.matcher(line);
                    if (identity != null) {
                        pmid = identity;
                    } else if (line.startsWith("DOI:")) {
                        doi = Identifiers.cleanDoi(line.substring(4));
                    }
                    if (pmcidMatch.find()) {
                        builder.pmcid(pmcidMatch.group(1));
                    }
                    builder.metadata("footer", line.strip());
                }
                stage = Stage.AFTER_FOOTER;
            } else if (isRelation(block)) {
                for (String line : block.texts().subList(1, block.lines().size())) {
                    builder.metadata(first, line.strip());
                }
            } else if (first.startsWith("[Article in ")) {
                builder.metadata("language", block.joined());
            } else if (labelOf(first) != null) {
                String label = labelOf(first);
                String text = block.joined().substring(label.length()).strip();
                String key = label.substring(0, label.length() - 1);
                builder.metadata(key, text);
                if (key.equals("Keywords")) {
                    for (String keyword : text.split(";\\s*")) {
                        builder.keyword(keyword.endsWith(".") ? keyword.substring(0, keyword.length() - 1) : keyword);
                    }
                }
                if (stage == Stage.AUTHORS) {
                    stage = Stage.ABSTRACT;
                }
            } else if (stage == Stage.AUTHORS && first.equals("[No authors listed]")) {
                builder.metadata("authors", first);
                stage = Stage.ABSTRACT;
            } else if (stage != Stage.TITLE && isCopyright(first)) {
                builder.metadata("copyright", block.joined());
            } else if (stage == Stage.TITLE) {
                title = block.joined();
                stage = Stage.AUTHORS;
            } else if (stage == Stage.AUTHORS) {
                List<String> authors = AuthorList.parse(block.joined());
                if (authors.isEmpty() && precedesAuthorInformation(paragraphs, index)) {
                    // Whatever the names look like, the paragraph before "Author information:" is the authors.
                    authors = AuthorList.split(block.joined());
                }
                if (authors.isEmpty()) {
                    abstractParagraphs.add(block.texts());
                } else {
                    builder.authors(authors);
                }
                stage = Stage.ABSTRACT;
            } else if (stage == Stage.ABSTRACT) {
                abstractParagraphs.add(block.texts());
            } else {
                builder.metadata("note", block.joined());
                afterFooter.add(block);
            }
        }
        if (!afterFooter.isEmpty()) {
            warnOfTextAfterTheFooter(numbered, afterFooter, origin);
        }
        if (pmid != null && numbered.endedByInput() && endsInItsPmid(blocks, lines.unendedLine())) {
            // PubMed ends an export with blank lines: a download cut inside the last PMID gave a shorter number, another
            // record's, without a word (the review of session 24, I26)
            report.warning(origin, "the file ends inside record " + numbered.number() + "'s 'PMID: " + pmid + "' line, with no"
                    + " line end after it: " + InputReport.LOOKS_TRUNCATED + "; if it was cut short, PMID " + pmid + " may be the start"
                    + " of a longer one and names another record: check it before citing the record");
        }
        if (pmid == null) {
            // A 'PMID: n' line run into another paragraph is still the record's identity.
            for (Block block : blocks) {
                for (NumberedRecords.Line line : block.lines()) {
                    String identity = pmidOf(line.text());
                    if (pmid == null && identity != null) {
                        pmid = identity;
                        report.warning(origin, oneParagraph(blocks)
                                // an export whose blank lines were removed: every record was kept without its title and
                                // abstract, 0 findings, and only the footer was warned of (the review of session 24, I2)
                                ? "record " + numbered.number() + " is one paragraph of " + blocks.get(0).lines().size()
                                        + " lines: without blank lines between its citation, title, authors and abstract they"
                                        + " cannot be told apart, so it is kept without a title or abstract (its PMID " + pmid
                                        + " read from line " + line.number() + "); expected paragraphs separated by blank lines,"
                                        + " as PubMed exports them"
                                : "PMID " + pmid + " (line " + line.number() + ") is not in a footer of its own"
                                        + " (a 'PMID: n' line after a blank line); read as record " + numbered.number() + "'s PMID");
                    }
                }
            }
        }
        if (title == null && pmid == null) {
            report.skipped(origin, "numbered record " + numbered.number() + " has neither a title nor a PMID"
                    + "; expected a citation line, a title paragraph and a 'PMID: n' footer");
            return null;
        }
        if (pmid == null) {
            long cited = lineWithAPmidInText(blocks);
            report.warning(origin, "record " + numbered.number() + " has no 'PMID: n' footer"
                    + (cited > 0 ? " (the 'PMID:' at line " + cited + " has text on its line, so it is read as the abstract's, not as"
                            + " the record's identity, which is 'PMID: n' alone or with a status in brackets)" : "")
                    + (numbered.endedByInput() ? ": " + InputReport.LOOKS_TRUNCATED : "")
                    + "; kept without a PMID");
        }
        if (numbered.notUtf8Line() > 0) {
            report.notUtf8(origin, numbered.notUtf8Line());
        }
        builder.sections(AbstractSections.fromLines(abstractParagraphs));
        return builder.pmid(pmid).doi(doi).title(PubmedMarkup.plainText(title)).build();
    }

    /**
     * Whether the input ended inside the record's identity line: that line is the last, no line end followed it, and the
     * number ends it (a status in brackets after it, or spaces on a line of their own after a line end, say it was whole:
     * the review of the change, R7).
     */
    private static boolean endsInItsPmid(List<Block> blocks, long unendedLine) {
        List<NumberedRecords.Line> last = blocks.get(blocks.size() - 1).lines();
        NumberedRecords.Line line = last.get(last.size() - 1);
        return unendedLine > 0 && line.number() == unendedLine && BARE_PMID.matcher(line.text().strip()).matches();
    }

    /**
     * Warns of paragraphs after a record's footer that are none of a footer's kind: a record that lost its numbered line
     * and its PMID, or another export joined on, whose text was kept as a note of the record before without a word (the
     * review of session 24, I16 and I19: a MEDLINE export after an Abstract export lost its 10 records so, even under
     * --strict).
     */
    private void warnOfTextAfterTheFooter(Numbered numbered, List<Block> paragraphs, Origin origin) {
        long first = paragraphs.get(0).lines().get(0).number();
        List<NumberedRecords.Line> last = paragraphs.get(paragraphs.size() - 1).lines();
        long medlineRecords = paragraphs.stream().flatMap(b -> b.texts().stream()).filter(l -> MEDLINE_PMID.matcher(l).matches()).count();
        String opening = paragraphs.get(0).first().strip();
        joinedMedlineRecords += medlineRecords;
        report.warning(origin, (paragraphs.size() == 1 ? "a paragraph" : paragraphs.size() + " paragraphs") + " after record "
                + numbered.number() + "'s footer (line " + first + (last.get(last.size() - 1).number() > first ? " to "
                + last.get(last.size() - 1).number() : "") + ", starting '" + (opening.length() > 60 ? opening.substring(0, 60) + "..."
                : opening) + "') " + (paragraphs.size() == 1 ? "belongs" : "belong") + " to no record"
                + (medlineRecords > 0 ? " (" + medlineRecords + " MEDLINE record" + (medlineRecords == 1 ? "" : "s") + " by their"
                        + " 'PMID- n' lines, as if a MEDLINE export were joined on, counted as unaccounted for: give each export as a"
                        + " file of its own)"
                        : " (a record that lost its numbered line 'N. Journal. Year ...', or another export joined on)")
                + "; kept as a note of record " + numbered.number() + ", not read for findings");
    }

    /**
     * The blocks with footer lines that follow text without a blank line (seen after abstracts in
     * other scripts) cut into a block of their own.
     */
    private static List<Block> splitFooters(List<Block> blocks) {
        List<Block> split = new ArrayList<>(blocks.size() + 1);
        for (Block block : blocks) {
            List<NumberedRecords.Line> lines = block.lines();
            int footer = lines.size();
            while (footer > 0 && isFooterLine(lines.get(footer - 1).text())) {
                footer--;
            }
            boolean hasPmid = false;
            for (NumberedRecords.Line line : lines.subList(footer, lines.size())) {
                hasPmid |= pmidOf(line.text()) != null;
            }
            if (footer > 0 && footer < lines.size() && hasPmid) {
                split.add(new Block(lines.subList(0, footer)));
                split.add(new Block(lines.subList(footer, lines.size())));
            } else {
                split.add(block);
            }
        }
        return split;
    }

    private static boolean precedesAuthorInformation(List<Block> paragraphs, int index) {
        return index + 1 < paragraphs.size() && paragraphs.get(index + 1).first().startsWith("Author information:");
    }

    private static boolean isFooter(Block block) {
        for (String line : block.texts()) {
            if (!isFooterLine(line)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isRelation(Block block) {
        if (block.lines().size() < 2 || !RELATION.matcher(block.first().strip()).matches()) {
            return false;
        }
        for (String line : block.texts().subList(1, block.lines().size())) {
            if (!line.startsWith(" ")) {
                return false;
            }
        }
        return true;
    }

    private static String labelOf(String first) {
        for (String label : LABELLED) {
            if (first.startsWith(label)) {
                return label;
            }
        }
        return null;
    }

    private static boolean isCopyright(String first) {
        String lower = first.toLowerCase(Locale.ROOT);
        for (String start : COPYRIGHT) {
            if (lower.startsWith(start)) {
                return true;
            }
        }
        return false;
    }

    private static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "..." : text;
    }
}
