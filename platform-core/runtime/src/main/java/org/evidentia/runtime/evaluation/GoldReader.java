package org.evidentia.runtime.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.evidentia.api.Direction;

/**
 * Reads a gold file: JSON Lines, one finding per line ({@code pmid}/{@code doi}/{@code title},
 * {@code subject} (or, in cytokine gold files, {@code cytokine}), {@code direction}, attributes such
 * as {@code specimen}, {@code evidence}) or a {@code "none": true} line for a record without
 * findings. Blank lines are skipped. Malformed lines are an error naming the file and each line: a
 * gold file is small and hand-made, and scoring against a silently shortened gold would mislead.
 *
 * <p>Not thread-safe; use one reader per thread.
 */
public final class GoldReader {

    /** The field that names the subject in cytokine gold files written before {@code subject} existed. */
    static final String CYTOKINE_FIELD = "cytokine";
    /** Fields with a fixed meaning; every other field of a line is an attribute. */
    private static final Set<String> RESERVED = Set.of("pmid", "doi", "title", "none", "subject", CYTOKINE_FIELD,
            "direction", "evidence");

    private final ObjectMapper mapper = new ObjectMapper();

    /** The most mistakes told: another file given as gold would tell one a line. */
    private static final int MISTAKES_TOLD = 20;

    /**
     * The malformed lines of a gold file, every one (up to {@value #MISTAKES_TOLD}), each naming
     * {@code file:line}: a hand-made file is mended in one go, not a line a run.
     */
    public static final class MalformedGold extends IllegalArgumentException {
        private final transient List<String> mistakes;
        private final transient List<GoldFinding> wellFormed;

        MalformedGold(List<String> mistakes, List<GoldFinding> wellFormed) {
            super(String.join("; ", mistakes));
            this.mistakes = List.copyOf(mistakes);
            this.wellFormed = List.copyOf(wellFormed);
        }

        /** Each mistake, {@code FILE:LINE: what is wrong}, in the file's order. */
        public List<String> mistakes() {
            return mistakes;
        }

        /**
         * The file's lines that are well formed, in its order, so that what they say can be checked in the same go as the
         * malformed lines are told.
         */
        public List<GoldFinding> wellFormed() {
            return wellFormed;
        }
    }

    /**
     * All lines of {@code file}.
     *
     * @throws MalformedGold when a line is malformed, naming every such line
     * @throws IOException   when the file cannot be read
     */
    public List<GoldFinding> read(Path file) throws IOException {
        List<GoldFinding> gold = new ArrayList<>();
        List<String> mistakes = new ArrayList<>();
        int malformed = 0;
        String first = null;
        boolean anObject = false;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                first = first == null ? line.strip() : first;
                anObject |= line.strip().startsWith("{");
                try {
                    gold.add(parse(line, number));
                } catch (JsonProcessingException | IllegalArgumentException e) {
                    String message = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
                    if (++malformed <= MISTAKES_TOLD) {
                        mistakes.add(file + ":" + number + ": " + message);
                    }
                }
            }
        }
        if (malformed > 0 && gold.isEmpty() && !anObject) {
            // an input given as the gold (the two swapped): one line that says what the file is, where twenty of the JSON
            // parser's words said nothing of it (the review of session 30, K5)
            throw new MalformedGold(List.of(file + ": is not a gold file: no line of it is a JSON object (a gold file is JSON Lines,"
                    + " one finding a line: docs/evaluation.md); it begins '" + (first.length() > 40 ? first.substring(0, 40) + "..." : first)
                    + "': if it is an export, give it as an input and the gold file with --gold"), List.of());
        }
        if (malformed > 0) {
            if (malformed > MISTAKES_TOLD) {
                mistakes.add(file + ": and " + (malformed - MISTAKES_TOLD) + " more malformed lines");
            }
            throw new MalformedGold(mistakes, gold);
        }
        if (gold.isEmpty()) {
            // scores of no gold line are 1.000 by their formulae, and would pass any --min-f1 (an explorer's F10)
            throw new MalformedGold(List.of(file + ": holds no gold line (JSON Lines: one finding, or \"none\": true, a line;"
                    + " docs/evaluation.md)"), List.of());
        }
        return gold;
    }

    private GoldFinding parse(String line, int number) throws JsonProcessingException {
        JsonNode node = mapper.readTree(line);
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("expected a JSON object");
        }
        GoldRecord record = new GoldRecord(text(node, "pmid"), text(node, "doi"), text(node, "title"));
        String subject = text(node, "subject");
        String cytokine = text(node, CYTOKINE_FIELD);
        if (subject != null && cytokine != null && !subject.equals(cytokine)) {
            throw new IllegalArgumentException("\"subject\" (" + subject + ") and \"cytokine\" (" + cytokine
                    + ") name different subjects; give one of them");
        }
        subject = subject != null ? subject : cytokine;
        if (node.path("none").asBoolean(false)) {
            if (subject != null) {
                throw new IllegalArgumentException("a \"none\": true line has no subject");
            }
            return new GoldFinding(record, null, null, Map.of(), null, number);
        }
        String direction = text(node, "direction");
        if (subject == null || direction == null) {
            throw new IllegalArgumentException("expected \"subject\" (or \"cytokine\") and \"direction\" (or \"none\": true)");
        }
        Map<String, String> attributes = new TreeMap<>();
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!RESERVED.contains(name)) {
                String value = text(node, name);
                if (value == null && node.get(name).isTextual()) {
                    // a half-filled sheet's empty cell is no claim that the abstract states none (the review of session 23, E2)
                    throw new IllegalArgumentException("\"" + name + "\" is empty; write null where the abstract states no "
                            + name + ", or leave the field out where it was not annotated");
                }
                attributes.put(name, value);
            }
        }
        return new GoldFinding(record, subject, Direction.parse(direction), attributes, text(node, "evidence"), number);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual() && !value.isNumber()) {
            throw new IllegalArgumentException("\"" + field + "\" should be a string or null, not " + value);
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }
}
