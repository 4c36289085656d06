package org.evidentia.plugins.pubmed.text;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.regex.Pattern;
import org.evidentia.fuzzkit.IdentityOracle;
import org.evidentia.fuzzkit.SourceFuzzing;

/**
 * The Abstract (text) source on any bytes: every identity line read or reported, none merged. An identity line is
 * {@code PMID: n} at a line's start, alone, or followed by a status in brackets, another identity or, glued on, the next
 * record's number; a line "PMID: n, found ..." is an abstract's text.
 * Seeds: {@code AbstractTextFuzzTestInputs/}, the plugin's hand-written fixtures; crashes Jazzer finds land there
 * too and run in every build. docs/reliability.md says how to fuzz for longer.
 */
class AbstractTextFuzzTest {

    private static final SourceFuzzing FUZZ = SourceFuzzing.of(new AbstractTextSource(), "input.txt",
            IdentityOracle.matchingLines(Pattern.compile(
                    "PMID:[ \\t]*(\\d+)[ \\t]*(?:\\[[^\\]]{0,80}\\][ \\t]*)?(?:$|(?<=[ \\t\\]])\\d{1,7}\\. \\S|(?:PMCID|DOI|NIHMSID):)")));

    @FuzzTest(maxDuration = "20s")
    void abstractText(byte[] input) {
        FUZZ.check(input);
    }
}
