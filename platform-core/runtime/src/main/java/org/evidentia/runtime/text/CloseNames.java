package org.evidentia.runtime.text;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The names a typo away from one a user gave (at most two edits, or half its letters), then those it is a whole part
 * of ({@code html} of {@code html-summary}), to offer in
 * place of a name nothing has: {@code --option html-summary.questin}, {@code -x cytokine}, a
 * pipeline file's {@code reporter:}. Case is ignored; the closest come first, then in the order given.
 */
public final class CloseNames {

    private static final int MOST = 3;

    private CloseNames() {
    }

    /** The names within reach of {@code typed}, closest first, at most three; none when {@code typed} is one of them. */
    public static List<String> to(String typed, Collection<String> names) {
        String given = typed.toLowerCase(Locale.ROOT);
        if (names.stream().anyMatch(name -> name.equalsIgnoreCase(typed))) {
            return List.of();
        }
        int reach = Math.max(2, given.length() / 2);
        List<String> near = names.stream().distinct()
                .filter(name -> editDistance(given, name.toLowerCase(Locale.ROOT)) <= reach)
                .sorted(Comparator.comparingInt(name -> editDistance(given, name.toLowerCase(Locale.ROOT))))
                .toList();
        // then the names of which it is a whole part: -r html, -s abstract-text, describe review (the review of session 30, K6)
        List<String> parts = given.length() < 3 ? List.of() : names.stream().distinct()
                .filter(name -> !near.contains(name) && wholePart(given, name.toLowerCase(Locale.ROOT))).toList();
        return java.util.stream.Stream.concat(near.stream(), parts.stream()).limit(MOST).toList();
    }

    /** Whether {@code part} stands in {@code name} between its ends and hyphens, dots or underscores ("html" of "html-summary"). */
    private static boolean wholePart(String part, String name) {
        String bounded = "-" + name.replace('.', '-').replace('_', '-') + "-";
        return bounded.contains("-" + part.replace('.', '-').replace('_', '-') + "-");
    }

    /**
     * The close names as a clause to add to a message, {@code " (did you mean 'question'?)"}, each written as
     * {@code shown} writes a name ({@code html-summary.question}); empty when none is close.
     */
    public static String didYouMean(String typed, Collection<String> names, java.util.function.UnaryOperator<String> shown) {
        List<String> close = to(typed, names);
        return close.isEmpty() ? "" : " (did you mean " + String.join(" or ", close.stream().map(n -> "'" + shown.apply(n) + "'").toList()) + "?)";
    }

    /** As {@link #didYouMean(String, Collection, java.util.function.UnaryOperator)}, each name as it is. */
    public static String didYouMean(String typed, Collection<String> names) {
        return didYouMean(typed, names, n -> n);
    }

    /** The fewest one-character insertions, deletions and substitutions that turn {@code a} into {@code b}. */
    public static int editDistance(String a, String b) {
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            row[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int above = row[j];
                row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1), diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.length()];
    }
}
