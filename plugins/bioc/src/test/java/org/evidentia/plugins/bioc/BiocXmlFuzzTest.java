package org.evidentia.plugins.bioc;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.evidentia.fuzzkit.IdentityOracle;
import org.evidentia.fuzzkit.SourceFuzzing;

/**
 * The BioC XML source on any bytes: contract, determinism, and its count of {@code <document>} start tags
 * equal to the records read and skipped (the splitter passes over comments and CDATA, so it counts only
 * documents it hands over). No identity oracle: a document's PMID is its id or an infon.
 * Seeds: {@code BiocXmlFuzzTestInputs/}, the plugin's hand-written fixtures; crashes Jazzer finds land there
 * too and run in every build. docs/reliability.md says how to fuzz for longer.
 */
class BiocXmlFuzzTest {

    private static final SourceFuzzing FUZZ = SourceFuzzing.of(new BiocXmlSource(), "input.xml", IdentityOracle.none());

    @FuzzTest(maxDuration = "20s")
    void biocXml(byte[] input) {
        FUZZ.check(input);
    }
}
