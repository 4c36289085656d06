package org.evidentia.plugins.pubmed.medline;

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

/** MEDLINE / .nbib ("PubMed format") exports: tag-value lines, records separated by blank lines. */
@Extension
public final class MedlineSource implements Source {

    static final String NAME = "medline";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "PubMed MEDLINE / .nbib exports (PMID- TI  - AB  - ... tag lines), every tag kept";
    }

    @Override
    public int accepts(InputProbe probe) {
        return MedlineDetector.score(probe.fileName(), probe.headText());
    }

    @Override
    public Stream<Record> read(SourceInput input, SourceContext context) throws IOException {
        LineInput lines = new LineInput(input.openStream());
        MedlineParser parser = new MedlineParser(lines, new InputReport(NAME, input.displayName(), context));
        return RecordStreams.of(parser::next, lines);
    }
}
