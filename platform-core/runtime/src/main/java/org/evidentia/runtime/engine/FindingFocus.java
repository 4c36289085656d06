package org.evidentia.runtime.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.evidentia.api.Finding;
import org.evidentia.api.FindingKind.Attribute;
import org.evidentia.api.FindingKind;
import org.evidentia.api.RecordFindings;

/**
 * A run's focus ({@code --focus condition=fibromyalgia --focus population=human}): keeps the
 * findings whose attributes match every attribute named, any of the values given for it.
 * A closed attribute matches its value exactly; a free-text one (a condition) when it contains the
 * value's words; both ignore case. Findings of a kind that lacks an attribute are not filtered by it.
 * Immutable; counting what it leaves out is the caller's.
 */
final class FindingFocus {

    private final List<String> criteria;
    private final Map<String, List<String>> valuesByAttribute;
    private final Map<String, FindingKind> kinds = new LinkedHashMap<>();

    private FindingFocus(List<String> criteria, Map<String, List<String>> valuesByAttribute, List<FindingKind> kinds) {
        this.criteria = List.copyOf(criteria);
        this.valuesByAttribute = valuesByAttribute;
        kinds.forEach(k -> this.kinds.putIfAbsent(k.name(), k));
    }

    /**
     * Parses {@code attribute=value} criteria against the run's kinds.
     *
     * @throws ConfigurationException when a criterion is malformed or names an attribute no kind has,
     *     or a value a closed attribute does not take
     */
    static FindingFocus of(List<String> criteria, List<FindingKind> kinds) throws ConfigurationException {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String criterion : criteria) {
            int eq = criterion.indexOf('=');
            if (eq <= 0 || eq == criterion.length() - 1) {
                throw new ConfigurationException("focus '" + criterion + "' is not of the form attribute=value, e.g. condition=fibromyalgia");
            }
            String attribute = criterion.substring(0, eq).strip();
            String value = criterion.substring(eq + 1).strip();
            List<Attribute> declared = kinds.stream().flatMap(k -> k.attribute(attribute).stream()).toList();
            if (declared.isEmpty()) {
                TreeSet<String> known = new TreeSet<>();
                kinds.forEach(k -> k.attributes().forEach(a -> known.add(a.name())));
                throw new ConfigurationException("focus on '" + attribute + "', but no finding kind of this run has that attribute; "
                        + (known.isEmpty() ? "its kinds have no attributes" : "attributes: " + String.join(", ", known)));
            }
            Attribute closed = declared.stream().filter(Attribute::closed).findFirst().orElse(null);
            if (closed != null && closed.values().stream().noneMatch(v -> v.equalsIgnoreCase(value))) {
                throw new ConfigurationException("focus " + attribute + "=" + value + ": '" + value + "' is not a value of "
                        + attribute + "; values: " + String.join(", ", closed.values()));
            }
            values.computeIfAbsent(attribute, a -> new ArrayList<>()).add(value.toLowerCase(Locale.ROOT));
        }
        return new FindingFocus(criteria, values, kinds);
    }

    /** The criteria as given. */
    List<String> criteria() {
        return criteria;
    }

    /** The record with only the findings in focus (the same object when the run is not focused). */
    RecordFindings apply(RecordFindings record) {
        if (valuesByAttribute.isEmpty() || record.findings().isEmpty()) {
            return record;
        }
        List<Finding> kept = new ArrayList<>(record.findings().size());
        for (Finding finding : record.findings()) {
            if (inFocus(finding)) {
                kept.add(finding);
            }
        }
        return kept.size() == record.findings().size() ? record : new RecordFindings(record.record(), record.design(), kept);
    }

    /**
     * How many of {@code record}'s findings state no value for an attribute the focus names and
     * their kind has: each is left out for want of a value ({@link #apply} keeps none of them).
     */
    long unstated(RecordFindings record) {
        if (valuesByAttribute.isEmpty()) {
            return 0;
        }
        long unstated = 0;
        for (Finding finding : record.findings()) {
            FindingKind kind = kinds.get(finding.kind());
            if (kind != null && valuesByAttribute.keySet().stream()
                    .anyMatch(name -> kind.attribute(name).isPresent() && finding.attribute(name) == null)) {
                unstated++;
            }
        }
        return unstated;
    }

    private boolean inFocus(Finding finding) {
        FindingKind kind = kinds.get(finding.kind());
        for (Map.Entry<String, List<String>> criterion : valuesByAttribute.entrySet()) {
            Attribute attribute = kind == null ? null : kind.attribute(criterion.getKey()).orElse(null);
            if (attribute == null) {
                continue;
            }
            String value = finding.attribute(attribute.name());
            if (value == null || criterion.getValue().stream().noneMatch(v -> matches(attribute, value.toLowerCase(Locale.ROOT), v))) {
                return false;
            }
        }
        return true;
    }

    private static boolean matches(Attribute attribute, String value, String wanted) {
        return attribute.closed() ? value.equals(wanted) : (" " + value.replaceAll("[^\\p{L}\\p{N}]+", " ") + " ")
                .contains(" " + wanted.replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ");
    }
}
