package org.evidentia.runtime.engine;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.evidentia.api.RunSummary;
import org.evidentia.runtime.host.Artifact;

/**
 * The files that shaped a run as JSON, one shape wherever they are written: run.json and the store's
 * run log ({@code runs.fingerprints}) give them alike, so that one reader reads both.
 */
public final class FingerprintsJson {

    private FingerprintsJson() {
    }

    /** {@code {"artifact": ..., "sha256": ...}}, or null when not known. */
    public static void artifact(JsonGenerator json, Artifact artifact) throws IOException {
        if (artifact == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        json.writeStringField("artifact", artifact.file());
        json.writeStringField("sha256", artifact.sha256());
        json.writeEndObject();
    }

    /** {@code "option_files": [{"extension", "option", "path", "sha256"}, ...]}, in the order given. */
    public static void optionFiles(JsonGenerator json, List<RunSummary.OptionFile> files) throws IOException {
        json.writeArrayFieldStart("option_files");
        for (RunSummary.OptionFile file : files) {
            json.writeStartObject();
            json.writeStringField("extension", file.extension());
            json.writeStringField("option", file.option());
            json.writeStringField("path", file.path());
            json.writeStringField("sha256", file.sha256());
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
