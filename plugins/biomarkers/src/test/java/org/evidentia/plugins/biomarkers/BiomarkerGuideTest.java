package org.evidentia.plugins.biomarkers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/text-mining-kit.md shows this plugin's extractor and kind whole, as a reader of the
 * distribution has no plugin's source (review 6, finding 5): each Java block there that a
 * {@code <!-- snippet: plugins/biomarkers/...#TAG -->} marker precedes is exactly the region between
 * {@code tag::TAG[]} and {@code end::TAG[]} of that file (indentation removed).
 */
class BiomarkerGuideTest {

    private static final Path ROOT = Path.of("../..");
    private static final String SOURCES = "plugins/biomarkers/src/main/java/org/evidentia/plugins/biomarkers/";

    @Test
    void theKitGuideShowsTheExtractorAndItsKindAsCompiled() throws IOException {
        List<String> guide = Files.readAllLines(ROOT.resolve("docs/text-mining-kit.md"));
        assertThat(block(guide, SOURCES + "BiomarkerExtractor.java#extractor"))
                .isEqualTo(region(ROOT.resolve(SOURCES + "BiomarkerExtractor.java"), "extractor"));
        assertThat(block(guide, SOURCES + "BiomarkerKind.java#kind")).isEqualTo(region(ROOT.resolve(SOURCES + "BiomarkerKind.java"), "kind"));
    }

    /** The Java block under the marker of {@code snippet}. */
    private static List<String> block(List<String> guide, String snippet) {
        int marker = guide.indexOf("<!-- snippet: " + snippet + " -->");
        assertThat(marker).as("the marker of " + snippet + " in the guide").isNotNegative();
        assertThat(guide.get(marker + 1)).isEqualTo("```java");
        int close = guide.subList(marker + 2, guide.size()).indexOf("```") + marker + 2;
        return guide.subList(marker + 2, close);
    }

    /** The lines between the tags, with their common indentation removed. */
    private static List<String> region(Path file, String tag) throws IOException {
        List<String> lines = Files.readAllLines(file);
        int start = -1;
        int end = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("// tag::" + tag + "[]")) {
                start = i + 1;
            } else if (lines.get(i).strip().equals("// end::" + tag + "[]")) {
                end = i;
            }
        }
        assertThat(start).as(file + " has tag::" + tag + "[]").isPositive();
        List<String> region = lines.subList(start, end);
        int indent = region.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return region.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).toList();
    }
}
