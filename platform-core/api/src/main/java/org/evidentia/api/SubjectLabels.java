package org.evidentia.api;

import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One label per subject of a finding kind, for whatever names a subject rather than one finding
 * (a synthesis row, a plot column, a table's block of rows). A subject's key is the kind's
 * {@linkplain FindingKind#canonicalKey canonical key}, so it may gather findings under several keys
 * and labels ({@code IL23A} "IL-23p19" and {@code IL23} "IL-23" under {@code IL23}). It goes by the
 * label of a finding whose own key is the canonical key (the family's label), else by the least of
 * its labels in {@linkplain NaturalOrder natural order}, then in {@link String} order: the choice
 * depends on the labels met, never on their order. The core synthesis labels its subjects so; a
 * reporter that labels subjects the same way, from every finding of the kind, agrees with it.
 *
 * <p>Not thread-safe: one thread adds.
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public final class SubjectLabels {

    private static final Comparator<String> ORDER = Comparator.comparing((String label) -> label, NaturalOrder.INSTANCE)
            .thenComparing(Comparator.naturalOrder());

    private record Candidate(String label, boolean ownKey) {
    }

    private final FindingKind kind;
    private final Map<String, Candidate> best = new HashMap<>();

    /** Labels for the subjects of {@code kind}; not null. */
    public SubjectLabels(FindingKind kind) {
        this.kind = java.util.Objects.requireNonNull(kind, "kind");
    }

    /**
     * Takes the label of one finding.
     *
     * @param key   the finding's subject key, as the extractor gave it; not null
     * @param label the finding's subject label; not null
     */
    public void add(String key, String label) {
        String canonical = kind.canonicalKey(key);
        Candidate candidate = new Candidate(label, canonical.equals(key.strip().toUpperCase(Locale.ROOT)));
        best.merge(canonical, candidate, (a, b) -> a.ownKey() != b.ownKey() ? (a.ownKey() ? a : b)
                : ORDER.compare(a.label(), b.label()) <= 0 ? a : b);
    }

    /** The label of the subject whose canonical key is {@code canonicalKey}, or null when no finding had it. */
    public String get(String canonicalKey) {
        Candidate candidate = best.get(canonicalKey);
        return candidate == null ? null : candidate.label();
    }

    /** The canonical keys met so far; an unmodifiable view. */
    public Set<String> keys() {
        return Collections.unmodifiableSet(best.keySet());
    }
}
