package org.evidentia.plugins.pubmedxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MarkupNameLimitTest {

    private static final int LONGEST = (int) MarkupNameLimit.LONGEST_NAME;
    private static final String BEFORE = "<set><record>text</record>";

    @Test
    void aNameAtTheLimitPassesAndOneCharMoreFailsAfterWhatCameBeforeIt() throws IOException {
        for (String open : new String[] {"<", "</"}) {
            String atLimit = BEFORE + open + "n".repeat(LONGEST) + " a='b'/></set>";
            String past = BEFORE + open + "n".repeat(LONGEST + 1) + "/></set>";
            for (int step : new int[] {1, 7, 8192}) {
                assertThat(readBytes(atLimit, step)).isEqualTo(atLimit);
                assertThat(readChars(atLimit, step)).isEqualTo(atLimit);
                assertThatThrownBy(() -> readBytes(past, step)).hasMessage("a tag name longer than 1048576 bytes");
                assertThatThrownBy(() -> readChars(past, step)).hasMessage("a tag name longer than 1048576 characters");
            }
        }
    }

    @Test
    void theTextBeforeTheNameIsHandedOnBeforeTheFailure() throws IOException {
        String file = BEFORE + "<" + "n".repeat(LONGEST + 10);
        StringBuilder delivered = new StringBuilder();
        try (Reader in = MarkupNameLimit.chars(new StringReader(file))) {
            char[] buffer = new char[2 * LONGEST];
            int n;
            while ((n = in.read(buffer, 0, buffer.length)) >= 0) {
                delivered.append(buffer, 0, n);
            }
        } catch (IOException expected) {
            // what was delivered before it is the point
        }
        assertThat(delivered.toString()).startsWith(BEFORE + "<").hasSize(BEFORE.length() + 1 + LONGEST);
    }

    @Test
    void commentsCdataAndDeclarationsAreNoNames() throws IOException {
        String longWord = "w".repeat(LONGEST + 1);
        for (String file : new String[] {"<!--" + longWord + "-->", "<![CDATA[" + longWord + "]]>", "<?pi " + longWord + "?>",
                "<a>" + longWord + "</a>", "<a b='" + longWord + "'/>"}) {
            assertThat(readBytes(file, 8192)).isEqualTo(file);
        }
    }

    @Test
    void attributeNamesReferencesAndInstructionTargetsAreBoundedToo() throws IOException {
        String name = "n".repeat(LONGEST);
        String[][] cases = {
            {"<a ", "='v'/>", "an attribute name"},
            {"<a b='x' ", "=\"v\">", "an attribute name"},
            {"<a>x &", ";</a>", "an entity reference"},
            {"<a b='x &", ";'/>", "an entity reference"},
            {"<?", " data?>", "a processing instruction's target"},
        };
        for (String[] c : cases) {
            String atLimit = BEFORE + c[0] + name + c[1];
            String past = BEFORE + c[0] + name + "n" + c[1];
            for (int step : new int[] {3, 8192}) {
                assertThat(readBytes(atLimit, step)).as(c[2]).isEqualTo(atLimit);
                assertThatThrownBy(() -> readChars(past, step)).as(c[2]).hasMessage(c[2] + " longer than 1048576 characters");
                assertThatThrownBy(() -> readBytes(past, step)).as(c[2]).hasMessage(c[2] + " longer than 1048576 bytes");
            }
        }
    }

    @Test
    void aPubmedFileIsLetThroughWhole() throws IOException {
        String file = "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE PubmedArticleSet PUBLIC \"-//NLM//DTD PubMedArticle, 1st January 2024//EN\" "
                + "\"https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_240101.dtd\" [ <!ENTITY x \"y\"> ]>\n"
                + "<PubmedArticleSet><PubmedArticle><MedlineCitation Status=\"MEDLINE\" Owner=\"NLM\"><PMID Version=\"1\">1</PMID>"
                + "<Article><ArticleTitle>IL-6 &amp; TNF-&#945; in <i>serum</i>: 2 &lt; 3</ArticleTitle>"
                + "<!-- a note > -- --><![CDATA[ <b>&x]]></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>\n";
        for (int step : new int[] {1, 5, 8192}) {
            assertThat(readBytes(file, step)).isEqualTo(file);
            assertThat(readChars(file, step)).isEqualTo(file);
        }
    }

    @Test
    void commentsAndDoctypesEndWhereTheXmlSaysAndNotBefore() throws IOException {
        String name = "y".repeat(LONGEST + 1);
        // "<!-->" and "<!--->" open longer comments; a '[' or '>' in a DOCTYPE's literal or comment is no bracket
        for (String file : new String[] {"<!--><x" + name + " --><r/>", "<!---><x" + name + " --><r/>",
                "<!DOCTYPE r SYSTEM \"a>b[\" [<!ENTITY e '>]'>]><r>" + name.replace('y', ' ') + "</r>"}) {
            assertThat(readChars(file, 8192)).isEqualTo(file);
        }
        String hidden = "<!DOCTYPE r [<!ENTITY e \"[\">]><r><a" + name + "/></r>";
        assertThatThrownBy(() -> readChars(hidden, 8192)).hasMessage("a tag name longer than 1048576 characters");
        String doctype = "<!DOCTYPE r SYSTEM \"" + name + "\"><r/>";
        assertThatThrownBy(() -> readChars(doctype, 8192)).hasMessage("a DOCTYPE longer than 1048576 characters");
    }

    @Test
    void bytesOfAnEncodingWhoseMarkupIsNotAsciiArePassedThrough() throws IOException {
        // in UTF-16 '\u4E3C' holds the byte of '<' and '\u4E00' none that ends a name: as bytes, a long "name"
        String text = "<a>\u4E3C" + "\u4E00".repeat(LONGEST) + "</a>";
        byte[] utf16 = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
        try (InputStream in = MarkupNameLimit.bytes(new ByteArrayInputStream(utf16))) {
            assertThat(in.readAllBytes()).isEqualTo(utf16);
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        try (InputStream in = MarkupNameLimit.bytes(new ByteArrayInputStream(utf8))) {
            assertThat(in.readAllBytes()).as("in UTF-8 the same text is text").isEqualTo(utf8);
        }
    }

    @Test
    void skippingGoesThroughTheLexer() throws IOException {
        String file = "<a>" + "x".repeat(100) + "<" + "n".repeat(LONGEST + 1) + "/>";
        try (InputStream in = MarkupNameLimit.bytes(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)))) {
            assertThat(in.skip(50)).isEqualTo(50);
            assertThat(in.markSupported()).isFalse();
            assertThatThrownBy(() -> in.skip(Long.MAX_VALUE)).hasMessage("a tag name longer than 1048576 bytes");
        }
        try (Reader in = MarkupNameLimit.chars(new StringReader(file))) {
            assertThat(in.skip(50)).isEqualTo(50);
            assertThatThrownBy(() -> in.skip(Long.MAX_VALUE)).hasMessage("a tag name longer than 1048576 characters");
        }
    }

    private static String readBytes(String text, int step) throws IOException {
        try (InputStream in = MarkupNameLimit.bytes(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[step];
            int n;
            while ((n = in.read(buffer, 0, step)) >= 0) {
                out.write(buffer, 0, n);
            }
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    private static String readChars(String text, int step) throws IOException {
        try (Reader in = MarkupNameLimit.chars(new StringReader(text))) {
            StringBuilder out = new StringBuilder();
            char[] buffer = new char[step];
            int n;
            while ((n = in.read(buffer, 0, step)) >= 0) {
                out.append(buffer, 0, n);
            }
            return out.toString();
        }
    }
}
