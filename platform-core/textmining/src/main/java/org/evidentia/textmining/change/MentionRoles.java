package org.evidentia.textmining.change;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.evidentia.textmining.internal.structure.TokenizedSentence;
import org.evidentia.textmining.internal.structure.WordClass;
import org.evidentia.textmining.lexicon.WordLists;

/**
 * Which named entities of a sentence are measured amounts, and which are something else: a
 * receptor, gene variant or pathway ("NPY receptor", "the NGF -1082GG genotype"), a treatment
 * or stimulus ("cortisol therapy", "anti-CGRP", "CGRP-induced", "treated with BDNF", "received IFN-alpha", "in response to
 * NPY", "10 ng/ml CGRP"), the cause in "the effect of NPY on", or a member of a ratio. A role
 * found for one member of a coordinated list ("stimulated with BDNF and CGRP") holds for the
 * list. The words are data ({@code mention-roles.tsv}). Thread-safe.
 */
final class MentionRoles {

    private static final WordLists WORDS = WordLists.load(MentionRoles.class, "mention-roles.tsv");
    private static final Set<String> AFTER = WORDS.get("after");
    private static final Set<String> STIMULUS_SUFFIX = WORDS.get("stimulus-suffix");
    private static final Set<String> BEFORE = WORDS.get("before");
    private static final Set<String> STIMULUS_VERB = WORDS.get("stimulus-verb");
    private static final Set<String> STIMULUS_PREPOSITION = WORDS.get("stimulus-preposition");
    private static final Set<String> GIVEN_VERB = WORDS.get("given-verb");
    private static final Set<String> DOSE_UNIT = WORDS.get("dose-unit");
    private static final Set<String> VARIANT_BEFORE = WORDS.get("variant-before");
    /** Words of production between a name and a variant noun: "the high IL-10 producer genotype" names a variant. */
    private static final Set<String> PRODUCTION_OF_VARIANT = WORDS.get("production-of-variant");
    /** People named by the variant they carry, after a word of production: "low IL-10 producing carriers". */
    private static final Set<String> VARIANT_CARRIERS = WORDS.get("variant-carriers");
    /** Properties of a measurement, as phrases of words: "variance", "coefficient of variation", "detection limit". */
    private static final List<String[]> MEASUREMENT_PROPERTY = WORDS.get("measurement-property").stream().sorted()
            .map(w -> w.split(" ")).toList();
    private static final Set<String> MEASUREMENT_NOUN = WORDS.get("measurement-noun");
    /** Properties of a level's course, placed as measurement properties are: "the diurnal rhythm of IL-6", "the IL-6 slope". */
    private static final List<String[]> COURSE_PROPERTY = WORDS.get("course-property").stream().sorted().map(w -> w.split(" ")).toList();
    private static final Set<String> CONDITION_SUBORDINATOR = WORDS.get("condition-subordinator");
    private static final Set<String> MANIPULATED = WORDS.get("manipulated");
    /** "NGF-/-", "NGF (-/-)", "Ngf−/−", "NPY -399 T/C", "BDNF rs6265", "NGF -1082GG". */
    private static final Pattern GENOTYPE_AFTER = Pattern.compile(
            "^\\s*(?:[-\u2010\u2011\u2013\u2212]?\\s*\\(?\\s*[-+\u2212\u2013]\\s*/\\s*[-+\u2212\u2013]\\s*\\)?|[-\u2212\u2013+]?\\d{2,5}\\s*[ACGT](?:\\s*/\\s*[ACGT]|[ACGT])?\\b|\\(?\\s*rs\\d+)");

    private MentionRoles() {
    }

    /**
     * For each entity of {@code t} (by entity index), whether it is a measured amount.
     *
     * @param entityCount the number of entities the tokenizer was given
     */
    static boolean[] measured(TokenizedSentence t, int entityCount) {
        boolean[] measured = new boolean[entityCount];
        int[] tokenOf = new int[entityCount];
        java.util.Arrays.fill(tokenOf, -1);
        for (int i = 0; i < t.size(); i++) {
            if (t.isEntity(i)) {
                tokenOf[t.entity(i)] = i;
            }
        }
        boolean[] notMeasured = new boolean[t.size()];
        boolean[] receptorLigand = new boolean[t.size()];
        for (int i = 0; i < t.size(); i++) {
            if (t.isEntity(i)) {
                notMeasured[i] = notMeasuredAfter(t, i) || notMeasuredBefore(t, i) || ratio(t, i);
            }
        }
        // A coordinated list shares what governs it from the left ("treated with BDNF and CGRP") and a
        // head noun on its right ("NPY and CGRP receptors").
        eachList(t, (first, last) -> {
            boolean ligand = receptorOfTheName(t, first);
            boolean governed = ligand || governedAsStimulus(t, first) || propertyBefore(t, first, MEASUREMENT_PROPERTY)
                    || manipulatedUnderACondition(t, first, last) || afterGovernedConjunct(t, first, last);
            boolean headAfter = last > first && headNotMeasured(t, last) || propertyAfter(t, last, MEASUREMENT_PROPERTY);
            for (int k = first; k <= last; k++) {
                if (t.isEntity(k) && (governed || headAfter)) {
                    notMeasured[k] = true;
                    receptorLigand[k] = ligand;
                }
            }
        });
        // "neuropeptide Y [NPY]-induced": a name and its bracketed alias share their role; not a receptor's ligand, whose
        // brackets name the receptor ("the soluble receptor 1 for tumor necrosis factor (sTNF-R1)")
        for (int k = 0; k + 3 < t.size(); k++) {
            if (t.isEntity(k) && !receptorLigand[k] && t.kind(k + 1) == TokenizedSentence.Kind.OPEN && t.isEntity(k + 2)
                    && t.kind(k + 3) == TokenizedSentence.Kind.CLOSE) {
                boolean either = notMeasured[k] || notMeasured[k + 2];
                notMeasured[k] = either;
                notMeasured[k + 2] = either;
            }
        }
        for (int e = 0; e < entityCount; e++) {
            measured[e] = tokenOf[e] >= 0 && !notMeasured[tokenOf[e]];
        }
        return measured;
    }

    /**
     * Whether the name or list from {@code first} to {@code last}, after determiners, opens a clause of condition that says it was
     * manipulated: "when TNF-alpha was inhibited or absent", "if IL-6 and IL-8 were blocked", "once IL-1 had been
     * neutralized". The name is then what the study did, not an amount it measured.
     */
    private static boolean manipulatedUnderACondition(TokenizedSentence t, int first, int last) {
        int p = first - 1;
        while (p >= 0 && t.is(p, WordClass.DET)) {
            p--; // "when the TNF-alpha was inhibited"; not beforeModifiers, which takes "when" for a modifier
        }
        if (p < 0 || t.kind(p) != TokenizedSentence.Kind.WORD || !CONDITION_SUBORDINATOR.contains(t.word(p))) {
            return false;
        }
        int r = last + 1;
        if (r < t.size() && t.isWord(r, "had")) {
            r++;
        }
        if (!(r < t.size() && (t.isWord(r, "was") || t.isWord(r, "were") || t.isWord(r, "is") || t.isWord(r, "are")
                || t.isWord(r, "been")))) {
            return false;
        }
        r++;
        if (r < t.size() && t.isWord(r, "been")) {
            r++;
        }
        return r < t.size() && t.kind(r) == TokenizedSentence.Kind.WORD && MANIPULATED.contains(t.word(r));
    }

    /** A coordinated list of names, by the tokens of its first and last ({@code first} alone for a name in no list). */
    private interface NameList {
        void visit(int first, int last);
    }

    /** Each name of {@code t} in a coordinated list with those after it ("BDNF, NGF and NPY"), every name in one list, in order. */
    private static void eachList(TokenizedSentence t, NameList list) {
        int i = 0;
        while (i < t.size()) {
            if (!t.isEntity(i)) {
                i++;
                continue;
            }
            int last = listEnd(t, i);
            list.visit(i, last);
            i = last + 1;
        }
    }

    /** The last entity of the coordinated list that the entity at {@code first} opens ("BDNF, NGF and NPY"), or {@code first}. */
    private static int listEnd(TokenizedSentence t, int first) {
        int last = first;
        for (int next = listContinuation(t, first + 1); next >= 0; next = listContinuation(t, next + 1)) {
            last = next;
        }
        return last;
    }

    /**
     * The index of the next entity of a list continuing at {@code j} (", CGRP", "and CGRP", "or NGF"), or -1. A name after
     * a comma that repeats the one before it opens a phrase of its own: "In patients with a disturbed rhythm of cortisol,
     * cortisol and leptin levels were increased" lists no cortisol twice.
     */
    static int listContinuation(TokenizedSentence t, int j) {
        int k = j;
        if (k < t.size() && t.isWord(k, ",")) {
            k++;
        }
        if (k < t.size() && (t.is(k, WordClass.CONJ))) {
            k += t.phraseLength(k);
        }
        if (k == j && k < t.size() && (t.isWord(k, "/") || t.isWord(k, "-"))) {
            k++;
        }
        if (k == j + 1 && k < t.size() && t.isEntity(k) && j > 0 && t.isEntity(j - 1)
                && t.text().substring(t.start(j - 1), t.end(j - 1)).equalsIgnoreCase(t.text().substring(t.start(k), t.end(k)))) {
            return -1;
        }
        return k > j && t.isEntity(k) ? k : -1;
    }

    private static boolean notMeasuredAfter(TokenizedSentence t, int i) {
        String rest = dashesAndSpaces(t.text().substring(t.end(i), Math.min(t.text().length(), t.end(i) + 24)));
        if (GENOTYPE_AFTER.matcher(rest).lookingAt()) {
            return true;
        }
        int r = i + 1;
        // "neuropeptide Y [NPY]-induced": look past a bracketed alias of the name
        if (r < t.size() && t.kind(r) == TokenizedSentence.Kind.OPEN && t.match(r) > r) {
            boolean alias = true;
            for (int k = r + 1; k < t.match(r); k++) {
                alias &= t.isEntity(k);
            }
            if (alias) {
                String after = dashesAndSpaces(t.text().substring(t.end(t.match(r)), Math.min(t.text().length(), t.end(t.match(r)) + 24)));
                if (GENOTYPE_AFTER.matcher(after).lookingAt()) {
                    return true;
                }
                r = t.match(r) + 1;
            }
        }
        if (r >= t.size() || t.kind(r) != TokenizedSentence.Kind.WORD) {
            return false;
        }
        if (t.glued(r) && STIMULUS_SUFFIX.contains(t.word(r))) {
            return true; // "NPY-induced", "CGRP-mediated"
        }
        if (t.glued(r) && hyphenAttached(t, r) && otherName(t.text(r, r + 1))) {
            return true; // "NPY-STAT3 target genes", "CGRP-RAMP1": the name modifies another molecule
        }
        String two = r + 1 < t.size() ? t.word(r) + " " + t.word(r + 1) : null;
        if (two != null && AFTER.contains(two)) {
            return true;
        }
        String w = t.word(r);
        if (PRODUCTION_OF_VARIANT.contains(w) && r + 1 < t.size() && (VARIANT_BEFORE.contains(t.word(r + 1))
                || VARIANT_CARRIERS.contains(t.word(r + 1)))) {
            return true; // "the low IL-10 producer genotype", "carriers of the high TNF producing allele": the variant's
        }
        if (w.equals("gene") || w.equals("genes")) {
            return false; // "BDNF gene expression fell": an amount; "gene polymorphism" is caught above
        }
        if (w.contains("-") && AFTER.contains(w.substring(0, w.indexOf('-')))) {
            return true; // "IL-10 receptor-mediated suppression": the receptor's
        }
        return AFTER.contains(w) || (w.contains("-") && AFTER.contains(w.substring(w.lastIndexOf('-') + 1))
                && !t.head(r).equals("expression"));
    }

    /** Whether the word at {@code r} was written attached by a dash to the token before it. */
    private static boolean hyphenAttached(TokenizedSentence t, int r) {
        char c = t.text().charAt(t.start(r));
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    /** "-STAT3", "-R1", "-TACE": another molecule's name (capitals or a digit), not a word. */
    private static boolean otherName(String written) {
        String w = written.substring(1);
        if (w.isEmpty()) {
            return false;
        }
        boolean digit = false;
        int upper = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            digit |= Character.isDigit(c);
            upper += Character.isUpperCase(c) ? 1 : 0;
        }
        return digit || (upper >= 2 && upper == w.chars().filter(Character::isLetter).count());
    }

    /**
     * Any dash as '-' and any space as ' ', so that "NGF‑/‑" (non-breaking hyphens) reads as "NGF-/-"
     * and "NGF-1098\u00a0T allele" (a no-break space, common in PubMed text) as "NGF-1098 T allele".
     */
    private static String dashesAndSpaces(String text) {
        char[] chars = null; // one pass, and no copy for the usual text with neither
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char plain = switch (c) {
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> '-';
                case '\u00a0', '\u2009', '\u202f', '\u2007' -> ' ';
                default -> c;
            };
            if (plain != c) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = plain;
            }
        }
        return chars == null ? text : new String(chars);
    }

    /**
     * For each entity of {@code t} (by entity index), whether a property of its level's course governs it, as a
     * measurement property would ({@code course-property}: "a blunted diurnal rhythmicity of cortisol secretion"): a rise
     * or fall stated of it is none of the amount, while a course that did not differ keeps the levels alike. A list shares it.
     */
    static boolean[] ofACourse(TokenizedSentence t, int entityCount) {
        boolean[] course = new boolean[entityCount];
        eachList(t, (first, last) -> {
            if (propertyBefore(t, first, COURSE_PROPERTY) || propertyAfter(t, last, COURSE_PROPERTY)) {
                for (int k = first; k <= last; k++) {
                    if (t.isEntity(k)) {
                        course[t.entity(k)] = true;
                    }
                }
            }
        });
        return course;
    }

    /**
     * Whether one of {@code properties} follows the name (or list) ending at {@code last}, directly or after up
     * to two measurement nouns: "IL-6 assay variance", "IL-8 CV", "IL-6 level variability". A change of a measurement's
     * property is no change of the amount.
     */
    private static boolean propertyAfter(TokenizedSentence t, int last, List<String[]> properties) {
        int r = last + 1;
        while (r < t.size() && r <= last + 2 && t.kind(r) == TokenizedSentence.Kind.WORD && MEASUREMENT_NOUN.contains(t.word(r))) {
            r++;
        }
        return propertyAt(t, r, properties) > 0;
    }

    /**
     * Whether one of {@code properties} governs the name (or list) at {@code first} through "of", "for" or "in",
     * with determiners and short modifiers between: "the coefficient of variation of the IL-8 assay", "the precision
     * of IL-6 measurement", "the detection limit for TNF-alpha", "the variance of IL-6 levels".
     */
    private static boolean propertyBefore(TokenizedSentence t, int first, List<String[]> properties) {
        int p = beforeModifiers(t, first);
        if (p < 1 || !(t.isWord(p, "of") || t.isWord(p, "for") || t.isWord(p, "in"))) {
            return false;
        }
        for (String[] property : properties) {
            int start = p - property.length;
            // "analysis of variance of IL-6 levels showed ...": the statistical test, whose subject is the amount
            if (start >= 0 && matches(t, start, property) && !(start >= 2 && t.isWord(start - 1, "of")
                    && (t.isWord(start - 2, "analysis") || t.isWord(start - 2, "analyses")))) {
                return true;
            }
        }
        return false;
    }

    /** The number of words of the longest of {@code properties} at {@code r}, or 0. */
    private static int propertyAt(TokenizedSentence t, int r, List<String[]> properties) {
        int longest = 0;
        for (String[] property : properties) {
            if (property.length > longest && matches(t, r, property)) {
                longest = property.length;
            }
        }
        return longest;
    }

    /** {@link TokenizedSentence#isWords}, each token a word (not a name or number spelled alike). */
    private static boolean matches(TokenizedSentence t, int r, String[] words) {
        if (!t.isWords(r, words)) {
            return false;
        }
        for (int j = 0; j < words.length; j++) {
            if (t.kind(r + j) != TokenizedSentence.Kind.WORD) {
                return false;
            }
        }
        return true;
    }

    /** A head noun after a list that makes the whole list not measured ("NPY and CGRP receptors"). */
    private static boolean headNotMeasured(TokenizedSentence t, int last) {
        int r = last + 1;
        if (r >= t.size() || t.kind(r) != TokenizedSentence.Kind.WORD) {
            return false;
        }
        String w = t.word(r);
        return !t.glued(r) && (AFTER.contains(w) || t.is(r, WordClass.EFFECT) && !w.equals("signaling")
                && !w.equals("signalling")) && !w.equals("gene") && !w.equals("genes");
    }

    private static boolean notMeasuredBefore(TokenizedSentence t, int i) {
        int p = i - 1;
        if (p < 0) {
            return false;
        }
        if (t.isWord(p, "+")) {
            return true; // "LPS + NGF": given with a stimulus
        }
        if (t.kind(p) == TokenizedSentence.Kind.WORD && BEFORE.contains(t.word(p))) {
            return true;
        }
        if (p >= 1 && t.kind(p) == TokenizedSentence.Kind.WORD && BEFORE.contains(t.word(p - 1) + " " + t.word(p))) {
            return true;
        }
        // "anti-CGRP": the prefix is a word glued by a dash
        if (t.isWord(p, "-") && p >= 1 && BEFORE.contains(t.word(p - 1))) {
            return true;
        }
        return withDose(t, i);
    }

    /**
     * Whether the name at {@code i} is given with its dose: a unit right before it ("10 ng/ml CGRP", "1000 IU/kg bw
     * cortisol", "10ng/ml IL-6") or "dose of" ("a low dose of IL-6").
     */
    static boolean withDose(TokenizedSentence t, int i) {
        int q = i - 1;
        if (q >= 1 && t.isWord(q, "of") && (t.isWord(q - 1, "dose") || t.isWord(q - 1, "doses"))) {
            return true;
        }
        if (q >= 0 && t.isWord(q, "bw")) {
            q--;
        }
        if (q >= 1 && DOSE_UNIT.contains(t.word(q)) && t.kind(q - 1) == TokenizedSentence.Kind.NUMBER) {
            return true;
        }
        return q >= 0 && t.kind(q) == TokenizedSentence.Kind.NUMBER && gluedDose(t.word(q)); // "10ng/ml"
    }

    /** A number with its unit glued on: "10ng/ml", "5µg". */
    private static boolean gluedDose(String word) {
        int i = 0;
        while (i < word.length() && (Character.isDigit(word.charAt(i)) || word.charAt(i) == '.')) {
            i++;
        }
        return i > 0 && i < word.length() && DOSE_UNIT.contains(word.substring(i));
    }

    /**
     * The place before the name at {@code first} past at most three determiners and modifiers, where the word that
     * governs the name stands ("of" in "the variance of the serum IL-6"); -1 when none is left.
     */
    private static int beforeModifiers(TokenizedSentence t, int first) {
        int p = first - 1;
        int skipped = 0;
        while (p >= 0 && skipped < 3 && (t.is(p, WordClass.DET) || isModifier(t, p))) {
            p--;
            skipped++;
        }
        return p;
    }

    /** An allele's or genotype's short name after its noun: "allele A", "genotype GG", "allele *2". */
    private static final Pattern ALLELE_NAME = Pattern.compile("[a-z]|[acgt]{2,3}|\\*?\\d{1,2}");

    /**
     * What governs a list from the left: "treated with", "in response to", "exposure to", "after",
     * "the effect of", "blockade of", with determiners and short modifiers in between; or a gene variant
     * of which the names are the genes ("the A allele at", "polymorphisms in").
     */
    private static boolean governedAsStimulus(TokenizedSentence t, int first) {
        int p = beforeModifiers(t, first);
        int skipped = first - 1 - p; // the determiners and modifiers passed over
        if (p < 0 || t.kind(p) != TokenizedSentence.Kind.WORD) {
            return false;
        }
        String w = t.word(p);
        if (GIVEN_VERB.contains(w)) {
            return !w.equals("given") || givenAsVerb(t, p); // "patients received IFN-alpha": the treatment
        }
        if ((w.equals("at") || w.equals("of") || w.equals("in") || w.equals("within")) && p >= 1
                && (VARIANT_BEFORE.contains(t.word(p - 1))
                        || p >= 2 && VARIANT_BEFORE.contains(t.word(p - 2)) && ALLELE_NAME.matcher(t.word(p - 1)).matches())) {
            // "the frequency of the A allele at TNF-alpha", "polymorphisms in IL-6 and TNF", "the frequency of allele A of
            // TNF-α (-308G/A)": the genes
            return true;
        }
        if (w.equals("of") && p >= 1) {
            // "the effect of NPY", "blockade of CGRP", "administration of cortisol"; not "levels of", "production of"
            return t.is(p - 1, WordClass.EFFECT) && !t.is(p - 1, WordClass.MEASURE);
        }
        if (w.equals("to") && skipped <= 1 && !(p >= 1 && (t.isWord(p - 1, "ratio") || t.isWord(p - 1, "from")))) {
            return true; // "response to NPY", "signatures to substance P", "exposure of IECs to NPY", "binding to CGRP"
        }
        if (w.equals("to") || w.equals("with")) {
            // "treated with BDNF", "in response to NPY", "exposure of IECs to NPY", "treated for 24 h with CGRP"
            for (int g = p - 1; g >= 0 && g >= p - 5; g--) {
                if (t.kind(g) != TokenizedSentence.Kind.WORD && t.kind(g) != TokenizedSentence.Kind.NUMBER) {
                    break;
                }
                if (STIMULUS_VERB.contains(t.word(g)) || STIMULUS_VERB.contains(t.head(g))) {
                    return true;
                }
                if (g == p - 1 && w.equals("to") && (t.isWord(g, "due") || t.isWord(g, "attributable"))) {
                    return true;
                }
                if (isVerbLike(t, g) || t.is(g, WordClass.CONJ) || t.is(g, WordClass.SUBORD)) {
                    break;
                }
            }
            return false;
        }
        return STIMULUS_PREPOSITION.contains(w) && skipped == 0; // "after cortisol", "upon CGRP", "by NGF", "via NPY"
    }

    /**
     * Whether the name is that of a receptor's ligand, named after it: "the soluble receptor 1 for tumor necrosis factor",
     * "receptors of IL-6", "the receptor type II for IL-1". A receptor measured is a soluble receptor's name of its own in
     * the lexicon or no amount of the cytokine (a membrane receptor), and the cytokine's own amount is not said.
     */
    private static boolean receptorOfTheName(TokenizedSentence t, int first) {
        int p = first - 1;
        if (p < 1 || !(t.isWord(p, "for") || t.isWord(p, "of"))) {
            return false;
        }
        // up to two words of the receptor's number or type between ("receptor 1", "receptor type II", "receptor p55")
        for (int g = p - 1; g >= 0 && g >= p - 3; g--) {
            if (t.isWord(g, "receptor") || t.isWord(g, "receptors")) {
                return true;
            }
            if (!(t.kind(g) == TokenizedSentence.Kind.NUMBER || RECEPTOR_NUMBER.matcher(t.word(g)).matches())) {
                return false;
            }
        }
        return false;
    }

    /** A receptor's number or type between it and "for": "1", "II", "type", "p55", "alpha". */
    private static final Pattern RECEPTOR_NUMBER = Pattern.compile("(?i)type|[ivx]{1,3}|p\\d{2}|\\d{1,2}|alpha|beta|α|β");

    /**
     * Whether the list from {@code first} to {@code last} is the second conjunct of stimuli whose first is no name: "the
     * response of adipocytes to both IH and TNF-α", "treated with LPS or TNF-α". The words between the governing word and
     * "and" or "or" are one to three words of no name, amount, verb, preposition or conjunction; not when a noun of an
     * amount follows the list ("responded to LPS and IL-6 levels rose": the amount is measured).
     */
    private static boolean afterGovernedConjunct(TokenizedSentence t, int first, int last) {
        int p = first - 1;
        if (p < 1 || !(t.isWord(p, "and") || t.isWord(p, "or")) || last + 1 < t.size() && t.is(last + 1, WordClass.MEASURE)) {
            return false;
        }
        int g = p - 1;
        int words = 0;
        while (g >= 0 && words < 3 && t.kind(g) == TokenizedSentence.Kind.WORD && !t.isEntity(g) && !t.is(g, WordClass.DET)
                && !t.is(g, WordClass.PREP) && !t.is(g, WordClass.CONJ) && !t.is(g, WordClass.MEASURE) && !isVerbLike(t, g)) {
            g--;
            words++;
        }
        return words > 0 && g >= 0 && governedAsStimulus(t, g + 1);
    }

    /**
     * Whether "given" at {@code p} is the verb ("were given IL-2", "mice given IL-12") rather than
     * "considering", which opens a sentence or a clause ("Given IL-6's role, ...", ", given IL-6 ...").
     */
    private static boolean givenAsVerb(TokenizedSentence t, int p) {
        return p >= 1 && (t.kind(p - 1) == TokenizedSentence.Kind.WORD || t.kind(p - 1) == TokenizedSentence.Kind.NUMBER)
                && !t.is(p - 1, WordClass.SUBORD);
    }

    /** A word that may stand between a governing word and a name: "recombinant", "human", "exogenous". */
    private static boolean isModifier(TokenizedSentence t, int p) {
        if (t.kind(p) != TokenizedSentence.Kind.WORD || t.word(p).length() < 2) {
            return false;
        }
        int closed = WordClass.PREP.bit() | WordClass.CONJ.bit() | WordClass.MEASURE.bit() | WordClass.EFFECT.bit()
                | WordClass.SUBORD.bit() | WordClass.REL.bit() | WordClass.THAT.bit() | WordClass.NEG.bit()
                | WordClass.BE.bit() | WordClass.HAVE.bit() | WordClass.RESULT.bit() | WordClass.AGENT.bit()
                | WordClass.PRODUCE.bit() | WordClass.LINK.bit() | WordClass.COMPARATOR.bit();
        return (t.classes(p) & closed) == 0 && !STIMULUS_VERB.contains(t.word(p)) && !GIVEN_VERB.contains(t.word(p))
                && ChangeCues.standard().lookup(t.word(p)) == null;
    }

    private static boolean isVerbLike(TokenizedSentence t, int p) {
        return t.is(p, WordClass.BE) || t.is(p, WordClass.HAVE) || t.is(p, WordClass.RESULT) || t.is(p, WordClass.AGENT)
                || t.is(p, WordClass.PRODUCE);
    }

    /** "the cortisol/DHEA ratio", "ratio of cortisol/DHEA", "cortisol to DHEA ratio". */
    private static boolean ratio(TokenizedSentence t, int i) {
        int k = i;
        // walk to the end of a slash- or "to"-joined pair
        while (k + 2 < t.size() && (t.isWord(k + 1, "/") || t.isWord(k + 1, "to") || t.isWord(k + 1, ":")) && t.isEntity(k + 2)) {
            k += 2;
        }
        int j = i;
        while (j - 2 >= 0 && (t.isWord(j - 1, "/") || t.isWord(j - 1, "to") || t.isWord(j - 1, ":")) && t.isEntity(j - 2)) {
            j -= 2;
        }
        if (k == j) {
            return k + 1 < t.size() && t.isWord(k + 1, "ratio");
        }
        return (k + 1 < t.size() && (t.isWord(k + 1, "ratio") || t.isWord(k + 1, "ratios") || t.isWord(k + 1, "balance")))
                || (j - 2 >= 0 && t.isWord(j - 1, "of") && (t.isWord(j - 2, "ratio") || t.isWord(j - 2, "ratios")))
                || (j - 1 >= 0 && (t.isWord(j - 1, "ratio") || t.isWord(j - 1, "ratios")));
    }
}
