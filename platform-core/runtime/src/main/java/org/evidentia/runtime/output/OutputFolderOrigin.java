package org.evidentia.runtime.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Tells whether an existing folder is one a run may replace: one Evidentia made. A run replaces
 * its output folder's whole content, so anything else must be refused, never emptied.
 *
 * <p>Evidentia's folders hold {@value StagedOutput#MARKER}, which lists the files of the run that
 * wrote the folder: one that holds other files (a user's notes, added since) is refused, so that a
 * run never deletes them. Files that a system or an editor leaves beside a user's files
 * ({@code .DS_Store}, {@code Thumbs.db}, LibreOffice's {@code .~lock.NAME#}) are not counted.
 * Folders written before the marker
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

    /** Files a system or an editor makes beside a user's files, which hold nothing of the user's. */
    private static final Pattern SYSTEM_OR_EDITOR_FILE = Pattern.compile("\\.DS_Store|\\._.+|Thumbs\\.db|desktop\\.ini|\\.directory|\\.~lock\\..+#|~\\$.+");
    /** The most names a marker's list is read for; a marker listing more is taken to list none. */
    private static final int MOST_LISTED = 1_000_000;

    /**
     * What Evidentia has beside an output folder or store NAME during a run (and leaves after a
     * killed one, or kept before 2026-11-30): {@code .NAME.lock} and {@code .NAME.work/}.
     */
    private static final Pattern BESIDE_AN_OUTPUT_FOLDER = Pattern.compile("\\..+\\.(?:lock|work)");

    private OutputFolderOrigin() {
    }

    /**
     * Why a run may not replace {@code folder}'s content, or nothing when it may: the folder is
     * empty, holds the marker, or is an earlier Evidentia run's whole output.
     */
    static Optional<String> whyForeign(Path folder) throws IOException {
        Path marker = folder.resolve(StagedOutput.MARKER);
        if (Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) {
            return addedSinceItsRun(folder, marker);
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
            // often the lock file Evidentia kept beside another output folder, ".crohn.lock" (until 2026-11-30)
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

    /**
     * The files a marker lists, as the run that wrote it listed them; empty when it lists none (markers of before 2026-11-30,
     * or a file that is no marker Evidentia wrote with a list).
     */
    static Optional<Set<String>> listedFiles(Path marker) throws IOException {
        Set<String> listed = new HashSet<>();
        try (BufferedReader lines = Files.newBufferedReader(marker, StandardCharsets.UTF_8)) {
            boolean inList = false;
            for (String line = lines.readLine(); line != null && listed.size() <= MOST_LISTED; line = lines.readLine()) {
                if (inList) {
                    listed.add(line);
                } else {
                    inList = line.equals(StagedOutput.FILES_LISTED);
                }
            }
            return !inList || listed.size() > MOST_LISTED ? Optional.empty() : Optional.of(listed);
        } catch (CharacterCodingException e) {
            return Optional.empty(); // not a marker Evidentia wrote with a list
        }
    }

    /** The files of a marked folder that its marker does not list, when it lists any (markers of before 2026-11-30 list none). */
    private static Optional<String> addedSinceItsRun(Path folder, Path marker) throws IOException {
        Optional<Set<String>> listedOrNone = listedFiles(marker);
        if (listedOrNone.isEmpty()) {
            return Optional.empty();
        }
        Set<String> listed = listedOrNone.get();
        List<String> added = new ArrayList<>();
        try (Stream<Path> walked = Files.walk(folder)) {
            for (Path path : walked.sorted().toList()) {
                String name = StagedOutput.listed(folder.relativize(path));
                if (!path.equals(folder) && !Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) && !path.equals(marker)
                        && !listed.contains(name) && !SYSTEM_OR_EDITOR_FILE.matcher(path.getFileName().toString()).matches()) {
                    added.add(name);
                }
            }
        }
        if (added.isEmpty()) {
            return Optional.empty();
        }
        String them = added.size() == 1 ? "it" : "them";
        return Optional.of("holds " + (added.size() == 1 ? "a file" : added.size() + " files") + " that its last run did not write ("
                + String.join(", ", added.subList(0, Math.min(3, added.size()))) + (added.size() > 3 ? ", ..." : "")
                + "), which a run would delete with the rest: move " + them + " elsewhere to keep " + them);
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
