package org.evidentia.plugins.html;

import java.io.IOException;
import org.evidentia.api.ExtensionContext;
import org.evidentia.api.ReportContext;
import org.evidentia.api.ReportWriter;
import org.evidentia.api.Reporter;
import org.pf4j.Extension;

/**
 * Writes {@code report.html}: one self-contained page with the run's flow diagram, a section per
 * finding kind (its synthesis stratum by stratum, with effect direction plots and evidence
 * matrices, and its filterable findings table), the studies' cards, the reviews and other
 * publications that cast no votes, and a methods appendix. The same run and options give the same
 * bytes. Each run gets its own {@link HtmlReportWriter}.
 */
@Extension
public final class HtmlSummaryReporter implements Reporter {

    static final String FILE_NAME = "report.html";

    private final ReportRenderer renderer = new ReportRenderer();

    @Override
    public String name() {
        return "html-summary";
    }

    @Override
    public String description() {
        return "report.html: a self-contained summary (flow diagram, synthesis by kind and stratum, effect direction plots, "
                + "findings, studies, reviews, methods)";
    }

    /** It reads records' fields, never their metadata, so sources may leave that out. */
    @Override
    public boolean readsMetadata(ExtensionContext context) {
        return false;
    }

    @Override
    public Class<HtmlSummaryOptions> optionsType() {
        return HtmlSummaryOptions.class;
    }

    @Override
    public ReportWriter start(ReportContext context) throws IOException {
        return new HtmlReportWriter(context, renderer);
    }
}
