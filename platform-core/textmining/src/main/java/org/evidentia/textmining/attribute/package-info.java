/**
 * The attributes of a change statement: specimen, population, comparison, condition and context ({@link org.evidentia.textmining.attribute.StatementAttributes}).
 *
 * <p>Part of the text-mining kit (artifact {@code evidentia-textmining}, docs/text-mining-kit.md): a
 * library an extractor plugin bundles in its {@code lib/}. Its public types are marked with their
 * stability; everything else is package-private or in {@code org.evidentia.textmining.internal}.
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
package org.evidentia.textmining.attribute;

import org.evidentia.api.Api;
