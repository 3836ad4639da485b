package dev.accord.core.extract;

import dev.accord.core.Role;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What one document says about one company: its roles, its parent and every mention.
 *
 * @param name the canonical name of the company
 * @param roles the roles the text gives it, iterated in {@link Role} order; never empty
 *     ({@link Role#MENTIONED} when the text gives no other)
 * @param parent the canonical name of the parent company the text names, or {@code null}
 * @param mentions the mentions, in text order; at least one
 */
public record CompanyFinding(String name, Set<Role> roles, String parent, List<CompanyMention> mentions) {

    /**
     * Validates and copies.
     *
     * @throws NullPointerException if a required reference is null
     * @throws IllegalArgumentException if the name is blank, there is no role or no mention, or
     *     a mention names another company
     */
    public CompanyFinding {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("company name must not be blank");
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("company '" + name + "' needs at least one role");
        }
        roles = Collections.unmodifiableSet(EnumSet.copyOf(roles));
        mentions = List.copyOf(mentions);
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("company '" + name + "' needs at least one mention");
        }
        for (CompanyMention m : mentions) {
            if (!m.company().equals(name)) {
                throw new IllegalArgumentException("mention of '" + m.company() + "' filed under '" + name + "'");
            }
        }
    }

    /** Returns the parent's name, if the text names one. */
    public Optional<String> parentName() {
        return Optional.ofNullable(parent);
    }

    /** Returns the sorted, distinct indices of the sentences that mention the company. */
    public List<Integer> sentences() {
        return mentions.stream().map(CompanyMention::sentence).distinct().sorted().toList();
    }
}
