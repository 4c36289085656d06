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
                + "\"specimen\": \"serum\", \"context\": \"sepsis\", \"evidence\": \"IL-6 rose.\"}\n"
                + "\n"
                + "{\"pmid\": null, \"doi\": \"10.1/x\", \"cytokine\": \"TNF\", \"direction\": \"unchanged\", \"specimen\": null}\n"
                + "{\"title\": \"A study.\", \"none\": true}\n");

        List<GoldFinding> gold = new GoldReader().read(file);

        assertThat(gold).hasSize(3);
        assertThat(gold.get(0).record().identity()).isEqualTo("pmid:123");
        assertThat(gold.get(0).direction()).isEqualTo(Direction.INCREASED);
        assertThat(gold.get(0).specimen()).isEqualTo("serum");
        assertThat(gold.get(1).record().identity()).isEqualTo("doi:10.1/x");
        assertThat(gold.get(1).specimen()).isNull();
        assertThat(gold.get(1).line()).isEqualTo(3);
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
                .hasMessageContaining("\"cytokine\" and \"direction\"");

        Files.writeString(file, "{\"cytokine\": \"IL6\", \"direction\": \"increased\"}\n");
        assertThatThrownBy(() -> new GoldReader().read(file)).hasMessageContaining("pmid, doi or title");

        Files.writeString(file, "{\"pmid\": \"1\", \"cytokine\": \"IL6\", \"direction\": \"increased\"}\n{not json\n");
        assertThatThrownBy(() -> new GoldReader().read(file)).hasMessageContaining("bad.jsonl:2");
    }
}
