package org.evidentia.plugins.ris;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.evidentia.fuzzkit.IdentityOracle;
import org.evidentia.fuzzkit.SourceFuzzing;

/**
 * The RIS source on any bytes: contract, determinism, and its count of record starts equal to the records
 * read and skipped. No identity oracle: a RIS record's PMID may sit in several tags (AN, C2, notes, addresses).
 * Seeds: {@code RisFuzzTestInputs/}, the plugin's hand-written fixtures; crashes Jazzer finds land there
 * too and run in every build. docs/reliability.md says how to fuzz for longer.
 */
class RisFuzzTest {

    private static final SourceFuzzing FUZZ = SourceFuzzing.of(new RisSource(), "input.ris", IdentityOracle.none());

    @FuzzTest(maxDuration = "20s")
    void ris(byte[] input) {
        FUZZ.check(input);
    }
}
