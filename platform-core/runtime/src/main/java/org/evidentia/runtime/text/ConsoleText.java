package org.evidentia.runtime.text;

/**
 * Text from inputs (file names, quoted snippets, record ids) made safe to print on a terminal. A
 * file name or an input line can hold ESC, BEL, CR and the like; printed raw, they would set the
 * terminal's title, clear the screen, write the clipboard (OSC 52) or forge lines. Each such
 * character is shown as an escape instead: {@code \x1b}, {@code \r}, {@code \u202e}.
 *
 * <p>Escaped: the {@linkplain #isControl(char) controls}. Text without them is returned as it is.
 */
public final class ConsoleText {

    private ConsoleText() {
    }

    /** {@code text} on one line: every line break in it is escaped as well ({@code \n}). */
    public static String oneLine(String text) {
        return printable(text, false);
    }

    /**
     * {@code text} with its controls escaped.
     *
     * @param keepLineBreaks keep LF, CR directly before LF, and tab as they are (text whose line
     *                       breaks are the tool's own, such as a whole console line; a tab drives
     *                       no terminal, and stack traces of --verbose indent with it)
     */
    public static String printable(String text, boolean keepLineBreaks) {
        if (text == null) {
            return null;
        }
        int i = 0;
        while (i < text.length() && !escaped(text, i, keepLineBreaks)) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (escaped(text, i, keepLineBreaks)) {
                appendEscape(out, c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean escaped(String text, int i, boolean keepLineBreaks) {
        char c = text.charAt(i);
        if (keepLineBreaks && (c == '\n' || c == '\t' || c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n')) {
            return false;
        }
        return isControl(c);
    }

    /**
     * Whether {@code c} is a control: a character that drives a terminal, breaks a line or reorders
     * what is shown. These are the C0 controls, DEL, the C1 controls, the line and paragraph
     * separators (U+2028, U+2029) and the bidirectional overrides and isolates (U+202A–U+202E,
     * U+2066–U+2069). The one definition: the console escapes them, record text replaces those that
     * are no line break nor tab ({@link RecordText}), and the log's pattern (logback.xml) replaces
     * them by {@code ?}, which a test checks against this method.
     */
    public static boolean isControl(char c) {
        return c < 0x20 || c >= 0x7f && c <= 0x9f || c == '\u2028' || c == '\u2029'
                || c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069';
    }

    private static void appendEscape(StringBuilder out, char c) {
        switch (c) {
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            default -> {
                if (c <= 0xff) {
                    out.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xf, 16));
                } else {
                    out.append("\\u").append(String.format(java.util.Locale.ROOT, "%04x", (int) c));
                }
            }
        }
    }
}
