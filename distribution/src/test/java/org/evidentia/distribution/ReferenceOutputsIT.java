package org.evidentia.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.evidentia.testkit.PluginTestKit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same inputs and plugins give the same outputs, build after build, unless a change means them
 * to differ (issue 12, must-have 5: until now every engine change was checked against the build
 * before it by hand, and only determinism across thread counts by a test). The built distribution
 * reads the bundled example pages and the tests' own invented records in MEDLINE and RIS (a
 * structured abstract, a review, a character beyond the Basic Multilingual Plane, duplicates across
 * the two formats) with a fixed run date and every table format, and each output is compared byte for
 * byte with its copy in {@code src/test/resources/reference/outputs}; run.json too, without what
 * differs between machines and builds (timings, threads, the plugins' and the text-mining kit's
 * checksums, and the outputs' sizes and checksums, which are checked against the files instead). The build id ({@code 0.1.0+a024f949c3d1}) stands as {@code 0.1.0+BUILD} in both.
 *
 * <p>A change that means outputs to differ refreshes the copy with
 * {@code mvn verify -pl distribution -Dit.test=ReferenceOutputsIT -Devidentia.reference.refresh=true}
 * (after {@code mvn install -DskipTests}), which rewrites it and reports this test aborted; its
 * {@code git diff} is then the change's effect on every output, to read before committing.
 */
class ReferenceOutputsIT {

    private static final Pattern BUILD = Pattern.compile("(\\d+\\.\\d+\\.\\d+)\\+[0-9a-f]{7,40}(-dirty)?");
    private static final String RUN_JSON = "run.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @TempDir
    Path work;

    @Test
    void theSameInputsGiveTheReferenceOutputsByteForByte() throws Exception {
        Distribution dist = Distribution.built();
        Path inputs = Files.createDirectories(work.resolve("inputs"));
        try (Stream<Path> examples = Files.list(dist.home().resolve("examples"))) {
            for (Path page : examples.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                Files.copy(page, inputs.resolve(page.getFileName()));
            }
        }
        Files.copy(PluginTestKit.resource("roundtrip/cytokines.nbib"), inputs.resolve("cytokines.nbib"));
        Files.copy(PluginTestKit.resource("overlap/library.ris"), inputs.resolve("library.ris"));
        Files.copy(PluginTestKit.resource("overlap/medline.nbib"), inputs.resolve("medline.nbib"));

        Distribution.Result run = dist.run(work, "run", "inputs", "-o", "out", "--run-date", "2026-01-31", "--no-progress",
                "--option", "review-table.formats=csv", "--option", "review-table.formats=tsv",
                "--option", "review-table.formats=markdown");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.stdout()).containsPattern("Found [1-9][0-9]+ findings");

        Path out = work.resolve("out");
        List<String> written = outputs(out);
        assertListsEachOtherOutputByItsSizeAndSha256(out, written);
        Path reference = referenceFolder();
        if (Boolean.getBoolean("evidentia.reference.refresh")) {
            refresh(out, written, reference);
            Assumptions.abort("reference outputs rewritten in " + reference + ": read their git diff before committing");
        }
        assertThat(written).as("the outputs written").containsExactlyElementsOf(outputs(reference));
        for (String file : written) {
            assertThat(normalised(out.resolve(file))).as(file + " (refresh with -Devidentia.reference.refresh=true if the change is meant)")
                    .isEqualTo(Files.readString(reference.resolve(file), StandardCharsets.UTF_8));
        }
    }

    /** run.json's {@code outputs} are the folder's other files, each as it is on disk: what a reader checks a table sent on alone by. */
    private static void assertListsEachOtherOutputByItsSizeAndSha256(Path out, List<String> written) throws Exception {
        JsonNode listed = JSON.readTree(out.resolve(RUN_JSON).toFile()).path("outputs");
        assertThat(listed).extracting(file -> file.path("path").asText()).as("run.json's outputs")
                .containsExactlyElementsOf(written.stream().filter(name -> !name.equals(RUN_JSON)).toList());
        for (JsonNode file : listed) {
            byte[] bytes = Files.readAllBytes(out.resolve(file.path("path").asText()));
            assertThat(file.path("bytes").asLong()).as(file.toString()).isEqualTo(bytes.length);
            assertThat(file.path("sha256").asText()).as(file.toString())
                    .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        }
    }

    /** The output folder's files, by name, sorted; the folder's marker of being Evidentia's is none of them. */
    private static List<String> outputs(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(name -> !name.startsWith(".")).sorted().toList();
        }
    }

    /** An output as compared: the build id made {@code BUILD}; run.json without what differs between machines and builds. */
    private static String normalised(Path file) throws IOException {
        String text = BUILD.matcher(Files.readString(file, StandardCharsets.UTF_8)).replaceAll("$1+BUILD");
        if (!file.getFileName().toString().equals(RUN_JSON)) {
            return text;
        }
        ObjectNode run = (ObjectNode) JSON.readTree(text);
        run.remove(List.of("timings_ms", "threads"));
        for (JsonNode plugin : run.path("plugins")) {
            ((ObjectNode) plugin).remove("sha256");
        }
        ((ObjectNode) run.path("text_mining")).remove("sha256");
        for (JsonNode output : run.path("outputs")) { // checked against the files themselves, whose build id differs
            ((ObjectNode) output).remove(List.of("bytes", "sha256"));
        }
        return JSON.writeValueAsString(run) + "\n";
    }

    private static void refresh(Path out, List<String> written, Path reference) throws IOException {
        Files.createDirectories(reference);
        for (String stale : outputs(reference)) {
            Files.delete(reference.resolve(stale));
        }
        for (String file : written) {
            Files.writeString(reference.resolve(file), normalised(out.resolve(file)), StandardCharsets.UTF_8);
        }
    }

    /** The reference copy in the module's sources (failsafe runs in the module's folder). */
    private static Path referenceFolder() {
        return Path.of("src", "test", "resources", "reference", "outputs").toAbsolutePath();
    }
}
