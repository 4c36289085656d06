package org.evidentia.runtime.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Tells whether an existing folder is one a run may replace: one Evidentia made. A run replaces
 * its output folder's whole content, so anything else must be refused, never emptied.
 *
 * <p>Evidentia's folders hold {@value StagedOutput#MARKER}. Folders written before the marker
 * existed are told by their content instead, and only when all of it is Evidentia's: a
 * {@code run.json} that is Evidentia's run record, and beside it nothing but the files the bundled
 * reporters write (no subfolder, no link, no other name). A file merely named {@code run.json} is
 * common (many tools write one) and proves nothing.
 */
final class OutputFolderOrigin {

    /** The names a run wrote before the marker, and the {@code .NAME.PID-THREAD.part} files a killed run of then left. */
    private static final String EARLIER_NAMES =
            "run\\.json|findings\\.jsonl|report\\.html|(?:review-table|studies)\\.(?:csv|tsv|md)|review-tables\\.xlsx|findings\\.bioc\\.(?:xml|json)";
    private static final Pattern EARLIER_OUTPUT_FILE = Pattern.compile("(?:" + EARLIER_NAMES + ")|\\.(?:" + EARLIER_NAMES + ")\\.\\d+-\\d+\\.part");

    /** What Evidentia keeps beside an output folder or store NAME: {@code .NAME.lock}, and {@code .NAME.work/} during a run. */
    private static final Pattern BESIDE_AN_OUTPUT_FOLDER = Pattern.compile("\\..+\\.(?:lock|work)");

    private OutputFolderOrigin() {
    }

    /**
     * Why a run may not replace {@code folder}'s content, or nothing when it may: the folder is
     * empty, holds the marker, or is an earlier Evidentia run's whole output.
     */
    static Optional<String> whyForeign(Path folder) throws IOException {
        if (Files.isRegularFile(folder.resolve(StagedOutput.MARKER), LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        List<Path> entries;
        try (Stream<Path> listed = Files.list(folder)) {
            entries = listed.sorted().toList();
        }
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        Path runRecord = folder.resolve(StagedOutput.RUN_RECORD);
        if (!Files.isRegularFile(runRecord, LinkOption.NOFOLLOW_LINKS)) {
            // the example is one the user knows: in the working directory (-o .), the first name was
            // often the lock file Evidentia keeps beside another output folder, ".crohn.lock"
            return Optional.of(notWritten(entries.stream()
                    .filter(e -> !BESIDE_AN_OUTPUT_FOLDER.matcher(e.getFileName().toString()).matches()
                            && !Files.isRegularFile(e.resolve(StagedOutput.MARKER), LinkOption.NOFOLLOW_LINKS))
                    .findFirst().orElse(entries.get(0))));
        }
        for (Path entry : entries) {
            if (!Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS) || !EARLIER_OUTPUT_FILE.matcher(entry.getFileName().toString()).matches()) {
                return Optional.of(notWritten(entry));
            }
        }
        return notARunRecord(runRecord).map(why -> "holds a run.json that is not Evidentia's run record (" + why + ")");
    }

    private static String notWritten(Path entry) {
        String name = entry.getFileName().toString();
        String kind = Files.isSymbolicLink(entry) ? " (a link)" : Files.isDirectory(entry) ? "/" : "";
        return "holds files that Evidentia did not write (e.g. " + name + kind + ")";
    }

    /**
     * Why {@code file} is not a run.json Evidentia wrote, or nothing when it is. Every version writes
     * one JSON object that begins with {@code evidentia_version} and holds {@code run_date},
     * {@code status} ({@code ok} or {@code failed}), {@code inputs}, {@code counts} and {@code problems}.
     * It is read as a stream, so a large file costs time, not memory.
     */
    static Optional<String> notARunRecord(Path file) throws IOException {
        JsonFactory factory = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
        try (JsonParser json = factory.createParser(file.toFile())) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                return Optional.of("it is not a JSON object");
            }
            if (json.nextToken() != JsonToken.FIELD_NAME || !"evidentia_version".equals(json.currentName())
                    || json.nextToken() != JsonToken.VALUE_STRING || json.getText().isBlank()) {
                return Optional.of("it does not begin with evidentia_version");
            }
            Map<String, JsonToken> fields = new HashMap<>();
            String status = null;
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String name = json.currentName();
                JsonToken value = json.nextToken();
                fields.put(name, value);
                if (name.equals("status") && value == JsonToken.VALUE_STRING) {
                    status = json.getText();
                }
                json.skipChildren();
            }
            if (json.nextToken() != null) {
                return Optional.of("text follows its JSON object");
            }
            for (Map.Entry<String, JsonToken> expected : List.of(Map.entry("run_date", JsonToken.VALUE_STRING), Map.entry("status", JsonToken.VALUE_STRING),
                    Map.entry("inputs", JsonToken.START_ARRAY), Map.entry("counts", JsonToken.START_OBJECT), Map.entry("problems", JsonToken.START_ARRAY))) {
                if (fields.get(expected.getKey()) != expected.getValue()) {
                    return Optional.of("it has no " + expected.getKey() + (expected.getValue() == JsonToken.START_ARRAY ? " list"
                            : expected.getValue() == JsonToken.START_OBJECT ? " object" : ""));
                }
            }
            if (!"ok".equals(status) && !"failed".equals(status)) {
                return Optional.of("its status is neither ok nor failed");
            }
            return Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.of("it is not valid JSON: " + e.getOriginalMessage());
        }
    }
}
