package dev.accord.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A company, by its canonical name, with the other names it goes by and, optionally, the name
 * of its parent company. Immutable; names are compared by {@link #isNamed(String)}.
 *
 * @param name the canonical name, e.g. {@code Hewlett Packard Enterprise}; not blank
 * @param aliases other names, e.g. {@code HPE}; none blank, none equal to the name
 * @param parent the canonical name of the parent company, if known; not null (empty for none)
 */
public record Company(String name, List<String> aliases, Optional<String> parent) {

    /**
     * Validates the names, strips surrounding whitespace from each and copies the aliases.
     *
     * @throws NullPointerException if {@code name}, {@code aliases}, an alias or {@code parent} is null
     * @throws IllegalArgumentException if a name is blank, an alias repeats the canonical name or
     *     another alias, or the company is its own parent; the message names the company
     */
    public Company {
        name = requireName(name, "company name");
        Objects.requireNonNull(aliases, "aliases");
        List<String> stripped = new ArrayList<>(aliases.size());
        for (String alias : aliases) {
            String a = requireName(alias, "alias of " + name);
            if (a.equals(name)) {
                throw new IllegalArgumentException("alias '" + a + "' repeats the canonical name of " + name);
            }
            if (stripped.contains(a)) {
                throw new IllegalArgumentException("alias '" + a + "' of " + name + " is listed twice");
            }
            stripped.add(a);
        }
        aliases = List.copyOf(stripped);
        Objects.requireNonNull(parent, "parent");
        if (parent.isPresent()) {
            String p = requireName(parent.get(), "parent of " + name);
            if (p.equals(name)) {
                throw new IllegalArgumentException("company '" + name + "' cannot be its own parent");
            }
            parent = Optional.of(p);
        }
    }

    private static String requireName(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank, got '" + value + "'");
        }
        return value.strip();
    }

    /**
     * Returns a company with a canonical name only.
     *
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public static Company named(String name) {
        return new Company(name, List.of(), Optional.empty());
    }

    /**
     * Returns a company with a canonical name and aliases.
     *
     * @throws NullPointerException if a name is null
     * @throws IllegalArgumentException if a name is blank or repeats another
     */
    public static Company named(String name, String... aliases) {
        return new Company(name, Arrays.asList(Objects.requireNonNull(aliases, "aliases")), Optional.empty());
    }

    /**
     * Returns a copy with the given parent.
     *
     * @param parentName the parent's canonical name, or {@code null} for none
     * @throws IllegalArgumentException if the name is blank or this company's own name
     */
    public Company withParent(String parentName) {
        return new Company(name, aliases, Optional.ofNullable(parentName));
    }

    /** Returns the parent's name, if known: the same as {@link #parent()}. */
    public Optional<String> parentName() {
        return parent;
    }

    /** Returns {@code Company[name=…, aliases=[…]]}, with {@code , parent=…} when the parent is known. */
    @Override
    public String toString() {
        return "Company[name=" + name + ", aliases=" + aliases + parent.map(p -> ", parent=" + p).orElse("") + "]";
    }

    /** Returns the canonical name followed by the aliases. */
    public List<String> allNames() {
        List<String> all = new ArrayList<>(aliases.size() + 1);
        all.add(name);
        all.addAll(aliases);
        return List.copyOf(all);
    }

    /**
     * Returns true if {@code text} is one of this company's names, ignoring case (in
     * {@link Locale#ROOT}) and surrounding whitespace.
     *
     * @throws NullPointerException if {@code text} is null
     */
    public boolean isNamed(String text) {
        String t = Objects.requireNonNull(text, "text").strip().toLowerCase(Locale.ROOT);
        return allNames().stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).equals(t));
    }
}
