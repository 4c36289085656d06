package org.evidentia.plugins.html;

import static org.evidentia.plugins.html.HtmlEscaper.escape;

import java.util.List;
import org.evidentia.plugins.html.Highlighter.Piece;

/**
 * The HTML of the fragments rendered as records flow: a study card's head and abstract, and an
 * evidence sentence. They are written here rather than by templates because they are rendered for
 * every record with findings while both cores are busy reading and extracting: with templates, the
 * reporter's work in the flow took 0.35 to 0.56 s on 30,000 records, written here 0.22 to 0.34 s
 * (docs/performance-history.md, "The fragments in Java"). The page around them is still a template.
 *
 * <p>Every value is escaped as the page template escapes it ({@link HtmlEscaper}), so values are safe
 * in attributes too; the markup is the plugin's own. Stateless.
 */
final class FragmentHtml {

    /** An abstract section with its mentions highlighted; {@code label} is null for an abstract without labels. */
    record Section(String label, List<Piece> pieces) {
    }

    /**
     * A card's head: its title and citation.
     *
     * @param title     the title's pieces, mentions marked
     * @param authors   the authors joined, or empty
     * @param journal   or empty
     * @param year      or empty
     * @param pmid      the PMID, or empty when {@code pmidLink} is null
     * @param pmidLink  the PMID's PubMed address, or null for none
     * @param doi       the DOI, or empty when {@code doiLink} is null
     * @param doiLink   the DOI's address, or null for none
     */
    record Head(List<Piece> title, String authors, String journal, String year, String pmid, String pmidLink, String doi,
                String doiLink) {
    }

    private FragmentHtml() {
    }

    /** An evidence sentence: where it is ({@code Title}, a section's label), then its pieces. */
    static String sentence(String where, List<Piece> pieces) {
        StringBuilder html = new StringBuilder(256);
        html.append("<span class=\"where\">").append(escape(where)).append("<span class=\"visually-hidden\">:</span></span> ");
        pieces(html, pieces, false);
        return html.toString();
    }

    /** A card's head: the title as a heading (the directions of its mentions shown by marks alone), then the citation. */
    static String cardHead(Head head) {
        StringBuilder html = new StringBuilder(512);
        html.append("<h4 class=\"card-title\">");
        pieces(html, head.title(), true);
        html.append("</h4>\n<p class=\"meta\">");
        if (stated(head.authors())) {
            html.append(escape(head.authors())).append(". ");
        }
        if (stated(head.journal())) {
            html.append("<cite>").append(escape(head.journal())).append("</cite>");
        }
        if (stated(head.year())) {
            html.append(' ').append(escape(head.year()));
        }
        html.append(".\n");
        if (head.pmidLink() != null) {
            html.append(" PMID <a href=\"").append(escape(head.pmidLink())).append("\">").append(escape(head.pmid())).append("</a>");
        }
        if (head.pmidLink() != null && head.doiLink() != null) {
            html.append(" ·");
        }
        if (head.doiLink() != null) {
            html.append(" doi <a href=\"").append(escape(head.doiLink())).append("\">").append(escape(head.doi())).append("</a>");
        }
        return html.append("</p>\n").toString();
    }

    /** A card's abstract, a paragraph per section, or a note that it has none. */
    static String cardAbstract(List<Section> sections) {
        if (sections.isEmpty()) {
            return "<p class=\"abstract none\">No abstract.</p>\n";
        }
        StringBuilder html = new StringBuilder(2048);
        for (Section section : sections) {
            html.append("<p class=\"abstract\">");
            if (section.label() != null) {
                html.append("<strong>").append(escape(section.label())).append(":</strong> ");
            }
            pieces(html, section.pieces(), false);
            html.append("</p>\n");
        }
        return html.toString();
    }

    /**
     * Marked pieces in {@code <mark>}, each followed by the directions it was read as when it has any:
     * as marks for the eye, and in words for a screen reader but in a heading, whose words would be
     * read out as part of it.
     */
    private static void pieces(StringBuilder html, List<Piece> pieces, boolean heading) {
        for (Piece piece : pieces) {
            if (!piece.mark()) {
                html.append(escape(piece.text()));
                continue;
            }
            html.append("<mark>").append(escape(piece.text())).append("</mark>");
            if (!piece.readAs().isEmpty()) {
                String words = escape(piece.readWords());
                html.append("<span class=\"read-as ").append(escape(piece.readClass())).append("\" title=\"").append(words)
                        .append("\" aria-hidden=\"true\">").append(escape(piece.readSymbols())).append("</span>");
                if (!heading) {
                    html.append("<span class=\"visually-hidden\"> (").append(words).append(")</span>");
                }
            }
        }
    }

    /** Whether a citation's part is given: more than spaces and control chars ({@link String#trim}), as the card always told. */
    private static boolean stated(String value) {
        return value != null && !value.trim().isEmpty();
    }
}
