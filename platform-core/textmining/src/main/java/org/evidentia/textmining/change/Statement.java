package org.evidentia.textmining.change;

import java.util.Objects;
import org.evidentia.api.Api;
import org.evidentia.api.Direction;

/**
 * One statement of a sentence: the amount of a named entity increased, decreased or did not
 * change. Offsets are in the sentence. Immutable.
 *
 * @param entity      the index of the entity in the list the sentence was read with
 * @param direction   the direction, oriented as the group of interest against its comparator
 * @param clauseStart start of the clause that states it
 * @param clauseEnd   end of that clause
 * @param cueStart    start of the word that states the direction (the clause start when none does)
 * @param basis       how the statement was read
 * @param causeStart  where the statement's cause starts in the sentence, or -1 when none is named: the
 *                    subject of a causative verb ("8-Br-cAMP" in "8-Br-cAMP decreased NPY release"),
 *                    the stimulus of an induced change ("LPS-induced" in "the LPS-induced rise"), the
 *                    agent of a passive or the phrase after "after", "upon", "in response to"
 * @param causeEnd    where it ends (-1 when none)
 * @param reversedStart for a statement that reverses an induced change it presupposes ("Q inhibited the LPS-induced
 *                    production of TNF": the decrease), where the stimulus of that change ("LPS-induced") starts, or -1 for any other
 *                    statement. The stimulus is given to both sides of a reversal (LPS plus Q against LPS alone), so it
 *                    is not what the reversal compares.
 * @param reversedEnd where that stimulus ends (-1 when none)
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record Statement(int entity, Direction direction, int clauseStart, int clauseEnd, int cueStart, Basis basis,
                        int causeStart, int causeEnd, int reversedStart, int reversedEnd) {

    /** @throws NullPointerException when {@code direction} or {@code basis} is null */
    public Statement {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(basis, "basis");
    }

    /** A statement that reverses no induced change. */
    public Statement(int entity, Direction direction, int clauseStart, int clauseEnd, int cueStart, Basis basis,
                     int causeStart, int causeEnd) {
        this(entity, direction, clauseStart, clauseEnd, cueStart, basis, causeStart, causeEnd, -1, -1);
    }

    /** Whether this statement reverses an induced change: see {@code reversedStart}. */
    public boolean reverses() {
        return reversedStart >= 0;
    }

    /** The cause as written in {@code sentence} (the sentence this statement was read from, not null), or null when none is named. */
    public String cause(String sentence) {
        return causeStart < 0 ? null : sentence.substring(causeStart, causeEnd);
    }

    /** How a statement was read. */
    @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
    public enum Basis {
        /** A direction word linked to the entity. */
        STATED,
        /**
         * The change that a stated reversal presupposes: "Q attenuated the stress-induced rise in cortisol"
         * states a decrease (Q) and presupposes an increase (stress against control).
         */
        PRESUPPOSED,
        /** The unchanged counterpart of a contrast: "in women but not men", "cortisol, but not NPY, rose". */
        CONTRASTED,
        /** The direction of the previous item of a list or clause with the same subject. */
        CARRIED,
        /** A statement that confirms the previous one ("this was confirmed by RT-PCR for the BDNF gene"). */
        CONFIRMED
    }
}
