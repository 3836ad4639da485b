package dev.accord.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccordTest {

    private final Accord accord = Accord.cybersecurityTechAccord();

    @Test
    void referenceAccordHasThirtyFourFoundingSignatories() {
        assertEquals("Cybersecurity Tech Accord", accord.name());
        assertEquals(34, accord.signatories().size());
    }

    @Test
    void referenceAccordWasInitiatedByMicrosoftAndFacebookWhoAlsoSigned() {
        assertEquals(List.of("Microsoft", "Facebook"), accord.initiators().stream().map(Company::name).toList());
        assertEquals(Set.of(Role.INITIATOR, Role.SIGNATORY), accord.rolesOf("Microsoft"));
        assertEquals(Set.of(Role.INITIATOR, Role.SIGNATORY), accord.rolesOf("facebook"));
    }

    @Test
    void referenceAccordWasAnnouncedOnTuesdaySeventeenthOfApril2018() {
        assertEquals(LocalDate.of(2018, 4, 17), accord.announced());
        assertEquals(DayOfWeek.TUESDAY, accord.announced().getDayOfWeek());
    }

    @Test
    void referenceAccordFirstMetAtTheRsaConferenceInSanFrancisco() {
        assertEquals(new Meeting("RSA Conference", "San Francisco"), accord.firstMeeting());
    }

    @Test
    void referenceAccordHasTheFourPillarsInOfficialOrder() {
        assertEquals(List.of(Pillar.STRONGER_DEFENSE, Pillar.NO_OFFENSE, Pillar.CAPACITY_BUILDING,
                Pillar.COLLECTIVE_ACTION), accord.pillars());
    }

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource({
        "HPE, Hewlett Packard Enterprise",
        "hewlett packard enterprise, Hewlett Packard Enterprise",
        "' HPE ', Hewlett Packard Enterprise",
        "HP, HP Inc.",
        "British Telecom, BT",
        "Telefónica, Telefonica",
        "ARM, Arm",
        "Juniper, Juniper Networks",
        "Google, Google",
        "Alphabet Inc., Alphabet"})
    void findsCompaniesByAliasIgnoringCase(String alias, String canonical) {
        assertEquals(canonical, accord.findCompany(alias).orElseThrow().name());
    }

    @Test
    void doesNotFindUnknownCompanies() {
        assertTrue(accord.findCompany("Samsung").isEmpty());
        assertTrue(accord.findCompany("RSA Conference").isEmpty(), "the conference is not a company");
        assertEquals(Set.of(), accord.rolesOf("Samsung"));
    }

    @Test
    void googlesParentIsAlphabetAndNeitherSigned() {
        Company google = accord.findCompany("Google").orElseThrow();
        assertEquals("Alphabet", google.parentName().orElseThrow());
        assertEquals(Set.of(Role.NON_SIGNATORY), accord.rolesOf("Google"));
        assertEquals(Set.of(Role.NON_SIGNATORY), accord.rolesOf("Alphabet"));
    }

    @Test
    void appleAmazonAndTwitterAreKnownNonSignatories() {
        for (String name : List.of("Apple", "Amazon", "Twitter")) {
            assertEquals(Set.of(Role.NON_SIGNATORY), accord.rolesOf(name), name);
        }
    }

    @Test
    void noCompanyIsBothSignatoryAndNonSignatory() {
        for (Company c : accord.nonSignatories()) {
            assertFalse(accord.rolesOf(c.name()).contains(Role.SIGNATORY), c.name());
        }
    }

    @Test
    void everyNameOfTheReferenceAccordStandsForOneCompany() {
        Map<String, Company> byName = new HashMap<>();
        for (Company c : accord.companies()) {
            for (String n : c.allNames()) {
                Company previous = byName.put(n.toLowerCase(Locale.ROOT), c);
                assertTrue(previous == null || previous == c, n + " names " + previous + " and " + c);
                assertEquals(c, accord.findCompany(n).orElseThrow(), n);
            }
        }
    }

    @Test
    void companiesListsEachCompanyOnceInitiatorsFirst() {
        List<Company> companies = accord.companies();
        assertEquals(34 + 5, companies.size());
        assertEquals("Microsoft", companies.get(0).name());
        assertEquals(companies.size(), new HashSet<>(companies).size());
    }

    @Test
    void rolesAreIteratedInRoleOrder() {
        assertEquals(List.of(Role.INITIATOR, Role.SIGNATORY), new ArrayList<>(accord.rolesOf("Microsoft")));
    }

    @Test
    void referenceInstanceIsSharedAndImmutable() {
        assertSame(accord, Accord.cybersecurityTechAccord());
        assertThrows(UnsupportedOperationException.class, () -> accord.signatories().add(Company.named("Samsung")));
    }

    // --- validation ---

    private static final Meeting MEETING = new Meeting("Summit", "Brussels");
    private static final LocalDate DAY = LocalDate.of(2020, 1, 1);

    private static Accord accord(List<Company> initiators, List<Company> signatories, List<Company> nonSignatories) {
        return new Accord("Test accord", DAY, initiators, signatories, nonSignatories, List.of(Pillar.values()), MEETING);
    }

    @Test
    void rejectsCompanyThatIsBothSignatoryAndNonSignatory() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> accord(
                List.of(), List.of(Company.named("Acme")), List.of(Company.named("Acme"))));
        assertEquals("company 'Acme' is both a signatory and a non-signatory", e.getMessage());
    }

    @Test
    void rejectsInitiatorThatIsANonSignatory() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> accord(
                List.of(Company.named("Acme")), List.of(), List.of(Company.named("Acme"))));
        assertEquals("company 'Acme' is both an initiator and a non-signatory", e.getMessage());
    }

    @Test
    void rejectsCompanyListedTwice() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> accord(
                List.of(), List.of(Company.named("Acme"), Company.named("Acme")), List.of()));
        assertEquals("signatory 'Acme' is listed twice", e.getMessage());
        IllegalArgumentException outside = assertThrows(IllegalArgumentException.class, () -> accord(
                List.of(), List.of(), List.of(Company.named("Acme"), Company.named("Acme"))));
        assertEquals("non-signatory 'Acme' is listed twice", outside.getMessage());
    }

    @Test
    void rejectsOneNameStandingForTwoCompanies() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> accord(
                List.of(), List.of(Company.named("Acme", "AC")), List.of(Company.named("Ac Corp", "ac"))));
        assertEquals("the name 'ac' stands for two different companies: Company[name=Acme, aliases=[AC]]"
                + " and Company[name=Ac Corp, aliases=[ac]]", e.getMessage());
    }

    @Test
    void rejectsTwoDifferentDescriptionsOfTheSameCompany() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> accord(
                List.of(Company.named("Acme")), List.of(Company.named("Acme", "Acme Inc.")), List.of()));
        assertTrue(e.getMessage().startsWith("the name 'Acme' stands for two different companies"), e.getMessage());
    }

    @Test
    void acceptsTheSameCompanyAsInitiatorAndSignatory() {
        Company acme = Company.named("Acme");
        Accord a = accord(List.of(acme), List.of(acme), List.of());
        assertEquals(List.of(acme), a.companies());
        assertEquals(Set.of(Role.INITIATOR, Role.SIGNATORY), a.rolesOf("acme"));
    }

    @Test
    void rejectsRepeatedPillars() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Accord("A", DAY, List.of(),
                List.of(), List.of(), List.of(Pillar.NO_OFFENSE, Pillar.NO_OFFENSE), MEETING));
        assertEquals("pillars repeat: [NO_OFFENSE, NO_OFFENSE]", e.getMessage());
    }

    @Test
    void rejectsBlankName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Accord(" ", DAY, List.of(),
                List.of(), List.of(), List.of(), MEETING));
        assertEquals("accord name must not be blank", e.getMessage());
    }

    @Test
    void rejectsNullsNamingThem() {
        assertEquals("announced", assertThrows(NullPointerException.class, () -> new Accord("A", null, List.of(),
                List.of(), List.of(), List.of(), MEETING)).getMessage());
        assertEquals("firstMeeting", assertThrows(NullPointerException.class, () -> new Accord("A", DAY, List.of(),
                List.of(), List.of(), List.of(), null)).getMessage());
        assertEquals("signatory list", assertThrows(NullPointerException.class, () -> new Accord("A", DAY, List.of(),
                null, List.of(), List.of(), MEETING)).getMessage());
        List<Company> withNull = new ArrayList<>();
        withNull.add(null);
        assertEquals("initiator 0 is null", assertThrows(NullPointerException.class, () -> new Accord("A", DAY,
                withNull, List.of(), List.of(), List.of(), MEETING)).getMessage());
        assertEquals("nameOrAlias", assertThrows(NullPointerException.class, () -> accord.findCompany(null)).getMessage());
        assertEquals("companyName", assertThrows(NullPointerException.class, () -> accord.rolesOf(null)).getMessage());
    }
}
