package org.evidentia.textmining.internal.structure;

import java.util.List;
import java.util.Locale;

/**
 * Cuts a sentence into tokens (see {@link TokenizedSentence}). A word is a run of letters and
 * digits with inner hyphens, slashes, apostrophes and dots ({@code LPS-induced}, {@code and/or},
 * {@code Crohn's}, {@code J774A.1}, {@code 0.05}); brackets, commas, semicolons, colons and
 * comparison signs are tokens of their own; the given entity spans (names a lexicon found) are
 * single tokens whatever they hold. Thread-safe.
 */
public final class Tokenizer {

    private final Vocabulary vocabulary;

    public Tokenizer(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * @param sentence the sentence
     * @param entities the entities' {@code [start, end)} offsets in the sentence, in order, not overlapping
     */
    public TokenizedSentence tokenize(String sentence, List<int[]> entities) {
        int n = sentence.length();
        int capacity = n / 2 + 4;
        int[] start = new int[capacity];
        int[] end = new int[capacity];
        TokenizedSentence.Kind[] kind = new TokenizedSentence.Kind[capacity];
        String[] word = new String[capacity];
        int[] entity = new int[capacity];
        int[] depth = new int[capacity];
        boolean[] glued = new boolean[capacity];
        int size = 0;
        int level = 0;
        int nextEntity = 0;
        int i = 0;
        while (i < n) {
            char c = sentence.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (size == capacity) {
                capacity *= 2;
                start = java.util.Arrays.copyOf(start, capacity);
                end = java.util.Arrays.copyOf(end, capacity);
                kind = java.util.Arrays.copyOf(kind, capacity);
                word = java.util.Arrays.copyOf(word, capacity);
                entity = java.util.Arrays.copyOf(entity, capacity);
                depth = java.util.Arrays.copyOf(depth, capacity);
                glued = java.util.Arrays.copyOf(glued, capacity);
            }
            glued[size] = i > 0 && !Character.isWhitespace(sentence.charAt(i - 1));
            while (nextEntity < entities.size() && entities.get(nextEntity)[1] <= i) {
                nextEntity++;
            }
            int tokenEnd;
            TokenizedSentence.Kind k;
            int entityIndex = -1;
            if (nextEntity < entities.size() && entities.get(nextEntity)[0] <= i) {
                tokenEnd = entities.get(nextEntity)[1];
                k = TokenizedSentence.Kind.ENTITY;
                entityIndex = nextEntity;
                nextEntity++;
            } else if ((c == '(' || c == '[') && nextEntity < entities.size() && entities.get(nextEntity)[0] == i + 1
                    && closesInside(sentence, c, entities.get(nextEntity))) {
                // "neurotrophin (NT)-3", "factor(NT)-3": the name begins inside the bracket and closes it
                tokenEnd = entities.get(nextEntity)[1];
                k = TokenizedSentence.Kind.ENTITY;
                entityIndex = nextEntity;
                nextEntity++;
            } else if (c == '(' || c == '[' || c == '{') {
                tokenEnd = i + 1;
                k = TokenizedSentence.Kind.OPEN;
            } else if (c == ')' || c == ']' || c == '}') {
                tokenEnd = i + 1;
                k = TokenizedSentence.Kind.CLOSE;
            } else if (Character.isLetterOrDigit(c)
                    || (c == '-' || c == '\u2010' || c == '\u2011') && i + 1 < n && Character.isLetter(sentence.charAt(i + 1))
                    && (nextEntity >= entities.size() || entities.get(nextEntity)[0] != i + 1)) {
                int limit = nextEntity < entities.size() ? entities.get(nextEntity)[0] : n;
                tokenEnd = wordEnd(sentence, i, limit);
                k = Character.isDigit(c) || (c == '-' && Character.isDigit(sentence.charAt(i + 1)))
                        ? TokenizedSentence.Kind.NUMBER : TokenizedSentence.Kind.WORD;
            } else {
                tokenEnd = i + 1;
                k = TokenizedSentence.Kind.PUNCT;
            }
            start[size] = i;
            end[size] = tokenEnd;
            kind[size] = k;
            entity[size] = entityIndex;
            if (k == TokenizedSentence.Kind.CLOSE && level > 0) {
                level--;
            }
            depth[size] = level;
            if (k == TokenizedSentence.Kind.OPEN) {
                level++;
            }
            String w = sentence.substring(i, tokenEnd).toLowerCase(Locale.ROOT);
            if (k == TokenizedSentence.Kind.WORD && w.charAt(0) != '-' && w.charAt(0) != '\u2010' && w.charAt(0) != '\u2011') {
                w = w.replace('\u2010', '-').replace('\u2011', '-');
            } else if (k == TokenizedSentence.Kind.WORD) {
                w = w.substring(1).replace('\u2010', '-').replace('\u2011', '-'); // "-induced" glued to a name
            }
            word[size] = w;
            size++;
            i = tokenEnd;
        }
        int[] match = new int[size];
        java.util.Arrays.fill(match, -1);
        int[] stack = new int[size + 1];
        int top = 0;
        for (int t = 0; t < size; t++) {
            if (kind[t] == TokenizedSentence.Kind.OPEN) {
                stack[top++] = t;
            } else if (kind[t] == TokenizedSentence.Kind.CLOSE && top > 0) {
                int open = stack[--top];
                match[open] = t;
                match[t] = open;
            }
        }
        int[] classes = new int[size];
        int[] phraseLength = new int[size];
        for (int t = 0; t < size; t++) {
            phraseLength[t] = 1;
            if (kind[t] != TokenizedSentence.Kind.WORD) {
                continue;
            }
            classes[t] = vocabulary.classes(word[t]);
            for (Vocabulary.Phrase phrase : vocabulary.phrasesStartingWith(word[t])) {
                String[] parts = phrase.words();
                if (t + parts.length > size) {
                    continue;
                }
                boolean matches = true;
                for (int p = 1; p < parts.length && matches; p++) {
                    matches = kind[t + p] == TokenizedSentence.Kind.WORD && parts[p].equals(word[t + p]);
                }
                if (matches) {
                    classes[t] |= phrase.classes();
                    phraseLength[t] = Math.max(phraseLength[t], parts.length);
                }
            }
        }
        return new TokenizedSentence(sentence, size, start, end, kind, word, entity, depth, glued, classes, phraseLength, match);
    }

    /** Whether the entity {@code span} holds the bracket that closes {@code open}. */
    private static boolean closesInside(String s, char open, int[] span) {
        char close = open == '(' ? ')' : ']';
        for (int i = span[0]; i < span[1]; i++) {
            if (s.charAt(i) == close) {
                return true;
            }
            if (s.charAt(i) == open) {
                return false;
            }
        }
        return false;
    }

    /** The end of the word at {@code from}: letters and digits, with inner - / ' . + and dashes. */
    private static int wordEnd(String s, int from, int limit) {
        int i = from + 1;
        while (i < limit) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                i++;
            } else if ((c == '-' || c == '/' || c == '\'' || c == '.' || c == '\u2019' || c == '\u2010' || c == '\u2011'
                    || c == '+') && i + 1 < limit && Character.isLetterOrDigit(s.charAt(i + 1))) {
                i += 2;
            } else if (c == '+' && (i + 1 >= limit || !Character.isLetterOrDigit(s.charAt(i + 1)))) {
                i++; // "CD4+"
                break;
            } else {
                break;
            }
        }
        return i;
    }
}
