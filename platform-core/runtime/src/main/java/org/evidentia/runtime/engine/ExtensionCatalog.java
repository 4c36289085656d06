package org.evidentia.runtime.engine;

import java.util.List;
import org.evidentia.api.Extension;
import org.evidentia.api.Extractor;
import org.evidentia.api.Reporter;
import org.evidentia.api.Source;
import org.evidentia.runtime.host.LoadedExtension;
import org.evidentia.runtime.host.PluginHost;

/**
 * The extensions a run may choose from, each kind sorted by name, and the plugins that could not
 * offer theirs.
 *
 * @param sources        every available source
 * @param extractors     every available extractor
 * @param reporters      every available reporter
 * @param pluginProblems one line per plugin that is not usable ({@code id: reason}), recorded in the run
 */
public record ExtensionCatalog(List<LoadedExtension<Source>> sources, List<LoadedExtension<Extractor>> extractors,
                               List<LoadedExtension<Reporter>> reporters, List<String> pluginProblems) {

    public ExtensionCatalog {
        sources = List.copyOf(sources);
        extractors = List.copyOf(extractors);
        reporters = List.copyOf(reporters);
        pluginProblems = List.copyOf(pluginProblems);
    }

    /** A catalog of extensions that all loaded. */
    public ExtensionCatalog(List<LoadedExtension<Source>> sources, List<LoadedExtension<Extractor>> extractors,
                            List<LoadedExtension<Reporter>> reporters) {
        this(sources, extractors, reporters, List.of());
    }

    /** Everything the started plugins of a host offer, and what went wrong with the others. */
    public static ExtensionCatalog of(PluginHost host) {
        return new ExtensionCatalog(host.extensions(Source.class), host.extensions(Extractor.class),
                host.extensions(Reporter.class), host.problems());
    }

    /** This catalog with other reporters (the same plugin problems). */
    public ExtensionCatalog withReporters(List<LoadedExtension<Reporter>> others) {
        return new ExtensionCatalog(sources, extractors, others, pluginProblems);
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

    /** Every extension's name, sorted. */
    public List<String> names() {
        return java.util.stream.Stream.of(sources, extractors, reporters)
                .flatMap(List::stream).map(LoadedExtension::name).sorted().toList();
    }
}
