package org.evidentia.plugins.pubmed.page;

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

/** Pages copied from a browser from PubMed and abstract sites (QxMD Read, ...), one or several per file. */
@Extension
public final class PubmedPageSource implements Source {

    static final String NAME = "pubmed-page";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Abstract pages copied from PubMed or other abstract sites (QxMD Read, ...), site boilerplate ignored";
    }

    @Override
    public int accepts(InputProbe probe) {
        return PageDetector.score(probe.fileName(), probe.headText());
    }

    @Override
    public Stream<Record> read(SourceInput input, SourceContext context) throws IOException {
        LineInput lines = new LineInput(input.openStream());
        PageParser parser = new PageParser(lines, new InputReport(NAME, input.displayName(), context));
        return RecordStreams.of(parser::next, lines);
    }
}
