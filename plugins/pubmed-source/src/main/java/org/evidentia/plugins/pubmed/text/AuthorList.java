package org.evidentia.plugins.pubmed.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises and splits PubMed's printed author lists ({@code "Scott HA(1), Latham JR(2), Wood LG."}):
 * names in "Surname Initials" form or collective names, separated by commas.
 */
final class AuthorList {

    private static final Pattern AFFILIATION_MARKS = Pattern.compile("(\\(\\d+\\))+");
    /** The last word of a personal name: initials, or a suffix after them. */
    private static final Pattern INITIALS = Pattern.compile("[A-Z]{1,4}|Jr|Sr|II|III|IV|2nd|3rd");
    /** Lower-case name particles a surname may start with. */
    private static final Pattern PARTICLE = Pattern.compile("de|del|della|der|den|di|da|dos|du|la|le|van|von|ten|ter|el|al");
    private static final Pattern COLLECTIVE = Pattern.compile(
            "(?i).*\\b(group|consortium|collaborat\\w*|investigators|committee|network|society|team|association|council|study|trial|panel|working)\\b.*");
    private static final int MAX_PERSONAL_WORDS = 8;
    /** Collective names can be long ("Specialized Committee Of Neurogenetics ... Association"). */
    private static final int MAX_COLLECTIVE_WORDS = 20;

    private AuthorList() {
    }

    /** The names when {@code text} is an author list, else an empty list. */
    static List<String> parse(String text) {
        String list = text.strip();
        if (list.endsWith(".")) {
            list = list.substring(0, list.length() - 1);
        }
        List<String> names = new ArrayList<>();
        for (String item : list.split(",\\s*")) {
            String name = AFFILIATION_MARKS.matcher(item).replaceAll("").strip();
            String[] words = name.split("\\s+");
            if (name.isEmpty() || words.length > MAX_COLLECTIVE_WORDS) {
                return List.of();
            }
            boolean personal = words.length >= 2 && words.length <= MAX_PERSONAL_WORDS
                    && INITIALS.matcher(words[words.length - 1]).matches()
                    && (Character.isUpperCase(words[0].charAt(0)) || PARTICLE.matcher(words[0]).matches());
            if (!personal && !COLLECTIVE.matcher(name).matches()) {
                return List.of();
            }
            names.add(name);
        }
        return names;
    }
}
