package org.evidentia.plugins.pubmed.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Origin;
import org.evidentia.plugins.pubmed.Identifiers;
import org.evidentia.plugins.pubmed.InputReport;
import org.evidentia.plugins.pubmed.LineInput;
import org.evidentia.plugins.pubmed.text.NumberedRecords.Block;
import org.evidentia.plugins.pubmed.text.NumberedRecords.Numbered;
import org.evidentia.textmining.text.PubmedMarkup;

/**
 * Turns the records of a PubMed "Summary (text)" export ({@code "1: Authors. Title. Journal. Date;
 * vol:pages. doi: ... PMID: n."}) into {@link BibliographicRecord}s without abstracts. Authors end at the first
 * period (PubMed prints initials without periods); the journal is the phrase before the first
 * {@code ". <year>"} after them; the title is what lies between.
 *
 * <p>{@code PMID: n.} ends every citation, so a numbered record whose text holds two of them holds
 * two citations run together (the second lost its number): it is cut after the first, and the rest
 * is read as a citation of its own, so that no record ever carries another's identity.
 */
final class SummaryTextParser {

    /** The end of a citation: its PMID and the period after it. */
    private static final Pattern CITATION_END = Pattern.compile("(?<![\\p{L}\\p{N}_])PMID:\\s*(\\d*)\\.?");
    private static final Pattern PMCID = Pattern.compile("\\bPMCID:\\s*(PMC\\d+)");
    private static final Pattern JOURNAL_YEAR = Pattern.compile("(?:^|[.?!] )([^.?!]+)\\. ((?:18|19|20)\\d\\d)\\b");
    /** "PMID: n." then, on the same line, the next record's "2: Authors ...". */
    private static final Pattern GLUED_NEXT_RECORD = Pattern.compile("PMID:\\s*\\d+\\.\\s+(\\d{1,7}: \\S)");

    /** How the Summary (text) export numbers its records and prints their identities. */
    static final NumberedRecords.Layout LAYOUT = new NumberedRecords.Layout() {
        @Override
        public char mark() {
            return ':';
        }

        @Override
        public int identities(String line) {
            // The number may wrap onto the next line ("... Epub ahead of print. PMID:").
            int count = 0;
            for (int at = line.indexOf("PMID:"); at >= 0; at = line.indexOf("PMID:", at + 5)) {
                char before = at == 0 ? ' ' : line.charAt(at - 1);
                if (!Character.isLetterOrDigit(before) && before != '_') {
                    count++;
                }
            }
            return count;
        }

        @Override
        public int nextRecordAt(String line, long nextNumber, boolean recordHasIdentity) {
            if (!line.contains("PMID:")) {
                return -1;
            }
            Matcher glued = GLUED_NEXT_RECORD.matcher(line);
            return glued.find() ? glued.start(1) : -1;
        }

        @Override
        public boolean startsWithoutBlankLine(String line) {
            return false; // wrapped citations may start a line with "12: " (a page range); only a blank line or a PMID before tells
        }

        @Override
        public boolean startsAfterBlankLine(String line) {
            return true; // a summary has no abstract paragraphs: a numbered line after a blank line is the next record
        }
    };

    private final LineInput lines;
    private final NumberedRecords records;
    private final InputReport report;
    private final Deque<BibliographicRecord> ready = new ArrayDeque<>();
    private long recordNumber;
    private long withoutIdentity;

    SummaryTextParser(LineInput lines, InputReport report) {
        this.lines = lines;
        this.records = new NumberedRecords(lines, LAYOUT);
        this.report = report;
    }

    /** The next record, or null at the end; records that cannot be read are reported and passed over. */
    BibliographicRecord next() {
        while (ready.isEmpty()) {
            Numbered numbered = records.next();
            if (numbered == null) {
                if (recordNumber == 0) {
                    if (lines.sawContent()) {
                        report.notice(report.file() + " holds no numbered records ('1: Authors. Title. ...'): read none");
                    } else {
                        report.empty("PubMed Summary (text)");
                    }
                }
                report.inputHolds(lines.identities() + withoutIdentity);
                return null;
            }
            if (numbered.isPreamble() && numbered.identityLines().isEmpty()) {
                report.warning(report.origin(0, numbered.firstLine()), "ignored " + Counted.count(numbered.lineCount(), "line")
                        + " before the first record; expected a numbered record such as '1: Authors. Title. ...'");
                continue;
            }
            if (recordNumber == 0) {
                report.notice(report.file() + " is a PubMed Summary (text) export: it carries no abstracts,"
                        + " so findings can come only from titles");
            }
            read(numbered);
        }
        return ready.poll();
    }

    /** Reads one numbered record (or a preamble holding PMIDs) into as many citations as it holds. */
    private void read(Numbered numbered) {
        List<Long> identities = numbered.identityLines();
        if (identities.isEmpty()) {
            withoutIdentity++;
        }
        if (numbered.cutLine() > 0 || numbered.tooLarge()) {
            recordNumber++;
            report.skipped(report.origin(recordNumber, numbered.firstLine()), "record " + numbered.number() + ": "
                    + InputReport.limitPassed(numbered.cutLine()) + "; expected a PubMed export wrapped at 80 columns");
            for (int i = 1; i < identities.size(); i++) {
                recordNumber++;
                report.skipped(report.origin(recordNumber, identities.get(i)), "a further PMID (line " + identities.get(i)
                        + ") inside record " + numbered.number() + ", which passed a limit: skipped with it");
            }
            return;
        }
        StringBuilder joined = new StringBuilder();
        for (Block block : numbered.blocks()) {
            joined.append(joined.length() > 0 ? " " : "").append(block.joined());
        }
        String text = numbered.isPreamble() ? joined.toString() : joined.substring(joined.indexOf(" ") + 1);
        // Each citation ends with its 'PMID: n.'; cut after each but the last, and give each its own.
        List<String> citations = new ArrayList<>();
        List<String> pmids = new ArrayList<>();
        Matcher end = CITATION_END.matcher(text);
        int start = 0;
        String lastPmid = null;
        while (end.find()) {
            lastPmid = end.group(1).isEmpty() ? null : end.group(1);
            if (citations.size() + 1 < identities.size()) {
                citations.add(text.substring(start, end.end()).strip());
                pmids.add(lastPmid);
                start = end.end();
                lastPmid = null;
            }
        }
        citations.add(text.substring(start).strip());
        pmids.add(lastPmid);
        for (int i = 0; i < citations.size(); i++) {
            recordNumber++;
            long line = i == 0 ? numbered.firstLine() : identities.get(i);
            BibliographicRecord record = parse(numbered, citations.get(i), pmids.get(i), report.origin(recordNumber, line), i > 0);
            if (record != null) {
                ready.add(record);
            }
        }
    }

    private BibliographicRecord parse(Numbered numbered, String text, String pmid, Origin origin, boolean runOn) {
        BibliographicRecord.Builder builder = BibliographicRecord.builder().origin(origin).metadata("citation", text).pmid(pmid);
        Matcher pmcid = PMCID.matcher(text);
        if (pmcid.find()) {
            builder.pmcid(pmcid.group(1));
        }
        builder.doi(Identifiers.doi(text));
        int authorsEnd = text.indexOf(". ");
        String title = null;
        if (authorsEnd > 0) {
            List<String> authors = AuthorList.parse(text.substring(0, authorsEnd));
            int titleStart = authors.isEmpty() ? 0 : authorsEnd + 2;
            builder.authors(authors);
            Matcher journal = JOURNAL_YEAR.matcher(text);
            if (journal.find(titleStart)) {
                int end = journal.start(1);
                title = text.substring(titleStart, end).strip();
                title = title.isEmpty() ? null : title; // a journal right after the authors: no title
                builder.journal(journal.group(1).strip()).year(Integer.valueOf(journal.group(2)));
            }
        }
        String which = numbered.isPreamble() ? "the text before the first numbered record"
                : runOn ? "the citation run on after record " + numbered.number() + "'s PMID"
                : "numbered record " + numbered.number();
        if (title == null && builder.pmid() == null) {
            report.skipped(origin, which + " has neither a title nor a PMID"
                    + "; expected 'n: Authors. Title. Journal. Year...; PMID: n.'");
            return null;
        }
        if (numbered.isPreamble() || runOn) {
            report.warning(origin, which + " has no record number of its own ('n: Authors. ...'); read as a citation of its own");
        }
        if (builder.pmid() == null) {
            report.warning(origin, "record " + numbered.number() + " has no 'PMID: n.'"
                    + (numbered.endedByInput() ? ": " + InputReport.LOOKS_TRUNCATED : "") + "; kept without a PMID");
        }
        if (numbered.notUtf8Line() > 0) {
            report.notUtf8(origin, numbered.notUtf8Line());
        }
        return builder.title(PubmedMarkup.plainText(title)).build();
    }
}
