package org.evidentia.plugins.pubmed.text;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.evidentia.fuzzkit.IdentityOracle;
import org.evidentia.fuzzkit.SourceFuzzing;

/**
 * The Summary (text) source on any bytes: every {@code PMID: n} read or reported, none merged.
 * Seeds: {@code SummaryTextFuzzTestInputs/}, the plugin's hand-written fixtures; crashes Jazzer finds land there
 * too and run in every build. docs/reliability.md says how to fuzz for longer.
 */
class SummaryTextFuzzTest {

    private static final SourceFuzzing FUZZ = SourceFuzzing.of(new SummaryTextSource(), "input.txt", IdentityOracle.wrappedTokens("PMID:"));

    @FuzzTest(maxDuration = "20s")
    void summaryText(byte[] input) {
        FUZZ.check(input);
    }
}
