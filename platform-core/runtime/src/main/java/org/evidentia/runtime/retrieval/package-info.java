/**
 * Inputs that are retrieved rather than read from disk ({@code pubmed:QUERY}): before a run, each
 * is handed to the {@link org.evidentia.api.Retriever} its prefix names, replaced in the pipeline by
 * the files the retriever wrote, and recorded in run.json's {@code retrievals}.
 */
package org.evidentia.runtime.retrieval;
