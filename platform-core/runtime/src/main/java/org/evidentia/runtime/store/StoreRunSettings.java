package org.evidentia.runtime.store;

import java.util.List;
import java.util.Map;
import org.evidentia.runtime.exclusion.ExclusionList;

/**
 * What a run tells the store before it starts: a {@link StoreRecorder} is made with it
 * ({@link FindingsStore#recorder}) and is never configured afterwards. {@link #of} gives a run that tells
 * nothing beyond its command; each {@code with*} method returns a copy with one thing told.
 *
 * @param command           what made the run ({@code run}, {@code import DIR}), for the store's run log
 * @param appliedBefore     the inputs left out because the store applied them before (run.json's {@code files_skipped})
 * @param digests           the hex SHA-256 of the inputs to apply, by their paths (as given, or {@code file:} URIs), where
 *                          the caller knows them beforehand: an input the store applied before (given again with
 *                          {@code --force}) then counts as old as its first application, and does not replace a text that
 *                          a later input wrote for the same version of a record ({@link StoreRecorder#laterTextsKept()})
 * @param searchesByFile    the search each input was retrieved by ({@code pubmed:QUERY}), by its file's path: an input
 *                          applied again is known by its search (all of its batch files together), not by its files
 * @param emptySearches     the searches of the run ({@code pubmed:QUERY}) that found no record, so gave no file: the records
 *                          the store holds from their earlier applications are not in them now (the review of session 23, P1)
 * @param knownByStamp      how many of the run's input files were known by the checksum the store kept with their stamps,
 *                          not read to be hashed (run.json's {@code files_known_by_stamp})
 * @param exclusions        the exclusion list the run gives ({@code --exclude FILE}), which replaces the store's as the run
 *                          ends; null when it gives none (the store's stays)
 * @param refusesConfigurationChanges whether the run is refused, before it is logged or any input applied, when its
 *                          extractors or options differ from those of the store's last run that applied inputs: a run
 *                          with {@code --strict}, which a scheduled living review relies on to stop rather than make a
 *                          store of records extracted two ways
 * @param appliesNothing    whether the run applies no input (each was applied before, or only the exclusion list is
 *                          given): it extracts nothing, so its configuration is not compared with the store's
 * @param forced            whether the run applies again inputs the store applied before ({@code --force}): the store keeps
 *                          the checksums of its inputs ({@link #digests}), and a run after it, should it stop before its end,
 *                          applies those it did not reach without being forced
 */
public record StoreRunSettings(String command, List<FindingsStore.AppliedFile> appliedBefore, Map<String, String> digests,
                               Map<String, String> searchesByFile, List<String> emptySearches, int knownByStamp,
                               ExclusionList exclusions,
                               boolean refusesConfigurationChanges, boolean appliesNothing, boolean forced) {

    public StoreRunSettings {
        appliedBefore = List.copyOf(appliedBefore);
        digests = Map.copyOf(digests);
        searchesByFile = Map.copyOf(searchesByFile);
        emptySearches = List.copyOf(emptySearches);
    }

    /** A run of {@code command} that tells the store nothing else: every input new, nothing known beforehand. */
    public static StoreRunSettings of(String command) {
        return new StoreRunSettings(command, List.of(), Map.of(), Map.of(), List.of(), 0, null, false, false, false);
    }

    /** With the inputs applied before, left out, and the checksums of those to apply. */
    public StoreRunSettings withInputs(List<FindingsStore.AppliedFile> appliedBefore, Map<String, String> digests) {
        return new StoreRunSettings(command, appliedBefore, digests, searchesByFile, emptySearches, knownByStamp, exclusions,
                refusesConfigurationChanges, appliesNothing, forced);
    }

    /** With the search each input was retrieved by, the searches that found no record, and how many inputs were known by their stamps. */
    public StoreRunSettings withRetrieval(Map<String, String> searchesByFile, List<String> emptySearches, int knownByStamp) {
        return new StoreRunSettings(command, appliedBefore, digests, searchesByFile, emptySearches, knownByStamp, exclusions,
                refusesConfigurationChanges, appliesNothing, forced);
    }

    /** With the exclusion list given, or null for none. */
    public StoreRunSettings withExclusions(ExclusionList exclusions) {
        return new StoreRunSettings(command, appliedBefore, digests, searchesByFile, emptySearches, knownByStamp, exclusions,
                refusesConfigurationChanges, appliesNothing, forced);
    }

    /** With {@code --strict}'s refusal of another configuration than the store's, or without it. */
    public StoreRunSettings withRefusedConfigurationChanges(boolean refused) {
        return new StoreRunSettings(command, appliedBefore, digests, searchesByFile, emptySearches, knownByStamp, exclusions,
                refused, appliesNothing, forced);
    }

    /** Saying whether the run applies any input. */
    public StoreRunSettings withAppliesNothing(boolean nothing) {
        return new StoreRunSettings(command, appliedBefore, digests, searchesByFile, emptySearches, knownByStamp, exclusions,
                refusesConfigurationChanges, nothing, forced);
    }

    /** Saying whether the run applies again inputs the store applied before ({@code --force}). */
    public StoreRunSettings withForce(boolean force) {
        return new StoreRunSettings(command, appliedBefore, digests, searchesByFile, emptySearches, knownByStamp, exclusions,
                refusesConfigurationChanges, appliesNothing, force);
    }
}
