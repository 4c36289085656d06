package org.evidentia.plugins.pubmed.page;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.evidentia.fuzzkit.IdentityOracle;
import org.evidentia.fuzzkit.SourceFuzzing;

/**
 * The copied-page source on any bytes (pages have no identity line in common: contract, determinism, counts).
 * Seeds: {@code PubmedPageFuzzTestInputs/}, the plugin's hand-written fixtures; crashes Jazzer finds land there
 * too and run in every build. docs/reliability.md says how to fuzz for longer.
 */
class PubmedPageFuzzTest {

    private static final SourceFuzzing FUZZ = SourceFuzzing.of(new PubmedPageSource(), "input.txt", IdentityOracle.none());

    @FuzzTest(maxDuration = "20s")
    void page(byte[] input) {
        FUZZ.check(input);
    }
}
