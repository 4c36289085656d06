/**
 * Sentence splitting with exact offsets ({@link org.evidentia.textmining.text.SentenceSplitter}), and
 * PubMed's inline markup dropped from text that prints it ({@link org.evidentia.textmining.text.PubmedMarkup}).
 *
 * <p>Part of the text-mining kit (artifact {@code evidentia-textmining}, docs/text-mining-kit.md): a
 * library an extractor plugin bundles in its {@code lib/}. Its public types are marked with their
 * stability; everything else is package-private or in {@code org.evidentia.textmining.internal}.
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
package org.evidentia.textmining.text;

import org.evidentia.api.Api;
