package org.evidentia.plugins.pubmed.text;

import java.io.IOException;
import java.util.stream.Stream;
import org.evidentia.api.InputProbe;
import org.evidentia.api.Record;
import org.evidentia.api.Source;
import org.evidentia.api.SourceContext;
import org.evidentia.api.SourceInput;
import org.evidentia.plugins.pubmed.InputReport;
import org.evidentia.plugins.pubmed.LineInput;
import org.evidentia.api.RecordStreams;
import org.pf4j.Extension;

/** PubMed "Summary (text)" exports: one citation paragraph per record and no abstracts (a notice says so). */
@Extension
public final class SummaryTextSource implements Source {

    static final String NAME = "pubmed-summary-text";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "PubMed 'Summary (text)' exports (\"1: Authors. Title. Journal... PMID: n.\"): citations only, no abstracts";
    }

    @Override
    public int accepts(InputProbe probe) {
        return TextExportDetector.summaryText(probe.headText());
    }

    @Override
    public Stream<Record> read(SourceInput input, SourceContext context) throws IOException {
        LineInput lines = new LineInput(input.openStream());
        SummaryTextParser parser = new SummaryTextParser(lines, new InputReport(NAME, input.displayName(), context));
        return RecordStreams.of(parser::next, lines);
    }
}
