package org.evidentia.plugins.pubmedxml;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.evidentia.fuzzkit.IdentityOracle;
import org.evidentia.fuzzkit.SourceFuzzing;

/**
 * The PubMed XML source on any bytes: contract, determinism, and a stated count of record start tags never below the records read and skipped.
 * Seeds: {@code PubmedXmlFuzzTestInputs/}, the plugin's hand-written fixtures; crashes Jazzer finds land there
 * too and run in every build. docs/reliability.md says how to fuzz for longer.
 */
class PubmedXmlFuzzTest {

    private static final SourceFuzzing FUZZ = SourceFuzzing.countingUnreadable(new PubmedXmlSource(), "input.xml", IdentityOracle.none());

    @FuzzTest(maxDuration = "20s")
    void pubmedXml(byte[] input) {
        FUZZ.check(input);
    }
}
