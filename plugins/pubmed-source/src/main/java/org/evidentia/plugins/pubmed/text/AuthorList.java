package org.evidentia.plugins.pubmed.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises and splits PubMed's printed author lists ({@code "Scott HA(1), Latham JR(2), Wood LG."}):
 * names in "Surname Initials" form or collective names, separated by commas.
 */
final class AuthorList {

    /** Affiliation and equal-contribution marks: {@code (1)}, {@code (1,)}, {@code (#)}, {@code (*)}. */
    private static final Pattern AFFILIATION_MARKS = Pattern.compile("\\([\\d,#*\u2020\u2021\u00a7 ]{1,8}\\)");
    /** The last word of a personal name: initials, or a suffix after them. */
    private static final Pattern INITIALS = Pattern.compile("\\p{Lu}{1,4}|Jr|Sr|II|III|IV|2nd|3rd");
    /** Lower-case name particles a surname may start with, and surnames such as d'Alessandro or vanRensburg. */
    private static final Pattern PARTICLE = Pattern.compile(
            "de|del|della|der|den|di|da|das|do|dos|du|la|le|van|von|ten|ter|op|af|zu|el|al|bin|ibn"
            + "|[a-z]{1,2}'\\p{L}.*|[a-z]+\\p{Lu}\\p{L}*");
    /** Words that make an item a collective author. */
    private static final Pattern COLLECTIVE = Pattern.compile(
            "(?i).*\\b(group|consortium|collaborat\\w*|investigators|committee|network|society"
            + "|team|association|council|study|trial|panel|working|staff|authors|writers"
            + "|editors|board|members|college|institute|organi[sz]ation|federation|academy"
            + "|foundation|cent(?:er|re)|alliance|initiative|programm?e?|union|IBDGC)\\b.*");
    private static final int MAX_PERSONAL_WORDS = 8;
    private static final int MAX_FULL_NAME_WORDS = 5;
    /** Collective names can be long ("Specialized Committee Of Neurogenetics ... Association"). */
    private static final int MAX_COLLECTIVE_WORDS = 20;

    private AuthorList() {
    }

    /**
     * The names when {@code text} is an author list, else an empty list. Items are personal names
     * ("Surname Initials"), collective names, or other capitalised names (mononyms, full names) in
     * a list that has at least one "Surname Initials" name.
     */
    static List<String> parse(String text) {
        List<String> names = split(text);
        boolean anyPersonal = false;
        boolean allCollective = true;
        for (String name : names) {
            String[] words = name.split("\\s+");
            boolean collective = words.length <= MAX_COLLECTIVE_WORDS && COLLECTIVE.matcher(name).matches();
            boolean personal = words.length >= 2 && words.length <= MAX_PERSONAL_WORDS
                    && INITIALS.matcher(words[words.length - 1]).matches()
                    && (Character.isUpperCase(words[0].charAt(0)) || PARTICLE.matcher(words[0]).matches());
            // A mononym ("Navgeet") or a full name ("Mariapia Degli-Esposti") among initials-style names.
            boolean capitalised = words.length <= MAX_FULL_NAME_WORDS && capitalised(words);
            if (!personal && !capitalised && !collective) {
                return List.of();
            }
            anyPersonal |= personal;
            allCollective &= collective;
        }
        return anyPersonal || (allCollective && !names.isEmpty()) ? names : List.of();
    }

    /** The names of a paragraph known to be an author list, split at commas, marks removed. */
    static List<String> split(String text) {
        String list = text.strip();
        if (list.endsWith(".")) {
            list = list.substring(0, list.length() - 1);
        }
        List<String> names = new ArrayList<>();
        // Collective names may follow the persons after "; ".
        for (String item : AFFILIATION_MARKS.matcher(list).replaceAll("").split("[,;]\\s*")) {
            String name = item.strip();
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    private static boolean capitalised(String[] words) {
        for (String word : words) {
            if (word.isEmpty() || !(Character.isUpperCase(word.charAt(0)) || PARTICLE.matcher(word).matches())
                    || word.chars().anyMatch(Character::isDigit)) {
                return false;
            }
        }
        return true;
    }
}
