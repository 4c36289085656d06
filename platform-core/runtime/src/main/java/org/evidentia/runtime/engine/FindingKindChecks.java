package org.evidentia.runtime.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.evidentia.api.Extractor;
import org.evidentia.api.FindingKind;
import org.evidentia.runtime.engine.ConfigurationException.Issue;
import org.evidentia.runtime.host.FindingKindRules;
import org.evidentia.runtime.host.LoadedExtension;

/**
 * What a run's planning refuses in the finding kinds its extractors declare: two kinds of one name,
 * and attributes the platform could not address or show. Each issue names the extractor and its
 * plugin, whose author has to change it.
 *
 * <p>These are checked when a run starts rather than when a {@link FindingKind} is made: a store
 * that recorded such a kind must still read (review 29, M4).
 */
final class FindingKindChecks {

    private FindingKindChecks() {
    }

    /**
     * The issues with the kinds of a run's extractors.
     *
     * @param named      the extractors the pipeline names, in its order (empty when it names none and all installed run)
     * @param extractors the run's extractors
     * @param kinds      their kinds, index by index
     */
    static List<Issue> issues(List<String> named, List<LoadedExtension<Extractor>> extractors, List<FindingKind> kinds) {
        List<Issue> issues = new ArrayList<>(kindClashes(named, extractors, kinds));
        for (int i = 0; i < kinds.size(); i++) {
            for (String problem : FindingKindRules.attributeProblems(kinds.get(i))) {
                LoadedExtension<Extractor> e = extractors.get(i);
                issues.add(new Issue("extractors", "extractor '" + e.name() + "' (plugin " + e.pluginId() + ") declares kind '"
                        + kinds.get(i).name() + "' with " + problem + "; the plugin needs that changed (docs/plugin-guide.md, section 4)"));
            }
        }
        return issues;
    }

    /**
     * One issue for each extractor whose kind has the name of an earlier extractor's kind. Kind names
     * are one namespace: findings are grouped, synthesised and reported by their kind's name, so two
     * such extractors would have their findings counted as one kind, read with the first one's
     * vocabulary, without a word.
     */
    private static List<Issue> kindClashes(List<String> named, List<LoadedExtension<Extractor>> extractors, List<FindingKind> kinds) {
        List<Issue> issues = new ArrayList<>();
        Map<String, LoadedExtension<Extractor>> firstOfKind = new HashMap<>();
        for (int i = 0; i < kinds.size(); i++) {
            String kind = kinds.get(i).name();
            LoadedExtension<Extractor> second = extractors.get(i);
            LoadedExtension<Extractor> first = firstOfKind.putIfAbsent(kind, second);
            if (first != null) {
                issues.add(new Issue(named.isEmpty() ? "extractors" : "extractors[" + named.indexOf(second.name()) + "]",
                        "extractors '" + first.name() + "' (plugin " + first.pluginId() + ") and '" + second.name() + "' (plugin "
                                + second.pluginId() + ") both make findings of kind '" + kind + "': finding kinds are one namespace, and"
                                + " their findings would be counted together in one synthesis; rename one of the kinds, or leave one"
                                + " extractor out of the run" + (named.isEmpty() ? " (name the extractors to use)" : "")));
            }
        }
        return issues;
    }
}
