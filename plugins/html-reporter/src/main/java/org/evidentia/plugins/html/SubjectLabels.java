package org.evidentia.plugins.html;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.evidentia.api.FindingKind;
import org.evidentia.api.NaturalOrder;

/**
 * One label per subject of a kind, for everything that names the subject rather than one finding
 * (synthesis rows, plot columns, evidence matrices, vote chips, the subject filter). A subject's key
 * is the kind's canonical key, so it can gather findings under several keys and labels
 * ({@code IL23A} "IL-23p19" and {@code IL23} "IL-23" under {@code IL23}); it goes by the label of a
 * finding whose own key is the canonical key (the family's label), else by the least of its labels
 * in natural order, then in {@link String} order. This is the core synthesis' rule, so the page's
 * labels and the synthesis' agree, and neither depends on the order of the records. A finding keeps
 * its own label in the findings tables.
 */
final class SubjectLabels {

    private static final Comparator<String> ORDER = Comparator.comparing((String l) -> l, NaturalOrder.INSTANCE)
            .thenComparing(Comparator.naturalOrder());

    private record Candidate(String label, boolean ownKey) {
    }

    private final FindingKind kind;
    private final Map<String, Candidate> best = new HashMap<>();

    SubjectLabels(FindingKind kind) {
        this.kind = kind;
    }

    /** Takes the label of a finding with subject key {@code key}. */
    void add(String key, String label) {
        String canonical = kind.canonicalKey(key);
        Candidate candidate = new Candidate(label, canonical.equals(key.strip().toUpperCase(Locale.ROOT)));
        best.merge(canonical, candidate, (a, b) -> a.ownKey() != b.ownKey() ? (a.ownKey() ? a : b)
                : ORDER.compare(a.label(), b.label()) <= 0 ? a : b);
    }

    /** The label of the subject with canonical key {@code canonicalKey}, or null when no finding had it. */
    String get(String canonicalKey) {
        Candidate candidate = best.get(canonicalKey);
        return candidate == null ? null : candidate.label();
    }

    /** The canonical keys met. */
    java.util.Set<String> keys() {
        return best.keySet();
    }
}
