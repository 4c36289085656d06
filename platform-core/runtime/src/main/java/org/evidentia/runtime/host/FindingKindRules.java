package org.evidentia.runtime.host;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.evidentia.api.FindingKind;

/**
 * What the platform refuses in the attributes an extractor's finding kind declares: a name no focus can address, a
 * blank or repeated value. A run refuses such an extractor, and {@code plugins install} and {@code plugins --check}
 * tell it of the plugin, so that one installed plugin cannot leave every default run refused (an explorer's F8).
 *
 * <p>Checked of the declarations, not when a {@link FindingKind} is made: a store that recorded such a kind must
 * still read (review 29, M4).
 */
public final class FindingKindRules {

    /**
     * An attribute name is lower-case and hyphenated, as kind names are: it is a key of --focus, of gold
     * files and of the JSON outputs. (FindingKind checks its own name by the same rule, privately: the
     * rule is not API.)
     */
    private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private FindingKindRules() {
    }

    /** What is wrong with the attributes {@code kind} declares, one clause each; empty when nothing is. */
    public static List<String> attributeProblems(FindingKind kind) {
        List<String> problems = new ArrayList<>();
        for (FindingKind.Attribute a : kind.attributes()) {
            if (!ATTRIBUTE_NAME.matcher(a.name()).matches()) {
                problems.add("attribute '" + a.name() + "', whose name is not lower-case and hyphenated (it is a key of --focus, of gold"
                        + " files and of the JSON outputs)");
            }
            if (a.values().stream().anyMatch(String::isBlank)) {
                problems.add("attribute '" + a.name() + "' with a blank value (a finding that states none leaves the attribute out)");
            }
            if (a.values().stream().distinct().count() != a.values().size()) {
                problems.add("attribute '" + a.name() + "' with a value given twice (" + String.join(", ", a.values()) + ")");
            }
        }
        return problems;
    }
}
