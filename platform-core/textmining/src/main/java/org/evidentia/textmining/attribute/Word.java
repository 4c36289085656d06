package org.evidentia.textmining.attribute;

/**
 * A word of a lower-cased text, with the word after it (for two-word entries).
 *
 * @param text  the word
 * @param start its offset
 * @param next  the next word, or null
 */
record Word(String text, int start, String next) {
}
