package org.evidentia.plugins.pubmed.page;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.evidentia.plugins.pubmed.LineInput;
import org.evidentia.plugins.pubmed.ReadLimits;

/**
 * Cuts a file of copied pages into pages, holding one page at a time. A new page starts at a
 * separator line ({@code -----}, {@code =====} or a form feed), at a line that starts a site's page
 * ("Skip to main page content"), or, once the current page's trailing sections have begun, at a
 * publication type line outside its "Publication types" list (QxMD Read pages start with them).
 */
final class PageSplitter {

    /** A page longer than this is cut, so that a long text without page marks never sits in memory whole. */
    static final int MAX_PAGE_LINES = 5_000;

    private static final Pattern SEPARATOR = Pattern.compile("^(?:[-=_*~#]{5,}|\\f+)$");

    private final LineInput lines;
    private PageLine carried;
    private boolean cut;
    private boolean tooLarge;

    PageSplitter(LineInput lines) {
        this.lines = lines;
    }

    /** True when the page last returned was cut at {@link #MAX_PAGE_LINES}. */
    boolean wasCut() {
        return cut;
    }

    /**
     * True when the page last returned passed {@link ReadLimits#MAX_RECORD_CHARS}: its lines from
     * there to the page's end were read past and not kept.
     */
    boolean wasTooLarge() {
        return tooLarge;
    }

    /** The next page's non-blank lines, or null at the end of the input. */
    List<PageLine> next() {
        cut = false;
        tooLarge = false;
        long chars = 0;
        List<PageLine> page = new ArrayList<>();
        boolean content = false;
        boolean ended = false;
        boolean inTypeList = false;
        if (carried != null) {
            page.add(carried);
            content = isContent(carried);
            carried = null;
        }
        String line;
        while ((line = lines.next()) != null) {
            if (line.isBlank()) {
                continue;
            }
            if (SEPARATOR.matcher(line.strip()).matches() || line.indexOf('\f') >= 0) {
                if (content) {
                    return page;
                }
                continue;
            }
            PageLine pageLine = PageLine.of(lines.number(), line, lines.wasCut());
            String normalised = pageLine.normalised();
            boolean startsPage = PageVocabulary.isPageStart(normalised)
                    || (ended && !inTypeList && PageVocabulary.publicationType(normalised) != null);
            if (startsPage && content) {
                carried = pageLine;
                return page;
            }
            if (PageVocabulary.isEndHeading(normalised)) {
                ended |= content;
                inTypeList = normalised.startsWith("publication type");
            }
            content |= isContent(pageLine);
            chars += line.length();
            tooLarge |= chars > ReadLimits.MAX_RECORD_CHARS;
            if (tooLarge) {
                continue;
            }
            page.add(pageLine);
            if (page.size() >= MAX_PAGE_LINES) {
                cut = true;
                return page;
            }
        }
        // Trailing furniture after the last page (no title, no text) is not a page.
        return content ? page : null;
    }

    private static boolean isContent(PageLine line) {
        String normalised = line.normalised();
        return !PageVocabulary.isBoilerplate(normalised) && !PageVocabulary.isEndHeading(normalised)
                && PageVocabulary.publicationType(normalised) == null;
    }
}
