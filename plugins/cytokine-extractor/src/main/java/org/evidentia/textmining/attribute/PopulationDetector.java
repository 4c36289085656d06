package org.evidentia.textmining.attribute;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidentia.textmining.structure.WordLists;

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

    private static final WordLists WORDS = WordLists.load(PopulationDetector.class, "populations.tsv");
    private static final Set<String> HUMAN_WORDS = WORDS.get("human");
    private static final Set<String> ANIMAL_WORDS = WORDS.get("animal");
    private static final Set<String> CELL_LINES = WORDS.get("cell-line");
    /** A cell-line name by its shape, before a cell word: "HT-29 cells", "J774A.1 macrophages", "BV2 microglia". */
    private static final Pattern CELL_LINE_SHAPE = Pattern.compile(
            "(?<![\\p{L}\\d-])(?!(?:CD|Th|TH|IL|ILC|TLR|NK|Treg|CCR|CXCR|HLA|MHC|Tc|Ig|Fc|IFN|TNF|TGF|P2X|NF|AP|MAP|Cox|COX|GLP)[-\\d])"
                    + "[A-Z][A-Za-z]{0,6}-?\\d{1,4}[A-Za-z]{0,2}(?:[.-]\\d{1,3}[A-Za-z]?)?\\s+(?:cells?|macrophages|monocytes|microglia|"
                    + "microglial|fibroblasts|keratinocytes|enterocytes|colonocytes|myoblasts|adipocytes|hepatocytes|cell line)\\b");

    /**
     * The population named in a statement's clause (a cell line there wins, for a specimen of cells or
     * none), else the one nearest to the mention in the clause, then in the sentence; null when
     * neither names one.
     */
    String population(String clause, int mentionInClause, String sentence, int mentionInSentence, String specimen, RecordFacts facts) {
        boolean cellsMeasured = specimen == null || specimen.equals("cells");
        if (cellsMeasured && namesCellLine(clause)) {
            return CELL_LINE;
        }
        String near = nearest(clause, mentionInClause);
        if (near != null) {
            return near;
        }
        if (cellsMeasured && namesCellLine(sentence)) {
            return CELL_LINE;
        }
        return nearest(sentence, mentionInSentence);
    }

    /** Whether {@code text} names an established cell line. */
    boolean namesCellLine(String text) {
        String lower = StatementAttributes.lower(text);
        for (Word w : Words.of(lower)) {
            if (CELL_LINES.contains(w.text()) || (w.next() != null && CELL_LINES.contains(w.text() + " " + w.next()))) {
                return true;
            }
        }
        return CELL_LINE_SHAPE.matcher(text).find();
    }

    /** Counts of human, animal and cell-line words in {@code text}. */
    int[] counts(String text) {
        int[] counts = new int[3];
        String lower = StatementAttributes.lower(text);
        for (Word w : Words.of(lower)) {
            String two = w.next() == null ? null : w.text() + " " + w.next();
            if (HUMAN_WORDS.contains(w.text()) || two != null && HUMAN_WORDS.contains(two)) {
                counts[0]++;
            }
            if (ANIMAL_WORDS.contains(w.text()) || two != null && ANIMAL_WORDS.contains(two)) {
                counts[1]++;
            }
            if (CELL_LINES.contains(w.text()) || two != null && CELL_LINES.contains(two)) {
                counts[2]++;
            }
        }
        Matcher m = CELL_LINE_SHAPE.matcher(text);
        while (m.find()) {
            counts[2]++;
        }
        return counts;
    }

    /** The human or animal word nearest to {@code at}, or null. */
    private String nearest(String text, int at) {
        String lower = StatementAttributes.lower(text);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Word w : Words.of(lower)) {
            String two = w.next() == null ? null : w.text() + " " + w.next();
            String value = null;
            if (ANIMAL_WORDS.contains(w.text()) || two != null && ANIMAL_WORDS.contains(two)) {
                value = ANIMAL;
            } else if (HUMAN_WORDS.contains(w.text()) || two != null && HUMAN_WORDS.contains(two)) {
                value = HUMAN;
            }
            if (value != null) {
                int distance = Math.abs(w.start() - at);
                if (distance < bestDistance) {
                    best = value;
                    bestDistance = distance;
                }
            }
        }
        return best;
    }
}
