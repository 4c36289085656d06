package org.evidentia.plugins.table;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.EvidenceSpan;
import org.evidentia.api.ExtensionContext;
import org.evidentia.api.Finding;
import org.evidentia.api.FindingKind;
import org.evidentia.api.RecordFindings;
import org.evidentia.api.ReportContext;
import org.evidentia.api.ReportWriter;
import org.evidentia.api.Reporter;
import org.evidentia.api.RunSummary;
import org.evidentia.api.Synthesis;
import org.pf4j.Extension;

/**
 * Writes {@code findings.jsonl}: one JSON object per finding, one per line, in the run's
 * deterministic order, written as records arrive. This is the contract other tools and the
 * evaluation read (format version {@value #VERSION}, see docs/reports.md): keys always present and
 * always in this order, absent values as {@code null}; {@code attributes} holds every attribute
 * the finding's kind declares, in declaration order.
 */
@Extension
public final class FindingsJsonlReporter implements Reporter {

    static final String FILE_NAME = "findings.jsonl";
    /** The version of the line format; raised when a key changes meaning or goes away. */
    static final int VERSION = 3;

    private final JsonFactory json = JsonFactory.builder().build();

    @Override
    public String name() {
        return "findings-jsonl";
    }

    @Override
    public String description() {
        return "findings.jsonl: one JSON object per finding (record ids, kind, subject, direction, attributes, design, evidence span)";
    }

    /** It reads records' fields, never their metadata, so sources may leave that out. */
    @Override
    public boolean readsMetadata(ExtensionContext context) {
        return false;
    }

    @Override
    public ReportWriter start(ReportContext context) throws IOException {
        Map<String, FindingKind> kinds = new HashMap<>();
        context.findingKinds().forEach(k -> kinds.putIfAbsent(k.name(), k));
        JsonGenerator out = json.createGenerator(context.output().create(FILE_NAME));
        out.setRootValueSeparator(null);
        return new ReportWriter() {
            @Override
            public void record(RecordFindings record) throws IOException {
                List<String> ids = FindingIds.of(record);
                for (int i = 0; i < ids.size(); i++) {
                    Finding finding = record.findings().get(i);
                    write(out, record, finding, ids.get(i), kinds.get(finding.kind()));
                    out.writeRaw('\n');
                }
            }

            @Override
            public void finish(RunSummary summary, Synthesis synthesis) throws IOException {
                out.flush();
            }

            @Override
            public void close() throws IOException {
                out.close();
            }
        };
    }

    private static void write(JsonGenerator out, RecordFindings delivered, Finding finding, String id, FindingKind kind) throws IOException {
        BibliographicRecord record = delivered.record();
        EvidenceSpan evidence = finding.evidence();
        out.writeStartObject();
        out.writeNumberField("version", VERSION);
        out.writeStringField("pmid", record.pmid());
        out.writeStringField("doi", record.doi());
        out.writeStringField("record_id", finding.recordId());
        out.writeStringField("finding_id", id);
        out.writeStringField("kind", finding.kind());
        out.writeStringField("subject", finding.subject().key());
        out.writeStringField("subject_label", finding.subject().label());
        // the key the synthesis counts it under (IL23 for IL23A): synthesis.csv is recomputed from these lines alone
        out.writeStringField("synthesis_key", kind == null ? finding.subject().key() : kind.canonicalKey(finding.subject().key()));
        out.writeStringField("direction", finding.direction().label());
        out.writeObjectFieldStart("attributes");
        List<String> names = kind == null ? List.copyOf(finding.attributes().keySet())
                : kind.attributes().stream().map(FindingKind.Attribute::name).toList();
        for (String name : names) {
            out.writeStringField(name, finding.attribute(name));
        }
        out.writeEndObject();
        out.writeStringField("design", delivered.design().type().label());
        out.writeBooleanField("retracted", delivered.design().retracted());
        out.writeStringField("sentence", evidence.sentence());
        out.writeObjectFieldStart("span");
        out.writeStringField("field", evidence.field());
        out.writeNumberField("start", evidence.sentenceStart());
        out.writeNumberField("end", evidence.sentenceEnd());
        out.writeEndObject();
        out.writeObjectFieldStart("mention");
        out.writeNumberField("start", evidence.mentionStart());
        out.writeNumberField("end", evidence.mentionEnd());
        out.writeStringField("text", finding.subject().text());
        out.writeEndObject();
        out.writeStringField("section", evidence.section());
        out.writeStringField("extractor", finding.extractor());
        out.writeStringField("extractor_version", finding.extractorVersion());
        out.writeEndObject();
    }
}
