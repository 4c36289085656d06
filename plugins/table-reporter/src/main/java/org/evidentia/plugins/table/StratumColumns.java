package org.evidentia.plugins.table;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evidentia.api.FindingKind;
import org.evidentia.api.Synthesis.KindSynthesis;
import org.evidentia.api.Synthesis.Stratum;

/**
 * The stratum attributes of the run's kinds as columns of the synthesis and votes tables: one column
 * per attribute name, in declaration order, the first kind's first, headed with the label of the
 * first kind that declares it.
 */
final class StratumColumns {

    /** The attributes' labels, by name, in column order. */
    private final Map<String, String> labels = new LinkedHashMap<>();

    StratumColumns(List<FindingKind> kinds) {
        for (FindingKind kind : kinds) {
            kind.synthesisStrata().forEach(a -> labels.putIfAbsent(a.name(), a.label()));
        }
    }

    /** The columns' headings. */
    Collection<String> headings() {
        return labels.values();
    }

    /** A stratum's value in each column: empty when not stated, or when the stratum's kind has no such attribute. */
    List<String> values(KindSynthesis kind, Stratum stratum) {
        List<String> attributes = kind.kind().synthesisStrata().stream().map(FindingKind.Attribute::name).toList();
        List<String> values = new ArrayList<>(labels.size());
        for (String attribute : labels.keySet()) {
            int i = attributes.indexOf(attribute);
            String value = i < 0 ? null : stratum.values().get(i);
            values.add(value == null ? "" : value);
        }
        return values;
    }
}
