package org.evidentia.runtime.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignTestTest {

    /** Expected values computed by hand: p = 2 * sum_{i <= min} C(n, i) / 2^n, capped at 1. */
    @ParameterizedTest(name = "{0} up, {1} down -> {2}")
    @CsvSource({
            "8, 0, 0.0078125",   // 2 * 1/256
            "0, 8, 0.0078125",
            "5, 1, 0.21875",     // 2 * (1 + 6)/64
            "1, 5, 0.21875",
            "1, 0, 1.0",         // 2 * 1/2
            "3, 0, 0.25",        // 2 * 1/8
            "6, 2, 0.2890625",   // 2 * (1 + 8 + 28)/256
            "10, 0, 0.001953125", // 2 * 1/1024
            "9, 1, 0.021484375", // 2 * 11/1024
            "3, 3, 1.0",         // 2 * 42/64 > 1
            "4, 5, 1.0",
            "0, 0, 1.0",
    })
    void matchesHandComputedValues(int up, int down, double expected) {
        assertThat(SignTest.twoSidedP(up, down)).isEqualTo(expected);
    }

    @Test
    void largeCountsNeitherOverflowNorUnderflow() {
        // 2000 up, 0 down: 2 / 2^2000 is below double's range; must be 0 rather than NaN.
        assertThat(SignTest.twoSidedP(2000, 0)).isEqualTo(0.0);
        // 60 vs 40: the exact two-sided p is 0.056886... (binom.test(60, 100) in R).
        assertThat(SignTest.twoSidedP(60, 40)).isCloseTo(0.05688793, org.assertj.core.data.Offset.offset(1e-8));
        assertThat(SignTest.twoSidedP(500, 500)).isEqualTo(1.0);
    }

    // The review of session 19, S2: a quotient taken to 16 digits was a unit in the last place off the exact p's double
    @Test
    void thePIsTheExactQuotientsNearestDouble() {
        // 97 up, 8 down: 2 * sum_{i <= 8} C(105, i) / 2^105, whose nearest double Python's Fraction gives
        assertThat(SignTest.twoSidedP(97, 8)).isEqualTo(1.4953374522738916e-20);
    }

    @Test
    void rejectsNegativeCounts() {
        assertThatThrownBy(() -> SignTest.twoSidedP(-1, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1 up");
    }
}
