package org.evidentia.plugins.bioc;

import java.io.IOException;
import java.util.stream.Stream;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.InputProbe;
import org.evidentia.api.RecordStreams;
import org.evidentia.api.Source;
import org.evidentia.api.SourceContext;
import org.evidentia.api.SourceInput;
import org.pf4j.Extension;

/** BioC JSON: collections, PubTator3 exports and documents one per line, one document per record. */
@Extension
public final class BiocJsonSource implements Source {

    static final String NAME = "bioc-json";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "BioC JSON (PubTator3, PubTator Central biocjson, BioC-PMC): titles and abstracts of each document";
    }

    @Override
    public int accepts(InputProbe probe) {
        String head = probe.headText().stripLeading();
        if (!head.startsWith("{") && !head.startsWith("[")) {
            return REJECT;
        }
        boolean passages = head.contains("\"passages\"");
        if (head.contains("\"PubTator3\"") || (head.contains("\"documents\"") && passages)) {
            return 95;
        }
        if (passages && head.contains("\"infons\"")) {
            return 90; // a document, or documents one per line
        }
        return head.contains("\"documents\"") && probe.fileName().endsWith(".json") ? 60 : REJECT;
    }

    @Override
    public Stream<BibliographicRecord> read(SourceInput input, SourceContext context) throws IOException {
        BiocJsonDocuments documents = new BiocJsonDocuments(input, context, NAME);
        return RecordStreams.of(documents::next, documents);
    }
}
