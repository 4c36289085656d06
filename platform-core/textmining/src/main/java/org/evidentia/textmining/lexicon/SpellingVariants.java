package org.evidentia.textmining.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Expands one spelling of a lexicon into the forms abstracts use, so that a lexicon lists each
 * name once: with the long form {@code nt -> neurotrophin}, {@code NT-1β} gives {@code NT1β},
 * {@code NT 1 beta}, {@code NT-1beta}, {@code NT-1b}, {@code neurotrophin-1β}, {@code neurotrophin 1 beta}, ...
 *
 * <p>Rules: between a letter run and a number or a Greek letter the separator may be nothing, a
 * hyphen or a space; between two words, a hyphen or a space ({@code colony-stimulating factor},
 * {@code colony stimulating factor}); a Greek letter may be spelled out ({@code beta}) or, after a hyphen or
 * directly attached, written as its Latin look-alike ({@code NT-a}, {@code NT-1b}); an
 * abbreviation that starts a spelling and is followed by more may be written in any of its long
 * forms, which the lexicon's owner gives as data ({@link #SpellingVariants(Map)}). Variants are
 * folded as {@link FoldedText}. Immutable.
 */
final class SpellingVariants {

    /** Above this many forms for one spelling, something is wrong with the spelling. */
    private static final int MAX_VARIANTS = 5_000;

    private final Map<String, List<String>> longForms;

    private static final Map<Character, List<String>> GREEK = Map.of(
            'α', List.of("α", "alpha", "a"),
            'β', List.of("β", "beta", "b"),
            'γ', List.of("γ", "gamma", "g"),
            'λ', List.of("λ", "lambda"),
            'κ', List.of("κ", "kappa"),
            'δ', List.of("δ", "delta"),
            'ω', List.of("ω", "omega"));

    /**
     * @param longForms for an abbreviation (folded, {@code il}) every way it is written, itself
     *                  included ({@code nt, neurotrophin}); may be empty
     */
    SpellingVariants(Map<String, List<String>> longForms) {
        Map<String, List<String>> copy = new java.util.HashMap<>();
        longForms.forEach((abbreviation, forms) -> {
            List<String> all = new ArrayList<>();
            all.add(FoldedText.of(abbreviation).text());
            for (String form : forms) {
                String folded = FoldedText.of(form).text();
                if (!all.contains(folded)) {
                    all.add(folded);
                }
            }
            copy.put(FoldedText.of(abbreviation).text(), List.copyOf(all));
        });
        this.longForms = Map.copyOf(copy);
    }

    /** Every folded form of {@code spelling}, the folded spelling itself first. */
    Set<String> of(String spelling) {
        List<Segment> segments = segments(FoldedText.of(spelling.strip()).text());
        List<StringBuilder> forms = new ArrayList<>();
        forms.add(new StringBuilder());
        Segment previous = null;
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            if (segment.kind == Kind.SEPARATOR) {
                continue;
            }
            List<String> separators;
            if (previous == null) {
                separators = List.of("");
            } else {
                String written = separatorBefore(segments, i);
                boolean flexible = previous.kind != segment.kind || segment.kind != Kind.WORD
                        || written.isEmpty();
                if (flexible && (written.isEmpty() || written.equals("-") || written.equals(" "))) {
                    separators = List.of(written, "-", " ", "");
                } else if (written.equals("-") || written.equals(" ")) {
                    separators = List.of(written, written.equals("-") ? " " : "-"); // two words: "colony-stimulating", "colony stimulating"
                } else {
                    separators = List.of(written);
                }
            }
            List<String> spellings = alternatives(segment, segments, i);
            List<StringBuilder> next = new ArrayList<>();
            for (StringBuilder form : forms) {
                for (String separator : separators) {
                    for (String alternative : spellings) {
                        if (segment.kind == Kind.GREEK && alternative.length() == 1
                                && alternative.charAt(0) < 128 && separator.equals(" ")) {
                            continue; // "NT-1 b" is too loose; "NT-1b" and "NT-a" are common
                        }
                        next.add(new StringBuilder(form).append(separator).append(alternative));
                    }
                }
            }
            if (next.size() > MAX_VARIANTS) {
                throw new IllegalArgumentException("spelling '" + spelling + "' expands to more than "
                        + MAX_VARIANTS + " forms; write it in fewer parts");
            }
            forms = next;
            previous = segment;
        }
        Set<String> result = new LinkedHashSet<>();
        result.add(FoldedText.of(spelling.strip()).text().replaceAll(" +", " "));
        for (StringBuilder form : forms) {
            result.add(form.toString());
        }
        return result;
    }

    private static String separatorBefore(List<Segment> segments, int index) {
        Segment before = segments.get(index - 1);
        return before.kind == Kind.SEPARATOR ? before.text : "";
    }

    private List<String> alternatives(Segment segment, List<Segment> segments, int index) {
        if (segment.kind == Kind.GREEK) {
            return GREEK.getOrDefault(segment.text.charAt(0), List.of(segment.text));
        }
        if (segment.kind == Kind.WORD && index + 1 < segments.size() && longForms.containsKey(segment.text)
                && startsWord(segments, index)) {
            return longForms.get(segment.text);
        }
        return List.of(segment.text);
    }

    private static boolean startsWord(List<Segment> segments, int index) {
        return index == 0 || segments.get(index - 1).kind == Kind.SEPARATOR;
    }

    private enum Kind { WORD, NUMBER, GREEK, SEPARATOR }

    private record Segment(Kind kind, String text) {
    }

    private static List<Segment> segments(String folded) {
        List<Segment> segments = new ArrayList<>();
        int i = 0;
        while (i < folded.length()) {
            char c = folded.charAt(i);
            Kind kind = kindOf(c);
            int j = i + 1;
            if (kind != Kind.GREEK) {
                while (j < folded.length() && kindOf(folded.charAt(j)) == kind) {
                    j++;
                }
            }
            segments.add(new Segment(kind, folded.substring(i, j)));
            i = j;
        }
        return segments;
    }

    private static Kind kindOf(char c) {
        if (GREEK.containsKey(c)) {
            return Kind.GREEK;
        }
        if (Character.isDigit(c)) {
            return Kind.NUMBER;
        }
        if (Character.isLetter(c)) {
            return Kind.WORD;
        }
        return Kind.SEPARATOR;
    }
}
