package org.evidentia.testkit;

import java.util.List;
import org.evidentia.api.Api;
import org.evidentia.api.Origin;
import org.evidentia.api.SourceContext;
import org.evidentia.runtime.engine.ExtensionRunContext;
import org.evidentia.runtime.engine.ProblemLog;

/**
 * An extension's context as the runtime gives it (options bound as the runtime binds them, problems
 * recorded as the run records them) that also lets a test read what was reported. Made by
 * {@link PluginTestKit#context}. Usable as an {@link org.evidentia.api.ExtensionContext} for
 * extractors and as a {@link SourceContext} for sources. Thread-safe, as the runtime's is.
 *
 * <p>STABLE as {@link SourceContext} is; the members that mirror its EXPERIMENTAL ones (metadata
 * and deletions with versions or lost) are EXPERIMENTAL as those are.
 *
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public final class TestContext implements SourceContext {

    private final String extension;
    private final Record options;
    private final ExtensionRunContext delegate;
    private volatile Long declared;

    TestContext(String extension, Record options, boolean wantsMetadata) {
        this.extension = extension;
        this.options = options;
        this.delegate = new ExtensionRunContext(extension, options, new ProblemLog(), wantsMetadata);
    }

    /**
     * A new context with the same options and an empty log that tells the source nothing in the
     * run reads records' metadata ({@link #wantsMetadata()} false), as a run whose extractors and
     * reporters all say they do not read it. A source's records read with it should differ from
     * those read with this context in their metadata alone.
     *
     * @since 0.1
     */
    @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
    public TestContext withoutMetadata() {
        return new TestContext(extension, options, false);
    }

    /**
     * What was reported so far.
     *
     * @since 0.1
     */
    public Problems log() {
        ProblemLog log = delegate.log();
        return new Problems(log.problems(), log.notices());
    }

    /**
     * What the source stated with {@link #inputHolds}, or null when it stated nothing.
     *
     * @since 0.1
     */
    public Long declared() {
        return declared;
    }

    /** @since 0.1 */
    @Override
    public void skipped(Origin where, String reason) {
        delegate.skipped(where, reason);
    }

    /** @since 0.1 */
    @Override
    public void warning(Origin where, String message) {
        delegate.warning(where, message);
    }

    /** @since 0.1 */
    @Override
    public void notice(String message) {
        delegate.notice(message);
    }

    /** @since 0.1 */
    @Override
    public void inputHolds(long records) {
        delegate.inputHolds(records);
        declared = records;
    }

    /** @since 0.1 */
    @Override
    public void deleted(String id) {
        delegate.deleted(id);
    }

    /** @since 0.1 */
    @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
    @Override
    public void deleted(String id, Integer version) {
        delegate.deleted(id, version);
    }

    /** @since 0.1 */
    @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
    @Override
    public void deletionsLost(Origin where, String reason) {
        delegate.deletionsLost(where, reason);
    }

    /**
     * The ids the source said its input deletes ({@link #deleted}), in order.
     *
     * @since 0.1
     */
    public List<String> deletedIds() {
        return delegate.deletedIds();
    }

    /**
     * What the source said its input deletes, with the version each deletion names, in order.
     *
     * @since 0.1
     */
    @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
    public List<Deletion> deletions() {
        return delegate.deletions().stream().map(d -> new Deletion(d.id(), d.version())).toList();
    }

    /**
     * Whether the source said that deletions its input lists may be lost ({@link #deletionsLost}),
     * which makes a findings store count the input as read part-way.
     *
     * @since 0.1
     */
    @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
    public boolean lostDeletions() {
        return delegate.lostDeletions();
    }

    /**
     * One deletion a source stated.
     *
     * @param id      the deleted record's id
     * @param version the version it deletes, or null when the source named none
     * @since 0.1
     */
    @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
    public record Deletion(String id, Integer version) {
    }

    /** @since 0.1 */
    @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
    @Override
    public boolean wantsMetadata() {
        return delegate.wantsMetadata();
    }

    /** @since 0.1 */
    @Override
    public <T extends Record> T options(Class<T> type) {
        return delegate.options(type);
    }
}
