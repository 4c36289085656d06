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
import java.util.List;
import org.evidentia.api.Direction;

/**
 * Reads a gold file: JSON Lines, one finding per line ({@code pmid}/{@code doi}/{@code title},
 * {@code cytokine}, {@code direction}, {@code specimen}, {@code context}, {@code evidence}) or a
 * {@code "none": true} line for a record without findings. Blank lines are skipped. A malformed line
 * is an error naming the file and line: a gold file is small and hand-made, and scoring against a
 * silently shortened gold would mislead.
 */
public final class GoldReader {

    private final ObjectMapper mapper = new ObjectMapper();

    /** All lines of {@code file}. */
    public List<GoldFinding> read(Path file) throws IOException {
        List<GoldFinding> gold = new ArrayList<>();
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
                try {
                    gold.add(parse(line, number));
                } catch (JsonProcessingException | IllegalArgumentException e) {
                    String message = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
                    throw new IllegalArgumentException(file + ":" + number + ": " + message, e);
                }
            }
        }
        return gold;
    }

    private GoldFinding parse(String line, int number) throws JsonProcessingException {
        JsonNode node = mapper.readTree(line);
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("expected a JSON object");
        }
        GoldRecord record = new GoldRecord(text(node, "pmid"), text(node, "doi"), text(node, "title"));
        if (node.path("none").asBoolean(false)) {
            if (text(node, "cytokine") != null) {
                throw new IllegalArgumentException("a \"none\": true line has no cytokine");
            }
            return new GoldFinding(record, null, null, null, null, null, number);
        }
        String cytokine = text(node, "cytokine");
        String direction = text(node, "direction");
        if (cytokine == null || direction == null) {
            throw new IllegalArgumentException("expected \"cytokine\" and \"direction\" (or \"none\": true)");
        }
        return new GoldFinding(record, cytokine, Direction.parse(direction), text(node, "specimen"),
                text(node, "context"), text(node, "evidence"), number);
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
