package dev.accord.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A company, by its canonical name, with the other names it goes by and, optionally, the name
 * of its parent company.
 *
 * @param name the canonical name, e.g. {@code Hewlett Packard Enterprise}; not blank
 * @param aliases other names, e.g. {@code HPE}; none blank, none equal to the name
 * @param parent the canonical name of the parent company, or {@code null} if none is known
 */
public record Company(String name, List<String> aliases, String parent) {

    /**
     * Validates the names and copies the aliases.
     *
     * @throws NullPointerException if {@code name}, {@code aliases} or an alias is null
     * @throws IllegalArgumentException if a name is blank, an alias repeats the name, or the
     *     company is its own parent
     */
    public Company {
        name = requireName(name, "name");
        aliases = List.copyOf(aliases);
        for (String alias : aliases) {
            requireName(alias, "alias of " + name);
            if (alias.equals(name)) {
                throw new IllegalArgumentException("alias '" + alias + "' repeats the canonical name");
            }
        }
        if (parent != null) {
            parent = requireName(parent, "parent of " + name);
            if (parent.equals(name)) {
                throw new IllegalArgumentException("company '" + name + "' cannot be its own parent");
            }
        }
    }

    private static String requireName(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value.strip();
    }

    /** Returns a company with a name only. */
    public static Company named(String name) {
        return new Company(name, List.of(), null);
    }

    /** Returns a company with a name and aliases. */
    public static Company named(String name, String... aliases) {
        return new Company(name, List.of(aliases), null);
    }

    /** Returns a copy with the given parent. */
    public Company withParent(String parentName) {
        return new Company(name, aliases, parentName);
    }

    /** Returns the parent's name, if known. */
    public Optional<String> parentName() {
        return Optional.ofNullable(parent);
    }

    /** Returns the canonical name followed by the aliases. */
    public List<String> allNames() {
        List<String> all = new ArrayList<>(aliases.size() + 1);
        all.add(name);
        all.addAll(aliases);
        return List.copyOf(all);
    }

    /** Returns true if {@code text} is one of this company's names, ignoring case. */
    public boolean isNamed(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return allNames().stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).equals(t));
    }
}
