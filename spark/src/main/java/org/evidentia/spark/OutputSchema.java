package org.evidentia.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.EvidenceSpan;
import org.evidentia.api.Finding;
import org.evidentia.api.RecordFindings;
import org.evidentia.runtime.store.RecordJson;

/**
 * The rows a task gives back: one per kept record (with its findings nested), then one for the input
 * itself ({@code row_type} {@code file}, its summary as JSON in {@code file}). The records and the
 * findings datasets written are made from these; docs/scale.md lists their columns.
 */
final class OutputSchema {

    static final String RECORD = "record";
    static final String FILE = "file";

    static final StructType FINDING = createStructType(List.of(
            createStructField("ordinal", IntegerType, false),
            createStructField("kind", StringType, false),
            createStructField("subject", StringType, false),
            createStructField("subject_label", StringType, false),
            createStructField("subject_text", StringType, false),
            createStructField("direction", StringType, false),
            createStructField("attributes", StringType, false),
            createStructField("field", StringType, false),
            createStructField("section", StringType, true),
            createStructField("sentence", StringType, false),
            createStructField("sentence_start", IntegerType, false),
            createStructField("sentence_end", IntegerType, false),
            createStructField("mention_start", IntegerType, false),
            createStructField("mention_end", IntegerType, false),
            createStructField("extractor", StringType, true),
            createStructField("extractor_version", StringType, true)));

    static final StructType ROW = createStructType(List.of(
            createStructField("row_type", StringType, false),
            createStructField("input_file", StringType, false),
            createStructField("input_index", IntegerType, false),
            createStructField("position", LongType, false),
            createStructField("record_id", StringType, true),
            createStructField("pmid", StringType, true),
            createStructField("version", IntegerType, true),
            createStructField("doi", StringType, true),
            createStructField("title", StringType, true),
            createStructField("journal", StringType, true),
            createStructField("year", IntegerType, true),
            createStructField("design", StringType, true),
            createStructField("retracted", BooleanType, true),
            createStructField("design_basis", StringType, true),
            createStructField("record", StringType, true),
            createStructField("findings", createArrayType(FINDING, false), false),
            createStructField("file", StringType, true)));

    private OutputSchema() {
    }

    static Row record(String inputFile, int inputIndex, long position, RecordFindings delivered) {
        BibliographicRecord r = delivered.record();
        List<Row> findings = new ArrayList<>(delivered.findings().size());
        int ordinal = 0;
        for (Finding f : delivered.findings()) {
            EvidenceSpan e = f.evidence();
            findings.add(RowFactory.create(ordinal++, f.kind(), f.subject().key(), f.subject().label(), f.subject().text(), f.direction().label(),
                    attributes(f), e.field(), e.section(), e.sentence(), e.sentenceStart(), e.sentenceEnd(), e.mentionStart(), e.mentionEnd(),
                    f.extractor(), f.extractorVersion()));
        }
        return RowFactory.create(RECORD, inputFile, inputIndex, position, r.id(), r.pmid(), r.version(), r.doi(), r.title(), r.journal(), r.year(),
                delivered.design().type().label(), delivered.design().retracted(), delivered.design().basis(), RecordJson.write(r), seq(findings), null);
    }

    static Row file(String inputFile, int inputIndex, String json) {
        return RowFactory.create(FILE, inputFile, inputIndex, 0L, null, null, null, null, null, null, null, null, null, null, null,
                seq(List.of()), json);
    }

    /** An array value as Spark's row encoder takes it: a Scala sequence. */
    private static scala.collection.Seq<Row> seq(List<Row> rows) {
        return scala.jdk.javaapi.CollectionConverters.asScala(rows).toSeq();
    }

    /** The finding's attributes as a JSON object, keys sorted, as the store keeps them. */
    private static String attributes(Finding f) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(f.attributes()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("attributes of a finding of " + f.recordId() + " cannot be written as JSON", e);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
}
