package dev.accord.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.accord.core.Accord;
import dev.accord.core.Role;
import dev.accord.core.extract.BilingualReport;
import dev.accord.core.extract.CompanyFinding;
import dev.accord.core.extract.DocumentFindings;
import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The seed articles with every company renamed to one no list knows: the findings must be the
 * gold's, renamed. This is the "new translation naming other companies" case.
 */
class RenamedCompaniesTest {

    static final Map<String, String> RENAMING = new LinkedHashMap<>();

    static {
        RENAMING.put("Microsoft", "Samsung");
        RENAMING.put("Facebook", "Huawei");
        RENAMING.put("Nokia", "ASML");
        RENAMING.put("Dell", "Proximus");
        RENAMING.put("Alphabet", "Naver");
        RENAMING.put("Google", "Kakao");
        RENAMING.put("Apple", "Xiaomi");
        RENAMING.put("Amazon", "Baidu");
        RENAMING.put("Twitter", "Tencent");
    }

    static Document renamed(Language l) throws IOException {
        String text = SeedExtractionTest.resource("/seed/" + l.iso639_1() + ".sentences.txt");
        for (Map.Entry<String, String> e : RENAMING.entrySet()) {
            text = text.replace(e.getKey(), e.getValue());
        }
        return Texts.sentences(l, text);
    }

    private static Map<String, String> summary(DocumentFindings f) {
        Map<String, String> out = new TreeMap<>();
        for (CompanyFinding c : f.companies()) {
            out.put(c.name(), c.roles() + " " + c.parent().orElse("-") + " " + c.sentences());
        }
        return out;
    }

    private static Map<String, String> expected(Language l) {
        DocumentFindings seed = Extraction.extractor(Accord.cybersecurityTechAccord()).extract(Texts.seed(l));
        Map<String, String> out = new TreeMap<>();
        for (CompanyFinding c : seed.companies()) {
            out.put(RENAMING.get(c.name()), c.roles() + " " + c.parent().map(RENAMING::get).orElse("-") + " " + c.sentences());
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(names = {"NL", "FR"})
    void renamedCompaniesAreFoundFromOneTextAlone(Language l) throws IOException {
        DocumentFindings f = Extraction.extractor(Accord.cybersecurityTechAccord()).extract(renamed(l));
        assertEquals(expected(l), summary(f));
        assertEquals(9, expected(l).size());
    }

    @ParameterizedTest
    @EnumSource(names = {"NL", "FR"})
    void renamedCompaniesAreFoundInTheBilingualRunAndAgree(Language l) throws IOException {
        Document nl = renamed(Language.NL);
        Document fr = renamed(Language.FR);
        BilingualReport report = Extraction.bilingual(Accord.cybersecurityTechAccord(), nl, fr,
                SeedExtractionTest.goldAlignment(nl, fr));
        assertEquals(expected(l), summary(report.findings(l)));
        assertEquals(java.util.List.of(), report.reconciliation().disagreements());
        Set<String> initiators = report.findings(l).companies().stream().filter(c -> c.roles().contains(Role.INITIATOR))
                .map(CompanyFinding::name).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("Samsung", "Huawei"), initiators);
    }
}
