package org.evidentia.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/plugin-guide.md shows only code the build compiles or builds: each Java or XML block is
 * preceded by {@code <!-- snippet: PATH#TAG -->} and is exactly the region between {@code tag::TAG[]}
 * and {@code end::TAG[]} of that file (indentation removed), so the guide cannot drift from the code.
 */
class PluginGuideTest {

    private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
    private static final Pattern MARKER = Pattern.compile("<!-- snippet: (\\S+)#(\\S+) -->");

    @Test
    void everyJavaAndXmlBlockIsItsTaggedRegionOfACompiledFile() throws IOException {
        List<String> lines = Files.readAllLines(ROOT.resolve("docs/plugin-guide.md"));
        int checked = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.startsWith("```") || line.length() == 3) {
                continue;
            }
            String language = line.substring(3).strip();
            int end = i + 1;
            while (!lines.get(end).equals("```")) {
                end++;
            }
            List<String> block = lines.subList(i + 1, end);
            if (language.equals("java") || language.equals("xml")) {
                String previous = lines.get(i - 1);
                Matcher marker = MARKER.matcher(previous);
                assertThat(marker.matches()).as("line " + i + " of the guide: a " + language + " block needs a snippet marker above it")
                        .isTrue();
                assertThat(String.join("\n", block)).as("the block at line " + (i + 1) + " of the guide against " + previous)
                        .isEqualTo(String.join("\n", region(ROOT.resolve(marker.group(1)), marker.group(2))));
                checked++;
            }
            i = end;
        }
        assertThat(checked).as("java and xml blocks checked").isEqualTo(7);
    }

    private static List<String> region(Path file, String tag) throws IOException {
        List<String> lines = Files.readAllLines(file);
        int start = -1;
        List<String> region = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("tag::" + tag + "[]")) {
                start = i;
            } else if (lines.get(i).contains("end::" + tag + "[]")) {
                region = lines.subList(start + 1, i);
                break;
            }
        }
        assertThat(start).as(file + " has tag::" + tag + "[]").isGreaterThanOrEqualTo(0);
        int indent = region.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return region.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).toList();
    }
}
