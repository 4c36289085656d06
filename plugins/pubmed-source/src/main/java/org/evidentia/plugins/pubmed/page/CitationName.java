package org.evidentia.plugins.pubmed.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a name as web pages print it ("Mollie E Thompson") into the citation form that MEDLINE and
 * the other exports use and that {@link org.evidentia.api.BibliographicRecord#authors()} promises
 * ("Thompson ME"), so that a study is "Thompson 2003" whichever format it came from.
 */
final class CitationName {

    /** Lower-case particles that belong to the family name: "Ludwig van Beethoven" -> "van Beethoven L". */
    private static final Set<String> PARTICLES = Set.of("van", "von", "der", "den", "de", "del", "della", "da", "di", "du", "la", "le", "dos", "das", "ter", "ten", "bin", "al");

    private CitationName() {
    }

    static String of(String naturalOrder) {
        String[] tokens = naturalOrder.strip().split("\\s+");
        if (tokens.length < 2) {
            return naturalOrder.strip();
        }
        int family = tokens.length - 1;
        while (family > 1 && PARTICLES.contains(tokens[family - 1].toLowerCase(Locale.ROOT))) {
            family--;
        }
        List<String> familyName = new ArrayList<>(List.of(tokens).subList(family, tokens.length));
        StringBuilder initials = new StringBuilder();
        for (int i = 0; i < family; i++) {
            for (String part : tokens[i].split("-")) {
                if (!part.isEmpty() && Character.isLetter(part.codePointAt(0))) {
                    initials.appendCodePoint(Character.toUpperCase(part.codePointAt(0)));
                }
            }
        }
        return String.join(" ", familyName) + (initials.length() == 0 ? "" : " " + initials);
    }
}
