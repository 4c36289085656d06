package org.evidentia.plugins.bioc;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidentia.fuzzkit.IdentityOracle;
import org.evidentia.fuzzkit.SourceFuzzing;

/**
 * The PubTator source on any bytes: contract, determinism, counts, and every {@code PMID|t|} or
 * {@code PMID|a|} line read or reported, none merged.
 * Seeds: {@code PubtatorFuzzTestInputs/}, the plugin's hand-written fixtures; crashes Jazzer finds land there
 * too and run in every build. docs/reliability.md says how to fuzz for longer.
 */
class PubtatorFuzzTest {

    /** A title or abstract line of a numeric id: {@code 12345|t|...}, {@code 12345|a|...}. */
    private static final Pattern TITLE_OR_ABSTRACT = Pattern.compile("^(\\d+)\\|[ta]\\|");

    /**
     * The fuzz kit's own line cutting, and a pattern of its own: no code shared with PubtatorRecords. The kit
     * cuts UTF-8 lines; an input with a UTF-16 or UTF-32 byte-order mark reaches sources re-encoded by the
     * runtime (SourceInput): the oracle, which would misread it as UTF-8, finds no identity in it.
     */
    private static final IdentityOracle PMIDS = input -> wideUnicode(input) ? List.of() : IdentityOracle.lines(input).stream()
            .map(line -> {
                Matcher m = TITLE_OR_ABSTRACT.matcher(line);
                return m.find() ? m.group(1) : null;
            })
            .filter(Objects::nonNull)
            .toList();

    private static final SourceFuzzing FUZZ = SourceFuzzing.of(new PubtatorSource(), "input.pubtator", PMIDS);

    /** Starts with a UTF-16 (FE FF, FF FE) or UTF-32 (00 00 FE FF, FF FE 00 00) byte-order mark. */
    private static boolean wideUnicode(byte[] input) {
        int b0 = input.length > 0 ? input[0] & 0xFF : -1;
        int b1 = input.length > 1 ? input[1] & 0xFF : -1;
        return (b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE)
                || (input.length >= 4 && b0 == 0 && b1 == 0 && (input[2] & 0xFF) == 0xFE && (input[3] & 0xFF) == 0xFF);
    }

    @FuzzTest(maxDuration = "20s")
    void pubtator(byte[] input) {
        FUZZ.check(input);
    }
}
