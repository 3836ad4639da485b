package dev.accord.cli;

import dev.accord.internal.OutputText;

/** HTML text escaping for the review pages: every text that comes from an input goes through {@link #text}. */
final class Html {

    private Html() {
    }

    /**
     * Returns {@code s} safe as HTML text and inside a quoted attribute: {@code & < > " '} as
     * character references, lone surrogates and the C0/C1 control characters other than tab and
     * line feed as U+FFFD.
     */
    static String text(String s) {
        String clean = OutputText.withoutLoneSurrogates(s);
        StringBuilder b = new StringBuilder(clean.length() + 16);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    boolean control = c < 0x20 && c != '\t' && c != '\n' || c >= 0x7f && c <= 0x9f;
                    b.append(control ? '\uFFFD' : c);
                }
            }
        }
        return b.toString();
    }
}
