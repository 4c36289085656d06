package org.evidentia.textmining.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldedTextTest {

    @Test
    void charForCharWhenNothingIsDropped() {
        FoldedText f = FoldedText.of("Serum IL\u20136 and TNF\u2011\u03b1 rose\tnightly (p < 0.05).");
        assertThat(f.text()).isEqualTo("serum il-6 and tnf-\u03b1 rose nightly (p < 0.05).");
        for (int i = 0; i < f.text().length(); i++) {
            assertThat(f.origin(i)).isEqualTo(i);
        }
    }

    @Test
    void dropsBracketsOfAbbreviationsRunsOfSpaceAndLineWrapsWithOffsetsMapped() {
        String original = "interleukin (IL)-2,  IL-12(p40) and tumor necrosis factor- alpha";
        FoldedText f = FoldedText.of(original);
        assertThat(f.text()).isEqualTo("interleukin il-2, il-12p40 and tumor necrosis factor-alpha");
        int il = f.text().indexOf("il-2");
        assertThat(original.charAt(f.origin(il))).isEqualTo('I');
        int alpha = f.text().indexOf("alpha");
        assertThat(original.substring(f.origin(alpha), f.origin(alpha + 4) + 1)).isEqualTo("alpha");
    }

    @Test
    void aBracketGluedToAWordGetsASpace() {
        assertThat(FoldedText.of("tumor necrosis factor(TNF)-a").text()).isEqualTo("tumor necrosis factor tnf-a");
    }

    @Test
    void dropsTheBracketsOfAGreekLetterGluedToANameAsMedlineWritesSubscripts() {
        String original = "IL-1(beta), IFN-(gamma), TNF(α) and TGF-[Beta]1 but not integrin (alpha) or IL-2(alphabet)";
        FoldedText f = FoldedText.of(original);
        assertThat(f.text()).isEqualTo("il-1beta, ifn-gamma, tnfα and tgf-beta1 but not integrin (alpha) or il-2(alphabet)");
        int gamma = f.text().indexOf("gamma");
        assertThat(original.substring(f.origin(gamma), f.origin(gamma + 4) + 1)).isEqualTo("gamma");
    }
}
