package org.evidentia.runtime.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.evidentia.api.RunSummary.Duplicate;
import org.evidentia.api.RunSummary.Problem;
import org.evidentia.runtime.engine.RunRecorder;

/**
 * The folder a distributed run (the {@code evidentia-spark} job) writes, which a store imports
 * ({@link SparkOutputImport}); docs/scale.md shows it:
 *
 * <pre>
 * OUT/job.json                          the run: Evidentia version, run date, plugins, options, finding kinds (each with its
 *                                       extractor), what carried the rules by SHA-256 (fingerprints), inputs
 * OUT/files.jsonl                       one line per input, in input order: its summary, deletions, problems, notices
 * OUT/records/json/input_file=NAME/     one JSON line per kept record: position, ids, design, the record, its findings
 * OUT/records/parquet/input_file=NAME/  the same as Parquet
 * OUT/findings/json/input_file=NAME/    one JSON line per finding, flat, with its record's ids and position
 * OUT/findings/parquet/input_file=NAME/ the same as Parquet
 * </pre>
 *
 * {@code NAME} is the input's file name; the inputs of one job have distinct names.
 */
public final class SparkOutputLayout {

    public static final String JOB = "job.json";
    public static final String FILES = "files.jsonl";
    public static final String RECORDS_JSON = "records/json";
    public static final String RECORDS_PARQUET = "records/parquet";
    public static final String FINDINGS_JSON = "findings/json";
    public static final String FINDINGS_PARQUET = "findings/parquet";
    /** The partition column: the input's file name. */
    public static final String INPUT_FILE = "input_file";

    private SparkOutputLayout() {
    }

    /** The text of {@code job.json}: what the run was, known before it read, and the plugins' problems. */
    public static String jobJson(RunRecorder.RunStart run, List<Problem> pluginProblems, int inputs) {
        ObjectNode job = MAPPER.createObjectNode();
        job.put("evidentia_version", run.evidentiaVersion());
        job.put("run_date", run.runDate().toString());
        job.put("plugins", StoreJson.plugins(run.plugins()));
        job.put("options", StoreJson.options(run.options()));
        job.put("kinds", StoreJson.kinds(run.kinds(), run.extractors()));
        job.put("fingerprints", StoreJson.fingerprints(run.fingerprints(), run.optionFiles()));
        job.put("problems", StoreJson.problems(pluginProblems));
        job.put("inputs", inputs);
        return job.toPrettyString() + "\n";
    }

    /**
     * One line of {@code files.jsonl}: an input as it ended.
     *
     * @param path       the input as the job was given it
     * @param duplicates copies merged in this input (by DOI or title under another id)
     */
    public static String fileJson(RunRecorder.InputEnd input, String path, List<Duplicate> duplicates) {
        ObjectNode file = MAPPER.createObjectNode();
        file.put("index", input.index());
        file.put("path", path);
        file.put("name", fileName(path));
        file.put("sha256", input.summary().sha256());
        file.put("source", input.summary().source());
        file.put("records", input.summary().records());
        file.put("skipped", input.summary().skipped());
        file.put("unaccounted", input.unaccounted());
        file.put("merged", input.merged());
        input.mergedIds().forEach(file.putArray("merged_ids")::add); // held by the input, as a local store keeps them
        file.put("kept", input.kept());
        file.put("read_to_end", input.readToEnd());
        file.put("deletions", StoreJson.deletions(input.deleted()));
        file.put("problems", StoreJson.problems(input.problems()));
        file.put("notices", StoreJson.strings(input.notices()));
        ArrayNode merged = file.putArray("duplicates");
        for (Duplicate d : duplicates) {
            merged.addObject().put("record_id", d.recordId()).put("origins", StoreJson.origins(d.origins()));
        }
        return file.toString();
    }

    /** The last part of a path or URI: the partition name of its input. */
    public static String fileName(String path) {
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
}
