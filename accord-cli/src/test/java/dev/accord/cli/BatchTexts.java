package dev.accord.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** Texts for the batch tests: the bundled seed articles and short translations written for these tests. */
final class BatchTexts {

    private BatchTexts() {
    }

    /** A Dutch report on a meeting of a cooperative, written for these tests. */
    static final String DUTCH = """
            De coöperatie van de boeren uit het dorp kwam gisteren voor het eerst dit jaar samen in de oude school.
            Meer dan tachtig leden hadden de reis gemaakt, ondanks de regen en de slechte wegen.
            De voorzitter legde uit dat de prijs van de melk in twee jaar met een kwart is gedaald.
            Daarom stelt het bestuur voor om samen een nieuwe kaasmakerij te bouwen.
            De bouw zou ongeveer 1,2 miljoen euro kosten en in de lente van 2027 beginnen.
            Na een lange discussie stemden de leden met een grote meerderheid voor het plan.
            """;

    /** The French translation of {@link #DUTCH}, with the fifth sentence split in two. */
    static final String FRENCH = """
            La coopérative des agriculteurs du village s'est réunie hier pour la première fois cette année dans l'ancienne école.
            Plus de quatre-vingts membres avaient fait le déplacement, malgré la pluie et les mauvaises routes.
            Le président a expliqué que le prix du lait a baissé d'un quart en deux ans.
            C'est pourquoi le conseil propose de construire ensemble une nouvelle fromagerie.
            La construction coûterait environ 1,2 million d'euros. Elle commencerait au printemps 2027.
            Après une longue discussion, les membres ont voté pour le plan à une large majorité.
            """;

    /** A German account of a mountain tour, written for these tests. */
    static final String GERMAN = """
            Am frühen Morgen verließen wir die Hütte auf 2400 Metern und stiegen über den Gletscher zum Sattel auf.
            Der Schnee war hart gefroren, und die Steigeisen griffen gut.
            Nach drei Stunden erreichten wir den Grat, wo uns ein kalter Wind aus Norden empfing.
            Der Gipfel lag noch zwei Seillängen über uns, aber das Wetter wurde schlechter.
            Wir beschlossen umzukehren und waren am Mittag wieder bei der Hütte.
            """;

    /** The French translation of {@link #GERMAN}. */
    static final String FRENCH_OF_GERMAN = """
            Tôt le matin, nous avons quitté la cabane à 2400 mètres et sommes montés au col par le glacier.
            La neige était dure et gelée, et les crampons mordaient bien.
            Après trois heures, nous avons atteint l'arête, où un vent froid du nord nous attendait.
            Le sommet était encore à deux longueurs de corde au-dessus de nous, mais le temps se gâtait.
            Nous avons décidé de faire demi-tour et étions de retour à la cabane à midi.
            """;

    /** Returns the text of a bundled seed article, {@code nl} or {@code fr}. */
    static String seed(String language) throws IOException, URISyntaxException {
        return Files.readString(Path.of(Objects.requireNonNull(
                BatchTexts.class.getResource("/corpus/seed-" + language + ".txt"), language).toURI()));
    }

    /** Writes {@code text} to {@code dir/name} in UTF-8 and returns the path. */
    static Path write(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
