package org.evidentia.textmining.attribute;

import java.util.List;
import java.util.Set;
import org.evidentia.textmining.change.Statement;
import org.evidentia.textmining.structure.WordLists;

/**
 * What a statement's direction compares: {@code genotype}, {@code exposure}, {@code intervention},
 * {@code condition} or {@code time} ({@code comparisons.tsv}). A presupposed increase (the LPS of
 * "the LPS-induced rise") is an exposure. Otherwise the words are weighed where they say most: the
 * statement's cause (the subject of its causative verb) first, then what follows its direction word
 * ("increased in COPD", "lower than in controls"), then the rest of its clause, then its sentence;
 * within one place genotype beats exposure, which beats intervention, condition and time. A named
 * cause that no word classifies is an intervention (a compound given for its effect). Thread-safe.
 */
final class ComparisonDetector {

    private static final WordLists WORDS = WordLists.load(ComparisonDetector.class, "comparisons.tsv");
    private static final List<String> ORDER = List.of("genotype", "exposure", "intervention", "condition", "time");
    private static final List<Set<String>> LISTS = ORDER.stream().map(WORDS::get).toList();
    /** Words that say "groups are compared" but not which kind of groups. */
    private static final Set<String> WEAK = Set.of("control", "controls", "group", "groups", "healthy", "subjects",
            "individuals", "cases", "women", "men", "stimulated", "stimulation", "treated", "model", "models", "inflammation",
            "state", "states", "condition", "conditions", "active", "time", "day", "days", "weeks", "week", "months", "month",
            "hours", "given", "received", "receiving", "dose", "doses", "course", "phase", "recovery");

    String comparison(Statement s, String clause, String sentence, RecordFacts facts) {
        if (s.basis() == Statement.Basis.PRESUPPOSED) {
            return "exposure";
        }
        if (s.cause() != null) {
            String byCause = classify(s.cause(), false);
            if (byCause == null) {
                byCause = classify(s.cause(), true);
            }
            return byCause != null ? byCause : "intervention";
        }
        int cue = Math.max(0, Math.min(clause.length(), s.cueStart() - s.clauseStart()));
        String tail = clause.substring(cue);
        String head = clause.substring(0, cue);
        for (String place : new String[] {tail, head, sentence}) {
            String strong = classify(place, false);
            if (strong != null) {
                return strong;
            }
        }
        for (String place : new String[] {tail, head, sentence}) {
            String weak = classify(place, true);
            if (weak != null) {
                return weak;
            }
        }
        return facts.title().isEmpty() ? null : classify(facts.title(), true) == null ? "condition" : classify(facts.title(), true);
    }

    /** The first kind of {@link #ORDER} whose words {@code text} holds; with {@code weak} false, weak words do not count. */
    private static String classify(String text, boolean weak) {
        String lower = StatementAttributes.lower(text);
        List<Word> words = Words.of(lower);
        for (int k = 0; k < ORDER.size(); k++) {
            Set<String> list = LISTS.get(k);
            for (Word w : words) {
                String two = w.next() == null ? null : w.text() + " " + w.next();
                boolean hit = list.contains(w.text()) && (weak || !WEAK.contains(w.text()))
                        || two != null && list.contains(two);
                if (!hit && w.text().contains("-")) {
                    // "LPS-stimulated", "IL-10-deficient", "diet-fed": the parts of a hyphenated word
                    for (String part : w.text().split("-")) {
                        if (list.contains(part) && (weak || !WEAK.contains(part))) {
                            hit = true;
                            break;
                        }
                    }
                }
                if (hit) {
                    return ORDER.get(k);
                }
            }
        }
        return null;
    }
}
