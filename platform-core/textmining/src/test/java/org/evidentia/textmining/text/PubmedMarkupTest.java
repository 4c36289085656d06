package org.evidentia.textmining.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PubmedMarkupTest {

    @Test
    void dropsPubmedsFormattingTagsAndKeepsTheirTextANumbersSuperscriptInBrackets() {
        assertThat(PubmedMarkup.plainText("Bone scan using <sup>99m</sup>Tc-labelled diphosphate."))
                .isEqualTo("Bone scan using 99mTc-labelled diphosphate.");
        assertThat(PubmedMarkup.plainText("P2Y<sub>12</sub> Receptor Inhibitor Treatment"))
                .isEqualTo("P2Y12 Receptor Inhibitor Treatment");
        assertThat(PubmedMarkup.plainText("<i>Anopheles</i> <i>prachongae</i>, a <b>new</b> <u>species</u>"))
                .isEqualTo("Anopheles prachongae, a new species");
        // nested, and interleaved across names
        assertThat(PubmedMarkup.plainText("<i>CD4<sup>+</sup></i> cells and <b>x<i>y</b>z</i>"))
                .isEqualTo("CD4(+) cells and xyz");
        assertThat(PubmedMarkup.plainText("empty <i></i>pair")).isEqualTo("empty pair");
        assertThat(PubmedMarkup.plainText("empty <sup></sup>script")).isEqualTo("empty script");
        // review s20, 3: a power of ten was read as another number ("10<sup>5</sup>" as 105); a name's part joins it
        assertThat(PubmedMarkup.plainText("2.4x10<sup>28</sup> cells, 10<sup>-8</sup> M, Ca<sup>2+</sup>"))
                .isEqualTo("2.4x10(28) cells, 10(-8) M, Ca(2+)");
        // as XML reads a superscript: without its own tags (the review of session 20's last change, 4)
        assertThat(PubmedMarkup.plainText("10<sup><i>-8</i></sup> M")).isEqualTo("10(-8) M");
        assertThat(PubmedMarkup.plainText("IL-1<sup>\u03b2</sup> and TGF-\u03b2<sub>1</sub>, blank <sup> </sup>script"))
                .isEqualTo("IL-1\u03b2 and TGF-\u03b21, blank  script");
    }

    @Test
    void dropsMathmlTagsAndKeepsTheirText() {
        assertThat(PubmedMarkup.plainText("a rate of <mml:math xmlns:mml=\"http://www.w3.org/1998/Math/MathML\">"
                + "<mml:msup><mml:mi>x</mml:mi><mml:mn>2</mml:mn></mml:msup></mml:math> per year<mml:none/>"))
                .isEqualTo("a rate of x2 per year");
    }

    @Test
    void leavesTextThatMerelyLooksLikeATag() {
        for (String text : new String[] {
                "IL-6 <5 pg/mL", "p<0.05", "P <.01", "body mass index <or=32 kg/m(2)", "outcome (mRS</=3)",
                "aged </=17 years and >/=3", "edson@example.org <edson@example.org>", "a <b and c> d",
                "a lone <i> here", "a lone </sup> here", "</i>closing before<i> opening", "<I>upper case</I>",
                "<i class=\"x\">attributes</i>", "<mml:>", "<mml:mi unclosed", "<sup >spaced</sup >", "<", "a<"}) {
            assertThat(PubmedMarkup.plainText(text)).as(text).isSameAs(text);
        }
        assertThat(PubmedMarkup.plainText("plain")).isSameAs("plain");
        assertThat(PubmedMarkup.plainText(null)).isNull();
    }

    @Test
    void dropsOnlyThePairedTagsOfAName() {
        // the second <i> has no closing tag: it stays, as does everything around the dropped pair
        assertThat(PubmedMarkup.plainText("<i>E. coli</i> and <i> alone; IL-6 <5 pg/mL"))
                .isEqualTo("E. coli and <i> alone; IL-6 <5 pg/mL");
        assertThat(PubmedMarkup.plainText("<sup>a</sup> </sup>")).isEqualTo("a </sup>");
    }
}
