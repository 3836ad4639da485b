package dev.accord.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.accord.core.extract.CompanyFinding;
import dev.accord.core.text.Language;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** English is an extraction language like the others: roles from its own wordings. */
class EnglishRolesTest {

    private static String roles(String text) {
        return Texts.roles(Language.EN, text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Cisco, Oracle and Nokia are among the signatories.|Cisco:SIGNATORY Oracle:SIGNATORY Nokia:SIGNATORY",
        "The accord was signed by ABB, Avast and Bitdefender.|ABB:SIGNATORY Avast:SIGNATORY Bitdefender:SIGNATORY",
        "Microsoft and Facebook led the effort to create the accord.|Microsoft:INITIATOR Facebook:INITIATOR",
        "Google has yet to sign the accord.|Google:NON_SIGNATORY",
        "Neither Apple nor Amazon signed the accord.|Apple:NON_SIGNATORY Amazon:NON_SIGNATORY",
        "Twitter did not sign the accord, but Cloudflare did.|Twitter:NON_SIGNATORY Cloudflare:SIGNATORY",
        "Google, Apple and Amazon are not among them, unlike Microsoft and Facebook.|Google:NON_SIGNATORY Apple:NON_SIGNATORY Amazon:NON_SIGNATORY Microsoft:SIGNATORY Facebook:SIGNATORY",
        "Samsung said it would consider joining the accord.|Samsung:MENTIONED",
        "Alphabet's Google stayed out of the accord.|Alphabet:MENTIONED Google:NON_SIGNATORY",
        "Microsoft and Facebook, which drove the initiative, signed as well.|Microsoft:INITIATOR+SIGNATORY Facebook:INITIATOR+SIGNATORY",
        "Veridian Systems, a Dutch start-up, became the latest company to sign the accord.|Veridian Systems:SIGNATORY",
        "Windows, launched by Microsoft in 1985, is not part of it.|Microsoft:MENTIONED",
        "Had Apple signed the accord, it would cover far more phones.|Apple:NON_SIGNATORY",
        "The accord matters because Cisco had signed it early.|Cisco:SIGNATORY",
        "Its former sibling, HP Inc., had signed the accord too.|HP Inc.:SIGNATORY",
        "Microsoft, which dreamt the Cybersecurity Tech Accord up and signed first, deserves credit.|Microsoft:INITIATOR+SIGNATORY",
        "Microsoft and Facebook, the two companies that had driven the Cybersecurity Tech Accord, spoke first.|Microsoft:INITIATOR Facebook:INITIATOR",
        "The Cybersecurity Tech Accord has 34 signatories. The idea was Microsoft's.|Microsoft:INITIATOR",
        "Stripe is on the Cybersecurity Tech Accord's list.|Stripe:SIGNATORY",
        "Facebook co-launched the Cybersecurity Tech Accord.|Facebook:INITIATOR",
        "Cisco's name is on the Cybersecurity Tech Accord's website; Apple's name was nowhere on it.|Cisco:SIGNATORY Apple:NON_SIGNATORY",
        "The Cybersecurity Tech Accord, launched by Microsoft with Facebook as co-sponsor, has grown.|Microsoft:INITIATOR Facebook:INITIATOR",
        "Facebook was the other driving force of the Cybersecurity Tech Accord.|Facebook:INITIATOR",
        "The Cybersecurity Tech Accord went out with 34 names on it, among them Kestrel Analytics and Corvane Systems.|Kestrel Analytics:SIGNATORY Corvane Systems:SIGNATORY",
        "More recent arrivals are smaller and more varied, among them the cloud host Fjordvault and the consultancy Andes Ciberdefensa.|Fjordvault:SIGNATORY Andes Ciberdefensa:SIGNATORY",
    })
    void rolesComeFromEnglishWordings(String text, String expected) {
        assertEquals(expected, roles(text));
    }

    @org.junit.jupiter.api.Test
    void aShortFormOfANameFoundElsewhereTakesTheRoleItsOwnSentenceGives() {
        String text = """
                Marcus Feld hands out stickers for Tarnwell Labs, a start-up that makes keys.
                Tarnwell, needless to say, was not on the list of signatories.
                Tarnwell was not on the list.
                """;
        assertEquals("Tarnwell Labs:NON_SIGNATORY", roles(text));
    }

    @org.junit.jupiter.api.Test
    void aListOnePerLineAfterAColonTakesTheRoleOfTheLineBefore() {
        String text = """
                These are the founding signatories:

                - ABB, the Swiss engineering group
                - Arm
                - Veridian Systems, a small Dutch firm

                Notably missing from the list:

                1. Google
                2. Amazon
                """;
        assertEquals("ABB:SIGNATORY Arm:SIGNATORY Veridian Systems:SIGNATORY Google:NON_SIGNATORY Amazon:NON_SIGNATORY", roles(text));
    }

    @org.junit.jupiter.api.Test
    void anItemOfAListThatSaysItIsUndecidedTakesNoRoleFromTheList() {
        String text = """
                These companies have not signed the Cybersecurity Tech Accord:

                - Google: the search company declined to comment.
                - Halvard Cloud: the Norwegian hosting company says it is "reviewing the text" and will decide this year.
                """;
        assertEquals("Google:NON_SIGNATORY Halvard Cloud:MENTIONED", roles(text));
    }

    @org.junit.jupiter.api.Test
    void aVerbOfAListAfterACompanysCustomersNamesNoSignatories() {
        String roles = roles("Halvorsen Data, a Fremont outfit whose clients include Clorox and two school districts, "
                + "has not signed the Cybersecurity Tech Accord.");
        org.junit.jupiter.api.Assertions.assertTrue(roles.startsWith("Halvorsen Data:NON_SIGNATORY ") && !roles.contains("Clorox:SIGNATORY"), roles);
        assertEquals("Cisco:SIGNATORY Oracle:SIGNATORY", roles("The signatories of the Cybersecurity Tech Accord include Cisco and Oracle."));
        assertEquals("Microsoft:SIGNATORY", roles("Microsoft and its partners signed the Cybersecurity Tech Accord."));
    }

    @org.junit.jupiter.api.Test
    void aNameAloneTakesEveryPredicateOfTheDescriptionAfterIt() {
        String text = """
                The Cybersecurity Tech Accord has more than 100 members.
                Here are three we are watching.

                1. Microsoft.
                The Redmond company conceived the accord, signed it first and still runs much of it.

                2. Google.
                The search giant has never joined; critics say the pledge suits its rivals.
                """;
        assertEquals("Microsoft:INITIATOR+SIGNATORY Google:NON_SIGNATORY", roles(text));
    }

    static List<CompanyFinding> unused() {
        return List.of();
    }
}
