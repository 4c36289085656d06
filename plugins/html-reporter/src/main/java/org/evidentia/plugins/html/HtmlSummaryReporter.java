package org.evidentia.plugins.html;

import java.io.IOException;
import java.nio.file.Path;
import org.evidentia.api.Evidence;
import org.evidentia.api.ReportContext;
import org.evidentia.api.Reporter;
import org.pf4j.Extension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes {@code report.html}: one self-contained page with the run's flow diagram, the synthesis,
 * an effect direction plot, an evidence matrix, the filterable findings table, study cards and a
 * methods appendix. The same evidence and options give the same bytes.
 */
@Extension
public final class HtmlSummaryReporter implements Reporter {

    static final String FILE_NAME = "report.html";

    private static final Logger LOG = LoggerFactory.getLogger(HtmlSummaryReporter.class);

    private final ReportRenderer renderer = new ReportRenderer();

    @Override
    public String name() {
        return "html-summary";
    }

    @Override
    public String description() {
        return "report.html: a self-contained summary (flow diagram, synthesis, effect direction plot, findings, studies, methods)";
    }

    @Override
    public Class<HtmlSummaryOptions> optionsType() {
        return HtmlSummaryOptions.class;
    }

    @Override
    public void report(Evidence evidence, ReportContext context) throws IOException {
        ReportView view = ReportViewBuilder.build(evidence, context.options(HtmlSummaryOptions.class));
        Path written = context.output().writeText(FILE_NAME, out -> renderer.render(view, out));
        LOG.debug("wrote {} with {} findings and {} studies", written, view.findings().size(), view.studies().size());
    }
}
