package org.evidentia.plugins.pubmed.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Origin;
import org.evidentia.plugins.pubmed.Identifiers;
import org.evidentia.plugins.pubmed.InputReport;
import org.evidentia.plugins.pubmed.LineInput;
import org.evidentia.plugins.pubmed.text.NumberedRecords.Block;
import org.evidentia.plugins.pubmed.text.NumberedRecords.Numbered;

/**
 * Turns the records of a PubMed "Summary (text)" export ({@code "1: Authors. Title. Journal. Date;
 * vol:pages. doi: ... PMID: n."}) into {@link BibliographicRecord}s without abstracts. Authors end at the first
 * period (PubMed prints initials without periods); the journal is the phrase before the first
 * {@code ". <year>"} after them; the title is what lies between.
 */
final class SummaryTextParser {

    private static final Pattern PMID = Pattern.compile("\\bPMID:\\s*(\\d+)");
    private static final Pattern PMCID = Pattern.compile("\\bPMCID:\\s*(PMC\\d+)");
    private static final Pattern JOURNAL_YEAR = Pattern.compile("(?:^|[.?!] )([^.?!]+)\\. ((?:18|19|20)\\d\\d)\\b");

    private final LineInput lines;
    private final NumberedRecords records;
    private final InputReport report;
    private long recordNumber;

    SummaryTextParser(LineInput lines, InputReport report) {
        this.lines = lines;
        this.records = new NumberedRecords(lines, ':');
        this.report = report;
    }

    /** The next record, or null at the end; records that cannot be read are reported and passed over. */
    BibliographicRecord next() {
        while (true) {
            Numbered numbered = records.next();
            if (recordNumber == 0 && records.preamble() != null && numbered != null) {
                NumberedRecords.Preamble preamble = records.preamble();
                report.warning(report.origin(0, preamble.firstLine()), "ignored " + preamble.count()
                        + " line(s) before the first record; expected a numbered record such as '1: Authors. Title. ...'");
            }
            if (numbered == null) {
                if (recordNumber == 0) {
                    if (lines.sawContent()) {
                        report.notice(report.file() + " holds no numbered records ('1: Authors. Title. ...'): read none");
                    } else {
                        report.empty("PubMed Summary (text)");
                    }
                }
                return null;
            }
            recordNumber++;
            if (recordNumber == 1) {
                report.notice(report.file() + " is a PubMed Summary (text) export: it carries no abstracts,"
                        + " so no findings can come from it");
            }
            BibliographicRecord record = parse(numbered);
            if (record != null) {
                return record;
            }
        }
    }

    private BibliographicRecord parse(Numbered numbered) {
        Origin origin = report.origin(recordNumber, numbered.firstLine());
        StringBuilder joined = new StringBuilder();
        for (Block block : numbered.blocks()) {
            joined.append(joined.length() > 0 ? " " : "").append(block.joined());
        }
        String text = joined.substring(joined.indexOf(" ") + 1);
        BibliographicRecord.Builder builder = BibliographicRecord.builder().origin(origin).metadata("citation", text);
        Matcher pmid = PMID.matcher(text);
        if (pmid.find()) {
            builder.pmid(pmid.group(1));
        }
        Matcher pmcid = PMCID.matcher(text);
        if (pmcid.find()) {
            builder.pmcid(pmcid.group(1));
        }
        builder.doi(Identifiers.doi(text));
        int authorsEnd = text.indexOf(". ");
        String title = null;
        if (authorsEnd > 0) {
            java.util.List<String> authors = AuthorList.parse(text.substring(0, authorsEnd));
            int titleStart = authors.isEmpty() ? 0 : authorsEnd + 2;
            builder.authors(authors);
            Matcher journal = JOURNAL_YEAR.matcher(text);
            if (journal.find(titleStart)) {
                int end = journal.start(1);
                title = text.substring(titleStart, end).strip();
                builder.journal(journal.group(1).strip()).year(Integer.valueOf(journal.group(2)));
            }
        }
        if (title == null && builder.pmid() == null) {
            report.skipped(origin, "numbered record " + numbered.number() + " has neither a title nor a PMID"
                    + "; expected 'n: Authors. Title. Journal. Year...; PMID: n.'");
            return null;
        }
        if (builder.pmid() == null) {
            report.warning(origin, "record " + numbered.number() + " has no 'PMID: n.'"
                    + (numbered.endedByInput() ? ": the file looks truncated" : "") + "; kept without a PMID");
        }
        if (numbered.notUtf8Line() > 0) {
            report.notUtf8(origin, numbered.notUtf8Line());
        }
        return builder.title(title).build();
    }
}
