package org.evidentia.plugins.cytokine.rules;

import org.evidentia.api.Direction;

/**
 * A word or phrase of a sentence that states a direction of change.
 *
 * @param start     offset in the sentence
 * @param end       offset after it
 * @param direction the direction it states (after negation)
 * @param causative a verb such as "induced" or "stimulated" that names a direction only as a
 *                  passive predicate ("was stimulated") or before its object ("LPS induced IL-6")
 */
record Cue(int start, int end, Direction direction, boolean causative) {
}
