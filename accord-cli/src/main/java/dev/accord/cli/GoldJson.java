package dev.accord.cli;

import dev.accord.cli.JsonInput.BadJson;
import dev.accord.cli.JsonInput.Field;
import dev.accord.core.Pillar;
import dev.accord.core.Role;
import dev.accord.core.extract.CountQualifier;
import dev.accord.core.text.Language;
import dev.accord.eval.CorpusSplit;
import dev.accord.eval.ExtractionGold;
import dev.accord.eval.StatedCount;
import dev.accord.eval.TextKind;
import dev.accord.io.InvalidInputException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an extraction gold file ({@code NAME.LANG.gold.json}, format in
 * {@code docs/extraction-gold.md}) into an {@link ExtractionGold}, through {@link JsonInput}.
 * {@code accord eval-extract} and the extraction corpus' test read gold files with it.
 *
 * <p>Strict, because a silently dropped key is a wrong gold: every key is required, no other key
 * is allowed, a key may not appear twice, and only {@code pillarCount} and {@code signingDay} may
 * be {@code null}. Every error is an {@link InvalidInputException} whose message names the file
 * and the field, e.g. {@code x.en.gold.json: companies[2].roles[0]: unknown Role 'SIGNED', ...}.
 *
 * <p>Stateless and thread-safe.
 */
final class GoldJson {

    private static final Set<String> GOLD_KEYS = Set.of("language", "kind", "split", "aboutAccord", "companies",
            "notCompanies", "pillars", "facts");
    private static final Set<String> COMPANY_KEYS = Set.of("name", "aliases", "roles");
    private static final Set<String> NOT_COMPANY_KEYS = Set.of("text", "kind");
    private static final Set<String> FACT_KEYS = Set.of("signatoryCounts", "pillarCount", "signingDay");
    private static final Set<String> COUNT_KEYS = Set.of("value", "qualifier");

    private GoldJson() {
    }

    /**
     * Reads the UTF-8 gold file {@code file} (a leading byte-order mark is skipped).
     *
     * @throws InvalidInputException if the file is missing, unreadable, binary, not UTF-8, not
     *     JSON, or not a valid gold; the message names the file and the field
     */
    static ExtractionGold read(Path file) throws InvalidInputException {
        return JsonInput.read(file, GoldJson::gold);
    }

    /**
     * Reads a gold from JSON text.
     *
     * @param json the JSON text
     * @param file the file the text comes from, named in error messages; may be null
     * @throws InvalidInputException if the text is not JSON or not a valid gold
     */
    static ExtractionGold parse(String json, Path file) throws InvalidInputException {
        return JsonInput.parse(json, file, GoldJson::gold);
    }

    private static ExtractionGold gold(Field root) throws BadJson {
        Map<String, Field> f = root.object(GOLD_KEYS);
        List<ExtractionGold.Company> companies = new ArrayList<>();
        for (Field company : f.get("companies").array()) {
            companies.add(company(company));
        }
        List<ExtractionGold.NotCompany> notCompanies = new ArrayList<>();
        for (Field other : f.get("notCompanies").array()) {
            Map<String, Field> o = other.object(NOT_COMPANY_KEYS);
            String text = o.get("text").string();
            ExtractionGold.NotCompany.Kind otherKind = o.get("kind").constant(ExtractionGold.NotCompany.Kind.class);
            notCompanies.add(other.build(() -> new ExtractionGold.NotCompany(text, otherKind)));
        }
        Language language = f.get("language").parsed(Language::fromCode);
        TextKind kind = f.get("kind").parsed(TextKind::fromCode);
        CorpusSplit split = f.get("split").parsed(CorpusSplit::fromCode);
        boolean aboutAccord = f.get("aboutAccord").bool();
        Set<Pillar> pillars = f.get("pillars").constants(Pillar.class, "pillar");
        ExtractionGold.Facts facts = facts(f.get("facts"));
        return root.build(() -> new ExtractionGold(language, kind, split, aboutAccord, companies, notCompanies,
                pillars, facts));
    }

    private static ExtractionGold.Company company(Field company) throws BadJson {
        Map<String, Field> c = company.object(COMPANY_KEYS);
        String name = c.get("name").string();
        List<String> aliases = new ArrayList<>();
        for (Field alias : c.get("aliases").array()) {
            aliases.add(alias.string());
        }
        Set<Role> roles = c.get("roles").constants(Role.class, "role");
        return company.build(() -> new ExtractionGold.Company(name, aliases, roles));
    }

    private static ExtractionGold.Facts facts(Field facts) throws BadJson {
        Map<String, Field> f = facts.object(FACT_KEYS);
        List<StatedCount> counts = new ArrayList<>();
        for (Field count : f.get("signatoryCounts").array()) {
            Map<String, Field> c = count.object(COUNT_KEYS);
            int value = c.get("value").integer();
            CountQualifier qualifier = c.get("qualifier").constant(CountQualifier.class);
            counts.add(count.build(() -> new StatedCount(value, qualifier)));
        }
        Field pillarCount = f.get("pillarCount");
        Field day = f.get("signingDay");
        Integer pillars = pillarCount.isNull() ? null : pillarCount.integer();
        DayOfWeek signingDay = day.isNull() ? null : day.constant(DayOfWeek.class);
        return facts.build(() -> new ExtractionGold.Facts(counts, pillars, signingDay));
    }
}
