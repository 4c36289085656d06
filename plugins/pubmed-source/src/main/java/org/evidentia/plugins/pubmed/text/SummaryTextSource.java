package org.evidentia.plugins.pubmed.text;

import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.InputProbe;
import org.evidentia.plugins.pubmed.InputReport;
import org.evidentia.plugins.pubmed.LineInput;
import org.evidentia.plugins.pubmed.LineRecordSource;
import org.pf4j.Extension;

/** PubMed "Summary (text)" exports: one citation paragraph per record and no abstracts (a notice says so). */
@Extension
public final class SummaryTextSource extends LineRecordSource {

    static final String NAME = "pubmed-summary-text";

    public SummaryTextSource() {
        super(NAME, "PubMed 'Summary (text)' exports (\"1: Authors. Title. Journal... PMID: n.\"): citations only, no abstracts");
    }

    @Override
    public int accepts(InputProbe probe) {
        return TextExportDetector.summaryText(probe.headText());
    }

    @Override
    protected ToIntFunction<String> identities() {
        return SummaryTextParser.LAYOUT::identities;
    }

    @Override
    protected Supplier<BibliographicRecord> parser(LineInput lines, InputReport report) {
        return new SummaryTextParser(lines, report)::next;
    }
}
