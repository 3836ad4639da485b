/**
 * The Accord domain model: the accord and its pillars and companies ({@code dev.accord.core}),
 * documents and sentences ({@code dev.accord.core.text}), sentence alignments
 * ({@code dev.accord.core.align}) and extraction results ({@code dev.accord.core.extract}).
 *
 * <p>Every type is an immutable value with validation in its constructor; the module has no
 * dependencies beyond {@code java.base}.
 */
module dev.accord.core {
    exports dev.accord.core;
    exports dev.accord.core.text;
    exports dev.accord.core.align;
    exports dev.accord.core.extract;
}
