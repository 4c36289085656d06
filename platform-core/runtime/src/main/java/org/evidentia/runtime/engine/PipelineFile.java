package org.evidentia.runtime.engine;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.evidentia.runtime.engine.ConfigurationException.Issue;
import org.evidentia.runtime.text.CloseNames;
import org.evidentia.runtime.text.IoMessages;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * A pipeline file (YAML). Relative input paths, the output folder and the findings store are
 * resolved against the file's own folder, so a pipeline file can be moved with its data and run from
 * anywhere (a scheduled job starts in another folder). Paths in extensions' options (a lexicon) are
 * the extensions' own, relative to the working folder.
 *
 * <pre>
 * inputs:
 *   - ../../examples
 *   - {path: exports/bare.tsv, source: csv-table}
 * extractors: [cytokines]
 * reporters: [findings-jsonl, review-table, html-summary]
 * options:
 *   review-table: {formats: [csv, markdown]}
 * focus: [population=human, condition=fibromyalgia]
 * </pre>
 *
 * <p>A living review's file names its findings store instead of reporters ({@code store: review.db}):
 * {@code run} applies the inputs to it, as {@code run --store} does (which overrides it).
 *
 * <p>An input is a path (a file, folder, glob pattern or {@code pubmed:QUERY}), or a map of its
 * {@code path} and the {@code source} that reads every file it names, whatever the scores: so a
 * user can overrule, for some files, a source that out-scores the one meant for them, without
 * forcing one source on every input as {@code sources: [one]} or {@code -s} do. The name is
 * checked against the plugins when the pipeline is planned.
 *
 * <p>Reading checks every key and value at once and reports each problem with its line, so a file
 * is mended in one go; {@link #lineOf} gives the line of any value for later checks (an unknown
 * reporter name, a bad option).
 *
 * @param inputs     files, folders and glob patterns to read
 * @param inputsAt   where each input was written, by its index, as the path of an issue ({@code inputs[3]}): a wrong
 *                   item is left out of {@code inputs}, and the items after it keep their places
 * @param inputSources the source chosen for an input, by the input as it is in {@code inputs}, in the file's order
 * @param sources    source names (empty: every source, the best per input)
 * @param extractors extractor names (empty: every extractor)
 * @param reporters  reporter names (empty: every reporter)
 * @param options    options by extension name
 * @param output     output folder, relative to the file's folder (nullable)
 * @param strict     fail on any skipped record or problem (nullable)
 * @param runDate    fixed run date, ISO-8601 (nullable)
 * @param focus      {@code attribute=value} criteria findings must match
 * @param exclude    the exclusion list (a CSV file of ids and reasons), relative to the file's folder as {@code inputs} are
 *                   (nullable: none); {@code --exclude} overrides it
 * @param store      the findings store {@code run} applies the inputs to, relative to the file's folder as
 *                   {@code output} is (nullable: none)
 * @param lines      the line of each value by its path ({@code reporters[1]}, {@code options.review-table})
 */
public record PipelineFile(List<String> inputs, List<String> inputsAt, Map<String, Pipeline.ChosenSource> inputSources, List<String> sources,
                           List<String> extractors, List<String> reporters,
                           Map<String, Map<String, Object>> options, String output, Boolean strict, String runDate,
                           List<String> focus, String store, String exclude, Map<String, Integer> lines) {

    private static final List<String> KEYS = List.of("inputs", "sources", "extractors", "reporters", "options", "output",
            "strict", "run-date", "focus", "store", "exclude");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /**
     * The largest pipeline file read: a real one is a few KiB, and SnakeYAML takes time quadratic in
     * the length of one scalar (an 8 MiB string took 40 s), so a larger file is refused before parsing.
     */
    static final int MAX_BYTES = 1024 * 1024;
    private static final YAMLFactory YAML = yamlFactory();

    private static YAMLFactory yamlFactory() {
        LoaderOptions loader = new LoaderOptions();
        loader.setCodePointLimit(MAX_BYTES); // the file's size cap in chars too: SnakeYAML's own bound, should the check above be bypassed
        return YAMLFactory.builder().loaderOptions(loader).build();
    }

    public PipelineFile {
        inputs = List.copyOf(inputs);
        inputsAt = List.copyOf(inputsAt);
        inputSources = Collections.unmodifiableMap(new LinkedHashMap<>(inputSources));
        sources = List.copyOf(sources);
        extractors = List.copyOf(extractors);
        reporters = List.copyOf(reporters);
        options = new LinkedHashMap<>(options);
        focus = List.copyOf(focus);
        lines = Map.copyOf(lines);
    }

    /** A pipeline of the command line alone: nothing from a file. */
    public static PipelineFile none() {
        return new PipelineFile(List.of(), List.of(), Map.of(), List.of(), List.of(), List.of(), Map.of(), null, null, null, List.of(), null, null, Map.of());
    }

    /** The line of the value at {@code path} ({@code reporters[1]}), or of its nearest enclosing key; 0 when unknown. */
    public int lineOf(String path) {
        for (String p = path; p != null && !p.isEmpty(); p = parent(p)) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
        }
        return 0;
    }

    /** Whether the file gave a value at {@code path} itself ({@code options.html-summary}), not only around it. */
    public boolean gives(String path) {
        return lines.containsKey(path);
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? null : path.substring(0, cut);
    }

    /**
     * Reads a pipeline file.
     *
     * @throws ConfigurationException with every problem, each naming the file, the line and what was expected
     */
    public static PipelineFile read(Path file) throws ConfigurationException {
        Checked checked = check(file);
        if (!checked.issues().isEmpty()) {
            throw new ConfigurationException(checked.issues());
        }
        return checked.usable();
    }

    /**
     * A pipeline file read as far as its values are right: {@code usable} leaves out every value
     * that is wrong, and {@code issues} says what is wrong with each, naming the file and its line,
     * in the order of the lines. So {@code validate} can check the rest of a file with mistakes.
     */
    public record Checked(PipelineFile usable, List<Issue> issues) {
        public Checked {
            issues = List.copyOf(issues);
        }
    }

    /**
     * Reads a pipeline file, keeping what is right.
     *
     * @throws ConfigurationException when the file cannot be read at all: missing, not YAML, empty, not a map of keys
     */
    public static Checked check(Path file) throws ConfigurationException {
        String text;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ConfigurationException(String.format(java.util.Locale.ROOT,
                        "%s: the pipeline file is %,d bytes, more than the %,d bytes (1 MiB) a pipeline file may have;"
                                + " is it a pipeline file?", file, size, MAX_BYTES));
            }
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new ConfigurationException(file + ": no such pipeline file");
        } catch (java.nio.charset.MalformedInputException e) {
            // Java's words were "cannot be read: Input length = 1" (an explorer's F16)
            throw new ConfigurationException(file + ": not UTF-8 text; a pipeline file is YAML text, saved as UTF-8");
        } catch (IOException e) {
            throw new ConfigurationException(file + ": cannot be read: " + IoMessages.plain(e));
        }
        Map<String, Integer> lines = new HashMap<>();
        List<Issue> shapeIssues = new ArrayList<>();
        List<String> aliased = new ArrayList<>();
        JsonNode root;
        try (JsonParser parser = YAML.createParser(text)) {
            root = parser.nextToken() == null ? null : node(parser, "", lines, shapeIssues, aliased);
            if (root != null && parser.nextToken() != null) {
                // "---" and a second document, which a YAML reader would leave unread: its inputs, its output
                throw new ConfigurationException(file + ":" + parser.currentTokenLocation().getLineNr() + ": a second YAML document"
                        + " (after '---'); a pipeline file is one document: join them or make two files");
            }
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : ":" + yamlErrorLine(e);
            throw new ConfigurationException(file + where + ": not valid YAML: " + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ConfigurationException(file + ": cannot be read: " + IoMessages.plain(e));
        }
        if (root == null || root.isNull() || (root.isObject() && root.isEmpty())) {
            throw new ConfigurationException(file + ": the pipeline file is empty; it needs at least 'inputs:'");
        }
        if (!root.isObject()) {
            throw new ConfigurationException(file + ":1: a pipeline file is a map of keys (inputs:, reporters:, options:, ...), not "
                    + describe(root));
        }
        List<Issue> issues = new ArrayList<>(shapeIssues);
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KEYS.contains(key)) {
                issues.add(new Issue(key, "unknown key '" + key + "'" + CloseNames.didYouMean(key, KEYS) + "; allowed keys: " + String.join(", ", KEYS)));
            }
        }
        SourceChoices<String> inputSources = new SourceChoices<>();
        List<String> inputsAt = new ArrayList<>();
        List<String> inputs = inputs(root, inputsAt, inputSources, issues);
        PipelineFile pipeline = new PipelineFile(inputs, inputsAt, inputSources.chosen(), names(root, "sources", issues),
                names(root, "extractors", issues), names(root, "reporters", issues), options(root, issues),
                text(root, "output", issues), bool(root, "strict", issues), text(root, "run-date", issues),
                names(root, "focus", issues), store(root, issues), exclude(root, issues), lines);
        // an alias is read as its name ("focus: *a" as the focus "a"): its refusal says all there is to say of that value (s18b, C)
        issues.removeIf(i -> !shapeIssues.contains(i) && aliased.stream().anyMatch(path -> i.path().equals(path)
                || i.path().startsWith(path + "[") || i.path().startsWith(path + ".")));
        issues.sort(Comparator.comparingInt(i -> pipeline.lineOf(i.path())));
        return new Checked(pipeline, issues.stream()
                .map(i -> new Issue(i.path(), file + ":" + pipeline.lineOf(i.path()) + ": " + i.message())).toList());
    }

    /**
     * The value at the parser's current token as a tree, with the line of each key and item into {@code lines} (the first
     * of a key given twice), and into {@code shapeIssues} what YAML reads but a pipeline file refuses: a key given twice
     * in one map (a reader keeps the later value, so an edit that added a key again silently undid the one before) and an
     * alias, which is not followed (its path into {@code aliased}).
     */
    private static JsonNode node(JsonParser parser, String path, Map<String, Integer> lines, List<Issue> shapeIssues, List<String> aliased)
            throws IOException {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = nodes.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    String child = path.isEmpty() ? name : path + "." + name;
                    int line = parser.currentTokenLocation().getLineNr();
                    if (object.has(name)) {
                        shapeIssues.add(new Issue(child, "'" + name + "' is given twice (lines " + lines.get(child) + " and " + line
                                + "); give it once"));
                    }
                    lines.putIfAbsent(child, line);
                    parser.nextToken();
                    object.set(name, node(parser, child, lines, shapeIssues, aliased));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = nodes.arrayNode();
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    String child = path + "[" + index++ + "]";
                    lines.putIfAbsent(child, parser.currentTokenLocation().getLineNr());
                    array.add(node(parser, child, lines, shapeIssues, aliased));
                }
                return array;
            }
            // YAML 1.1, which the parser follows, reads "NO", "yes", "off" as booleans and "010" as 8, "0x1F" as 31, "1_000"
            // as 1000: a review titled "NO" (nitric oxide) was reported as "false". A scalar is a boolean or a number only
            // as YAML 1.2 and JSON write one (true, false, 12, -0.5, 1e3); any other is the text as written.
            case VALUE_TRUE, VALUE_FALSE -> {
                String text = parser.getText();
                return BOOLEAN.matcher(text).matches() ? nodes.booleanNode(token == JsonToken.VALUE_TRUE) : nodes.textNode(text);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                String text = parser.getText();
                return NUMBER.matcher(text).matches() ? nodes.numberNode(parser.getDecimalValue()) : nodes.textNode(text);
            }
            case VALUE_NULL -> {
                return nodes.nullNode();
            }
            default -> {
                if (parser instanceof com.fasterxml.jackson.dataformat.yaml.YAMLParser yaml && yaml.isCurrentAlias()) {
                    // "*i" was read as the name "i" ("no source named 'i'"); an alias is not followed, so say so (F35)
                    aliased.add(path);
                    shapeIssues.add(new Issue(path, "a YAML alias (*" + parser.getText() + ") is not read in a pipeline file; write its"
                            + " value out"));
                }
                return nodes.textNode(parser.getText());
            }
        }
    }

    /**
     * The line of a YAML error: where the reader met a character it cannot take (a tab that indents: "found character
     * '\t(TAB)'"), else where the construct it was reading began ("while parsing a flow sequence" opened by a '[' never
     * closed). Jackson gives the second always, a line early for a tab.
     */
    private static int yamlErrorLine(JsonProcessingException e) {
        if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException marked && marked.getProblemMark() != null
                && String.valueOf(marked.getProblem()).startsWith("found character")) {
            return marked.getProblemMark().getLine() + 1;
        }
        return e.getLocation().getLineNr();
    }

    /** A boolean as YAML 1.2's core schema writes one. */
    private static final Pattern BOOLEAN = Pattern.compile("true|True|TRUE|false|False|FALSE");
    /** A number as JSON writes one: no sign but minus, no leading zero, no underscore, octal or hexadecimal. */
    private static final Pattern NUMBER = Pattern.compile("-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?:[eE][-+]?[0-9]+)?");

    private static final String INPUT_EXAMPLE = "{path: exports/bare.tsv, source: csv-table}";

    /**
     * The inputs: one text value or a list whose items are text or a map of {@code path} and
     * {@code source}; where each was written goes into {@code at}, and the sources chosen into {@code chosen}, by
     * the input (one path written twice is checked here, where it is still two entries).
     */
    private static List<String> inputs(JsonNode root, List<String> at, SourceChoices<String> chosen, List<Issue> issues) {
        JsonNode value = root.get("inputs");
        if (value == null || !value.isArray()) {
            List<String> one = names(root, "inputs", issues);
            one.forEach(input -> at.add("inputs"));
            return one;
        }
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            String itemAt = "inputs[" + i + "]";
            if (item.isValueNode() && !item.isNull()) {
                inputs.add(item.asText());
                at.add(itemAt);
                continue;
            }
            if (!item.isObject()) {
                issues.add(new Issue(itemAt, "'inputs' lists paths, or maps such as " + INPUT_EXAMPLE + ", but item " + (i + 1) + " is "
                        + describe(item)));
                continue;
            }
            boolean unknownKey = false;
            for (Iterator<String> keys = item.fieldNames(); keys.hasNext(); ) {
                String key = keys.next();
                if (!key.equals("path") && !key.equals("source")) {
                    unknownKey = true;
                    issues.add(new Issue(itemAt + "." + key, "input " + (i + 1) + " has an unknown key '" + key + "'"
                            + CloseNames.didYouMean(key, List.of("path", "source")) + "; an input given as a map"
                            + " has path: and source:, e.g. " + INPUT_EXAMPLE));
                }
            }
            String path = entryText(item, "path", i, itemAt, issues);
            String source = entryText(item, "source", i, itemAt, issues);
            if (path == null) {
                if (!unknownKey && !item.has("path")) {
                    issues.add(new Issue(itemAt, "input " + (i + 1) + " has no path: the file, folder or pattern to read, e.g. " + INPUT_EXAMPLE));
                }
                continue;
            }
            inputs.add(path);
            at.add(itemAt);
            Issue twice = source == null ? null : chosen.choose(path, path, path, new Pipeline.ChosenSource(source, itemAt + ".source"));
            if (twice != null) {
                issues.add(twice);
            }
        }
        return inputs;
    }

    /** The text of an input map's {@code key}; null when it is absent or wrong (then an issue says so). */
    private static String entryText(JsonNode item, String key, int index, String at, List<Issue> issues) {
        JsonNode value = item.get(key);
        if (value == null) {
            return null;
        }
        if (!value.isValueNode() || value.isNull() || value.asText().isBlank()) {
            issues.add(new Issue(at + "." + key, "'" + key + "' of input " + (index + 1) + " takes one "
                    + (key.equals("path") ? "file, folder or pattern" : "source's name (`evidentia plugins` lists them)")
                    + ", not " + (value.isNull() ? "nothing" : describe(value))));
            return null;
        }
        return value.asText();
    }

    /** A list of names: one text value or a list of them. */
    private static List<String> names(JsonNode root, String key, List<Issue> issues) {
        JsonNode value = root.get(key);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (value.isValueNode()) {
            return List.of(value.asText());
        }
        List<String> names = new ArrayList<>();
        if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                if (value.get(i).isValueNode() && !value.get(i).isNull()) {
                    names.add(value.get(i).asText());
                } else {
                    issues.add(new Issue(key + "[" + i + "]", "'" + key + "' lists text, but item " + (i + 1) + " is " + describe(value.get(i))));
                }
            }
            return names;
        }
        issues.add(new Issue(key, "'" + key + "' takes a list, e.g. " + key + ": [a, b], not " + describe(value)));
        return List.of();
    }

    private static Map<String, Map<String, Object>> options(JsonNode root, List<Issue> issues) {
        JsonNode value = root.get("options");
        if (value == null || value.isNull()) {
            return Map.of();
        }
        if (!value.isObject()) {
            issues.add(new Issue("options", "'options' takes each extension's options by its name, e.g. options: {review-table: "
                    + "{formats: [csv]}}, not " + describe(value)));
            return Map.of();
        }
        Map<String, Map<String, Object>> options = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> extension = it.next();
            if (extension.getValue().isNull()) {
                options.put(extension.getKey(), Map.of());
            } else if (extension.getValue().isObject()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> values = MAPPER.convertValue(extension.getValue(), LinkedHashMap.class);
                options.put(extension.getKey(), values);
            } else {
                issues.add(new Issue("options." + extension.getKey(), "the options of '" + extension.getKey() + "' are a map of keys, e.g. "
                        + extension.getKey() + ": {key: value}, not " + describe(extension.getValue())));
            }
        }
        return options;
    }

    private static String text(JsonNode root, String key, List<Issue> issues) {
        JsonNode value = root.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isValueNode()) {
            return value.asText();
        }
        issues.add(new Issue(key, "'" + key + "' takes one value, not " + describe(value)));
        return null;
    }

    /** The exclusion list's file name; an empty one is a mistake, not "no list" (which is no key). */
    private static String exclude(JsonNode root, List<Issue> issues) {
        String exclude = text(root, "exclude", issues);
        if (exclude != null && exclude.isBlank()) {
            issues.add(new Issue("exclude", "'exclude' names the exclusion list's CSV file (id,reason), such as exclusions.csv; leave the"
                    + " key out for a run without one"));
            return null;
        }
        return exclude;
    }

    /** The store's file name; an empty one is a mistake, not "no store" (which is no key). */
    private static String store(JsonNode root, List<Issue> issues) {
        String store = text(root, "store", issues);
        if (store != null && store.isBlank()) {
            issues.add(new Issue("store", "'store' names the findings store's file, such as review.db; leave the key out for a run without one"));
            return null;
        }
        return store;
    }

    private static Boolean bool(JsonNode root, String key, List<Issue> issues) {
        JsonNode value = root.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isTextual() && (value.asText().equalsIgnoreCase("true") || value.asText().equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(value.asText());
        }
        issues.add(new Issue(key, "'" + key + "' takes true or false, not " + describe(value)));
        return null;
    }

    private static String describe(JsonNode value) {
        if (value.isArray()) {
            return "a list";
        }
        if (value.isObject()) {
            return "a map";
        }
        String text = value.asText();
        int lineEnd = text.indexOf('\n');
        if (text.length() <= QUOTED && lineEnd < 0) {
            return "'" + text + "'";
        }
        // a data file given as the pipeline file is one scalar: its start says what it is, the whole would fill the screen
        return "'" + text.substring(0, Math.min(QUOTED, lineEnd < 0 ? text.length() : lineEnd)) + "...' ("
                + String.format(java.util.Locale.ROOT, "%,d", text.length()) + " characters)";
    }

    /** The most characters of a value quoted in a message. */
    private static final int QUOTED = 80;

    /** SnakeYAML's message without its excerpts of the file and their marks: "while parsing a flow sequence: expected ',' or ']'". */
    private static String firstLine(String text) {
        if (text == null) {
            return "unreadable";
        }
        return java.util.Arrays.stream(text.split("\\R"))
                .filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)))
                .collect(java.util.stream.Collectors.joining(": "));
    }

    /** The folder relative paths in this file are resolved against. */
    public static Path baseOf(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? Path.of("").toAbsolutePath() : parent;
    }
}
