package org.evidentia.runtime.design;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.StudyDesign;
import org.evidentia.api.StudyDesign.Type;

/**
 * Reads a record's study design from its publication types (PubMed's vocabulary, as MEDLINE
 * {@code PT} lines, XML {@code PublicationType} elements and the pages' type lines give them), and,
 * only when the record has no publication type that decides, from cues in its title and the first
 * sentences of its abstract, then from a review calling itself one anywhere in its abstract. A record of an
 * export without publication types that links to what it comments on ("Comment on") is a comment. A primary
 * study is what remains.
 *
 * <p>Where several types apply, a notice (erratum, retraction notice, duplicate publication) or a
 * protocol wins, since it reports no results of its own; then the one that says most about how the
 * evidence was produced: meta-analysis, then systematic review, review, case report, editorial, comment. Stateless and
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
            Map.entry("news", Type.COMMENT),
            Map.entry("published erratum", Type.NOTICE),
            Map.entry("retraction of publication", Type.NOTICE),
            Map.entry("expression of concern", Type.NOTICE),
            Map.entry("duplicate publication", Type.NOTICE),
            Map.entry("clinical trial protocol", Type.PROTOCOL));
    /** A notice or a protocol first: whatever else it is typed, it reports no study's results of its own. */
    private static final List<Type> PRECEDENCE = List.of(Type.NOTICE, Type.PROTOCOL, Type.META_ANALYSIS, Type.SYSTEMATIC_REVIEW,
            Type.REVIEW, Type.CASE_REPORT, Type.EDITORIAL, Type.COMMENT);
    /** The publication itself withdrawn; a retraction notice is a notice about another, and not retracted itself. */
    private static final List<String> RETRACTION_TYPES = List.of("retracted publication");
    /**
     * Metadata keys, lower case, of a record's link to the notice that retracted it, which an export without
     * publication types may still carry: the abstract-text and page exports' "Retraction in" and
     * "Retracted and republished in" blocks, MEDLINE's {@code RIN} and {@code RRI} lines. ("Retraction of",
     * a notice's link to what it retracts, is not among them: the notice is not retracted itself.)
     */
    private static final List<String> RETRACTION_LINKS = List.of("retraction in", "retracted and republished in", "rin", "rri");
    /** PubMed XML's key of its links, whose values are the link's {@code RefType} and a PMID, and those that link to a retraction. */
    private static final String XML_LINKS = "commentscorrections";
    private static final List<String> XML_RETRACTION_LINKS = List.of("retractionin ", "retractedandrepublishedin ");
    /**
     * The abstract-text and page exports' link from a comment or letter to what it comments on ("Comment on"), which they give
     * where MEDLINE and XML type the record {@code Comment} or {@code Letter}. ("Comment in", a study's link to the comments on
     * it, is not among them: the study is no comment.)
     */
    private static final String COMMENT_LINK = "comment on";

    /**
     * A notice's title, where an export gives no publication type: "Erratum: ...", "Correction to: ...",
     * "Retraction Note: ...", "Expression of Concern: ...", "Notice of retraction". A colon (or "to:")
     * must follow, since a study's title may begin "Correction of hypoxaemia ...".
     */
    private static final Pattern NOTICE_TITLE = Pattern.compile(
            "(?:\\[|\\()?(?:erratum|corrigendum|correction|retraction(?: note| notice)?|notice of retraction|expression of concern)"
                    + "(?: (?:to|for|of|on))?\\s*[:.\\]\\)]", Pattern.CASE_INSENSITIVE);
    /** The Cochrane Database of Systematic Reviews, as MEDLINE abbreviates it or by its full name, with or without "The". */
    private static final Pattern COCHRANE_REVIEWS = Pattern.compile(
            "\\s*(?:the )?cochrane database (?:of )?syst(?:\\.|ematic)? ?rev(?:\\.|iews)?\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern META_ANALYSIS = Pattern.compile("\\bmeta-?analys[ie]s\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SYSTEMATIC_REVIEW = Pattern.compile("\\bsystematic (?:literature )?review\\b", Pattern.CASE_INSENSITIVE);
    /**
     * A meta-analysis named by a structured abstract's design heading ("DESIGN: Mendelian randomisation meta-analysis of
     * 56 epidemiological studies"): read in the opening, where "meta-analysis" alone is not (a primary study's
     * background cites them).
     */
    private static final Pattern META_ANALYSIS_DESIGN = Pattern.compile(
            "\\b(?:study )?design\\s*:\\s*[^.:\\n]{0,100}?\\bmeta-?analys[ie]s\\b", Pattern.CASE_INSENSITIVE);
    /**
     * "A review", "review of ...", "this review", "we review", "an update", the heading "PURPOSE OF REVIEW:" of Current
     * Opinion's reviews: in the title or opening sentences.
     */
    private static final Pattern REVIEW = Pattern.compile(
            "\\b(?:(?:a|this|the present|narrative|mini|literature|critical|comprehensive)[- ]review\\b|review of\\b|we review\\b|is reviewed\\b|are reviewed\\b|this article reviews\\b"
                    + "|purpose of (?:this )?review\\s*:)",
            Pattern.CASE_INSENSITIVE);
    /**
     * A paper calling itself a review, anywhere in its abstract ("the focus of this review", "The authors
     * review OSA", "This short review summarizes"), which the opening often does not: read when the
     * record has no publication type at all and neither the title nor the opening gave a cue, so a case report that goes on to review the literature stays
     * one. Only a subject that is the paper itself: "we review" and "is reviewed" are the opening's cues
     * alone, since a primary study's methods use them too ("Each case is reviewed by two pathologists",
     * "we review 120 consecutive patients"); not "this review period" or "board"; not the literature
     * reviewed, nor a review of records, charts, patients, cases or "our experience".
     */
    private static final Pattern SELF_DESCRIBED_REVIEW = Pattern.compile(
            "\\b(?:(?:this|the present|the current)(?: (?:short|brief|mini|narrative|critical|comprehensive|concise))?[- ]review\\b"
                    + "(?! (?:period|process|board|committee|panel|date|time|team|meeting|procedure)s?\\b)"
                    + "|the authors(?: (?:briefly|critically|here))? review\\b(?! the (?:relevant |current |recent )?literature\\b)"
                    + "|this (?:article|paper|chapter) reviews\\b)"
                    + "(?! (?:of |the |our |\\d+ )*(?:(?:medical|patient|patients'|hospital|clinical|case) )?"
                    + "(?:records|charts|files|notes|patients|cases|subjects|experience)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CASE_REPORT = Pattern.compile(
            "\\b(?:case report|we (?:report|describe|present) (?:a|an|the) (?:case|patient)|a case of\\b)", Pattern.CASE_INSENSITIVE);
    private static final int META_ANALYSIS_CUE = 1;
    private static final int SYSTEMATIC_REVIEW_CUE = 2;
    private static final int REVIEW_CUE = 4;
    private static final int CASE_REPORT_CUE = 8;

    /**
     * A design's text pattern, the bit {@link #cuesIn} sets for a text holding its cue word, and
     * whether it is also read in the abstract's opening (not only in the title).
     */
    private record Cue(Type type, Pattern pattern, int bit, boolean inOpening) {
    }

    /** In the order they are tried: the most telling design first; "analysis" opens too many abstracts to read it there. */
    private static final List<Cue> CUES = List.of(new Cue(Type.META_ANALYSIS, META_ANALYSIS, META_ANALYSIS_CUE, false),
            new Cue(Type.META_ANALYSIS, META_ANALYSIS_DESIGN, META_ANALYSIS_CUE, true),
            new Cue(Type.SYSTEMATIC_REVIEW, SYSTEMATIC_REVIEW, SYSTEMATIC_REVIEW_CUE, true),
            new Cue(Type.REVIEW, REVIEW, REVIEW_CUE, true), new Cue(Type.CASE_REPORT, CASE_REPORT, CASE_REPORT_CUE, true));
    /** How much of the abstract the text cues read: its opening, where a paper says what it is. */
    private static final int OPENING = 400;

    /** Of {@link #marks}: some publication type decides a design ("Journal Article" alone does not). */
    public static final int DECIDES = 1;
    /** Of {@link #marks}: some publication type marks the publication itself retracted. */
    public static final int RETRACTED = 2;

    /** What {@code publicationTypes} tell, of {@link #DECIDES} and {@link #RETRACTED}, in one pass. */
    public int marks(List<String> publicationTypes) {
        int marks = 0;
        for (String publicationType : publicationTypes) {
            String folded = publicationType.strip().toLowerCase(Locale.ROOT);
            if (RETRACTION_TYPES.contains(folded)) {
                marks |= RETRACTED;
            } else if (PUBLICATION_TYPES.containsKey(folded)) {
                marks |= DECIDES;
            }
        }
        return marks;
    }

    /**
     * Whether {@code record} is marked retracted other than by its publication types: by a link to the notice that
     * retracted it ("Retraction in" in an Abstract export, MEDLINE's RIN), as {@link #classify} reads it.
     */
    public boolean linksToRetraction(BibliographicRecord record) {
        return linksToItsRetraction(record);
    }

    /** The design of {@code record}. */
    public StudyDesign classify(BibliographicRecord record) {
        boolean retracted = linksToItsRetraction(record);
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
        String title = record.title() == null ? "" : record.title();
        if (fromTypes == Type.REVIEW && typeName.equalsIgnoreCase("Review")) {
            // PubMed typed systematic reviews and meta-analyses only "Review" before 2019, and PubMed's CSV still says no more
            StudyDesign refined = fromCues(title, record.abstractText(), retracted, "publication type: " + typeName + "; ",
                    type -> type == Type.META_ANALYSIS || type == Type.SYSTEMATIC_REVIEW);
            if (refined != null) {
                return refined;
            }
            if (inCochraneReviews(record)) {
                return new StudyDesign(Type.SYSTEMATIC_REVIEW, retracted, "publication type: " + typeName + "; journal: " + record.journal().strip());
            }
        }
        if (fromTypes != null) {
            return new StudyDesign(fromTypes, retracted, "publication type: " + typeName);
        }
        if (record.publicationTypes().isEmpty() && inCochraneReviews(record)) {
            // the Cochrane Library's journal of systematic reviews (and their protocols): a page or CSV export says no more
            return new StudyDesign(Type.SYSTEMATIC_REVIEW, retracted, "journal: " + record.journal().strip());
        }
        Matcher notice = NOTICE_TITLE.matcher(title.stripLeading());
        if (notice.lookingAt()) {
            return new StudyDesign(Type.NOTICE, retracted, "title: \"" + notice.group() + "\"");
        }
        if (record.publicationTypes().isEmpty() && commentsOnAnother(record)) {
            // an explorer's A (s18): a letter of an abstract-text export, with no abstract, voted as a primary study by its title
            return new StudyDesign(Type.COMMENT, retracted, "link: \"Comment on\"");
        }
        String abstractText = record.abstractText();
        StudyDesign cued = fromCues(title, abstractText, retracted, "", type -> true);
        if (cued != null) {
            return cued;
        }
        // Only without any publication type (an abstract-text, page or CSV export): where PubMed's
        // indexers typed the record, a review is typed Review, and reading every abstract to its end
        // for the cue cost a bulk run of PubMed XML 6 % of its CPU (docs/performance.md).
        if (record.publicationTypes().isEmpty() && holdsReviewWord(abstractText)) {
            String found = find(SELF_DESCRIBED_REVIEW, abstractText);
            if (found != null) {
                return new StudyDesign(Type.REVIEW, retracted, "abstract: \"" + found + "\"");
            }
        }
        return primary(record, retracted);
    }

    private static boolean inCochraneReviews(BibliographicRecord record) {
        return record.journal() != null && COCHRANE_REVIEWS.matcher(record.journal()).matches();
    }

    /**
     * The design of the first of the {@code wanted} cues that the title, or for a cue read there the abstract's opening,
     * holds, with {@code basis} before where it was found; null when none.
     */
    private static StudyDesign fromCues(String title, String abstractText, boolean retracted, String basis, Predicate<Type> wanted) {
        String opening = abstractText.substring(0, Math.min(OPENING, abstractText.length()));
        int inTitle = cuesIn(title);
        int inOpening = cuesIn(opening);
        for (Cue cue : CUES) {
            if (!wanted.test(cue.type())) {
                continue;
            }
            // a pattern runs only on a text that holds its cue word: most texts hold none
            String found = (inTitle & cue.bit()) != 0 ? find(cue.pattern(), title) : null;
            String where = "title";
            if (found == null && cue.inOpening() && (inOpening & cue.bit()) != 0) {
                found = find(cue.pattern(), opening);
                where = "abstract";
            }
            if (found != null) {
                return new StudyDesign(cue.type(), retracted, basis + where + ": \"" + found + "\"");
            }
        }
        return null;
    }

    /**
     * Whether the record's metadata links it to a notice retracting it ({@link #RETRACTION_LINKS}, or PubMed XML's
     * {@code CommentsCorrections} of {@code RefType} {@code RetractionIn}): how an abstract-text export, which carries no
     * publication types, says that a paper was retracted, and how MEDLINE and XML may say it besides the type. The MEDLINE
     * and XML sources keep these links in a run that keeps no other metadata, so that a plain run and a store's agree.
     */
    private static boolean linksToItsRetraction(BibliographicRecord record) {
        // one pass, comparing keys and values in place: every record of a run is asked (its copies' holdings)
        for (Map.Entry<String, List<String>> entry : record.metadata().entrySet()) {
            String key = entry.getKey().strip();
            if (entry.getValue().isEmpty()) {
                continue;
            }
            for (String link : RETRACTION_LINKS) {
                if (key.equalsIgnoreCase(link)) {
                    return true;
                }
            }
            if (key.equalsIgnoreCase(XML_LINKS)) {
                for (String value : entry.getValue()) {
                    String link = value.strip();
                    for (String retraction : XML_RETRACTION_LINKS) {
                        if (link.regionMatches(true, 0, retraction, 0, retraction.length())) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** Whether the record's metadata links it to the publication it comments on ({@link #COMMENT_LINK}). */
    private static boolean commentsOnAnother(BibliographicRecord record) {
        return linksBy(record, List.of(COMMENT_LINK));
    }

    /** Whether the record's metadata holds a link under one of {@code keys} (lower case), in any case of the key. */
    private static boolean linksBy(BibliographicRecord record, List<String> keys) {
        for (Map.Entry<String, List<String>> entry : record.metadata().entrySet()) {
            if (keys.contains(entry.getKey().strip().toLowerCase(Locale.ROOT)) && !entry.getValue().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static StudyDesign primary(BibliographicRecord record, boolean retracted) {
        String basis = record.publicationTypes().isEmpty() ? "no publication type or text cue" : "publication types: "
                + String.join(", ", record.publicationTypes());
        return new StudyDesign(Type.PRIMARY, retracted, basis);
    }

    /**
     * Which cue patterns may match {@code text}: the bits of those whose cue word it holds at the
     * start of a word, in one pass. Every match of a pattern begins its word there ("meta",
     * "systematic", "review", and "case report", "a case of", "we report", "we describe" or "we
     * present"; "review" follows a space or a dash where it is not first), so a pattern whose bit is
     * clear cannot match. Case, and what starts a word, are read more widely than the patterns do:
     * the worst that does is a pattern run that finds nothing.
     */
    private static int cuesIn(String text) {
        int cues = 0;
        int last = text.length() - 4; // the shortest cue word has four chars
        boolean inWord = false;
        for (int i = 0; i <= last; i++) {
            char c = text.charAt(i);
            if (!inWord) {
                cues |= cueAt(text, i, c);
            }
            inWord = c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9' : Character.isLetterOrDigit(c);
        }
        return cues;
    }

    /** The bit of the cue word that begins at {@code i} (where {@code c} is), or 0. */
    private static int cueAt(String text, int i, char c) {
        return switch (c) {
            case 'm', 'M' -> text.regionMatches(true, i, "meta", 0, 4) ? META_ANALYSIS_CUE : 0;
            case 's', 'S' -> text.regionMatches(true, i, "systematic", 0, 10) ? SYSTEMATIC_REVIEW_CUE : 0;
            case 'r', 'R' -> text.regionMatches(true, i, "review", 0, 6) ? REVIEW_CUE : 0;
            case 'c', 'C' -> text.regionMatches(true, i, "case report", 0, 11) ? CASE_REPORT_CUE : 0;
            case 'a', 'A' -> text.regionMatches(true, i, "a case of", 0, 9) ? CASE_REPORT_CUE : 0;
            case 'w', 'W' -> text.regionMatches(true, i, "we report", 0, 9) || text.regionMatches(true, i, "we describe", 0, 11)
                    || text.regionMatches(true, i, "we present", 0, 10) ? CASE_REPORT_CUE : 0;
            default -> 0;
        };
    }

    /**
     * Whether {@code text} holds "review" (any case) at the start of a word: what every match of
     * {@link #SELF_DESCRIBED_REVIEW} holds. Most abstracts are read for it, so it looks for the rare
     * "view" (or "VIEW") with {@code indexOf} instead of walking the text char by char.
     */
    private static boolean holdsReviewWord(String text) {
        return holdsReviewWord(text, "view") || holdsReviewWord(text, "VIEW");
    }

    private static boolean holdsReviewWord(String text, String view) {
        for (int at = text.indexOf(view, 2); at >= 0; at = text.indexOf(view, at + 4)) {
            if ((text.charAt(at - 1) | 0x20) == 'e' && (text.charAt(at - 2) | 0x20) == 'r'
                    && (at == 2 || !Character.isLetterOrDigit(text.charAt(at - 3)))) {
                return true;
            }
        }
        return false;
    }

    private static String find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group() : null;
    }
}
