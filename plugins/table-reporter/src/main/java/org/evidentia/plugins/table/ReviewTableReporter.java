package org.evidentia.plugins.table;

import java.io.IOException;
import org.evidentia.api.ExtensionContext;
import org.evidentia.api.ReportContext;
import org.evidentia.api.ReportWriter;
import org.evidentia.api.Reporter;
import org.pf4j.Extension;

/**
 * Writes the review table (one row per finding), the studies table (one row per kept record), the
 * synthesis table (one row per subject and stratum with votes) and the votes table (one row per
 * study's vote) in each configured format: {@code review-table.csv|tsv|md}, {@code studies.csv|tsv|md},
 * {@code synthesis.csv|tsv|md} and {@code votes.csv|tsv|md}, or one workbook; see {@link ReviewTableWriter}.
 */
@Extension
public final class ReviewTableReporter implements Reporter {

    @Override
    public String name() {
        return "review-table";
    }

    @Override
    public String description() {
        return "Review table (one row per finding), studies, synthesis and votes tables as CSV, TSV, Markdown or an Excel workbook, spreadsheet-safe";
    }

    /** It reads records' fields, never their metadata, so sources may leave that out. */
    @Override
    public boolean readsMetadata(ExtensionContext context) {
        return false;
    }

    @Override
    public Class<ReviewTableOptions> optionsType() {
        return ReviewTableOptions.class;
    }

    @Override
    public ReportWriter start(ReportContext context) throws IOException {
        return new ReviewTableWriter(context);
    }
}
