package org.evidentia.textmining.attribute;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidentia.textmining.lexicon.KeywordAutomaton;
import org.evidentia.textmining.lexicon.WordLists;

/**
 * Whose specimen a statement's amount was measured in: {@code human}, {@code animal} or
 * {@code cell-line}, from the words of a text ({@code populations.tsv}: people, species, cell-line
 * names) and the shape of cell-line names before "cells" ("HT-29 cells", "J774A.1 macrophages").
 * Thread-safe.
 */
final class PopulationDetector {

    static final String HUMAN = "human";
    static final String ANIMAL = "animal";
    static final String CELL_LINE = "cell-line";
    /** The mark of a word of sex: the noun after it, else the record, gives its population ({@link #population}). */
    private static final String SEX = "sex";
    /** What may stand between a word of sex and the noun it modifies: "male and female BALB/c", "female adult Wistar". */
    private static final Pattern SEX_MODIFIER_GAP = Pattern.compile(
            "[\\s,]*(?:(?!(?i:in|of|than|with|from|at|to|by|for|were|was|had|have|showed|but|whereas)\\b)[\\p{L}\\d/.-]+[\\s,]+){0,4}");
    /** The mark of a molecule name that begins with a population word ("Human antigen R"): the word is no population. */
    private static final String NONE = "none";

    /** A population word of a text: where it starts and what it names. */
    record Hit(int start, String population) {
    }

    private static final WordLists WORDS = WordLists.load(PopulationDetector.class, "populations.tsv");
    private static final Set<String> HUMAN_WORDS = WORDS.get("human");
    private static final Set<String> ANIMAL_WORDS = WORDS.get("animal");
    private static final Set<String> CELL_LINES = WORDS.get("cell-line");
    /** A cell-line name by its shape, before a cell word: "HT-29 cells", "J774A.1 macrophages", "BV2 microglia", "MIN6 β cells". */
    private static final Pattern CELL_LINE_SHAPE = Pattern.compile(
            "(?<![\\p{L}\\d-])(?!(?i:" + String.join("|", WORDS.get("not-cell-line-prefix")) + ")[-\\d])"
                    + "[A-Z][A-Za-z]{0,6}-?\\d{1,4}[A-Za-z]{0,2}(?:[.-]\\d{1,3}[A-Za-z]?)?\\s+"
                    // one word of the cells' type between: "MIN6 β cells", "HT-29 epithelial cells" (a sampler's s20, pattern 5a)
                    + "(?:(?:β|beta|islet|epithelial|endothelial|tumou?r|cancer|carcinoma|insulinoma|mast|stem|stromal)\\s+)?"
                    + "(?:cells?|macrophages|monocytes|microglia|"
                    + "microglial|fibroblasts|keratinocytes|enterocytes|colonocytes|myoblasts|adipocytes|hepatocytes|cell line)\\b");

    /** Every word and phrase of the lists, for one pass over a text; a keyword's index gives its population. */
    private static final Lexicon LEXICON = lexicon();

    /**
     * The automaton of the lists' words and, by a keyword's index, its population: made together from locals, so that no
     * static field depends on another being initialised first.
     */
    private record Lexicon(KeywordAutomaton automaton, List<String> populationOf) {
    }

    private static Lexicon lexicon() {
        Map<String, String> seen = new LinkedHashMap<>();
        // a word in several lists counts for the first of: cell line, animal, human
        for (String w : CELL_LINES) {
            seen.putIfAbsent(w, CELL_LINE);
        }
        for (String w : ANIMAL_WORDS) {
            seen.putIfAbsent(w, ANIMAL);
        }
        for (String w : HUMAN_WORDS) {
            seen.putIfAbsent(w, HUMAN);
        }
        for (String w : WORDS.get("sex")) {
            seen.putIfAbsent(w, SEX);
        }
        for (String w : WORDS.get("not-population")) {
            seen.putIfAbsent(w, NONE);
        }
        return new Lexicon(new KeywordAutomaton(List.copyOf(seen.keySet())), List.copyOf(seen.values()));
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '’';
    }

    /** The population words of {@code text}, in order: people and species words, cell-line names and shapes. */
    List<Hit> hits(String text) {
        List<Hit> hits = new ArrayList<>();
        String lower = StatementAttributes.lower(text);
        int[] covered = {0};
        LEXICON.automaton().match(lower, (start, end, keyword) -> {
            boolean word = (start == 0 || !isWordChar(lower.charAt(start - 1)))
                    && (end == lower.length() || !isWordChar(lower.charAt(end)));
            if (word) {
                hits.add(new Hit(start, LEXICON.populationOf().get(keyword)));
            }
        });
        hits.sort((a, b) -> Integer.compare(a.start(), b.start()));
        if (hits.stream().anyMatch(h -> h.population().equals(NONE))) {
            // a molecule's name ("Human antigen R") takes its first word with it
            Set<Integer> molecules = new java.util.HashSet<>();
            hits.stream().filter(h -> h.population().equals(NONE)).forEach(h -> molecules.add(h.start()));
            hits.removeIf(h -> molecules.contains(h.start()));
        }
        if (mayHaveCellLineShape(text)) {
            Matcher m = CELL_LINE_SHAPE.matcher(text);
            while (m.find()) {
                hits.add(new Hit(m.start(), CELL_LINE));
            }
        }
        if (hits.stream().anyMatch(h -> h.population().equals(SEX))) {
            dropSexBeforeItsNoun(hits, text);
        }
        if (hits.stream().anyMatch(h -> h.population().equals(CELL_LINE))) {
            dropSpeciesOfACellLine(hits, text);
        }
        hits.removeIf(h -> h.population().equals(HUMAN) && text.regionMatches(true, h.start(), "human", 0, 5)
                && wordEnd(text, h.start()) == h.start() + 5 && namesAMolecule(text, h));
        return hits;
    }

    /**
     * "human" before a cytokine's name: "human interleukin-10 fusion protein", "recombinant human IFN-γ". The word says whose
     * molecule was made or given, not whose specimen was measured (a sample of findings read in session 21: 27430741's
     * fusion protein made a finding in macrophages a human one). A species word stays: "the murine IL-8 homologs" of a
     * study of mice are the mice's.
     */
    private static final Pattern SPECIES_OF_A_MOLECULE = Pattern.compile(
            "\\s+(?:recombinant\\s+)?(?:interleukin|il-?\\d|interferon|ifn-|tumou?r necrosis factor|tnf|tgf|transforming growth factor"
                    + "|gm-csf|g-csf|granulocyte[-\\s]+(?:macrophage[-\\s]+)?colony|chemokine|cxcl\\d|ccl\\d)", Pattern.CASE_INSENSITIVE);

    private static boolean namesAMolecule(String text, Hit h) {
        return SPECIES_OF_A_MOLECULE.matcher(text).region(wordEnd(text, h.start()), text.length()).lookingAt();
    }

    /** Where the word that starts at {@code start} ends. */
    private static int wordEnd(String text, int start) {
        int end = start;
        while (end < text.length() && isWordChar(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /**
     * Leaves out a species or people word right before a cell line's name ("Rat INS-1 cells", "human HepG2 cells"): it says
     * where the line came from, and the cells measured are the line's (a sample of findings read in session 21: 24055447's
     * "Rat RINm5F β cells" made a finding of the line's cells an animal's).
     */
    private static void dropSpeciesOfACellLine(List<Hit> hits, String text) {
        hits.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Hit> qualifiers = new ArrayList<>();
        for (int i = 0; i + 1 < hits.size(); i++) {
            Hit h = hits.get(i);
            Hit next = hits.get(i + 1);
            if (!next.population().equals(CELL_LINE) || !(h.population().equals(ANIMAL) || h.population().equals(HUMAN))) {
                continue;
            }
            int end = wordEnd(text, h.start());
            if (end < next.start() && text.substring(end, next.start()).isBlank()) {
                qualifiers.add(h);
            }
        }
        hits.removeAll(qualifiers);
    }

    /**
     * Leaves out each word of sex that modifies a population noun after it ("male and female BALB/c mice", "female
     * patients"): that noun says whose. {@code hits} are in order of start.
     */
    private static void dropSexBeforeItsNoun(List<Hit> hits, String text) {
        List<Hit> modifiers = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            Hit h = hits.get(i);
            if (!h.population().equals(SEX)) {
                continue;
            }
            for (int k = i + 1; k < hits.size(); k++) {
                Hit noun = hits.get(k);
                if (noun.population().equals(SEX)) {
                    continue; // "male and female mice": past the next word of sex to the noun
                }
                int gapStart = wordEnd(text, h.start());
                if (gapStart <= noun.start() && SEX_MODIFIER_GAP.matcher(text).region(gapStart, noun.start()).matches()) {
                    modifiers.add(h);
                }
                break;
            }
        }
        hits.removeAll(modifiers);
    }

    /**
     * The population of a statement: a cell line named in its clause (for a specimen of cells or
     * none), else the human or animal word nearest to the mention in the clause, then a cell line,
     * or the nearest human or animal word, in the sentence; null when neither names one. A word of sex
     * alone nearest ("females showed ...") is animal where {@code recordPopulation} (asked only then) is,
     * else human.
     */
    String population(List<Hit> hits, int clauseStart, int clauseEnd, int mention, String specimen,
            Supplier<String> recordPopulation) {
        boolean cellsMeasured = specimen == null || specimen.equals("cells");
        if (cellsMeasured && any(hits, clauseStart, clauseEnd, CELL_LINE)) {
            return CELL_LINE;
        }
        String near = nearest(hits, clauseStart, clauseEnd, mention);
        if (near == null && cellsMeasured && any(hits, 0, Integer.MAX_VALUE, CELL_LINE)) {
            return CELL_LINE;
        }
        if (near == null) {
            near = nearest(hits, 0, Integer.MAX_VALUE, mention);
        }
        if (SEX.equals(near)) {
            // "females showed ...": the record's, human where it names no animal
            return ANIMAL.equals(recordPopulation.get()) ? ANIMAL : HUMAN;
        }
        return near;
    }

    /**
     * The index of a hit's population among the counts of {@link #counts}: human, animal, cell line, and a word of sex
     * apart (a record of mice says "females" too; one that names only "healthy males" is of people), or -1.
     */
    static int countIndex(Hit h) {
        return switch (h.population()) {
            case HUMAN -> 0;
            case ANIMAL -> 1;
            case CELL_LINE -> 2;
            case SEX -> 3;
            default -> -1;
        };
    }

    /** A new array for the counts of {@link #counts}: human, animal, cell-line and sex words. */
    static int[] noCounts() {
        return new int[4];
    }

    /** Counts of human, animal, cell-line and sex words in {@code text} ({@link #countIndex}). */
    int[] counts(String text) {
        int[] counts = noCounts();
        for (Hit h : hits(text)) {
            int index = countIndex(h);
            if (index >= 0) {
                counts[index]++;
            }
        }
        return counts;
    }

    private static boolean any(List<Hit> hits, int from, int to, String population) {
        for (Hit h : hits) {
            if (h.start() >= from && h.start() < to && h.population().equals(population)) {
                return true;
            }
        }
        return false;
    }

    /** The human or animal word in {@code [from, to)} nearest to {@code at}, or null. */
    private static String nearest(List<Hit> hits, int from, int to, int at) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Hit h : hits) {
            if (h.start() < from || h.start() >= to || h.population().equals(CELL_LINE)) {
                continue;
            }
            int distance = Math.abs(h.start() - at);
            if (distance < bestDistance) {
                best = h.population();
                bestDistance = distance;
            }
        }
        return best;
    }

    /** A cheap test before {@link #CELL_LINE_SHAPE}: every match ends in one of these words. */
    private static boolean mayHaveCellLineShape(String text) {
        return text.contains("cell") || text.contains("macrophages") || text.contains("monocytes") || text.contains("microglia")
                || text.contains("fibroblasts") || text.contains("cytes") || text.contains("myoblasts");
    }
}
