/**
 * Cue linking: the change statements of one sentence ({@link org.evidentia.textmining.change.StatementReader}).
 *
 * <p>Part of the text-mining kit (artifact {@code evidentia-textmining}, docs/text-mining-kit.md): a
 * library an extractor plugin bundles in its {@code lib/}. Its public types are marked with their
 * stability; everything else is package-private or in {@code org.evidentia.textmining.internal}.
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
package org.evidentia.textmining.change;

import org.evidentia.api.Api;
