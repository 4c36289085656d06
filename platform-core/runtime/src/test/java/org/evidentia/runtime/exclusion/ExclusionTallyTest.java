package org.evidentia.runtime.exclusion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.evidentia.api.RunSummary;
import org.junit.jupiter.api.Test;

/** How the one-line tally of a run's exclusions writes its reasons. */
class ExclusionTallyTest {

    // An explorer's F9 and F18 (s15): "off-topic: a veterinary study: 2; other: 2" read as three reasons, and a reason's
    // line break was printed raw on the console
    @Test
    void aReasonHoldingTheTallysMarksIsQuotedAndEveryReasonIsOnOneLine() {
        Map<String, Long> byReason = new TreeMap<>();
        byReason.put("off-topic: a veterinary study", 2L);
        byReason.put("other", 1_200L);
        byReason.put("a;b", 1L);
        byReason.put("off\nmultiline", 1L);
        byReason.put("the \"pilot\" study", 1L);

        assertThat(ExclusionTally.byReason(new RunSummary.Exclusions("exclusions.csv", byReason)))
                .isEqualTo("other: 1,200; \"off-topic: a veterinary study\": 2; \"a;b\": 1; off\\nmultiline: 1; \"the \"\"pilot\"\" study\": 1");
    }

    // An explorer's F6 (s15): a record listed by its PMID and by its DOI with two reasons was excluded by one, the other dropped
    @Test
    void aRecordListedByTwoOfItsIdsWithTwoReasonsIsToldOnce() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("exclusions", ".csv");
        java.nio.file.Files.writeString(file, "id,reason\n29366930,off-topic\n10.1016/j.bbi.2018.01.005,letter\n31479874,other\n"
                + "PMID: 31479875,same\n10.1000/x,same\n");
        ExclusionTally tally = new ExclusionTally(ExclusionListReader.read(file, "exclusions.csv"));

        assertThat(tally.exclude("29366930", "10.1016/j.bbi.2018.01.005", "29366930").reason()).isEqualTo("off-topic");
        assertThat(tally.exclude("31479875", "10.1000/x", "31479875").reason()).isEqualTo("same");
        assertThat(tally.exclude("31479874", null, "31479874").reason()).isEqualTo("other");

        assertThat(tally.twoReasons()).containsExactly("record 29366930 is listed twice with two reasons, as 29366930 (line 2:"
                + " off-topic) and as 10.1016/j.bbi.2018.01.005 (line 3: letter); it was excluded as the first says: give it one reason");
    }
}
