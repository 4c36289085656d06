package org.evidentia.plugins.csv;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.evidentia.fuzzkit.IdentityOracle;
import org.evidentia.fuzzkit.SourceFuzzing;

/**
 * The generic CSV/TSV source on any bytes: contract, determinism, and every data row read or skipped.
 * Seeds: {@code CsvTableFuzzTestInputs/}, the plugin's hand-written fixtures; crashes Jazzer finds land there
 * too and run in every build. docs/reliability.md says how to fuzz for longer.
 */
class CsvTableFuzzTest {

    private static final SourceFuzzing FUZZ = SourceFuzzing.of(new CsvTableSource(), "input.csv", IdentityOracle.none());

    @FuzzTest(maxDuration = "20s")
    void csvTable(byte[] input) {
        FUZZ.check(input);
    }
}
