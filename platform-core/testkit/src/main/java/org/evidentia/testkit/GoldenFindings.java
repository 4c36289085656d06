package org.evidentia.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evidentia.api.Api;
import org.evidentia.api.Finding;
import org.opentest4j.AssertionFailedError;

/**
 * A golden file of findings: what an extractor is expected to find, one JSON object per line, in
 * order (record, kind, subject key, label and text, direction, attributes, field, sentence and
 * mention offsets). {@link #assertMatches} compares findings with it line by line.
 *
 * <p>To write or refresh the file from what the extractor finds now, run the tests with
 * {@code -Devidentia.golden=update} and review the change like code. Injected by
 * {@link EvidentiaPluginTest} for a parameter marked {@link Golden}.
 *
 * @since 0.1
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public final class GoldenFindings {

    /** The system property that, set to {@code update}, rewrites golden files instead of comparing. */
    static final String UPDATE = "evidentia.golden";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final boolean update;

    /**
     * The golden file {@code file}, compared (or rewritten when {@code -Devidentia.golden=update}).
     *
     * @since 0.1
     */
    public GoldenFindings(Path file) {
        this(file, "update".equals(System.getProperty(UPDATE)));
    }

    GoldenFindings(Path file, boolean update) {
        this.file = file;
        this.update = update;
    }

    /**
     * The golden file's path.
     *
     * @since 0.1
     */
    public Path file() {
        return file;
    }

    /**
     * Checks that {@code findings} are exactly those of the golden file, in the same order.
     *
     * @throws AssertionFailedError naming the file and its first line that differs, with the golden
     *     line and the finding's line in the message (and as its expected and actual values), or
     *     saying how to write the file when there is none
     * @since 0.1
     */
    public void assertMatches(List<Finding> findings) {
        List<String> actual = findings.stream().map(GoldenFindings::line).toList();
        try {
            if (update) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.write(file, actual, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.isRegularFile(file)) {
                throw new AssertionFailedError("no golden file " + file + ": run the test with -D" + UPDATE
                        + "=update to write it from these " + actual.size() + " finding(s), then review it");
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<String> expected = new ArrayList<>();
            List<Integer> lineNumbers = new ArrayList<>(); // of the file, which may hold blank lines
            for (int n = 0; n < lines.size(); n++) {
                if (!lines.get(n).isBlank()) {
                    expected.add(lines.get(n));
                    lineNumbers.add(n + 1);
                }
            }
            for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
                String want = i < expected.size() ? expected.get(i) : "(no line)";
                String got = i < actual.size() ? actual.get(i) : "(no finding)";
                if (!want.equals(got)) {
                    int line = i < expected.size() ? lineNumbers.get(i) : lines.size() + 1;
                    // Both lines in the message itself: Surefire's report and the console print the
                    // message, not the error's expected and actual values, which only IDEs show.
                    throw new AssertionFailedError(file + " line " + line + " differs (" + expected.size()
                            + " golden, " + actual.size() + " found; -D" + UPDATE + "=update rewrites the file)"
                            + System.lineSeparator() + "  golden: " + want
                            + System.lineSeparator() + "  found:  " + got, want, got);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One finding as one line of JSON, its keys in a fixed order. */
    static String line(Finding f) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("record", f.recordId());
        out.put("kind", f.kind());
        out.put("subject", f.subject().key());
        out.put("label", f.subject().label());
        out.put("text", f.subject().text());
        out.put("direction", f.direction().name().toLowerCase(java.util.Locale.ROOT));
        out.put("attributes", f.attributes());
        out.put("field", f.evidence().field());
        out.put("sentence", f.evidence().sentence());
        out.put("mention", new ArrayList<>(List.of(f.evidence().mentionStart(), f.evidence().mentionEnd())));
        try {
            return JSON.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
