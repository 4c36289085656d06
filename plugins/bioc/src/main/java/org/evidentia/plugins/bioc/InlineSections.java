package org.evidentia.plugins.bioc;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidentia.api.AbstractSection;

/**
 * A PubMed abstract held on one line, split at its upper-case section labels ({@code BACKGROUND: },
 * {@code METHODS AND RESULTS: }) where a sentence ends, as PubMed and PubTator print structured
 * abstracts; one unlabelled section when it does not start with a label.
 */
final class InlineSections {

    private static final Pattern LABEL = Pattern.compile(
            "(?:^|(?<=[.?!)]) {1,2})([A-Z]{2,}(?:[ /&,-]{1,3}[A-Z]{2,}){0,6}):\\s+");

    private InlineSections() {
    }

    static List<AbstractSection> of(String text) {
        Matcher label = LABEL.matcher(text);
        if (!label.lookingAt()) {
            return List.of(new AbstractSection(null, text));
        }
        List<AbstractSection> sections = new ArrayList<>();
        String name = label.group(1);
        int start = label.end();
        while (label.find()) {
            sections.add(new AbstractSection(name, text.substring(start, label.start()).strip()));
            name = label.group(1);
            start = label.end();
        }
        sections.add(new AbstractSection(name, text.substring(start).strip()));
        return sections;
    }
}
