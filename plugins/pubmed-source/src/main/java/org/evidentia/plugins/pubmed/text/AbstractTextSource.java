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

/** PubMed "Abstract (text)" exports: numbered records with title, authors, abstract and footer. */
@Extension
public final class AbstractTextSource implements Source {

    static final String NAME = "pubmed-abstract-text";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "PubMed 'Abstract (text)' exports: numbered records (\"1. Journal. 2016 ...\") with PMID/DOI footers";
    }

    @Override
    public int accepts(InputProbe probe) {
        return TextExportDetector.abstractText(probe.headText());
    }

    @Override
    public Stream<Record> read(SourceInput input, SourceContext context) throws IOException {
        LineInput lines = new LineInput(input.openStream());
        AbstractTextParser parser = new AbstractTextParser(lines, new InputReport(NAME, input.displayName(), context));
        return RecordStreams.of(parser::next, lines);
    }
}
