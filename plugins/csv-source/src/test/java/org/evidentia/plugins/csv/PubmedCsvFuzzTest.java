package org.evidentia.plugins.csv;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.evidentia.fuzzkit.IdentityOracle;
import org.evidentia.fuzzkit.SourceFuzzing;

/**
 * The PubMed CSV source on any bytes: contract, determinism, and every data row read or skipped.
 * Seeds: {@code PubmedCsvFuzzTestInputs/}, the plugin's hand-written fixtures; crashes Jazzer finds land there
 * too and run in every build. docs/reliability.md says how to fuzz for longer.
 */
class PubmedCsvFuzzTest {

    private static final SourceFuzzing FUZZ = SourceFuzzing.of(new PubmedCsvSource(), "input.csv", IdentityOracle.none());

    @FuzzTest(maxDuration = "20s")
    void pubmedCsv(byte[] input) {
        FUZZ.check(input);
    }
}
