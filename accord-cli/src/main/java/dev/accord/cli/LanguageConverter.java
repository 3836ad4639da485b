package dev.accord.cli;

import dev.accord.core.text.Language;
import picocli.CommandLine.ITypeConverter;

/** Converts a {@code --lang} value such as {@code nl}, {@code fra} or {@code dut} to a {@link Language}. */
final class LanguageConverter implements ITypeConverter<Language> {

    @Override
    public Language convert(String value) {
        return Language.fromCode(value);
    }
}
