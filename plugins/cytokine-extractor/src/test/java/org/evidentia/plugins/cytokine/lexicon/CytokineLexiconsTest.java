package org.evidentia.plugins.cytokine.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evidentia.textmining.lexicon.Mention;
import org.evidentia.textmining.lexicon.TermLexicon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CytokineLexiconsTest {

    private static final TermLexicon LEXICON = CytokineLexicons.builtIn();

    private static List<String> keys(String text) {
        return LEXICON.find(text).stream().map(Mention::key).toList();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            // Greek letters, spelled out, Latin look-alikes, hyphen and space variants
            "IL-1β;IL1B", "IL-1beta;IL1B", "IL-1 beta;IL1B", "IL1B;IL1B", "IL1β;IL1B", "interleukin-1β;IL1B",
            "interleukin 1 beta;IL1B", "IL-1b;IL1B", "Il1b;IL1B", "IL-1ß;IL1B",
            "TNF-α;TNF", "TNF-a;TNF", "TNFalpha;TNF", "TNF alpha;TNF", "tumour necrosis factor alpha;TNF",
            "tumor necrosis factor-α;TNF", "tumor necrosis factor- alpha;TNF", "Tnf;TNF",
            "IFN-γ;IFNG", "interferon gamma;IFNG", "IFN-g;IFNG", "IFNgamma;IFNG",
            "TGF-β1;TGFB1", "transforming growth factor beta 1;TGFB1", "TGF-beta;TGFB",
            // interleukins, mouse and rat genes
            "IL-6;IL6", "interleukin-6;IL6", "interleukin 6;IL6", "Il6;IL6", "IL 6;IL6", "IL-8;CXCL8", "IL-17;IL17A",
            "IL-12p40;IL12B", "IL-12 p70;IL12", "IL-23 p19;IL23A",
            // soluble receptors and antagonists
            "IL-1Ra;IL1RN", "IL-1 receptor antagonist;IL1RN", "sIL-6R;IL6R", "soluble IL-6 receptor;IL6R",
            "sTNFR1;TNFRSF1A", "sTNF-RII;TNFRSF1B", "soluble tumour necrosis factor receptor p75;TNFRSF1B",
            // a sampler's s21: the soluble receptors with their ligand's name written out, and RANTES's long form, whose comma
            // had ended a list of cytokines ("IL-8, ..., and regulated on activation, normal T cell expressed and secreted")
            "soluble tumour necrosis factor-alpha receptor 1;TNFRSF1A", "soluble tumor necrosis factor receptor II;TNFRSF1B",
            "regulated on activation, normal T cell expressed and secreted;CCL5", "regulated upon activation normal T-cell expressed and secreted;CCL5",
            "gp130;IL6ST", "sIL-2R;IL2RA", "IL-2 receptor;IL2RA",
            // old names of chemokines and other classes
            "MCP-1;CCL2", "RANTES;CCL5", "IP-10;CXCL10", "MIP-1alpha;CCL3", "MIP-1α;CCL3",
            "keratinocyte-derived chemokine;CXCL1", "KC;CXCL1", "G-CSF;CSF3", "GM-CSF;CSF2", "oncostatin M;OSM",
            "LIF;LIF", "MIF;MIF", "TSLP;TSLP", "lymphotoxin-α;LTA",
            // written-out old chemokine names; rat CINCs by their genes (CINC-2 is Cxcl3, CINC-3 Cxcl2)
            "CINC-2α;CXCL3", "CINC-3;CXCL2", "macrophage inflammatory protein-2;CXCL2",
            "macrophage inflammatory protein 1α;CCL3", "macrophage inflammatory protein-1 beta;CCL4",
            // IFN-α subtypes by their gene symbols (review 16: 26000985's "serum levels of IFNA10" gave nothing)
            "IFNA10;IFNA10", "IFNA21;IFNA21", "IFNA1;IFNA1", "IFN-alpha;IFNA", "IFNa;IFNA"})
    void findsEverySpellingFamily(String spelling, String key) {
        assertThat(keys("Serum " + spelling + " was higher.")).containsExactly(key);
    }

    @Test
    void matchesWholeWordsOnly() {
        assertThat(keys("IL-60 and IL-6R and sIL-6Rx, life, kc, Kc, lif, mif, tnf")).isEmpty();
        assertThat(keys("IL-6-induced fever")).containsExactly("IL6");
    }

    @Test
    void aNumberAfterIfnAlphaWithASpaceIsADoseOrATimeNotASubtype() {
        assertThat(keys("IFN-alpha 5 MU was given, and IFN-α 10 weeks later.")).containsExactly("IFNA", "IFNA");
    }

    /** Audit of records outside the gold: "IFN-alpha 2 weeks after" was read as IFN-α2; a number before a time unit is a time. */
    @Test
    void aNumberBeforeATimeUnitIsNoMemberDigit() {
        assertThat(keys("Serum IFN-alpha 2 weeks after the first dose was raised.")).containsExactly("IFNA");
        assertThat(keys("IFN-α 2 h and IFN-alpha 2-week levels")).containsExactly("IFNA", "IFNA");
        assertThat(keys("TGF-beta 1 month after injury and TGF-β 2 days later")).containsExactly("TGFB", "TGFB");
        assertThat(keys("IFN-lambda 1 year after infection")).containsExactly("IFNL");
        assertThat(keys("IL-1 2 h after LPS, TNF 24 h later and IL-12 40 min after")).containsExactly("IL1", "TNF", "IL12");
        // the member digit stays where no time follows it
        assertThat(keys("IFN-alpha 2 levels, TGF-beta 1 in serum and IFN-alpha 2 (n = 12)"))
                .containsExactly("IFNA2", "TGFB1", "IFNA2");
        assertThat(keys("TGF-beta 1 hydroxylation")).containsExactly("TGFB1");
    }

    @Test
    void excludesMoleculesThatAreNotCytokines() {
        assertThat(keys("CRP, VEGF, BDNF, RANKL, BAFF, TRAIL, CD40L, leptin, cortisol and CCR7 rose.")).isEmpty();
    }

    /**
     * READREV, H1: "IL-8, LTB(4) and IL-6 in their tears" counted leukotriene B4 as lymphotoxin-β (LTB): a name of letters
     * with a bracketed number glued to it is a chemical's subscript (LTB(4), PGE(2)), not the name.
     */
    @Test
    void aLetterNameGluedToABracketedNumberIsASubscriptNotTheName() {
        assertThat(keys("IL-8, LTB(4) and IL-6 were measured in tears.")).containsExactly("CXCL8", "IL6");
        assertThat(keys("Lymphotoxin-beta (LTB) and LTB4 differ; LTB (4 patients) and LT-β rose.")).containsExactly("LTB", "LTB", "LTB", "LTB");
    }

    @Test
    void abbreviationInBracketsGluedToItsNumber() {
        List<Mention> mentions = LEXICON.find("levels of interleukin (IL)-2 and tumor necrosis factor [TNF]-α");
        assertThat(mentions).extracting(Mention::key).containsExactly("IL2", "TNF", "TNF");
        // the mention begins with the long form, never inside the bracket ("IL)-2"); where the long form is
        // already a mention of its own ("tumor necrosis factor"), at the bracket
        assertThat(mentions).extracting(Mention::text).containsExactly("interleukin (IL)-2", "tumor necrosis factor", "[TNF]-α");
    }

    @Test
    void expandsContractedLists() {
        String text = "IL-2, -4 and -6 rose, as did IL-1α and -β, and sTNF-R1 and -2.";
        List<Mention> mentions = LEXICON.find(text);
        assertThat(mentions).extracting(Mention::key)
                .containsExactly("IL2", "IL4", "IL6", "IL1A", "IL1B", "TNFRSF1A", "TNFRSF1B");
        for (Mention m : mentions) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
        }
        assertThat(mentions.get(1).text()).isEqualTo("-4");
    }

    @Test
    void writtenOutOldChemokineNamesContract() {
        assertThat(keys("Macrophage inflammatory protein 1α/β and macrophage inflammatory protein-2 rose."))
                .containsExactly("CCL3", "CCL4", "CXCL2");
    }

    @Test
    void spelledOutNamesContractWithoutDashes() {
        assertThat(keys("no changes of interleukin 1, 2 and 4 during the course")).containsExactly("IL1", "IL2", "IL4");
        assertThat(keys("interleukin 6, 12 h and 24 h later")).containsExactly("IL6");
        assertThat(keys("IL-6, 12 and 24 weeks")).containsExactly("IL6");
    }

    @Test
    void offsetsIndexTheOriginalText() {
        String text = "Plasma  interleukin\u00a06 and\nTNF\u2013α  rose.";
        for (Mention m : LEXICON.find(text)) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
        }
        assertThat(LEXICON.find(text)).extracting(Mention::text).containsExactly("interleukin\u00a06", "TNF\u2013α");
    }

    @Test
    void userFileExtendsTheBuiltInLexicon(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("extra.tsv");
        Files.writeString(file, "# extra molecules\nkey\tlabel\tspellings\nIL41\tIL-41\tIL-41 | METRNL\n");
        TermLexicon extended = CytokineLexicons.withUserFile(file, false);
        assertThat(extended.find("IL-41, interleukin 41, METRNL and IL-6")).extracting(Mention::key)
                .containsExactly("IL41", "IL41", "IL41", "IL6");
    }

    @Test
    void userFileReplacesTheBuiltInLexicon(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("only.tsv");
        Files.writeString(file, "IL6\tIL-6\tIL-6\n");
        TermLexicon replaced = CytokineLexicons.withUserFile(file, true);
        assertThat(replaced.find("IL-6 and TNF-α")).extracting(Mention::key).containsExactly("IL6");
        assertThat(replaced.entries()).hasSize(1);
    }

    /**
     * The review of session 24, Y13: a user key 'IL-6' counted its findings in a row of its own beside the built-in IL6's,
     * both labelled IL-6. It is refused at its line; a key in another case is the built-in's, and with the built-in
     * lexicon replaced the user's keys stand alone.
     */
    @Test
    void aUserKeyThatIsABuiltInKeyWrittenOtherwiseIsRefusedAtItsLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mine.tsv");
        Files.writeString(file, "IL41\tIL-41\tIL-41\nIL-6\tIL-6\tinterleukin six\n");
        Path lower = Files.writeString(dir.resolve("lower.tsv"), "il6\tIL-6\tinterleukin six\n");

        assertThatThrownBy(() -> CytokineLexicons.withUserFile(file, false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(file + ", line 2: the key 'IL-6' is the built-in key IL6 written another way, and would count its findings"
                        + " apart from IL6's; write IL6 (a key is the gene's HGNC symbol, as findings.jsonl and the tables key it)");
        assertThat(CytokineLexicons.withUserFile(lower, false).find("interleukin six")).extracting(Mention::key).containsExactly("il6");
        assertThat(CytokineLexicons.withUserFile(file, true).entries()).hasSize(2);
    }

    @Test
    void malformedUserFileNamesFileAndLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.tsv");
        Files.writeString(file, "IL6\tIL-6\tIL-6\nIL7 IL-7\n");
        assertThatThrownBy(() -> CytokineLexicons.withUserFile(file, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad.tsv, line 2")
                .hasMessageContaining("three tab-separated columns");
    }

    @Test
    void lookupFindsGeneratedForms() {
        assertThat(LEXICON.lookup("Interleukin 1 beta").key()).isEqualTo("IL1B");
        assertThat(LEXICON.lookup("leptin")).isNull();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "Serum tumor necrosis factor (TNF)-alpha rose;TNF TNF", "tumor necrosis factor(TNF)-a rose;TNF TNF",
            "chemokine (C-X-C motif) ligand 2 rose;CXCL2", "C-C motif chemokine ligand 20 rose;CCL20",
            "IL-12(p40) rose;IL12B", "IL-23 (p19) rose;IL23", "TGF-beta1 and -beta2 rose;TGFB1 TGFB2",
            "chemokine (C-X-C motif) ligand 1/2/3 rose;CXCL1 CXCL2 CXCL3", "interleukin (IL)-17A rose;IL17A"})
    void spellingsOfTheIssue(String text, String keys) {
        assertThat(String.join(" ", keys(text))).isEqualTo(keys);
    }

    @Test
    void aSubunitInBracketsKeepsItsClosingBracket() {
        List<Mention> mentions = LEXICON.find("IL-12(p40) levels");
        assertThat(mentions).singleElement().satisfies(m -> assertThat(m.text()).isEqualTo("IL-12(p40)"));
    }
}
