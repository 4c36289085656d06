package org.evidentia.runtime.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.evidentia.api.Finding;
import org.evidentia.api.FindingKind.Attribute;
import org.evidentia.api.FindingKind;
import org.evidentia.api.RecordFindings;
import org.evidentia.textmining.attribute.StatementAttributes;

/**
 * A run's focus ({@code --focus condition=fibromyalgia --focus population=human}): keeps the
 * findings whose attributes match every attribute named, any of the values given for it.
 * A closed attribute matches its value exactly; a free-text one (a condition) when it contains the
 * value's words, British and American spellings alike ({@link StatementAttributes#americanSpelling}:
 * {@code condition=sleep apnoea} keeps "obstructive sleep apnea"); both ignore case. Findings of a
 * kind that lacks an attribute are not filtered by it.
 * Immutable; counting what it leaves out is the caller's.
 */
final class FindingFocus {

    /** What stands between words of a free-text value: compiled once, as it is used for every finding of a focused run. */
    private static final Pattern NOT_WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final List<String> criteria;
    private final Map<String, List<Wanted>> valuesByAttribute;
    private final Map<String, FindingKind> kinds = new LinkedHashMap<>();

    private FindingFocus(List<String> criteria, Map<String, List<Wanted>> valuesByAttribute, List<FindingKind> kinds) {
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
        Map<String, List<Wanted>> values = new LinkedHashMap<>();
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
            values.computeIfAbsent(attribute, a -> new ArrayList<>()).add(new Wanted(value.toLowerCase(Locale.ROOT), words(value)));
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
     * How many of {@code record}'s findings are left out for want of a value alone: each states no value
     * for an attribute the focus names and its kind has, and every focused value it does state is one the
     * focus keeps. A finding that states another value ({@code population=animal} under
     * {@code --focus population=human}) is not counted, whatever else it lacks: it would be left out anyway.
     */
    long unstated(RecordFindings record) {
        if (valuesByAttribute.isEmpty()) {
            return 0;
        }
        long unstated = 0;
        for (Finding finding : record.findings()) {
            if (verdict(finding) == Verdict.UNSTATED) {
                unstated++;
            }
        }
        return unstated;
    }

    private boolean inFocus(Finding finding) {
        return verdict(finding) == Verdict.KEPT;
    }

    /** A finding kept, left out for want of a value alone, or left out for a value the focus does not keep. */
    private enum Verdict { KEPT, UNSTATED, OTHER_VALUE }

    private Verdict verdict(Finding finding) {
        FindingKind kind = kinds.get(finding.kind());
        Verdict verdict = Verdict.KEPT;
        for (Map.Entry<String, List<Wanted>> criterion : valuesByAttribute.entrySet()) {
            Attribute attribute = kind == null ? null : kind.attribute(criterion.getKey()).orElse(null);
            if (attribute == null) {
                continue;
            }
            String value = finding.attribute(attribute.name());
            if (value == null) {
                verdict = Verdict.UNSTATED;
            } else if (criterion.getValue().stream().noneMatch(matcher(attribute, value))) {
                return Verdict.OTHER_VALUE;
            }
        }
        return verdict;
    }

    /** Which wanted values the finding's {@code value} of {@code attribute} matches. */
    private static Predicate<Wanted> matcher(Attribute attribute, String value) {
        if (attribute.closed()) {
            String lower = value.toLowerCase(Locale.ROOT);
            return wanted -> wanted.lower().equals(lower);
        }
        String padded = " " + words(value) + " ";
        return wanted -> padded.contains(" " + wanted.words() + " ");
    }

    /** A value of a focus criterion, in lower case for a closed attribute and as {@link #words} for a free-text one. */
    private record Wanted(String lower, String words) {
    }

    /**
     * A free-text value as words to match: lower case, American spelling (the kit's condition values
     * are written so; a value given by hand, or another extractor's, may be British), one space
     * between words and no punctuation.
     */
    private static String words(String value) {
        return NOT_WORDS.matcher(StatementAttributes.americanSpelling(value)).replaceAll(" ").strip();
    }
}
