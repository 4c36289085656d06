package org.evidentia.plugins.pubmed.text;

import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.InputProbe;
import org.evidentia.plugins.pubmed.InputReport;
import org.evidentia.plugins.pubmed.LineInput;
import org.evidentia.plugins.pubmed.LineRecordSource;
import org.pf4j.Extension;

/** PubMed "Abstract (text)" exports: numbered records with title, authors, abstract and footer. */
@Extension
public final class AbstractTextSource extends LineRecordSource {

    static final String NAME = "pubmed-abstract-text";

    public AbstractTextSource() {
        super(NAME, "PubMed 'Abstract (text)' exports: numbered records (\"1. Journal. 2016 ...\") with PMID/DOI footers");
    }

    @Override
    public int accepts(InputProbe probe) {
        return TextExportDetector.abstractText(probe.headText());
    }

    @Override
    protected ToIntFunction<String> identities() {
        return AbstractTextParser.LAYOUT::identities;
    }

    @Override
    protected Supplier<BibliographicRecord> parser(LineInput lines, InputReport report) {
        return new AbstractTextParser(lines, report)::next;
    }
}
