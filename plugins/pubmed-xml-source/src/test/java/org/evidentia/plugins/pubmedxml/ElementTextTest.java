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
