package org.evidentia.textmining.attribute;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidentia.textmining.lexicon.KeywordAutomaton;
import org.evidentia.textmining.lexicon.WordLists;

/**
 * Names where an amount was measured: the specimen words of a text ({@code specimens.tsv}), found
 * in one pass of a {@link KeywordAutomaton}, and the one nearest to a mention.
 *
 * <p>Rules beside the words: words inside other names are no specimen ("serum amyloid A", "blood
 * urea nitrogen", "blood pressure", "urinary bladder", and words inside the entity names given);
 * "T cells", "NK cells" and the like are cell types counted or studied, not cultured cells; an
 * organ word followed by a cell word names cells ("intestinal epithelial cells", "gut ILC3s"); the
 * abbreviations CSF and BAL count only in capitals and not inside a name ("G-CSF"); "endothelial" and
 * "epithelial" name cells only right before a name ("endothelial CXCL5 expression"); a cell word
 * before the unit of a count ("553 cells/mm(3)", "lymphocytes per µl") names no cells measured; a
 * treatment's route ("nasal continuous positive airway pressure", "rectal enemas") and an organ's
 * inflammation ("airway inflammation", "intestinal inflammation") are no tissue; cells
 * in a list after a word for a population's size or arrival ("infiltration of the colon by dendritic
 * cells", "the proliferation of mesothelial cells") are counted, not measured. For a mention, a tissue
 * in its own "in (the)" phrase beats a cell word named nearer, and a specimen in a short concessive
 * opening that names no entity gives way to one named elsewhere. A supernatant "of" or "from" blood
 * cells is theirs ({@code pbmc}). Thread-safe.
 */
final class SpecimenDetector {

    /**
     * The specimens; {@link #label()} is the value written to findings. {@code OTHER} is a specimen
     * the vocabulary lacks (tears, breath condensate, synovial fluid): it is stated, so no fallback
     * applies, and it is written as no specimen.
     */
    public enum Specimen {
        PBMC, CSF, BAL, SERUM, PLASMA, SALIVA, URINE, SPUTUM, STOOL, BLOOD, TISSUE, CELLS, OTHER;

        /** The value written to findings, or null for {@link #OTHER}. */
        public String label() {
            return this == OTHER ? null : name().toLowerCase(Locale.ROOT);
        }

        /** A body fluid or blood cells: what "samples" usually are. */
        boolean isSample() {
            return this != TISSUE && this != CELLS && this != OTHER;
        }
    }

    private static final WordLists WORDS = WordLists.load(SpecimenDetector.class, "specimens.tsv");
    /** Abbreviations that are specimens only in capitals and not inside a name ("CSF", not "G-CSF"). */
    private static final Set<String> CAPITALS_ONLY = Set.of("csf", "bal", "balf", "pbmc", "pbmcs", "pbmnc", "pbmncs", "ihc", "pbl", "pbls", "iec", "iecs");
    private static final Set<String> CELL_TYPES = WORDS.get("cell-type");
    /** The unit of a cell count after a cell word: "cells/mm(3)", "cells/µL", "lymphocytes per microliter", "cells/10 hpf". */
    private static final Pattern COUNT_UNIT = Pattern.compile(
            "\\s*(?:/\\s*|per\\s+)(?:mm|cmm|µ|μ|ul\\b|mcl|ml\\b|dl\\b|l\\b|nl\\b|micro|milli|lit|cubic|high[- ]power|hpf|field|\\d)");
    /**
     * Words for a cell population's size or arrival, right before the "of", "by" or "with" of a cell
     * list: "infiltration of", "infiltrated by", "infiltration of the colon by", "proliferation of".
     */
    private static final Pattern COUNTED_BY = Pattern.compile(
            "\\b(?:infiltrat\\w*|proliferation|recruitment|accumulation|influx|numbers?)(?:\\s+of\\s+(?:the\\s+)?[\\p{L}-]+)?\\s+$");
    /** After an organ word, the inflammation it names: "airway inflammation", "intestinal inflammation". */
    private static final Pattern INFLAMMATION_OF = Pattern.compile("\\s+inflammations?\\b");
    /** A char that ends the list a counted cell word could be in: a sentence or clause mark, a bracket. */
    private static final Pattern LIST_BREAK = Pattern.compile("[.;:()\\[\\]]");
    /** Between a supernatant and the cells it came from: "of", "from", "of the culture of", "of lipopolysaccharide (LPS) -stimulated". */
    private static final Pattern SUPERNATANT_OF = Pattern.compile("\\s+(?:of|from)\\s+(?:[^\\s,;.]+\\s+){0,4}[^\\s,;.]*");
    /**
     * What a production by blood ends with before its word "blood": "production of IFN-γ ... by whole blood", "TNF-α
     * released by blood": cells of blood made it, in a culture (the guidelines' whole-blood cultures, pbmc), not an
     * amount in circulating blood.
     */
    private static final Pattern PRODUCED_BY = Pattern.compile(
            "\\b(?:production|secretion|release|produced|secreted|released|synthesi[sz]ed)\\b[^.;:]{0,100}?\\bby\\s+(?:(?:the|whole|stimulated|unstimulated|lps-stimulated)\\s+){0,2}$");
    private static final Lexicon LEXICON = lexicon();

    private record Word(String keyword, Specimen specimen, boolean stem, boolean excluded, boolean beforeName) {
    }

    /**
     * The automaton of the specimen words and, by a keyword's index, what the word is: made together from locals, so that
     * no static field depends on another being initialised first.
     */
    private record Lexicon(KeywordAutomaton automaton, List<Word> byKeyword) {
    }

    /** An amount noun right after a specimen word: "sIL-6R plasma concentrations" ({@link SpecimenWords#attachedTo}). */
    private static final Pattern AMOUNT_AFTER = Pattern.compile("\\s+(?:levels?|concentrations?|values?|amounts?)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A conjunction or comma right before a specimen word: it is one of a list ("intestinal and serum CXCL1"). */
    private static final Pattern COORDINATED_BEFORE = Pattern.compile("(?:\\band|\\bor|,|/)\\s*$", Pattern.CASE_INSENSITIVE);

    /** A specimen word found in a text. */
    record Match(int start, int end, Specimen specimen) {
    }

    private SpecimenDetector() {
    }

    private static Lexicon lexicon() {
        List<Word> words = new ArrayList<>();
        for (Specimen specimen : Specimen.values()) {
            for (String word : WORDS.get(specimen.name().toLowerCase(Locale.ROOT))) {
                boolean stem = word.endsWith("*");
                words.add(new Word(stem ? word.substring(0, word.length() - 1) : word, specimen, stem, false, false));
            }
        }
        for (String word : WORDS.get("cells-before-name")) {
            words.add(new Word(word, Specimen.CELLS, false, false, true));
        }
        for (String phrase : WORDS.get("exclude")) {
            words.add(new Word(phrase, Specimen.OTHER, true, true, false));
        }
        return new Lexicon(new KeywordAutomaton(words.stream().map(Word::keyword).toList()), List.copyOf(words));
    }

    /** The specimen words of {@code text} in order, without overlaps and without words inside {@code names}. */
    static List<Match> matches(String text, List<int[]> names) {
        char[] lower = new char[text.length()];
        for (int i = 0; i < lower.length; i++) {
            lower[i] = Character.toLowerCase(text.charAt(i));
        }
        String folded = new String(lower);
        List<int[]> emits = new ArrayList<>();
        LEXICON.automaton().match(folded, (start, end, keyword) -> emits.add(new int[] {start, end, keyword}));
        emits.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        List<Match> matches = new ArrayList<>();
        int covered = 0;
        for (int[] emit : emits) {
            int start = emit[0];
            int end = emit[1];
            Word word = LEXICON.byKeyword().get(emit[2]);
            if (start < covered || (start > 0 && Character.isLetterOrDigit(folded.charAt(start - 1)))) {
                continue;
            }
            if (!word.stem() && end < folded.length() && Character.isLetterOrDigit(folded.charAt(end))) {
                continue;
            }
            if (word.excluded()) {
                covered = end; // "serum amyloid A", "blood pressure": no specimen here
                continue;
            }
            if (CAPITALS_ONLY.contains(word.keyword())
                    && (!Character.isUpperCase(text.charAt(start)) || (start > 0 && text.charAt(start - 1) == '-'))) {
                continue;
            }
            if (text.startsWith("-derived", end) || folded.startsWith("-like", end)
                    || word.stem() && folded.indexOf("-like", end) >= 0 && folded.indexOf("-like", end) == wordEnd(folded, end)) {
                continue; // "keratinocyte-derived factor" names a molecule, "mucosal-like DC" a phenotype
            }
            if (inside(start, end, names)) {
                continue; // "monocyte" in "monocyte chemoattractant protein-1"
            }
            if (word.beforeName() && !nameAt(folded, end, names)) {
                continue; // "endothelial dysfunction": no cells measured
            }
            if (word.keyword().equals("cells") && cellType(folded, start)) {
                continue; // "NK cells", "CD4+ T cells": cell types counted or studied, not a cultured specimen
            }
            if ((word.specimen() == Specimen.CELLS || word.specimen() == Specimen.PBMC)
                    && COUNT_UNIT.matcher(folded).region(end, Math.min(folded.length(), end + 20)).lookingAt()) {
                continue; // "a CD4+ count of 553 cells/mm(3)", "lymphocytes per µl": a count, no cells measured
            }
            if (word.specimen() == Specimen.TISSUE && INFLAMMATION_OF.matcher(folded).region(wordEnd(folded, end), folded.length()).lookingAt()) {
                continue; // "genes of airway inflammation", "intestinal inflammation": a disease, not where anything was measured
            }
            if (word.specimen() == Specimen.CELLS && counted(folded, start)) {
                continue; // "infiltration of the colon by dendritic cells, neutrophils": a population counted, no cells measured
            }
            matches.add(new Match(start, end, word.specimen()));
            covered = end;
        }
        return producedByBlood(folded, supernatantsOfBloodCells(folded, organsOfCells(folded, matches)));
    }

    /** The word "blood" after a production by it ({@link #PRODUCED_BY}) as pbmc: "production of IL-6 by whole blood". */
    private static List<Match> producedByBlood(String folded, List<Match> matches) {
        List<Match> read = matches;
        for (int i = 0; i < matches.size(); i++) {
            Match m = matches.get(i);
            if (m.specimen() == Specimen.BLOOD && folded.startsWith("blood", m.start())
                    && PRODUCED_BY.matcher(folded).region(Math.max(0, m.start() - 160), m.start()).find()) {
                if (read == matches) {
                    read = new ArrayList<>(matches);
                }
                read.set(i, new Match(m.start(), m.end(), Specimen.PBMC));
            }
        }
        return read;
    }

    /**
     * "supernatants of LPS-stimulated whole blood cultures", "the supernatant of the culture of PBMC":
     * the supernatant of blood cells is theirs ({@code pbmc}), not cultured cells.
     */
    private static List<Match> supernatantsOfBloodCells(String folded, List<Match> matches) {
        List<Match> kept = new ArrayList<>(matches.size());
        for (int i = 0; i < matches.size(); i++) {
            Match m = matches.get(i);
            if (folded.startsWith("supernatant", wordStart(folded, m.end())) && i + 1 < matches.size()
                    && matches.get(i + 1).specimen() == Specimen.PBMC
                    && SUPERNATANT_OF.matcher(folded.substring(m.end(), matches.get(i + 1).start())).matches()) {
                continue;
            }
            kept.add(m);
        }
        return kept;
    }

    /** The last word of the match ending at {@code end}: where "culture supernatants" has "supernatants". */
    private static int wordStart(String folded, int end) {
        int i = end;
        while (i > 0 && folded.charAt(i - 1) != ' ') {
            i--;
        }
        return i;
    }

    /** "intestinal epithelial cells", "gut ILC3s": an organ word followed by a cell word names cells. */
    private static List<Match> organsOfCells(String folded, List<Match> matches) {
        List<Match> kept = new ArrayList<>(matches.size());
        for (int i = 0; i < matches.size(); i++) {
            Match m = matches.get(i);
            if (m.specimen() == Specimen.TISSUE && i + 1 < matches.size()) {
                Match next = matches.get(i + 1);
                String between = folded.substring(m.end(), next.start());
                if (next.specimen() == Specimen.CELLS && between.length() <= 30 && between.matches("[\\p{L}\\s-]*(?:and\\s+)?[\\p{L}\\s-]*")) {
                    continue;
                }
            }
            kept.add(m);
        }
        return kept;
    }

    /**
     * Whether the cell word at {@code start} ends a list governed by a word for a cell population's
     * size or arrival ("the infiltration of macrophages", "infiltration of the colon by dendritic
     * cells, neutrophils", "the proliferation of mesothelial cells"): cells counted in a tissue, not
     * cells whose products were measured.
     */
    private static boolean counted(String folded, int start) {
        int i = start;
        for (int words = 0; words < 12; words++) {
            while (i > 0 && (folded.charAt(i - 1) == ' ' || folded.charAt(i - 1) == ',')) {
                i--;
            }
            int end = i;
            while (i > 0 && folded.charAt(i - 1) != ' ' && folded.charAt(i - 1) != ',') {
                i--;
            }
            String word = folded.substring(i, end);
            if (word.isEmpty() || LIST_BREAK.matcher(word).find()) {
                return false;
            }
            if (word.equals("of") || word.equals("by") || word.equals("with")) {
                return COUNTED_BY.matcher(folded.substring(Math.max(0, i - 50), i)).find();
            }
        }
        return false;
    }

    private static int wordEnd(String folded, int from) {
        int i = from;
        while (i < folded.length() && Character.isLetterOrDigit(folded.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean cellType(String folded, int start) {
        int end = start;
        while (end > 0 && folded.charAt(end - 1) == ' ') {
            end--;
        }
        int from = end;
        while (from > 0 && folded.charAt(from - 1) != ' ' && folded.charAt(from - 1) != '(') {
            from--;
        }
        String word = folded.substring(from, end);
        if (word.endsWith("+") || word.endsWith("-")) {
            return true; // "CD4+ cells", "NPY+ cells"
        }
        if (CELL_TYPES.contains(word)) {
            return true;
        }
        int dash = word.lastIndexOf('-');
        if (dash > 0 && CELL_TYPES.contains(word.substring(dash + 1))) {
            return true; // "NPY-producing cells"
        }
        int before = from;
        while (before > 0 && folded.charAt(before - 1) == ' ') {
            before--;
        }
        int twoFrom = before;
        while (twoFrom > 0 && folded.charAt(twoFrom - 1) != ' ') {
            twoFrom--;
        }
        return CELL_TYPES.contains(folded.substring(twoFrom, before) + " " + word);
    }

    /** Whether a name of {@code names} begins at {@code from}, past spaces. */
    private static boolean nameAt(String folded, int from, List<int[]> names) {
        int next = from;
        while (next < folded.length() && folded.charAt(next) == ' ') {
            next++;
        }
        for (int[] name : names) {
            if (name[0] == next) {
                return true;
            }
        }
        return false;
    }

    private static boolean inside(int start, int end, List<int[]> names) {
        for (int[] name : names) {
            if (start < name[1] && name[0] < end) {
                return true;
            }
        }
        return false;
    }

    /** The specimen words of one text, found once and asked for several mentions. Immutable. */
    public static final class SpecimenWords {
        /** "plasma concentrations of", "serum levels of": a specimen word that begins the phrase of what follows it. */
        private static final Pattern GOVERNS_WHAT_FOLLOWS = Pattern.compile(
                "^\\s*(?:[\\p{L}-]+\\s+)?(?:levels?|concentrations?|amounts?|expression|production|secretion|release|values?|content)\\s+of\\b",
                Pattern.CASE_INSENSITIVE);

        /**
         * What lies between a mention and a tissue word that names where it was measured: the
         * measure and "in (the)" with at most one word before the organ ("IL-6 mRNA in the inflamed
         * colon", "IL-6 levels in the hippocampus", "IL-6 was raised in kidneys").
         */
        private static final Pattern ATTACHED = Pattern.compile(
                "(?:\\s+[\\p{L}\\d-]+){0,3}?\\s+in\\s+(?:the\\s+|their\\s+)?(?:[\\p{L}-]+\\s+)?",
                Pattern.CASE_INSENSITIVE);
        /** A concessive opening: "Although absent in saliva, ...", "Though undetectable in plasma, ...". */
        private static final Pattern CONCESSIVE = Pattern.compile(
                "\\s*(?:although|though|even though|despite|in spite of|while|whereas)\\b", Pattern.CASE_INSENSITIVE);

        /** A concessive clause of more words is taken to go on past its first comma. */
        private static final int MAX_CONCESSIVE_WORDS = 8;

        private final String text;
        private final List<int[]> names;
        private final List<Match> matches;
        /** Whether each match begins the phrase of what follows it ({@link #governsWhatFollows}), found once: asked for every mention. */
        private final boolean[] governs;

        private SpecimenWords(String text, List<int[]> names, List<Match> matches) {
            this.text = text;
            this.names = List.copyOf(names);
            this.matches = List.copyOf(matches);
            Set<Integer> nameStarts = new HashSet<>();
            for (int[] name : names) {
                nameStarts.add(name[0]);
            }
            this.governs = new boolean[this.matches.size()];
            for (int i = 0; i < governs.length; i++) {
                governs[i] = governsWhatFollows(this.matches.get(i), nameStarts);
            }
        }

        /** The specimen words of {@code text}, leaving out words inside the {@code [start, end)} spans of {@code names}. */
        public static SpecimenWords of(String text, List<int[]> names) {
            return new SpecimenWords(text, names, SpecimenDetector.matches(text, names));
        }

        /** Whether a word of {@code specimen} is among these words ("epithelial cells", "macrophages" for {@link Specimen#CELLS}). */
        public boolean names(Specimen specimen) {
            for (Match m : matches) {
                if (m.specimen() == specimen) {
                    return true;
                }
            }
            return false;
        }

        /** The specimen whose word begins at {@code start} ("CSF" in "but not in CSF"), or null. */
        public Specimen startingAt(int start) {
            for (Match m : matches) {
                if (m.start() == start) {
                    return m.specimen();
                }
            }
            return null;
        }

        /**
         * The specimen whose word is attached to the mention {@code [mentionStart, mentionEnd)}, or null: right before
         * it ("plasma sIL-6R", "serum IL-6"), or right after it before an amount noun ("sIL-6R plasma
         * concentrations", "IL-6 serum levels"); not one of a list of specimens ("intestinal and serum CXCL1").
         */
        public Specimen attachedTo(int mentionStart, int mentionEnd) {
            for (Match m : matches) {
                if (COORDINATED_BEFORE.matcher(text).region(0, m.start()).find()) {
                    continue; // "Intestinal and serum CXCL1": one of two specimens
                }
                if (m.end() <= mentionStart && text.substring(m.end(), mentionStart).isBlank()
                        || m.start() >= mentionEnd && text.substring(mentionEnd, m.start()).isBlank()
                                && AMOUNT_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) {
                    return m.specimen();
                }
            }
            return null;
        }

        /**
         * The specimen nearest to {@code [mentionStart, mentionEnd)} within {@code [from, to)}, or null. A
         * specimen word after the mention that begins the phrase of another name ("NPY and plasma
         * NGF", "NPY and plasma concentrations of NGF") is that name's, not the mention's. A tissue in
         * the mention's own "in (the)" phrase beats a cell word named nearer ("macrophages and IL-6
         * mRNA in the colon"); a specimen in a short concessive opening that names no entity gives way
         * to any other ("Though undetectable in plasma, IL-6 in the hippocampus rose").
         */
        public Specimen nearest(int from, int to, int mentionStart, int mentionEnd) {
            int concessiveEnd = concessiveEnd(from, mentionStart);
            Match best = null;
            int bestDistance = Integer.MAX_VALUE;
            boolean bestConceded = false;
            Match attached = null;
            for (int i = 0; i < matches.size(); i++) {
                Match m = matches.get(i);
                if (m.start() < from || m.end() > to || (m.start() < mentionEnd && mentionStart < m.end())) {
                    continue;
                }
                if (m.start() >= mentionEnd && governs[i]) {
                    continue;
                }
                if (attached == null && m.specimen() == Specimen.TISSUE && m.start() >= mentionEnd
                        && ATTACHED.matcher(text.substring(mentionEnd, m.start())).matches()) {
                    attached = m;
                }
                boolean conceded = m.end() <= concessiveEnd;
                int distance = m.end() <= mentionStart ? mentionStart - m.end()
                        : m.start() >= mentionEnd ? m.start() - mentionEnd : 0;
                if (best == null || bestConceded && !conceded || conceded == bestConceded && distance < bestDistance) {
                    best = m;
                    bestDistance = distance;
                    bestConceded = conceded;
                }
            }
            if (best != null && best.specimen() == Specimen.CELLS && attached != null) {
                return Specimen.TISSUE; // "IL-6 mRNA in the colon" over the macrophages named nearer
            }
            return best == null ? null : best.specimen();
        }

        /**
         * The end of a concessive clause that opens the text at or after {@code from} and names no
         * entity ("Though undetectable in plasma, IL-6 in the hippocampus rose"), when
         * the mention at {@code mentionStart} lies after it; else -1. A specimen named there is where
         * the amount was not found, so it gives way to any specimen named elsewhere. Only a short clause
         * counts: a longer one may go on past its first comma.
         */
        private int concessiveEnd(int from, int mentionStart) {
            Matcher m = CONCESSIVE.matcher(text).region(from, text.length());
            if (!m.lookingAt()) {
                return -1;
            }
            int comma = text.indexOf(',', m.end());
            if (comma < 0 || comma >= mentionStart || text.substring(m.end(), comma).trim().split("\\s+").length > MAX_CONCESSIVE_WORDS) {
                return -1; // a long clause may go on past its first comma ("although X conferred protection as shown by fewer cells, IL-6, ...")
            }
            for (int[] name : names) {
                if (name[0] >= from && name[0] < comma) {
                    return -1; // "Whereas serum IL-6 rose, TNF did not": the clause has its own finding
                }
            }
            return comma;
        }

        private boolean governsWhatFollows(Match m, Set<Integer> nameStarts) {
            int next = m.end();
            while (next < text.length() && text.charAt(next) == ' ') {
                next++;
            }
            if (nameStarts.contains(next)) {
                return true;
            }
            return GOVERNS_WHAT_FOLLOWS.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 40))).find();
        }

        /** Whether any specimen word lies in {@code [from, to)}. */
        public boolean any(int from, int to) {
            for (Match m : matches) {
                if (m.start() >= from && m.end() <= to) {
                    return true;
                }
            }
            return false;
        }

        List<Match> matches() {
            return matches;
        }
    }

    /**
     * The record-wide fallback for sentences that name no specimen: the specimen named most often in
     * {@code sentences}, blood giving way to serum, plasma or blood cells when those are named too
     * ("blood samples" are then where they came from).
     *
     * @param samplesOnly count only samples (body fluids and blood cells): "Blood samples were taken twice"
     */
    public static Specimen mostFrequent(List<SpecimenWords> sentences, boolean samplesOnly) {
        // Each sentence counts a specimen once; ties go to the specimen the record names first.
        Map<Specimen, Integer> counts = new java.util.LinkedHashMap<>();
        for (SpecimenWords sentence : sentences) {
            java.util.Set<Specimen> named = java.util.EnumSet.noneOf(Specimen.class);
            for (Match m : sentence.matches) {
                if (m.specimen() != Specimen.OTHER && (!samplesOnly || m.specimen().isSample())) {
                    named.add(m.specimen());
                }
            }
            for (Match m : sentence.matches) {
                if (named.remove(m.specimen())) {
                    counts.merge(m.specimen(), 1, Integer::sum);
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
}
