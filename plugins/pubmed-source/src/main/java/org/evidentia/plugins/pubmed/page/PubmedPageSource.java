package org.evidentia.plugins.pubmed.page;

import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.InputProbe;
import org.evidentia.plugins.pubmed.InputReport;
import org.evidentia.plugins.pubmed.LineInput;
import org.evidentia.plugins.pubmed.LineRecordSource;
import org.pf4j.Extension;

/** Pages copied from a browser from PubMed and abstract sites (QxMD Read, ...), one or several per file. */
@Extension
public final class PubmedPageSource extends LineRecordSource {

    static final String NAME = "pubmed-page";

    public PubmedPageSource() {
        super(NAME, "Abstract pages copied from PubMed or other abstract sites (QxMD Read, ...), site boilerplate ignored");
    }

    @Override
    public int accepts(InputProbe probe) {
        return PageDetector.score(probe.fileName(), probe.headText());
    }

    @Override
    protected ToIntFunction<String> identities() {
        return line -> 0; // pages share no identity line; the parser counts the pages it cut
    }

    @Override
    protected Supplier<BibliographicRecord> parser(LineInput lines, InputReport report) {
        return new PageParser(lines, report)::next;
    }
}
