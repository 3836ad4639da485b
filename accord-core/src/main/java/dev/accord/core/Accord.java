package dev.accord.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
     * @throws IllegalArgumentException if the name is blank; a pillar repeats; a company is
     *     listed twice in one list; a company is both a signatory and a non-signatory, or both an
     *     initiator and a non-signatory; or one name or alias (ignoring case) stands for two
     *     different companies. The message names the company.
     */
    public Accord {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("accord name must not be blank");
        }
        Objects.requireNonNull(announced, "announced");
        Objects.requireNonNull(firstMeeting, "firstMeeting");
        initiators = copyCompanies(initiators, "initiator");
        signatories = copyCompanies(signatories, "signatory");
        nonSignatories = copyCompanies(nonSignatories, "non-signatory");
        pillars = List.copyOf(Objects.requireNonNull(pillars, "pillars"));
        if (new HashSet<>(pillars).size() != pillars.size()) {
            throw new IllegalArgumentException("pillars repeat: " + pillars);
        }
        Set<String> outside = new HashSet<>();
        nonSignatories.forEach(c -> outside.add(c.name()));
        for (Company c : signatories) {
            if (outside.contains(c.name())) {
                throw new IllegalArgumentException("company '" + c.name() + "' is both a signatory and a non-signatory");
            }
        }
        for (Company c : initiators) {
            if (outside.contains(c.name())) {
                throw new IllegalArgumentException("company '" + c.name() + "' is both an initiator and a non-signatory");
            }
        }
        Map<String, Company> byName = new HashMap<>();
        for (List<Company> list : List.of(initiators, signatories, nonSignatories)) {
            for (Company c : list) {
                for (String n : c.allNames()) {
                    Company previous = byName.putIfAbsent(n.toLowerCase(Locale.ROOT), c);
                    if (previous != null && !previous.equals(c)) {
                        throw new IllegalArgumentException("the name '" + n + "' stands for two different companies: "
                                + previous + " and " + c);
                    }
                }
            }
        }
    }

    private static List<Company> copyCompanies(List<Company> companies, String role) {
        Objects.requireNonNull(companies, role + " list");
        List<Company> copy = new ArrayList<>(companies.size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < companies.size(); i++) {
            Company c = companies.get(i);
            if (c == null) {
                throw new NullPointerException(role + " " + i + " is null");
            }
            if (!seen.add(c.name())) {
                throw new IllegalArgumentException(role + " '" + c.name() + "' is listed twice");
            }
            copy.add(c);
        }
        return List.copyOf(copy);
    }

    /**
     * Returns the reference Cybersecurity Tech Accord: announced on 17 April 2018, initiated by
     * Microsoft and Facebook, 34 founding signatories, first meeting at the RSA Conference in San
     * Francisco; Alphabet (Google's parent), Apple, Amazon and Twitter did not sign.
     *
     * @return the shared, immutable reference instance
     */
    public static Accord cybersecurityTechAccord() {
        return CybersecurityTechAccord.INSTANCE;
    }

    /**
     * Returns every company the accord knows, once each: initiators, then signatories, then
     * non-signatories, each in list order.
     *
     * @return an immutable list
     */
    public List<Company> companies() {
        Set<String> seen = new HashSet<>();
        return Stream.of(initiators, signatories, nonSignatories)
                .flatMap(List::stream)
                .filter(c -> seen.add(c.name()))
                .toList();
    }

    /**
     * Returns the known company with this canonical name or alias, ignoring case and surrounding
     * whitespace; the constructor guarantees that at most one company has a given name.
     *
     * @param nameOrAlias a name such as {@code HPE} or {@code hewlett packard enterprise}
     * @return the company, or empty if the accord does not know the name
     * @throws NullPointerException if {@code nameOrAlias} is null
     */
    public Optional<Company> findCompany(String nameOrAlias) {
        Objects.requireNonNull(nameOrAlias, "nameOrAlias");
        return companies().stream().filter(c -> c.isNamed(nameOrAlias)).findFirst();
    }

    /**
     * Returns the roles the accord itself gives a company: {@link Role#INITIATOR},
     * {@link Role#SIGNATORY} and {@link Role#NON_SIGNATORY}, never {@link Role#MENTIONED}.
     *
     * @param companyName a canonical name or alias, ignoring case
     * @return the roles, iterated in {@link Role} order; empty if the accord does not know the company
     * @throws NullPointerException if {@code companyName} is null
     */
    public Set<Role> rolesOf(String companyName) {
        Objects.requireNonNull(companyName, "companyName");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (initiators.stream().anyMatch(c -> c.isNamed(companyName))) {
            roles.add(Role.INITIATOR);
        }
        if (signatories.stream().anyMatch(c -> c.isNamed(companyName))) {
            roles.add(Role.SIGNATORY);
        }
        if (nonSignatories.stream().anyMatch(c -> c.isNamed(companyName))) {
            roles.add(Role.NON_SIGNATORY);
        }
        return Collections.unmodifiableSet(roles);
    }
}
