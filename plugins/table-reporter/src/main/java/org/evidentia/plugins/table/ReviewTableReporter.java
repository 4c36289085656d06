package org.evidentia.plugins.table;

import java.io.IOException;
import java.util.List;
import org.evidentia.api.Evidence;
import org.evidentia.api.ReportContext;
import org.evidentia.api.Reporter;
import org.pf4j.Extension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the review table (one row per finding) and the studies table (one row per kept record)
 * in each configured format: {@code review-table.csv|tsv|md} and {@code studies.csv|tsv|md}.
 */
@Extension
public final class ReviewTableReporter implements Reporter {

    private static final Logger LOG = LoggerFactory.getLogger(ReviewTableReporter.class);

    @Override
    public String name() {
        return "review-table";
    }

    @Override
    public String description() {
        return "Review table (one row per finding) and studies table as CSV, TSV or Markdown, spreadsheet-safe";
    }

    @Override
    public Class<ReviewTableOptions> optionsType() {
        return ReviewTableOptions.class;
    }

    @Override
    public void report(Evidence evidence, ReportContext context) throws IOException {
        ReviewTableOptions options = context.options(ReviewTableOptions.class);
        List<Table> tables = ReviewTables.of(evidence);
        for (TableFormat format : options.formats()) {
            for (Table table : tables) {
                String fileName = table.name() + "." + format.fileExtension();
                context.output().writeText(fileName, out -> {
                    switch (format) {
                        case CSV -> new DelimitedTableWriter(',', options.bom(), options.neutraliseFormulas()).write(table, out);
                        case TSV -> new DelimitedTableWriter('\t', options.bom(), options.neutraliseFormulas()).write(table, out);
                        case MARKDOWN -> new MarkdownTableWriter().write(table, out);
                    }
                });
                LOG.debug("wrote {} to {}", table.name(), fileName);
            }
        }
    }
}
