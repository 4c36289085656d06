/**
 * Lexicon matching from data files: {@link org.evidentia.textmining.lexicon.TermLexicon} over the {@link org.evidentia.textmining.lexicon.KeywordAutomaton}, and named word lists ({@link org.evidentia.textmining.lexicon.WordLists}).
 *
 * <p>Part of the text-mining kit (artifact {@code evidentia-textmining}, docs/text-mining-kit.md): a
 * library an extractor plugin bundles in its {@code lib/}. Its public types are marked with their
 * stability; everything else is package-private or in {@code org.evidentia.textmining.internal}.
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
package org.evidentia.textmining.lexicon;

import org.evidentia.api.Api;
