package org.evidentia.plugins.ris;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidentia.api.AbstractSection;

/**
 * Turns a RIS abstract (AB or N2, with its continuation lines) into sections.
 *
 * <p>Continuation lines are either a wrapped line (older Reference Manager files wrap at a fixed
 * width) or a new paragraph (Zotero writes each paragraph of an abstract on its own line). A line
 * that ends a sentence, or an empty line, ends a paragraph; other lines are joined with a space.
 * Structured abstracts are split at their labels: upper-case ones ({@code BACKGROUND: },
 * {@code METHODS AND RESULTS: }) where a sentence ends, as PubMed prints them on one line, and
 * Title Case ones ({@code Background: }) at the start of a paragraph.
 */
final class AbstractText {

    private static final Pattern UPPER_LABEL = Pattern.compile(
            "(?:^|(?<=[.?!)]) {1,2})([A-Z]{2,}(?:[ /&,-]{1,3}[A-Z]{2,}){0,6}):\\s+");
    private static final Pattern TITLE_LABEL = Pattern.compile(
            "^([A-Z][a-z]+(?:[ /-](?:[A-Z][a-z]+|and|of|the|for|to|&)){0,4}):\\s+(\\S.*)$");

    private AbstractText() {
    }

    static List<AbstractSection> sections(String raw) {
        List<String> paragraphs = paragraphs(raw);
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

    private static List<String> paragraphs(String raw) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : raw.split("\n", -1)) {
            String text = line.strip();
            if (text.isEmpty()) {
                flush(current, paragraphs);
                continue;
            }
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(text);
            char last = text.charAt(text.length() - 1);
            if (last == '.' || last == '?' || last == '!') {
                flush(current, paragraphs);
            }
        }
        flush(current, paragraphs);
        return paragraphs;
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
