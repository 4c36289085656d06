package org.evidentia.plugins.bioc.report;

import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evidentia.api.RecordFindings;
import org.evidentia.api.ReportContext;
import org.evidentia.api.ReportWriter;
import org.evidentia.api.RunSummary;
import org.evidentia.api.Synthesis;

/**
 * One run of the {@code bioc} reporter: each chosen record becomes a document as it comes, handed
 * to every format's writer; the collection files are written at the end, dated by the run.
 */
final class BiocReportWriter implements ReportWriter {

    static final String SOURCE = "Evidentia";
    /** The key file BioC's header names; docs/formats-bioc.md describes what it would hold. */
    static final String KEY = "evidentia.key";
    /** BioC dates as PubTator writes them ({@code yyyymmdd}), of the run date in UTC. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final FindingDocuments documents;
    private final boolean everyRecord;
    private final List<CollectionWriter> writers = new ArrayList<>();

    BiocReportWriter(ReportContext context) throws IOException {
        BiocOptions options = context.options(BiocOptions.class);
        documents = new FindingDocuments(context.findingKinds());
        everyRecord = options.documents() == DocumentSelection.ALL;
        try {
            for (BiocFormat format : options.formats()) {
                writers.add(switch (format) {
                    case XML -> new XmlCollectionWriter(context.scratchFolder(), context.output());
                    case JSON -> new JsonCollectionWriter(context.scratchFolder(), context.output());
                });
            }
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    @Override
    public void record(RecordFindings record) throws IOException {
        if (everyRecord || !record.findings().isEmpty()) {
            Bioc.Document document = documents.document(record);
            for (CollectionWriter writer : writers) {
                writer.document(document);
            }
        }
    }

    @Override
    public void finish(RunSummary summary, Synthesis synthesis) throws IOException {
        Map<String, String> infons = new LinkedHashMap<>();
        infons.put("evidentia_version", summary.evidentiaVersion());
        infons.put("offsets", "code points");
        Bioc.Header header = new Bioc.Header(SOURCE, DATE.format(summary.runDate()), KEY, infons);
        for (CollectionWriter writer : writers) {
            writer.finish(header);
        }
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (CollectionWriter writer : writers) {
            try {
                writer.close();
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
