package org.evidentia.plugins.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.evidentia.api.Direction;
import org.evidentia.plugins.html.FragmentHtml.Head;
import org.evidentia.plugins.html.FragmentHtml.Section;
import org.evidentia.plugins.html.Highlighter.Piece;
import org.junit.jupiter.api.Test;

/** The fragments' markup, byte for byte as the page embeds them, and their escaping. */
class FragmentHtmlTest {

    private static final String HOSTILE = "<script>alert('x')</script> & \"IL-6\"";
    private static final String HOSTILE_ESCAPED = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;IL-6&quot;";

    @Test
    void anEvidenceSentenceSaysWhereItIsAndMarksItsMention() {
        List<Piece> pieces = List.of(Piece.plain("Serum "), new Piece("IL-6", true, List.of()), Piece.plain(" was higher."));
        assertThat(FragmentHtml.sentence("RESULTS", pieces)).isEqualTo(
                "<span class=\"where\">RESULTS<span class=\"visually-hidden\">:</span></span> Serum <mark>IL-6</mark> was higher.");
    }

    @Test
    void everyValueIsEscapedTextAndAttributesAlike() {
        assertThat(FragmentHtml.sentence(HOSTILE, List.of(Piece.plain(HOSTILE), new Piece(HOSTILE, true, List.of()))))
                .isEqualTo("<span class=\"where\">" + HOSTILE_ESCAPED + "<span class=\"visually-hidden\">:</span></span> "
                        + HOSTILE_ESCAPED + "<mark>" + HOSTILE_ESCAPED + "</mark>")
                .doesNotContain("<script");
        Head head = new Head(List.of(Piece.plain(HOSTILE)), HOSTILE, HOSTILE, "2020", HOSTILE, "https://x/?a=1&b=\"2\"", HOSTILE,
                "https://doi.org/10.1/'x'");
        assertThat(FragmentHtml.cardHead(head))
                .contains("<h4 class=\"card-title\">" + HOSTILE_ESCAPED + "</h4>")
                .contains("<a href=\"https://x/?a=1&amp;b=&quot;2&quot;\">" + HOSTILE_ESCAPED + "</a>")
                .contains("<a href=\"https://doi.org/10.1/&#39;x&#39;\">")
                .doesNotContain("<script");
    }

    @Test
    void aMentionReadAsDirectionsShowsThemAsMarksAndInWordsButInAHeading() {
        Piece both = new Piece("IL-6", true, List.of(Direction.INCREASED, Direction.DECREASED));
        String marks = "<mark>IL-6</mark><span class=\"read-as mixed\" title=\"read as increased and as decreased\" aria-hidden=\"true\">▲▼</span>";
        assertThat(FragmentHtml.cardAbstract(List.of(new Section(null, List.of(both)))))
                .isEqualTo("<p class=\"abstract\">" + marks + "<span class=\"visually-hidden\"> (read as increased and as decreased)</span></p>\n");
        Head head = new Head(List.of(new Piece("TNF", true, List.of(Direction.DECREASED))), "", "", "", "", null, "", null);
        assertThat(FragmentHtml.cardHead(head)).startsWith("<h4 class=\"card-title\"><mark>TNF</mark><span class=\"read-as down\""
                + " title=\"read as decreased\" aria-hidden=\"true\">▼</span></h4>\n");
    }

    @Test
    void aCitationShowsWhatIsGivenAndNothingForWhatIsBlank() {
        Head full = new Head(List.of(Piece.plain("A title")), "Smith J, Lee K", "J Immunol", "2019", "123",
                "https://pubmed.ncbi.nlm.nih.gov/123/", "10.1/x", "https://doi.org/10.1/x");
        assertThat(FragmentHtml.cardHead(full)).isEqualTo("<h4 class=\"card-title\">A title</h4>\n"
                + "<p class=\"meta\">Smith J, Lee K. <cite>J Immunol</cite> 2019.\n"
                + " PMID <a href=\"https://pubmed.ncbi.nlm.nih.gov/123/\">123</a> · doi <a href=\"https://doi.org/10.1/x\">10.1/x</a></p>\n");
        Head bare = new Head(List.of(Piece.plain("(no title)")), " ", "\t", "", "", null, "10.1/x", "https://doi.org/10.1/x");
        assertThat(FragmentHtml.cardHead(bare)).isEqualTo("<h4 class=\"card-title\">(no title)</h4>\n"
                + "<p class=\"meta\">.\n doi <a href=\"https://doi.org/10.1/x\">10.1/x</a></p>\n");
        Head pmidOnly = new Head(List.of(), "", "", "2001", "9", "https://pubmed.ncbi.nlm.nih.gov/9/", "", null);
        assertThat(FragmentHtml.cardHead(pmidOnly)).endsWith("<p class=\"meta\"> 2001.\n PMID <a href=\"https://pubmed.ncbi.nlm.nih.gov/9/\">9</a></p>\n");
    }

    @Test
    void anAbstractIsAParagraphPerSectionWithItsLabelOrSaysThereIsNone() {
        assertThat(FragmentHtml.cardAbstract(List.of())).isEqualTo("<p class=\"abstract none\">No abstract.</p>\n");
        assertThat(FragmentHtml.cardAbstract(List.of(new Section("BACKGROUND", List.of(Piece.plain("Why."))),
                new Section("RESULTS", List.of(Piece.plain("IL-6 & TNF."))))))
                .isEqualTo("<p class=\"abstract\"><strong>BACKGROUND:</strong> Why.</p>\n"
                        + "<p class=\"abstract\"><strong>RESULTS:</strong> IL-6 &amp; TNF.</p>\n");
    }
}
