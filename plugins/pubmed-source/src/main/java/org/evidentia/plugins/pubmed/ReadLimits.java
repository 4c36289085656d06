package org.evidentia.plugins.pubmed;

/**
 * The bounds within which this plugin's sources read, so that no input, however large or damaged,
 * can fill the heap. A record that passes one is reported as skipped, naming the limit, and
 * reading goes on with the next record. docs/reliability.md lists them.
 */
public final class ReadLimits {

    /**
     * Longest line kept, in bytes: 1 MiB. PubMed's text exports wrap at 80 columns and a copied
     * page holds a paragraph per line; a longer line is cut and its record skipped.
     */
    public static final int MAX_LINE_BYTES = 1024 * 1024;

    /**
     * Largest record, in characters of its lines: 16 Mi. The largest PubMed records (thousands of
     * collaborators with affiliations) hold a few MiB.
     */
    public static final long MAX_RECORD_CHARS = 16L * 1024 * 1024;

    private ReadLimits() {
    }
}
