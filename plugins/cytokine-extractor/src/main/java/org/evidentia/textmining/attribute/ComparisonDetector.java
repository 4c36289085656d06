package org.evidentia.textmining.attribute;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.evidentia.textmining.change.Statement;
import org.evidentia.textmining.structure.WordLists;

/**
 * What a statement's direction compares: {@code genotype}, {@code exposure}, {@code intervention},
 * {@code condition} or {@code time} ({@code comparisons.tsv}). A presupposed increase (the LPS of
 * "the LPS-induced rise") is an exposure. Otherwise the words are weighed where they say most: the
 * statement's cause (the subject of its causative verb, the phrase after "after" or "in response
 * to") first, then what follows its direction word ("increased in COPD", "lower than in controls"),
 * then the rest of its clause, then its sentence; within one place genotype beats exposure, which
 * beats intervention, condition and time. Entity names are not read (a "chemokine ligand" is no TLR
 * ligand); abbreviations the record defines are read written out ("post-AA": appendicitis-appendectomy).
 * A cause that no word classifies is an intervention (a compound given for its effect), or an
 * exposure when it is only an entity acting on cells ("IL-10 inhibits IL-1β production in
 * macrophages"). Thread-safe.
 */
final class ComparisonDetector {

    private static final WordLists WORDS = WordLists.load(ComparisonDetector.class, "comparisons.tsv");
    private static final List<String> ORDER = List.of("genotype", "exposure", "intervention", "condition", "time");
    private static final List<Set<String>> LISTS = ORDER.stream().map(WORDS::get).toList();
    /** Words that say "groups are compared" but not which kind of groups. */
    private static final Set<String> WEAK = Set.of("control", "controls", "group", "groups", "healthy", "subjects",
            "individuals", "cases", "women", "men", "stimulated", "stimulation", "treated", "model", "models", "inflammation",
            "state", "states", "condition", "conditions", "active", "time", "day", "days", "weeks", "week", "months", "month",
            "hours", "given", "received", "receiving", "dose", "doses", "course", "phase", "recovery", "induced", "activated",
            "evoked", "triggered", "elicited");
    /** "tis7(-/-)", "IL-10−/−", "(+/-)": a genotype whatever the words. */
    private static final Pattern KNOCKOUT = Pattern.compile(
            "[\\p{L}\\d]\\s*\\(?\\s*(?:[-−–‐‑]|\\+)\\s*/\\s*[-−–‐‑]\\s*\\)?(?![\\d.\\s]*\\d)");
    /** A name (blanked out) right after "after", "upon", "in response to": an entity given as the cause. */
    private static final Pattern ENTITY_GIVEN = Pattern.compile(
            "\\b(?:after|following|upon|in response to|treated with|stimulated with|exposed to|exposure to|incubated with|infusion of|injection of|administration of)\\s+(?:the\\s+|recombinant\\s+|exogenous\\s+)?\\s{2,}(?:[.,;)]|$|\\s*(?:and|or|in|at|for)\\b)");
    /** Surgical removals and repairs: "appendectomy", "vagotomy", "colostomy". */
    private static final Pattern SURGERY = Pattern.compile("\\b\\p{L}+(?:ectomy|ectomies|otomy|ostomy|plasty)\\b");

    /**
     * @param s         the statement
     * @param masked    its sentence with entity names blanked out (same offsets)
     * @param confirmed for a statement that confirms the previous sentence, that sentence (masked); else empty
     * @param specimen  its specimen, or null
     */
    String comparison(Statement s, String masked, String confirmed, String specimen, RecordFacts facts) {
        if (s.basis() == Statement.Basis.PRESUPPOSED) {
            return "exposure";
        }
        String clause = masked.substring(s.clauseStart(), s.clauseEnd());
        if (s.causeStart() >= 0) {
            String cause = written(masked.substring(s.causeStart(), s.causeEnd()), facts);
            String byCause = classify(cause, false);
            if (byCause == null) {
                byCause = classify(cause, true);
            }
            if (byCause != null) {
                return byCause;
            }
            if (cause.replaceAll("[^\\p{L}]", "").isEmpty()) {
                return entityGiven(specimen);
            }
            return "intervention";
        }
        int cue = Math.max(0, Math.min(clause.length(), s.cueStart() - s.clauseStart()));
        if (ENTITY_GIVEN.matcher(clause.substring(cue)).find()) {
            return entityGiven(specimen); // "IFN-γ fell after IL-2", "IL-6 rose in response to TNF-α"
        }
        String[] places = {written(clause.substring(cue), facts), written(clause.substring(0, cue), facts), written(masked, facts),
                written(confirmed, facts)};
        for (String place : places) {
            String strong = classify(place, false);
            if (strong != null) {
                return strong;
            }
        }
        for (String place : places) {
            String weak = classify(place, true);
            if (weak != null) {
                return weak;
            }
        }
        String title = facts.title();
        String byTitle = title.isEmpty() ? null : classify(title, true);
        return byTitle != null ? byTitle : "condition";
    }

    /** An entity acting on cells is a stimulus; given to people or animals, a treatment. */
    private static String entityGiven(String specimen) {
        return "cells".equals(specimen) || "pbmc".equals(specimen) ? "exposure" : "intervention";
    }

    /** The text with the record's abbreviations followed by their long forms: "post-AA" reads "post-AA (appendicitis-appendectomy)". */
    private static String written(String text, RecordFacts facts) {
        StringBuilder out = new StringBuilder(text);
        for (String word : text.split("[^\\p{L}\\d]+")) {
            String longForm = word.length() >= 2 ? facts.longForm(word) : null;
            if (longForm != null) {
                out.append(" (").append(longForm).append(')');
            }
        }
        return out.toString();
    }

    /** The first kind of {@link #ORDER} whose words {@code text} holds; with {@code weak} false, weak words do not count. */
    private static String classify(String text, boolean weak) {
        if (KNOCKOUT.matcher(text).find()) {
            return "genotype";
        }
        String lower = StatementAttributes.lower(text);
        List<Word> words = Words.of(lower);
        for (int k = 0; k < ORDER.size(); k++) {
            Set<String> list = LISTS.get(k);
            String previous = "";
            for (Word w : words) {
                String two = w.next() == null ? null : w.text() + " " + w.next();
                boolean hit = list.contains(w.text()) && (weak || !WEAK.contains(w.text())) && !previous.equals("pre")
                        || two != null && list.contains(two);
                if (!hit && w.text().contains("-")) {
                    // "LPS-stimulated", "IL-10-deficient", "diet-fed": the parts of a hyphenated word
                    for (String part : w.text().split("-")) {
                        if (list.contains(part) && (weak || !WEAK.contains(part)) && !part.equals("pre")) {
                            hit = true;
                            break;
                        }
                    }
                }
                if (hit) {
                    return ORDER.get(k);
                }
                previous = w.text();
            }
            if (ORDER.get(k).equals("intervention") && SURGERY.matcher(lower).find()) {
                return "intervention";
            }
        }
        return null;
    }
}
