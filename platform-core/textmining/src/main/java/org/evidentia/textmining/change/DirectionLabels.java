package org.evidentia.textmining.change;

import java.util.Arrays;
import org.evidentia.textmining.internal.structure.TokenizedSentence.Kind;
import org.evidentia.textmining.internal.structure.TokenizedSentence;

/**
 * The direction labels of one sentence and the lists they head: a direction word followed by a colon labels the list
 * after it, "(upregulation: NPY, CGRP; downregulation: NGF)" gives NPY and CGRP the label's direction and NGF the next
 * one's. The list runs to a semicolon, the next label, the bracket that encloses the label, or the clause's end.
 *
 * <p>Kept apart because a label is a cue that links otherwise than by position: it reaches only its list, and a name in
 * the list takes no other cue's direction, so the linking asks here before it looks around a cue. Belongs to one
 * sentence's analysis, whose cues it reads; the list each token is in is its only state, found once the cues are.
 */
final class DirectionLabels {

    private final TokenizedSentence t;
    private final int n;
    private final Clauses clauses;
    private final SentenceCues cues;
    /** For each token, the direction label it is listed under: the label's token, or -1. */
    private final int[] labelOf;

    DirectionLabels(TokenizedSentence t, Clauses clauses, SentenceCues cues) {
        this.t = t;
        this.n = t.size();
        this.clauses = clauses;
        this.cues = cues;
        this.labelOf = new int[n];
    }

    /** Finds the list each label heads; the sentence's cues must have been found. */
    void find() {
        Arrays.fill(labelOf, -1);
        for (int i = 0; i + 1 < n; i++) {
            if (!isLabel(i)) {
                continue;
            }
            int clauseEnd = clauses.get(clauses.of(i))[1];
            for (int m = i + 2; m < clauseEnd && !t.isWord(m, ";") && !isLabel(m); m++) {
                if (t.kind(m) == Kind.CLOSE && t.match(m) >= 0 && t.match(m) < i) {
                    break;
                }
                labelOf[m] = i;
            }
        }
    }

    /** Whether the cue at {@code i} is a label: a cue of a direction right before a colon. */
    boolean isLabel(int i) {
        return cues.at(i) != null && cues.at(i).direction() != null && i + 1 < n && t.isWord(i + 1, ":");
    }

    /** The token of the label whose list token {@code i} is in, or -1. */
    int labelOf(int i) {
        return labelOf[i];
    }
}
