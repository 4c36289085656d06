package org.evidentia.plugins.cytokine.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidentia.plugins.cytokine.lexicon.Mention;

/**
 * Drops mentions that name a cytokine without measuring its amount: the cytokine as a cause or a
 * treatment ("IL-2 therapy", "anti-TNF", "TNF-induced", "treated with IL-1β", "IL-1 activates"),
 * a receptor, pathway or gene ("IL-6 receptor", "IL-23 pathway", "IL6 polymorphism"), or a ratio.
 * A drop spreads to the whole coordinated list ("stimulated with IL-1β and TNF-α").
 */
final class MentionFilter {

    private static final Pattern CAUSE_AFTER = Pattern.compile(
            "^[\\])]?(?:\\s*\\(\\S{1,12}\\)|\\s*\\[\\S{1,12}\\])?(?:\\s*-\\s*|\\s+)(?:induced|mediated|dependent|stimulated|treated|deficient|knock-?out|KO\\b|null|related"
                    + "|differentiated|derived|primed|activated|conditioned|polari[sz]ed|pulsed|co-?stimulation|costimulated|rs\\d+"
                    + "|mice|mouse|rats?|strain"
                    + "|driven|signal\\w*|pathways?|axis|receptors?|R\\b|Rs\\b|genes?\\b|polymorphisms?|genotypes?|alleles?"
                    + "|promoter|variants?|SNPs?|blockade|blockers?|blocking|inhibitors?|inhibition|antagonists?|agonists?"
                    + "|antibod(?:y|ies)|mAb|therapy|treatment|administration|infusions?|injections?|challenge|stimulation"
                    + "|family|superfamily|converting|transgenic|-/-|/-|knockdown|siRNA|neutraliz\\w*|secreting tumou?r|analogu?e|responsive"
                    + "|producing (?:tumou?r|vector)|activity assay)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CAUSE_BEFORE = Pattern.compile(
            "(?:anti-?\\s?|anti-human |recombinant |\\brh|exogenous |administ\\w+ (?:of )?|inject\\w* (?:of )?|infus\\w* (?:of )?"
                    + "|(?:treat|pretreat|pre-treat|co-treat|stimulat|incubat|prim|challeng|expos|supplement)\\w* (?:with |by |to )"
                    + "|\\bafter |\\bby |blocking |blockade of |neutraliz\\w* |inhibit\\w* of |antagonis\\w* of |knock\\w* (?:of )?"
                    + "|polymorphisms? (?:in|of) (?:the )?|deficien\\w* (?:in|of) |lacking |\\bof (?:the )?(?:receptor|gene) for "
                    + "|\\bgenes? |\\bgenotypes? (?:of |for )?|alleles? (?:\\w+ )?(?:of|for|in) "
                    // a dose names what was given: "after 1000 IU/kg bw IL-2", "with 10 ng/ml TNF-α"
                    + "|\\d[\\d.,]*\\s*(?:iu|u|µg|μg|ug|mg|ng|pg|units?)(?:\\s*/\\s*(?:kg|ml|l|g|day|d))?\\s+(?:bw\\s+|of\\s+)?)$",
            Pattern.CASE_INSENSITIVE);
    /** The cytokine as the subject of an active verb: "IL-1 activates", "TNF-a activating", "IL-6 induced the". */
    private static final Pattern ACTIVE_VERB_AFTER = Pattern.compile(
            "^\\s*,?\\s*(?:\\w+ly\\s+)?(?:(?:activat|stimulat|induc|inhibit|suppress|promot|mediat|regulat|up-?regulat|down-?regulat|enhanc"
                    + "|increas|decreas|reduc|caus|trigger|driv|contribut|play|act|exert|protect|prevent|block|modulat|affect"
                    + "|impair|attenuat|amplif|orchestrat|control|sensiti[sz]|lead|alter|dampen|counteract|limit"
                    + "|facilitat|potentiat|exacerbat|aggravat|augment|accelerat|trigger|enabl|recruit|bind|signal)(?:es|s|ing)(?![\\p{L}])"
                    + "|(?:induced|stimulated|activated|inhibited|suppressed|increased|decreased|reduced|enhanced|promoted|blocked"
                    + "|attenuated|elevated|caused|impaired|prevented|triggered|mediated|regulated|modulated)\\s+(?:the|a|an|its|their|both|this|these)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RATIO_AFTER = Pattern.compile("^\\s*(?:/\\s*\\S+\\s*)?(?:ratio|-to-)", Pattern.CASE_INSENSITIVE);
    private static final Pattern RATIO_BEFORE = Pattern.compile("ratios? (?:of |between )(?:the )?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_GAP = Pattern.compile("^\\s*(?:,\\s*)?(?:(?:and|or|and/or|as well as|&)\\s+)?$|^\\s*[/-]\\s*$|^\\s*,\\s*$");

    private MentionFilter() {
    }

    /** The mentions that may be measured amounts, in order. */
    static List<Mention> measured(String sentence, List<Mention> mentions) {
        int n = mentions.size();
        boolean[] dropped = new boolean[n];
        for (int i = 0; i < n; i++) {
            Mention m = mentions.get(i);
            String after = dashes(sentence.substring(m.end(), Math.min(sentence.length(), m.end() + 60)));
            String before = dashes(sentence.substring(Math.max(0, m.start() - 40), m.start()));
            if (CAUSE_AFTER.matcher(after).lookingAt() || causeBefore(before) || RATIO_AFTER.matcher(after).lookingAt()) {
                dropped[i] = true;
            }
        }
        // "the IL-6/IL-10 ratio", "ratio of IFN-γ/IL-10": neither member is measured alone.
        for (int i = 0; i + 1 < n; i++) {
            Mention a = mentions.get(i);
            Mention b = mentions.get(i + 1);
            if (sentence.substring(a.end(), b.start()).strip().equals("/")) {
                String before = sentence.substring(Math.max(0, a.start() - 30), a.start());
                String after = sentence.substring(b.end(), Math.min(sentence.length(), b.end() + 30));
                if (RATIO_BEFORE.matcher(before).find() || RATIO_AFTER.matcher(after).lookingAt()) {
                    dropped[i] = true;
                    dropped[i + 1] = true;
                }
            }
        }
        // Spread along coordinated lists: [IL-1, IL-6, and TNF-a] activating / treated with [IL-1β and TNF-α].
        int listStart = 0;
        for (int i = 0; i < n; i++) {
            boolean listEnds = i == n - 1 || !isListGap(sentence, mentions.get(i), mentions.get(i + 1));
            if (listEnds) {
                Mention last = mentions.get(i);
                String after = sentence.substring(last.end(), Math.min(sentence.length(), last.end() + 60));
                boolean causeAfterList = ACTIVE_VERB_AFTER.matcher(after).lookingAt() || transitiveVerbAfter(after)
                        || (i > listStart && CAUSE_AFTER.matcher(after).lookingAt());
                String before = sentence.substring(Math.max(0, mentions.get(listStart).start() - 40),
                        mentions.get(listStart).start());
                boolean causeBeforeList = causeBefore(before);
                if (causeAfterList || causeBeforeList) {
                    for (int j = listStart; j <= i; j++) {
                        dropped[j] = true;
                    }
                }
                listStart = i + 1;
            }
        }
        List<Mention> kept = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!dropped[i]) {
                kept.add(mentions.get(i));
            }
        }
        return kept;
    }

    /** The last word before a mention that {@link #CAUSE_BEFORE} can end with; a cheap test before the pattern. */
    private static final java.util.Set<String> CAUSE_BEFORE_LAST_WORDS = java.util.Set.of(
            "anti", "anti-", "anti-human", "human", "recombinant", "rh", "exogenous", "of", "with", "by", "to", "after", "blocking",
            "neutralizing", "neutralising", "neutralization", "the", "lacking", "for", "in", "administration", "administered",
            "injection", "injected", "injections", "infusion", "infused", "infusions", "knockout", "knockdown", "knocked",
            "gene", "genes", "genotype", "genotypes", "bw", "iu", "u", "ug", "µg", "μg", "mg", "ng", "pg", "kg", "ml", "l", "g", "day", "d", "unit", "units");

    private static boolean causeBefore(String before) {
        int end = before.length();
        while (end > 0 && before.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && (Character.isLetter(before.charAt(start - 1)) || before.charAt(start - 1) == '-')) {
            start--;
        }
        if (end > 0 && before.charAt(end - 1) == '+') {
            return true; // "LPS + IL-10": given together with a stimulus
        }
        String last = before.substring(start, end).toLowerCase(java.util.Locale.ROOT);
        if (!CAUSE_BEFORE_LAST_WORDS.contains(last)) {
            return false;
        }
        // The pattern ends at the mention: try it from word starts only, not from every char.
        Matcher matcher = CAUSE_BEFORE.matcher(before);
        for (int i = 0; i < before.length(); i++) {
            if ((i == 0 || !Character.isLetterOrDigit(before.charAt(i - 1))) && Character.isLetterOrDigit(before.charAt(i))
                    && matcher.region(i, before.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** "IL-6 increased CRP production", "TNF-α facilitated AMPK activation": a past-tense verb with an object. */
    private static final Pattern PAST_VERB_AFTER = Pattern.compile(
            "^\\s*,?\\s*(?:\\w+ly\\s+)?(?:induced|stimulated|activated|inhibited|suppressed|increased|decreased|reduced|enhanced"
                    + "|promoted|blocked|attenuated|elevated|caused|impaired|prevented|triggered|mediated|regulated|modulated"
                    + "|facilitated|potentiated|exacerbated|aggravated|augmented|up-?regulated|down-?regulated|abrogated"
                    + "|abolished|amplified|restored|rescued|protected|drove|altered)\\s+(\\p{L}[\\p{L}-]*)",
            Pattern.CASE_INSENSITIVE);

    private static boolean transitiveVerbAfter(String after) {
        Matcher m = PAST_VERB_AFTER.matcher(after);
        if (!m.lookingAt()) {
            return false;
        }
        String next = m.group(1).toLowerCase(java.util.Locale.ROOT);
        return !SentenceReader.PREDICATE_FOLLOWERS.contains(next) && !next.endsWith("ly") && !next.endsWith("fold");
    }

    /** Any dash as '-', so that "IL‑10‑/‑ mice" (non-breaking hyphens) reads as "IL-10-/- mice". */
    private static String dashes(String text) {
        return text.replace('\u2010', '-').replace('\u2011', '-').replace('\u2012', '-').replace('\u2013', '-')
                .replace('\u2014', '-').replace('\u2212', '-');
    }

    private static boolean isListGap(String sentence, Mention a, Mention b) {
        return LIST_GAP.matcher(sentence.substring(a.end(), b.start())).matches();
    }
}
