package org.evidentia.runtime.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evidentia.api.Finding;

/**
 * Writes every error of an evaluation as JSON Lines (format: docs/evaluation.md), one object per
 * false positive, miss and attribute mismatch, in the order of the gold files and, within one, of
 * the report: so that two runs' files can be compared line by line, error class by error class.
 */
public final class ErrorsFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ErrorsFile() {
    }

    /**
     * Writes {@code file} (replacing it).
     *
     * @param reports the report of each gold file, by the name the lines carry in {@code file}, in order
     */
    public static void write(Path file, Map<String, EvaluationReport> reports) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, EvaluationReport> e : reports.entrySet()) {
                for (Map<String, Object> line : lines(e.getKey(), e.getValue())) {
                    out.write(JSON.writeValueAsString(line));
                    out.write('\n');
                }
            }
        }
    }

    /**
     * Why {@code file} may not take an evaluation's errors, or null when it may: checked before the run, since the file is
     * written at its end, over whatever it holds (a slip of {@code --errors dev.jsonl} for {@code --gold dev.jsonl} emptied
     * the hand-annotated gold file, an explorer's s21, D6; a missing folder was told only after the whole evaluation, D7).
     *
     * @param read     the files and folders the run reads: the gold files and the inputs that exist
     * @param replaced the output folder the run replaces
     */
    public static String refusal(Path file, List<Path> read, Path replaced) {
        Path target = file.toAbsolutePath().normalize();
        if (Files.isDirectory(target)) {
            return "is a folder: give a file, such as errors.jsonl";
        }
        Path folder = target.getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            return "is in a folder that does not exist: " + folder;
        }
        for (Path path : read) {
            Path p = path.toAbsolutePath().normalize();
            if (p.equals(target) || Files.exists(target) && Files.exists(p) && sameFile(p, target)) {
                return "is " + p + ", which the evaluation reads: the errors would be written over it; give another file";
            }
            if (Files.isDirectory(p) && target.startsWith(p)) {
                return "is inside " + p + ", a folder the evaluation reads: the next run would read the errors as an input; give a file"
                        + " elsewhere";
            }
        }
        if (replaced != null && target.startsWith(replaced.toAbsolutePath().normalize())) {
            return "is inside the output folder " + replaced + ", which each run replaces: give a file elsewhere";
        }
        if (Files.isRegularFile(target) && !earlierErrorsFile(target)) {
            return "holds something other than an earlier --errors file (its first line is no error line): the errors would be written"
                    + " over it; give a new file, or delete this one first";
        }
        // told only after the whole evaluation, as the bare path and exit 1, a gate's "below threshold" (the review of session 25,
        // U1); last, after what the file would destroy, so that a read-only gold file is told as the gold file (its diff review, R4)
        if (Files.exists(target) ? !Files.isWritable(target) : folder != null && !Files.isWritable(folder)) {
            return Files.exists(target) ? "cannot be written by this user (permission denied): give a file you may write"
                    : "is in a folder this user cannot write (permission denied): " + folder;
        }
        return null;
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether {@code file} is empty or starts with a line this class writes: an earlier run's errors, fine to replace. */
    private static boolean earlierErrorsFile(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            char[] start = new char[1 << 16];
            int n = in.read(start);
            if (n <= 0) {
                return true;
            }
            String first = new String(start, 0, n).lines().findFirst().orElse("");
            JsonNode line = JSON.readTree(first);
            return line != null && line.isObject() && line.has("file") && line.has("error") && line.has("subject");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The error lines of one gold file's report. */
    static List<Map<String, Object>> lines(String gold, EvaluationReport report) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (EvaluationReport.FalsePositive fp : report.falsePositives()) {
            Finding f = fp.finding();
            Map<String, Object> line = start(gold, "false-positive", fp.record(), f.subject().key(), f.direction().label());
            Map<String, String> predicted = new LinkedHashMap<>();
            report.attributes().forEach(a -> predicted.put(a.name(), f.attribute(a.name())));
            line.put("predicted", predicted);
            line.put("sentence", f.evidence().sentence());
            lines.add(line);
        }
        for (EvaluationReport.Miss m : report.misses()) {
            GoldFinding g = m.gold();
            Map<String, Object> line = start(gold, "miss", g.record(), g.subject(), g.direction().label());
            Map<String, String> values = new LinkedHashMap<>();
            report.attributes().stream().filter(a -> g.annotates(a.name())).forEach(a -> values.put(a.name(), g.attribute(a.name())));
            line.put("gold", values);
            line.put("record_read", m.recordRead());
            line.put("sentence", g.evidence());
            lines.add(line);
        }
        for (EvaluationReport.AttributeScore a : report.attributes()) {
            for (EvaluationReport.AttributeMismatch s : a.mismatches()) {
                Map<String, Object> line = start(gold, "attribute", s.gold().record(), s.gold().subject(),
                        s.gold().direction().label());
                line.put("attribute", s.attribute());
                line.put("gold", s.goldValues());
                line.put("predicted", s.predicted());
                line.put("sentence", s.finding().evidence().sentence());
                lines.add(line);
            }
        }
        return lines;
    }

    private static Map<String, Object> start(String gold, String error, GoldRecord record, String subject, String direction) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("file", gold);
        line.put("error", error);
        if (record.pmid() != null) {
            line.put("pmid", record.pmid());
        } else if (record.doi() != null) {
            line.put("doi", record.doi());
        } else {
            line.put("title", record.title());
        }
        line.put("subject", subject);
        line.put("direction", direction);
        return line;
    }
}
