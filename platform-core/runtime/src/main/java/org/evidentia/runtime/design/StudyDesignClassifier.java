package org.evidentia.runtime.design;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.StudyDesign;
import org.evidentia.api.StudyDesign.Type;

/**
 * Reads a record's study design from its publication types (PubMed's vocabulary, as MEDLINE
 * {@code PT} lines, XML {@code PublicationType} elements and the pages' type lines give them), and,
 * only when the record has no publication type that decides, from cues in its title and the first
 * sentences of its abstract. A primary study is what remains.
 *
 * <p>Where several types apply, the one that says most about how the evidence was produced wins:
 * meta-analysis, then systematic review, review, case report, editorial, comment. Stateless and
 * thread-safe.
 */
public final class StudyDesignClassifier {

    /** PubMed publication types that decide a design, lower case. */
    private static final Map<String, Type> PUBLICATION_TYPES = Map.ofEntries(
            Map.entry("meta-analysis", Type.META_ANALYSIS),
            Map.entry("systematic review", Type.SYSTEMATIC_REVIEW),
            Map.entry("review", Type.REVIEW),
            Map.entry("scoping review", Type.REVIEW),
            Map.entry("practice guideline", Type.REVIEW),
            Map.entry("guideline", Type.REVIEW),
            Map.entry("consensus development conference", Type.REVIEW),
            Map.entry("case reports", Type.CASE_REPORT),
            Map.entry("editorial", Type.EDITORIAL),
            Map.entry("comment", Type.COMMENT),
            Map.entry("letter", Type.COMMENT),
            Map.entry("news", Type.COMMENT));
    private static final List<Type> PRECEDENCE = List.of(Type.META_ANALYSIS, Type.SYSTEMATIC_REVIEW, Type.REVIEW,
            Type.CASE_REPORT, Type.EDITORIAL, Type.COMMENT);
    private static final List<String> RETRACTION_TYPES = List.of("retracted publication", "retraction of publication");

    private static final Pattern META_ANALYSIS = Pattern.compile("\\bmeta-?analys[ie]s\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SYSTEMATIC_REVIEW = Pattern.compile("\\bsystematic (?:literature )?review\\b", Pattern.CASE_INSENSITIVE);
    /** "A review", "review of ...", "this review", "we review", "an update": in the title or opening sentences. */
    private static final Pattern REVIEW = Pattern.compile(
            "\\b(?:(?:a|this|the present|narrative|mini|literature|critical|comprehensive)[- ]review\\b|review of\\b|we review\\b|is reviewed\\b|are reviewed\\b|this article reviews\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CASE_REPORT = Pattern.compile(
            "\\b(?:case report|we (?:report|describe|present) (?:a|an|the) (?:case|patient)|a case of\\b)", Pattern.CASE_INSENSITIVE);
    /** How much of the abstract the text cues read: its opening, where a paper says what it is. */
    private static final int OPENING = 400;

    /** The design of {@code record}. */
    public StudyDesign classify(BibliographicRecord record) {
        boolean retracted = false;
        Type fromTypes = null;
        String typeName = null;
        for (String publicationType : record.publicationTypes()) {
            String folded = publicationType.strip().toLowerCase(Locale.ROOT);
            retracted |= RETRACTION_TYPES.contains(folded);
            Type type = PUBLICATION_TYPES.get(folded);
            if (type != null && (fromTypes == null || PRECEDENCE.indexOf(type) < PRECEDENCE.indexOf(fromTypes))) {
                fromTypes = type;
                typeName = publicationType.strip();
            }
        }
        if (fromTypes != null) {
            return new StudyDesign(fromTypes, retracted, "publication type: " + typeName);
        }
        String title = record.title() == null ? "" : record.title();
        String abstractText = record.abstractText();
        String opening = abstractText.substring(0, Math.min(OPENING, abstractText.length()));
        if (!mayHoldCue(title, true) && !mayHoldCue(opening, false)) {
            return primary(record, retracted); // most records: no cue word at all, so no pattern needs to run
        }
        for (Map.Entry<Type, Pattern> cue : List.of(
                Map.entry(Type.META_ANALYSIS, META_ANALYSIS), Map.entry(Type.SYSTEMATIC_REVIEW, SYSTEMATIC_REVIEW),
                Map.entry(Type.REVIEW, REVIEW), Map.entry(Type.CASE_REPORT, CASE_REPORT))) {
            String found = find(cue.getValue(), title);
            String where = "title";
            if (found == null && cue.getKey() != Type.META_ANALYSIS) {
                found = find(cue.getValue(), opening);
                where = "abstract";
            }
            if (found != null) {
                return new StudyDesign(cue.getKey(), retracted, where + ": \"" + found + "\"");
            }
        }
        return primary(record, retracted);
    }

    private static StudyDesign primary(BibliographicRecord record, boolean retracted) {
        String basis = record.publicationTypes().isEmpty() ? "no publication type or text cue" : "publication types: "
                + String.join(", ", record.publicationTypes());
        return new StudyDesign(Type.PRIMARY, retracted, basis);
    }

    /**
     * Whether a text holds what some cue needs: "review", a word that begins with "case", "we
     * report", "we describe", "we present", and "analys" where a meta-analysis is looked for (the
     * title only: "analysis" opens half the abstracts). Much cheaper than the patterns, and most
     * texts hold none of it ("increase" does not count as "case").
     */
    private static boolean mayHoldCue(String text, boolean metaAnalysis) {
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case 'r', 'R' -> {
                    if (text.regionMatches(true, i, "review", 0, 6)) {
                        return true;
                    }
                }
                case 'a', 'A' -> {
                    if (metaAnalysis && text.regionMatches(true, i, "analys", 0, 6)) {
                        return true;
                    }
                }
                case 'c', 'C' -> {
                    if ((i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))) && text.regionMatches(true, i, "case", 0, 4)) {
                        return true;
                    }
                }
                case 'w', 'W' -> {
                    if (text.regionMatches(true, i, "we report", 0, 9) || text.regionMatches(true, i, "we describe", 0, 11)
                            || text.regionMatches(true, i, "we present", 0, 10)) {
                        return true;
                    }
                }
                default -> {
                    // no cue begins here
                }
            }
        }
        return false;
    }

    private static String find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group() : null;
    }
}
