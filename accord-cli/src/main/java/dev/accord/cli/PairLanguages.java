package dev.accord.cli;

import dev.accord.core.text.Language;
import picocli.CommandLine.Option;

/**
 * The languages of a SOURCE and a TARGET file ({@code --source-lang}, {@code --target-lang}),
 * shared by the commands that read a text and its translation; add them with
 * {@code @Mixin PairLanguages languages}.
 */
final class PairLanguages {

    /** The source language when none is given. */
    static final Language DEFAULT_SOURCE = Language.NL;
    /** The target language when none is given. */
    static final Language DEFAULT_TARGET = Language.FR;

    @Option(names = "--source-lang", paramLabel = "LANG", converter = LanguageConverter.class,
            description = "Language of SOURCE: nl, fr, de or en (default: nl).")
    Language source;

    @Option(names = "--target-lang", paramLabel = "LANG", converter = LanguageConverter.class,
            description = "Language of TARGET (default: fr).")
    Language target;

    /** Returns the source language: the one given, or Dutch. */
    Language source() {
        return source == null ? DEFAULT_SOURCE : source;
    }

    /** Returns the target language: the one given, or French. */
    Language target() {
        return target == null ? DEFAULT_TARGET : target;
    }

    /** Returns true if either language was given on the command line. */
    boolean given() {
        return source != null || target != null;
    }
}
