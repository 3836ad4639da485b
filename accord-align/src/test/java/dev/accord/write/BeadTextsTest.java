package dev.accord.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BeadTextsTest {

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -0.0, 1.0, 0.5, 0.00005, 0.00015, 0.00025, 0.12345, 0.99995, 0.99994999, 0.9734, 1e-9,
            0.33333333333333331, 0.6666666666666666, Double.MIN_VALUE, 0.45675, 0.1})
    void scoresAreWrittenExactlyAsStringFormatWritesThem(double score) {
        assertEquals(String.format(Locale.ROOT, "%.4f", score), BeadTexts.score(score));
    }

    @Test
    void randomScoresAndScoresOnRoundingBoundariesAreWrittenAsStringFormatWritesThem() {
        Random random = new Random(20_261_123L);
        for (int k = 0; k < 100_000; k++) {
            double score = k % 2 == 0 ? random.nextDouble() : (random.nextInt(20_000) + 0.5) / 20_000.0;
            assertEquals(String.format(Locale.ROOT, "%.4f", score), BeadTexts.score(score), "score " + score);
        }
    }
}
