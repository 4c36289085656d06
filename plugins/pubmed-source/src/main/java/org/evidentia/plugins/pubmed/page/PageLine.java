package org.evidentia.plugins.pubmed.page;

/**
 * One non-blank line of a copied page.
 *
 * @param number     1-based line number in the input
 * @param text       the line, stripped
 * @param normalised the line as {@link PageVocabulary#normalise(String)} gives it
 * @param cut        true when the line was longer than the line limit and cut there
 */
record PageLine(long number, String text, String normalised, boolean cut) {

    static PageLine of(long number, String line, boolean cut) {
        return new PageLine(number, line.strip(), PageVocabulary.normalise(line), cut);
    }
}
