package org.evidentia.runtime.retrieval;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An input of the form {@code NAME:QUERY}, such as {@code pubmed:fibromyalgia AND cytokine*}.
 *
 * @param text    the input as written
 * @param scheme  the retriever's name (lower case, at least two characters, so that a Windows
 *                drive letter such as {@code c:} is never taken for one)
 * @param query   the rest, stripped
 */
record RetrievalInput(String text, String scheme, String query) {

    private static final Pattern FORM = Pattern.compile("^([a-z][a-z0-9-]+):(.*)$", Pattern.DOTALL);

    /** The input as a retrieval input, or null when it does not have the form {@code NAME:QUERY}. */
    static RetrievalInput parse(String input) {
        Matcher matcher = FORM.matcher(input);
        return matcher.matches() ? new RetrievalInput(input, matcher.group(1), matcher.group(2).strip()) : null;
    }
}
