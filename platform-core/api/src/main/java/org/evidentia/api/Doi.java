package org.evidentia.api;

import java.util.List;

/**
 * The spellings a DOI comes in: bare ({@code 10.1000/abc}), as most sources give it, or behind a resolver
 * ({@code https://doi.org/10.1000/abc}, {@code http://dx.doi.org/...}) or {@code doi:}, as some files keep it. A record
 * keeps the DOI its source gave ({@link BibliographicRecord#doi()}); a reporter that links or labels one takes it
 * {@link #bare}, so that a link is never {@code https://doi.org/https://doi.org/...}. Stateless and thread-safe.
 *
 * @since 0.1
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public final class Doi {

    /** What inputs write before a DOI, in lower case; {@code "doi: "} as a spelling of its own for the runtime's lookups. */
    private static final List<String> PREFIXES = List.of("https://doi.org/", "http://doi.org/", "https://dx.doi.org/",
            "http://dx.doi.org/", "doi:", "doi: ");

    private Doi() {
    }

    /**
     * {@code doi} without the resolver or {@code doi:} before it, in the case given, and without surrounding space; null
     * for null, blank, or a prefix with nothing after it (an export's empty DOI link names no DOI).
     *
     * @since 0.1
     */
    public static String bare(String doi) {
        if (doi == null) {
            return null;
        }
        String text = doi.strip();
        for (String prefix : PREFIXES) {
            if (text.regionMatches(true, 0, prefix, 0, prefix.length())) {
                text = text.substring(prefix.length()).strip();
                break;
            }
        }
        return text.isEmpty() ? null : text;
    }

    /**
     * What a DOI may be written behind, in lower case: each resolver, and {@code doi:} with and without a space after it.
     *
     * @since 0.1
     */
    public static List<String> prefixes() {
        return PREFIXES;
    }
}
