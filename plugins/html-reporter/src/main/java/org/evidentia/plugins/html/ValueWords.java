package org.evidentia.plugins.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evidentia.api.FindingKind;
import org.evidentia.api.FindingKind.Attribute;
import org.evidentia.api.Synthesis;
import org.evidentia.plugins.html.ReportView.Term;

/**
 * Reader words for the values of the two stratum attributes that kinds of findings of change share
 * (the text mining kit's comparison and population vocabularies, which the reporter already reads to
 * tell cases against controls from pooled contrasts): a comparison's key {@code condition} reads as
 * "cases vs controls" to someone who did not run the tool, and a glossary says what each value
 * means. A value or an attribute not listed here is shown as its kind gives it, so another kind's
 * vocabulary is never renamed. The keys stay in the page's data attributes and filter values, and
 * in the review tables.
 *
 * <p>The words of a domain's own vocabularies (what each value of a breakdown means) belong with
 * their declaration ({@link FindingKind.Attribute}), which carries no value descriptions yet: the
 * reporter names no domain, so it explains no breakdown's values.
 */
final class ValueWords {

    /** Reader labels of values, by attribute name and value key. */
    private static final Map<String, Map<String, String>> LABELS = Map.of(
            "comparison", Map.of("condition", "cases vs controls", "time", "over time"),
            "population", Map.of("cell-line", "cell lines"));

    /** What each value means, by attribute name, in the vocabulary's order; values that say it themselves (serum) are left out. */
    private static final Map<String, Map<String, String>> MEANINGS = new LinkedHashMap<>();

    static {
        Map<String, String> comparison = new LinkedHashMap<>();
        comparison.put("condition", "people or animals with a disease or state compared with controls without it"
                + " (also, where an abstract compares them, subgroups of one condition: the severe against the mild)");
        comparison.put("intervention", "before and after, or with and without, a treatment, drug, surgery or training");
        comparison.put("exposure", "exposed against unexposed (to an agent or a state: endotoxin, smoking, sleep loss)");
        comparison.put("genotype", "carriers of a gene variant or knockout against others");
        comparison.put("time", "a time course: between time points, with no treatment named");
        comparison.put("other", "another kind of contrast");
        MEANINGS.put("comparison", comparison);
        Map<String, String> population = new LinkedHashMap<>();
        population.put("human", "measured in people");
        population.put("animal", "measured in animals");
        population.put("cell-line", "measured in cultured cell lines");
        MEANINGS.put("population", population);
    }

    private ValueWords() {
    }

    /** A value as a reader reads it: its reader label, the value itself, or "not stated" for null. */
    static String label(String attribute, String value) {
        if (value == null) {
            return Synthesis.NOT_STATED;
        }
        return LABELS.getOrDefault(attribute, Map.of()).getOrDefault(value, value);
    }

    /** A stratum's values joined as its reader label: {@code cases vs controls · human}. */
    static String stratum(List<Attribute> attributes, List<String> values) {
        List<String> labels = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            labels.add(label(attributes.get(i).name(), values.get(i)));
        }
        return String.join(" · ", labels);
    }

    /**
     * The glossary of the attributes the kinds declare and this class knows (each attribute once,
     * under its first kind's label, with the values that kind declares), then what "not stated" means;
     * empty when no kind declares one of them.
     */
    static List<Term> glossary(List<FindingKind> kinds) {
        Map<String, Term> terms = new LinkedHashMap<>();
        for (String name : MEANINGS.keySet()) {
            for (FindingKind kind : kinds) {
                kind.attribute(name).filter(a -> !terms.containsKey(name)).ifPresent(a -> {
                    List<String> meanings = new ArrayList<>();
                    MEANINGS.get(name).forEach((value, meaning) -> {
                        if (a.values().contains(value)) {
                            meanings.add(label(name, value) + ": " + meaning);
                        }
                    });
                    if (!meanings.isEmpty()) {
                        terms.put(name, new Term(a.label(), meanings));
                    }
                });
            }
        }
        if (terms.isEmpty()) {
            return List.of();
        }
        List<Term> glossary = new ArrayList<>(terms.values());
        glossary.add(new Term(Synthesis.NOT_STATED, List.of("the finding's sentence (and, for some attributes, its record)"
                + " did not say it; not a value of its own, and not \"none\"")));
        return glossary;
    }
}
