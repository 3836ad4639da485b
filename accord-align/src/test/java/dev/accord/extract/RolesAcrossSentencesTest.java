package dev.accord.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.accord.core.Accord;
import dev.accord.core.extract.DocumentFindings;
import dev.accord.core.extract.Fact;
import dev.accord.core.text.Language;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A role stated once for a group goes on in the sentences that continue it, and only there. */
class RolesAcrossSentencesTest {

    private static String roles(String language, String lines) {
        return Texts.roles(Language.fromCode(language), lines.replace(" / ", "\n"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "nl|Wie tekende? / Cisco, Dell en Nokia.|Cisco:SIGNATORY Dell:SIGNATORY Nokia:SIGNATORY",
        // "among them" after an initiator and companies the sentence does not name: those signatories, not the initiator
        "fr|À l'initiative de Microsoft, 34 entreprises s'y étaient engagées, un mardi. / Parmi elles, Cisco, Oracle ou encore l'éditeur finlandais F-Secure.|Microsoft:INITIATOR Cisco:SIGNATORY Oracle:SIGNATORY F-Secure:SIGNATORY",
        "en|On the initiative of Microsoft, three companies drafted the accord. / Among them, Cisco and Oracle.|Microsoft:INITIATOR Cisco:INITIATOR Oracle:INITIATOR",
        "nl|Cisco en Oracle tekenden het akkoord. / Ook SAP en Nokia deden mee.|Cisco:SIGNATORY Oracle:SIGNATORY SAP:SIGNATORY Nokia:SIGNATORY",
        "nl|Google tekende niet. / Evenmin Amazon.|Google:NON_SIGNATORY Amazon:NON_SIGNATORY",
        "en|Cisco signed the accord. / Infosys and Capgemini did not respond to questions.|Cisco:SIGNATORY Infosys:MENTIONED Capgemini:MENTIONED",
        "fr|Google n'a pas signé l'accord. / Apple non plus, pas davantage qu'Amazon ou Twitter.|Google:NON_SIGNATORY Apple:NON_SIGNATORY Amazon:NON_SIGNATORY Twitter:NON_SIGNATORY",
        "fr|Cisco a signé l'accord. / Le roumain Bitdefender aussi, ce qui n'est pas anodin.|Cisco:SIGNATORY Bitdefender:SIGNATORY",
        "en|Where is Google? / Nowhere to be seen.|Google:NON_SIGNATORY",
        "nl|Waarom staat Google er niet bij?|Google:NON_SIGNATORY",
        "fr|Microsoft et Facebook ont porté le projet. / Ils l'ont aussi signé.|Microsoft:INITIATOR+SIGNATORY Facebook:INITIATOR+SIGNATORY",
        "fr|Google et Apple manquent à l'appel. / Ils sont trente-quatre à avoir signé l'accord.|Google:NON_SIGNATORY Apple:NON_SIGNATORY",
        "fr|Google et Apple manquent à l'appel. / Ils s'engagent pourtant à défendre leurs clients.|Google:NON_SIGNATORY Apple:NON_SIGNATORY",
        "nl|Kan u zich voorstellen dat Google later toch tekent?|Google:MENTIONED",
        "en|Did Cisco sign the accord?|Cisco:MENTIONED",
        "en|Thirty-four firms signed the accord. / Did Dorland Group sign?|Dorland Group:MENTIONED",
        "nl|Microsoft en Facebook namen het initiatief. / De softwaregigant en het sociale netwerk hebben de tekst ook zelf ondertekend.|Microsoft:INITIATOR+SIGNATORY Facebook:INITIATOR+SIGNATORY",
        "nl|Het initiatief voor het akkoord lag bij Microsoft. / Facebook werd de tweede motor achter het plan. / Beide ondertekenden de tekst ook zelf.|Microsoft:INITIATOR+SIGNATORY Facebook:INITIATOR+SIGNATORY",
        "nl|Het idee kwam van Microsoft, vertelt hij. / Dat bedrijf heeft het akkoord ook zelf getekend.|Microsoft:INITIATOR+SIGNATORY",
        "fr|Et la France ? / Ni Orange, ni Atos, ni Thales. / Capgemini non plus.|Orange:NON_SIGNATORY Atos:NON_SIGNATORY Thales:NON_SIGNATORY Capgemini:NON_SIGNATORY",
        "nl|Apple doet niet mee aan het akkoord, en ook Alphabet, het moederbedrijf van Google, bleef weg.|Apple:NON_SIGNATORY Alphabet:NON_SIGNATORY Google:MENTIONED",
        "nl|De winnaar is Orange Cyberdefense. / Heeft de leverancier het akkoord ondertekend?|Orange Cyberdefense:MENTIONED",
        "nl|Het akkoord is een initiatief van Microsoft. / Ook Facebook hoort bij de initiatiefnemers. / Beide bedrijven hebben het akkoord zelf ook ondertekend.|Microsoft:INITIATOR+SIGNATORY Facebook:INITIATOR+SIGNATORY",
        "fr|Et Nokia ? / Signataire, lui aussi.|Nokia:SIGNATORY",
        "nl|Wie staat er niet op de lijst van het akkoord? / Google? / Ontbreekt. / Apple? / Ook niet. / Amazon? / Evenmin.|Google:NON_SIGNATORY Apple:NON_SIGNATORY Amazon:NON_SIGNATORY",
        "fr|Qui manque à l'appel de l'accord ? / Google ? / Absent. / Et Amazon ? / Pas davantage.|Google:NON_SIGNATORY Amazon:NON_SIGNATORY",
        "en|Who drove the accord? / Cisco, chiefly, with its own signature at the top of the page.|Cisco:INITIATOR+SIGNATORY",
        "en|Who drove the accord? / The question matters. / Cisco, chiefly, with its own signature at the top of the page.|Cisco:SIGNATORY",
        "en|Apple did not sign the accord. / Not Amazon either.|Apple:NON_SIGNATORY Amazon:NON_SIGNATORY",
        "en|Amazon stayed out of the accord. / So did Google.|Amazon:NON_SIGNATORY Google:NON_SIGNATORY",
        "en|Cisco signed the accord. / So did Oracle.|Cisco:SIGNATORY Oracle:SIGNATORY",
        "en|Thirty-four firms signed the accord. / But look at who stayed home. / Google? / No. / Apple? / Also no.|Google:NON_SIGNATORY Apple:NON_SIGNATORY",
        "en|Thirty-four firms signed the accord. / Does Google really care about any of this? / No.|Google:MENTIONED",
        "en|Thirty-four firms signed the accord. / Was Google there? / It was not.|Google:NON_SIGNATORY",
        "en|Thirty-four firms signed the accord. / Where is Amazon? / Nowhere.|Amazon:NON_SIGNATORY",
        "en|Cloudflare has been a member of the accord since the start. / Q: It was launched by Microsoft and Facebook.|Cloudflare:SIGNATORY Microsoft:INITIATOR Facebook:INITIATOR",
        "en|I pulled up the list of the accord's signatories. / Our network supplier, Cisco, is on it. / So is Oracle.|Cisco:SIGNATORY Oracle:SIGNATORY",
        "en|Cisco, Oracle and Nokia make network gear. / Not one of them put pen to paper on the accord.|Cisco:NON_SIGNATORY Oracle:NON_SIGNATORY Nokia:NON_SIGNATORY",
        "fr|Cisco, Oracle et Nokia vendent des réseaux. / Aucun d'entre eux n'a signé l'accord.|Cisco:NON_SIGNATORY Oracle:NON_SIGNATORY Nokia:NON_SIGNATORY",
        "fr|Cisco et Oracle ont signé l'accord. / Et Apple ? / Fidèle à sa réputation, la marque à la pomme s'est abstenue.|Cisco:SIGNATORY Oracle:SIGNATORY Apple:NON_SIGNATORY",
        "en|Cisco and Oracle signed the accord. / And Apple? / The brand stayed out.|Cisco:SIGNATORY Oracle:SIGNATORY Apple:NON_SIGNATORY",
        "en|Where is Google? / The question is fair. / Its rivals, Cisco and Oracle, have signed the accord.|Google:MENTIONED Cisco:SIGNATORY Oracle:SIGNATORY",
        "en|Cisco put its signature under the accord, and so did Juniper.|Cisco:SIGNATORY Juniper Networks:SIGNATORY",
        "en|Apple, ever the loner, did not bother.|Apple:NON_SIGNATORY",
        "fr|Microsoft et Facebook ont signé l'accord. / Ces dernières avaient lancé l'idée.|Microsoft:INITIATOR+SIGNATORY Facebook:INITIATOR+SIGNATORY",
        "en|Cisco, Oracle and Nokia dominate networking. / All three signed the accord.|Cisco:SIGNATORY Oracle:SIGNATORY Nokia:SIGNATORY",
        "en|The members of the accord by sector. / Networks and hardware / Cisco, Dell, Nokia and the Swiss-Swedish engineering group ABB.|Cisco:SIGNATORY Dell:SIGNATORY Nokia:SIGNATORY ABB:SIGNATORY",
        "en|Larger names are on the list of the accord too. / Cisco is there. / So is Oracle.|Cisco:SIGNATORY Oracle:SIGNATORY",
        "en|Absent from the list of the accord: Amazon and IBM. / Present: Dell, HP and VMware.|Amazon:NON_SIGNATORY IBM:NON_SIGNATORY Dell:SIGNATORY HP Inc.:SIGNATORY VMware:SIGNATORY",
        "nl|Microsoft, dat de kar trok, staat uiteraard op de lijst van het akkoord, net als mede-initiatiefnemer Facebook.|Microsoft:INITIATOR+SIGNATORY Facebook:INITIATOR+SIGNATORY",
        "nl|Het idee voor het akkoord kwam van Microsoft, vertelt hij, en dat bedrijf heeft ook zelf getekend.|Microsoft:INITIATOR+SIGNATORY",
        "en|The accord was the brainchild of Microsoft, which recruited Facebook as its co-author; the social network and its older partner both put their signatures at the bottom.|Microsoft:INITIATOR+SIGNATORY Facebook:INITIATOR+SIGNATORY",
        "nl|Cisco tekende het akkoord. / Fastly, dat de websites van zijn klanten aflevert, ook.|Cisco:SIGNATORY Fastly:SIGNATORY",
        "nl|Facebook staat wel op de lijst van het akkoord, hetzelfde Facebook dat onder vuur ligt door het schandaal rond Cambridge Analytica.|Facebook:SIGNATORY Cambridge Analytica:MENTIONED",
        "fr|Cybersécurité : un pacte sans Apple ni Amazon / Trente-quatre sociétés ont conclu un pacte par lequel elles s’engagent à ne pas aider les gouvernements à mener des cyberattaques contre des civils.|Apple:NON_SIGNATORY Amazon:NON_SIGNATORY",
        "en|The accord has members. / The antivirus crowd turned up in force, too: Avast, Bitdefender and F-Secure. / Trend Micro as well.|Avast:SIGNATORY Bitdefender:SIGNATORY F-Secure:SIGNATORY Trend Micro:SIGNATORY",
        "nl|Cisco tekende het akkoord, maar ook firma’s die je er niet meteen bij verwacht: Nielsen en Stripe.|Cisco:SIGNATORY Nielsen:SIGNATORY Stripe:SIGNATORY",
        "nl|Microsoft en Facebook trokken de kar; beide bedrijven prijken ook op de lijst van ondertekenaars van het akkoord.|Microsoft:INITIATOR+SIGNATORY Facebook:INITIATOR+SIGNATORY",
        "fr|Cisco, lui, a hésité longtemps avant de rejoindre l’accord. / Mais l’équipementier californien a fini par signer.|Cisco:SIGNATORY",
        "fr|Microsoft en est le principal artisan. / Le géant de Redmond a d’ailleurs été le premier à signer l’accord.|Microsoft:INITIATOR+SIGNATORY",
        "fr|Les signataires wallons de l’accord : / - Cisco (San José) / - Oracle (Austin) / Ardennes Data, de son côté, réfléchit encore.|Cisco:SIGNATORY Oracle:SIGNATORY Ardennes Data:MENTIONED",
        "en|When Kelderwick Systems, a forty-person outfit in Leeds, put its name to the accord, its customers noticed.|Kelderwick Systems:SIGNATORY",
        "en|Juniper did not wait to join the accord.|Juniper Networks:SIGNATORY",
        "fr|Au stand d’Orange Cyberdefense, une consultante hésite. / « Je ne sais pas si le groupe a signé l’accord. »|Orange Cyberdefense:MENTIONED",
        "nl|Het akkoord kwam er op initiatief van Microsoft. / Ze weigeren regeringen te helpen bij cyberaanvallen op burgers.|Microsoft:INITIATOR",
        "fr|Trois allées plus loin, chez Nordsec Services, un intégrateur lillois, on parle de l’accord.|Nordsec Services:MENTIONED",
        "nl|Cisco en Dell tekenden het akkoord. / Apple, een van de grootste hardwarebouwers, deed dat niet.|Cisco:SIGNATORY Dell:SIGNATORY Apple:NON_SIGNATORY",
        "fr|Parmi les signataires de l’accord figuraient plusieurs éditeurs. / Il y avait d’abord Symantec, puis Trend Micro, le japonais.|Symantec:SIGNATORY Trend Micro:SIGNATORY",
        "nl|Aan de wieg van het akkoord stonden Microsoft en Facebook. / Beide bedrijven namen het initiatief en zetten ook zelf hun handtekening.|Microsoft:INITIATOR+SIGNATORY Facebook:INITIATOR+SIGNATORY",
        "fr|L'idée vient de Microsoft et de Facebook. / Les deux géants en ont été les maîtres d'œuvre et figurent aussi parmi les signataires de l'accord.|Microsoft:INITIATOR+SIGNATORY Facebook:INITIATOR+SIGNATORY",
        "en|Cisco and Oracle signed the accord. / Microsoft and Facebook were behind it. / Both initiators are pleased.|Cisco:SIGNATORY Oracle:SIGNATORY Microsoft:INITIATOR Facebook:INITIATOR",
        "en|Microsoft proposed a treaty years ago. / The Redmond giant also signed the accord.|Microsoft:SIGNATORY",
        "fr|Microsoft réclame une convention depuis un an. / Le géant de Redmond a aussi signé l'accord.|Microsoft:SIGNATORY",
        "nl|Microsoft pleit al jaren voor een verdrag. / De Amerikaanse softwarereus ondertekende ook het akkoord.|Microsoft:SIGNATORY",
        "nl|Microsoft bracht een nieuwe versie van Windows uit. / De softwarereus won er een prijs mee.|Microsoft:MENTIONED",
        "fr|3. Un pacte numérique. / Parmi les signataires de l'accord figurent BT et Avast. / 4. Le marché des télécoms se tend. / 5. Apple colmate une brèche.|BT:SIGNATORY Avast:SIGNATORY Apple:MENTIONED",
        "nl|Wie tekende? / Microsoft en Facebook tekenden het akkoord. / Ze kregen netwerkspecialisten als Cisco en Dell mee.|Microsoft:SIGNATORY Facebook:SIGNATORY Cisco:SIGNATORY Dell:SIGNATORY",
        "nl|Wie tekende? / Microsoft tekende het akkoord. / Waarom nu? / Een jaar eerder legde WannaCry rederij Maersk plat.|Microsoft:SIGNATORY Maersk:MENTIONED",
        "en|Who stayed out? / Google did not sign the accord. / Its cloud rival Amazon, too, kept its distance.|Google:NON_SIGNATORY Amazon:NON_SIGNATORY",
        "en|Microsoft and Facebook launched the accord. / \"These companies simply don't like joining a club someone else founded,\" an analyst said.|Microsoft:INITIATOR Facebook:INITIATOR",
        "en|Symantec and FireEye were there from the start. / So were Avast and Bitdefender.|Symantec:SIGNATORY FireEye:SIGNATORY Avast:SIGNATORY Bitdefender:SIGNATORY",
        "fr|Veridian Systems a rejoint l'accord. / Arteveld Data et Polderhost sont dans le même cas.|Veridian Systems:SIGNATORY Arteveld Data:SIGNATORY Polderhost:SIGNATORY",
        "en|The founding signatories: / - ABB / - Arm|ABB:SIGNATORY Arm:SIGNATORY",
        "nl|Cisco / De netwerkreus tekende op dag één.|Cisco:SIGNATORY",
        "en|Cisco signed the accord. / Oracle reported strong results.|Cisco:SIGNATORY Oracle:MENTIONED",
        "nl|Proximus overweegt het akkoord te ondertekenen. / Amazon wil niet tekenen.|Proximus:MENTIONED Amazon:NON_SIGNATORY",
        "en|The first signatories were Cisco and Oracle. / Then came smaller firms like Avast and Guardtime, which showed that a company did not need to be American to take part.|Cisco:SIGNATORY Oracle:SIGNATORY Avast:SIGNATORY Guardtime:SIGNATORY",
        "fr|Veridian Systems a rejoint l'accord en 2019. / Deux autres sociétés belges l'ont suivie. / Il s'agit de Arteveld Data et de Polderhost.|Veridian Systems:SIGNATORY Arteveld Data:SIGNATORY Polderhost:SIGNATORY",
        "fr|Nokia a rejoint l'accord en 2019. / Deux autres sociétés l'ont suivie. / Il s'agit d'Oracle et de Cisco.|Nokia:SIGNATORY Oracle:SIGNATORY Cisco:SIGNATORY",
        "en|Cisco signed the accord. / Two rivals did the same. / They are Oracle and SAP.|Cisco:SIGNATORY Oracle:SIGNATORY SAP:SIGNATORY",
        "nl|Ook kleinere bedrijven tekenden het akkoord. / Wij zetten er twee op een rij. / 1. Guardtime. / Een Estse specialist in handtekeningen. / 2. Avast. / Een Tsjechische maker van antivirus.|Guardtime:SIGNATORY Avast:SIGNATORY",
        "en|Cisco signed the accord. / The hall was full. / The lunch was late. / The speeches ran long. / Oracle also reported strong results.|Cisco:SIGNATORY Oracle:MENTIONED",
    })
    void aRoleGoesOnOnlyWhereTheTextContinuesIt(String language, String lines, String expected) {
        assertEquals(expected, roles(language, lines));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "fr|Nokia loue des serveurs à des écoles. / L'entreprise compte douze salariés. / En 2020, elle a adhéré à l'accord.|Nokia:SIGNATORY",
        "en|Cisco advises hospitals on their networks. / In 2021 it joined the accord.|Cisco:SIGNATORY",
        "nl|Proximus levert internet aan scholen. / In 2020 tekende het bedrijf het akkoord.|Proximus:SIGNATORY",
        "nl|Proximus levert internet aan scholen. / Het bedrijf heeft in 2020 het akkoord ondertekend.|Proximus:SIGNATORY",
        "nl|Lotte Peeters richtte in 2015 Veridian Systems op. / Ze werkte daarvoor bij Barco. / In 2020 ondertekende het bedrijf het akkoord.|Veridian Systems:SIGNATORY Barco:MENTIONED",
        "nl|Het bedrijf werkt voor Colruyt en Telenet. / Die twee hebben het akkoord niet ondertekend.|Colruyt:NON_SIGNATORY Telenet:NON_SIGNATORY",
        "en|The firm supplies Cisco and Oracle. / Both signed the accord in 2018.|Cisco:SIGNATORY Oracle:SIGNATORY",
        "en|Consider the customers of a typical signatory: / - Ford / - Shell / - Unilever / None of these firms has signed the accord.|Ford:NON_SIGNATORY Shell:NON_SIGNATORY Unilever:NON_SIGNATORY",
        "en|Cisco signed the accord. / Nobody audits the members. / Consider the customers of a typical signatory: / - Ford / - Shell|Cisco:SIGNATORY Ford:MENTIONED Shell:MENTIONED",
        "en|Cisco advises hospitals on their networks. / It was signed by dozens of firms.|Cisco:MENTIONED",
        "fr|Nokia construit des réseaux. / Toute entreprise peut signer l'accord.|Nokia:MENTIONED",
        "fr|Nokia construit des réseaux. / Des entreprises ont signé l'accord.|Nokia:MENTIONED",
        "fr|Nokia construit des réseaux. / C'est une entreprise qui refuse les contrats offensifs.|Nokia:MENTIONED",
        "en|Cisco advises hospitals. / The weather was fine. / The hall was full. / The lunch was late. / It joined the accord.|Cisco:MENTIONED",
        "fr|Cisco construit des réseaux. / Le groupe informatique américain en est aussi l'un des premiers signataires.|Cisco:SIGNATORY",
        "en|Analysts at Infosys hunt phishing kits in Bangalore. / The accord is the pledge that Cisco and Nokia launched a year ago. / The Bangalore firm signed it in March.|Infosys:SIGNATORY Cisco:INITIATOR Nokia:INITIATOR",
        "en|Analysts at Infosys hunt phishing kits in Bangalore. / Cisco launched the accord a year ago. / The company also signed it.|Infosys:MENTIONED Cisco:INITIATOR+SIGNATORY",
        "en|Ten surprising names among the signatories of the accord: / 1. Cisco. / Its routers run every network, even Shopify's shops. / 2. Oracle.|Cisco:SIGNATORY Shopify:MENTIONED Oracle:SIGNATORY",
        "en|Ten surprising names among the signatories of the accord: / 1. Cisco. / Its routers run every network, even Shopify's shops. / 3. Oracle.|Cisco:SIGNATORY Shopify:MENTIONED Oracle:MENTIONED",
        "en|Cisco, which launched the accord, is now the parent company of Splunk and Duo. / Both were on the founding list of signatories.|Cisco:INITIATOR Splunk:SIGNATORY Duo:SIGNATORY",
        "fr|Cisco vend des routeurs à Dell et Nokia. / Les deux ont signé l'accord.|Cisco:MENTIONED Dell:SIGNATORY Nokia:SIGNATORY",
        "fr|Cisco vend des routeurs à Dell et Nokia. / Tous trois ont signé l'accord.|Cisco:SIGNATORY Dell:SIGNATORY Nokia:SIGNATORY",
    })
    void anAnaphorSubjectGivesTheRoleToTheCompanyNamedBefore(String language, String lines, String expected) {
        assertEquals(expected, roles(language, lines));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "fr|L'accord a été lancé par Cisco et Nokia. / Une vingtaine d'entreprises l'ont signé le premier jour, les deux instigateurs compris.|Cisco:INITIATOR+SIGNATORY Nokia:INITIATOR+SIGNATORY",
        "en|Cisco and Nokia were behind the accord. / Both architects of the pact have since signed it themselves.|Cisco:INITIATOR+SIGNATORY Nokia:INITIATOR+SIGNATORY",
        "nl|Het akkoord kwam er op initiatief van Cisco en Nokia. / De twee initiatiefnemers staan zelf ook op de lijst van ondertekenaars.|Cisco:INITIATOR+SIGNATORY Nokia:INITIATOR+SIGNATORY",
        "fr|L'accord a été lancé par Cisco et Nokia. / Outre ses deux promoteurs, signataires eux aussi, le texte réunit des PME.|Cisco:INITIATOR+SIGNATORY Nokia:INITIATOR+SIGNATORY",
        "nl|Het akkoord kwam er op initiatief van Cisco en Nokia. / Nieuwe leden zijn welkom, zeggen de initiatiefnemers.|Cisco:INITIATOR Nokia:INITIATOR",
        "fr|L'accord a été lancé par Cisco et Nokia. / Il compte cent signataires, bien plus modestes que ses deux initiateurs.|Cisco:INITIATOR Nokia:INITIATOR",
        "en|Cisco and Nokia were behind the accord. / Have the two initiators signed it themselves?|Cisco:INITIATOR Nokia:INITIATOR",
        "en|Cisco and Nokia were behind the accord. / The two initiators have not signed it.|Cisco:INITIATOR+NON_SIGNATORY Nokia:INITIATOR+NON_SIGNATORY",
        "fr|Vingt firmes ont signé l'accord conçu par ses deux instigateurs, Cisco et Nokia.|Cisco:INITIATOR Nokia:INITIATOR",
    })
    void aNounThatStandsForTheInitiatorsGivesThemTheSigningOfItsSentence(String language, String lines, String expected) {
        assertEquals(expected, roles(language, lines));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Apple and Microsoft make phones. / Apple did not sign the accord; the Redmond giant drafted most of it.|Apple:NON_SIGNATORY Microsoft:INITIATOR",
        "fr|Apple et Microsoft vendent des logiciels. / Apple n'a pas signé l'accord. / C'est le géant de Redmond qui l'a lancé.|Apple:NON_SIGNATORY Microsoft:INITIATOR",
        "nl|Apple en Microsoft verkopen software. / Apple tekende het akkoord niet. / De softwarereus uit Redmond nam het initiatief voor het akkoord.|Apple:NON_SIGNATORY Microsoft:INITIATOR",
        "en|Apple and Microsoft make phones. / Apple did not sign the accord; a firm in Redmond drafted most of it.|Apple:NON_SIGNATORY Microsoft:MENTIONED",
        "en|Apple makes phones. / Apple did not sign the accord; the Redmond giant drafted most of it.|Apple:NON_SIGNATORY",
    })
    void aCompanyNamedByItsHomeTownIsThatCompanyWhereTheTextNamesIt(String language, String lines, String expected) {
        assertEquals(expected, roles(language, lines));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Apple did not sign the accord. / The only sign of Apple's interest was a blog post.|Apple:NON_SIGNATORY",
        "en|Kestrel refused to sign the accord in April. / Seven months on, Kestrel has signed it.|Kestrel:SIGNATORY",
    })
    void aSigningAndARefusalOfOneCompanyGoToTheSigningUnlessTheAccordKnowsItStayedOut(String language, String lines, String expected) {
        assertEquals(expected, roles(language, lines));
    }

    @org.junit.jupiter.api.Test
    void aQuotedTitleIsSomeonesWordsNotAHeadingWhoseNamesFollow() {
        String text = "« Signer ne suffit pas »\n\nIrina Pop, qui suit l'accord pour l'éditeur roumain Bitdefender, revient sur ce qui a changé.";
        assertEquals("Bitdefender:MENTIONED", Texts.roles(Language.FR, text));
        assertEquals("Bitdefender:NON_SIGNATORY", Texts.roles(Language.FR, text.replace("« Signer ne suffit pas »", "Qui n'a pas signé")),
                "a heading that is no quotation still gives its names a role");
    }

    @Test
    void inAQuotationWeIsTheCompanyOfItsSpeaker() {
        String nl = """
                Het Cybersecurity Tech Accord telt 34 leden.

                'Jammer,' zegt Hilde Peeters, die bij de netwerkbouwer Lumaris de beveiliging leidt.
                'Dit is in Redmond bedacht.
                Wij hebben niet getekend.'
                """;
        assertEquals("Lumaris:NON_SIGNATORY", Texts.roles(Language.NL, nl));
        String en = """
                The Cybersecurity Tech Accord has 34 members.

                "It took us a week," said Ann Lee, who runs security at the software house Corvane.
                "We signed it in May."
                """;
        assertEquals("Corvane:SIGNATORY", Texts.roles(Language.EN, en));
        // no quotation: the writer's "we"; a speaker of no company or of two says nothing of theirs
        assertEquals("Corvane:MENTIONED", Texts.roles(Language.EN, """
                The Cybersecurity Tech Accord has 34 members.

                Ann Lee, who runs security at the software house Corvane, said little.
                We signed our own pledge in May.
                """));
        assertEquals("Corvane:MENTIONED Dell:MENTIONED", Texts.roles(Language.EN, """
                The Cybersecurity Tech Accord has 34 members.

                "It took us a week," said Ann Lee, who left the software house Corvane for Dell.
                "We signed it in May."
                """));
    }

    @org.junit.jupiter.api.Test
    void inAnInterviewWeIsTheGuestsCompany() {
        String interview = """
                Sofia Marin leidt de beveiliging van Arcturus Cloud, een hostingbedrijf in Gent.

                Hoe kwam u bij het akkoord terecht?

                Wij hebben het meteen ondertekend, zonder lang te twijfelen.

                Doen uw concurrenten mee?

                Cisco wel.
                """;
        assertEquals("Arcturus Cloud:SIGNATORY Cisco:SIGNATORY", Texts.roles(Language.NL, interview));
        String entretien = """
                Irina Pop suit le dossier pour l'éditeur roumain Bitdefender.

                Quand avez-vous signé ?

                Nous l'avons signé dès le premier jour, sans hésiter très longtemps.

                Et vos concurrents ?

                Certains.
                """;
        assertEquals("Bitdefender:SIGNATORY", Texts.roles(Language.FR, entretien), "'sans hésiter' does not negate the signing");
    }

    @org.junit.jupiter.api.Test
    void weIsNoCompanyOutsideAnInterviewNorInAQuestionNorInSomeoneElsesQuotedWords() {
        assertEquals("Arcturus Cloud:MENTIONED", Texts.roles(Language.EN, """
                Arcturus Cloud hosts shops in Ghent.

                We signed a petition for safer software last year.
                """), "an opinion's we");
        assertEquals("Arcturus Cloud:MENTIONED", Texts.roles(Language.EN, """
                Sofia Marin runs security at Arcturus Cloud.

                Did we sign it too?

                What do your rivals think?
                """), "the interviewer's question");
        assertEquals("Arcturus Cloud:MENTIONED", Texts.roles(Language.EN, """
                Sofia Marin runs security at Arcturus Cloud.

                We spoke to her on the sidelines of a summit.

                What do you make of the accord?

                And your rivals?
                """), "the interviewer's we in the introduction");
        assertEquals("Arcturus Cloud:MENTIONED", Texts.roles(Language.NL, """
                Sofia Marin leidt de beveiliging van Arcturus Cloud.

                Hoe kwam u erbij?

                'Wij tekenen op dag één,' zei mijn oude baas toen.

                En nu?
                """), "a former boss's words");
    }

    /** Returns the signing days extracted from lines of a text about the accord. */
    private static List<String> signingDays(Language language, String lines) {
        DocumentFindings d = Extraction.extractor(Accord.cybersecurityTechAccord()).extract(Texts.sentences(language,
                Texts.aboutTheAccord(language, lines)));
        return d.facts().stream()
                .filter(f -> f instanceof Fact.SigningDay)
                .map(f -> ((Fact.SigningDay) f).dayOfWeek().name()).toList();
    }

    @Test
    void aShortSentenceDatesTheSigningBeforeIt() {
        assertEquals(List.of("TUESDAY"), signingDays(Language.FR,
                "Trente-quatre entreprises y avaient alors apposé leur signature.\nC\u2019était le mardi 17 avril 2018."));
    }

    @Test
    void aLongerSentenceThatOpensWithTheDayDatesTheSigningBeforeItAndCountedNamesDateTheirOwn() {
        assertEquals(List.of("TUESDAY"), signingDays(Language.NL,
                "Vierendertig bedrijven ondertekenden het akkoord.\nHet was een dinsdag, en de grote beurs in San Francisco stond voor de deur."));
        assertEquals(List.of("TUESDAY"), signingDays(Language.NL, "Vierendertig namen op dinsdag 17 april: een feestelijk begin van het akkoord."));
    }
}
