package org.evidentia.plugins.pubmed.medline;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.evidentia.fuzzkit.IdentityOracle;
import org.evidentia.fuzzkit.SourceFuzzing;

/**
 * The MEDLINE source on any bytes: every {@code PMID- n} line read or reported, none merged.
 * Seeds: {@code MedlineFuzzTestInputs/}, the plugin's hand-written fixtures; crashes Jazzer finds land there
 * too and run in every build. docs/reliability.md says how to fuzz for longer.
 */
class MedlineFuzzTest {

    private static final SourceFuzzing FUZZ = SourceFuzzing.of(new MedlineSource(), "input.nbib", IdentityOracle.lineStarts("PMID- "));

    @FuzzTest(maxDuration = "20s")
    void medline(byte[] input) {
        FUZZ.check(input);
    }
}
