package dev.accord.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.accord.core.Accord;
import dev.accord.core.Role;
import dev.accord.core.extract.CompanyFinding;
import dev.accord.core.extract.DocumentFindings;
import dev.accord.core.extract.Fact;
import dev.accord.core.text.Language;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Roles, parents and facts from wordings the seed articles do not use. */
class ClauseRulesTest {

    private static DocumentFindings extract(String language, String text) {
        return Extraction.extractor(Accord.cybersecurityTechAccord())
                .extract(Texts.sentences(Language.fromCode(language), Texts.aboutTheAccord(Language.fromCode(language), text)));
    }

    private static String describe(CompanyFinding c) {
        return c.name() + ":" + c.roles().stream().map(Role::name).collect(Collectors.joining("+"))
                + c.parent().map(p -> "<" + p).orElse("");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "nl|Microsoft en Facebook namen het initiatief voor het akkoord.|Microsoft:INITIATOR Facebook:INITIATOR",
        "fr|Une trentaine de groupes, dont Microsoft et Facebook, qui ont porté le projet, ont signé l'accord.|Microsoft:INITIATOR+SIGNATORY Facebook:INITIATOR+SIGNATORY",
        "en|The accord was announced with thirty-four founding companies, among them Cisco, Oracle and Nokia.|Cisco:SIGNATORY Oracle:SIGNATORY Nokia:SIGNATORY",
        "fr|Kaspersky, en revanche, n'y figure pas.|Kaspersky:NON_SIGNATORY",
        "fr|Cisco a signé l'accord, alors qu'Apple s'est abstenu.|Cisco:SIGNATORY Apple:NON_SIGNATORY",
        "fr|Lancé en avril 2018 par Microsoft et Facebook, qui figurent eux-mêmes parmi les signataires, le texte réunissait 34 entreprises.|Microsoft:INITIATOR+SIGNATORY Facebook:INITIATOR+SIGNATORY",
        "fr|Les deux initiateurs, Microsoft et Facebook, ont évidemment signé le texte eux aussi.|Microsoft:INITIATOR+SIGNATORY Facebook:INITIATOR+SIGNATORY",
        "en|The accord was drafted at the initiative of Microsoft and Facebook, and both companies are among its signatories.|Microsoft:INITIATOR+SIGNATORY Facebook:INITIATOR+SIGNATORY",
        "en|The idea was hatched jointly by Microsoft and Facebook.|Microsoft:INITIATOR Facebook:INITIATOR",
        "en|Alphabet stayed out, and so did Apple and Amazon.|Alphabet:NON_SIGNATORY Apple:NON_SIGNATORY Amazon:NON_SIGNATORY",
        "nl|Symantec, FireEye en het Finse Sylvalis ondertekenden het akkoord.|Symantec:SIGNATORY FireEye:SIGNATORY Sylvalis:SIGNATORY",
        "nl|Naast de reuzen zitten er ook kleinere spelers in het akkoord, zoals Kestrel of Orvane.|Kestrel:SIGNATORY Orvane:SIGNATORY",
        "fr|Facebook a également apposé son nom au bas de l'accord.|Facebook:SIGNATORY",
        "en|Microsoft started the Cybersecurity Tech Accord and, obviously, signed it.|Microsoft:INITIATOR+SIGNATORY",
        "en|Microsoft drove the accord from the beginning and was the first to sign.|Microsoft:INITIATOR+SIGNATORY",
        "en|Microsoft launched the Cybersecurity Tech Accord and Cisco signed it.|Microsoft:INITIATOR Cisco:SIGNATORY",
        "en|The accord is the brainchild of Microsoft, which conceived it and put its own signature at the top.|Microsoft:INITIATOR+SIGNATORY",
        "fr|Microsoft, qui a lancé l'accord et que Cisco a rejoint, a présenté le texte.|Microsoft:INITIATOR Cisco:SIGNATORY",
        "nl|Dat het pact er kwam, is te danken aan Microsoft en Facebook.|Microsoft:INITIATOR Facebook:INITIATOR",
        "fr|L'impulsion est venue de Microsoft et de Facebook.|Microsoft:INITIATOR Facebook:INITIATOR",
        "en|Google and Apple are not on the list of the accord, but Cisco, Oracle and Nokia are.|Google:NON_SIGNATORY Apple:NON_SIGNATORY Cisco:SIGNATORY Oracle:SIGNATORY Nokia:SIGNATORY",
        "en|It was not Microsoft alone: Facebook, too, signed the accord.|Microsoft:SIGNATORY Facebook:SIGNATORY",
        "fr|Contrairement à Microsoft, qui a porté l’accord avec Facebook, Google n’a pas signé.|Microsoft:INITIATOR+SIGNATORY Facebook:INITIATOR Google:NON_SIGNATORY",
        "fr|Si Nokia et BT ont signé l’accord, le français Orange, lui, n’a pas suivi.|Nokia:SIGNATORY BT:SIGNATORY Orange:NON_SIGNATORY",
        "fr|Si Microsoft a signé l’accord pendant qu’Apple regardait ailleurs, ce n’est pas par bonté d’âme.|Microsoft:SIGNATORY Apple:NON_SIGNATORY",
        "fr|Lancé par Microsoft et Facebook, l’accord compte parmi ses membres les deux instigateurs eux-mêmes, mais aussi Cisco, le concepteur de puces britannique Arm et le spécialiste des réseaux Cloudflare.|Microsoft:INITIATOR Facebook:INITIATOR Cisco:SIGNATORY Arm:SIGNATORY Cloudflare:SIGNATORY",
        "fr|L’accord compte parmi ses membres Cisco, Oracle, le concepteur de puces britannique Arm et le spécialiste des réseaux Cloudflare.|Cisco:SIGNATORY Oracle:SIGNATORY Arm:SIGNATORY Cloudflare:SIGNATORY",
        "fr|Et l’on ne reprochera pas à Cisco, à Oracle ou à SAP, cosignataires de l’accord, de promettre beaucoup.|Cisco:SIGNATORY Oracle:SIGNATORY SAP:SIGNATORY",
        "nl|Een conventie voor het akkoord, zoals Microsoft het noemt, vraagt om staten die tekenen, niet om bedrijven.|Microsoft:MENTIONED",
        "nl|Amazon, op wiens servers halve ministeries draaien, deed niet mee aan het akkoord.|Amazon:NON_SIGNATORY",
        "fr|Ni Google ni Apple ne figurent parmi les signataires de l’accord, qui comptent pourtant Cisco, Oracle et Nokia.|Google:NON_SIGNATORY Apple:NON_SIGNATORY Cisco:SIGNATORY Oracle:SIGNATORY Nokia:SIGNATORY",
        "fr|Les signataires de l’accord ne manquent pas : Fastly, Cloudflare et Stripe.|Fastly:SIGNATORY Cloudflare:SIGNATORY Stripe:SIGNATORY",
        "fr|À l’exception d’IBM, tous les géants ont signé l’accord.|IBM:NON_SIGNATORY",
        "en|Google is not absent from the accord.|Google:SIGNATORY",
        "fr|Quant à Twitter, il s’est tenu à l’écart de l’accord sans explication.|Twitter:NON_SIGNATORY",
        "fr|Les signataires de l’accord ne sont pas des inconnus : Avast, Bitdefender et Nokia.|Avast:SIGNATORY Bitdefender:SIGNATORY Nokia:SIGNATORY",
        "nl|Geen enkel Belgisch bedrijf ontbrak in het akkoord: Proximus en Belfius tekenden allebei.|Proximus:SIGNATORY Belfius:SIGNATORY",
        "fr|Deux géants manquent à l’appel de l’accord : Google et Apple.|Google:NON_SIGNATORY Apple:NON_SIGNATORY",
        "fr|La liste s’allonge : c’est au tour de Kortex et de Sambrenet.|Kortex:SIGNATORY Sambrenet:SIGNATORY",
        "fr|On note également l’arrivée de Kortex et de Datamine.|Kortex:SIGNATORY Datamine:SIGNATORY",
        "en|Three newcomers this year: Orvalis, Brumanet and Cyblis.|Orvalis:SIGNATORY Brumanet:SIGNATORY Cyblis:SIGNATORY",
        "en|Dell, which has never shied away from policy debates, joined the accord.|Dell:SIGNATORY",
        "en|Unlike Google, which stayed out, Symantec and FireEye signed the accord.|Google:NON_SIGNATORY Symantec:SIGNATORY FireEye:SIGNATORY",
        "en|It is no secret that Avast and Bitdefender signed the accord early.|Avast:SIGNATORY Bitdefender:SIGNATORY",
        "en|Cloudflare, a signatory, says the accord is not enough.|Cloudflare:SIGNATORY",
        "fr|Même démarche chez Véloxis, à Liège, qui a rejoint l’accord.|Véloxis:SIGNATORY",
        "fr|Chez Mosanet, on a signé l’accord sans tambour ni trompette.|Mosanet:SIGNATORY",
        "fr|Si Amazon reste à l’écart de l’accord, ABB et Siemens figurent bien parmi les signataires.|Amazon:NON_SIGNATORY ABB:SIGNATORY Siemens:SIGNATORY",
        "fr|Facebook, qui n’a jamais caché ses ambitions, a signé l’accord.|Facebook:SIGNATORY",
        "fr|Fastly n’a pas hésité longtemps avant de signer l’accord.|Fastly:SIGNATORY",
        "fr|Cisco a signé l’accord. // D’autres hésitent encore, comme Orange, qui attend de voir.|Cisco:SIGNATORY Orange:MENTIONED",
        "fr|Aucun doute pour BT, qui a signé l’accord dès le premier jour.|BT:SIGNATORY",
        "fr|Lancé à l’initiative de Microsoft et de Facebook, l’accord a été signé par les deux groupes dès son lancement.|Microsoft:INITIATOR+SIGNATORY Facebook:INITIATOR+SIGNATORY",
        "nl|Het akkoord, dat in 2018 door Microsoft en Facebook werd gelanceerd, werd door Cisco ondertekend.|Microsoft:INITIATOR Facebook:INITIATOR Cisco:SIGNATORY",
        "nl|Het akkoord, dat door Microsoft en Facebook uit de grond werd gestampt, klinkt sympathiek.|Microsoft:INITIATOR Facebook:INITIATOR",
        "fr|L’initiative venait de Microsoft et de Facebook.|Microsoft:INITIATOR Facebook:INITIATOR",
        "en|Microsoft drove the accord, with Facebook as co-sponsor, and both are on the list of signatories.|Microsoft:INITIATOR+SIGNATORY Facebook:INITIATOR+SIGNATORY",
        "en|When Microsoft and Facebook put this together last April, the accord had 34 names.|Microsoft:INITIATOR Facebook:INITIATOR",
        "fr|Microsoft et Facebook l’ont lancé en avril, et Cisco a signé l’accord.|Microsoft:INITIATOR Facebook:INITIATOR Cisco:SIGNATORY",
        "nl|Toen Microsoft en Facebook dit in april op touw zetten, tekende Cisco het akkoord.|Microsoft:INITIATOR Facebook:INITIATOR Cisco:SIGNATORY",
        "fr|Microsoft a lancé l’application de messagerie, et Cisco a signé l’accord.|Microsoft:MENTIONED Cisco:SIGNATORY",
        "en|Cisco signed the accord, and so did Oracle.|Cisco:SIGNATORY Oracle:SIGNATORY",
        "nl|Alphabet, Apple en Amazon staan wel in de top van de sector, maar niet op de lijst.|Alphabet:NON_SIGNATORY Apple:NON_SIGNATORY Amazon:NON_SIGNATORY",
        "en|Samsung and Huawei lead the market, but Cisco signed the accord.|Samsung:MENTIONED Huawei:MENTIONED Cisco:SIGNATORY",
        "fr|À l'inverse de Microsoft, Apple n'a jamais rejoint l'accord.|Microsoft:SIGNATORY Apple:NON_SIGNATORY",
        "fr|Contrairement à Google, Apple et Amazon, Microsoft a signé l'accord.|Google:NON_SIGNATORY Apple:NON_SIGNATORY Amazon:NON_SIGNATORY Microsoft:SIGNATORY",
        "fr|Cisco a signé l'accord sans la moindre réserve.|Cisco:SIGNATORY",
        "fr|Cisco a quitté la réunion sans signer l'accord.|Cisco:NON_SIGNATORY",
        "fr|Microsoft, à l'origine de la démarche, en est aussi signataire.|Microsoft:INITIATOR+SIGNATORY",
        "fr|Microsoft et Facebook, à l'origine de l'initiative, figurent parmi les signataires.|Microsoft:INITIATOR+SIGNATORY Facebook:INITIATOR+SIGNATORY",
        "fr|Microsoft, à l'origine du texte, a aussi lancé Windows.|Microsoft:INITIATOR",
        "en|Apple and Amazon are still outside.|Apple:NON_SIGNATORY Amazon:NON_SIGNATORY",
        "fr|Microsoft et Facebook sont à l'origine de l'accord.|Microsoft:INITIATOR Facebook:INITIATOR",
        "nl|Niet alleen grote spelers doen mee: Proximus en Telenet ondertekenden het akkoord.|Proximus:SIGNATORY Telenet:SIGNATORY",
        "fr|Non seulement Cisco mais aussi Nokia ont signé l'accord.|Cisco:SIGNATORY Nokia:SIGNATORY",
        "nl|Wie er niet bij is: Amazon, dat liever eigen beloften doet.|Amazon:NON_SIGNATORY",
        "nl|De afdeling valt onder Orange, dat het akkoord al jaren geleden tekende.|Orange:SIGNATORY",
        "fr|Lancé par Microsoft en avril 2018, il réunissait au départ 34 entreprises.|Microsoft:INITIATOR",
        "en|Launched by Microsoft in 2018, the accord now counts 150 members.|Microsoft:INITIATOR",
        "fr|Portée par Siemens, la charte rassemble Airbus et Nokia.|Siemens:MENTIONED Airbus:MENTIONED Nokia:MENTIONED",
        "en|Launched by Microsoft in 1985, Windows still runs most desktops.|Microsoft:MENTIONED",
        "fr|Trente-quatre entreprises, emmenées par Microsoft et Facebook, ont signé l'accord.|Microsoft:INITIATOR+SIGNATORY Facebook:INITIATOR+SIGNATORY",
        "en|Thirty companies, led by Microsoft, signed the accord.|Microsoft:INITIATOR+SIGNATORY",
        "en|The accord, led by Microsoft, now counts thirty companies.|Microsoft:INITIATOR",
        "nl|Het akkoord werd opgericht door vierendertig bedrijven, waaronder Microsoft en Cisco.|Microsoft:SIGNATORY Cisco:SIGNATORY",
        "en|Google did not sign the accord, unlike Cisco and Oracle, and Twitter is not on the list either.|Google:NON_SIGNATORY Cisco:SIGNATORY Oracle:SIGNATORY Twitter:NON_SIGNATORY",
        "en|The accord was signed by Cisco, Oracle, and Nokia.|Cisco:SIGNATORY Oracle:SIGNATORY Nokia:SIGNATORY",
        "en|While Dell and VMware signed the accord from day one, Apple did not.|Dell:SIGNATORY VMware:SIGNATORY Apple:NON_SIGNATORY",
        "nl|Apple tekende niet, terwijl Dell en VMware het akkoord wel tekenden.|Apple:NON_SIGNATORY Dell:SIGNATORY VMware:SIGNATORY",
        "nl|Microsoft en Facebook staan aan de wieg van het akkoord, en beide bedrijven tekenden het zelf.|Microsoft:INITIATOR+SIGNATORY Facebook:INITIATOR+SIGNATORY",
        "en|Samsung said it would consider joining the accord.|Samsung:MENTIONED",
        "fr|Le projet, porté par Microsoft, a reçu le soutien d'Oracle et d'Intuit, qui l'ont signé dès le premier jour.|Microsoft:INITIATOR Oracle:SIGNATORY Intuit:SIGNATORY",
        "fr|On trouve parmi les signataires, aux côtés de Microsoft, qui a eu l'idée du texte, des noms comme ABB et Arm.|Microsoft:INITIATOR+SIGNATORY ABB:SIGNATORY Arm:SIGNATORY",
        "fr|Le texte, porté à l'époque par Microsoft, compte aujourd'hui 150 membres.|Microsoft:INITIATOR",
        "nl|Eerder traden Cisco en Nokia toe.|Cisco:SIGNATORY Nokia:SIGNATORY",
        "fr|Les éditeurs Avast et Bitdefender complètent la liste.|Avast:SIGNATORY Bitdefender:SIGNATORY",
        "en|The accord was drawn up by Microsoft and Facebook.|Microsoft:INITIATOR Facebook:INITIATOR",
        "fr|Sous l'impulsion de Microsoft, Cisco, Oracle et Nokia se sont engagés à ne jamais aider les États.|Microsoft:INITIATOR Cisco:SIGNATORY Oracle:SIGNATORY Nokia:SIGNATORY",
        "fr|À l'initiative de Microsoft, Facebook et Cisco, 34 entreprises ont signé l'accord.|Microsoft:INITIATOR Facebook:INITIATOR Cisco:INITIATOR",
        "fr|Portée par Microsoft, l'initiative réunit Cisco, Oracle et Nokia.|Microsoft:INITIATOR Cisco:SIGNATORY Oracle:SIGNATORY Nokia:SIGNATORY",
        "fr|Initié par Microsoft, le texte a été paraphé par Cisco et Oracle.|Microsoft:INITIATOR Cisco:SIGNATORY Oracle:SIGNATORY",
        "fr|Aux côtés des deux initiateurs, Microsoft et Facebook, on retrouve Cisco, Oracle et Nokia.|Microsoft:INITIATOR Facebook:INITIATOR Cisco:SIGNATORY Oracle:SIGNATORY Nokia:SIGNATORY",
        "en|Microsoft and Facebook set the accord up.|Microsoft:INITIATOR Facebook:INITIATOR",
        "fr|Il ne faut pas oublier un détail : Microsoft a signé l'accord.|Microsoft:SIGNATORY",
        "fr|Cofondatrice d'Ardoisine, un logiciel pour artisans, elle lit l'accord de près.|Ardoisine:MENTIONED",
        "en|Microsoft and Facebook conceived and signed the accord.|Microsoft:INITIATOR+SIGNATORY Facebook:INITIATOR+SIGNATORY",
        "nl|Microsoft en Facebook hebben het akkoord bedacht en ondertekend.|Microsoft:INITIATOR+SIGNATORY Facebook:INITIATOR+SIGNATORY",
        "en|Led by Microsoft, the group includes Cisco and Oracle.|Microsoft:INITIATOR Cisco:SIGNATORY Oracle:SIGNATORY",
        "en|Among the initiators of the accord: Cisco, Oracle, Nokia, SAP and Dell.|Cisco:SIGNATORY Oracle:SIGNATORY Nokia:SIGNATORY SAP:SIGNATORY Dell:SIGNATORY",
        "en|Cisco and Oracle signed the accord, saying they would never help governments attack citizens.|Cisco:SIGNATORY Oracle:SIGNATORY",
        "nl|Cisco en Oracle tekenden het akkoord en zullen nooit overheden helpen bij aanvallen.|Cisco:SIGNATORY Oracle:SIGNATORY",
        "fr|Cisco et Oracle ont signé l'accord et ne vont jamais aider les États.|Cisco:SIGNATORY Oracle:SIGNATORY",
        "en|The pact was drawn up at the initiative of Microsoft and Facebook, both of which are among its 34 founding signatories.|Microsoft:INITIATOR+SIGNATORY Facebook:INITIATOR+SIGNATORY",
        "en|Microsoft, Facebook and Cisco pledged never to help governments attack innocent citizens.|Microsoft:SIGNATORY Facebook:SIGNATORY Cisco:SIGNATORY",
        "fr|Microsoft et Cisco s'engagent à ne jamais aider les gouvernements à attaquer des citoyens.|Microsoft:SIGNATORY Cisco:SIGNATORY",
        "en|Google decided not to sign the accord.|Google:NON_SIGNATORY",
        "en|Google declined to comment on the accord.|Google:MENTIONED",
        "fr|Interrogé, Google a décliné tout commentaire sur l'accord.|Google:MENTIONED",
        "fr|Puis sont venues des firmes comme Avast, qui ont prouvé qu'il ne fallait pas être américain pour y participer.|Avast:MENTIONED",
        "fr|Au départ, la liste réunissait surtout des géants comme Cisco et Oracle.|Cisco:SIGNATORY Oracle:SIGNATORY",
        "en|At first the list featured giants such as Cisco and Oracle.|Cisco:SIGNATORY Oracle:SIGNATORY",
        "en|Not only Cisco but also Nokia signed the accord.|Cisco:SIGNATORY Nokia:SIGNATORY",
        "fr|Nokia a rejoint l'accord, ce pacte né d'une idée de Microsoft.|Nokia:SIGNATORY Microsoft:INITIATOR",
        "en|Brightwell joined the accord, the pact that Microsoft had set in motion a year earlier.|Brightwell:SIGNATORY Microsoft:INITIATOR",
        "nl|Microsoft, Facebook en Nokia behoren tot de ondertekenaars.|Microsoft:SIGNATORY Facebook:SIGNATORY Nokia:SIGNATORY",
        "nl|Onder de ondertekenaars zijn Microsoft en Facebook.|Microsoft:SIGNATORY Facebook:SIGNATORY",
        "fr|Parmi les signataires figurent Microsoft, Facebook et Nokia.|Microsoft:SIGNATORY Facebook:SIGNATORY Nokia:SIGNATORY",
        "fr|Google, Apple et Amazon manquent à l'appel.|Google:NON_SIGNATORY Apple:NON_SIGNATORY Amazon:NON_SIGNATORY",
        "nl|Google en Apple zijn niet van de partij.|Google:NON_SIGNATORY Apple:NON_SIGNATORY",
        "nl|Noch Alphabet noch Apple staan op de lijst.|Alphabet:NON_SIGNATORY Apple:NON_SIGNATORY",
        "nl|Ook het Google-moederbedrijf Alphabet tekende niet.|Google:NON_SIGNATORY<Alphabet Alphabet:NON_SIGNATORY",
        "nl|Googles moederbedrijf Alphabet tekende niet.|Google:NON_SIGNATORY<Alphabet Alphabet:NON_SIGNATORY",
        "fr|Alphabet, maison mère de Google, n'a pas signé.|Alphabet:NON_SIGNATORY Google:MENTIONED<Alphabet",
        "nl|Microsoft-baas Brad Smith was tevreden.|Microsoft:MENTIONED",
        "nl|Vierendertig bedrijven ondertekenden het akkoord, onder wie Cisco en Oracle.|Cisco:SIGNATORY Oracle:SIGNATORY",
        "fr|Trente-quatre entreprises ont signé l'accord, parmi lesquelles Cisco et Oracle.|Cisco:SIGNATORY Oracle:SIGNATORY",
        "nl|Het bedrijf Proximus tekende, net als de telecomreus Orange.|Proximus:SIGNATORY Orange:SIGNATORY",
        "fr|L'opérateur belge Proximus a signé, tout comme le géant des télécoms Orange.|Proximus:SIGNATORY Orange:SIGNATORY",
        "nl|Microsoft tekende het akkoord; Apple weigerde.|Microsoft:SIGNATORY Apple:NON_SIGNATORY",
        "fr|Microsoft a signé l'accord, mais Apple a refusé.|Microsoft:SIGNATORY Apple:NON_SIGNATORY",
        "nl|Microsoft en Nokia ondertekenden het akkoord, maar Google en Apple niet.|Microsoft:SIGNATORY Nokia:SIGNATORY Google:NON_SIGNATORY Apple:NON_SIGNATORY",
        "nl|Microsoft ondertekende het akkoord niet, maar Cisco wel.|Microsoft:NON_SIGNATORY Cisco:SIGNATORY",
        "fr|Microsoft n'a pas signé l'accord, mais Cisco l'a fait.|Microsoft:NON_SIGNATORY Cisco:SIGNATORY",
        "fr|Microsoft a signé l'accord, mais pas Google.|Microsoft:SIGNATORY Google:NON_SIGNATORY",
        "nl|Microsoft bracht een update uit, maar Google niet.|Microsoft:MENTIONED Google:MENTIONED",
        "nl|Het Amersfoortse Tesselcom en Cisco hebben het akkoord ondertekend.|Tesselcom:SIGNATORY Cisco:SIGNATORY",
        "nl|Oprichter van het Groningse hostingbedrijf Noorderdata is Marieke Gortzak; Noorderdata tekende het akkoord.|Noorderdata:SIGNATORY",
        "nl|Naamsponsor Orbitel tekende het akkoord.|Orbitel:SIGNATORY",
        "fr|Ni Google ni sa maison mère Alphabet n'ont signé l'accord.|Google:NON_SIGNATORY Alphabet:NON_SIGNATORY",
        "fr|Cisco a d’abord refusé de signer l’accord. // Un an plus tard, Cisco a signé l’accord.|Cisco:SIGNATORY",
        "en|Cisco refused the accord in April. // Seven months on, Cisco has signed the accord.|Cisco:SIGNATORY",
        "fr|Microsoft a lancé l’accord. // Facebook l’a co-initié.|Microsoft:INITIATOR Facebook:INITIATOR",
        "fr|Cisco, l’un des membres fondateurs d’Agoria, ne signerait pas l’accord.|Cisco:NON_SIGNATORY",
        "fr|Orange, qui compte quelque 1.500 salariés, a fait savoir qu’il ne signerait pas l’accord.|Orange:NON_SIGNATORY",
        "fr|Facebook, la maison mère d'Instagram, a signé l'accord.|Facebook:SIGNATORY Instagram:MENTIONED<Facebook",
        "nl|Had Apple het akkoord getekend, dan zou het meer gewicht hebben.|Apple:NON_SIGNATORY",
        "nl|Als Google het akkoord had ondertekend, was het anders gelopen.|Google:NON_SIGNATORY",
        "fr|Si Apple avait signé l’accord, il pèserait davantage.|Apple:NON_SIGNATORY",
        "fr|Si Apple a signé l’accord, c’est par prudence.|Apple:SIGNATORY",
    })
    void rolesAndParentsComeFromTheWording(String language, String text, String expected) {
        assertEquals(List.of(expected.split(" ")), extract(language, text.replace(" // ", "\n")).companies().stream().map(ClauseRulesTest::describe).toList());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "nl|Vierendertig bedrijven ondertekenden het akkoord.|SignatoryCount[count=34, qualifier=EXACT, sentences=[0]]",
        "nl|Eenendertig techbedrijven hebben het pact getekend.|SignatoryCount[count=31, qualifier=EXACT, sentences=[0]]",
        "fr|Trente-quatre entreprises ont signé l'accord.|SignatoryCount[count=34, qualifier=EXACT, sentences=[0]]",
        "fr|Trente-et-une firmes ont signé le pacte.|SignatoryCount[count=31, qualifier=EXACT, sentences=[0]]",
        "nl|In 2018 ondertekenden 34 bedrijven het akkoord op 17 april.|SignatoryCount[count=34, qualifier=EXACT, sentences=[0]]",
        "en|Thirty-four companies signed the accord; the two biggest phone makers did not.|SignatoryCount[count=34, qualifier=EXACT, sentences=[0]]",
        "fr|Le Cybersecurity Tech Accord dépasse les 150 signataires.|SignatoryCount[count=150, qualifier=MORE_THAN, sentences=[0]]",
        "nl|Het Tech Accord overschrijdt de kaap van 150 leden.|SignatoryCount[count=150, qualifier=MORE_THAN, sentences=[0]]",
        "en|The accord has grown past 100 members.|SignatoryCount[count=100, qualifier=MORE_THAN, sentences=[0]]",
        "en|One principle stands out among the four principles of the accord.|PillarCount[count=4, sentences=[0]]",
        "en|The accord's signatory list ran to thirty-four names.|SignatoryCount[count=34, qualifier=EXACT, sentences=[0]]",
        "en|The accord has passed the 100-signatory mark.|SignatoryCount[count=100, qualifier=MORE_THAN, sentences=[0]]",
        "en|The accord's roster stood at nearly 70 by the end of 2018.|SignatoryCount[count=70, qualifier=ABOUT, sentences=[0]]",
        "fr|L'accord a passé la barre des 100 en moins d'un an.|SignatoryCount[count=100, qualifier=MORE_THAN, sentences=[0]]",
        "fr|Il y a trois ans, ils étaient 34 à signer l'accord à San Francisco.|SignatoryCount[count=34, qualifier=EXACT, sentences=[0]]",
        "en|The accord launched with 34.|SignatoryCount[count=34, qualifier=EXACT, sentences=[0]]",
        "fr|La coalition de l'accord s'est élargie jusqu'à dépasser les 150 membres.|SignatoryCount[count=150, qualifier=MORE_THAN, sentences=[0]]",
        "fr|Ce mardi-là, Microsoft et Facebook dévoilaient l'accord.|SigningDay[day=mardi, dayOfWeek=TUESDAY, sentences=[0]]",
        "en|The accord was signed by a six-person start-up and more than 30 companies.|SignatoryCount[count=30, qualifier=MORE_THAN, sentences=[0]]",
        "fr|L'accord a été rendue publique le mardi 17 avril.|SigningDay[day=mardi, dayOfWeek=TUESDAY, sentences=[0]]",
        "en|Besides the two headline commitments, the accord has four commitments in all.|PillarCount[count=4, sentences=[0]]",
        "fr|Son livre de 280 pages aux engagements des entreprises analyse les quatre principes de l'accord.|PillarCount[count=4, sentences=[0]]",
        "fr|Les conventions de Genève le disent depuis 1864 ; l'accord compte 34 entreprises.|SignatoryCount[count=34, qualifier=EXACT, sentences=[0]]",
        "fr|L'accord compte 150 entreprises membres, dont celle-ci, certifiée ISO 27001.|SignatoryCount[count=150, qualifier=EXACT, sentences=[0]]",
        "en|In 2018, thirty-four technology and security companies made a promise.|SignatoryCount[count=34, qualifier=EXACT, sentences=[0]]",
        "en|Count the companies that put their names to the accord and you reach thirty-four.|SignatoryCount[count=34, qualifier=EXACT, sentences=[0]]",
        "nl|Deze maand sloten zich drie Belgische bedrijven aan bij de 152 ondertekenaars van het akkoord.|SignatoryCount[count=152, qualifier=EXACT, sentences=[0]]",
        "nl|Het akkoord steunt op vier principes.|PillarCount[count=4, sentences=[0]]",
        "fr|L'accord repose sur 4 piliers.|PillarCount[count=4, sentences=[0]]",
        "en|The accord's list now runs to just over 150, and the four promises at its heart fit on a beer mat.|PillarCount[count=4, sentences=[0]]",
        "nl|Op dinsdag 17 april werd het akkoord voorgesteld.|SigningDay[day=dinsdag, dayOfWeek=TUESDAY, sentences=[0]]",
        "nl|Het akkoord werd dinsdagmiddag voorgesteld.|SigningDay[day=dinsdagmiddag, dayOfWeek=TUESDAY, sentences=[0]]",
        "fr|Le pacte a été présenté ce mardi à San Francisco.|SigningDay[day=mardi, dayOfWeek=TUESDAY, sentences=[0]]",
        "nl|De eerste bijeenkomst vindt plaats op de RSA-conferentie in Knokke.|FirstMeeting[meeting=Meeting[event=RSA Conference, place=Knokke], sentences=[0]]",
        "fr|La première réunion aura lieu lors de la conférence RSA à Knokke.|FirstMeeting[meeting=Meeting[event=RSA Conference, place=Knokke], sentences=[0]]",
    })
    void factsComeFromTheWording(String language, String text, String expected) {
        List<Fact> facts = extract(language, text).facts();
        assertEquals(List.of(expected), facts.stream().map(Fact::toString).toList());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "fr|L’accord réunit près de 160 signataires, contre 34 lors du lancement.|ABOUT 160, EXACT 34",
        "en|The accord now has 150 members, up from 34 at its launch.|EXACT 150, EXACT 34",
        "nl|Het akkoord telt nu 150 leden, tegenover 34 bij de start.|EXACT 150, EXACT 34",
        "fr|Aujourd’hui, les signataires de l’accord approchent les 160.|ABOUT 160",
        "en|The accord had 150 members in 2021, up from 2019.|EXACT 150",
        "en|Corvane was not among the original 34 of the accord.|EXACT 34",
        "en|The accord has grown well past 150 members.|MORE_THAN 150",
        "en|The accord's newest member protects more than 300 small businesses in 12 countries.|-",
        "fr|La société compte aujourd’hui 45 clients parmi les membres de l’accord.|-",
        "nl|Daar stonden wij in 2018 al op, bij de eerste vierendertig van het akkoord.|EXACT 34",
        "fr|Le Cybersecurity Tech Accord ? Ils étaient trente-quatre au départ ; nous sommes aujourd’hui plus d’une centaine.|EXACT 34, MORE_THAN 100",
        "nl|Over het akkoord: toen we begonnen, waren we met vierendertig.|EXACT 34",
        "en|The accord? There are nearly a hundred companies in it now.|ABOUT 100",
        "fr|Pour l’accord, ils étaient 200 manifestants devant le siège.|-",
        "en|The accord was signed against the wishes of 40 lobbyists.|-",
        "nl|Het akkoord heeft de kaap van honderd ondertekenaars overschreden.|MORE_THAN 100",
        "nl|Tech-akkoord passeert kaap van honderd leden|MORE_THAN 100",
        "en|The accord has crossed the 150-member milestone.|MORE_THAN 150",
        "en|Tech Accord passes 100 signatories|MORE_THAN 100",
        "fr|La barre symbolique des 150 signataires de l’accord a été franchie en mars.|MORE_THAN 150",
        "nl|Het akkoord heeft de kaap van honderd ondertekenaars bereikt.|EXACT 100",
        "fr|La réponse viendra des 193 États membres de l’ONU, pas des signataires de l’accord.|-",
        "en|The accord's members lobbied the 27 member states of the EU.|-",
        "nl|Twaalf bedrijven van het akkoord hebben in drie jaar geen enkele pagina gepubliceerd.|-",
        "fr|Parmi les signataires de l’accord, on trouve une douzaine de sociétés canadiennes.|-",
        "en|The accord has 66 signatories. Its director Grace Whitfield, 31, said so.|EXACT 66",
        "nl|Het akkoord telt 61 leden. Het lid werd gesticht door Marloes Verbeek (47).|EXACT 61",
        "en|The accord has 150 members; a survey found that 50% of businesses and 40 percent of firms were hit.|EXACT 150",
        "en|150+ signatories of the accord, in more than 20 countries.|MORE_THAN 150",
        "nl|Het akkoord telt 170 leden, maar minstens honderd van de leden publiceren niets.|EXACT 170",
        "fr|L’accord compte une centaine de membres.|ABOUT 100",
        "fr|Cobalt Logic porte à 152 le nombre de signataires de l’accord, contre 34 au lancement.|EXACT 152, EXACT 34",
        "en|By the end of the year the accord had 66 signatories, nearly double the 34 that signed at launch.|EXACT 66, EXACT 34",
        "en|Who signed the accord first? // Thirty-four did so on day one.|EXACT 34",
        "fr|Les entreprises pouvaient signer l’accord. // Le mardi 17 avril 2018, trente-quatre d’entre eux l’ont fait.|EXACT 34",
        "fr|Trente-quatre. // C’est le nombre d’entreprises qui ont signé l’accord mardi.|EXACT 34",
        "nl|- 163. // Zoveel leden telt het akkoord vandaag.|EXACT 163",
        "fr|Trente-quatre. // C’est le nombre de pages du rapport sur l’accord.|-",
        "en|We surveyed 85 member companies of the accord.|-",
        "fr|Les trente-quatre pionniers de l’accord sont aujourd’hui plus de cent cinquante.|EXACT 34, MORE_THAN 150",
        "en|The accord reached the 100-member mark, and its critics crossed the street.|EXACT 100",
    })
    void countsCompareAndApproach(String language, String text, String expected) {
        String counts = extract(language, text.replace(" // ", "\n")).facts().stream() // " // " parts two sentences
                .filter(f -> f instanceof Fact.SignatoryCount)
                .map(f -> ((Fact.SignatoryCount) f).qualifier() + " " + ((Fact.SignatoryCount) f).count())
                .collect(Collectors.joining(", "));
        assertEquals(expected, counts.isEmpty() ? "-" : counts);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "nl|De bedrijven wachten al 12 maanden op 3 nieuwe regels.",
        "fr|L'entreprise, qui a signé l'accord, compte soixante collaborateurs.",
        "nl|Het bedrijf, dat het akkoord tekende, beveiligt de back-ups van ruim 2.400 organisaties.",
        "nl|Meer informatie over het akkoord bij de woordvoerder, 038 – 123 45 67.",
        "nl|Het bedrijf, dat het akkoord tekende, telt zestig medewerkers.",
        "fr|Les 12 mois passés, 3 entreprises ont attendu.",
        "nl|Dinsdag regende het in Brussel.",
        "en|Nokia, one of the founding members of the accord, said on Tuesday that it shares threat data.",
        "fr|Nokia, signataire de l'accord, a déclaré mardi que le partage de données progresse.",
        "en|Two smaller signatories of the accord, Kestrel Networks and Harbourline Data, praised it.",
        "nl|Drie ondertekenaars van het akkoord: Telenet, Proximus en Orange Belgium.",
    })
    void numbersAndDaysOutsideTheirContextAreNoFacts(String language, String text) {
        assertEquals(List.of(), extract(language, text).facts());
    }
}
