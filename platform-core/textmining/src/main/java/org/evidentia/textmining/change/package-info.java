/**
 * Cue linking: the change statements of one sentence ({@link org.evidentia.textmining.change.StatementReader}).
 *
 * <p>Part of the text-mining kit (artifact {@code evidentia-textmining}, docs/text-mining-kit.md): a
 * library an extractor plugin bundles in its {@code lib/}. Its public types are marked with their
 * stability; everything else is package-private or in {@code org.evidentia.textmining.internal}.
 *
 * <p>Inside, {@code StatementReader} links each direction word of a sentence to its entities; the questions it asks on
 * the way are answered by package-private classes built once per sentence, so that each decision has one place; they
 * share the sentence's cues through {@code SentenceCues} (which word is a cue, the nearest one of a direction):
 * {@code PhraseStructure} (where phrases begin and end, which position a word holds), {@code Clauses} (the clauses and
 * leading cause phrases), {@code ExceptedNames} (the names an exception takes out of a predicate),
 * {@code DirectionLabels} (which list a label such as "upregulation:" heads), {@code ComparisonSides} (which side of a
 * comparison is the control, which comparator names a standard),
 * {@code StandardComparison} (which comparatives compare no group: against a standard or another entity's amount),
 * {@code SampleHandling} (which parts of a clause name the handling of a sample as a change's cause),
 * {@code SuppressiveCapacity} (which cues change a capacity to suppress rather than an amount),
 * {@code ClauseCounterparts} (which second statements a clause implies beside the changes it states). The cue
 * vocabulary ({@code ChangeCues}), hedges ({@code Hedging}) and mention roles ({@code MentionRoles}) have their own.
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
package org.evidentia.textmining.change;

import org.evidentia.api.Api;
