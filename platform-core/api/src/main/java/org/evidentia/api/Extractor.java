package org.evidentia.api;

import java.util.List;

/**
 * Turns one {@link BibliographicRecord} into {@link Finding}s.
 *
 * <p><b>Threading.</b> The runtime calls {@link #extract} for many records at once from several
 * threads, so an extractor must be thread-safe; keep it stateless, load resources in the
 * constructor, and share them read-only. Which thread is not fixed (it may be the one running the
 * whole run), so an extractor that waits must restore the interrupt it catches. An interrupt it
 * leaves set with no stop of the run (one it made itself) stops nothing: the runtime clears it and
 * warns once, naming the extractor's plugin.
 *
 * <p><b>Failure.</b> An exception thrown for one record is recorded as a problem of that record
 * (extractor name, record id, message) and the run goes on with the next record.
 *
 * <p><b>Order.</b> Return findings in the order of their evidence in the record (title before
 * abstract, then by offset); the runtime keeps input order across records and extractor order
 * within a record, so output is deterministic.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public interface Extractor extends Extension {

    /**
     * The kind of findings this extractor makes, with its vocabulary. Every finding it returns has
     * {@link Finding#kind()} equal to this kind's {@link FindingKind#name() name}. Called once when a
     * run starts; return the same value every time. Never null: an extractor whose kind is null, or
     * whose call throws, cannot be made, and runs go on without it (its plugin's problem says why).
     *
     * <p>Experimental, as {@link FindingKind} is: a minor version may change the declaration.
     *
     * @since 0.1
     */
    @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
    FindingKind findingKind();

    /**
     * Finds what this extractor looks for in one record.
     *
     * <p>The runtime holds each finding returned to this contract: its {@link Finding#recordId()} is
     * {@code record}'s {@link BibliographicRecord#id() id}; its {@link Finding#kind()} is the name of
     * this extractor's {@link #findingKind()}; each of its attributes is one the kind declares, with
     * one of the attribute's values when the attribute's values are closed; its evidence's field is
     * one of the record's, its sentence is {@code record.text(field)} between the sentence offsets,
     * and its mention lies inside the sentence and is {@link Subject#text()} exactly, at the mention
     * offsets. A finding that breaks it is dropped, alone (the record's other findings are kept):
     * the run reports it as a problem of the record, of kind {@link RunSummary.Problem.Kind#EXTRACTOR_ERROR},
     * whose message begins {@code finding dropped: } and says why, and counts it under the kind's
     * name in {@link RunSummary#findingsDropped()}. The testkit's {@code PluginTestKit.extract}
     * fails a test on such a finding, with the same words.
     *
     * @param record  the record to read; not null
     * @param context the run's options for this extractor ({@link ExtensionContext#options}): one
     *                context for the whole run, shared by the threads that call this method
     * @return the findings; empty when none, never null (a null is a problem of the record, as an
     *     exception is). {@link Finding#extractor()} and
     *     {@link Finding#extractorVersion()} may be left null: the runtime stamps them.
     */
    List<Finding> extract(BibliographicRecord record, ExtensionContext context);

    /**
     * Whether {@link #extract} reads records' {@link BibliographicRecord#metadata() metadata} in a run with
     * these options. When no extractor or reporter of a run reads it, the run tells its sources so
     * ({@link SourceContext#wantsMetadata()}) and they may leave it out, which saves reading it. The
     * default, true, is always safe: return false only when, with the options {@code context}
     * gives, nothing of this extractor looks at {@code metadata()}. Called at most once per run, when
     * the run starts, on the thread that starts it.
     *
     * @param context the run's options for this extractor
     * @since 0.1
     */
    @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
    default boolean readsMetadata(ExtensionContext context) {
        return true;
    }

    /**
     * A value a user focuses a run or report on for one of this kind's free-text attributes
     * ({@code --focus condition=OSAHS}), written as this extractor writes that attribute's values
     * ({@code obstructive sleep apnea}), so that the focus finds the findings it means. The runtime
     * keeps a finding when its value holds the words of what this returns, ignoring case and
     * punctuation. The default returns the value as given; override it when your extractor
     * normalises the values it writes (synonyms, abbreviations, degrees dropped). Called before any
     * record is read, at least once per criterion whose attribute your kind has as free text (a run
     * checks its plan and then runs it; {@code validate} checks too), on the thread that starts the
     * run: keep it free of side effects and quick. In {@code report --store} the kind is the one the
     * store recorded, which an older version of your plugin may have declared. A null return or an
     * exception is taken as the value as given.
     *
     * @param attribute the name of a free-text attribute of your kind; not null
     * @param value     the value as the user gave it, stripped, not blank
     * @return the value to match (return {@code value} for anything you do not normalise)
     * @since 0.1
     */
    @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
    default String focusValue(String attribute, String value) {
        return value;
    }

    /**
     * The values a focus on {@code value} keeps, as {@link #focusValue} writes it: that value first, then any value it names
     * as a whole of which the others are parts, whose findings are of it too ({@code inflammatory bowel disease} names
     * {@code ulcerative colitis} and {@code Crohn disease}). The runtime keeps a finding whose value holds the words of any
     * of them, and tells the parts in a notice. The default is {@link #focusValue} alone; the same contract of threads holds,
     * and a null or empty list, one holding null, or an exception is taken as {@link #focusValue}'s value alone.
     *
     * @param attribute the name of a free-text attribute of your kind; not null
     * @param value     the value as the user gave it, stripped, not blank
     * @return the values to match, the first as {@link #focusValue} gives it
     * @since 0.1
     */
    @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
    default java.util.List<String> focusValues(String attribute, String value) {
        return java.util.List.of(focusValue(attribute, value));
    }
}
