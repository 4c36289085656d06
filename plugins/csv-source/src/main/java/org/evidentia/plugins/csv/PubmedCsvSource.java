package org.evidentia.plugins.csv;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.InputProbe;
import org.evidentia.api.Source;
import org.evidentia.api.SourceContext;
import org.evidentia.api.SourceInput;
import org.pf4j.Extension;

/**
 * PubMed's "Save > CSV" export, in its current layout (PMID, Title, Authors, Citation, ...) and
 * its pre-2020 layout (Title, URL, Description, ..., EntrezUID, Properties, with a trailing
 * comma on every row). Exports carry no abstracts, which the run's summary says once per input.
 */
@Extension
public final class PubmedCsvSource implements Source {

    static final String NAME = "pubmed-csv";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "PubMed \"Save > CSV\" exports, current and pre-2020 layouts (no abstracts)";
    }

    @Override
    public int accepts(InputProbe probe) {
        List<String> header = HeaderProbe.firstRow(probe.headText(), ',');
        return header != null && PubmedCsvLayout.of(header) != null ? 100 : REJECT;
    }

    @Override
    public Stream<BibliographicRecord> read(SourceInput input, SourceContext context) throws IOException {
        CsvRows rows = new CsvRows(input, context, NAME, ',');
        PubmedCsvLayout layout = PubmedCsvLayout.of(rows.header().names());
        if (layout == null) {
            rows.close();
            throw new IOException(input.displayName() + ": the header is not a PubMed CSV export's; expected "
                    + String.join(",", PubmedCsvLayout.CURRENT.columns()) + " or (before 2020) "
                    + String.join(",", PubmedCsvLayout.LEGACY.columns()) + ", found " + rows.header());
        }
        // Told at the first row, so it must hold whether or not a fuller copy of every row is read too: the source
        // cannot know which rows the run will merge into an XML or MEDLINE copy of the same PMID. Not for a file of no
        // row, which has no record to give findings (the review of session 33, G4: its only word was this note).
        AtomicBoolean told = new AtomicBoolean();
        return rows.records(row -> {
            if (!told.getAndSet(true)) {
                context.notice(input.displayName() + ": PubMed CSV exports carry no abstracts, so a record read only from this"
                        + " file gives findings from its title alone; name the same search's PubMed XML or MEDLINE export before it"
                        + " to read the abstracts (copies of one PMID are merged, the first read kept)");
            }
            return layout.map(row, context);
        }, layout.trailingComma(), layout.rowStart());
    }
}
