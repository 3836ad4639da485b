package dev.accord.core;

import dev.accord.core.text.Language;
import java.util.Objects;

/**
 * The four principles ("pillars") that the signatories of the Cybersecurity Tech Accord commit
 * to, in their official order.
 *
 * <p>Names and descriptions are available in English, Dutch and French; for any other language
 * the English text is returned.
 */
public enum Pillar {
    /** Pillar 1, stronger defense: protect all users and customers everywhere, whatever the motive of an attack. */
    STRONGER_DEFENSE(
            "Stronger defense", "Protect all users and customers everywhere against cyberattacks, whatever the attacker's motive.",
            "Sterkere verdediging", "Alle gebruikers en klanten overal beschermen tegen cyberaanvallen, ongeacht het motief van de aanvaller.",
            "Défense renforcée", "Protéger tous les utilisateurs et clients partout contre les cyberattaques, quel que soit le motif de l'attaquant."),
    /** Pillar 2, no offense: never help governments attack innocent citizens and enterprises; protect products. */
    NO_OFFENSE(
            "No offense", "Never help governments launch cyberattacks against innocent citizens and enterprises, and protect products against tampering and exploitation.",
            "Geen aanval", "Overheden nooit helpen bij cyberaanvallen op onschuldige burgers en ondernemingen, en producten beschermen tegen manipulatie en misbruik.",
            "Pas d'offensive", "Ne jamais aider les gouvernements à lancer des cyberattaques contre des citoyens et des entreprises innocents, et protéger les produits contre la manipulation et l'exploitation."),
    /** Pillar 3, capacity building: empower users, customers and developers to protect themselves. */
    CAPACITY_BUILDING(
            "Capacity building", "Give users, customers and developers the information, tools and security features to protect themselves.",
            "Capaciteitsopbouw", "Gebruikers, klanten en ontwikkelaars de informatie, middelen en beveiligingsfuncties geven om zichzelf te beschermen.",
            "Renforcement des capacités", "Donner aux utilisateurs, clients et développeurs l'information, les outils et les fonctions de sécurité pour se protéger eux-mêmes."),
    /** Pillar 4, collective action: work with each other, civil society and researchers; share threat information. */
    COLLECTIVE_ACTION(
            "Collective action", "Partner with each other, with civil society and with security researchers, share threat information and communicate transparently.",
            "Collectieve actie", "Samenwerken met elkaar, met het middenveld en met beveiligingsonderzoekers, informatie over dreigingen delen en transparant communiceren.",
            "Action collective", "Collaborer entre eux, avec la société civile et avec les chercheurs en sécurité, partager l'information sur les menaces et communiquer de façon transparente.");

    private final String nameEn;
    private final String descriptionEn;
    private final String nameNl;
    private final String descriptionNl;
    private final String nameFr;
    private final String descriptionFr;

    Pillar(String nameEn, String descriptionEn, String nameNl, String descriptionNl, String nameFr, String descriptionFr) {
        this.nameEn = nameEn;
        this.descriptionEn = descriptionEn;
        this.nameNl = nameNl;
        this.descriptionNl = descriptionNl;
        this.nameFr = nameFr;
        this.descriptionFr = descriptionFr;
    }

    /** Returns the 1-based position of the pillar in the accord's list of principles. */
    public int number() {
        return ordinal() + 1;
    }

    /**
     * Returns the short official name in {@code language}, English if not available.
     *
     * @throws NullPointerException if {@code language} is null
     */
    public String title(Language language) {
        return switch (Objects.requireNonNull(language, "language")) {
            case NL -> nameNl;
            case FR -> nameFr;
            case DE, EN -> nameEn;
        };
    }

    /**
     * Returns a one-sentence description in {@code language}, English if not available.
     *
     * @throws NullPointerException if {@code language} is null
     */
    public String description(Language language) {
        return switch (Objects.requireNonNull(language, "language")) {
            case NL -> descriptionNl;
            case FR -> descriptionFr;
            case DE, EN -> descriptionEn;
        };
    }
}
