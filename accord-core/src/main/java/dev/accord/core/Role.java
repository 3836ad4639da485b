package dev.accord.core;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** The part a company plays with respect to an accord, as stated in a text. */
public enum Role {
    /** The company started the accord. */
    INITIATOR,
    /** The company signed the accord. */
    SIGNATORY,
    /** The text says the company did not sign, refused or is absent. */
    NON_SIGNATORY,
    /** The company is named without any of the other roles. */
    MENTIONED;

    /**
     * Returns an unmodifiable copy of the roles of one company, after checking that there is at
     * least one and that {@link #MENTIONED} stands alone.
     *
     * @param company the company's name, for the messages
     * @throws NullPointerException if {@code roles} is or contains null
     * @throws IllegalArgumentException if {@code roles} is empty or combines {@code MENTIONED} with another role
     */
    public static Set<Role> checkedSet(String company, Set<Role> roles) {
        Objects.requireNonNull(roles, () -> "roles of " + company);
        for (Role role : roles) {
            Objects.requireNonNull(role, () -> "roles of " + company + " contain null");
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("company '" + company + "' needs at least one role");
        }
        if (roles.contains(MENTIONED) && roles.size() > 1) {
            throw new IllegalArgumentException("company '" + company + "' has roles " + roles
                    + ": MENTIONED means the text gives no other role");
        }
        return Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }
}
