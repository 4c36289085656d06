package org.evidentia.textmining.text;

import java.util.regex.Pattern;
import org.evidentia.api.Api;

/**
 * Tells the text a database writes where a record has no abstract (Scopus: {@code [No abstract available]}), so that a
 * source gives such a record no abstract: a table then does not tell it as a record whose abstract was read and gave
 * nothing, and another copy of it with a real abstract is the fuller one. The RIS and CSV sources read Scopus's exports
 * with it. Stateless.
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public final class AbstractPlaceholder {

    private static final Pattern PLACEHOLDER = Pattern.compile("(?i)\\[?\\s*no\\s+abstract(\\s+available)?\\s*\\.?\\s*\\]?");

    private AbstractPlaceholder() {
    }

    /** Whether {@code text} (null: no) is blank or nothing but such a placeholder, in any case, wrapped or not. */
    public static boolean isNoAbstract(String text) {
        return text == null || text.isBlank() || PLACEHOLDER.matcher(text.strip()).matches();
    }
}
