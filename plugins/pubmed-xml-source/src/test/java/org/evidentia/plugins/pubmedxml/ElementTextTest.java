package org.evidentia.plugins.pubmedxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Both readers (fast and careful) must give the same text, whether or not it stays within Latin-1. */
class ElementTextTest {

    private final SafeXmlFactory factory = new SafeXmlFactory();

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void dropsMarkupAndFoldsWhiteSpace(boolean fast) throws Exception {
        assertThat(texts(fast, "<a>  Caf\u00e9 <i>au</i>\u00a0 lait\n\t </a>", "<a/>", "<a> </a>"))
                .containsExactly("Caf\u00e9 au lait", "", "");
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void keepsCharsBeyondLatin1WhereverTheyComeInTheText(boolean fast) throws Exception {
        assertThat(texts(fast,
                "<a>TGF-<i>\u03b2</i>1 and caf\u00e9  <sup>\u2191</sup></a>",
                "<a>\u03b2 first</a>",
                "<a>plain, then</a>"))
                .containsExactly("TGF-\u03b21 and caf\u00e9 \u2191", "\u03b2 first", "plain, then");
    }

    /**
     * Review s20, 3: "10<sup>5</sup> cells" read "105 cells", where PubMed's text exports print "10(5) cells"; a superscript
     * that is a number or a sign is bracketed. A script that is part of a name joins it as before: "IL-1(β)" and "TGF-β(1)"
     * named no cytokine (the review of session 20's change, 2).
     */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aSuperscriptThatIsANumberOrASignIsBracketedAndOtherScriptsJoinTheText(boolean fast) throws Exception {
        assertThat(texts(fast, "<a>2.4\u00d710<sup>28</sup> cells, CD4<sup>+</sup> T cells and T<sub>reg</sub></a>",
                "<a>p &lt; 10<sup>-8</sup>, mL<sup>-1 </sup>each, Ca<sup>2+</sup></a>",
                "<a>IL-1<sup>\u03b2</sup>, TGF-\u03b2<sub>1</sub> and H<sub>2</sub>O<sub>2</sub></a>",
                "<a>Cytokines <sup></sup> in <sup> </sup> fibromyalgia<sup>1</sup></a>",
                "<a>x<mml:math xmlns:mml=\"http://www.w3.org/1998/Math/MathML\"><mml:msup><mml:mi>y</mml:mi><mml:mn>2</mml:mn></mml:msup></mml:math></a>"))
                .containsExactly("2.4\u00d710(28) cells, CD4(+) T cells and Treg", "p < 10(-8), mL(-1) each, Ca(2+)",
                        "IL-1\u03b2, TGF-\u03b21 and H2O2", "Cytokines in fibromyalgia(1)", "xy2");
    }

    @Test
    void notesTheReplacementCharOnlyWhereTheTextHasIt() throws Exception {
        ElementText text = new ElementText();
        XMLStreamReader2 reader = open(true, "<r><a>caf\u00e9</a><a>bad \ufffd byte</a></r>");
        reader.nextTag();
        text.startRecord();
        reader.nextTag();
        assertThat(text.read(reader)).isEqualTo("caf\u00e9");
        assertThat(text.sawReplacement()).isFalse();
        reader.nextTag();
        assertThat(text.read(reader)).isEqualTo("bad \ufffd byte");
        assertThat(text.sawReplacement()).isTrue();
    }

    /**
     * Random texts of words, runs of white space (the no-break space among them), chars within and
     * beyond Latin-1, inline markup, entities and CDATA, long enough for the readers to hand them
     * over in several pieces: each reads as the plain text folded by the rule, and alike for both readers.
     */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void readsRandomTextsAsTheirPlainTextFolded(boolean fast) throws Exception {
        java.util.Random random = new java.util.Random(20261129);
        String[] pieces = {"a", "IL-6", "caf\u00e9", "\u00b5g", "TNF-\u03b1", "\u2265", "\u00ff", " ", "  ", "\n", "\t", "\u00a0",
                " \u00a0 ", "<i>x</i>", "<sup>\u2191</sup>", "<b> </b>", "&amp;", "&lt;", "<![CDATA[ c&d ]]>", "&#x3b2;", "&#160;"};
        for (int round = 0; round < 200; round++) {
            List<String> elements = new ArrayList<>();
            List<String> expected = new ArrayList<>();
            for (int e = 0; e < 5; e++) {
                StringBuilder markup = new StringBuilder();
                int length = random.nextInt(4) == 0 ? 3000 : random.nextInt(12);
                for (int i = 0; i < length; i++) {
                    markup.append(pieces[random.nextInt(pieces.length)]);
                }
                elements.add("<a>" + markup + "</a>");
                expected.add(folded(plainText(markup.toString())));
            }
            assertThat(texts(fast, elements.toArray(String[]::new))).as("round %d", round).isEqualTo(expected);
        }
    }

    /** What the markup of the pieces above says as text. */
    private static String plainText(String markup) {
        return markup.replaceAll("<!\\[CDATA\\[(.*?)]]>", "$1").replaceAll("<[^>]*>", "").replace("&amp;", "&").replace("&lt;", "<")
                .replace("&#x3b2;", "\u03b2").replace("&#160;", "\u00a0");
    }

    /** The rule, written plainly: runs of white space (and no-break spaces) become one space, ends trimmed. */
    private static String folded(String text) {
        StringBuilder out = new StringBuilder();
        boolean pending = false;
        for (char c : text.toCharArray()) {
            if (c <= ' ' || c == '\u00a0') {
                pending = true;
            } else {
                if (pending && out.length() > 0) {
                    out.append(' ');
                }
                pending = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The text of each {@code <a>} child of a root element, read by one ElementText in turn. */
    private List<String> texts(boolean fast, String... elements) throws XMLStreamException {
        XMLStreamReader2 reader = open(fast, "<r>" + String.join("", elements) + "</r>");
        ElementText text = new ElementText();
        List<String> found = new ArrayList<>();
        reader.nextTag();
        while (reader.next() != XMLStreamConstants.END_DOCUMENT) {
            if (reader.getEventType() == XMLStreamConstants.START_ELEMENT) {
                found.add(text.read(reader));
            }
        }
        return found;
    }

    private XMLStreamReader2 open(boolean fast, String xml) throws XMLStreamException {
        ByteArrayInputStream in = new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
        return fast ? factory.openFast(in, "test.xml") : factory.open(in, "test.xml");
    }
}
