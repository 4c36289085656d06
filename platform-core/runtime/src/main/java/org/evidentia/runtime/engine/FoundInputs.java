package org.evidentia.runtime.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a caller that found a run's input files itself (a store run, which checks each file against
 * those it applied before) tells the engine of them.
 *
 * @param digests       the hex SHA-256 of input files the caller hashed, by their resolved paths; they
 *                      are not hashed again
 * @param walked        what the caller's walk passed over (each an input error) and left out (each a
 *                      notice), so that the run tells them as it tells those of its own walk; its files
 *                      are not read (the pipeline's inputs are)
 * @param appliedBefore how many files the caller found and left out of the run because their records
 *                      are held already: a run that reads nothing of the rest then read nothing new, which
 *                      is no failure, where a run of nothing but unreadable inputs fails
 */
public record FoundInputs(Map<Path, String> digests, InputResolver.Resolution walked, int appliedBefore) {

    /** Nothing found by a caller: the engine resolves the pipeline's inputs itself. */
    public static final FoundInputs NONE = new FoundInputs(Map.of(), new InputResolver.Resolution(List.of(), List.of(), List.of()), 0);

    public FoundInputs {
        digests = Map.copyOf(digests);
        if (appliedBefore < 0) {
            throw new IllegalArgumentException("appliedBefore < 0: " + appliedBefore);
        }
    }
}
