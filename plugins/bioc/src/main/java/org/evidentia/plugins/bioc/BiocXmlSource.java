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

/** BioC XML: a {@code <collection>} of {@code <document>}s (PubTator, BioC-PMC, corpora), one document per record. */
@Extension
public final class BiocXmlSource implements Source {

    static final String NAME = "bioc-xml";

    private final SafeXmlFactory factory = new SafeXmlFactory();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "BioC XML collections (PubTator, BioC-PMC, text-mining corpora): titles and abstracts of each document";
    }

    @Override
    public int accepts(InputProbe probe) {
        String head = probe.headText().stripLeading();
        if (!head.startsWith("<")) {
            return REJECT;
        }
        boolean collection = head.contains("<collection>") || head.contains("<collection ");
        if (collection && (head.contains("<document>") || head.contains("<document ") || head.contains("BioC.dtd"))) {
            return 100;
        }
        String name = probe.fileName();
        return collection && (name.endsWith(".xml") || name.endsWith(".bioc")) ? 80 : REJECT;
    }

    @Override
    public Stream<BibliographicRecord> read(SourceInput input, SourceContext context) throws IOException {
        BiocXmlDocuments documents = new BiocXmlDocuments(new XmlDocumentSplitter(input.openReader()), factory, context,
                NAME, input.displayName());
        return RecordStreams.of(documents::next, documents);
    }
}
