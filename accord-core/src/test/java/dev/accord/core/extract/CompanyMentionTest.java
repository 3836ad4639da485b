package dev.accord.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.accord.core.text.TextSpan;
import org.junit.jupiter.api.Test;

class CompanyMentionTest {

    @Test
    void holdsCompanySentenceSpanAndTextAsWritten() {
        CompanyMention m = new CompanyMention("Google", 4, new TextSpan(120, 127), "Googles");
        assertEquals("Google", m.company());
        assertEquals(4, m.sentence());
        assertEquals("Googles", m.text());
    }

    @Test
    void rejectsTextThatDoesNotFitTheSpan() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CompanyMention("Apple", 0, new TextSpan(0, 4), "Apple"));
        assertEquals("mention text 'Apple' does not fit span [0..4)", e.getMessage());
    }

    @Test
    void rejectsEmptySpan() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CompanyMention("Apple", 0, new TextSpan(3, 3), ""));
        assertEquals("mention of 'Apple' has an empty span [3..3)", e.getMessage());
    }

    @Test
    void rejectsNegativeSentence() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CompanyMention("Apple", -1, new TextSpan(0, 5), "Apple"));
        assertEquals("sentence must be >= 0, got -1", e.getMessage());
    }

    @Test
    void rejectsBlankOrNullCompany() {
        assertEquals("company name must not be blank", assertThrows(IllegalArgumentException.class,
                () -> new CompanyMention(" ", 0, new TextSpan(0, 5), "Apple")).getMessage());
        assertEquals("company", assertThrows(NullPointerException.class,
                () -> new CompanyMention(null, 0, new TextSpan(0, 5), "Apple")).getMessage());
    }
}
