package org.evidentia.runtime.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evidentia.api.Direction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsFindingsAndNoneLines() throws Exception {
        Path file = dir.resolve("gold.jsonl");
        Files.writeString(file, "\uFEFF{\"pmid\": \"123\", \"cytokine\": \"IL6\", \"direction\": \"increased\", "
                + "\"specimen\": \"serum\", \"population\": \"human\", \"context\": \"sepsis\", \"evidence\": \"IL-6 rose.\"}\n"
                + "\n"
                + "{\"pmid\": null, \"doi\": \"10.1/x\", \"subject\": \"TNF\", \"direction\": \"unchanged\", \"specimen\": null}\n"
                + "{\"title\": \"A study.\", \"none\": true}\n");

        List<GoldFinding> gold = new GoldReader().read(file);

        assertThat(gold).hasSize(3);
        GoldFinding first = gold.get(0);
        assertThat(first.record().identity()).isEqualTo("pmid:123");
        assertThat(first.subject()).isEqualTo("IL6");
        assertThat(first.direction()).isEqualTo(Direction.INCREASED);
        assertThat(first.attributes()).containsOnlyKeys("context", "population", "specimen");
        assertThat(first.attribute("specimen")).isEqualTo("serum");
        assertThat(first.evidence()).isEqualTo("IL-6 rose.");
        GoldFinding second = gold.get(1);
        assertThat(second.record().identity()).isEqualTo("doi:10.1/x");
        assertThat(second.subject()).isEqualTo("TNF");
        // "specimen": null is annotated as unstated; population is not annotated at all
        assertThat(second.annotates("specimen")).isTrue();
        assertThat(second.attribute("specimen")).isNull();
        assertThat(second.annotates("population")).isFalse();
        assertThat(second.line()).isEqualTo(3);
        assertThat(gold.get(2).none()).isTrue();
        assertThat(gold.get(2).record().title()).isEqualTo("A study.");
    }

    @Test
    void badLinesNameFileAndLine() throws Exception {
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, "{\"pmid\": \"1\", \"cytokine\": \"IL6\", \"direction\": \"up\"}\n");
        assertThatThrownBy(() -> new GoldReader().read(file))
                .hasMessageContaining("bad.jsonl:1").hasMessageContaining("expected increased, decreased or unchanged");

        Files.writeString(file, "{\"pmid\": \"1\", \"direction\": \"increased\"}\n{not json\n");
        assertThatThrownBy(() -> new GoldReader().read(file)).hasMessageContaining("bad.jsonl:1")
                .hasMessageContaining("\"subject\" (or \"cytokine\") and \"direction\"");

        Files.writeString(file, "{\"cytokine\": \"IL6\", \"direction\": \"increased\"}\n");
        assertThatThrownBy(() -> new GoldReader().read(file)).hasMessageContaining("pmid, doi or title");

        Files.writeString(file, "{\"pmid\": \"1\", \"subject\": \"IL6\", \"cytokine\": \"TNF\", \"direction\": \"increased\"}\n");
        assertThatThrownBy(() -> new GoldReader().read(file)).hasMessageContaining("bad.jsonl:1")
                .hasMessageContaining("name different subjects");

        Files.writeString(file, "{\"pmid\": \"1\", \"subject\": \"IL6\", \"direction\": \"increased\", \"specimen\": [\"serum\"]}\n");
        assertThatThrownBy(() -> new GoldReader().read(file)).hasMessageContaining("bad.jsonl:1")
                .hasMessageContaining("\"specimen\" should be a string or null");

        Files.writeString(file, "{\"pmid\": \"1\", \"cytokine\": \"IL6\", \"direction\": \"increased\"}\n{not json\n");
        assertThatThrownBy(() -> new GoldReader().read(file)).hasMessageContaining("bad.jsonl:2");
        // the review of session 23, E2: an empty cell was scored as "the abstract states none"
        Files.writeString(file, "{\"pmid\": \"1\", \"subject\": \"IL6\", \"direction\": \"increased\", \"specimen\": \" \"}\n");
        assertThatThrownBy(() -> new GoldReader().read(file)).hasMessageContaining("bad.jsonl:1")
                .hasMessageContaining("\"specimen\" is empty; write null where the abstract states no specimen");
    }

    /** An explorer's L10 (2026-12-04): evaluate told the first bad line and stopped; a hand-made file is mended in one go. */
    @Test
    void everyBadLineIsToldAtOnceInTheFilesOrderUpToTwenty() throws Exception {
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, "{\"pmid\": \"1\", \"cytokine\": \"IL6\", \"direction\": \"up\"}\n"
                + "{\"pmid\": \"1\", \"cytokine\": \"TNF\", \"direction\": \"increased\"}\n{not json\n");
        assertThatThrownBy(() -> new GoldReader().read(file)).isInstanceOfSatisfying(GoldReader.MalformedGold.class, e ->
                assertThat(e.mistakes()).satisfiesExactly(
                        m -> assertThat(m).startsWith(file + ":1: 'up' is not a direction"),
                        m -> assertThat(m).startsWith(file + ":3: ")));

        Files.writeString(file, "{not json\n".repeat(25));
        assertThatThrownBy(() -> new GoldReader().read(file)).isInstanceOfSatisfying(GoldReader.MalformedGold.class, e -> {
            assertThat(e.mistakes()).hasSize(21);
            assertThat(e.mistakes().get(20)).isEqualTo(file + ": and 5 more malformed lines");
        });
    }

    /** The review of session 30, K5: an export given as the gold (the two swapped) got twenty of the JSON parser's lines. */
    @Test
    void aFileWithNoJsonObjectIsToldItIsNoGoldFileInOneLine(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path export = Files.writeString(dir.resolve("pubmed_result.txt"), "\n1. J Immunol. 2015;12:1-2.\n\nIL-6 in sepsis.\n\nSmith J.\n"
                .repeat(10));
        assertThatThrownBy(() -> new GoldReader().read(export)).isInstanceOfSatisfying(GoldReader.MalformedGold.class, e ->
                assertThat(e.mistakes()).containsExactly(export + ": is not a gold file: no line of it is a JSON object (a gold file is"
                        + " JSON Lines, one finding a line: docs/evaluation.md); it begins '1. J Immunol. 2015;12:1-2.': if it is an"
                        + " export, give it as an input and the gold file with --gold"));
    }

    @Test
    void aGoldFileOfNoLineIsRefusedForItWouldScorePerfectly(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        // an explorer's F10 (2026-12-05): an empty gold file scored P = R = F1 = 1.000 and passed --min-f1
        Path empty = Files.writeString(dir.resolve("empty.jsonl"), "\n  \n");
        assertThatThrownBy(() -> new GoldReader().read(empty)).isInstanceOf(GoldReader.MalformedGold.class)
                .hasMessage(empty + ": holds no gold line (JSON Lines: one finding, or \"none\": true, a line; docs/evaluation.md)");
    }

    @Test
    void aPmidIsItsDigitsWithOrWithoutItsLabelAndAnythingElseIsAMistakeAtItsLine(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path file = Files.writeString(dir.resolve("g.jsonl"), "{\"pmid\": \"PMID: 25325463\", \"subject\": \"IL6\", \"direction\": \"increased\"}\n"
                + "{\"pmid\": \"2532546x\", \"subject\": \"IL6\", \"direction\": \"increased\"}\n");
        assertThatThrownBy(() -> new GoldReader().read(file)).isInstanceOfSatisfying(GoldReader.MalformedGold.class, e ->
                assertThat(e.mistakes()).containsExactly(file + ":2: \"pmid\" '2532546x' is not a PubMed id (its digits, such as 25325463)"));
        Files.writeString(file, "{\"pmid\": \"PMID: 25325463\", \"subject\": \"IL6\", \"direction\": \"increased\"}\n");
        assertThat(new GoldReader().read(file)).extracting(g -> g.record().pmid()).containsExactly("25325463");
    }

    /** The review of session 23, E11: a DOI written as a link matched nothing, though exclusion lists take that form. */
    @Test
    void aDoiAndAPmidAreReadInTheFormsExclusionListsTake(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("g.jsonl"), "{\"doi\": \"https://doi.org/10.1000/AB.1\", \"subject\": \"IL6\","
                + " \"direction\": \"increased\"}\n{\"doi\": \"doi:10.1000/ab.2\", \"subject\": \"IL6\", \"direction\": \"increased\"}\n"
                + "{\"pmid\": \"0025325463\", \"subject\": \"IL6\", \"direction\": \"increased\"}\n");

        List<GoldFinding> gold = new GoldReader().read(file);

        assertThat(gold).extracting(g -> g.record().identity()).containsExactly("doi:10.1000/ab.1", "doi:10.1000/ab.2", "pmid:25325463");
    }
}
