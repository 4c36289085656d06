package org.evidentia.runtime.synthesis;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The two-sided exact sign test: under the null hypothesis an up vote and a down vote are equally
 * likely (p = 0.5), and the p-value is the probability of a split at least as uneven as the one seen.
 *
 * <p>Computed with exact integer binomial coefficients and one exact quotient, rounded once to the
 * nearest double, so small counts give the hand-computed values exactly (8 up, 0 down: 2/256 =
 * 0.0078125) and large counts do not overflow; a p below the smallest double (over about 1,075
 * votes all one way) is 0.
 */
final class SignTest {

    private SignTest() {
    }

    /**
     * The two-sided p of {@code up} versus {@code down} votes: {@code min(1, 2 * P(X <= min(up, down)))}
     * for X ~ Binomial(up + down, 0.5); 1.0 when there are no votes.
     */
    static double twoSidedP(int up, int down) {
        if (up < 0 || down < 0) {
            throw new IllegalArgumentException("vote counts must not be negative: " + up + " up, " + down + " down");
        }
        int n = up + down;
        if (n == 0) {
            return 1.0;
        }
        int k = Math.min(up, down);
        BigInteger tail = BigInteger.ZERO;
        BigInteger coefficient = BigInteger.ONE; // C(n, 0)
        for (int i = 0; i <= k; i++) {
            tail = tail.add(coefficient);
            coefficient = coefficient.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1L));
        }
        // 2 * tail / 2^n = tail / 2^(n-1) = tail * 5^(n-1) / 10^(n-1): exact, and then rounded once, to the nearest double
        // (a division to 16 digits had left some p a unit in the last place off: the review of session 19, S2)
        BigDecimal p = new BigDecimal(tail.multiply(BigInteger.valueOf(5).pow(n - 1)), n - 1);
        return Math.min(1.0, p.doubleValue());
    }
}
