package org.evidentia.textmining.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeywordAutomatonTest {

    private static List<String> hits(KeywordAutomaton automaton, List<String> keywords, String text) {
        List<String> hits = new ArrayList<>();
        automaton.match(text, (start, end, k) -> hits.add(start + "-" + end + ":" + keywords.get(k)));
        return hits;
    }

    @Test
    void findsEveryOccurrenceWithOverlapsInOrderOfTheirEnds() {
        List<String> keywords = List.of("he", "she", "his", "hers", "il-6", "il-6 receptor");
        KeywordAutomaton automaton = new KeywordAutomaton(keywords);
        assertThat(hits(automaton, keywords, "ushers")).containsExactly("1-4:she", "2-4:he", "2-6:hers");
        assertThat(hits(automaton, keywords, "the il-6 receptor, il-6")).containsExactly(
                "1-3:he", "4-8:il-6", "4-17:il-6 receptor", "19-23:il-6");
        assertThat(hits(automaton, keywords, "nothing here? x")).containsExactly("8-10:he");
        assertThat(hits(automaton, keywords, "")).isEmpty();
    }

    @Test
    void charsOutsideTheKeywordsAlphabetLeadBackToTheStart() {
        List<String> keywords = List.of("ifn-γ", "tnf-α");
        KeywordAutomaton automaton = new KeywordAutomaton(keywords);
        assertThat(hits(automaton, keywords, "ifn-γ, tnf-α and ifn-ω or tnf-\u0000α")).containsExactly("0-5:ifn-γ", "7-12:tnf-α");
    }

    @Test
    void agreesWithANaiveSearchOnRandomText() {
        List<String> keywords = List.of("ab", "abc", "bca", "c", "caab", "bb", "abcab");
        KeywordAutomaton automaton = new KeywordAutomaton(keywords);
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 30; i++) {
                text.append("abcx".charAt(random.nextInt(4)));
            }
            List<String> naive = new ArrayList<>();
            for (int end = 1; end <= text.length(); end++) {
                for (int k = 0; k < keywords.size(); k++) {
                    String w = keywords.get(k);
                    if (end >= w.length() && text.substring(end - w.length(), end).equals(w)) {
                        naive.add((end - w.length()) + "-" + end + ":" + w);
                    }
                }
            }
            List<String> found = hits(automaton, keywords, text.toString());
            assertThat(found).as(text.toString()).containsExactlyInAnyOrderElementsOf(naive);
        }
    }

    @Test
    void randomKeywordSetsWithRepeatsAndPrefixesAgreeWithANaiveSearch() {
        Random random = new Random(7);
        for (int set = 0; set < 300; set++) {
            List<String> keywords = new ArrayList<>(); // up to 40 words of 1 to 6 letters of 4: repeats, prefixes, suffixes
            for (int n = 1 + random.nextInt(40); n > 0; n--) {
                StringBuilder word = new StringBuilder();
                for (int length = 1 + random.nextInt(6); length > 0; length--) {
                    word.append("abcd".charAt(random.nextInt(4)));
                }
                keywords.add(word.toString());
            }
            KeywordAutomaton automaton = new KeywordAutomaton(keywords);
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 60; i++) {
                text.append("abcdx".charAt(random.nextInt(5)));
            }
            List<String> naive = new ArrayList<>();
            for (int end = 1; end <= text.length(); end++) {
                for (String w : keywords) {
                    if (end >= w.length() && text.substring(end - w.length(), end).equals(w)) {
                        naive.add((end - w.length()) + "-" + end + ":" + w);
                    }
                }
            }
            assertThat(hits(automaton, keywords, text.toString())).as(keywords + " in " + text).containsExactlyInAnyOrderElementsOf(naive);
        }
    }

    @Test
    void aLexiconOfTensOfThousandsOfStatesMatchesAlike() {
        String letters = "abcdefghijklmnopq";
        List<String> keywords = new ArrayList<>(); // every word of four of 17 letters: 88,741 states
        for (char a : letters.toCharArray()) {
            for (char b : letters.toCharArray()) {
                for (char c : letters.toCharArray()) {
                    for (char d : letters.toCharArray()) {
                        keywords.add(new String(new char[] {a, b, c, d}));
                    }
                }
            }
        }
        KeywordAutomaton automaton = new KeywordAutomaton(keywords);
        assertThat(hits(automaton, keywords, "xabcdex qqqq")).containsExactly("1-5:abcd", "2-6:bcde", "8-12:qqqq");
    }
}
