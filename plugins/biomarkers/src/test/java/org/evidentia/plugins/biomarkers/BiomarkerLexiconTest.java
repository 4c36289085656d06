package org.evidentia.plugins.biomarkers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import org.evidentia.textmining.lexicon.LexiconEntry;
import org.evidentia.textmining.lexicon.TermLexicon;
import org.junit.jupiter.api.Test;

class BiomarkerLexiconTest {

    private static TermLexicon read(String text) throws IOException {
        return BiomarkerLexicon.read(new BufferedReader(new StringReader(text)), "my.tsv");
    }

    @Test
    void linesOfOneKeyMakeOneEntryWithEveryTerm() throws IOException {
        TermLexicon lexicon = read("term\tkey\tlabel\n# a comment\n\nsubstance P\tTAC1\tsubstance P\nSP\tTAC1\tsubstance P\n"
                + "melatonin\tMLT\tmelatonin\n");

        assertThat(lexicon.entries()).containsExactly(
                new LexiconEntry("TAC1", "substance P", java.util.List.of("substance P", "SP")),
                new LexiconEntry("MLT", "melatonin", java.util.List.of("melatonin")));
        assertThat(lexicon.find("Substance P and SP rose; sp did not")).extracting(m -> m.key() + ":" + m.text())
                .containsExactly("TAC1:Substance P", "TAC1:SP");
    }

    @Test
    void theExampleLexiconHoldsTheSevenMarkers() {
        assertThat(BiomarkerLexicon.example().entries()).extracting(LexiconEntry::key)
                .containsExactly("TAC1", "BDNF", "NGF", "CALCA", "NPY", "CORTISOL", "SEROTONIN");
    }

    @Test
    void everyBadLineIsNamedWithFileAndLine() {
        assertThatThrownBy(() -> read("cortisol\tCORTISOL\n"))
                .hasMessage("my.tsv, line 1: expected three tab-separated columns (term, key, label), found: cortisol\tCORTISOL");
        assertThatThrownBy(() -> read("cortisol\tCORTISOL\tcortisol\nhydrocortisone\tCORTISOL\tHydrocortisone\n"))
                .hasMessage("my.tsv, line 2: key CORTISOL has the label 'Hydrocortisone' but line 1 gives it the label 'cortisol'");
        assertThatThrownBy(() -> read("5-HT\tSEROTONIN\tserotonin\n# x\n5-ht\tHTR\t5-HT receptor\n"))
                .hasMessage("my.tsv, line 3: the term '5-ht' is given for key HTR but line 1 gives it for key SEROTONIN");
        assertThatThrownBy(() -> read("# nothing but comments\n"))
                .hasMessageContaining("my.tsv: the lexicon has no term");
    }

    /** Review s22 K1: the kit's lexicon, the same three columns in another order, was read without a word. */
    @Test
    void aLexiconInTheKitsFormatIsRefusedByItsHeaderOrItsListOfSpellings() {
        assertThatThrownBy(() -> read("key\tlabel\tspellings\nCORTISOL\tcortisol\tcortisol | hydrocortisone\n"))
                .hasMessage("my.tsv, line 1: this header names a lexicon of key, label and spellings (the cytokine extractor's"
                        + " format); a biomarker lexicon has one spelling a line: term<TAB>key<TAB>label");
        assertThatThrownBy(() -> read("CORTISOL\tcortisol\tcortisol | hydrocortisone\n"))
                .hasMessage("my.tsv, line 1: the label 'cortisol | hydrocortisone' lists spellings separated by ' | ', as the"
                        + " cytokine extractor's lexicon does; a biomarker lexicon has one spelling a line: term<TAB>key<TAB>label");
    }
}
