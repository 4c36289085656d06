package org.evidentia.plugins.html;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidentia.api.FindingKind.Attribute;

/** Numbers and counted nouns as the report prints them. */
final class Phrases {

    private Phrases() {
    }

    /**
     * An exclusion reason as a list of reasons and counts writes it: in double quotes when it holds the list's own marks
     * ({@code "off-topic: a veterinary study": 1; off-topic: 1}), as the console's tally does (an explorer's s22, L8:
     * unquoted, it read as "off-topic" twice).
     */
    static String reason(String reason) {
        return reason.indexOf(':') >= 0 || reason.indexOf(';') >= 0 || reason.indexOf('"') >= 0
                ? '"' + reason.replace("\"", "\"\"") + '"' : reason;
    }

    /** {@code 1,234}: grouped, the same in every locale. */
    static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** {@code 1 finding}, {@code 2 findings}. */
    static String count(long n, String one, String many) {
        return number(n) + " " + (n == 1 ? one : many);
    }

    /**
     * That {@code n} findings of a kind were dropped as breaches of the extractor contract, which a
     * kind's section states (the page adds where each is listed); empty for none.
     */
    static String dropped(long n) {
        if (n == 0) {
            return "";
        }
        return count(n, "finding", "findings") + " of this kind " + (n == 1 ? "was" : "were") + " dropped as "
                + (n == 1 ? "a breach" : "breaches") + " of the extractor contract and " + (n == 1 ? "is" : "are")
                + " counted nowhere in this report";
    }

    /**
     * A capitalised label as a noun inside a sentence: {@code Biomarker} gives {@code biomarker}, while
     * a label with other capitals or a one-letter first word ({@code NGF}, {@code T cell}) stays as it is.
     */
    static String noun(String label) {
        int firstWord = 0;
        while (firstWord < label.length() && Character.isLetter(label.charAt(firstWord))) {
            firstWord++;
        }
        if (firstWord > 1 && Character.isUpperCase(label.charAt(0))
                && label.substring(1).chars().noneMatch(Character::isUpperCase)) {
            return Character.toLowerCase(label.charAt(0)) + label.substring(1);
        }
        return label;
    }

    /**
     * The caution beside the sign test of a stratum whose comparison is not the kind's first, the
     * one a reader expects ({@code intervention}, {@code time}, or not stated): its votes pool
     * contrasts whose expected directions differ, so they answer no one question.
     *
     * @param comparison the stratum's comparison as a reader reads it ({@link ValueWords#label}), null when not stated
     * @param restrict   how the review could be narrowed ({@link #restrict}), empty when it cannot be further
     */
    static String pooledContrasts(String comparison, String restrict) {
        String what = comparison == null ? "findings whose comparison is not stated" : "different contrasts of one kind (" + comparison + ")";
        return "Caution: this stratum pools " + what + ", whose expected directions may differ (one treatment lowers what"
                + " another raises; a time course reads up or down by its reference point). Its votes do not answer one"
                + " question, and the sign test may mislead: read the contexts in the findings table." + restrict;
    }

    /**
     * The note beside the sign tests of a stratum that pools, in each, the studies of many values of
     * its breakdowns ({@code site}: 11, {@code colour}: 74): a rise under one value and a fall
     * under another count against each other. Empty when no breakdown states more than one value.
     *
     * @param values    how many values each breakdown states in the stratum, by its label as a noun, in table order
     * @param restrict  how the review could be narrowed ({@link #restrict}), empty when it cannot be further
     */
    static String pooledValues(Map<String, Integer> values, String restrict) {
        if (values.isEmpty()) {
            return "";
        }
        List<String> names = List.copyOf(values.keySet());
        List<String> counts = new ArrayList<>();
        values.forEach((name, n) -> counts.add(Phrases.number(n) + (counts.isEmpty() ? " values of " : " of ") + name));
        return "Each sign test here pools its row's studies in this stratum whatever their " + and(names)
                + " (" + and(counts) + " are stated here), so a rise under one value and a fall under another count"
                + " against each other. Read p beside the breakdowns." + restrict;
    }

    /**
     * What a stratum of cases against controls (comparison {@code condition}) also holds, which its
     * votes count alike: an abstract's contrast between subgroups of one condition (the severe
     * against the mild, those with a comorbidity against those without), read as that condition's.
     */
    static String subgroupContrasts(String comparison) {
        return "A stratum of " + comparison + " also holds contrasts between subgroups of one condition (by severity or"
                + " comorbidity, say) where an abstract compares them rather than patients with controls; they vote alike,"
                + " so read the contexts and sentences in the findings table.";
    }

    /**
     * The comparability note of a stratum of cases against controls: what its sign tests pool
     * ({@link #pooledValues}, may be empty), then the subgroup contrasts it holds
     * ({@link #subgroupContrasts}, when {@code comparison} is not null: the caller gives it only
     * for a {@code condition} stratum, cases against controls).
     */
    static String comparability(String pooledValues, String comparison) {
        List<String> parts = new ArrayList<>();
        if (!pooledValues.isEmpty()) {
            parts.add(pooledValues);
        }
        if (comparison != null) {
            parts.add(subgroupContrasts(comparison));
        }
        return parts.isEmpty() ? "" : "Comparability: " + String.join(" ", parts);
    }

    /**
     * That the report is not restricted to one value of what a caveat is about, as a sentence for its
     * reader ({@code " This report is not restricted to one site or colour: Methods says how a run
     * is."}); empty when {@code what} is empty (every one is focused on already). The option itself
     * is named in the methods appendix, where whoever runs the tool looks for it.
     *
     * @param what the attributes, as nouns, that the run is not focused on
     */
    static String restrict(List<String> what) {
        if (what.isEmpty()) {
            return "";
        }
        return " This report is not restricted to one " + String.join(" or ", what) + ", so its counts mix them"
                + " (Methods says how a run is restricted).";
    }

    /**
     * How many of a stratum's votes come from findings in vitro, and that its population does not say so: a stratum of
     * people also counts cells taken from them and cultured (READREV, H3). {@code "In vitro: 31 of the stratum's 240 votes
     * (in all its rows) come from dishes (in vitro) alone, and 6 more in part. ..."}; empty when none does.
     *
     * @param alone  votes whose every finding states a value meaning work in vitro
     * @param partly votes some of whose findings do
     * @param votes  the stratum's votes
     * @param values those values as a reader reads them ({@code dishes}), in their declared order
     * @param nouns  the attributes they are values of, as nouns ({@code site})
     */
    static String inVitro(int alone, int partly, int votes, List<String> values, List<String> nouns) {
        if (alone + partly == 0) {
            return "";
        }
        String where = String.join(" or ", values) + " (in vitro)";
        String counted;
        if (votes == 1) {
            counted = "its one vote comes " + (alone == 1 ? "from " + where : "in part from " + where);
        } else if (alone == votes) {
            counted = "all " + number(votes) + " of its votes come from " + where;
        } else {
            // "the stratum's", not "these": under the key results' table of its leading rows, its votes are more than the rows show
            String of = number(alone == 0 ? partly : alone) + " of the stratum's " + number(votes) + " votes (in all its rows)";
            counted = alone == 0
                    ? of + (partly == 1 ? " comes" : " come") + " in part from " + where
                    : of + (alone == 1 ? " comes" : " come") + " from " + where + " alone" + (partly == 0 ? "" : ", and " + number(partly) + " more in part");
        }
        if (alone == votes) {
            // nothing in the stratum was measured in the living, so there is nothing to count them alike with (the review of
            // session 24, Y12: a cell-line stratum was told it mixed its votes with findings in the living)
            return "In vitro: " + counted + ".";
        }
        return "In vitro: " + counted + ". The stratum counts " + (alone + partly == 1 ? "it" : "them") + " alike with findings in the"
                + " living: its values say whose material was measured, not whether it was measured in vitro, so read the "
                + String.join(" and ", nouns) + " beside each count.";
    }

    /**
     * How many of a stratum's votes, none in vitro, come from material often worked on outside the body, as its values'
     * meanings say ({@code "often stimulated outside the body"}), alone or in part: {@code "18 more of its votes come from
     * white cells from blood alone, often stimulated outside the body, and 5 more in part, which the count above does not take
     * for in vitro."}; empty when none does.
     *
     * @param outside        such votes, every finding of which states such a value
     * @param partly         such votes, some findings of which do
     * @param votes          the stratum's votes
     * @param afterInVitro   whether the sentence follows {@link #inVitro}'s
     * @param values         those values as a reader reads them, in their declared order
     * @param phrase         what their meaning says of them ({@code often stimulated outside the body}); null when none is counted
     */
    static String outsideTheBody(int outside, int partly, int votes, boolean afterInVitro, List<String> values, String phrase) {
        if (outside + partly == 0) {
            return "";
        }
        String where = String.join(" or ", values) + (outside == 0 ? ", " : " alone, ") + phrase;
        String inPart = outside == 0 || partly == 0 ? "" : ", and " + number(partly) + " more in part";
        if (afterInVitro) {
            return (outside == 0 ? number(partly) + " more of its votes " + (partly == 1 ? "comes" : "come") + " in part from "
                    : number(outside) + " more of its votes " + (outside == 1 ? "comes" : "come") + " from ") + where + inPart
                    + ", which the count above does not take for in vitro.";
        }
        int counted = outside == 0 ? partly : outside;
        String from = outside == 0 ? " in part from " : " from ";
        return "Outside the body: " + (votes == 1 ? "its one vote comes" + from : counted == votes && partly == 0 ? "all " + number(votes)
                + " of its votes come" + from : number(counted) + " of the stratum's " + number(votes) + " votes (in all its rows) "
                + (counted == 1 ? "comes" : "come") + from) + where + inPart + (outside == votes ? "." : ", and the stratum counts "
                + (outside + partly == 1 ? "it" : "them") + " alike with findings in the living.");
    }

    /**
     * How many sign tests the report makes (rows with enough ▲ and ▼ votes for a p: {@link KindSectionBuilder#MIN_VOTES_FOR_TEST})
     * and how many are below 0.05, for the caveat that they are not adjusted for multiplicity (READREV, L13): {@code "This
     * report makes 16 sign tests, 6 of them with p below 0.05; among so many, some fall below 0.05 by chance alone."}
     */
    static String multiplicity(int tests, int below) {
        if (tests == 0) {
            return "This report makes no sign test: no row has " + KindSectionBuilder.MIN_VOTES_FOR_TEST + " or more ▲ and ▼ votes.";
        }
        return "This report makes " + count(tests, "sign test", "sign tests") + " (rows with " + KindSectionBuilder.MIN_VOTES_FOR_TEST
                + " or more ▲ and ▼ votes), "
                + (tests == 1 ? (below == 1 ? "with p below 0.05" : "with p of 0.05 or more")
                        : (below == 0 ? "none" : number(below) + " of them") + " with p below 0.05")
                + (tests == 1 ? "." : "; among several tests, some fall below 0.05 by chance alone.");
    }

    /**
     * How accurately a kind's findings are extracted, as its extractor states it
     * ({@link org.evidentia.api.FindingKind#accuracy()}, measured on abstracts annotated by hand), or
     * that it is not stated: a reader should not take an automatic reading for a checked one.
     *
     * @param subjectNoun the kind's subject label as a noun ({@code widget})
     */
    static String accuracy(String subjectNoun, String statement) {
        String what = "How accurately " + subjectNoun + " findings are extracted";
        return statement.isEmpty() ? what + ": its accuracy is not stated (their extractor gives no measurement)."
                : what + ", as their extractor states it: " + statement + (statement.endsWith(".") ? " " : ". ") + OWN_TEST_SET;
    }

    /**
     * What an extractor's measured accuracy is, and what it is not (READREV, M6): it was measured on the extractor's own
     * test set, not on the run's records, and literature unlike it is read less well.
     */
    static final String OWN_TEST_SET = "These are the extractor's own figures, on its own test set, not on this run's records:"
            + " on literature unlike it (off-topic, review-heavy or in-silico work) precision can be much lower.";

    /** A precision as an accuracy statement gives it: {@code precision 0.86}. */
    private static final Pattern PRECISION = Pattern.compile("\\bprecision (0(?:\\.\\d+)?|1(?:\\.0+)?)\\b");
    /**
     * How often a kind's stratum attribute (which decides a finding's stratum) is right, as an accuracy
     * statement gives it: the first fraction in brackets after the attribute's name or label, in any
     * case, within its clause ({@code the comparison, which decides the stratum, is right for 41 of 57
     * (0.72)} for the attribute {@code comparison}, {@code the comparator is right for 1 of 2 (0.50)}
     * for {@code comparator}); null for a kind without a stratum attribute, whose statement can give no such figure.
     */
    private static Pattern stratumFigure(Attribute stratum) {
        if (stratum == null) {
            return null;
        }
        String name = Pattern.quote(stratum.name()).replace("-", "\\E[- ]\\Q"); // dose-level, written "dose level" too
        String label = Pattern.quote(stratum.label().toLowerCase(Locale.ROOT));
        return Pattern.compile("\\b(?:" + name + "|" + label + ")\\b[^;()]*?\\((0(?:\\.\\d+)?|1(?:\\.0+)?)\\)",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** What a reader calls the kind's stratum attribute in the accuracy sentences: its label, lower-cased ({@code comparison}). */
    private static String stratumWord(Attribute stratum) {
        return stratum.label().toLowerCase(Locale.ROOT);
    }

    /** The figure {@code pattern} finds in an accuracy statement, if it states one; none for a null pattern. */
    private static OptionalDouble figure(Pattern pattern, String statement) {
        if (pattern == null) {
            return OptionalDouble.empty();
        }
        Matcher m = pattern.matcher(statement);
        return m.find() ? OptionalDouble.of(Double.parseDouble(m.group(1))) : OptionalDouble.empty();
    }

    /**
     * A share right as a reader counts what is wrong, as the subject of a sentence with its verb:
     * {@code about 1 in 7 widget findings is} for 0.86, {@code about 1 in 4 widget findings is} for 0.72;
     * {@code fewer than 1 in 100 widget findings is} and {@code no widget finding is} at the top,
     * {@code half or more of the widget findings are} at or below 0.5. Without a noun (it was named
     * before): {@code about 1 in 7 is}, {@code none is}, {@code half or more are}.
     *
     * @param noun the subject's noun ({@code widget}), or null when the sentence named it already
     */
    static String wrongShare(double right, String noun) {
        double wrong = 1 - right;
        if (wrong <= 0) {
            return noun == null ? "none is" : "no " + noun + " finding is";
        }
        if (wrong >= 0.5) {
            return noun == null ? "half or more are" : "half or more of the " + noun + " findings are";
        }
        String share = wrong < 0.01 ? "fewer than 1 in 100" : "about 1 in " + Math.round(1 / wrong);
        return noun == null ? share + " is" : share + " " + noun + " findings is";
    }

    /**
     * How often a count may be wrong, in one plain sentence for the key results, from the figures the
     * extractor's accuracy statement gives (its precision, and how often the stratum attribute that decides
     * the stratum is right), never from figures of the reporter's own; when it gives neither, that it does not.
     *
     * @param subjectNoun the kind's subject label as a noun ({@code widget})
     * @param stratum     the kind's first stratum attribute ({@link org.evidentia.api.FindingKind#synthesisStrata()}),
     *                    which the statement's second figure is of; null when the kind has none
     * @param statement   {@link org.evidentia.api.FindingKind#accuracy()}, empty when not stated
     */
    static String accuracyPlain(String subjectNoun, Attribute stratum, String statement) {
        String check = "check the sentences behind any count you cite.";
        if (statement.isEmpty()) {
            return "How often a count may be wrong is not known: the extractor of " + subjectNoun + " findings states no"
                    + " measured accuracy, so " + check;
        }
        OptionalDouble precision = figure(PRECISION, statement);
        OptionalDouble comparison = figure(stratumFigure(stratum), statement);
        if (precision.isEmpty() && comparison.isEmpty()) {
            return "How often a count may be wrong is not stated in figures (see the extractor's statement under Read this"
                    + " first), so " + check;
        }
        List<String> parts = new ArrayList<>();
        if (comparison.isPresent()) {
            parts.add(wrongShare(comparison.getAsDouble(), subjectNoun) + " placed in the wrong " + stratumWord(stratum) + ","
                    + " and so in the wrong stratum (" + stratumWord(stratum) + " right: " + fraction(comparison.getAsDouble()) + ")");
        }
        if (precision.isPresent()) {
            parts.add(wrongShare(precision.getAsDouble(), parts.isEmpty() ? subjectNoun : null)
                    + " wrong altogether (precision " + fraction(precision.getAsDouble()) + ")");
        }
        return "How often a count may be wrong: as their extractor measured it on its own test set, " + String.join(", and ", parts)
                + "; on literature unlike that set (off-topic, review-heavy or in-silico work), more can be: " + check;
    }

    /**
     * The one line that stands for a kind's accuracy statement where the statement is folded away
     * ({@code How accurately widget findings are extracted: 86% right and 72% in the right comparison, as measured}), from the
     * figures it gives; without figures, that it states one; empty when it states none (a short point, not folded).
     *
     * @param stratum the kind's first stratum attribute, as for {@link #accuracyPlain}; null when it has none
     */
    static String accuracySummary(String subjectNoun, Attribute stratum, String statement) {
        String what = "How accurately " + subjectNoun + " findings are extracted";
        if (statement.isEmpty()) {
            return ""; // the point is short: nothing to fold
        }
        OptionalDouble precision = figure(PRECISION, statement);
        OptionalDouble comparison = figure(stratumFigure(stratum), statement);
        List<String> parts = new ArrayList<>();
        precision.ifPresent(p -> parts.add(percent(p) + " right"));
        comparison.ifPresent(c -> parts.add(percent(c) + " in the right " + stratumWord(stratum)));
        return parts.isEmpty() ? what + ", as their extractor states it" : what + ": " + and(parts) + ", on the extractor's own test set";
    }

    /** {@code 0.72}, as a statement gives it: two decimals. */
    private static String fraction(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** {@code 72%}. */
    private static String percent(double value) {
        return Math.round(value * 100) + "%";
    }

    /** {@code a}, {@code a and b}, {@code a, b and c}. */
    private static String and(List<String> parts) {
        int last = parts.size() - 1;
        return last == 0 ? parts.get(0) : String.join(", ", parts.subList(0, last)) + " and " + parts.get(last);
    }

    /**
     * Two significant digits, trailing zeros kept ({@code 0.070}, {@code 0.50}, {@code 1.0}), so that
     * every p shows the same precision; {@code < 0.001} below that: the precision a sign test on
     * votes merits. A p that two digits would round to 0.05 from either side gets the digits that tell
     * which side it lies on ({@code 0.0498}, {@code 0.0501}): the report counts the tests below 0.05, and
     * two rows printed {@code 0.050} of which one was counted could not be told apart (the review of session 19, S1).
     */
    static String pValue(double p) {
        if (p < 0.001) {
            return "< 0.001";
        }
        BigDecimal exact = new BigDecimal(p);
        BigDecimal rounded = exact.round(new MathContext(2));
        for (int digits = 3; rounded.compareTo(SIGNIFICANCE) == 0 && p != 0.05 && digits <= 17; digits++) {
            rounded = exact.round(new MathContext(digits));
        }
        if (rounded.precision() < 2) {
            rounded = rounded.setScale(rounded.scale() + 2 - rounded.precision());
        }
        return rounded.toPlainString();
    }

    private static final BigDecimal SIGNIFICANCE = new BigDecimal("0.05");
}
