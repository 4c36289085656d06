package org.evidentia.plugins.bioc.report;

import java.io.IOException;
import org.evidentia.api.ExtensionContext;
import org.evidentia.api.ReportContext;
import org.evidentia.api.ReportWriter;
import org.evidentia.api.Reporter;
import org.pf4j.Extension;

/**
 * Writes the run's findings as a BioC collection ({@code findings.bioc.xml}, and
 * {@code findings.bioc.json} by option) that NCBI's text-mining tools open: one document per kept
 * record with findings (or every kept record), its title and abstract sections as passages, each
 * finding's subject mention and evidence sentence as annotations with their document offsets, and
 * each finding as a relation carrying its direction and attributes. The {@code bioc-xml} and
 * {@code bioc-json} sources read the file back into the same records. See docs/formats-bioc.md.
 */
@Extension
public final class BiocReporter implements Reporter {

    @Override
    public String name() {
        return "bioc";
    }

    @Override
    public String description() {
        return "findings.bioc.xml (and .json): records as BioC documents, findings as annotations and relations with their offsets";
    }

    /**
     * It reads records' fields, and of their metadata only the links that decide a design ("Comment on", "Retraction in",
     * MEDLINE's RIN, PubMed XML's CommentsCorrections of RefType RetractionIn), which the bundled sources always keep; so
     * sources may leave the rest out.
     */
    @Override
    public boolean readsMetadata(ExtensionContext context) {
        return false;
    }

    @Override
    public Class<BiocOptions> optionsType() {
        return BiocOptions.class;
    }

    @Override
    public ReportWriter start(ReportContext context) throws IOException {
        return new BiocReportWriter(context);
    }
}
