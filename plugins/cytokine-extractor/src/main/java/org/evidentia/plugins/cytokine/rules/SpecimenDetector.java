package org.evidentia.plugins.cytokine.rules;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names where a cytokine was measured, in the guidelines' vocabulary: the specimen word nearest to
 * the mention in its clause, else in its sentence, else the specimen the record names most often.
 */
public final class SpecimenDetector {

    /** The guidelines' specimens; {@link #label()} is the value written to findings. */
    public enum Specimen {
        PBMC, CSF, BAL, SERUM, PLASMA, SALIVA, URINE, SPUTUM, STOOL, BLOOD, TISSUE, CELLS;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    // One pattern, alternatives in priority order: "peripheral blood mononuclear cells" is pbmc, not blood or cells.
    private static final Pattern SPECIMEN = Pattern.compile(
            "(?<pbmc>peripheral blood mononuclear|\\bPBMCs?\\b|mononuclear cells|whole[- ]blood (?:cultures?|stimulation|assays?)"
                    + "|\\bmonocytes?\\b|\\bmonocytic\\b|blood cultures?|stimulated (?:whole )?blood)"
                    + "|(?<csf>cerebrospinal fluid|(?<![-\\p{L}])CSF(?![-\\p{L}]))"
                    + "|(?<bal>bronchoalveolar lavage|broncho-alveolar lavage|(?<![-\\p{L}])BALF?(?![-\\p{L}]))"
                    + "|(?<serum>\\bser(?:um|a)\\b)"
                    + "|(?<plasma>\\bplasma\\b)"
                    + "|(?<saliva>\\bsaliva(?:ry)?\\b)"
                    + "|(?<urine>\\burin(?:e|ary)\\b)"
                    + "|(?<sputum>\\bsputum\\b)"
                    + "|(?<stool>\\bstools?\\b|\\bf(?:a)?eces\\b|\\bf(?:a)?ecal\\b)"
                    + "|(?<blood>\\bblood\\b)"
                    + "|(?<tissue>\\bbiops(?:y|ies)\\b|\\bmucosa\\w*|\\bskin\\b|\\bmuscles?\\b|\\bsynovi(?:um|al (?:tissue|membrane))"
                    + "|\\btissues?\\b|\\bhippocamp\\w*|\\bhypothalam\\w*|\\bbrains?\\b|\\bcortex\\b|\\bcortical\\b|\\bliver\\b"
                    + "|\\blungs?\\b|\\blung slices\\b|\\bspleen\\b|\\bkidneys?\\b|\\badipose\\b|\\buvul\\w*|\\bintestin\\w*"
                    + "|\\bcolon(?:ic)?\\b|\\bplacenta\\w*|\\blesions?\\b|\\bheart\\b|\\bmyocardi\\w*|\\bstriatum\\b"
                    + "|\\bamygdala\\b|\\bspinal cord\\b|\\bileum\\b|\\bjejunum\\b|\\bgastric\\b|\\btonsils?\\b|\\bprotein extracts\\b)"
                    + "|(?<cells>\\bcell lines?\\b|\\bcultured\\b|\\bmacrophages?\\b|\\bcells\\b|\\bfibroblasts?\\b|\\bmicroglia\\w*"
                    + "|\\bastrocytes?\\b|\\bneutrophils\\b|\\bkeratinocytes?\\b|\\badipocytes?\\b|\\bsplenocytes?\\b"
                    + "|\\blymphocytes?\\b|\\bhepatocytes?\\b|\\bchondrocytes?\\b|\\bin vitro\\b)",
            Pattern.CASE_INSENSITIVE);

    private SpecimenDetector() {
    }

    /**
     * The specimen nearest to {@code [mentionStart, mentionEnd)} within {@code [from, to)} of
     * {@code text}, or null.
     */
    public static Specimen nearest(String text, int from, int to, int mentionStart, int mentionEnd) {
        Matcher m = SPECIMEN.matcher(text).region(from, to);
        Specimen best = null;
        int bestDistance = Integer.MAX_VALUE;
        while (m.find()) {
            Specimen specimen = specimenOf(m);
            if (specimen == null || text.startsWith("-derived", m.end()) || overlaps(m, mentionStart, mentionEnd)) {
                continue; // "keratinocyte-derived chemokine" names a cytokine, not a specimen
            }
            int distance = m.end() <= mentionStart ? mentionStart - m.end()
                    : m.start() >= mentionEnd ? m.start() - mentionEnd : 0;
            if (distance < bestDistance) {
                best = specimen;
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * The record-wide fallback for sentences that name no specimen: the specimen named most often in
     * {@code sentences} (the record's sentences that name a cytokine), blood giving way to serum,
     * plasma or blood cells when those are named too ("blood samples" are then where they came from).
     */
    public static Specimen mostFrequent(List<String> sentences) {
        Map<Specimen, Integer> counts = new EnumMap<>(Specimen.class);
        for (String sentence : sentences) {
            Matcher m = SPECIMEN.matcher(sentence);
            while (m.find()) {
                Specimen specimen = specimenOf(m);
                if (specimen != null && !sentence.startsWith("-derived", m.end())) {
                    counts.merge(specimen, 1, Integer::sum);
                }
            }
        }
        if (counts.containsKey(Specimen.SERUM) || counts.containsKey(Specimen.PLASMA) || counts.containsKey(Specimen.PBMC)) {
            counts.remove(Specimen.BLOOD);
        }
        Specimen best = null;
        for (Map.Entry<Specimen, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }

    private static boolean overlaps(Matcher m, int start, int end) {
        return m.start() < end && start < m.end();
    }

    private static Specimen specimenOf(Matcher m) {
        for (Specimen specimen : Specimen.values()) {
            if (m.group(specimen.label()) != null) {
                if (specimen == Specimen.CSF && !m.group().equals("CSF") && !m.group().toLowerCase(Locale.ROOT).startsWith("cerebro")) {
                    return null; // "csf" in lower case is not cerebrospinal fluid
                }
                return specimen;
            }
        }
        return null;
    }
}
