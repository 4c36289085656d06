package org.evidentia.plugins.bioc;

import java.util.Locale;

/**
 * A count with its noun, as the console writes every count ({@code 1 annotation}, {@code 1,173
 * annotations}); the runtime's own helper is not visible to plugins. Regular plurals only.
 */
final class Counted {

    private Counted() {
    }

    static String count(long n, String singular) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? singular : singular + "s");
    }

    /**
     * The notice for a file whose annotations and relations were not read, as BioC and PubTator files carry them: one
     * sentence for both sources.
     */
    static String annotationsNotRead(String file, long annotations, long relations) {
        return file + ": its " + count(annotations, "annotation") + " and " + count(relations, "relation")
                + " were not read: Evidentia extracts findings of its own from the text";
    }
}
