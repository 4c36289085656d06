package org.evidentia.plugins.ris;

/**
 * RIS author names ({@code Thompson, Mary E.}, {@code Baldwin,S.A.}, {@code Smith, John, Jr.})
 * in the citation form of {@link org.evidentia.api.BibliographicRecord#authors()}: family name, then
 * initials ({@code Thompson ME}, {@code Baldwin SA}, {@code Smith J Jr}). A name without a comma
 * (a group such as {@code World Health Organization}) is kept as written.
 */
final class AuthorName {

    private AuthorName() {
    }

    static String citationForm(String written) {
        String name = written.strip();
        int comma = name.indexOf(',');
        if (comma <= 0) {
            return name;
        }
        String family = name.substring(0, comma).strip();
        String rest = name.substring(comma + 1).strip();
        String suffix = null;
        int second = rest.indexOf(',');
        if (second >= 0) {
            suffix = rest.substring(second + 1).strip().replace(".", "");
            rest = rest.substring(0, second).strip();
        }
        String initials = initials(rest);
        StringBuilder out = new StringBuilder(family);
        if (!initials.isEmpty()) {
            out.append(' ').append(initials);
        }
        if (suffix != null && !suffix.isEmpty()) {
            out.append(' ').append(suffix);
        }
        return out.toString();
    }

    /** {@code Mary E.} gives ME, {@code S.A.} and {@code SA} give SA, {@code Jan-Willem} gives JW. */
    private static String initials(String given) {
        StringBuilder initials = new StringBuilder();
        for (String part : given.split("[\\s.\\-]+")) {
            if (part.isEmpty()) {
                continue;
            }
            boolean allCapitals = part.length() <= 3 && part.chars().allMatch(Character::isUpperCase);
            if (allCapitals) {
                initials.append(part); // already initials: "SA"
            } else if (Character.isLetter(part.charAt(0))) {
                initials.append(Character.toUpperCase(part.charAt(0)));
            }
        }
        return initials.toString();
    }
}
