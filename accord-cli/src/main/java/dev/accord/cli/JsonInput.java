package dev.accord.cli;

import dev.accord.internal.Utf8Lines;
import dev.accord.io.InvalidInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How the command line reads the JSON files it is given (extraction gold files, the output of
 * {@code accord extract}): Jackson's tree model, walked node by node by a {@link Mapping} that
 * checks each value where it stands.
 *
 * <p>Strict, because a silently dropped or mistyped key is a wrong score: a name may not appear
 * twice in an object, an object may hold only the keys its mapping expects, and every value must
 * have the expected type. Every error is an {@link InvalidInputException} whose message names the
 * file and the field, e.g. {@code x.en.gold.json: companies[2].roles[0]: unknown Role 'SIGNED', ...}.
 *
 * <p>Stateless and thread-safe.
 */
final class JsonInput {

    /** Immutable and thread-safe once built. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** Where Jackson's message quotes the source of an unclosed array or object. */
    private static final Pattern SOURCE = Pattern.compile("\\s*\\(for \\w+ starting at \\[Source: [^\\]]*\\]\\)");

    private JsonInput() {
    }

    /** Turns the root of a JSON document into a value, or says which field is wrong. */
    @FunctionalInterface
    interface Mapping<T> {
        /** Returns the value {@code root} stands for. */
        T map(Field root) throws BadJson;
    }

    /**
     * Reads the UTF-8 JSON file {@code file} (a leading byte-order mark is skipped) and maps it.
     *
     * @throws InvalidInputException if the file is missing, unreadable, binary, not UTF-8, not
     *     JSON, or refused by the mapping; the message names the file and the field
     */
    static <T> T read(Path file, Mapping<T> mapping) throws InvalidInputException {
        Objects.requireNonNull(file, "file");
        StringBuilder text = new StringBuilder();
        Utf8Lines.forEach(file, (number, line) -> text.append(line).append('\n'));
        return parse(text.toString(), file, mapping);
    }

    /**
     * Parses JSON text and maps it.
     *
     * @param file the file the text comes from, named in error messages; may be null
     * @throws InvalidInputException if the text is not one JSON value or is refused by the mapping
     */
    static <T> T parse(String json, Path file, Mapping<T> mapping) throws InvalidInputException {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(mapping, "mapping");
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new InvalidInputException(file, "not valid JSON: " + withoutSource(e.getOriginalMessage()) + location(e), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new InvalidInputException(file, "not valid JSON: the file holds no JSON value");
        }
        try {
            return mapping.map(new Field(root, ""));
        } catch (BadJson e) {
            throw new InvalidInputException(file, e.getMessage(), e.getCause());
        }
    }

    /**
     * Returns Jackson's message without the source it quotes for an unclosed array or object
     * ({@code (for Array starting at [Source: REDACTED ...])}), which tells the user nothing.
     */
    private static String withoutSource(String message) {
        return message == null ? "unknown error" : SOURCE.matcher(message).replaceAll("");
    }

    private static String location(JacksonException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")";
    }

    /**
     * A node with its path from the root, for messages: {@code companies[2].roles}.
     *
     * @param node the node
     * @param path where it is, empty for the root
     */
    record Field(JsonNode node, String path) {

        /** Returns the path, or {@code the top level} for the root. */
        String where() {
            return path.isEmpty() ? "the top level" : path;
        }

        /** Returns an error at this node. */
        BadJson bad(String problem) {
            return new BadJson(where() + ": " + problem, null);
        }

        /**
         * Returns the fields of an object that must hold every key of {@code keys} and no other,
         * as a gold file's objects must: the message of a missing key says that every key is
         * required and that {@code []} or {@code null} stand for nothing.
         */
        Map<String, Field> object(Set<String> keys) throws BadJson {
            return object(keys, Set.of(), " (every key is required: use [] or null)");
        }

        /**
         * Returns the fields of an object that must hold every key of {@code required}, may hold
         * those of {@code optional}, and no other; an optional key that is absent is not in the map.
         */
        Map<String, Field> object(Set<String> required, Set<String> optional) throws BadJson {
            return object(required, optional, "");
        }

        private Map<String, Field> object(Set<String> required, Set<String> optional, String missingHint)
                throws BadJson {
            if (!node.isObject()) {
                throw bad("expected an object, got " + node.getNodeType());
            }
            Set<String> allowed = new TreeSet<>(required);
            allowed.addAll(optional);
            Set<String> unknown = new LinkedHashSet<>(node.propertyNames());
            unknown.removeAll(allowed);
            if (!unknown.isEmpty()) {
                throw bad("unknown key(s) " + unknown + ", expected " + allowed);
            }
            Set<String> missing = new TreeSet<>(required);
            missing.removeAll(node.propertyNames());
            if (!missing.isEmpty()) {
                throw bad("missing key(s) " + missing + missingHint);
            }
            Map<String, Field> fields = new HashMap<>();
            for (String key : node.propertyNames()) {
                fields.put(key, new Field(node.get(key), path.isEmpty() ? key : path + "." + key));
            }
            return fields;
        }

        /** Returns the items of an array. */
        List<Field> array() throws BadJson {
            if (!node.isArray()) {
                throw bad("expected an array, got " + node.getNodeType());
            }
            List<Field> items = new ArrayList<>();
            for (JsonNode item : node.values()) {
                items.add(new Field(item, path + "[" + items.size() + "]"));
            }
            return items;
        }

        /** Returns a string value. */
        String string() throws BadJson {
            if (!node.isString()) {
                throw bad("expected a string, got " + node.getNodeType());
            }
            return node.stringValue();
        }

        /** Returns a boolean value. */
        boolean bool() throws BadJson {
            if (!node.isBoolean()) {
                throw bad("expected true or false, got " + node.getNodeType());
            }
            return node.booleanValue();
        }

        /** Returns a whole number that fits an {@code int}. */
        int integer() throws BadJson {
            if (!node.isIntegralNumber() || !node.canConvertToInt()) {
                throw bad("expected a whole number, got " + node);
            }
            return node.intValue();
        }

        /** Returns true if the value is {@code null}. */
        boolean isNull() {
            return node.isNull();
        }

        /** Returns the constant of {@code type} named by a string value, e.g. {@code "SIGNATORY"}. */
        <E extends Enum<E>> E constant(Class<E> type) throws BadJson {
            String name = string();
            try {
                return Enum.valueOf(type, name);
            } catch (IllegalArgumentException e) {
                throw bad("unknown " + type.getSimpleName() + " '" + name + "', expected one of "
                        + Arrays.toString(type.getEnumConstants()));
            }
        }

        /** Returns the constants named by an array of strings, none twice; {@code what} names one in messages. */
        <E extends Enum<E>> Set<E> constants(Class<E> type, String what) throws BadJson {
            Set<E> set = EnumSet.noneOf(type);
            for (Field item : array()) {
                if (!set.add(item.constant(type))) {
                    throw item.bad(what + " " + item.node.stringValue() + " listed twice");
                }
            }
            return set;
        }

        /** Returns a string value parsed by {@code parser}, whose refusal becomes the error here. */
        <T> T parsed(Function<String, T> parser) throws BadJson {
            String text = string();
            try {
                return parser.apply(text);
            } catch (IllegalArgumentException e) {
                throw bad(e.getMessage());
            }
        }

        /** Makes a record, reporting its validation failure at this node. */
        <T> T build(Builder<T> builder) throws BadJson {
            try {
                return builder.build();
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new BadJson(where() + ": " + e.getMessage(), e);
            }
        }
    }

    /** Makes a value whose constructor validates it. */
    @FunctionalInterface
    interface Builder<T> {
        /** Returns the value; throws if it is invalid. */
        T build();
    }

    /** JSON that the mapping refuses; the message starts with the field. */
    static final class BadJson extends Exception {
        private static final long serialVersionUID = 1L;

        BadJson(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
