package org.evidentia.plugins.cytokine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.evidentia.plugins.cytokine.lexicon.CytokineLexicon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SentenceReaderTest {

    private static final CytokineLexicon LEXICON = CytokineLexicon.builtIn();

    /** "KEY direction" for each reading, in order. */
    private static List<String> read(String sentence) {
        return SentenceReader.read(sentence, LEXICON.find(sentence)).stream()
                .map(r -> r.mention().key() + " " + r.direction().label())
                .toList();
    }

    @Test
    void directionFromVerbsAdjectivesAndComparisons() {
        assertThat(read("Serum IL-6 levels were significantly higher in patients than in controls."))
                .containsExactly("IL6 increased");
        assertThat(read("IL-10 decreased after surgery.")).containsExactly("IL10 decreased");
        assertThat(read("Patients had elevated IL-6 compared with controls.")).containsExactly("IL6 increased");
        assertThat(read("Exercise induced a rise in plasma TNF-α.")).containsExactly("TNF increased");
        assertThat(read("LPS induced IL-6 production by macrophages.")).containsExactly("IL6 increased");
        assertThat(read("IL-4 release was stimulated and IFN-gamma concentration reduced after treatment."))
                .containsExactly("IL4 increased", "IFNG decreased");
        assertThat(read("IL-6 tended to be lower in women.")).containsExactly("IL6 decreased");
    }

    @Test
    void coordinatedListsShareTheDirection() {
        assertThat(read("Patients showed increased serum levels of IL-2, IL-8 and IL-1Ra."))
                .containsExactly("IL2 increased", "CXCL8 increased", "IL1RN increased");
        assertThat(read("Serum IL-6 and TNF-alpha levels were found significantly higher in OSAS patients."))
                .containsExactly("IL6 increased", "TNF increased");
    }

    @Test
    void clausesKeepTheirOwnDirections() {
        assertThat(read("The release of IL-8 was increased in COPD, the release of GM-CSF and IL-6 was decreased "
                + "and the release of MCP-1 was without differences between the cohorts."))
                .containsExactly("CXCL8 increased", "CSF2 decreased", "IL6 decreased", "CCL2 unchanged");
        assertThat(read("IL-6 increased, whereas IL-10 decreased.")).containsExactly("IL6 increased", "IL10 decreased");
        assertThat(read("IL-6 increased and IL-10 decreased.")).containsExactly("IL6 increased", "IL10 decreased");
    }

    @Test
    void semicolonListsCarryTheDirectionToItemsWithoutOne() {
        assertThat(read("Reports include increased serum IL-2; increased gp130; and IL-1 beta and TNF-a in skin biopsies."))
                .containsExactly("IL2 increased", "IL6ST increased", "IL1B increased", "TNF increased");
    }

    @Test
    void negationsAndNullResultsAreUnchanged() {
        assertThat(read("Plasma IL-6 levels did not differ between groups.")).containsExactly("IL6 unchanged");
        assertThat(read("There was no significant change in TNF-α.")).containsExactly("TNF unchanged");
        assertThat(read("IL-10 was not increased in patients.")).containsExactly("IL10 unchanged");
        assertThat(read("IL-6 levels were similar in both groups.")).containsExactly("IL6 unchanged");
        assertThat(read("The treatment did not reduce IL-6 release.")).containsExactly("IL6 unchanged");
        assertThat(read("IL-1α and TGF-β were not significantly different between groups."))
                .containsExactly("IL1A unchanged", "TGFB unchanged");
    }

    @Test
    void aNegationCoversCoordinatedCues() {
        assertThat(read("Cortisol did not significantly increase or decrease production of either TNF-alpha or IL-6."))
                .containsExactly("TNF unchanged", "IL6 unchanged");
    }

    @Test
    void listsWithOtherMarkersKeepTheirPredicate() {
        assertThat(read("Results showed that IL-6, IL-8, GM-CSF, LTB4, and PAF were present in high levels in "
                + "closed-eye tears compared to open-eye tears."))
                .containsExactly("IL6 increased", "CXCL8 increased", "CSF2 increased");
    }

    @Test
    void aNullResultAboutAnIncreaseStatesBoth() {
        assertThat(read("The time of day did not affect the endotoxin-induced increase in plasma TNF-alpha."))
                .containsExactly("TNF increased", "TNF unchanged");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "We hypothesized that IL-6 would be elevated in patients.",
            "To determine whether IL-6 increases after exercise, we sampled blood.",
            "Serum IL-6 was measured before and after surgery.",
            "IL-6 may be increased in depression.",
            "Increased IL-6 could contribute to fatigue.",
            "IL-6 correlated with pain scores.",
            "Higher IL-6 predicted mortality.",
            "Shorter sleep was associated with higher IL-6 levels.",
            "IL-2 therapy increased NK activity.",
            "Anti-TNF treatment improved symptoms.",
            "IL-1 activates the HPA axis.",
            "IL-1, IL-6, and TNF-a activating and IL-2 and IFN-a down-regulating the HPA axis.",
            "Cells treated with IL-1β and TNF-α released more prostaglandin.",
            "Pro-inflammatory cytokines were increased in patients.",
            "The IL-6 receptor antagonist tocilizumab decreased disease activity.",
            "IL-10R expression was increased on monocytes.",
            "CRP and VEGF were elevated in patients.",
            "The IL-6/IL-10 ratio was lower in patients.",
            "The profile of GH was similar to that of IL-6.",
            "Changes after 1000 IU/kg bw IL-2 remained non-significant.",
            "Cells stimulated with 10 ng/ml TNF-α released more prostaglandin.",
            "IL-2 acts through the high affinity IL-2 receptor.",
            "Each study investigated one or more inflammatory markers: 16 studies on IL-6 and 3 on IL-8.",
            "Dendritic cells induced by various cytokines including TSLP polarise T cells.",
            "Napping decreases sleepiness, improves performance, and causes beneficial changes in interleukin-6 secretion.",
            "The correlation between decreased sleep and elevated interleukin-6 was stronger than in controls.",
            "Markers (IL-6, TNF-α) and saliva cortisol curves (with respect to the increase) were recorded.",
            "Bacteroides were significantly increased in IL‑10‑/‑ mice.",
            "Colitis was aggravated in IL-10 KO mice.",
            "The frequency of allele A for TNFA rs1800629 was significantly higher in patients than in controls.",
            "In cells with reduced mitochondrial function, TNF-α facilitated AMPK activation.",
            "The medium prevents tumour necrosis factor alpha [TNFα]-induced increase in permeability.",
            "Genes induced in GM-CSF-differentiated macrophages are downregulated by the parasite.",
            "The cytokine gene IL-1β 3962TT/TC/CC was not changed.",
            "Tregs were CD127-/low and secreted IL-10 in supernatant.",
            "Average IL-6 values ranged from 1.66 to 5.38 pg/ml, with lowest to highest values within 24 hours.",
            "After including sTNF-R1, the percentage of variance explained by the full model increased threefold.",
            "There was a positive relationship between the reduction of plasma sIL-2R levels and improvement.",
            "These results suggest that autism may be accompanied by an activation of monocytes (increased IL-1RA).",
            "High levels of IL-6 and TNF-α in serum might have a clinical significance in these patients.",
            "Bile acids were significantly higher in IL10 mice.",
            "Data underline the increasing importance of the IL-23-IL-17 signaling pathway.",
            "CRISPR abolished responses of such genes to IL-1B and IL-36G stimulation.",
            "Overexpression of IL10R2 increased proliferation upon ligand activation (IL10 and IL22).",
            "Stellate cells secrete high levels of TGF-β1 that contributes to cancer.",
            "sTNF-R1 and IL-6 shared a similar pattern of symptom development."})
    void exclusionsGiveNothing(String sentence) {
        assertThat(read(sentence)).isEmpty();
    }

    @Test
    void aContrastClauseAboutTheSameLevelsKeepsTheCytokine() {
        assertThat(read("The nocturnal increase in IL-6 occurred during stage 2 sleep, but levels during slow wave "
                + "sleep were not different from those while awake."))
                .containsExactly("IL6 increased", "IL6 unchanged");
        assertThat(read("IL-6 increased in patients, whereas cortisol was decreased.")).containsExactly("IL6 increased");
    }

    @Test
    void longNamesInAListDoNotBreakTheSharedDirection() {
        assertThat(read("Patients displayed significantly higher plasma levels of tumour necrosis factor alpha, soluble "
                + "tumour necrosis factor receptor p55, soluble tumour necrosis factor receptor p75 and interleukin 6."))
                .containsExactly("TNF increased", "TNFRSF1A increased", "TNFRSF1B increased", "IL6 increased");
    }

    @Test
    void aCytokineGivenWithAStimulusIsNotMeasured() {
        assertThat(read("TNF-α secreted by PBMC after LPS + IL-10 co-stimulation was increased."))
                .containsExactly("TNF increased");
        assertThat(read("IL-6 increased threefold after surgery.")).containsExactly("IL6 increased");
        assertThat(read("IL-6 increased CRP production in hepatocytes.")).isEmpty();
    }

    @Test
    void aCytokineProducingCellCountsAsThatCytokine() {
        assertThat(read("Patients had more IFN-γ-producing cells than controls.")).containsExactly("IFNG increased");
    }
}
