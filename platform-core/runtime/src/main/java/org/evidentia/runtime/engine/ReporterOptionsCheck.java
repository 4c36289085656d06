package org.evidentia.runtime.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evidentia.api.FindingKind;
import org.evidentia.api.Reporter;
import org.evidentia.runtime.engine.ConfigurationException.Issue;
import org.evidentia.runtime.host.LoadedExtension;
import org.evidentia.runtime.options.OptionsBinder;
import org.evidentia.runtime.options.OptionsException;

/**
 * Asks reporters whether their options fit a run ({@link Reporter#checkOptions}), before any of
 * them starts: {@code evidentia validate} and every run ask the same question, so a pipeline file
 * that validates is not refused by {@code run}. A refusal is a configuration issue; when one option
 * given is to blame by itself, the issue is at that option ({@code options.kind-count.kind}, so a
 * pipeline file names its line), found as the binder finds the option an options record's own
 * check blames: each option given is checked alone (the others at their defaults), and it is to
 * blame when it is refused alone with the same message and the others without it are not.
 */
public final class ReporterOptionsCheck {

    private final OptionsBinder binder;
    private final ObjectMapper json = new ObjectMapper();

    /** @param binder binds the options tried one at a time, as the run's were bound */
    public ReporterOptionsCheck(OptionsBinder binder) {
        this.binder = binder;
    }

    /**
     * Every refusal of the plan's reporters, and every reporter whose check failed otherwise (it
     * would fail the run): what {@code evidentia validate} reports.
     */
    public List<Issue> issues(RunPlan plan) {
        List<Issue> issues = new ArrayList<>();
        for (LoadedExtension<Reporter> reporter : plan.reporters()) {
            try {
                refusal(reporter, plan.optionsOf(reporter.name()), plan.kinds()).ifPresent(issues::add);
            } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
                issues.add(new Issue("options." + reporter.name(), who(reporter) + " could not check its options: "
                        + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())));
            }
        }
        return issues;
    }

    /**
     * The issue of {@code reporter} refusing {@code options} in a run of {@code kinds}; empty when it accepts them.
     *
     * @throws RuntimeException what its check threw other than {@link IllegalArgumentException}: it failed
     * @throws LinkageError     when its check needs a class its plugin lacks
     */
    Optional<Issue> refusal(LoadedExtension<Reporter> reporter, Record options, List<FindingKind> kinds) {
        String refused = refused(reporter, options, kinds);
        if (refused == null) {
            return Optional.empty();
        }
        String key = blamed(reporter, options, kinds, refused);
        if (key == null) {
            return Optional.of(new Issue("options." + reporter.name(), who(reporter) + " refuses its options for this run: " + refused));
        }
        String option = reporter.name() + "." + key;
        String said = refused.startsWith("option " + option + ": ") ? refused.substring(("option " + option + ": ").length()) : refused;
        return Optional.of(new Issue("options." + option, who(reporter) + " refuses option " + option + ": " + said));
    }

    /** The message of the reporter's refusal of {@code options}, in its plugin's class loader; null when it accepts them. */
    private static String refused(LoadedExtension<Reporter> reporter, Record options, List<FindingKind> kinds) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(reporter.classLoader());
        try {
            reporter.extension().checkOptions(new ExtensionRunContext(reporter.name(), options, new ProblemLog()), kinds);
            return null;
        } catch (IllegalArgumentException e) {
            return said(e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** The one option given to blame for {@code refused}; null when none, or more than one, is. */
    private String blamed(LoadedExtension<Reporter> reporter, Record options, List<FindingKind> kinds, String refused) {
        Map<String, JsonNode> given = given(reporter.name(), options);
        String blamed = null;
        for (String key : given.keySet()) {
            Map<String, JsonNode> others = new LinkedHashMap<>(given);
            others.remove(key);
            if (refused.equals(refusedWith(reporter, options.getClass(), Map.of(key, given.get(key)), kinds))
                    && !refused.equals(refusedWith(reporter, options.getClass(), others, kinds))) {
                if (blamed != null) {
                    return null;
                }
                blamed = key;
            }
        }
        return blamed;
    }

    /** The options whose bound values differ from their defaults (all of them when there are none), as JSON values. */
    private Map<String, JsonNode> given(String reporter, Record options) {
        Map<String, String> defaults;
        try {
            defaults = binder.toJson(binder.bind(reporter, options.getClass(), Map.of()));
        } catch (OptionsException e) {
            defaults = Map.of();
        }
        Map<String, JsonNode> given = new LinkedHashMap<>();
        for (Map.Entry<String, String> option : binder.toJson(options).entrySet()) {
            if (!option.getValue().equals(defaults.get(option.getKey()))) {
                try {
                    given.put(option.getKey(), json.readTree(option.getValue()));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("the binder wrote JSON it cannot read: " + option.getValue(), e);
                }
            }
        }
        return given;
    }

    /** The message of the reporter's refusal of options bound from {@code values}; null when it accepts them or they do not bind. */
    private String refusedWith(LoadedExtension<Reporter> reporter, Class<? extends Record> type, Map<String, JsonNode> values,
                               List<FindingKind> kinds) {
        try {
            return refused(reporter, binder.bind(reporter.name(), type, values), kinds);
        } catch (OptionsException | RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
            return null; // options that do not bind, or a check that fails on them, blame nothing
        }
    }

    /** The reporter and its plugin, as a refusal names them: {@code reporter kind-count (plugin developer-fixtures)}. */
    static String who(LoadedExtension<Reporter> reporter) {
        return "reporter " + reporter.name() + " (plugin " + reporter.pluginId() + ")";
    }

    /** What a refusal says: its message, or its class when it has none. */
    static String said(IllegalArgumentException refusal) {
        return refusal.getMessage() == null ? refusal.getClass().getSimpleName() : refusal.getMessage();
    }
}
