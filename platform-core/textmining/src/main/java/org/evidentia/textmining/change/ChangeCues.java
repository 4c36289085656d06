package org.evidentia.textmining.change;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.evidentia.textmining.lexicon.DataLines;

/**
 * The words that state a change of an amount, from {@code change-cues.tsv}: each form with its
 * direction and its parts of speech. Immutable and thread-safe.
 */
final class ChangeCues {

    /** What a cue word says. */
    public enum Polarity {
        /** More. */
        UP,
        /** Less. */
        DOWN,
        /** No change: "unchanged", "similar". */
        SAME,
        /** A direction only when negated: "differ", "change", "affect". */
        NEUTRAL,
        /** More, stated by a causative verb ("induced"): only passive or before its object. */
        CAUSE
    }

    /** Parts of speech, as bits. */
    public static final int VERB = 1;
    public static final int PARTICIPLE = 2;
    public static final int ADJECTIVE = 4;
    public static final int NOUN = 8;
    public static final int DEGREE = 16;

    /** One form: its polarity and part-of-speech bits. */
    public record Entry(Polarity polarity, int pos) {
        public boolean is(int bit) {
            return (pos & bit) != 0;
        }
    }

    private static final ChangeCues STANDARD = load("change-cues.tsv");

    private final Map<String, Entry> forms;

    private ChangeCues(Map<String, Entry> forms) {
        this.forms = Map.copyOf(forms);
    }

    /** The cues shipped with the kit. */
    public static ChangeCues standard() {
        return STANDARD;
    }

    /** The entry of a lower-case word, or null. */
    public Entry lookup(String word) {
        return forms.get(word);
    }

    private static ChangeCues load(String resource) {
        Map<String, Entry> forms = new HashMap<>();
        DataLines.readResource(ChangeCues.class, resource, (number, line) -> {
            String[] columns = line.split("\t");
            if (columns.length != 3) {
                throw new IllegalStateException(resource + ", line " + number + ": expected direction<TAB>part of speech<TAB>forms");
            }
            Polarity polarity = switch (columns[0].strip()) {
                case "up" -> Polarity.UP;
                case "down" -> Polarity.DOWN;
                case "same" -> Polarity.SAME;
                case "neutral" -> Polarity.NEUTRAL;
                case "cause" -> Polarity.CAUSE;
                default -> throw new IllegalStateException(resource + ", line " + number + ": unknown direction " + columns[0]);
            };
            int pos = switch (columns[1].strip()) {
                case "verb" -> VERB;
                case "participle" -> PARTICIPLE;
                case "adjective" -> ADJECTIVE;
                case "noun" -> NOUN;
                case "degree" -> DEGREE;
                default -> throw new IllegalStateException(resource + ", line " + number + ": unknown part of speech " + columns[1]);
            };
            for (String form : columns[2].split("\\|")) {
                String f = form.strip().toLowerCase(Locale.ROOT);
                if (f.isEmpty()) {
                    continue;
                }
                Entry old = forms.get(f);
                if (old != null && old.polarity() != polarity) {
                    // "induced" is a cause verb and, as a participle, an increase: the causative reading wins
                    Polarity kept = old.polarity() == Polarity.CAUSE || polarity == Polarity.CAUSE ? Polarity.CAUSE : null;
                    if (kept == null) {
                        throw new IllegalStateException(resource + ", line " + number + ": '" + f
                                + "' is listed as " + old.polarity() + " and " + polarity);
                    }
                    forms.put(f, new Entry(kept, old.pos() | pos));
                } else {
                    forms.put(f, new Entry(polarity, (old == null ? 0 : old.pos()) | pos));
                }
            }
        });
        return new ChangeCues(forms);
    }
}
