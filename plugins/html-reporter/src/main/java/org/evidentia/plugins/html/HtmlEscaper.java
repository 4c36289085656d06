package org.evidentia.plugins.html;

/**
 * Escapes text for HTML, in element content and in quoted attribute values alike: {@code & < > " '}
 * become {@code &amp; &lt; &gt; &quot; &#39;}, and every other char is kept. This is Pebble's own
 * escaping for HTML (unbescape's {@code escapeHtml4Xml}; {@code HtmlEscaperTest} compares the two),
 * which the page template uses through {@link ReportRenderer}, without its cost at first use: about
 * 0.1 s to build unbescape's tables of HTML's named references, which these five chars do not need.
 * Stateless.
 */
final class HtmlEscaper {

    private HtmlEscaper() {
    }

    /** {@code text} escaped; the same instance when it holds nothing to escape. */
    static String escape(String text) {
        int first = 0;
        while (first < text.length() && !special(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static boolean special(char c) {
        return c == '&' || c == '<' || c == '>' || c == '"' || c == '\'';
    }
}
