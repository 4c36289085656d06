package org.evidentia.runtime.options;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.EnumFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.evidentia.runtime.text.CloseNames;

/**
 * Binds an extension's options record from configuration values with Jackson, and describes it.
 *
 * <p>Values may come from YAML (typed) or from {@code --option name.key=value} (text): text is
 * coerced to numbers and booleans, a single value is accepted where a list is expected, and enum
 * values match case-insensitively. Errors name the extension, the option and what is allowed.
 */
public final class OptionsBinder {

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
            // "--option x.bom=" (a shell variable that came out empty) meant the default without a word, where "bom=yes" was
            // refused (review-s21-cli D9): an empty text is no number, boolean, choice or file; a text option takes it as it is
            .withCoercionConfigDefaults(config -> config.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
            // a file as the user gave it (lexicon.tsv), not as Jackson writes a Path (file:///home/.../lexicon.tsv)
            .addModule(new SimpleModule().addSerializer(Path.class, ToStringSerializer.instance))
            .build();

    /**
     * Binds {@code values} to a new options record.
     *
     * @param extension the extension's name, for messages
     * @param type      the options record type (loaded by the plugin's class loader)
     * @param values    option keys to values; may be empty
     */
    public <T extends Record> T bind(String extension, Class<T> type, Map<String, ?> values) throws OptionsException {
        // Jackson stops at the first bad value; binding again without it finds the next, so that a
        // user mends every option in one go. The record's own check of its options together (no one
        // option to blame) counts only when no value was bad: made after a bad option was left out,
        // it checks that option's default, not what the user gave (min=abc max=1 is no "min > max").
        Map<String, Object> remaining = new LinkedHashMap<>(values == null ? Map.of() : values);
        List<OptionsException.Problem> problems = new ArrayList<>(givenTwiceByAlias(extension, type, remaining));
        problems.addAll(emptyFiles(extension, type, remaining));
        while (true) {
            try {
                T bound = mapper.convertValue(remaining, type);
                if (problems.isEmpty()) {
                    return bound;
                }
                break;
            } catch (IllegalArgumentException e) {
                JsonMappingException cause = e.getCause() instanceof JsonMappingException jme ? jme : null;
                String key = keyOf(cause);
                if (key == null && !problems.isEmpty()) {
                    break; // the record's own check, of defaults in place of bad values
                }
                String message = key != null && remaining.get(key) instanceof List<?> several
                        && cause instanceof MismatchedInputException && !(cause instanceof InvalidFormatException)
                        ? givenSeveral(extension, key, several) : message(extension, type, cause, e, key);
                if (key == null) {
                    key = optionFailingTheOwnCheck(extension, type, remaining, message);
                    message = key == null ? message : message(extension, type, cause, e, key);
                }
                problems.add(new OptionsException.Problem(key, message));
                String option = key == null ? null : key.replaceFirst("[.\\[].*$", "");
                if (option == null || !remaining.containsKey(option)) {
                    break; // no one option to blame (the record's own check): nothing left to find
                }
                remaining.remove(option);
            }
        }
        throw new OptionsException(problems);
    }

    /**
     * The one option to blame for the record's own check failing ({@code message}, no path): the
     * constructor checks its options together and throws without naming a key, so each option given
     * is tried alone. It is to blame when, given alone, it fails the check with the same message,
     * and the others without it do not: a lexicon file that cannot be read, {@code max-rows=0}.
     * A check of several options together ({@code min > max}: neither fails alone with the same
     * message) names none. Runs only on this error path; every plugin's record gets its keys named
     * without writing them into its messages.
     *
     * @return the option's key as given; null when none or more than one is to blame
     */
    private String optionFailingTheOwnCheck(String extension, Class<? extends Record> type, Map<String, Object> values, String message) {
        String blamed = null;
        for (String option : values.keySet()) {
            Map<String, Object> alone = new LinkedHashMap<>();
            alone.put(option, values.get(option));
            Map<String, Object> others = new LinkedHashMap<>(values);
            others.remove(option);
            if (message.equals(failure(extension, type, alone)) && !message.equals(failure(extension, type, others))) {
                if (blamed != null) {
                    return null;
                }
                blamed = option;
            }
        }
        return blamed;
    }

    /**
     * An option of one value given several ({@code --option x.bom=true --option x.bom=false}, a YAML list): refused as "expected
     * true|false", although each value was one, it left the user who repeats a key from a wrapper script no clue (the review
     * of session 25, U3).
     */
    private static String givenSeveral(String extension, String key, List<?> values) {
        if (values.size() < 2) {
            // a pipeline file's `bom: [true]` or `bom: []` (the review of the session's change, R7: "1 are given")
            return "option " + extension + "." + key + " takes one value, not a list: write " + key + ": "
                    + (values.isEmpty() ? "VALUE" : String.valueOf(values.get(0))) + ", not " + values;
        }
        return "option " + extension + "." + key + " takes one value, but " + values.size() + " are given ("
                + values.stream().map(v -> "'" + v + "'").collect(java.util.stream.Collectors.joining(", "))
                + "): a key repeated with --option, or a list, gives several";
    }

    /** The message of binding {@code values}, as {@link #bind} would give it for its first problem; null when they bind. */
    private String failure(String extension, Class<? extends Record> type, Map<String, Object> values) {
        try {
            mapper.convertValue(values, type);
            return null;
        } catch (IllegalArgumentException e) {
            JsonMappingException cause = e.getCause() instanceof JsonMappingException jme ? jme : null;
            return message(extension, type, cause, e, keyOf(cause));
        }
    }

    /** The failed option's place among the options ({@code formats[1]}); null when Jackson names none. */
    private static String keyOf(JsonMappingException cause) {
        if (cause instanceof UnrecognizedPropertyException u) {
            return u.getPropertyName();
        }
        String path = cause == null ? "" : pathOf(cause);
        return path.isEmpty() ? null : path;
    }

    private static String pathOf(JsonMappingException cause) {
        return cause.getPath().stream()
                .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining()).replaceFirst("^\\.", "");
    }

    /**
     * The bound options key by key, each value written as JSON ({@code false}, {@code ["csv"]},
     * {@code "x"}), for {@code run.json} and the methods appendix; keys without a value (unset and
     * with no default) are left out.
     */
    public Map<String, String> toJson(Record options) {
        JsonNode tree = mapper.valueToTree(options);
        Map<String, String> json = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = tree.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!field.getValue().isNull()) {
                json.put(field.getKey(), field.getValue().toString());
            }
        }
        return json;
    }

    /**
     * The files {@code options} names: each option whose record component is a {@link Path}, or a list of them, that
     * has a value, by its key, in the record's order; a list's files in its order. Such a file decides what the
     * extension does as an input does (a lexicon), so a run records it with its checksum.
     */
    public Map<String, List<Path>> files(Record options) {
        Map<String, List<Path>> files = new LinkedHashMap<>();
        for (RecordComponent component : options.getClass().getRecordComponents()) {
            boolean one = component.getType() == Path.class;
            boolean many = component.getGenericType() instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw
                    && Collection.class.isAssignableFrom(raw) && p.getActualTypeArguments()[0] == Path.class;
            if (!one && !many) {
                continue;
            }
            Object value;
            try {
                component.getAccessor().setAccessible(true); // a record of a plugin's package, which need not be public
                value = component.getAccessor().invoke(options);
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new IllegalStateException("cannot read option " + keyOf(component) + " of " + options.getClass().getName(), e);
            }
            List<Path> paths = new ArrayList<>();
            if (value instanceof Path path) {
                paths.add(path);
            } else if (value instanceof Collection<?> values) {
                values.stream().filter(Path.class::isInstance).map(Path.class::cast).forEach(paths::add);
            }
            if (!paths.isEmpty()) {
                files.put(keyOf(component), List.copyOf(paths));
            }
        }
        return files;
    }

    /** A JSON string value without its quotes, as a plain string reads better; other JSON as it is. */
    private String plain(String json) {
        if (json == null || !json.startsWith("\"")) {
            return json;
        }
        try {
            return mapper.readTree(json).asText();
        } catch (JsonProcessingException e) {
            return json;
        }
    }

    /** The options of a record type, in declaration order, with their defaults. */
    public List<OptionDescription> describe(String extension, Class<? extends Record> type) {
        Map<String, String> defaults;
        try {
            defaults = toJson(bind(extension, type, Map.of()));
        } catch (OptionsException e) {
            defaults = Map.of();
        }
        List<OptionDescription> options = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            String key = keyOf(component);
            JsonPropertyDescription help = component.getAccessor().getAnnotation(JsonPropertyDescription.class);
            if (help == null && component.getAnnotation(JsonPropertyDescription.class) != null) {
                help = component.getAnnotation(JsonPropertyDescription.class);
            }
            String value = plain(defaults.get(key));
            JsonAlias aliases = component.getAccessor().getAnnotation(JsonAlias.class);
            if (aliases == null) {
                aliases = component.getAnnotation(JsonAlias.class);
            }
            options.add(new OptionDescription(key, typeName(component.getGenericType()),
                    value,
                    help == null ? "" : help.value(), allowedValues(component.getType()),
                    aliases == null ? List.of() : List.of(aliases.value())));
        }
        return options;
    }

    /**
     * An option given under its name and an alias, or under two aliases ({@code bioc.format=xml} with {@code
     * bioc.formats=json}): Jackson keeps one of them without a word (an explorer's F24: only the JSON file was written).
     * Each such option is a problem at the later key, left out of {@code values} so that the others are still checked.
     */
    private static List<OptionsException.Problem> givenTwiceByAlias(String extension, Class<? extends Record> type, Map<String, Object> values) {
        List<OptionsException.Problem> problems = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            JsonAlias aliases = component.getAccessor().getAnnotation(JsonAlias.class);
            if (aliases == null) {
                aliases = component.getAnnotation(JsonAlias.class);
            }
            if (aliases == null) {
                continue;
            }
            List<String> names = new ArrayList<>();
            names.add(keyOf(component));
            names.addAll(List.of(aliases.value()));
            List<String> given = values.keySet().stream().filter(names::contains).toList();
            if (given.size() > 1) {
                problems.add(new OptionsException.Problem(given.get(1), "option " + extension + "." + given.get(1) + " is another name of "
                        + extension + "." + given.get(0) + ", which is given too: give one of them"));
                given.subList(1, given.size()).forEach(values::remove);
            }
        }
        return problems;
    }

    /**
     * A file option given an empty text, refused as the other kinds of value are, and taken out of {@code values}: Jackson makes
     * an empty path of it, which a plugin may read as "none" (the review of session 25, U12: {@code --option cytokines.lexicon=$LEX}
     * with LEX unset ran with the built-in lexicon alone, exit 0, the review's own cytokines missing from every table).
     */
    private static List<OptionsException.Problem> emptyFiles(String extension, Class<? extends Record> type, Map<String, Object> values) {
        List<OptionsException.Problem> problems = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            String key = keyOf(component);
            Object given = values.get(key);
            boolean files = component.getType() == Path.class || component.getType() == List.class
                    && component.getGenericType() instanceof java.lang.reflect.ParameterizedType list
                    && list.getActualTypeArguments()[0] == Path.class;
            // a list of files given an empty one too (the review of the session's change, Q3)
            boolean empty = given instanceof String text ? text.isBlank()
                    : given instanceof List<?> several && several.stream().anyMatch(v -> v instanceof String text && text.isBlank());
            if (files && empty) {
                problems.add(new OptionsException.Problem(key, "option " + extension + "." + key + ": expected a file, not an empty name"));
                values.remove(key);
            }
        }
        return problems;
    }

    private static String keyOf(RecordComponent component) {
        JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
        if (property == null) {
            property = component.getAnnotation(JsonProperty.class);
        }
        return property != null && !property.value().isEmpty() ? property.value() : component.getName();
    }

    private String typeName(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw && Collection.class.isAssignableFrom(raw)) {
            return "list of " + typeName(p.getActualTypeArguments()[0]);
        }
        if (!(type instanceof Class<?> c)) {
            return type.getTypeName();
        }
        if (c == String.class) {
            return "text";
        }
        if (c == boolean.class || c == Boolean.class) {
            return "true|false";
        }
        if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
            return "integer";
        }
        if (c == double.class || c == Double.class || c == float.class || c == Float.class) {
            return "number";
        }
        if (c == Path.class) {
            return "path";
        }
        if (c.isEnum()) {
            return String.join("|", allowedValues(c));
        }
        return c.getSimpleName();
    }

    private List<String> allowedValues(Class<?> type) {
        if (!type.isEnum()) {
            return List.of();
        }
        return Arrays.stream(type.getEnumConstants())
                .map(v -> mapper.valueToTree(v).asText())
                .toList();
    }

    /**
     * What is wrong, for the user.
     *
     * @param key the option's place ({@code formats[1]}, {@code lexicon}), or null for the extension alone
     */
    private String message(String extension, Class<?> type, JsonMappingException cause, Exception outer, String key) {
        String prefix = "option " + extension;
        if (cause instanceof UnrecognizedPropertyException u) {
            List<String> known = Arrays.stream(type.getRecordComponents()).map(OptionsBinder::keyOf).toList();
            return "unknown option " + extension + "." + u.getPropertyName()
                    + CloseNames.didYouMean(u.getPropertyName(), known, k -> extension + "." + k) + "; "
                    + (known.isEmpty() ? extension + " takes no options" : "known options: " + String.join(", ", known));
        }
        String where = key == null ? prefix : prefix + "." + key;
        if (cause instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            String value = String.valueOf(f.getValue());
            String list = key == null ? null : key.replaceFirst("\\[\\d+]$", "");
            // "formats=csv,xlsx" is one value of a list (the review of session 30, K11): say how a list is given
            // the parts as a user wrote them, "[csv, xlsx]" too; a hint only where each is allowed, so that it pastes (the
            // review of the change, S3)
            List<String> parts = Arrays.stream(value.replaceAll("^\\s*\\[|]\\s*$", "").split(","))
                    .map(v -> v.strip().replaceAll("^[\"']|[\"']$", "").toLowerCase(Locale.ROOT)).filter(v -> !v.isEmpty()).toList();
            String hint = list != null && !list.equals(key) && value.contains(",") && !parts.isEmpty()
                    && allowedValues(f.getTargetType()).stream().map(v -> v.toLowerCase(Locale.ROOT)).toList().containsAll(parts)
                    ? "; a list takes one value per --option (" + String.join(" ", parts.stream()
                            .map(v -> "--option " + extension + "." + list + "=" + v).toList()) + "), or a YAML list in a pipeline file"
                    : "";
            return where + ": '" + value + "' is not allowed" + (hint.isEmpty() ? CloseNames.didYouMean(value, allowedValues(f.getTargetType()))
                    : "") + "; allowed values: " + String.join(", ", allowedValues(f.getTargetType())) + hint;
        }
        if (cause instanceof ValueInstantiationException v) {
            // a value's creator, such as an enum's parse of one list element, has a path
            // (synthesis.voting-designs[1]); the record's own constructor has none, and its key is
            // the one optionFailingTheOwnCheck finds, if any
            Throwable root = v.getCause() != null ? v.getCause() : v;
            return where + ": " + root.getMessage();
        }
        if (cause instanceof InvalidFormatException f && f.getTargetType() != null) {
            return where + ": expected " + typeName(f.getTargetType()) + ", not '" + f.getValue() + "'";
        }
        if (cause instanceof MismatchedInputException m && m.getTargetType() != null) {
            return where + ": expected " + typeName(m.getTargetType());
        }
        return where + ": " + withoutJavaNames(firstLine(cause != null ? cause.getOriginalMessage() : outer.getMessage()));
    }

    /** Jackson's messages name Java types ({@code `java.lang.Boolean`}); a user knows them as boolean, text, ... */
    private static String withoutJavaNames(String message) {
        return message.replaceAll("`(?:[a-z]\\w*\\.)+([A-Z]\\w*)(?:<[^`]*>)?`", "$1").replaceAll("\\(token `JsonToken\\.(\\w+)`\\)", "");
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "invalid value";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    /** Parses {@code name.key=value} assignments into a map per extension name, in order. */
    public static Map<String, Map<String, Object>> parseAssignments(List<String> assignments) throws OptionsException {
        Map<String, Map<String, Object>> byExtension = new LinkedHashMap<>();
        for (String assignment : assignments) {
            int eq = assignment.indexOf('=');
            int dot = assignment.indexOf('.');
            if (eq < 0 || dot < 0 || dot > eq || dot == 0 || dot == eq - 1) {
                throw new OptionsException("--option '" + assignment + "' is not of the form name.key=value, "
                        + "e.g. --option review-table.format=markdown");
            }
            String extension = assignment.substring(0, dot);
            String key = assignment.substring(dot + 1, eq);
            String value = assignment.substring(eq + 1);
            Map<String, Object> options = byExtension.computeIfAbsent(extension, k -> new LinkedHashMap<>());
            Object previous = options.get(key);
            if (previous == null) {
                options.put(key, value);
            } else {
                // Repeating a key builds a list: --option x.columns=a --option x.columns=b
                List<Object> list = previous instanceof List<?> l ? new ArrayList<>(l) : new ArrayList<>(List.of(previous));
                list.add(value);
                options.put(key, list);
            }
        }
        return byExtension;
    }
}
