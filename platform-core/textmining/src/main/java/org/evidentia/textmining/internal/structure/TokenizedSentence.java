package org.evidentia.textmining.internal.structure;

/**
 * A sentence cut into tokens with exact offsets: words (lower-cased), numbers, punctuation, and
 * the names of a lexicon as single tokens ({@link #entity(int)}). Each token knows its bracket
 * depth, whether white space precedes it, and its word classes. Built by {@link Tokenizer};
 * immutable after that.
 */
public final class TokenizedSentence {

    /** What a token is. */
    public enum Kind { WORD, NUMBER, PUNCT, OPEN, CLOSE, ENTITY }

    private final String text;
    private final int size;
    private final int[] start;
    private final int[] end;
    private final Kind[] kind;
    private final String[] word;
    private final int[] entity;
    private final int[] depth;
    private final boolean[] glued;
    private final int[] classes;
    private final int[] phraseLength;
    private final int[] match;

    TokenizedSentence(String text, int size, int[] start, int[] end, Kind[] kind, String[] word, int[] entity,
                      int[] depth, boolean[] glued, int[] classes, int[] phraseLength, int[] match) {
        this.text = text;
        this.size = size;
        this.start = start;
        this.end = end;
        this.kind = kind;
        this.word = word;
        this.entity = entity;
        this.depth = depth;
        this.glued = glued;
        this.classes = classes;
        this.phraseLength = phraseLength;
        this.match = match;
    }

    /** The sentence as written. */
    public String text() {
        return text;
    }

    /** The number of tokens. */
    public int size() {
        return size;
    }

    public int start(int i) {
        return start[i];
    }

    public int end(int i) {
        return end[i];
    }

    public Kind kind(int i) {
        return kind[i];
    }

    /** The lower-cased text of a word, number or punctuation token; for an entity, its text lower-cased. */
    public String word(int i) {
        return word[i];
    }

    /** The index of the entity (in the list given to the tokenizer) a token is, or -1. */
    public int entity(int i) {
        return entity[i];
    }

    /** Whether token {@code i} is an entity. */
    public boolean isEntity(int i) {
        return i >= 0 && i < size && entity[i] >= 0;
    }

    /** Bracket depth: 0 outside brackets; an opening bracket has the depth outside it. */
    public int depth(int i) {
        return depth[i];
    }

    /** True when no white space separates token {@code i} from the one before ("NPY-induced": "-induced"). */
    public boolean glued(int i) {
        return glued[i];
    }

    /** Whether token {@code i} is in word class {@code c} (alone or as the first word of a phrase of that class). */
    public boolean is(int i, WordClass c) {
        return i >= 0 && i < size && (classes[i] & c.bit()) != 0;
    }

    /** The class bits of token {@code i}. */
    public int classes(int i) {
        return classes[i];
    }

    /** The number of tokens of the phrase token {@code i} begins (1 for a single word). */
    public int phraseLength(int i) {
        return phraseLength[i];
    }

    /** Whether the word at {@code i} is {@code w}. */
    public boolean isWord(int i, String w) {
        return i >= 0 && i < size && w.equals(word[i]);
    }

    /** Whether the tokens from {@code i} on are the words {@code words}, in order ({@link #isWord} for each). */
    public boolean isWords(int i, String[] words) {
        for (int j = 0; j < words.length; j++) {
            if (!isWord(i + j, words[j])) {
                return false;
            }
        }
        return true;
    }

    /** For an opening bracket, the index of its closing bracket; for a closing one, its opening; else -1. */
    public int match(int i) {
        return match[i];
    }

    /** The last part of a hyphenated word ("induced" of "lps-induced"), or the word itself. */
    public String head(int i) {
        String w = word[i];
        int dash = w.lastIndexOf('-');
        return dash > 0 && dash < w.length() - 1 ? w.substring(dash + 1) : w;
    }

    /** The text of tokens {@code [from, to)} as written. */
    public String text(int from, int to) {
        if (from >= to) {
            return "";
        }
        return text.substring(start[from], end[to - 1]);
    }
}
