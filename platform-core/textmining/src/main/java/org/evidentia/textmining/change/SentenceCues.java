package org.evidentia.textmining.change;

import org.evidentia.textmining.change.StatementReader.Cue;

/**
 * The cues of one sentence by token: which word is a cue, and the nearest cue of a direction in a span or before a
 * token. Only a cue of a direction states a change (not "differed" unless negated, nor a negated "unchanged"), so
 * the questions of where one is skip the other cues, while {@link #at} answers for every cue, as a word that is any
 * cue ends a phrase or takes a verb's place.
 *
 * <p>Kept apart so that the classes of one sentence's analysis share the cues through one object rather than each
 * holding the raw array: the analysis sets them once ({@link #set}, while it finds them) and every class reads them as
 * they stand when it asks.
 */
final class SentenceCues {

    private final Cue[] cueAt;

    /** No cue yet, for a sentence of {@code n} tokens. */
    SentenceCues(int n) {
        this.cueAt = new Cue[n];
    }

    /** The cue at token {@code i}, or null. */
    Cue at(int i) {
        return cueAt[i];
    }

    void set(int i, Cue cue) {
        cueAt[i] = cue;
    }

    /** The first cue of a direction in {@code [from, to)}, or null. */
    Cue first(int from, int to) {
        for (int i = from; i < to; i++) {
            if (cueAt[i] != null && cueAt[i].direction() != null) {
                return cueAt[i];
            }
        }
        return null;
    }

    /** Whether {@code [from, to)} has a cue of a direction. */
    boolean any(int from, int to) {
        return first(from, to) != null;
    }

    /** The last cue of a direction before token {@code i}, or null. */
    Cue lastBefore(int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (cueAt[j] != null && cueAt[j].direction() != null) {
                return cueAt[j];
            }
        }
        return null;
    }
}
