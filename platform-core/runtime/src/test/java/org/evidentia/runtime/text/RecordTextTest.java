package org.evidentia.runtime.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Origin;
import org.junit.jupiter.api.Test;

class RecordTextTest {

    @Test
    void controlsUnpairedSurrogatesAndNonCharactersAreReplacedOneForOne() {
        String text = "a\u0000b\u0001\u0007\u000b\u000c\u001bc\ud800d\udfffe\ud800\uffff\ufffe";
        String cleaned = RecordText.cleaned(text);
        assertThat(cleaned).isEqualTo("a\uFFFDb\uFFFD\uFFFD\uFFFD\uFFFD\uFFFDc\uFFFDd\uFFFDe\uFFFD\uFFFD\uFFFD").hasSameSizeAs(text);
        assertThat(cleaned.codePointCount(0, cleaned.length())).isEqualTo(text.codePointCount(0, text.length()));
    }

    @Test
    void deleteC1ControlsAndBidirectionalOverridesAreReplacedButNotTheLineBreaksTheConsoleEscapes() {
        // U+202E would show "IL-6 was decreased" of a quoted sentence reversed in report.html
        String text = "IL-6 \u202edesaercni\u202c x\u007fy\u009b2J\u0080 \u2066a\u2069\u0085\u2028\u2029";
        assertThat(RecordText.cleaned(text))
                .isEqualTo("IL-6 \uFFFDdesaercni\uFFFD x\uFFFDy\uFFFD2J\uFFFD \uFFFDa\uFFFD\u0085\u2028\u2029");
    }

    @Test
    void everyControlTheConsoleEscapesIsReplacedUnlessItBreaksALineOrIsATab() {
        for (char c = 0; c < 0xD800; c++) {
            String text = "a" + c + "b";
            boolean lineBreakOrTab = c == '\t' || c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
            String expected = ConsoleText.isControl(c) && !lineBreakOrTab ? "a\uFFFDb" : text;
            assertThat(RecordText.cleaned(text)).as("U+%04X", (int) c).isEqualTo(expected);
        }
    }

    @Test
    void wellFormedTextIsKeptAsItIsEvenPairedSurrogatesTabsAndLineBreaks() {
        String text = "IL-6 \ud835\udefc-chain\tx\r\ny\u2028z \u0085 café";
        assertThat(RecordText.cleaned(text)).isSameAs(text);
        BibliographicRecord record = BibliographicRecord.builder().pmid("1").title(text).section("RESULTS", text).author("Doe J")
                .metadata("k", "v").origin(new Origin("s", "f", 1, 1)).build();
        assertThat(RecordText.cleaned(record)).isSameAs(record);
    }

    @Test
    void everyTextFieldOfARecordIsCleaned() {
        BibliographicRecord record = BibliographicRecord.builder().pmid("1\u0007").doi("10.1/\u001b").title("T\u0000").section("R\u0001", "x\ud800")
                .author("Doe\u001b J").journal("J\u0007").keyword("k\u0000").meshTerm("m\u0000").publicationType("p\u0000")
                .metadata("key\u0000", "v\u0000").version(2).year(2020).origin(new Origin("s", "f", 1, 1)).build();

        BibliographicRecord cleaned = RecordText.cleaned(record);

        assertThat(cleaned.id()).isEqualTo("1\uFFFD");
        assertThat(cleaned.doi()).isEqualTo("10.1/\uFFFD");
        assertThat(cleaned.title()).isEqualTo("T\uFFFD");
        assertThat(cleaned.sections()).singleElement().satisfies(s -> {
            assertThat(s.label()).isEqualTo("R\uFFFD");
            assertThat(s.text()).isEqualTo("x\uFFFD");
        });
        assertThat(cleaned.authors()).containsExactly("Doe\uFFFD J");
        assertThat(cleaned.journal()).isEqualTo("J\uFFFD");
        assertThat(cleaned.keywords()).containsExactly("k\uFFFD");
        assertThat(cleaned.meshTerms()).containsExactly("m\uFFFD");
        assertThat(cleaned.publicationTypes()).containsExactly("p\uFFFD");
        assertThat(cleaned.metadata()).containsExactly(java.util.Map.entry("key\uFFFD", java.util.List.of("v\uFFFD")));
        assertThat(cleaned.version()).isEqualTo(2);
        assertThat(cleaned.year()).isEqualTo(2020);
        assertThat(cleaned.origins()).isEqualTo(record.origins());
    }
}
