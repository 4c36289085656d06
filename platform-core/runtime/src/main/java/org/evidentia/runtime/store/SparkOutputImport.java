package org.evidentia.runtime.store;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.BoundedLines;
import org.evidentia.api.Finding;
import org.evidentia.api.RecordFindings;
import org.evidentia.api.RunSummary;
import org.evidentia.api.RunSummary.Duplicate;
import org.evidentia.api.RunSummary.InputSummary;
import org.evidentia.api.RunSummary.Problem;
import org.evidentia.api.StudyDesign;
import org.evidentia.runtime.engine.Deletion;
import org.evidentia.runtime.engine.RunEngine;
import org.evidentia.runtime.engine.RunRecorder;
import org.evidentia.runtime.input.InflationLimit;
import org.evidentia.runtime.text.Plural;

/**
 * Imports what a distributed run wrote ({@link SparkOutputLayout}) into a store, input by input in
 * the job's input order, exactly as a run on this machine would have applied those inputs: the
 * same rules for versions and deletions, one transaction per input, inputs the store applied
 * before skipped by checksum unless forced.
 */
public final class SparkOutputImport {

    /** The longest line read from a job's files, as the sources bound theirs: a record with its findings is far shorter. */
    static final int MAX_LINE = 16 << 20;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SparkOutputImport() {
    }

    /**
     * What an import did.
     *
     * @param recorder the import's recorder (its changes, the inputs it applied, its configuration changes); null when nothing was applied
     * @param appliedBefore the inputs left out, applied before
     * @param underOtherNames of those, the copies applied under another name: {@code renamed.xml as a.xml (run 1)}
     * @param tally    what the inputs applied came to: unread, partial, records skipped, their problems and the job's
     * @param storeProblems the problems the store found in the import as a whole once its inputs were in
     *                 ({@link StoreRecorder#problemsOfTheWhole}: ids of its exclusion list that match no record it holds),
     *                 kept nowhere, as for a run: each import works them out again
     * @param failure  why the import failed although it applied its inputs (problems under strict), as the store's run log says; null when it did not
     */
    public record Outcome(StoreRecorder recorder, List<FindingsStore.AppliedFile> appliedBefore, List<String> underOtherNames, InputTally tally,
                          List<Problem> storeProblems, String failure) {
    }

    /**
     * Told after each input an import has read from the job's output and handed to the store's writer, which commits it in
     * the background: an import of a whole baseline takes hours, and says how far it got. What it counts is read, not yet
     * committed (a kill -9 after "input 304" left 140 inputs in the store, which the line had called applied: the review of
     * the change s33, R3); the store's log says what was.
     */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (number, of, path, kept) -> { };

        /**
         * @param number the input's number among those to apply, from 1
         * @param of     the inputs to apply
         * @param path   the input, as the job was given it
         * @param kept   its records read
         */
        void read(int number, int of, String path, long kept);
    }

    /** Whether the folder holds what a finished evidentia-spark job writes first: its job and files descriptions. */
    public static boolean isJobOutput(Path output) {
        return Files.isRegularFile(output.resolve(SparkOutputLayout.JOB)) && Files.isRegularFile(output.resolve(SparkOutputLayout.FILES));
    }

    /**
     * Why a folder is not a finished job's output: a job that did not finish (what it writes before
     * job.json is there, but not job.json, written last), or no job's output at all.
     */
    public static String notJobOutput(Path output) {
        boolean begun = Stream.of(SparkOutputLayout.FILES, SparkOutputLayout.RECORDS_PARQUET, SparkOutputLayout.RECORDS_JSON)
                .anyMatch(part -> Files.exists(output.resolve(part)));
        if (begun && !Files.exists(output.resolve(SparkOutputLayout.JOB))) {
            return output + " holds no " + SparkOutputLayout.JOB + ", which an evidentia-spark job writes last: the job did not finish"
                    + " (it failed or was stopped), or the folder was copied before it did; run the job again into a new folder";
        }
        return output + " is not the output of an evidentia-spark job: expected " + SparkOutputLayout.JOB + " and " + SparkOutputLayout.FILES + " in it";
    }

    /**
     * @param output the job's output folder, on this machine
     * @throws IOException when the folder is not a job's output or cannot be read; the message names the file and line
     */
    public static Outcome apply(FindingsStore store, Path output, boolean force) throws IOException, StoreException {
        return apply(store, output, force, false, recorder -> { }, Progress.NONE);
    }

    /**
     * As {@link #apply(FindingsStore, Path, boolean)}, telling {@code recording} the import's recorder
     * as soon as it is made, before anything is applied: the caller may then have it marked
     * interrupted ({@link StoreRecorder#interruptedBy}) when Java is stopped. An import whose thread
     * is interrupted stops at the next record or read, rolls back the input in progress and closes
     * its run (the inputs it finished stay applied).
     *
     * @param strict as {@code run --store --strict}: refuse a job run under another configuration of
     *               extractors than the store's last run (an {@link IllegalArgumentException} before
     *               anything is applied), and mark the import failed when its inputs met problems
     *               ({@link Outcome#failure()}; the inputs stay applied)
     * @param progress told after each input is applied
     */
    public static Outcome apply(FindingsStore store, Path output, boolean force, boolean strict, Consumer<StoreRecorder> recording,
                                Progress progress) throws IOException, StoreException {
        Path jobFile = output.resolve(SparkOutputLayout.JOB);
        Path filesFile = output.resolve(SparkOutputLayout.FILES);
        if (!isJobOutput(output)) {
            throw new IOException(notJobOutput(output));
        }
        JsonNode job;
        try {
            job = MAPPER.readTree(jobFile.toFile());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null || at.getLineNr() < 1 ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
            throw new IOException(jobFile + where + ": not JSON as evidentia-spark writes it (" + reason(e) + ")", e);
        } catch (IOException e) {
            throw new IOException(jobFile + ": cannot be read: " + e.getMessage(), e);
        }
        String version = field(job, jobFile, "evidentia_version", "the Evidentia version");
        String runDate = field(job, jobFile, "run_date", "an instant such as 2026-01-31T00:00:00Z");
        String plugins = field(job, jobFile, "plugins", "the plugins as JSON text");
        String options = field(job, jobFile, "options", "the options as JSON text");
        String kinds = field(job, jobFile, "kinds", "the finding kinds as JSON text");
        RunRecorder.RunStart start;
        try {
            // a job of an earlier version wrote neither the kinds' extractors nor the fingerprints: known by the kinds alone
            List<String> extractors = List.copyOf(StoreJson.kindExtractors(kinds).values());
            JsonNode fingerprints = job.get("fingerprints");
            StoreJson.RunFingerprints carried = StoreJson.fingerprints(fingerprints == null || fingerprints.isNull() ? null : fingerprints.asText());
            start = new RunRecorder.RunStart(version, Instant.parse(runDate), StoreJson.plugins(plugins), StoreJson.options(options),
                    StoreJson.kinds(kinds), extractors.contains("") ? List.of() : extractors, carried.optionFiles(), carried.fingerprints());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IOException(jobFile + ": run_date is '" + runDate + "', not an instant such as 2026-01-31T00:00:00Z", e);
        } catch (IOException | RuntimeException e) {
            throw new IOException(jobFile + ": its plugins, options, kinds or fingerprints are not as evidentia-spark writes them ("
                    + reason(e) + ")", e);
        }
        String lateDate = StoreRunDate.refusal(start.runDate());
        if (lateDate != null) {
            // as a store run dated so is refused (the review of session 32, C6: a job's run date typed wrong came in by import)
            throw new IOException(jobFile + ": run_date is " + runDate + ", " + lateDate + "; run the job again with the date of today"
                    + " as --run-date, or without it");
        }
        field(job, jobFile, "inputs", "the number of the job's inputs");
        List<JsonNode> files = new ArrayList<>();
        try (BoundedLines in = lines(filesFile, false)) {
            String line;
            while ((line = next(in, filesFile)) != null) {
                if (!line.isBlank()) {
                    JsonNode file;
                    try {
                        file = MAPPER.readTree(line);
                    } catch (IOException e) {
                        throw new IOException(filesFile + ":" + in.number() + ": not a JSON object (" + reason(e) + ")", e);
                    }
                    partition(output, file, filesFile + ":" + in.number());
                    files.add(file);
                }
            }
        }
        files.sort(Comparator.comparingInt(f -> f.path("index").asInt()));
        if (files.size() != job.path("inputs").asInt()) {
            throw new IOException(filesFile + " lists " + files.size() + " inputs but " + jobFile + " says the job had "
                    + job.path("inputs").asInt() + ": the job did not finish");
        }
        Map<String, FindingsStore.AppliedFile> applied = store.appliedFiles();
        List<FindingsStore.AppliedFile> appliedBefore = new ArrayList<>();
        List<String> underOtherNames = new ArrayList<>();
        List<JsonNode> toApply = new ArrayList<>();
        for (JsonNode f : files) {
            FindingsStore.AppliedFile before = applied.get(f.path("sha256").asText());
            if (before != null && !force) {
                String path = f.path("path").asText();
                appliedBefore.add(new FindingsStore.AppliedFile(path, before.sha256(), before.runId()));
                if (!before.wasOf(path, path)) { // as run --store tells a renamed copy (the review of session 33, K1)
                    underOtherNames.add(path + " as " + before.path() + " (run " + before.runId() + ")");
                }
            } else {
                toApply.add(f);
            }
        }
        List<Problem> pluginProblems = StoreJson.problems(job.path("problems").asText());
        InputTally tally = InputTally.of(toApply, pluginProblems);
        if (toApply.isEmpty()) {
            return new Outcome(null, appliedBefore, underOtherNames, tally, List.of(), null);
        }
        List<String> notices = new ArrayList<>();
        List<Duplicate> duplicates = new ArrayList<>();
        Map<String, String> digests = new java.util.HashMap<>();
        toApply.stream().filter(f -> f.hasNonNull("sha256")).forEach(f -> digests.put(f.path("path").asText(), f.path("sha256").asText()));
        StoreRunSettings settings = StoreRunSettings.of("import " + output).withInputs(appliedBefore, digests)
                .withRefusedConfigurationChanges(strict).withForce(force);
        try (StoreRecorder recorder = store.recorder(settings)) {
            recording.accept(recorder);
            recorder.started(start);
            try {
                applyEach(toApply, output, recorder, notices, duplicates, progress);
            } catch (IOException | RuntimeException e) {
                recorder.abortedBy(e.getMessage());
                throw e;
            }
            // as for a run --store: the exclusion list's ids that match no record the store holds now, the job's records among them
            List<Problem> whole = recorder.problemsOfTheWhole();
            List<Problem> runProblems = new ArrayList<>(pluginProblems);
            runProblems.addAll(whole);
            recorder.finish(new RunSummary(start.evidentiaVersion(), start.runDate(), List.of(), start.plugins(), start.options(),
                    new RunSummary.Counts(0, 0, 0, 0, 0, 0, 0), runProblems, notices, duplicates, RunSummary.Focus.NONE), null);
            int problems = tally.problems().size() + whole.size();
            String failure = null;
            if (strict && problems > 0) { // as the engine words it for run --strict
                failure = RunEngine.strictFailure(problems);
                recorder.failed(failure);
            } else if (tally.inputs() > 0 && tally.unread() == tally.inputs()) {
                // as run --store fails where no input could be read (the review of session 23, C12: the import said so with exit 0)
                failure = "no input could be read";
                recorder.failed(failure);
            }
            return new Outcome(recorder, appliedBefore, underOtherNames, tally, whole, failure);
        }
    }

    /** Applies each input of the job, in order, with its records; the duplicates its inputs merged go to {@code duplicates}. */
    private static void applyEach(List<JsonNode> toApply, Path output, StoreRecorder recorder, List<String> notices, List<Duplicate> duplicates,
                                  Progress progress) throws IOException {
        int index = 0;
        for (JsonNode f : toApply) {
            List<RecordFindings> records = records(output, f);
            for (RecordFindings r : records) {
                recorder.record(r);
            }
            InputSummary summary = new InputSummary(f.path("path").asText(), f.path("sha256").asText(null), f.path("source").asText(null),
                    f.path("records").asLong(), f.path("skipped").asLong());
            List<String> fileNotices = StoreJson.strings(f.path("notices").asText());
            fileNotices.stream().filter(n -> !notices.contains(n)).forEach(notices::add);
            List<Duplicate> fileDuplicates = new ArrayList<>();
            for (JsonNode d : f.path("duplicates")) {
                fileDuplicates.add(new Duplicate(d.path("record_id").asText(), StoreJson.origins(d.path("origins").asText())));
            }
            RunRecorder.InputEnd end = new RunRecorder.InputEnd(index++, summary, f.path("read_to_end").asBoolean(), f.path("merged").asLong(),
                    f.path("unaccounted").asLong(), deletions(f), StoreJson.problems(f.path("problems").asText()),
                    notices, mergedIds(f), fileDuplicates);
            if (end.kept() != records.size()) {
                throw new IOException(output.resolve(SparkOutputLayout.RECORDS_JSON) + ": input " + summary.path() + " kept " + Plural.count(end.kept(), "record")
                        + ", but " + records.size() + (records.size() == 1 ? " is" : " are") + " in the output: "
                        + (records.size() < end.kept() ? "it is incomplete" : "it holds a record twice, or records the job did not keep"));
            }
            recorder.inputEnded(end);
            progress.read(index, toApply.size(), summary.path(), records.size());
            duplicates.addAll(fileDuplicates);
        }
    }

    /** A field the job file must have, as text; the message names the file, the field and what it holds. */
    private static String field(JsonNode job, Path jobFile, String name, String holds) throws IOException {
        JsonNode value = job.get(name);
        if (value == null || value.isNull() || value.asText().isEmpty()) {
            throw new IOException(jobFile + ": the field " + name + " is missing; it holds " + holds + " (was the file written by evidentia-spark?)");
        }
        return value.asText();
    }

    /**
     * The folder of an input's records: {@code records/json/input_file=<NAME>}, where NAME is the
     * input's name as Spark writes a partition value into a folder name ({@link #partitionFolderName}:
     * {@code crohn's.xml} is in {@code input_file=crohn%27s.xml}). The name must be one path segment,
     * as {@link SparkOutputLayout#fileName} makes it: a job folder from elsewhere could otherwise name
     * {@code x/../../../other-job} and have records read from outside it.
     *
     * @param where the line of files.jsonl that gives the name, for the message
     */
    static Path partition(Path output, JsonNode file, String where) throws IOException {
        String name = file.path("name").asText();
        Path records = output.resolve(SparkOutputLayout.RECORDS_JSON).normalize();
        Path folder = records.resolve(partitionFolderName(name)).normalize();
        if (name.isEmpty() || name.equals(".") || name.equals("..") || name.contains("/") || name.contains("\\")
                || !records.equals(folder.getParent())) {
            throw new IOException(where + ": the input's name '" + name + "' is not one file name as evidentia-spark writes it"
                    + " (its records must be in " + records.resolve(SparkOutputLayout.INPUT_FILE + "=<name>") + ")");
        }
        return folder;
    }

    /**
     * The characters Spark writes as {@code %XX} in a partition folder's name: those of its
     * {@code ExternalCatalogUtils.escapePathName} (Spark 4.0.1, off Windows): the control characters,
     * DEL, and <code>" # % ' * / : = ? [ \ ] ^ {</code>. The job partitions its output by the input's
     * file name, so a name such as {@code crohn's [1].xml} is in {@code input_file=crohn%27s %5B1%5D.xml}.
     */
    private static final String ESCAPED = "\"#%'*/:=?[\\]^{\u007f";

    /**
     * {@code input_file=NAME} with NAME escaped as Spark escapes a partition value in a folder's name
     * ({@code %} and two upper-case hex digits for each character of {@link #ESCAPED}); a safe name,
     * as PubMed's are, is unchanged. The spark module's tests hold it to Spark's own function.
     */
    public static String partitionFolderName(String name) {
        StringBuilder folder = new StringBuilder(SparkOutputLayout.INPUT_FILE).append('=');
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if ((c >= 1 && c < 0x20) || ESCAPED.indexOf(c) >= 0) {
                folder.append(String.format(Locale.ROOT, "%%%02X", (int) c));
            } else {
                folder.append(c);
            }
        }
        return folder.toString();
    }

    /**
     * A partition folder's value as Spark reads it back ({@code unescapePathName}): each {@code %XX}
     * of two hex digits is that character, any other {@code %} stands for itself.
     */
    static String partitionValue(String folderName) {
        String value = folderName.substring(folderName.indexOf('=') + 1);
        StringBuilder text = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            int code = c == '%' && i + 2 < value.length() ? hex(value.charAt(i + 1), value.charAt(i + 2)) : -1;
            if (code >= 0) {
                text.append((char) code);
                i += 2;
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }

    private static int hex(char high, char low) {
        int h = Character.digit(high, 16);
        int l = Character.digit(low, 16);
        return h < 0 || l < 0 ? -1 : h * 16 + l;
    }

    /**
     * The folder of the input's records as the job wrote it: where Spark's escaping puts it, or else
     * the folder of {@code records/json} whose value, read back as Spark reads it, is the input's name.
     * Spark on Windows escapes more characters (a space, {@code < > |}), and a Spark of another version
     * may too; reading the folder names back finds their records all the same. Null when there is none.
     */
    private static Path partitionFolder(Path output, JsonNode file) throws IOException {
        Path folder = partition(output, file, output.resolve(SparkOutputLayout.FILES).toString());
        if (Files.isDirectory(folder)) {
            return folder;
        }
        Path records = folder.getParent();
        if (!Files.isDirectory(records)) {
            return null;
        }
        String name = file.path("name").asText();
        String prefix = SparkOutputLayout.INPUT_FILE + "=";
        try (Stream<Path> list = Files.list(records)) {
            return list.filter(Files::isDirectory).filter(p -> p.getFileName().toString().startsWith(prefix))
                    .filter(p -> partitionValue(p.getFileName().toString()).equals(name)).findFirst().orElse(null);
        }
    }

    /** The kept records of one input, in the input's order. */
    private static List<RecordFindings> records(Path output, JsonNode file) throws IOException {
        Path folder = partitionFolder(output, file);
        List<Object[]> positioned = new ArrayList<>();
        if (folder == null) {
            return List.of(); // an input that kept no record has no partition
        }
        List<Path> parts;
        try (Stream<Path> list = Files.list(folder)) {
            parts = list.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
        }
        for (Path part : parts) {
            try (BoundedLines in = lines(part, part.getFileName().toString().endsWith(".gz"))) {
                String line;
                while ((line = next(in, part)) != null) {
                    if (line.isBlank()) {
                        continue;
                    }
                    try {
                        JsonNode row = MAPPER.readTree(line);
                        positioned.add(new Object[] {row.path("position").asLong(), record(row)});
                    } catch (IOException | RuntimeException e) {
                        throw new IOException(part + ":" + in.number() + ": not a record as evidentia-spark writes it (" + reason(e) + ")", e);
                    }
                }
            }
        }
        positioned.sort(Comparator.comparingLong(p -> (Long) p[0]));
        List<RecordFindings> records = new ArrayList<>(positioned.size());
        positioned.forEach(p -> records.add((RecordFindings) p[1]));
        return records;
    }

    /**
     * The lines of a job's file, each held to {@link #MAX_LINE} chars, a {@code .gz} file inflated
     * through {@link InflationLimit}: a job folder from elsewhere may hold a line of gigabytes or a
     * gzip bomb, which would otherwise end the import in an OutOfMemoryError.
     */
    /** Jackson's words for a problem, without its location, which the message names as a file's line. */
    private static String reason(Exception e) {
        return e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
    }

    private static BoundedLines lines(Path file, boolean gzip) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            if (gzip) {
                in = InflationLimit.gunzip(in, 64 * 1024, "a gzip bomb, not a job's output; the import stopped reading it");
            }
        } catch (IOException e) {
            in.close();
            throw new IOException(file + ": not gzip as its name says (" + e.getMessage() + ")", e);
        }
        return new BoundedLines(new InputStreamReader(in, StandardCharsets.UTF_8), MAX_LINE);
    }

    /** The next line of {@code in}; a line over {@link #MAX_LINE} or a failed read is an IOException naming the file and line. */
    private static String next(BoundedLines in, Path file) throws IOException {
        String line;
        try {
            line = in.next();
        } catch (UncheckedIOException e) {
            throw new IOException(file + ":" + (in.number() + 1) + ": " + e.getCause().getMessage(), e.getCause());
        }
        if (line != null && in.lastWasCut()) {
            throw new IOException(String.format(Locale.ROOT, "%s:%d: the line is longer than %,d characters, which no record"
                    + " evidentia-spark writes is: is this a job's output?", file, in.number(), MAX_LINE));
        }
        return line;
    }

    private static RecordFindings record(JsonNode row) throws IOException {
        BibliographicRecord record = RecordJson.read(row.path("record").asText());
        StudyDesign design = new StudyDesign(StudyDesign.Type.parse(row.path("design").asText()), row.path("retracted").asBoolean(),
                row.path("design_basis").asText());
        List<Finding> findings = new ArrayList<>();
        for (JsonNode f : row.path("findings")) {
            findings.add(RecordCodec.finding(record.id(), f.path("kind").asText(), f.path("subject").asText(), f.path("subject_label").asText(),
                    f.path("subject_text").asText(), f.path("direction").asText(), f.path("attributes").asText(), f.path("field").asText(),
                    f.hasNonNull("section") ? f.get("section").asText() : null, f.path("sentence").asText(), f.path("sentence_start").asInt(),
                    f.path("sentence_end").asInt(), f.path("mention_start").asInt(), f.path("mention_end").asInt(),
                    f.hasNonNull("extractor") ? f.get("extractor").asText() : null,
                    f.hasNonNull("extractor_version") ? f.get("extractor_version").asText() : null));
        }
        return new RecordFindings(record, design, findings);
    }

    /** What an input of the job deletes: {@code deletions} with their versions, or the bare ids ({@code deleted}) of jobs before them. */
    private static List<Deletion> deletions(JsonNode file) throws IOException {
        if (file.has("deletions")) {
            return StoreJson.deletions(file.path("deletions").asText());
        }
        return StoreJson.strings(file.path("deleted").asText(null)).stream().map(id -> new Deletion(id, null)).toList();
    }

    /** The ids of the copies the input held that were merged into another input's: none from a job of before 2026-12-05. */
    private static List<String> mergedIds(JsonNode file) {
        List<String> ids = new ArrayList<>();
        file.path("merged_ids").forEach(id -> ids.add(id.asText()));
        return ids;
    }
}
