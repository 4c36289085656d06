package org.evidentia.textmining.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.textmining.attribute.StatementAttributes;
import org.evidentia.textmining.lexicon.LexiconEntry;
import org.evidentia.textmining.lexicon.TermLexicon;
import org.evidentia.textmining.record.RecordReader;
import org.evidentia.textmining.record.RecordStatement;
import org.evidentia.textmining.text.Sentence;
import org.evidentia.textmining.text.SentenceSplitter;
import org.junit.jupiter.api.Test;

/**
 * The example of docs/text-mining-kit.md, run: the guide's Java block is exactly the region between
 * {@code tag::example[]} and {@code end::example[]} below (indentation removed), so it cannot drift.
 */
class KitExampleTest {

    private static final Path GUIDE = Path.of("../../docs/text-mining-kit.md");

    @Test
    void theGuidesExampleReadsAnInventedRecord() {
        // tag::example[]
        // A lexicon of one's own: entries added in code (or TermLexicon.Builder.add(Path) for a TSV file).
        TermLexicon lexicon = TermLexicon.builder(Map.of())
                .add(new LexiconEntry("CORTISOL", "cortisol", List.of("cortisol", "hydrocortisone")))
                .build();
        // One reader for the whole run: immutable and thread-safe.
        RecordReader reader = new RecordReader(lexicon, Set.of("hormones"), new StatementAttributes());

        BibliographicRecord record = BibliographicRecord.builder().pmid("1").title("An invented study")
                .section("RESULTS", "Salivary cortisol was lower in patients with fibromyalgia than in healthy controls.")
                .build();
        List<String> found = new ArrayList<>();
        for (RecordStatement s : reader.read(record)) {
            found.add(s.mention().key() + " " + s.direction().label() + " " + s.attributes().get("specimen"));
        }

        // Sentences with exact offsets, for extractors that read text their own way.
        String text = "Cortisol fell (p < 0.05 vs. baseline). Serotonin did not change.";
        List<Sentence> sentences = new SentenceSplitter().split(text);
        // end::example[]

        assertThat(found).containsExactly("CORTISOL decreased saliva");
        assertThat(sentences).extracting(Sentence::text)
                .containsExactly("Cortisol fell (p < 0.05 vs. baseline).", "Serotonin did not change.");
        assertThat(text.substring(sentences.get(1).start(), sentences.get(1).end())).isEqualTo("Serotonin did not change.");
    }

    @Test
    void theGuidesJavaBlockIsTheExampleAsCompiled() throws IOException {
        List<String> guide = Files.readAllLines(GUIDE);
        int open = guide.indexOf("<!-- snippet: platform-core/textmining/src/test/java/org/evidentia/textmining/guide/KitExampleTest.java#example -->");
        assertThat(open).as("the snippet marker in " + GUIDE).isNotNegative();
        assertThat(guide.get(open + 1)).isEqualTo("```java");
        int close = guide.subList(open + 2, guide.size()).indexOf("```") + open + 2;
        assertThat(guide.subList(open + 2, close)).isEqualTo(region());
    }

    /** The lines between the tags of this file, with the region's common indentation removed. */
    private static List<String> region() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/test/java/org/evidentia/textmining/guide/KitExampleTest.java"));
        int start = -1;
        int end = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("// tag::example[]")) {
                start = i + 1;
            } else if (lines.get(i).strip().equals("// end::example[]")) {
                end = i;
            }
        }
        int indent = lines.get(start).length() - lines.get(start).stripLeading().length();
        return lines.subList(start, end).stream().map(l -> l.isBlank() ? "" : l.substring(indent)).toList();
    }
}
