package dev.accord.core.extract;

import dev.accord.core.Role;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What one document says about one company: its roles, its parent and every mention; immutable.
 *
 * @param name the canonical name of the company
 * @param roles the roles the text gives it, iterated in {@link Role} order; never empty
 *     ({@link Role#MENTIONED} when the text gives no other)
 * @param parent the canonical name of the parent company the text names, if it names one
 * @param mentions the mentions, in text order (ascending spans, so ascending sentences); at least one
 */
public record CompanyFinding(String name, Set<Role> roles, Optional<String> parent, List<CompanyMention> mentions) {

    /**
     * Validates and copies.
     *
     * @throws NullPointerException if a required reference is null
     * @throws IllegalArgumentException if the name or parent is blank, the company is its own
     *     parent, there is no role, {@link Role#MENTIONED} comes with another role, there is no
     *     mention, a mention names another company, or the mentions are not in text order
     */
    public CompanyFinding {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("company name must not be blank");
        }
        roles = Role.checkedSet(name, roles);
        Objects.requireNonNull(parent, () -> "parent of " + name + " (Optional.empty() when there is none)");
        if (parent.isPresent() && parent.get().isBlank()) {
            throw new IllegalArgumentException("parent of '" + name + "' must not be blank");
        }
        if (parent.isPresent() && name.equals(parent.get())) {
            throw new IllegalArgumentException("company '" + name + "' cannot be its own parent");
        }
        Objects.requireNonNull(mentions, () -> "mentions of " + name);
        mentions = List.copyOf(mentions);
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("company '" + name + "' needs at least one mention");
        }
        CompanyMention previous = null;
        for (CompanyMention m : mentions) {
            if (!m.company().equals(name)) {
                throw new IllegalArgumentException("mention of '" + m.company() + "' filed under '" + name + "'");
            }
            if (previous != null && (m.span().compareTo(previous.span()) <= 0 || m.sentence() < previous.sentence())) {
                throw new IllegalArgumentException("mentions of '" + name + "' must be in text order: " + m.span()
                        + " in sentence " + m.sentence() + " follows " + previous.span() + " in sentence "
                        + previous.sentence());
            }
            previous = m;
        }
    }

    /** Returns the sorted, distinct indices of the sentences that mention the company. */
    public List<Integer> sentences() {
        return mentions.stream().map(CompanyMention::sentence).distinct().sorted().toList();
    }
}
