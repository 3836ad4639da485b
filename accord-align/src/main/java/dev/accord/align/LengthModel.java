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

    private LengthModel() {
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
