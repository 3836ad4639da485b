package dev.accord.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.accord.core.Accord;
import dev.accord.core.Role;
import dev.accord.core.text.Language;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A role stated once for a group goes on in the sentences that continue it, and only there. */
class RolesAcrossSentencesTest {

    private static String roles(String language, String lines) {
        Language l = Language.fromCode(language);
        return Extraction.extractor(Accord.cybersecurityTechAccord())
                .extract(Texts.sentences(l, Texts.aboutTheAccord(l, lines.replace(" / ", "\n")))).companies().stream()
                .map(c -> c.name() + ":" + c.roles().stream().map(Role::name).collect(Collectors.joining("+")))
                .collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "nl|Wie tekende? / Cisco, Dell en Nokia.|Cisco:SIGNATORY Dell:SIGNATORY Nokia:SIGNATORY",
        "nl|Cisco en Oracle tekenden het akkoord. / Ook SAP en Nokia deden mee.|Cisco:SIGNATORY Oracle:SIGNATORY SAP:SIGNATORY Nokia:SIGNATORY",
        "nl|Google tekende niet. / Evenmin Amazon.|Google:NON_SIGNATORY Amazon:NON_SIGNATORY",
        "fr|Veridian Systems a rejoint l'accord. / Arteveld Data et Polderhost sont dans le même cas.|Veridian Systems:SIGNATORY Arteveld Data:SIGNATORY Polderhost:SIGNATORY",
        "en|The founding signatories: / - ABB / - Arm|ABB:SIGNATORY Arm:SIGNATORY",
        "nl|Cisco / De netwerkreus tekende op dag één.|Cisco:SIGNATORY",
        "en|Cisco signed the accord. / Oracle reported strong results.|Cisco:SIGNATORY Oracle:MENTIONED",
        "nl|Proximus overweegt het akkoord te ondertekenen. / Amazon wil niet tekenen.|Proximus:MENTIONED Amazon:NON_SIGNATORY",
    })
    void aRoleGoesOnOnlyWhereTheTextContinuesIt(String language, String lines, String expected) {
        assertEquals(expected, roles(language, lines));
    }
}
