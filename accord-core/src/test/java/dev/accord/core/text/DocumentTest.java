package dev.accord.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentTest {

    private static final String TEXT = "Microsoft en Facebook tekenen. Apple niet.\n\nGoogle ook niet.";
    private static final TextSpan P0 = span("Microsoft en Facebook tekenen. Apple niet.");
    private static final TextSpan P1 = span("Google ook niet.");

    private static TextSpan span(String part) {
        int start = TEXT.indexOf(part);
        return new TextSpan(start, start + part.length());
    }

    private static Sentence sentence(int index, int paragraph, String part) {
        return new Sentence(index, paragraph, span(part), part);
    }

    private static List<Sentence> validSentences() {
        return List.of(
                sentence(0, 0, "Microsoft en Facebook tekenen."),
                sentence(1, 0, "Apple niet."),
                sentence(2, 1, "Google ook niet."));
    }

    private static IllegalArgumentException rejected(List<TextSpan> paragraphs, List<Sentence> sentences) {
        return assertThrows(IllegalArgumentException.class,
                () -> new Document(Language.NL, TEXT, paragraphs, sentences));
    }

    @Test
    void acceptsParagraphsAndSentencesThatFitTheText() {
        Document doc = new Document(Language.NL, TEXT, List.of(P0, P1), validSentences());
        assertEquals(3, doc.size());
        assertEquals("Apple niet.", doc.sentence(1).text());
        assertEquals("Google ook niet.", doc.paragraphText(1));
        assertEquals("Document[nl, 60 chars, 2 paragraphs, 3 sentences]", doc.toString());
        for (Sentence s : doc.sentences()) {
            assertEquals(s.text(), s.span().coveredText(doc.text()));
        }
    }

    @Test
    void unsegmentedDocumentGetsSentencesLater() {
        Document raw = Document.unsegmented(Language.NL, TEXT, List.of(P0, P1));
        assertEquals(0, raw.size());
        Document segmented = raw.withSentences(validSentences());
        assertEquals(3, segmented.size());
        assertEquals(0, raw.size(), "the original is unchanged");
        assertEquals(raw.paragraphs(), segmented.paragraphs());
    }

    @Test
    void emptyDocumentIsValid() {
        Document empty = new Document(Language.FR, "", List.of(), List.of());
        assertEquals(0, empty.size());
        assertEquals("Document[fr, 0 chars, 0 paragraphs, 0 sentences]", empty.toString());
    }

    @Test
    void copiesItsListsSoLaterChangesDoNotLeakIn() {
        List<TextSpan> paragraphs = new ArrayList<>(List.of(P0, P1));
        Document doc = Document.unsegmented(Language.NL, TEXT, paragraphs);
        paragraphs.clear();
        assertEquals(2, doc.paragraphs().size());
        assertThrows(UnsupportedOperationException.class, () -> doc.paragraphs().add(P0));
        assertThrows(UnsupportedOperationException.class, () -> doc.sentences().clear());
    }

    @Test
    void rejectsOverlappingParagraphs() {
        IllegalArgumentException e = rejected(List.of(new TextSpan(0, 30), new TextSpan(20, 42)), List.of());
        assertEquals("paragraph 1 [20..42) overlaps or precedes the previous one", e.getMessage());
    }

    @Test
    void rejectsParagraphsOutOfOrder() {
        IllegalArgumentException e = rejected(List.of(P1, P0), List.of());
        assertEquals("paragraph 1 [0..42) overlaps or precedes the previous one", e.getMessage());
    }

    @Test
    void rejectsParagraphBeyondTheText() {
        IllegalArgumentException e = rejected(List.of(P0, new TextSpan(44, 61)), List.of());
        assertEquals("paragraph 1 [44..61) reaches beyond the text (length 60)", e.getMessage());
    }

    @Test
    void rejectsSentenceWithTheWrongIndex() {
        List<Sentence> sentences = List.of(sentence(0, 0, "Microsoft en Facebook tekenen."), sentence(2, 0, "Apple niet."));
        IllegalArgumentException e = rejected(List.of(P0, P1), sentences);
        assertEquals("sentence at position 1 has index 2", e.getMessage());
    }

    @Test
    void rejectsSentenceNamingAMissingParagraph() {
        IllegalArgumentException e = rejected(List.of(P0), List.of(sentence(0, 1, "Microsoft en Facebook tekenen.")));
        assertEquals("sentence 0 names paragraph 1 but the document has 1 paragraphs", e.getMessage());
    }

    @Test
    void rejectsSentencesInADocumentWithoutParagraphs() {
        IllegalArgumentException e = rejected(List.of(), List.of(sentence(0, 0, "Apple niet.")));
        assertEquals("sentence 0 names paragraph 0 but the document has 0 paragraphs", e.getMessage());
    }

    @Test
    void rejectsSentenceOutsideItsParagraph() {
        IllegalArgumentException e = rejected(List.of(P0, P1), List.of(sentence(0, 1, "Microsoft en Facebook tekenen.")));
        assertEquals("sentence 0 [0..30) lies outside its paragraph 1 [44..60)", e.getMessage());
    }

    @Test
    void rejectsSentenceGoingBackToAnEarlierParagraph() {
        List<Sentence> sentences = List.of(sentence(0, 1, "Google ook niet."), sentence(1, 0, "Apple niet."));
        IllegalArgumentException e = rejected(List.of(P0, P1), sentences);
        assertEquals("sentence 1 goes back to paragraph 0 after sentence 0 in paragraph 1", e.getMessage());
    }

    @Test
    void rejectsOverlappingSentences() {
        List<Sentence> sentences = List.of(
                sentence(0, 0, "Microsoft en Facebook tekenen."),
                sentence(1, 0, "tekenen. Apple niet."));
        IllegalArgumentException e = rejected(List.of(P0, P1), sentences);
        assertEquals("sentence 1 [22..42) overlaps or precedes the previous sentence", e.getMessage());
    }

    @Test
    void rejectsSentencesOutOfTextOrder() {
        List<Sentence> sentences = List.of(sentence(0, 0, "Apple niet."), sentence(1, 0, "Microsoft en Facebook tekenen."));
        IllegalArgumentException e = rejected(List.of(P0, P1), sentences);
        assertEquals("sentence 1 [0..30) overlaps or precedes the previous sentence", e.getMessage());
    }

    @Test
    void rejectsSentenceWhoseTextDiffersFromTheDocument() {
        Sentence wrong = new Sentence(0, 0, span("Apple niet."), "Apple nooit");
        IllegalArgumentException e = rejected(List.of(P0, P1), List.of(wrong));
        assertEquals("sentence 0 text differs from the document text at [31..42)", e.getMessage());
    }

    @Test
    void rejectsNullsNamingTheArgument() {
        assertEquals("language", assertThrows(NullPointerException.class,
                () -> new Document(null, TEXT, List.of(), List.of())).getMessage());
        assertEquals("text", assertThrows(NullPointerException.class,
                () -> new Document(Language.NL, null, List.of(), List.of())).getMessage());
        assertEquals("paragraphs", assertThrows(NullPointerException.class,
                () -> new Document(Language.NL, TEXT, null, List.of())).getMessage());
        assertEquals("sentences", assertThrows(NullPointerException.class,
                () -> new Document(Language.NL, TEXT, List.of(), null)).getMessage());
    }

    @Test
    void toStringNeverPrintsTheWholeText() {
        Document doc = Document.unsegmented(Language.NL, TEXT, List.of(P0, P1));
        assertTrue(!doc.toString().contains("Microsoft"), doc.toString());
    }

    @Test
    void theTextOfSeveralSentencesIsJoinedByOneSpaceInTheOrderGiven() {
        Document doc = new Document(Language.NL, TEXT, List.of(P0, P1), validSentences());
        assertEquals("Microsoft en Facebook tekenen. Apple niet.", doc.sentencesText(List.of(0, 1)));
        assertEquals("Google ook niet. Apple niet.", doc.sentencesText(List.of(2, 1)));
        assertEquals("", doc.sentencesText(List.of()));
        assertThrows(IndexOutOfBoundsException.class, () -> doc.sentencesText(List.of(3)));
    }
}
