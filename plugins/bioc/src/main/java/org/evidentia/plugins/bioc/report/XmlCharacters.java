package org.evidentia.plugins.bioc.report;

/**
 * Text as XML 1.0 can hold it: control characters other than tab, line feed and carriage return,
 * U+FFFE, U+FFFF and unpaired surrogates become U+FFFD, one character for one, so that no offset
 * moves. Both BioC formats are written from the cleaned text, so they agree.
 */
final class XmlCharacters {

    static final char REPLACEMENT = '\uFFFD';

    private XmlCharacters() {
    }

    static String clean(String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (!allowed(text, i, c)) {
                return replace(text, i);
            }
            if (Character.isHighSurrogate(c)) {
                i++; // allowed() checked its low half
            }
        }
        return text;
    }

    private static String replace(String text, int from) {
        StringBuilder clean = new StringBuilder(text.length()).append(text, 0, from);
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!allowed(text, i, c)) {
                clean.append(REPLACEMENT);
            } else if (Character.isHighSurrogate(c)) {
                clean.append(c).append(text.charAt(++i));
            } else {
                clean.append(c);
            }
        }
        return clean.toString();
    }

    private static boolean allowed(String text, int i, char c) {
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return false; // a low half not preceded by a high one (pairs are passed over whole)
        }
        return c != '\uFFFE' && c != '\uFFFF';
    }
}
