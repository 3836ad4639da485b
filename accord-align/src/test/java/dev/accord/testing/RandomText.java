package dev.accord.testing;

import java.util.Random;

/** Seeded random text with the characters that break text tools: for randomised tests. */
public final class RandomText {

    private static final String[] PIECES = {
        "a", "é", "E", "Ë", "ß", "ç", "Z", "q", "0", "1", "9", " ", " ", " ", "\t", "\n", "\u00A0", "\u202F",
        "\u200B", ".", ",", "'", "\u2019", "\"", "«", "»", "(", ")", "[", "?", "!", ":", ";", "…", "-", "_",
        "/", "%", "€", "😀", "\uD83D", "\uDE00", "\u0000", "\u0007", "\u001B", "\uFFFE", "\uFFFF", "\u0301",
        "שלום", "مرحبا", "\u202E", "]]>", "<", "&", "qu'", "l'", "Amazon", "1.000", "3,5", " 000", "IBM",
    };

    private RandomText() {
    }

    /** Returns a string of {@code pieces} random pieces, some of them hostile characters. */
    public static String hostile(Random random, int pieces) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }
}
