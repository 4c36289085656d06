package org.evidentia.plugins.bioc.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.evidentia.api.BibliographicRecord;
import org.junit.jupiter.api.Test;

class PassageLayoutTest {

    /** Abstract text: "AIM: Find IL-6.\nSerum IL-6 rose.\nRESULTS: IL-10 fell." */
    private final BibliographicRecord record = BibliographicRecord.builder().pmid("96400131").title("IL-6 \uD835\uDF05 study")
            .section("AIM", "Find IL-6.").section(null, "Serum IL-6 rose.").section("RESULTS", "IL-10 fell.").build();
    private final PassageLayout layout = PassageLayout.of(record);

    @Test
    void placesTheTitleThenEachLabelAndSectionOnePastTheEndOfThePassageBeforeCountingCodePoints() {
        assertThat(layout.passages()).extracting(PassageLayout.Placed::type, PassageLayout.Placed::offset,
                PassageLayout.Placed::fieldStart, PassageLayout.Placed::text).containsExactly(
                tuple("title", 0L, 0, "IL-6 \uD835\uDF05 study"),
                tuple("abstract_title_1", 13L, 0, "AIM"),
                tuple("abstract", 17L, 5, "Find IL-6."),
                tuple("abstract", 28L, 16, "Serum IL-6 rose."),
                tuple("abstract_title_1", 45L, 33, "RESULTS"),
                tuple("abstract", 53L, 42, "IL-10 fell."));
    }

    @Test
    void mapsAFieldSpanToTheDocumentOffsetsOfThePassageHoldingIt() {
        String abstractText = record.abstractText();
        int serum = abstractText.indexOf("IL-6 rose");
        int il10 = abstractText.indexOf("IL-10");

        assertThat(layout.locations("abstract", serum, serum + 4)).containsExactly(new Bioc.Location(34, 4));
        assertThat(layout.locations("abstract", il10, il10 + 5)).containsExactly(new Bioc.Location(53, 5));
        assertThat(layout.locations("title", 0, 4)).containsExactly(new Bioc.Location(0, 4));
        assertThat(layout.locations("title", 8, 13)).as("after a surrogate pair: chars 8..13 are code points 7..12")
                .containsExactly(new Bioc.Location(7, 5));
        assertThat(layout.passageAt("abstract", il10)).isEqualTo(5);
    }

    @Test
    void aSpanOverALabelAndItsTextHasALocationInEachAndOneInNoPassageGetsAnEmptyLocationWhereItStarts() {
        String abstractText = record.abstractText();
        int label = abstractText.indexOf("RESULTS");

        assertThat(layout.locations("abstract", label, label + "RESULTS: IL-10".length()))
                .containsExactly(new Bioc.Location(45, 7), new Bioc.Location(53, 5));
        assertThat(layout.passageAt("abstract", label)).isEqualTo(4);
        assertThat(layout.locations("abstract", label + 7, label + 9)).as("the \": \" after the label")
                .containsExactly(new Bioc.Location(52, 0));
        assertThat(layout.locations("abstract", 15, 15)).as("an empty span at the end of a section")
                .containsExactly(new Bioc.Location(27, 0));
    }
}
