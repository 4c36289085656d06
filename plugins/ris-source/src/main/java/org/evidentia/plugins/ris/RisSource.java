package org.evidentia.plugins.ris;

import java.io.IOException;
import java.util.stream.Stream;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.BoundedLines;
import org.evidentia.api.InputProbe;
import org.evidentia.api.RecordStreams;
import org.evidentia.api.Source;
import org.evidentia.api.SourceContext;
import org.evidentia.api.SourceInput;
import org.pf4j.Extension;

/**
 * RIS, the tagged format in which reference managers and screening tools (EndNote, Zotero,
 * Mendeley, Covidence, Rayyan) and databases (Scopus, Ovid, Web of Science) export references.
 * Read line by line, one record at a time; see docs/formats-ris.md for the field mapping.
 */
@Extension
public final class RisSource implements Source {

    static final String NAME = "ris";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "RIS exports of reference managers and screening tools (TY  - ... ER  - records; .ris, .txt)";
    }

    @Override
    public int accepts(InputProbe probe) {
        return RisDetector.score(probe.fileName(), probe.headText());
    }

    @Override
    public Stream<BibliographicRecord> read(SourceInput input, SourceContext context) throws IOException {
        BoundedLines lines = new BoundedLines(input.openReader(), RisRecords.MAX_LINE, false); // trailing tabs mean nothing in RIS
        RisRecords records = new RisRecords(lines, context, NAME, input.displayName());
        return RecordStreams.of(records::next, records);
    }
}
