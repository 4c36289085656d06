package org.evidentia.plugins.pubmed;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidentia.api.AbstractSection;

/**
 * Splits abstracts into labelled sections ({@code BACKGROUND}, {@code METHODS}, ...). Labels are
 * only recognised where they are unmistakable, so that an unstructured abstract that happens to hold
 * {@code "word: "} stays one section.
 */
public final class AbstractSections {

    /**
     * An upper-case label of letter-only words ("BACKGROUND & AIMS", "HYPOTHESIS/PURPOSE") followed
     * by ": ", at the start of the text or after the end of a sentence.
     */
    private static final Pattern INLINE_LABEL = Pattern.compile(
            "(?:^|(?<=[.?!)]\\s{1,2}))([A-Z]{2,}(?:[ /&,-]{1,3}[A-Z]{2,}){0,6}):\\s+");

    /** A label at the start of a line: upper case as above, or Title Case of at most five words. */
    private static final Pattern LINE_LABEL = Pattern.compile(
            "^((?:[A-Z]{2,}(?:[ /&,-]{1,3}[A-Z]{2,}){0,6})"
                    + "|(?:[A-Z][a-z]+(?:[ /-](?:[A-Z][a-z]+|and|of|the|for|to|&)){0,4})):\\s+(.*)$");

    private AbstractSections() {
    }

    /**
     * Sections of a MEDLINE-style abstract held on one logical line: split at upper-case labels when
     * the text starts with one; otherwise one unlabelled section.
     */
    public static List<AbstractSection> inline(String text) {
        Matcher matcher = INLINE_LABEL.matcher(text);
        if (!matcher.lookingAt()) {
            return List.of(new AbstractSection(null, text));
        }
        List<AbstractSection> sections = new ArrayList<>();
        String label = matcher.group(1);
        int start = matcher.end();
        while (matcher.find()) {
            sections.add(new AbstractSection(label, text.substring(start, matcher.start()).strip()));
            label = matcher.group(1);
            start = matcher.end();
        }
        sections.add(new AbstractSection(label, text.substring(start).strip()));
        return sections;
    }

    /**
     * Sections of an abstract printed as wrapped lines in paragraphs, where each labelled section
     * starts a line ({@code "BACKGROUND: ..."} or {@code "Background: ..."}) at the start of a
     * paragraph or after a line that ends a sentence. Paragraphs without a label become unlabelled
     * sections.
     *
     * @param paragraphs the abstract's paragraphs, each a list of wrapped lines
     */
    public static List<AbstractSection> fromLines(List<List<String>> paragraphs) {
        List<AbstractSection> sections = new ArrayList<>();
        for (List<String> paragraph : paragraphs) {
            String label = null;
            StringBuilder text = new StringBuilder();
            String previous = null;
            for (String line : paragraph) {
                Matcher matcher = LINE_LABEL.matcher(line.strip());
                if (matcher.matches() && endsSentence(previous)) {
                    if (previous != null) {
                        sections.add(new AbstractSection(label, text.toString()));
                    }
                    label = matcher.group(1);
                    text.setLength(0);
                    WrappedText.append(text, matcher.group(2));
                } else {
                    WrappedText.append(text, line);
                }
                previous = line;
            }
            if (text.length() > 0 || label != null) {
                sections.add(new AbstractSection(label, text.toString()));
            }
        }
        return sections;
    }

    private static boolean endsSentence(String previous) {
        if (previous == null) {
            return true;
        }
        String line = previous.strip();
        if (line.isEmpty()) {
            return true;
        }
        char last = line.charAt(line.length() - 1);
        return last == '.' || last == '?' || last == '!' || last == ':';
    }
}
