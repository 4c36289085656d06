package org.evidentia.plugins.table;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Evidence;
import org.evidentia.api.EvidenceSpan;
import org.evidentia.api.Finding;
import org.evidentia.api.ReportContext;
import org.evidentia.api.Reporter;
import org.pf4j.Extension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes {@code findings.jsonl}: one JSON object per finding, one per line, in the run's
 * deterministic order. This is the contract other tools and the evaluation read (see
 * docs/reports.md): keys always present and always in this order, absent values as {@code null}.
 */
@Extension
public final class FindingsJsonlReporter implements Reporter {

    static final String FILE_NAME = "findings.jsonl";

    private static final Logger LOG = LoggerFactory.getLogger(FindingsJsonlReporter.class);

    private final JsonFactory json = JsonFactory.builder().build();

    @Override
    public String name() {
        return "findings-jsonl";
    }

    @Override
    public String description() {
        return "findings.jsonl: one JSON object per finding (pmid, doi, cytokine, direction, specimen, evidence span)";
    }

    @Override
    public void report(Evidence evidence, ReportContext context) throws IOException {
        // Only the records that have findings: a run may keep millions of records.
        Set<String> withFindings = new HashSet<>();
        evidence.findings().forEach(f -> withFindings.add(f.recordId()));
        Map<String, Identifiers> identifiers = new HashMap<>();
        try (Stream<BibliographicRecord> records = evidence.records()) {
            records.filter(r -> withFindings.contains(r.id()))
                    .forEach(r -> identifiers.put(r.id(), new Identifiers(r.pmid(), r.doi())));
        }
        Path written = context.output().writeText(FILE_NAME, writer -> write(evidence, identifiers, writer));
        LOG.debug("wrote {} findings to {}", evidence.findings().size(), written);
    }

    private void write(Evidence evidence, Map<String, Identifiers> identifiers, Writer writer) throws IOException {
        JsonGenerator out = json.createGenerator(writer);
        out.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        for (Finding finding : evidence.findings()) {
            writeFinding(out, finding, identifiers.getOrDefault(finding.recordId(), Identifiers.NONE));
            out.writeRaw('\n');
        }
        out.flush();
    }

    private static void writeFinding(JsonGenerator out, Finding finding, Identifiers ids) throws IOException {
        EvidenceSpan evidence = finding.evidence();
        out.writeStartObject();
        out.writeStringField("pmid", ids.pmid());
        out.writeStringField("doi", ids.doi());
        out.writeStringField("record_id", finding.recordId());
        out.writeStringField("cytokine", finding.subject().key());
        out.writeStringField("cytokine_label", finding.subject().label());
        out.writeStringField("direction", finding.direction().label());
        out.writeStringField("specimen", finding.attribute(Finding.SPECIMEN));
        out.writeStringField("context", finding.attribute(Finding.CONTEXT));
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
        out.writeStringField("kind", finding.kind());
        out.writeStringField("extractor", finding.extractor());
        out.writeStringField("extractor_version", finding.extractorVersion());
        out.writeEndObject();
    }

    /** The identifiers of a record that findings name by record id. */
    private record Identifiers(String pmid, String doi) {
        static final Identifiers NONE = new Identifiers(null, null);
    }
}
