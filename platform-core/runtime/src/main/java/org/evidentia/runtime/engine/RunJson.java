package org.evidentia.runtime.engine;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evidentia.api.OutputFolder;
import org.evidentia.api.RunSummary;
import org.evidentia.runtime.host.Artifact;
import org.evidentia.runtime.output.StagedOutput;

/**
 * Writes {@code run.json}: what was read with which plugins (each with the file it was loaded from, by SHA-256) and
 * options (each file an option names, by SHA-256), the text-mining kit's jar, the counts (which
 * reconcile: records_read = records_kept + duplicates_merged + records_skipped + records_unaccounted + records_excluded),
 * the other files of the outputs (each by size and SHA-256), every problem, the merged duplicates and the timings. The layout is documented in docs/user-guide.md.
 */
public final class RunJson {

    /**
     * run.json's {@code status}: what a wrapper scheduling runs reads first. The engine writes {@link #OK} or
     * {@link #FAILED} as a run ends; a store run writes {@link #RUNNING} as it starts, and {@link #FAILED} or
     * {@link #INTERRUPTED} when it ends before the engine's run.json (see the cli's {@code StoreRunJson}).
     */
    public enum Status {
        OK("ok"), FAILED("failed"), RUNNING("running"), INTERRUPTED("interrupted");

        private final String word;

        Status(String word) {
            this.word = word;
        }

        /** The word run.json holds. */
        public String word() {
            return word;
        }
    }

    /** Facts about the run that are not part of {@link RunSummary}, and the sections others add. */
    record Run(List<String> sources, List<String> extractors, List<String> reporters, boolean runDateGiven, boolean strict, int threads,
               long readAndExtractMillis, Map<String, Long> extractorMillis, long reportMillis, long totalMillis, List<RunJsonSection> afterInputs,
               List<String> recordsLeftOutUnstatedIds, Fingerprints fingerprints) {

        /**
         * @param afterInputs               what was done before the run (retrievals, say), written after its inputs
         * @param extractorMillis           the milliseconds each extractor spent extracting, summed over the threads, in the
         *                                  extractors' order ({@link ExtractionStage#millisByExtractor}); empty for a report
         * @param recordsLeftOutUnstatedIds the records the focus lost for want of a value alone, sorted ({@link ReportStage#recordsLeftOutUnstatedIds})
         * @param fingerprints              what carried the run's rules: the text-mining kit's jar and each plugin's file
         */
        Run {
            extractorMillis = Collections.unmodifiableMap(new LinkedHashMap<>(extractorMillis));
            recordsLeftOutUnstatedIds = List.copyOf(recordsLeftOutUnstatedIds);
            java.util.Objects.requireNonNull(fingerprints, "fingerprints");
        }
    }

    private RunJson() {
    }

    /**
     * Writes the fields every run.json begins with, into the object {@code json} has started: the version that wrote it,
     * the run's date and whether it was given (--run-date, a pipeline file's run-date), its status and why it failed.
     *
     * @param runDateGiven whether the run date was given rather than the clock's: a reader archiving the run tells a pinned
     *                     date from the day it ran (the review of session 26, T6)
     * @param failure      why the run failed or was interrupted, in the console's words; null when it did not
     */
    public static void writeStatus(JsonGenerator json, String evidentiaVersion, Instant runDate, boolean runDateGiven, Status status,
                                   String failure) throws IOException {
        json.writeStringField("evidentia_version", evidentiaVersion);
        json.writeStringField("run_date", runDate.toString());
        json.writeBooleanField("run_date_given", runDateGiven);
        json.writeStringField("status", status.word());
        json.writeStringField("failure", failure);
    }

    /**
     * Writes run.json into {@code output}.
     *
     * @param afterCounts what took part in the run (the store, say), written after the counts
     * @param outputs  the other files of the outputs, each with its size and SHA-256
     */
    static Path write(OutputFolder output, RunSummary summary, Run run, List<? extends RunJsonSection> afterCounts,
                      List<StagedOutput.WrittenFile> outputs) throws IOException {
        return output.write(StagedOutput.RUN_RECORD, out -> {
            try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
                json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                json.setPrettyPrinter(new DefaultPrettyPrinter());
                json.writeStartObject();
                writeStatus(json, summary.evidentiaVersion(), summary.runDate(), run.runDateGiven(),
                        summary.failure() == null ? Status.OK : Status.FAILED,
                        summary.failure());
                json.writeArrayFieldStart("inputs");
                for (RunSummary.InputSummary in : summary.inputs()) {
                    json.writeStartObject();
                    json.writeStringField("path", in.path());
                    json.writeStringField("sha256", in.sha256());
                    json.writeStringField("source", in.source());
                    json.writeNumberField("records", in.records());
                    json.writeNumberField("skipped", in.skipped());
                    json.writeEndObject();
                }
                json.writeEndArray();
                for (RunJsonSection section : run.afterInputs()) {
                    json.writeFieldName(section.key());
                    section.writeValue(json);
                }
                json.writeArrayFieldStart("outputs");
                for (StagedOutput.WrittenFile file : outputs) {
                    json.writeStartObject();
                    json.writeStringField("path", file.path());
                    json.writeNumberField("bytes", file.bytes());
                    json.writeStringField("sha256", file.sha256());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeArrayFieldStart("plugins");
                for (RunSummary.PluginSummary plugin : summary.plugins()) {
                    json.writeStartObject();
                    json.writeStringField("id", plugin.id());
                    json.writeStringField("version", plugin.version());
                    stringArray(json, "extensions", plugin.extensions());
                    Artifact artifact = run.fingerprints().plugins().get(plugin.id());
                    json.writeStringField("artifact", artifact == null ? null : artifact.file());
                    json.writeStringField("sha256", artifact == null ? null : artifact.sha256());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeFieldName("text_mining");
                FingerprintsJson.artifact(json, run.fingerprints().textMining());
                json.writeObjectFieldStart("extensions");
                stringArray(json, "sources", run.sources());
                stringArray(json, "extractors", run.extractors());
                stringArray(json, "reporters", run.reporters());
                json.writeEndObject();
                json.writeObjectFieldStart("options");
                for (Map.Entry<String, Map<String, String>> e : summary.options().entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
                    json.writeObjectFieldStart(e.getKey());
                    for (Map.Entry<String, String> o : e.getValue().entrySet()) {
                        json.writeFieldName(o.getKey());
                        json.writeRawValue(o.getValue()); // already JSON: typed, not a string
                    }
                    json.writeEndObject();
                }
                json.writeEndObject();
                FingerprintsJson.optionFiles(json, summary.optionFiles());
                json.writeBooleanField("strict", run.strict());
                json.writeNumberField("threads", run.threads());
                RunSummary.Counts c = summary.counts();
                json.writeObjectFieldStart("counts");
                json.writeNumberField("records_read", c.recordsRead());
                json.writeNumberField("duplicates_merged", c.duplicatesMerged());
                json.writeNumberField("records_skipped", c.recordsSkipped());
                json.writeNumberField("records_unaccounted", c.recordsUnaccounted());
                json.writeNumberField("records_excluded", c.recordsExcluded());
                json.writeNumberField("records_kept", c.recordsKept());
                json.writeNumberField("records_with_findings", c.recordsWithFindings());
                json.writeNumberField("findings", c.findings());
                json.writeEndObject();
                for (RunJsonSection section : afterCounts) {
                    json.writeFieldName(section.key());
                    section.writeValue(json);
                }
                json.writeFieldName("problems");
                RunSummaryJson.writeProblems(json, summary.problems());
                stringArray(json, "notices", summary.notices());
                json.writeObjectFieldStart("focus");
                stringArray(json, "criteria", summary.focus().criteria());
                json.writeNumberField("findings_left_out", summary.focus().findingsLeftOut());
                json.writeNumberField("left_out_unstated", summary.focus().leftOutUnstated());
                json.writeNumberField("records_left_out_unstated", summary.focus().recordsLeftOutUnstated());
                stringArray(json, "records_left_out_unstated_ids", run.recordsLeftOutUnstatedIds());
                json.writeEndObject();
                json.writeArrayFieldStart("duplicates");
                for (RunSummary.Duplicate d : summary.duplicates()) {
                    json.writeStartObject();
                    json.writeStringField("record_id", d.recordId());
                    json.writeFieldName("origins");
                    RunSummaryJson.writeOrigins(json, d.origins());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeObjectFieldStart("timings_ms");
                json.writeNumberField("read_and_extract", run.readAndExtractMillis());
                if (!run.extractorMillis().isEmpty()) {
                    json.writeObjectFieldStart("extractors");
                    for (Map.Entry<String, Long> e : run.extractorMillis().entrySet()) {
                        json.writeNumberField(e.getKey(), e.getValue());
                    }
                    json.writeEndObject();
                }
                json.writeNumberField("report", run.reportMillis());
                json.writeNumberField("total", run.totalMillis());
                json.writeEndObject();
                json.writeEndObject();
                json.writeRaw('\n');
            }
        });
    }

    private static void stringArray(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
