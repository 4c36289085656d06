package org.evidentia.runtime.engine;

import java.util.List;
import org.evidentia.api.Extension;
import org.evidentia.api.Extractor;
import org.evidentia.api.Reporter;
import org.evidentia.api.Source;
import org.evidentia.runtime.host.LoadedExtension;
import org.evidentia.runtime.host.PluginHost;
import org.evidentia.runtime.host.PluginProblem;
import org.evidentia.runtime.host.PluginStatus;

/**
 * The extensions a run may choose from, each kind sorted by name, and the plugins that could not
 * offer theirs.
 *
 * @param sources        every available source
 * @param extractors     every available extractor
 * @param reporters      every available reporter
 * @param pluginProblems each plugin that is not usable, recorded in the run
 * @param disabledPlugins ids of the plugins disabled on purpose (their extensions are not offered)
 */
public record ExtensionCatalog(List<LoadedExtension<Source>> sources, List<LoadedExtension<Extractor>> extractors,
                               List<LoadedExtension<Reporter>> reporters, List<PluginProblem> pluginProblems,
                               List<String> disabledPlugins, String pluginsCommand) {

    public ExtensionCatalog {
        sources = List.copyOf(sources);
        extractors = List.copyOf(extractors);
        reporters = List.copyOf(reporters);
        pluginProblems = List.copyOf(pluginProblems);
        disabledPlugins = List.copyOf(disabledPlugins);
        pluginsCommand = pluginsCommand == null ? PluginHost.PLUGINS_COMMAND : pluginsCommand;
    }

    /** A catalog whose hints name the plugins command plainly. */
    public ExtensionCatalog(List<LoadedExtension<Source>> sources, List<LoadedExtension<Extractor>> extractors,
                            List<LoadedExtension<Reporter>> reporters, List<PluginProblem> pluginProblems, List<String> disabledPlugins) {
        this(sources, extractors, reporters, pluginProblems, disabledPlugins, PluginHost.PLUGINS_COMMAND);
    }

    /** A catalog of extensions that all loaded. */
    public ExtensionCatalog(List<LoadedExtension<Source>> sources, List<LoadedExtension<Extractor>> extractors,
                            List<LoadedExtension<Reporter>> reporters) {
        this(sources, extractors, reporters, List.of(), List.of());
    }

    /** A catalog with the problems of plugins that could not be used. */
    public ExtensionCatalog(List<LoadedExtension<Source>> sources, List<LoadedExtension<Extractor>> extractors,
                            List<LoadedExtension<Reporter>> reporters, List<PluginProblem> pluginProblems) {
        this(sources, extractors, reporters, pluginProblems, List.of());
    }

    /**
     * Everything the started plugins of a host offer, what went wrong with the others, and which are disabled; its hints name
     * the plugins command as the host's do ({@link PluginHost#pluginsCommand}).
     */
    public static ExtensionCatalog of(PluginHost host) {
        List<String> disabled = host.statuses().stream().filter(s -> s.state().equals("disabled") && s.problem() == null)
                .map(PluginStatus::id).toList();
        return new ExtensionCatalog(host.extensions(Source.class), host.extensions(Extractor.class),
                host.extensions(Reporter.class), host.problems(), disabled, host.pluginsCommand());
    }

    /** This catalog with other reporters (the same plugin problems and disabled plugins). */
    public ExtensionCatalog withReporters(List<LoadedExtension<Reporter>> others) {
        return new ExtensionCatalog(sources, extractors, others, pluginProblems, disabledPlugins, pluginsCommand);
    }

    /** The extension with this name, of any kind, or null. */
    public LoadedExtension<? extends Extension> find(String name) {
        for (List<? extends LoadedExtension<? extends Extension>> kind : List.of(sources, extractors, reporters)) {
            for (LoadedExtension<? extends Extension> e : kind) {
                if (e.name().equals(name)) {
                    return e;
                }
            }
        }
        return null;
    }

    /**
     * Why a plugin that could not be used may be where an extension of this name is: one line for each
     * plugin whose id it is or whose problem names it ({@code plugin chemo-req, which may offer it, has
     * a problem: requires Evidentia >=0.2.0, but this is Evidentia 0.1.0}), in the problems' order.
     */
    public List<String> problemsNaming(String name) {
        return problems(name, false);
    }

    /**
     * Each plugin's extension that could not be made, whose name nobody can know, for a name nothing else explains: it may
     * be that extension's (the review of session 27, P2: an extension named otherwise than its plugin was told as a typo).
     */
    public List<String> unmadeExtensions() {
        return problems(null, true);
    }

    private List<String> problems(String name, boolean unmade) {
        List<String> reasons = new java.util.ArrayList<>();
        for (PluginProblem problem : pluginProblems) {
            String plugin = problem.plugin();
            // the sentence goes on: a reason that ends a sentence of its own (the packaging check's remedy) loses its full stop
            String reason = problem.reason().endsWith(".") ? problem.reason().substring(0, problem.reason().length() - 1) : problem.reason();
            if (unmade && reason.startsWith("its extension ") && reason.contains(" cannot be made: ")) {
                reasons.add("plugin " + plugin + " has an extension that cannot be made, which may be it: " + reason);
            } else if (!unmade && (plugin.equals(name) || reason.contains("'" + name + "'"))) {
                reasons.add("plugin " + plugin + ", which may offer it, has a problem: " + reason);
            }
        }
        return reasons;
    }

    /**
     * {@code ; disabled plugins a, b may DO (`evidentia plugins enable ID`)}, or empty when none is disabled; with one
     * plugin, the command ready to paste ({@code `evidentia plugins enable a`}: the review of session 28, M7), with the
     * plugins folder when it is not the one a plain command uses (R7).
     *
     * @param may what they may do for what is missing: {@code "have it"}, {@code "read it"}, {@code "have one"}
     */
    public String disabledMay(String may) {
        return disabledPlugins.isEmpty() ? "" : "; disabled plugin" + (disabledPlugins.size() == 1 ? " " : "s ")
                + String.join(", ", disabledPlugins) + " may " + may + " (`" + pluginsCommand + " enable "
                + (disabledPlugins.size() == 1 ? disabledPlugins.get(0) : "ID") + "`)";
    }

    /** What follows the sources tried for a file that no source reads: the command that describes them, and the disabled plugins. */
    public String unreadAdvice() {
        return " (`" + pluginsCommand + "` describes them)" + disabledMay("read it");
    }

    /**
     * Why a plain run of this catalog is refused when it has no reporter: it would write its findings nowhere; in the words of
     * {@code run} and {@code validate} alike (validate borrowed them from the run command's class: the code review of session
     * 26, C2).
     *
     * @param pluginsDir the folder the plugins are in
     */
    public String noReporter(java.nio.file.Path pluginsDir) {
        return "no reporter is installed and enabled in the plugins folder " + pluginsDir + ", so the run would write its findings"
                + " nowhere" + disabledMay("have one") + "; `" + pluginsCommand + "` lists the plugins";
    }

    /**
     * Why a plain run of this catalog is refused when it has no source: it would read none of its inputs, and its run.json alone
     * would replace the output folder's reports (the review of session 28, M13: an empty or unreadable plugins folder did so).
     *
     * @param pluginsDir the folder the plugins are in
     */
    public String noSource(java.nio.file.Path pluginsDir) {
        return "no source is installed and enabled in the plugins folder " + pluginsDir + ", so the run could read none of its inputs"
                + disabledMay("have one") + "; `" + pluginsCommand + "` lists the plugins";
    }

    /** Every extension's name, sorted. */
    public List<String> names() {
        return java.util.stream.Stream.of(sources, extractors, reporters)
                .flatMap(List::stream).map(LoadedExtension::name).sorted().toList();
    }
}
