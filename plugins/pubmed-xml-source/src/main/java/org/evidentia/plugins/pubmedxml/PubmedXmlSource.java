package org.evidentia.plugins.pubmedxml;

import java.io.IOException;
import java.util.stream.Stream;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.InputProbe;
import org.evidentia.api.RecordStreams;
import org.evidentia.api.Source;
import org.evidentia.api.SourceContext;
import org.evidentia.api.SourceInput;
import org.pf4j.Extension;

/**
 * PubMed XML: {@code PubmedArticleSet} (efetch output, baseline and update files, any DTD year)
 * and the older {@code MedlineCitationSet}, plain or gzipped, streamed record by record.
 */
@Extension
public final class PubmedXmlSource implements Source {

    static final String NAME = "pubmed-xml";

    private final SafeXmlFactory factory = new SafeXmlFactory();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "PubMed XML (PubmedArticleSet, MedlineCitationSet; .xml or .xml.gz), streamed with StAX";
    }

    @Override
    public int accepts(InputProbe probe) {
        String head = probe.headText();
        int start = 0;
        while (start < head.length() && Character.isWhitespace(head.charAt(start))) {
            start++;
        }
        if (!head.startsWith("<", start)) {
            return REJECT; // XML begins with a tag, declaration or comment; MEDLINE text never does
        }
        if (head.contains("<PubmedArticleSet") || head.contains("<MedlineCitationSet")) {
            return 100;
        }
        // A single record saved on its own, without the set around it.
        if (probe.fileName().endsWith(".xml") && (head.contains("<PubmedArticle>") || head.contains("<MedlineCitation "))) {
            return 80;
        }
        return REJECT;
    }

    @Override
    public Stream<BibliographicRecord> read(SourceInput input, SourceContext context) throws IOException {
        PubmedXmlRecords records = new PubmedXmlRecords(input, context, NAME, factory);
        return RecordStreams.of(records::next, records);
    }
}
