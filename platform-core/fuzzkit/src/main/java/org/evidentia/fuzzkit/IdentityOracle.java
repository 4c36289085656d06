package org.evidentia.fuzzkit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the record identities an input holds (the PMIDs of its identity lines), by a scan of its
 * own that shares no code with the source it checks. {@link SourceFuzzing} requires every identity
 * found to be read or reported, and no two to be merged into one record.
 *
 * <p>Lines end at LF, CRLF or CR, as the text sources read them; a leading byte-order mark is
 * dropped; bytes that are not UTF-8 decode to U+FFFD.
 */
@FunctionalInterface
public interface IdentityOracle {

    /** The identities (digit strings) in {@code input}, in order; a repeated one appears again. */
    List<String> identities(byte[] input);

    /** No identity check: for formats without identity lines (copied pages, CSV sheets). */
    static IdentityOracle none() {
        return input -> List.of();
    }

    /**
     * Lines that start with {@code prefix}, then optional spaces and digits (the identity): MEDLINE's
     * {@code "PMID- 12345"}.
     */
    static IdentityOracle lineStarts(String prefix) {
        return matchingLines(Pattern.compile("^" + Pattern.quote(prefix) + " *(\\d+)"));
    }

    /**
     * Lines that {@code line} matches from their start; its group 1 is the identity. For the Abstract export, whose
     * identity line is {@code "PMID: 12345"} alone or with a status in brackets, and whose abstracts may start a line
     * with a cited {@code "PMID: 12345, ..."} that is none.
     */
    static IdentityOracle matchingLines(Pattern line) {
        return input -> {
            List<String> found = new ArrayList<>();
            for (String text : lines(input)) {
                Matcher m = line.matcher(text);
                if (m.lookingAt()) {
                    found.add(m.group(1));
                }
            }
            return found;
        };
    }

    /**
     * {@code token} not preceded by a letter, digit or underscore, then optional spaces and digits, where the digits
     * may wrap onto the start of the next line, as in the Summary export ({@code "... Epub ahead of print. PMID:"} then {@code "32871602."}); digits followed by
     * a colon there are the next record's number ({@code "2: Authors ..."}), not an identity.
     */
    static IdentityOracle wrappedTokens(String token) {
        return tokens(Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(token)
                + "(?:[ \\t]*(\\d+)|[ \\t]*\\n[ \\t]*(\\d+)(?![\\d:]))"));
    }

    private static IdentityOracle tokens(Pattern pattern) {
        return input -> {
            List<String> found = new ArrayList<>();
            Matcher m = pattern.matcher(String.join("\n", lines(input)));
            while (m.find()) {
                found.add(m.group(1) != null ? m.group(1) : m.group(m.groupCount()));
            }
            return found;
        };
    }

    /**
     * The lines of {@code input}, as the text sources cut them: after a UTF-32 or UTF-16 byte-order mark, the text in that
     * encoding, as the runtime hands such a file on (PathSourceInput: what Windows saves as "Unicode"); else UTF-8.
     */
    static List<String> lines(byte[] input) {
        java.nio.charset.Charset wide = wideEncoding(input);
        if (wide != null) {
            int mark = wide.name().startsWith("UTF-32") ? 4 : 2;
            return List.of(new String(input, mark, input.length - mark, wide).split("\r\n|\r|\n", -1));
        }
        int start = input.length >= 3 && (input[0] & 0xFF) == 0xEF && (input[1] & 0xFF) == 0xBB && (input[2] & 0xFF) == 0xBF ? 3 : 0;
        List<String> lines = new ArrayList<>();
        int lineStart = start;
        for (int i = start; i < input.length; i++) {
            byte b = input[i];
            if (b == '\n' || b == '\r') {
                lines.add(new String(input, lineStart, i - lineStart, StandardCharsets.UTF_8));
                if (b == '\r' && i + 1 < input.length && input[i + 1] == '\n') {
                    i++;
                }
                lineStart = i + 1;
            }
        }
        if (lineStart < input.length) {
            lines.add(new String(input, lineStart, input.length - lineStart, StandardCharsets.UTF_8));
        }
        return lines;
    }

    /** The encoding a UTF-32 or UTF-16 byte-order mark at the start of {@code input} names (UTF-32 first), or null. */
    private static java.nio.charset.Charset wideEncoding(byte[] input) {
        int b0 = input.length > 0 ? input[0] & 0xFF : -1;
        int b1 = input.length > 1 ? input[1] & 0xFF : -1;
        int b2 = input.length > 2 ? input[2] & 0xFF : -1;
        int b3 = input.length > 3 ? input[3] & 0xFF : -1;
        if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) {
            return java.nio.charset.Charset.forName("UTF-32LE");
        }
        if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) {
            return java.nio.charset.Charset.forName("UTF-32BE");
        }
        if (b0 == 0xFF && b1 == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (b0 == 0xFE && b1 == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }
}
