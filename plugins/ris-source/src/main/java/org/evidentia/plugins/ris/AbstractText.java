package org.evidentia.plugins.ris;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidentia.api.AbstractSection;
import org.evidentia.textmining.text.WrappedLines;

/**
 * Turns a RIS abstract (every AB, else every N2, each with its continuation lines) into sections.
 *
 * <p>Continuation lines are either a wrapped line (older Reference Manager files wrap at a fixed
 * width) or a new paragraph (Zotero and EndNote write each paragraph of an abstract on its own line).
 * Each value is one paragraph or more; within a value, lines are joined as {@link WrappedLines}
 * joins them unless {@link #endsParagraph} says the line ends a paragraph. Structured abstracts are
 * split at their labels: upper-case ones ({@code BACKGROUND: }, {@code METHODS AND RESULTS: }) where
 * a sentence ends, as PubMed prints them on one line, and Title Case ones ({@code Background: }) at
 * the start of a paragraph.
 */
final class AbstractText {

    private static final Pattern UPPER_LABEL = Pattern.compile(
            "(?:^|(?<=[.?!)]) {1,2})([A-Z]{2,}(?:[ /&,-]{1,3}[A-Z]{2,}){0,6}):\\s+");
    private static final Pattern TITLE_LABEL = Pattern.compile(
            "^([A-Z][a-z]+(?:[ /-](?:[A-Z][a-z]+|and|of|the|for|to|&)){0,4}):\\s+(\\S.*)$");
    /** Abbreviations that end with a period but seldom end a sentence: a line ending in one is wrapped mid-sentence. */
    private static final Pattern ABBREVIATION = Pattern.compile("(?i)(?:^|[\\s(])(?:e\\.g|i\\.e|vs|approx|al|cf|ca|figs?|dr)\\.$");

    private AbstractText() {
    }

    /** The sections of the abstract whose values (each with its continuation lines as {@code \n}) are given in order. */
    static List<AbstractSection> sections(List<String> values) {
        List<String> paragraphs = new ArrayList<>();
        values.forEach(value -> paragraphs(value, paragraphs));
        List<AbstractSection> sections = new ArrayList<>();
        for (String paragraph : paragraphs) {
            Matcher title = TITLE_LABEL.matcher(paragraph);
            if (paragraphs.size() > 1 && title.matches() && !UPPER_LABEL.matcher(paragraph).lookingAt()) {
                sections.add(new AbstractSection(title.group(1), title.group(2)));
            } else {
                sections.addAll(inline(paragraph));
            }
        }
        return sections;
    }

    private static void paragraphs(String value, List<String> paragraphs) {
        String[] lines = value.split("\n", -1);
        int width = 0; // the wrap width, if the value was wrapped: its longest line (the first without its tag)
        for (int i = 0; i < lines.length; i++) {
            lines[i] = lines[i].strip();
            width = Math.max(width, lines[i].length());
        }
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isEmpty()) {
                WrappedLines.append(current, lines[i]);
            }
            if (lines[i].isEmpty() || i + 1 < lines.length && endsParagraph(lines[i], lines[i + 1], width)) {
                flush(current, paragraphs);
            }
        }
        flush(current, paragraphs);
    }

    /**
     * Whether {@code line}, followed by the line {@code next} of the same value, ends a paragraph.
     * A period at the end of a line is no proof: a file wrapped at a fixed width also ends lines with
     * "approx.", "vs." or "et al." in mid-sentence (review s20, 4), and cutting a sentence there loses
     * its finding. So the line must end a sentence and the next line must start one: with a label, or
     * with a capital letter when the line ends in no abbreviation and is clearly short, i.e. the next
     * line's first word would have fitted on it within the value's longest line. A program that wraps
     * at a fixed width breaks a line only where the next word does not fit, so its lines never pass
     * that test. An empty line (handled by the caller) always ends a paragraph. When in doubt, lines
     * are joined: two paragraphs read as one lose nothing, as findings are read sentence by sentence.
     */
    private static boolean endsParagraph(String line, String next, int width) {
        char last = line.charAt(line.length() - 1);
        if (next.isEmpty() || (last != '.' && last != '?' && last != '!')) {
            return false;
        }
        if (UPPER_LABEL.matcher(next).lookingAt() || TITLE_LABEL.matcher(next).matches()) {
            return true;
        }
        int firstWord = next.indexOf(' ') < 0 ? next.length() : next.indexOf(' ');
        return Character.isUpperCase(next.charAt(0)) && !ABBREVIATION.matcher(line).find()
                && line.length() + 1 + firstWord <= width;
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        if (current.length() > 0) {
            paragraphs.add(current.toString());
            current.setLength(0);
        }
    }

    /** One paragraph split at upper-case labels when it starts with one; otherwise one unlabelled section. */
    private static List<AbstractSection> inline(String paragraph) {
        Matcher label = UPPER_LABEL.matcher(paragraph);
        if (!label.lookingAt()) {
            return List.of(new AbstractSection(null, paragraph));
        }
        List<AbstractSection> sections = new ArrayList<>();
        String name = label.group(1);
        int start = label.end();
        while (label.find()) {
            sections.add(new AbstractSection(name, paragraph.substring(start, label.start()).strip()));
            name = label.group(1);
            start = label.end();
        }
        sections.add(new AbstractSection(name, paragraph.substring(start).strip()));
        return sections;
    }
}
