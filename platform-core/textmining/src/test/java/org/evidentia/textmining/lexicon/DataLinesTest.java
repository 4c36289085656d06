package org.evidentia.textmining.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataLinesTest {

    @Test
    void dataLinesComeWithTheirNumbersWithoutBlankLinesCommentsOrAByteOrderMark() throws IOException {
        List<String> seen = new ArrayList<>();
        DataLines.read(new BufferedReader(new StringReader("\uFEFFkey\tlabel\n\n# a comment\n  \nIL6\tIL-6\n\uFEFFlater\n")),
                (number, line) -> seen.add(number + ":" + line));
        assertThat(seen).containsExactly("1:key\tlabel", "5:IL6\tIL-6", "6:\uFEFFlater");
    }

    @Test
    void whatTheHandlerThrowsReachesTheCallerAndAMissingResourceIsNamed() {
        assertThatThrownBy(() -> DataLines.read(new BufferedReader(new StringReader("a\nb\n")), (number, line) -> {
            throw new IllegalArgumentException("line " + number);
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("line 1");
        assertThatThrownBy(() -> DataLines.readResource(DataLinesTest.class, "no-such.tsv", (number, line) -> { }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("no-such.tsv is missing beside " + DataLinesTest.class.getName());
    }
}
