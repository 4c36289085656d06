/**
 * The Evidentia plugin API: the extension points and the domain model they exchange.
 *
 * <p>A plugin compiles against this package only (Maven scope {@code provided}) and contributes
 * implementations of {@link org.evidentia.api.Source}, {@link org.evidentia.api.Extractor} or
 * {@link org.evidentia.api.Reporter}, each annotated with {@link org.pf4j.Extension}. A
 * {@link org.evidentia.api.Retriever} fetches inputs named by a query ({@code pubmed:QUERY}) into
 * local files before the sources read them.
 *
 * <pre>
 * inputs --Source--&gt; records --dedupe--&gt; Extractors (parallel, per record) --&gt; RecordFindings
 *        --&gt; ReportWriters (record by record, in input order; then RunSummary + Synthesis) --&gt; output folder
 * </pre>
 *
 * <p>"Evidence" always means where a finding was stated: its {@link org.evidentia.api.EvidenceSpan}.
 *
 * <p>Conventions that hold for every type here unless its Javadoc says otherwise: parameters and
 * return values are never {@code null}; values documented as nullable are marked "nullable";
 * collections handed out are immutable; records are immutable and safe to share between threads.
 * Stability is marked with {@link org.evidentia.api.Api}.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
package org.evidentia.api;
