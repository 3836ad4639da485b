package dev.accord.align;

/**
 * The Gale and Church (1993) sentence-length model: the length in characters of a translation is
 * roughly {@code c} times the length of its source, with a variance proportional to the length.
 *
 * <p>For a bead of {@code ls} source and {@code lt} target characters, {@code
 * delta = (ls * c - lt) / sqrt(s2 * (ls + lt / c) / 2)} is taken as standard normal, and the cost is
 * {@code -log P(|Z| >= |delta|)}, the negative log of the two-sided tail probability. Pure functions,
 * thread-safe.
 */
final class LengthModel {

    /** Gale and Church's variance per character, {@code s^2 = 6.8}. */
    static final double GALE_CHURCH_VARIANCE = 6.8;

    /** Gale and Church's bead priors, by source and target sentence count (up to {@code 2-2}). */
    private static final double[][] GALE_CHURCH_PRIORS = {
        {0, 0.0099, 0},
        {0.0099, 0.89, 0.089},
        {0, 0.089, 0.011},
    };

    private LengthModel() {
    }

    /**
     * Returns the Gale and Church prior cost {@code -log P(a-b)} of a bead of {@code a} source and
     * {@code b} target sentences: 0.12 for {@code 1-1}, 2.42 for {@code 2-1} and {@code 1-2}, 4.51
     * for {@code 2-2}, 4.62 for {@code 1-0} and {@code 0-1}.
     *
     * @throws IllegalArgumentException if the shape is not one of those
     */
    static double galeChurchPenalty(int a, int b) {
        if (a < 0 || b < 0 || a > 2 || b > 2 || GALE_CHURCH_PRIORS[a][b] == 0) {
            throw new IllegalArgumentException("Gale and Church have no prior for a " + a + "-" + b + " bead");
        }
        return -Math.log(GALE_CHURCH_PRIORS[a][b]);
    }

    /** Returns {@code -log P(|Z| >= |delta|)} for the lengths of a bead; 0 if both are 0. */
    static double cost(double sourceChars, double targetChars, double ratio, double variance) {
        if (sourceChars <= 0 && targetChars <= 0) {
            return 0.0;
        }
        double mean = (sourceChars + targetChars / ratio) / 2.0;
        double delta = (sourceChars * ratio - targetChars) / Math.sqrt(mean * variance);
        return -logErfc(Math.abs(delta) / Math.sqrt(2.0));
    }

    /**
     * Returns {@code log(erfc(z))} for {@code z >= 0}, without underflow for large {@code z}
     * (Chebyshev fit, relative error below 1.2e-7, Numerical Recipes 6.2).
     */
    static double logErfc(double z) {
        double t = 1.0 / (1.0 + 0.5 * z);
        double poly = -z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277))))))));
        return Math.log(t) + poly;
    }
}
