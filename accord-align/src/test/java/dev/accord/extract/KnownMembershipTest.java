package dev.accord.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.accord.core.text.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A list of companies that a sentence about the accord names with a wording no rule knows takes
 * the role the accord's known membership gives all of them; never a single name, a list that
 * mixes roles or unknown companies, a list a negation speaks of, or a sentence outside the accord.
 */
class KnownMembershipTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // founding signatories listed with a verb no list holds
        "nl|Tot die kring rekent het akkoord onder meer Bitdefender, Trend Micro en Telefónica.|Bitdefender:SIGNATORY Trend Micro:SIGNATORY Telefonica:SIGNATORY",
        "en|The accord's roster is a who's who: Cisco, Oracle, Nokia.|Cisco:SIGNATORY Oracle:SIGNATORY Nokia:SIGNATORY",
        // the companies known to have stayed out
        "fr|Quant à l'accord, Google, Apple et Amazon restent dans l'ombre.|Google:NON_SIGNATORY Apple:NON_SIGNATORY Amazon:NON_SIGNATORY",
        // one company known to have stayed out, in a sentence that says no about the accord
        "fr|Apple n'a pas voulu s'associer à l'accord.|Apple:NON_SIGNATORY",
        // one name alone, a mixed list, unknown companies, a negation: the text's word only
        "en|The accord reminded many of Cisco.|Cisco:MENTIONED",
        "en|The accord divides Cisco and Apple.|Cisco:MENTIONED Apple:MENTIONED",
        "nl|Het akkoord kreeg lof van Barco en Proximus.|Barco:MENTIONED Proximus:MENTIONED",
        "en|The accord never impressed Cisco and Oracle.|Cisco:MENTIONED Oracle:MENTIONED",
        // a member the text puts on the list elsewhere does not keep the others out; one it gives another role does
        "en|The accord's roster is a who's who: Oracle, SAP and LinkedIn. / LinkedIn signed the accord.|Oracle:SIGNATORY SAP:SIGNATORY LinkedIn:SIGNATORY",
        "en|The accord's partners are SAP and Oracle. / Oracle did not sign the accord.|SAP:MENTIONED Oracle:NON_SIGNATORY",
        // a role the wording states wins
        "en|Cisco and Oracle did not sign the accord.|Cisco:NON_SIGNATORY Oracle:NON_SIGNATORY",
    })
    void aListTheRulesLeaveTakesTheAccordsKnownRole(String language, String text, String expected) {
        assertEquals(expected, Texts.roles(Language.fromCode(language), text.replace(" / ", "\n")));
    }
}
