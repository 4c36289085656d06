/**
 * Scoring extracted findings against hand-annotated gold files (format: docs/evaluation.md):
 * {@link org.evidentia.runtime.evaluation.GoldReader} reads a gold file,
 * {@link org.evidentia.runtime.evaluation.Evaluator} scores the findings of one finding kind against
 * it (the kind's key equivalences and closed attributes, nothing domain-specific here),
 * {@link org.evidentia.runtime.evaluation.EvaluationReport} holds and prints the result, and
 * {@link org.evidentia.runtime.evaluation.ErrorsFile} writes every error as JSON Lines.
 */
package org.evidentia.runtime.evaluation;
