package org.evidentia.plugins.pubmed.page;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words of PubMed and abstract-site pages that are not the article: navigation and site
 * boilerplate, the headings of trailing sections (similar articles, references, ...), the marks
 * where a page starts, and PubMed's publication type names. All matching is on lines normalised by
 * {@link #normalise(String)}.
 */
final class PageVocabulary {

    /** Whole lines that are site furniture, never content. */
    private static final Set<String> BOILERPLATE = Set.of(
            "skip to main page content", "skip to main content", "u.s. flag", "dot gov", "https", "the site is secure.",
            "an official website of the united states government", "add like", "add dislike", "add to saved papers",
            "affiliations", "affiliations expand", "affiliation", "expand", "collapse", "free article", "free pmc article",
            "free full text", "cite", "share", "save", "email", "send to", "display options", "show details",
            "search in pubmed", "search in nlm catalog", "add to search", "item in clipboard", "actions", "pubmed",
            "ncbi", "log in", "sign in", "search", "advanced", "clipboard", "user guide", "mobile app image",
            "toggle icon", "your privacy choices toggle icon", "open in a separate window", "page navigation",
            "title & authors", "full text", "read", "qxmd", "abstract available", "no abstract available",
            "you can now claim free cme credits for this literature searchclaim now",
            "get seemless 1-tap access through your institution/university",
            "this website also contains material copyrighted by 3rd parties.",
            // PubMed's dialogs (cite, collections, send to) when they are copied along
            "add to collections", "create a new collection", "add to an existing collection", "name your collection:",
            "name must be less than 100 characters", "choose a collection:", "unable to load your collection due to an error",
            "please try again", "add", "cancel", "copy", "download .nbib", "format:", "my bibliography",
            "unable to load your delegates due to an error", "citation manager", "collections", "search term",
            "search results");

    /** Line starts that mark site furniture. */
    private static final List<String> BOILERPLATE_PREFIXES = List.of(
            "the .gov means it", "federal government websites", "the https:// ensures", "access keys ncbi homepage",
            "by using this service, you agree", "all material on this website is protected by copyright",
            "we have located links", "can't access the paper", "try logging in through your university",
            "for the best experience, use the read mobile app", "get seemless", "get seamless", "your privacy choices",
            "you can now claim free cme", "this website uses cookies", "we use cookies", "accept all cookies",
            "cookie settings", "manage cookies", "search:", "display options format", "format: ama apa mla nlm");

    /** Headings after which the article's own text is over. */
    private static final Set<String> END_HEADINGS = Set.of(
            "pubmed disclaimer", "similar articles", "cited by", "references", "full text links", "related resources",
            "figures", "conflict of interest statement", "comment in", "comment on", "erratum in", "update of",
            "publication types", "mesh terms", "substances", "grants and funding", "linkout - more resources",
            "full text sources", "related information", "supplementary info", "associated data", "keywords",
            "keywords:", "mesh", "show all references", "see all similar articles", "full text access",
            "we have located links that may give you full text access.", "can't access the paper?",
            "for the best experience, use the read mobile app", "copyright", "publication type", "grant support",
            "secondary source id", "trial registration ids", "related articles", "supplementary material");

    /** Headings after which no "Abstract" heading of this article can follow. */
    private static final Set<String> CLOSING_HEADINGS = Set.of(
            "pubmed disclaimer", "similar articles", "cited by", "references", "full text links",
            "linkout - more resources", "publication types", "mesh terms", "related resources");

    /** Lines that begin a new page when several pages are pasted into one file. */
    private static final Set<String> PAGE_STARTS = Set.of(
            "skip to main page content", "skip to main content", "an official website of the united states government");

    /** Publication types PubMed prints, by their lower-case form. */
    private static final Map<String, String> PUBLICATION_TYPES = List.of("Journal Article", "Review", "Systematic Review", "Meta-Analysis",
                "Randomized Controlled Trial", "Controlled Clinical Trial", "Clinical Trial", "Clinical Trial, Phase I",
                "Clinical Trial, Phase II", "Clinical Trial, Phase III", "Clinical Trial, Phase IV",
                "Pragmatic Clinical Trial", "Observational Study", "Multicenter Study", "Comparative Study",
                "Case Reports", "Editorial", "Letter", "Comment", "News", "Guideline", "Practice Guideline",
                "Consensus Development Conference", "English Abstract", "Evaluation Study", "Validation Study",
                "Historical Article", "Published Erratum", "Retracted Publication", "Retraction of Publication",
                "Preprint", "Congress", "Lecture", "Biography", "Twin Study", "Equivalence Trial",
                "Research Support, N.I.H., Extramural", "Research Support, N.I.H., Intramural",
                "Research Support, Non-U.S. Gov't", "Research Support, U.S. Gov't, P.H.S.",
                "Research Support, U.S. Gov't, Non-P.H.S.", "Research Support, American Recovery and Reinvestment Act",
                "Research Support, U.S. Gov't", "Video-Audio Media", "Technical Report", "Dataset",
                "Introductory Journal Article", "Scoping Review", "Network Meta-Analysis").stream()
            .collect(Collectors.toUnmodifiableMap(type -> type.toLowerCase(Locale.ROOT), type -> type));

    private PageVocabulary() {
    }

    /** Lower case, non-breaking spaces as spaces, runs of spaces as one, curly apostrophes straight. */
    static String normalise(String line) {
        return line.replace('\u00a0', ' ').replace('\u2019', '\'').replaceAll("\\s+", " ").strip()
                .toLowerCase(Locale.ROOT);
    }

    static boolean isBoilerplate(String normalised) {
        if (BOILERPLATE.contains(normalised)) {
            return true;
        }
        for (String prefix : BOILERPLATE_PREFIXES) {
            if (normalised.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    static boolean isEndHeading(String normalised) {
        return END_HEADINGS.contains(normalised) || normalised.startsWith("copyright ")
                || normalised.startsWith("© ") || normalised.startsWith("keywords:");
    }

    static boolean isClosingHeading(String normalised) {
        return CLOSING_HEADINGS.contains(normalised);
    }

    static boolean isPageStart(String normalised) {
        return PAGE_STARTS.contains(normalised);
    }

    /** The canonical publication type a line names, or null. */
    static String publicationType(String normalised) {
        String key = normalised.endsWith(".") ? normalised.substring(0, normalised.length() - 1) : normalised;
        return PUBLICATION_TYPES.get(key);
    }
}
