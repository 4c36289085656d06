package org.evidentia.runtime.store;

/**
 * What applying inputs did to a store, record by record (see {@link RecordApplier} for the rules).
 *
 * @param added              records the store did not hold
 * @param revised            higher versions, new texts of a version read by the same source, or fuller copies read by another
 *                           source, that replaced the stored one
 * @param reextracted        the same records with other designs or findings (other plugins)
 * @param unchanged          the same records with the same designs and findings
 * @param superseded         lower versions than the store's, or versions a deletion removed
 * @param duplicate          the store's version read by another source with another text and no fuller (the stored copy stays)
 * @param deleted            records removed by the inputs' deletions
 * @param deletionsUnmatched deletions of ids the store did not hold
 */
public record ChangeCounts(long added, long revised, long reextracted, long unchanged, long superseded, long duplicate, long deleted,
                           long deletionsUnmatched) {
}
