package org.evidentia.textmining.text;

import org.evidentia.api.Api;

/**
 * One sentence of a text, with its exact offsets: {@code text} is {@code source.substring(start, end)}
 * of the text it was split from. Immutable.
 *
 * @param start offset of its first char in the text, {@code >= 0}
 * @param end   offset after its last char, {@code > start}
 * @param text  {@code text.substring(start, end)}; not null, never blank
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record Sentence(int start, int end, String text) {
}
