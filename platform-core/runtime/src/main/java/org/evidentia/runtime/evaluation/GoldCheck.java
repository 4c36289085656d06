package org.evidentia.runtime.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evidentia.api.FindingKind;
import org.evidentia.runtime.text.CloseNames;
import org.evidentia.runtime.text.Plural;

/**
 * What a gold file says that the finding kind it is scored for cannot mean, found before scoring: a gold line is
 * hand-typed, and a value no extractor of the kind can give ({@code "specimen": "blod"}) would lower an accuracy
 * without a word, as a misspelt attribute ({@code "comparision"}) would leave a line out of it (an explorer's F6).
 *
 * @param mistakes each a line's value outside its closed attribute's values, or a record said to have no finding on one
 *                 line and given one on another: {@code LINE: what is wrong}; the gold must be mended before it scores
 * @param warnings each field that is no attribute of the kind, once, with the lines that give it and the attributes it
 *                 is close to: such a field is not scored, which may be meant (a note of the annotator's)
 */
public record GoldCheck(List<String> mistakes, List<String> warnings) {

    public GoldCheck {
        mistakes = List.copyOf(mistakes);
        warnings = List.copyOf(warnings);
    }

    /** The check of {@code gold} against {@code kind}. */
    public static GoldCheck of(List<GoldFinding> gold, FindingKind kind) {
        List<String> mistakes = new ArrayList<>();
        Map<String, List<Integer>> unknown = new LinkedHashMap<>();
        Map<String, Integer> noneLine = new LinkedHashMap<>();
        Map<String, Integer> findingLine = new LinkedHashMap<>();
        List<String> names = kind.attributes().stream().map(FindingKind.Attribute::name).toList();
        for (GoldFinding g : gold) {
            (g.none() ? noneLine : findingLine).putIfAbsent(g.record().identity(), g.line());
            for (Map.Entry<String, String> field : g.attributes().entrySet()) {
                FindingKind.Attribute attribute = kind.attribute(field.getKey()).orElse(null);
                if (attribute == null) {
                    unknown.computeIfAbsent(field.getKey(), k -> new ArrayList<>()).add(g.line());
                } else if (attribute.closed() && field.getValue() != null && !attribute.values().contains(field.getValue())) {
                    // values are exact: "Serum" is told as "blod" is, with the value meant (the review of session 23, E7: CloseNames
                    // is case-blind, so it took "Serum" for one of them and suggested nothing)
                    String sameButCase = attribute.values().stream().filter(v -> v.equalsIgnoreCase(field.getValue())).findFirst()
                            .orElse(null);
                    mistakes.add(g.line() + ": '" + field.getValue() + "' is not a value of " + attribute.name() + " ("
                            + String.join(", ", attribute.values()) + ", or null when unstated)"
                            + (sameButCase != null ? " (did you mean '" + sameButCase + "'? values are matched exactly)"
                                    : CloseNames.didYouMean(field.getValue(), attribute.values())));
                }
            }
        }
        noneLine.forEach((identity, line) -> {
            Integer finding = findingLine.get(identity);
            if (finding != null) {
                mistakes.add(line + ": \"none\": true says the record has no finding, but line " + finding + " gives it one");
            }
        });
        List<String> warnings = new ArrayList<>();
        unknown.forEach((field, lines) -> warnings.add("the field '" + field + "' (" + Plural.count(lines.size(), "line") + ", the first "
                + lines.get(0) + ") is no attribute of " + kind.name() + CloseNames.didYouMean(field, names)
                + ", and is not scored; its attributes are " + String.join(", ", names)));
        return new GoldCheck(mistakes, warnings);
    }
}
