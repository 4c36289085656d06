package org.evidentia.plugins.pubmed.medline;

import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.InputProbe;
import org.evidentia.plugins.pubmed.InputReport;
import org.evidentia.plugins.pubmed.LineInput;
import org.evidentia.plugins.pubmed.LineRecordSource;
import org.pf4j.Extension;

/** MEDLINE / .nbib ("PubMed format") exports: tag-value lines, records separated by blank lines. */
@Extension
public final class MedlineSource extends LineRecordSource {

    static final String NAME = "medline";

    public MedlineSource() {
        super(NAME, "PubMed MEDLINE / .nbib exports (PMID- TI  - AB  - ... tag lines), every tag kept");
    }

    @Override
    public int accepts(InputProbe probe) {
        return MedlineDetector.score(probe.fileName(), probe.headText());
    }

    @Override
    protected ToIntFunction<String> identities() {
        return line -> (line.startsWith("PMID") ? MedlineParser.isIdentityLine(MedlineParser.padded(line))
                : MedlineParser.gluedRecordStart(line) > 0) ? 1 : 0;
    }

    @Override
    protected Supplier<BibliographicRecord> parser(LineInput lines, InputReport report) {
        return new MedlineParser(lines, report)::next;
    }
}
