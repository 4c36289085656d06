package org.evidentia.api;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Short citations for studies, unique within one output: the first author's surname with its
 * particles ({@code de Melo}, {@code De la Fuente}, {@code van der Berg}), {@code et al.} when there
 * are more authors, and the year, with a, b, c... appended in {@link #ORDER} where two studies would
 * share a label ({@code Li et al. 2015a}, {@code Li et al. 2015b}). A reporter that labels the same
 * studies with it gives the same labels as another: the HTML report names its studies so, and the
 * review table gives each finding's study the report's label. Stateless and thread-safe.
 *
 * @since 0.1
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public final class StudyLabels {

    /**
     * What a study's label is made of.
     *
     * @param id          the record's id; not null
     * @param pmid        its PMID, nullable
     * @param doi         its DOI, nullable
     * @param firstAuthor the first author as printed, nullable
     * @param surname     the first author's surname with its particles, as {@link #surname} gives it; nullable
     * @param authors     how many authors the record lists
     * @param year        publication year, nullable
     * @since 0.1
     */
    @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
    public record Citation(String id, String pmid, String doi, String firstAuthor, String surname, int authors, Integer year) {

        /** @since 0.1 */
        public Citation {
            Objects.requireNonNull(id, "id");
        }

        /**
         * The citation of a record.
         *
         * @since 0.1
         */
        public static Citation of(BibliographicRecord record) {
            return of(record.id(), record.pmid(), record.doi(), record.firstAuthor(), record.authors().size(), record.year());
        }

        /**
         * A citation whose surname is read from the first author.
         *
         * @since 0.1
         */
        public static Citation of(String id, String pmid, String doi, String firstAuthor, int authors, Integer year) {
            return new Citation(id, pmid, doi, firstAuthor, firstAuthor == null ? null : StudyLabels.surname(firstAuthor), authors, year);
        }
    }

    /**
     * Names as a reader looks them up: by their letters without accents and case ("Späth" among the "Spa", "Bøyum" among
     * the "Bo": by their chars, accented names came after every unaccented one, a reviewer's s21), then case-insensitive,
     * then as printed, so that the order is total and the same on every machine.
     */
    private static final Comparator<String> NAMES = Comparator.nullsLast(Comparator.comparing(StudyLabels::plainLetters)
            .thenComparing(String.CASE_INSENSITIVE_ORDER).thenComparing(Comparator.naturalOrder()));

    /** Lower-case letters without their accents: "Späth-Schwalbe" is "spath-schwalbe", "Bøyum" "boyum", "Groß" "gross". */
    private static String plainLetters(String name) {
        String decomposed = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder plain = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            switch (c) {
                case 'ø' -> plain.append('o');
                case 'æ' -> plain.append("ae");
                case 'œ' -> plain.append("oe");
                case 'ß' -> plain.append("ss");
                case 'ł' -> plain.append('l');
                case 'đ' -> plain.append('d');
                default -> {
                    if (Character.getType(c) != Character.NON_SPACING_MARK) {
                        plain.append(c);
                    }
                }
            }
        }
        return plain.toString();
    }

    /**
     * The order of labels, in which clashing labels are lettered: the first author's surname
     * (by its letters without accents or case, unnamed last), then year (unknown last), then the first author as printed,
     * then record id. So studies that share a label stand together, lettered in this order.
     *
     * @since 0.1
     */
    public static final Comparator<Citation> ORDER = Comparator
            .comparing(Citation::surname, NAMES)
            .thenComparing(Citation::year, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Citation::firstAuthor, NAMES)
            .thenComparing(Citation::id);

    /** MEDLINE initials: capitals only ({@code LF}, {@code M}), sometimes hyphenated ({@code J-P}). */
    private static final Pattern INITIALS = Pattern.compile("\\p{Lu}{1,4}(-\\p{Lu}{1,2})?");
    /**
     * Generational suffixes that follow the initials in MEDLINE ({@code King ML Jr}), as they are
     * written: {@code Jr}, {@code Sr} (with or without a full stop, never in capitals: {@code SR}
     * and {@code JR} are initials, as in {@code Bornstein SR}), ordinals and Roman numerals.
     */
    private static final Pattern SUFFIX = Pattern.compile("(?:[Jj]r|[Ss]r)\\.?|2nd|3rd|4th|II|III|IV");
    /**
     * Academic degrees that MEDLINE sometimes keeps after the initials ({@code Johari S MPharm PhD}),
     * written with lower-case letters, so never initials; matched without full stops ({@code Ph.D.}).
     */
    private static final Pattern DEGREE = Pattern.compile(
            "PhD|MPharm|BPharm|PharmD|MSc|BSc|MPhil|DPhil|DrPH|ScD|MBChB|MBBCh|MMed|MRes|EdD|PsyD|MSt");
    /** Degrees in capitals, which read as initials too ({@code Smith MD}): dropped only after initials. */
    private static final Pattern DEGREE_IN_CAPITALS = Pattern.compile(
            "MD|MPH|MBBS|MBA|MS|MA|BS|BA|RN|DDS|DMD|DVM|FRCP|FRCPC|FRACP|FACP|MRCP|FRCS|MSN|BSN");
    /** A name particle written into the given names' initials, as in {@code Bravo Mde L} (María de Lourdes). */
    private static final Pattern PARTICLE_INITIALS = Pattern.compile("\\p{Lu}(?:de|da|do|dos|das|del|della|di|du)\\p{Lu}{0,2}");
    private static final String NO_YEAR = "n.d.";

    private StudyLabels() {
    }

    /**
     * The labels of {@code studies}, in their order: base labels with letters, in this order, where
     * they would clash (compared case-insensitively). Give them in {@link #ORDER} for the labels
     * every reporter gives.
     *
     * @since 0.1
     */
    public static List<String> of(List<Citation> studies) {
        List<String> bases = new ArrayList<>(studies.size());
        Map<String, Integer> uses = new HashMap<>();
        for (Citation study : studies) {
            String base = base(study);
            bases.add(base);
            uses.merge(base.toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        Map<String, Integer> next = new HashMap<>();
        List<String> labels = new ArrayList<>(studies.size());
        for (String base : bases) {
            String folded = base.toLowerCase(Locale.ROOT);
            if (uses.get(folded) == 1) {
                labels.add(base);
            } else {
                int n = next.merge(folded, 1, Integer::sum) - 1;
                labels.add(base + (base.endsWith(NO_YEAR) ? "-" : "") + letters(n));
            }
        }
        return labels;
    }

    /**
     * The label before any letter: {@code Smith et al. 2020}, {@code Smith n.d.}, or the PMID, DOI or
     * id when no author is named.
     *
     * @since 0.1
     */
    public static String base(Citation study) {
        if (study.surname() == null || study.surname().isBlank()) {
            return study.pmid() != null ? "PMID " + study.pmid() : study.doi() != null ? "doi:" + Doi.bare(study.doi()) : study.id();
        }
        return study.surname() + (study.authors() > 1 ? " et al." : "") + " "
                + (study.year() == null ? NO_YEAR : study.year().toString());
    }

    /**
     * The surname in an author name: before the comma in {@code García-López, María}; in MEDLINE's
     * {@code Surname Initials} form, every word before the initials and any generational suffix, so
     * particles stay ({@code de Melo LF} gives {@code de Melo}); a name without initials (a
     * collective name) whole. Initials are capitals, so {@code Bornstein SR} and {@code Kirwan JR}
     * end in initials, while a suffix is written {@code Jr}, {@code Sr.}, {@code 3rd} or {@code III}
     * after the initials ({@code King ML Jr}).
     *
     * @since 0.1
     */
    public static String surname(String author) {
        String name = author.strip().replaceAll("\\s+", " ");
        int comma = name.indexOf(',');
        if (comma > 0) {
            return name.substring(0, comma).strip();
        }
        List<String> words = new ArrayList<>(List.of(name.split(" ")));
        dropDegrees(words);
        int end = words.size();
        int beforeSuffixes = end;
        while (beforeSuffixes > 1 && SUFFIX.matcher(words.get(beforeSuffixes - 1)).matches()) {
            beforeSuffixes--;
        }
        if (beforeSuffixes > 1 && INITIALS.matcher(words.get(beforeSuffixes - 1)).matches()) {
            end = beforeSuffixes - 1; // King ML Jr, Smith J III
        } else if (end > 1 && INITIALS.matcher(words.get(end - 1)).matches()) {
            end--; // initials that read as a numeral, with no initials before them: Ivanov II, Petrov IV
        } // else a suffix-like word without initials before it (Smith Jr), or no initials: keep the name as printed
        while (end < words.size() && end > 1 && PARTICLE_INITIALS.matcher(words.get(end - 1)).matches()) {
            end--; // Bravo Mde L
        }
        return String.join(" ", words.subList(0, end));
    }

    /**
     * Drops the degrees at the end of a MEDLINE name: those with lower-case letters always
     * ({@code Lee MD PhD} keeps {@code MD}, then read as initials), those in capitals only where
     * initials come before them ({@code Smith JA MD MPH}, not {@code Kowalski MD}).
     */
    private static void dropDegrees(List<String> words) {
        while (words.size() > 1 && DEGREE.matcher(words.get(words.size() - 1).replace(".", "")).matches()) {
            words.remove(words.size() - 1);
        }
        int end = words.size();
        while (end > 2 && DEGREE_IN_CAPITALS.matcher(words.get(end - 1).replace(".", "")).matches()) {
            end--;
        }
        if (end < words.size() && INITIALS.matcher(words.get(end - 1)).matches()) {
            words.subList(end, words.size()).clear();
        }
    }

    /** 0 → a, 25 → z, 26 → aa, ...: bijective base 26. */
    private static String letters(int n) {
        StringBuilder s = new StringBuilder();
        int value = n + 1;
        while (value > 0) {
            value--;
            s.insert(0, (char) ('a' + value % 26));
            value /= 26;
        }
        return s.toString();
    }
}
