package org.evidentia.plugins.ris;

import java.util.Set;

/**
 * One RIS tag line: {@code TY  - JOUR}. The specification's form is a tag of two characters (a
 * capital letter, then a capital letter or digit), two spaces, a hyphen, a space and the value
 * ({@code ER  - } ends a record and has none; exporters often drop its trailing space).
 *
 * <p>Some exporters write one space before the hyphen. That form is parsed for the tags of the
 * RIS specification only, because a wrapped abstract line such as {@code "IL - 6 rose"} must stay
 * text; and {@link RisRecords} takes it for a tag line only inside a record whose {@code TY} line
 * has that form, because a wrapped line such as {@code "ER - positive tumours"} must stay text too.
 *
 * @param tag      the two-character tag
 * @param value    the value after {@code "- "}, possibly empty
 * @param oneSpace whether the line has one space before the hyphen ({@code "TY - JOUR"}), not two
 */
record RisTagLine(String tag, String value, boolean oneSpace) {

    /** The tags of the RIS specification and of the exporters' common extensions. */
    private static final Set<String> KNOWN = Set.of(
            "A1", "A2", "A3", "A4", "AB", "AD", "AN", "AU", "AV", "BT", "C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8",
            "CA", "CN", "CP", "CT", "CY", "DA", "DB", "DO", "DP", "ED", "EP", "ER", "ET", "ID", "IS", "J1", "J2", "JA",
            "JF", "JO", "KW", "L1", "L2", "L3", "L4", "LA", "LB", "LK", "M1", "M2", "M3", "N1", "N2", "NV", "OP", "PB",
            "PP", "PY", "RI", "RN", "RP", "SE", "SN", "SP", "ST", "T1", "T2", "T3", "TA", "TI", "TT", "TY", "U1", "U2",
            "U3", "U4", "U5", "UR", "VL", "VO", "Y1", "Y2");

    /** The tag line {@code line} holds, or null when it is text (a continuation, or not RIS). */
    static RisTagLine parse(String line) {
        if (line.length() < 4 || !isTagStart(line.charAt(0)) || !isTagSecond(line.charAt(1)) || line.charAt(2) != ' ') {
            return null;
        }
        int hyphen = line.charAt(3) == '-' ? 3 : line.charAt(3) == ' ' && line.length() > 4 && line.charAt(4) == '-' ? 4 : -1;
        if (hyphen < 0) {
            return null;
        }
        String tag = line.substring(0, 2);
        if (hyphen == 3 && !KNOWN.contains(tag)) {
            return null;
        }
        int valueStart = hyphen + 1;
        if (valueStart < line.length()) {
            if (line.charAt(valueStart) != ' ') {
                return null; // "XX  -text": a hyphenated word, not a tag line
            }
            valueStart++;
        }
        return new RisTagLine(tag, line.substring(Math.min(valueStart, line.length())).strip(), hyphen == 3);
    }

    private static boolean isTagStart(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isTagSecond(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    boolean is(String other) {
        return tag.equals(other);
    }
}
