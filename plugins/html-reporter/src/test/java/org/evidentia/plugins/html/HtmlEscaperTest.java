package org.evidentia.plugins.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.StringLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The report's escaping is Pebble's own for HTML, char for char. */
class HtmlEscaperTest {

    /** A value printed by a template with Pebble's own escaping for HTML (no strategy of ours). */
    private final PebbleTemplate printedByPebble = new PebbleEngine.Builder().loader(new StringLoader()).autoEscaping(true).build()
            .getTemplate("{{ value }}");

    private String pebbleEscaped(String value) throws IOException {
        StringWriter out = new StringWriter();
        printedByPebble.evaluate(out, Map.of("value", value));
        return out.toString();
    }

    @Test
    void escapesTheFiveCharsOfMarkupAndKeepsTheRest() {
        assertThat(HtmlEscaper.escape("a < b && c > \"d\" 'e' – IL-1β")).isEqualTo("a &lt; b &amp;&amp; c &gt; &quot;d&quot; &#39;e&#39; – IL-1β");
        String plain = "nothing to escape: IL-6 ▲";
        assertThat(HtmlEscaper.escape(plain)).isSameAs(plain);
        assertThat(HtmlEscaper.escape("")).isEmpty();
    }

    @Test
    void escapesEveryCharAsPebbleDoes() throws IOException {
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            String value = "a" + (char) c + "b";
            assertThat(HtmlEscaper.escape(value)).as("U+%04X", c).isEqualTo(pebbleEscaped(value));
        }
    }

    @Test
    void escapesRandomTextAsPebbleDoes() throws IOException {
        Random random = new Random(20261204);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder value = new StringBuilder();
            for (int length = random.nextInt(24); length > 0; length--) {
                value.append(switch (random.nextInt(4)) {
                    case 0 -> (char) random.nextInt(128);
                    case 1 -> "&<>\"'".charAt(random.nextInt(5));
                    case 2 -> (char) (Character.MIN_SURROGATE + random.nextInt(Character.MAX_SURROGATE - Character.MIN_SURROGATE + 1));
                    default -> (char) random.nextInt(Character.MAX_VALUE + 1);
                });
            }
            assertThat(HtmlEscaper.escape(value.toString())).isEqualTo(pebbleEscaped(value.toString()));
        }
    }
}
