package dev.accord.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.accord.core.Role;
import dev.accord.core.text.TextSpan;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CompanyFindingTest {

    private static CompanyMention mention(String company, int sentence, int start) {
        return new CompanyMention(company, sentence, new TextSpan(start, start + company.length()), company);
    }

    private static final List<CompanyMention> TWO_MENTIONS = List.of(mention("Google", 3, 40), mention("Google", 5, 90));

    @Test
    void holdsRolesInRoleOrderParentAndMentions() {
        CompanyFinding f = new CompanyFinding("Google", EnumSet.of(Role.NON_SIGNATORY), Optional.of("Alphabet"), TWO_MENTIONS);
        assertEquals(Optional.of("Alphabet"), f.parent());
        assertEquals(List.of(3, 5), f.sentences());
        CompanyFinding both = new CompanyFinding("Microsoft", Set.of(Role.SIGNATORY, Role.INITIATOR), Optional.empty(),
                List.of(mention("Microsoft", 0, 0)));
        assertEquals(List.of(Role.INITIATOR, Role.SIGNATORY), new ArrayList<>(both.roles()));
        assertEquals(Optional.empty(), both.parent());
    }

    @Test
    void sentencesAreDistinct() {
        CompanyFinding f = new CompanyFinding("Google", Set.of(Role.MENTIONED), Optional.empty(),
                List.of(mention("Google", 2, 10), mention("Google", 2, 30)));
        assertEquals(List.of(2), f.sentences());
    }

    @Test
    void rejectsNoRole() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CompanyFinding("Google", Set.of(), Optional.empty(), TWO_MENTIONS));
        assertEquals("company 'Google' needs at least one role", e.getMessage());
    }

    @Test
    void rejectsMentionedTogetherWithAnotherRole() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CompanyFinding("Google", EnumSet.of(Role.SIGNATORY, Role.MENTIONED), Optional.empty(), TWO_MENTIONS));
        assertEquals("company 'Google' has roles [SIGNATORY, MENTIONED]: MENTIONED means the text gives no other role",
                e.getMessage());
    }

    @Test
    void rejectsNoMention() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CompanyFinding("Google", Set.of(Role.MENTIONED), Optional.empty(), List.of()));
        assertEquals("company 'Google' needs at least one mention", e.getMessage());
    }

    @Test
    void rejectsMentionOfAnotherCompany() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CompanyFinding("Google", Set.of(Role.MENTIONED), Optional.empty(), List.of(mention("Apple", 1, 0))));
        assertEquals("mention of 'Apple' filed under 'Google'", e.getMessage());
    }

    @Test
    void rejectsMentionsOutOfTextOrder() {
        List<CompanyMention> reversed = List.of(mention("Google", 5, 90), mention("Google", 3, 40));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CompanyFinding("Google", Set.of(Role.MENTIONED), Optional.empty(), reversed));
        assertEquals("mentions of 'Google' must be in text order: [40..46) in sentence 3 follows [90..96) in sentence 5",
                e.getMessage());
        List<CompanyMention> twice = List.of(mention("Google", 3, 40), mention("Google", 3, 40));
        assertThrows(IllegalArgumentException.class, () -> new CompanyFinding("Google", Set.of(Role.MENTIONED), Optional.empty(), twice));
    }

    @Test
    void rejectsBlankNameOrParentAndOwnParent() {
        assertEquals("company name must not be blank", assertThrows(IllegalArgumentException.class,
                () -> new CompanyFinding(" ", Set.of(Role.MENTIONED), Optional.empty(), TWO_MENTIONS)).getMessage());
        assertEquals("parent of 'Google' must not be blank", assertThrows(IllegalArgumentException.class,
                () -> new CompanyFinding("Google", Set.of(Role.MENTIONED), Optional.of(""), TWO_MENTIONS)).getMessage());
        assertEquals("company 'Google' cannot be its own parent", assertThrows(IllegalArgumentException.class,
                () -> new CompanyFinding("Google", Set.of(Role.MENTIONED), Optional.of("Google"), TWO_MENTIONS)).getMessage());
    }

    @Test
    void rejectsNullRolesNamingTheCompany() {
        assertEquals("roles of Google", assertThrows(NullPointerException.class,
                () -> new CompanyFinding("Google", null, Optional.empty(), TWO_MENTIONS)).getMessage());
    }

    @Test
    void rolesAndMentionsAreImmutable() {
        CompanyFinding f = new CompanyFinding("Google", EnumSet.of(Role.NON_SIGNATORY), Optional.empty(), TWO_MENTIONS);
        assertThrows(UnsupportedOperationException.class, () -> f.roles().add(Role.SIGNATORY));
        assertThrows(UnsupportedOperationException.class, () -> f.mentions().clear());
    }
}
