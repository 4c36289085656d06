package org.evidentia.textmining.attribute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.evidentia.textmining.attribute.SpecimenDetector.Specimen;
import org.evidentia.textmining.attribute.SpecimenDetector.SpecimenWords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpecimenDetectorTest {

    private static Specimen of(String text) {
        int at = text.indexOf("IL-6");
        return SpecimenWords.of(text, List.of(new int[] {at, at + 4})).nearest(0, text.length(), at, at + 4);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "serum IL-6 rose;SERUM", "IL-6 in sera rose;SERUM", "plasma IL-6 rose;PLASMA",
            "IL-6 in whole blood rose;BLOOD", "IL-6 in cerebrospinal fluid rose;CSF", "CSF IL-6 rose;CSF",
            "salivary IL-6 rose;SALIVA", "urinary IL-6 rose;URINE", "sputum IL-6 rose;SPUTUM",
            "IL-6 in bronchoalveolar lavage fluid rose;BAL", "IL-6 in BAL fluid rose;BAL", "fecal IL-6 rose;STOOL",
            "IL-6 production by peripheral blood mononuclear cells rose;PBMC", "IL-6 from stimulated PBMC rose;PBMC",
            "IL-6 in whole blood cultures rose;PBMC", "IL-6 from monocytes rose;PBMC",
            // an explorer's il6 record: "release ... was investigated ex vivo by short-term culture of blood samples" (guidelines: whole-blood cultures are pbmc)
            "IL-6 release in a short culture of blood samples rose;PBMC", "IL-6 in cultured whole blood rose;PBMC",
            "IL-6 in muscle biopsies rose;TISSUE", "IL-6 in the hippocampus rose;TISSUE", "IL-6 in synovium rose;TISSUE",
            "IL-6 from cultured fibroblasts rose;CELLS", "IL-6 release by alveolar macrophages rose;CELLS",
            "IL-6 in endothelial cells rose;CELLS", "IL-6 in dermal blood vessels rose;TISSUE",
            "IL-6 in closed-eye tears rose;OTHER", "IL-6 in exhaled breath condensate rose;OTHER",
            "IL-6 in seminal plasma rose;OTHER"})
    void mapsSpecimenWordsToTheGuidelinesVocabulary(String text, Specimen expected) {
        assertThat(of(text)).isEqualTo(expected);
    }

    /**
     * What value-meanings.tsv tells a report's reader each specimen covers (StatementAttributes.SPECIMEN_MEANINGS)
     * is what these rules do: blood without a part named, white cells from blood and whole-blood cultures as pbmc,
     * other isolated cells and supernatants as cells, tissue examined in place, fluids outside the list as none.
     */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "circulating IL-6 rose;BLOOD", "IL-6 in peripheral blood rose;BLOOD", "IL-6 in plasma cells rose;",
            "IL-6 from peripheral blood lymphocytes rose;PBMC", "IL-6 from blood leukocytes rose;PBMC", "IL-6 by buffy coats rose;PBMC",
            "IL-6 from stimulated cord blood cells rose;PBMC", "IL-6 from lymphocytes rose;CELLS", "IL-6 from neutrophils rose;CELLS",
            "IL-6 in culture supernatants rose;CELLS", "IL-6 release in vitro rose;CELLS", "IL-6 release in-vitro rose;CELLS",
            "IL-6 by immunohistochemistry rose;TISSUE", "IL-6 in colonic mucosa rose;TISSUE", "IL-6 in atherosclerotic plaques rose;TISSUE",
            "IL-6 in explants rose;TISSUE", "IL-6 in the colons of mice rose;TISSUE", "IL-6 in BALF rose;BAL", "IL-6 in feces rose;STOOL",
            "IL-6 in synovial fluid rose;OTHER", "IL-6 in interstitial fluid rose;OTHER"})
    void theMeaningsShownToReadersSayWhatTheRulesDo(String text, Specimen expected) {
        assertThat(of(text)).isEqualTo(expected);
    }

    @Test
    void takesTheNearestSpecimenAndIgnoresCytokineNames() {
        assertThat(of("serum TNF rose, and IL-6 in saliva rose")).isEqualTo(Specimen.SALIVA);
        assertThat(of("G-CSF and IL-6 rose")).isNull();
        assertThat(of("IL-6 and keratinocyte-derived chemokine rose")).isNull();
        assertThat(of("IL-6 rose and NK cells and CD4+ T cells fell")).isNull();
    }

    // A sampler's s18 (pattern 2b): blood mononuclear cells in culture were read as cultured cells, and PBMNCs as nothing
    @Test
    void bloodMononuclearCellsInCultureAreBloodCells() {
        assertThat(of("IL-6 release by cultured PBMC was higher in patients")).isEqualTo(Specimen.PBMC);
        assertThat(of("IL-6 secretion by cultured monocytes rose")).isEqualTo(Specimen.PBMC);
        assertThat(of("IL-6 secretion by PBMNCs rose")).isEqualTo(Specimen.PBMC);
        assertThat(of("IL-6 release by cultured fibroblasts rose")).isEqualTo(Specimen.CELLS);
    }

    @Test
    void aSpecimenOutsideTheVocabularyIsWrittenAsNone() {
        assertThat(Specimen.OTHER.label()).isNull();
        assertThat(Specimen.SERUM.label()).isEqualTo("serum");
    }

    @Test
    void wordsInsideCytokineNamesAreNoSpecimen() {
        String text = "GP reduced mRNA expression of monocyte chemoattractant protein-1 and IL-6.";
        int name = text.indexOf("monocyte");
        int il6 = text.indexOf("IL-6");
        assertThat(SpecimenWords.of(text, List.of(new int[] {name, name + 40})).nearest(0, text.length(), il6, il6 + 4))
                .isNull();
        assertThat(SpecimenWords.of(text, List.of()).nearest(0, text.length(), il6, il6 + 4)).isEqualTo(Specimen.PBMC);
    }

    @Test
    void recordFallbackPrefersSerumOrPlasmaOverTheBloodTheyCameFrom() {
        assertThat(SpecimenDetector.mostFrequent(List.of(SpecimenWords.of("Blood samples were taken for IL-6.", List.of()),
                SpecimenWords.of("Plasma IL-6 rose.", List.of())), false)).isEqualTo(Specimen.PLASMA);
        assertThat(SpecimenDetector.mostFrequent(List.of(SpecimenWords.of("IL-6 rose.", List.of())), false)).isNull();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', nullValues = "NONE", value = {
            // words inside other names
            "serum amyloid A and IL-6 rose;NONE", "blood urea nitrogen and IL-6 rose;NONE", "blood pressure and IL-6 rose;NONE",
            "urinary bladder IL-6 rose;NONE", "IL-6 in plasma cells rose;NONE", "IL-6 in serum-free medium rose;NONE",
            // analytes named by a fluid (a sampler's s19, pattern 1: 21868323's only "serum")
            "glycated serum protein and IL-6 rose;NONE",
            // cell populations are cells, not the organ they come from
            "IL-6 from intestinal epithelial cells rose;CELLS", "IL-6 from dendritic cells rose;CELLS",
            "IL-6 from gut innate lymphoid cells rose;CELLS", "IL-6 from lung fibroblasts rose;CELLS",
            // stimulated cord-blood or whole-blood cells are blood mononuclear cells
            "IL-6 from stimulated cord blood cells rose;PBMC", "IL-6 in LPS-stimulated whole blood cultures rose;PBMC",
            // method words
            "IL-6 by immunohistochemistry rose;TISSUE", "IL-6 in culture supernatants rose;CELLS",
            // a phenotype, not a specimen
            "a mucosal-like phenotype with IL-6 rose;NONE",
            // a treatment's route is no tissue, the unit of a count no cells (review 7, finding 1: 12615790, 23457535)
            "IL-6 was decreased by nasal continuous positive airway pressure;NONE", "IL-6 fell after rectal enemas;NONE",
            "IL-6 rose with a CD4+ count of 553 (436, 690) cells/mm(3);NONE", "IL-6 rose with 1200 lymphocytes/µL;NONE",
            "IL-6 rose with 40 monocytes per microliter;NONE", "IL-6 rose in airway biopsies;TISSUE",
            // an organ's inflammation is a disease, not where anything was measured (ibd export: 30279687)
            "IL-6 and genes of airway inflammation fell in transfected lung epithelial cells;CELLS",
            "IL-6 rose with intestinal inflammation;NONE", "IL-6 rose in inflamed intestinal mucosa;TISSUE",
            "IL-6 from 10^5 cells/well rose;CELLS",
            // the stress axis names no tissue measured (review 13, H2: 22000300's IL-6 "in blood and saliva samples" was tissue)
            "IL-6 rose with the activity of the hypothalamus-pituitary-adrenal (HPA) axis;NONE",
            // airway obstruction is a sign of disease, not where anything was measured (population s11: 21447053's
            // "current smokers without airway obstruction" named the airways beside its people)
            "IL-6 rose in smokers without airway obstruction;NONE", "IL-6 rose with airways obstruction;NONE",
            "IL-6 rose in airway epithelium of smokers with obstruction;TISSUE",
            "IL-6 rose with hypothalamic pituitary adrenal activity;NONE", "IL-6 rose with hypothalamic–pituitary activity;NONE",
            "IL-6 rose in the hypothalamus;TISSUE",
            // blood cultures and tissue (review 16, pattern 2: 10443510, 26367488, 24841635)
            "IL-6 from stimulated human buffy coats rose;PBMC", "IL-6 in the peritoneum rose;TISSUE",
            "IL-6 rose in lamina propria cells in situ;TISSUE",
            // cells counted in a tissue are no cells measured (review 16, pattern 2: 30315770, 26367488)
            "infiltration of the colon by dendritic cells, neutrophils and macrophages, and more IL-6 mRNA;TISSUE",
            "the infiltration of macrophages and IL-6 expression rose;NONE",
            "the proliferation of mesothelial cells and IL-6 rose;NONE", "IL-6 production by macrophages rose;CELLS",
            // an organ in the mention's own phrase beats a cell word named nearer
            "Macrophages and IL-6 mRNA in the colon rose;TISSUE", "Macrophages and IL-6 mRNA in the supernatant rose;CELLS",
            // a surgery and growth factors named after cells are no specimen; IEC are cells; the supernatant of
            // blood cells is theirs (dev gold: 20632906, 30819129, 25105947, 26208333)
            "IL-6 fell after uvulopalatopharyngoplasty;NONE", "hepatocyte growth factor and IL-6 rose;NONE",
            "fibroblast growth factor and IL-6 rose;NONE", "IL-6 in IEC rose;CELLS",
            "IL-6 in supernatants of LPS-stimulated whole blood cultures rose;PBMC",
            "IL-6 in supernatants of lipopolysaccharide (LPS) -stimulated whole blood cultures rose;PBMC",
            "IL-6 in the supernatant of the culture of PBMC rose;PBMC",
            // a production by blood is a whole-blood culture's (guidelines: pbmc); an amount in blood is blood's
            "the production of IL-6 by whole blood of the patients rose;PBMC", "IL-6 secreted by the blood of patients rose;PBMC",
            "IL-6 in whole blood rose;BLOOD", "IL-6 production rose and was measured in blood;BLOOD",
            // the circulation is blood's; a hypothalamic amenorrhea is a disease, no tissue (unseen gold 22823398, 17094981)
            "IL-6 in the circulation rose;BLOOD", "IL-6 in hypothalamic amenorrhea fell;NONE"})
    void otherNamesCellPopulationsAndMethodWords(String text, Specimen expected) {
        assertThat(of(text)).isEqualTo(expected);
    }

    @Test
    void aSpecimenInAConcessiveClauseGivesWayToOneNamedElsewhere() {
        assertThat(of("Though undetectable in plasma, IL-6 in the hippocampus rose")).isEqualTo(Specimen.TISSUE);
        assertThat(of("Although absent in saliva, IL-6 rose")).isEqualTo(Specimen.SALIVA);
        String text = "Whereas serum TNF rose, IL-6 did not";
        int tnf = text.indexOf("TNF");
        int il6 = text.indexOf("IL-6");
        SpecimenWords words = SpecimenWords.of(text, List.of(new int[] {tnf, tnf + 3}, new int[] {il6, il6 + 4}));
        assertThat(words.nearest(0, text.length(), il6, il6 + 4)).isEqualTo(Specimen.SERUM);
    }

    @Test
    void aSpecimenWordThatOpensTheNextNameIsThatNamesInEveryMentionOfAList() {
        // the governs-what-follows test is made once per specimen word (it was made again for every mention and name):
        // the answers per mention are the loop's, including names that begin right after the specimen word
        String text = "NPY and plasma NGF, TNF in serum, IL-6 and plasma concentrations of IL-8 rose";
        List<int[]> names = new java.util.ArrayList<>();
        for (String name : List.of("NPY", "NGF", "TNF", "IL-6", "IL-8")) {
            int at = text.indexOf(name);
            names.add(new int[] {at, at + name.length()});
        }
        SpecimenWords words = SpecimenWords.of(text, names);
        int[] npy = names.get(0);
        int[] ngf = names.get(1);
        int[] tnf = names.get(2);
        int[] il6 = names.get(3);
        int[] il8 = names.get(4);
        int firstComma = text.indexOf(',');
        assertThat(words.nearest(0, firstComma, npy[0], npy[1])).isNull(); // "plasma" opens NGF's phrase
        assertThat(words.nearest(0, firstComma, ngf[0], ngf[1])).isEqualTo(Specimen.PLASMA);
        assertThat(words.nearest(firstComma + 1, text.indexOf(',', firstComma + 1), tnf[0], tnf[1])).isEqualTo(Specimen.SERUM);
        int last = text.indexOf(',', firstComma + 1) + 1;
        assertThat(words.nearest(last, text.length(), il6[0], il6[1])).isNull(); // "plasma concentrations of" is IL-8's
        assertThat(words.nearest(last, text.length(), il8[0], il8[1])).isEqualTo(Specimen.PLASMA);
        // without NGF as a name, "plasma" before it is the nearest word of NPY
        assertThat(SpecimenWords.of(text, List.of(npy)).nearest(0, firstComma, npy[0], npy[1])).isEqualTo(Specimen.PLASMA);
    }
}
