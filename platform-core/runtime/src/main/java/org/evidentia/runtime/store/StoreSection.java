package org.evidentia.runtime.store;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.evidentia.runtime.exclusion.ExclusionList;
import org.evidentia.runtime.exclusion.ExclusionsSection;
import org.evidentia.runtime.store.StoreRecorder.FileApplied;

/**
 * run.json's {@code store} section: what a run did to the findings store, written once the run has finished
 * ({@link StoreRecorder#writeValue}). A wrapper scheduling a living review reads it, so its field names are a format.
 *
 * @param storeFile            the store
 * @param runId                the run's number in the store's log
 * @param settings             what the run told the store beforehand
 * @param totals               what the run did to the store's records
 * @param applied              each input the run applied or tried to, in order
 * @param configurationChanges how the run's configuration differs from the store's last applying run
 * @param laterTextsKept       the texts an older input applied again left standing
 * @param exclusions           the store's exclusion list after the run, and what the run did to it
 * @param absent               the records inputs applied again no longer hold
 * @param inStore              the store's records and findings after the run
 */
record StoreSection(Path storeFile, long runId, StoreRunSettings settings, Changes totals, List<FileApplied> applied,
                    List<String> configurationChanges, List<LaterTextKept> laterTextsKept, StoreRecorder.ExclusionOutcome exclusions,
                    List<AbsentRecords.Absent> absent, FindingsStore.Totals inStore) {

    /** Writes the section, an object. */
    void write(JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("file", storeFile.toString());
        json.writeNumberField("run", runId);
        json.writeNumberField("files_applied", FileApplied.count(applied, FileStatus::applied));
        json.writeNumberField("files_unread", FileApplied.count(applied, status -> status == FileStatus.UNREAD));
        json.writeNumberField("files_unkept", FileApplied.count(applied, status -> status == FileStatus.UNKEPT));
        json.writeNumberField("files_skipped", settings.appliedBefore().size());
        json.writeNumberField("files_known_by_stamp", settings.knownByStamp());
        json.writeNumberField("records_added", totals.added);
        json.writeNumberField("records_revised", totals.revised);
        json.writeNumberField("records_reextracted", totals.reextracted);
        json.writeNumberField("records_unchanged", totals.unchanged);
        json.writeNumberField("records_superseded", totals.superseded);
        json.writeNumberField("records_duplicate", totals.duplicate);
        json.writeNumberField("deletions", totals.deleted + totals.deletionsUnmatched);
        json.writeNumberField("records_deleted", totals.deleted);
        json.writeNumberField("deletions_unmatched", totals.deletionsUnmatched);
        // which records, so that "what is new since the last update" has an answer (review 24, M2)
        writeIds(json, "added_ids", totals.addedIds);
        writeIds(json, "revised_ids", totals.revisedIds);
        writeIds(json, "reextracted_ids", totals.reextractedIds);
        writeIds(json, "deleted_ids", totals.deletedIds);
        json.writeArrayFieldStart("configuration_changes");
        for (String change : configurationChanges) {
            json.writeString(change);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("later_texts_kept");
        for (LaterTextKept kept : laterTextsKept) {
            json.writeStartObject();
            json.writeStringField("record_id", kept.recordId());
            json.writeNumberField("version", kept.version());
            json.writeBooleanField("retracted", kept.retracted());
            json.writeStringField("written_by", kept.writtenBy());
            json.writeEndObject();
        }
        json.writeEndArray();
        writeExclusions(json, exclusions);
        json.writeArrayFieldStart("absent_records");
        for (AbsentRecords.Absent a : absent) {
            json.writeStartObject();
            json.writeStringField("input", a.input());
            json.writeNumberField("records", a.ids().size());
            writeIds(json, "ids", a.ids().subList(0, Math.min(AbsentRecords.IDS_LISTED, a.ids().size())));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeNumberField("records_in_store", inStore.records());
        json.writeNumberField("findings_in_store", inStore.findings());
        json.writeArrayFieldStart("files");
        for (FileApplied f : applied) {
            json.writeStartObject();
            json.writeStringField("path", f.path());
            json.writeStringField("sha256", f.sha256());
            json.writeStringField("status", f.status().sql());
            json.writeNumberField("records", f.records());
            json.writeNumberField("kept", f.kept());
            writeChanges(json, f.changes());
            json.writeNumberField("deletions", f.deletions());
            json.writeEndObject();
        }
        for (FindingsStore.AppliedFile f : settings.appliedBefore()) {
            json.writeStartObject();
            json.writeStringField("path", f.path());
            json.writeStringField("sha256", f.sha256());
            json.writeStringField("status", "skipped: applied in run " + f.runId());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /**
     * {@code exclusions}: the store's list after the run (null when it keeps none), whether this run gave it, the ids it
     * added, removed and gave another reason, and the records it excludes by reason.
     */
    private static void writeExclusions(JsonGenerator json, StoreRecorder.ExclusionOutcome e) throws IOException {
        json.writeObjectFieldStart("exclusions");
        json.writeBooleanField("given", e.given());
        if (e.list() == null) {
            json.writeNullField("kept");
        } else {
            json.writeFieldName("kept");
            ExclusionsSection.write(json, e.list(), e.excluded(), e.unmatched(), null); // a store run keeps every record; its reports list them
        }
        json.writeNumberField("set_by_run", e.setByRun());
        writeExclusionChanges(json, "added", e.changes().added());
        writeExclusionChanges(json, "removed", e.changes().removed());
        writeExclusionChanges(json, "reason_changed", e.changes().changed());
        json.writeEndObject();
    }

    private static void writeExclusionChanges(JsonGenerator json, String field, List<ExclusionList.Exclusion> exclusions) throws IOException {
        json.writeArrayFieldStart(field);
        for (ExclusionList.Exclusion x : exclusions) {
            json.writeStartObject();
            json.writeStringField("id", x.id().value());
            json.writeStringField("reason", x.reason());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** {@code "field": ["a", "b"]}: a list of ids (or other texts) as run.json writes them. */
    static void writeIds(JsonGenerator json, String field, Collection<String> ids) throws IOException {
        json.writeArrayFieldStart(field);
        for (String id : ids) {
            json.writeString(id);
        }
        json.writeEndArray();
    }

    private static void writeChanges(JsonGenerator json, Changes c) throws IOException {
        json.writeNumberField("added", c.added);
        json.writeNumberField("revised", c.revised);
        json.writeNumberField("reextracted", c.reextracted);
        json.writeNumberField("unchanged", c.unchanged);
        json.writeNumberField("superseded", c.superseded);
        json.writeNumberField("duplicate", c.duplicate);
        json.writeNumberField("deleted", c.deleted);
        json.writeNumberField("deletions_unmatched", c.deletionsUnmatched);
    }
}
