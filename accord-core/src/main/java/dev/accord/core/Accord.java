package dev.accord.core;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * An industry accord: who started it, who signed it, who is known to have stayed out, the
 * principles it commits to and where its signatories first meet.
 *
 * <p>{@link #cybersecurityTechAccord()} returns the reference instance of the Cybersecurity
 * Tech Accord of April 2018, built from public reporting of its launch.
 *
 * {@snippet :
 * Accord accord = Accord.cybersecurityTechAccord();
 * int founders = accord.signatories().size();                     // 34
 * Optional<Company> hpe = accord.findCompany("HPE");             // Hewlett Packard Enterprise
 * }
 *
 * @param name the accord's name; not blank
 * @param announced the day the accord was announced and signed
 * @param initiators the companies that started it
 * @param signatories the founding signatories
 * @param nonSignatories companies reported as not among the signatories
 * @param pillars the principles, in official order; no repeats
 * @param firstMeeting the first meeting of the signatories
 */
public record Accord(String name, LocalDate announced, List<Company> initiators, List<Company> signatories,
        List<Company> nonSignatories, List<Pillar> pillars, Meeting firstMeeting) {

    /**
     * Validates and copies the lists.
     *
     * @throws NullPointerException if any argument or element is null
     * @throws IllegalArgumentException if the name is blank, a pillar repeats, a company is both a
     *     signatory and a non-signatory, or two companies share a name
     */
    public Accord {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("accord name must not be blank");
        }
        Objects.requireNonNull(announced, "announced");
        Objects.requireNonNull(firstMeeting, "firstMeeting");
        initiators = List.copyOf(initiators);
        signatories = List.copyOf(signatories);
        nonSignatories = List.copyOf(nonSignatories);
        pillars = List.copyOf(pillars);
        if (new HashSet<>(pillars).size() != pillars.size()) {
            throw new IllegalArgumentException("pillars repeat: " + pillars);
        }
        Set<String> signed = new HashSet<>();
        for (Company c : signatories) {
            if (!signed.add(c.name())) {
                throw new IllegalArgumentException("signatory '" + c.name() + "' is listed twice");
            }
        }
        for (Company c : nonSignatories) {
            if (signed.contains(c.name())) {
                throw new IllegalArgumentException("company '" + c.name() + "' is both a signatory and a non-signatory");
            }
        }
    }

    /** Returns the reference Cybersecurity Tech Accord (17 April 2018, 34 founding signatories). */
    public static Accord cybersecurityTechAccord() {
        return CybersecurityTechAccord.INSTANCE;
    }

    /** Returns every company the accord knows: initiators, signatories and non-signatories, once each. */
    public List<Company> companies() {
        Set<String> seen = new HashSet<>();
        return Stream.of(initiators, signatories, nonSignatories)
                .flatMap(List::stream)
                .filter(c -> seen.add(c.name()))
                .toList();
    }

    /** Returns the known company with this canonical name or alias, ignoring case. */
    public Optional<Company> findCompany(String nameOrAlias) {
        Objects.requireNonNull(nameOrAlias, "nameOrAlias");
        return companies().stream().filter(c -> c.isNamed(nameOrAlias)).findFirst();
    }

    /** Returns the roles the accord itself gives {@code company} (empty if it does not know it). */
    public Set<Role> rolesOf(String companyName) {
        Set<Role> roles = new HashSet<>();
        if (initiators.stream().anyMatch(c -> c.isNamed(companyName))) {
            roles.add(Role.INITIATOR);
        }
        if (signatories.stream().anyMatch(c -> c.isNamed(companyName))) {
            roles.add(Role.SIGNATORY);
        }
        if (nonSignatories.stream().anyMatch(c -> c.isNamed(companyName))) {
            roles.add(Role.NON_SIGNATORY);
        }
        return Set.copyOf(roles);
    }
}
