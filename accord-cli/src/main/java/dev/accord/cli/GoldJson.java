package dev.accord.cli;

import dev.accord.core.Pillar;
import dev.accord.core.Role;
import dev.accord.core.extract.CountQualifier;
import dev.accord.core.text.Language;
import dev.accord.eval.CorpusSplit;
import dev.accord.eval.ExtractionGold;
import dev.accord.eval.StatedCount;
import dev.accord.eval.TextKind;
import dev.accord.internal.Utf8Lines;
import dev.accord.io.InvalidInputException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an extraction gold file ({@code NAME.LANG.gold.json}, format in
 * {@code docs/extraction-gold.md}) into an {@link ExtractionGold}, with Jackson's tree model.
 *
 * <p>Strict, because a silently dropped key is a wrong gold: every key is required, no other key
 * is allowed, a key may not appear twice, and only {@code pillarCount} and {@code signingDay} may
 * be {@code null}. Every error is an {@link InvalidInputException} whose message names the file
 * and the field, e.g. {@code x.en.gold.json: companies[2].roles[0]: unknown role 'SIGNED'}.
 *
 * <p>{@code accord eval-extract} and the extraction corpus' test read gold files with it.
 * Stateless and thread-safe.
 */
final class GoldJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

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
        Objects.requireNonNull(file, "file");
        StringBuilder text = new StringBuilder();
        Utf8Lines.forEach(file, (number, line) -> text.append(line).append('\n'));
        return parse(text.toString(), file);
    }

    /**
     * Reads a gold from JSON text.
     *
     * @param json the JSON text
     * @param file the file the text comes from, named in error messages; may be null
     * @throws InvalidInputException if the text is not JSON or not a valid gold
     */
    static ExtractionGold parse(String json, Path file) throws InvalidInputException {
        Objects.requireNonNull(json, "json");
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new InvalidInputException(file, "not valid JSON: " + e.getOriginalMessage()
                    + location(e), e);
        }
        try {
            return gold(new Field(root, ""));
        } catch (BadGold e) {
            throw new InvalidInputException(file, e.getMessage(), e.getCause());
        }
    }

    private static String location(JacksonException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")";
    }

    private static ExtractionGold gold(Field root) throws BadGold {
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

    private static ExtractionGold.Company company(Field company) throws BadGold {
        Map<String, Field> c = company.object(COMPANY_KEYS);
        String name = c.get("name").string();
        List<String> aliases = new ArrayList<>();
        for (Field alias : c.get("aliases").array()) {
            aliases.add(alias.string());
        }
        Set<Role> roles = c.get("roles").constants(Role.class, "role");
        return company.build(() -> new ExtractionGold.Company(name, aliases, roles));
    }

    private static ExtractionGold.Facts facts(Field facts) throws BadGold {
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

    /** A node with its path from the root, for messages: {@code companies[2].roles}. */
    private record Field(JsonNode node, String path) {

        String where() {
            return path.isEmpty() ? "the top level" : path;
        }

        BadGold bad(String problem) {
            return new BadGold(where() + ": " + problem, null);
        }

        Map<String, Field> object(Set<String> keys) throws BadGold {
            if (!node.isObject()) {
                throw bad("expected an object, got " + node.getNodeType());
            }
            Set<String> unknown = new LinkedHashSet<>(node.propertyNames());
            unknown.removeAll(keys);
            if (!unknown.isEmpty()) {
                throw bad("unknown key(s) " + unknown + ", expected " + sorted(keys));
            }
            Set<String> missing = new TreeSet<>(keys);
            missing.removeAll(node.propertyNames());
            if (!missing.isEmpty()) {
                throw bad("missing key(s) " + missing + " (every key is required: use [] or null)");
            }
            return keys.stream().collect(Collectors.toMap(Function.identity(),
                    k -> new Field(node.get(k), path.isEmpty() ? k : path + "." + k)));
        }

        List<Field> array() throws BadGold {
            if (!node.isArray()) {
                throw bad("expected an array, got " + node.getNodeType());
            }
            List<Field> items = new ArrayList<>();
            for (JsonNode item : node.values()) {
                items.add(new Field(item, path + "[" + items.size() + "]"));
            }
            return items;
        }

        String string() throws BadGold {
            if (!node.isString()) {
                throw bad("expected a string, got " + node.getNodeType());
            }
            return node.stringValue();
        }

        boolean bool() throws BadGold {
            if (!node.isBoolean()) {
                throw bad("expected true or false, got " + node.getNodeType());
            }
            return node.booleanValue();
        }

        int integer() throws BadGold {
            if (!node.isIntegralNumber() || !node.canConvertToInt()) {
                throw bad("expected a whole number, got " + node);
            }
            return node.intValue();
        }

        boolean isNull() {
            return node.isNull();
        }

        <E extends Enum<E>> E constant(Class<E> type) throws BadGold {
            String name = string();
            try {
                return Enum.valueOf(type, name);
            } catch (IllegalArgumentException e) {
                throw bad("unknown " + type.getSimpleName() + " '" + name + "', expected one of "
                        + Arrays.toString(type.getEnumConstants()));
            }
        }

        <E extends Enum<E>> Set<E> constants(Class<E> type, String what) throws BadGold {
            Set<E> set = EnumSet.noneOf(type);
            for (Field item : array()) {
                if (!set.add(item.constant(type))) {
                    throw item.bad(what + " " + item.node.stringValue() + " listed twice");
                }
            }
            return set;
        }

        <T> T parsed(Function<String, T> parser) throws BadGold {
            String text = string();
            try {
                return parser.apply(text);
            } catch (IllegalArgumentException e) {
                throw bad(e.getMessage());
            }
        }

        /** Makes a record, reporting its validation failure at this node. */
        <T> T build(Builder<T> builder) throws BadGold {
            try {
                return builder.build();
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new BadGold(where() + ": " + e.getMessage(), e);
            }
        }

        private static String sorted(Set<String> keys) {
            return new TreeSet<>(keys).toString();
        }
    }

    @FunctionalInterface
    private interface Builder<T> {
        T build();
    }

    /** A gold that does not follow the format; the message starts with the field. */
    private static final class BadGold extends Exception {
        private static final long serialVersionUID = 1L;

        BadGold(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
