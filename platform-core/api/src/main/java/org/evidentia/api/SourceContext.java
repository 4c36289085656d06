package org.evidentia.api;

/**
 * A source's channel for options and for problems with its input. Every call is counted in the
 * run's {@code run.json} and summary; with {@code --strict} any skip or warning fails the run.
 * The runtime gives each {@link Source#read} call a context of its own: it speaks of that input only.
 * Provided by the runtime (and the testkit); plugins never implement it, so a minor version may add
 * methods to it.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public interface SourceContext extends ExtensionContext {

    /**
     * A record that could not be read and is left out.
     *
     * @param where  the file, record number and line of the bad record; not null
     * @param reason what was wrong and what was expected, e.g. {@code "row has 12 fields, header has 11"}; not null or blank
     * @throws IllegalArgumentException when either is null or the reason blank
     */
    void skipped(Origin where, String reason);

    /**
     * A record that is kept but doubtful, e.g. it held bytes that are not UTF-8.
     *
     * @param where   the file, record number and line of the record; not null
     * @param message what is doubtful; not null or blank
     * @throws IllegalArgumentException when either is null or the message blank
     */
    void warning(Origin where, String message);

    /**
     * Something a user should know about the input as a whole, e.g. that a CSV export carries no
     * abstracts and so can give no findings. Shown once per distinct message in the run summary.
     */
    void notice(String message);

    /**
     * States how many records the input holds by this source's own count, made independently of
     * parsing them: the identity lines, record elements or data rows it saw. Call it once, when the
     * input has been read to its end (not when reading stopped part-way). The runtime checks it
     * against the records the stream returned plus those reported {@link #skipped}, and reports any
     * difference as records lost, so that a parser that drops records without a word is caught.
     * A source that cannot count independently need not call it.
     *
     * @param records the number of records the input holds, at least 0
     * @since 0.1
     */
    void inputHolds(long records);

    /**
     * The input deletes the record with this id (PubMed's {@code <DeleteCitation>} in an update
     * file). A run that records into a findings store removes the record and its findings from the
     * store; a run without a store counts the deletion and says so in its summary, since it has no
     * earlier records to delete. Call it once per id listed, in the input's order (an id the input
     * lists twice, at the same version, is one deletion); deletions take effect after the input's records.
     *
     * @param id the deleted record's {@link BibliographicRecord#id() id} (for PubMed, its PMID)
     * @since 0.1
     */
    void deleted(String id);

    /**
     * The input deletes this version of the record with this id (PubMed's {@code <PMID Version="2">}
     * in a {@code <DeleteCitation>} list). A findings store removes the record only when the version
     * it holds is {@code version} or lower, and remembers the deletion at {@code version}: a higher
     * version, applied before or after the deletion, stands, so the order of versioned update files
     * does not matter. Otherwise as {@link #deleted(String)}: once per id listed, in the input's order.
     *
     * <p>A source whose format states no versions calls {@link #deleted(String)} (or this method
     * with a null version): such a deletion removes whatever version the store holds. The default
     * implementation, for contexts that know no versions, does exactly that.
     *
     * @param id      the deleted record's {@link BibliographicRecord#id() id} (for PubMed, its PMID); not null or blank
     * @param version the version the input deletes, at least 1, as {@link BibliographicRecord#version()} counts
     *                versions; null when the input states none
     * @since 0.1
     */
    @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
    default void deleted(String id, Integer version) {
        deleted(id);
    }

    /**
     * The input's list of deletions is damaged or cut short at {@code where}: ids it lists after that
     * point may be lost (those already given to {@link #deleted(String)} still stand). The runtime
     * reports it as a warning, so {@code --strict} fails on it, and a findings store counts the input
     * as read part-way ({@code partial}), not applied, so that the next run applies it again (a
     * corrected download under the same path, say) rather than skipping it as applied before. The
     * default implementation, for contexts without a store, reports it as a {@link #warning}.
     *
     * @param where  the file, the number of the last record before the damage (0 when none) and the line of the damage
     * @param reason what is wrong and which deletions may be lost, e.g. {@code "the file ends at line 812 (truncated?) inside
     *               the <DeleteCitation> list that starts at line 790: any deletion it lists after PMID 40000005 is lost"}
     * @since 0.1
     */
    @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
    default void deletionsLost(Origin where, String reason) {
        warning(where, reason);
    }

    /**
     * Whether anything in this run reads records' {@link BibliographicRecord#metadata() metadata}:
     * a reporter or extractor that says it does ({@link Reporter#readsMetadata(ExtensionContext)},
     * {@link Extractor#readsMetadata(ExtensionContext)}), or a findings store, which keeps records whole. When
     * false, a source may return records with empty metadata to save the time of keeping it. Every
     * other field must be filled as always, and the records and problems must be those it gives
     * when metadata is wanted: pass over the text it would have kept, reporting what it holds (a
     * byte that is not UTF-8, say) as always. A source that always fills metadata is correct too.
     * The answer is the same for the whole of one {@link Source#read} call.
     *
     * @return true unless the runtime knows that nothing reads metadata
     * @since 0.1
     */
    @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
    default boolean wantsMetadata() {
        return true;
    }
}
