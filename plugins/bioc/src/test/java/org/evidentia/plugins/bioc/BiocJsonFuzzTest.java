package org.evidentia.plugins.bioc;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.evidentia.fuzzkit.IdentityOracle;
import org.evidentia.fuzzkit.SourceFuzzing;

/**
 * The BioC JSON source on any bytes: contract, determinism, and its count of documents, when it states one,
 * equal to the records read and skipped. No identity oracle: a document's PMID is its id or an infon.
 * Seeds: {@code BiocJsonFuzzTestInputs/}, the plugin's hand-written fixtures; crashes Jazzer finds land there
 * too and run in every build. docs/reliability.md says how to fuzz for longer.
 */
class BiocJsonFuzzTest {

    private static final SourceFuzzing FUZZ = SourceFuzzing.of(new BiocJsonSource(), "input.json", IdentityOracle.none());

    @FuzzTest(maxDuration = "20s")
    void biocJson(byte[] input) {
        FUZZ.check(input);
    }
}
