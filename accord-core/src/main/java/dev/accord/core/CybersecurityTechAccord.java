package dev.accord.core;

import java.time.LocalDate;
import java.util.List;

/**
 * Holder of the reference Cybersecurity Tech Accord, built once on first use.
 *
 * <p>Facts from public reporting of the launch on Tuesday 17 April 2018: initiated by Microsoft
 * and Facebook, 34 founding signatories, first meeting at the RSA Conference in San Francisco;
 * Alphabet (Google's parent), Apple, Amazon and Twitter were reported as not signing.
 */
final class CybersecurityTechAccord {

    static final Accord INSTANCE = build();

    private CybersecurityTechAccord() {
    }

    private static Accord build() {
        Company microsoft = Company.named("Microsoft", "Microsoft Corporation");
        Company facebook = Company.named("Facebook", "Facebook Inc.", "Meta", "Meta Platforms"); // renamed Meta Platforms in October 2021
        List<Company> signatories = List.of(
                Company.named("ABB"),
                Company.named("Arm", "ARM", "Arm Holdings"),
                Company.named("Avast", "Avast Software"),
                Company.named("Bitdefender"),
                Company.named("BT", "British Telecom", "BT Group"),
                Company.named("CA Technologies"),
                Company.named("Cisco", "Cisco Systems"),
                Company.named("Cloudflare"),
                Company.named("DataStax"),
                Company.named("Dell", "Dell Technologies"),
                Company.named("DocuSign"),
                facebook,
                Company.named("Fastly"),
                Company.named("FireEye"),
                Company.named("F-Secure"),
                Company.named("GitHub"),
                Company.named("Guardtime"),
                Company.named("HP Inc.", "HP", "HP Inc"),
                Company.named("Hewlett Packard Enterprise", "HPE"),
                Company.named("Intuit"),
                Company.named("Juniper Networks", "Juniper"),
                Company.named("LinkedIn"),
                microsoft,
                Company.named("Nielsen"),
                Company.named("Nokia"),
                Company.named("Oracle"),
                Company.named("RSA", "RSA Security"),
                Company.named("SAP"),
                Company.named("Stripe"),
                Company.named("Symantec"),
                Company.named("Telefonica", "Telefónica"),
                Company.named("Tenable"),
                Company.named("Trend Micro"),
                Company.named("VMware"));
        List<Company> nonSignatories = List.of(
                Company.named("Alphabet", "Alphabet Inc."),
                Company.named("Google").withParent("Alphabet"),
                Company.named("Apple", "Apple Inc."),
                Company.named("Amazon", "Amazon.com"),
                Company.named("Twitter"));
        return new Accord(
                "Cybersecurity Tech Accord",
                LocalDate.of(2018, 4, 17),
                List.of(microsoft, facebook),
                signatories,
                nonSignatories,
                List.of(Pillar.values()),
                new Meeting("RSA Conference", "San Francisco"));
    }
}
