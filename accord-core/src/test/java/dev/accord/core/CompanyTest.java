package dev.accord.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CompanyTest {

    @Test
    void hasCanonicalNameAliasesAndOptionalParent() {
        Company google = Company.named("Google", "Google LLC").withParent("Alphabet");
        assertEquals("Google", google.name());
        assertEquals(List.of("Google", "Google LLC"), google.allNames());
        assertEquals(Optional.of("Alphabet"), google.parentName());
        assertEquals(Optional.empty(), Company.named("Apple").parentName());
    }

    @Test
    void isNamedByAnyNameIgnoringCaseAndSurroundingWhitespace() {
        Company hpe = Company.named("Hewlett Packard Enterprise", "HPE");
        assertTrue(hpe.isNamed("hpe"));
        assertTrue(hpe.isNamed(" HEWLETT PACKARD ENTERPRISE\n"));
        assertFalse(hpe.isNamed("HP"));
        assertEquals("text", assertThrows(NullPointerException.class, () -> hpe.isNamed(null)).getMessage());
    }

    @Test
    void stripsSurroundingWhitespaceFromEveryName() {
        Company c = new Company(" Cisco ", List.of(" Cisco Systems\t"), Optional.of(" Alphabet "));
        assertEquals(new Company("Cisco", List.of("Cisco Systems"), Optional.of("Alphabet")), c);
    }

    @Test
    void rejectsBlankName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Company.named("  "));
        assertEquals("company name must not be blank, got '  '", e.getMessage());
    }

    @Test
    void rejectsBlankAliasNamingTheCompany() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Company.named("Arm", ""));
        assertEquals("alias of Arm must not be blank, got ''", e.getMessage());
    }

    @Test
    void rejectsAliasThatRepeatsTheName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Company.named("Arm", "Arm "));
        assertEquals("alias 'Arm' repeats the canonical name of Arm", e.getMessage());
    }

    @Test
    void rejectsAliasListedTwice() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Company.named("Hewlett Packard Enterprise", "HPE", "HPE"));
        assertEquals("alias 'HPE' of Hewlett Packard Enterprise is listed twice", e.getMessage());
    }

    @Test
    void rejectsCompanyThatIsItsOwnParent() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Company.named("Alphabet").withParent("Alphabet"));
        assertEquals("company 'Alphabet' cannot be its own parent", e.getMessage());
    }

    @Test
    void rejectsBlankParent() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Company.named("Google").withParent(" "));
        assertEquals("parent of Google must not be blank, got ' '", e.getMessage());
    }

    @Test
    void rejectsNullNamesNamingThem() {
        assertEquals("company name", assertThrows(NullPointerException.class, () -> Company.named(null)).getMessage());
        assertEquals("aliases", assertThrows(NullPointerException.class,
                () -> new Company("Arm", null, Optional.empty())).getMessage());
        assertEquals("alias of Arm", assertThrows(NullPointerException.class,
                () -> Company.named("Arm", (String) null)).getMessage());
    }

    @Test
    void aliasesAreImmutable() {
        assertThrows(UnsupportedOperationException.class, () -> Company.named("Arm", "ARM").aliases().add("x"));
    }
}
