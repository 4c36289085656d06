package org.evidentia.textmining.text;

/**
 * One sentence of a text.
 *
 * @param start offset of its first char in the text
 * @param end   offset after its last char
 * @param text  {@code text.substring(start, end)}
 */
public record Sentence(int start, int end, String text) {
}
