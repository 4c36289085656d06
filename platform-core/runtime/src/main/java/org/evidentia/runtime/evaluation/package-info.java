/**
 * Scoring extracted findings against hand-annotated gold files (format: docs/evaluation.md):
 * {@link org.evidentia.runtime.evaluation.GoldReader} reads a gold file,
 * {@link org.evidentia.runtime.evaluation.Evaluator} scores findings of any extractor against it, and
 * {@link org.evidentia.runtime.evaluation.EvaluationReport#render()} prints the result.
 */
package org.evidentia.runtime.evaluation;
