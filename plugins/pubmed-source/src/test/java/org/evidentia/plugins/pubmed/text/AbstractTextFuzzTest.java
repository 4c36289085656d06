package org.evidentia.plugins.pubmed.text;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.evidentia.fuzzkit.IdentityOracle;
import org.evidentia.fuzzkit.SourceFuzzing;

/**
 * The Abstract (text) source on any bytes: every {@code PMID: n} read or reported, none merged.
 * Seeds: {@code AbstractTextFuzzTestInputs/}, the plugin's hand-written fixtures; crashes Jazzer finds land there
 * too and run in every build. docs/reliability.md says how to fuzz for longer.
 */
class AbstractTextFuzzTest {

    private static final SourceFuzzing FUZZ = SourceFuzzing.of(new AbstractTextSource(), "input.txt", IdentityOracle.tokens("PMID:"));

    @FuzzTest(maxDuration = "20s")
    void abstractText(byte[] input) {
        FUZZ.check(input);
    }
}
