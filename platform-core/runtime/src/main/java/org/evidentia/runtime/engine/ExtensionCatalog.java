package org.evidentia.runtime.engine;

import java.util.List;
import org.evidentia.api.Extension;
import org.evidentia.api.Extractor;
import org.evidentia.api.Reporter;
import org.evidentia.api.Source;
import org.evidentia.runtime.host.LoadedExtension;
import org.evidentia.runtime.host.PluginHost;

/**
 * The extensions a run may choose from, each kind sorted by name.
 *
 * @param sources    every available source
 * @param extractors every available extractor
 * @param reporters  every available reporter
 */
public record ExtensionCatalog(List<LoadedExtension<Source>> sources, List<LoadedExtension<Extractor>> extractors,
                               List<LoadedExtension<Reporter>> reporters) {

    public ExtensionCatalog {
        sources = List.copyOf(sources);
        extractors = List.copyOf(extractors);
        reporters = List.copyOf(reporters);
    }

    /** Everything the started plugins of a host offer. */
    public static ExtensionCatalog of(PluginHost host) {
        return new ExtensionCatalog(host.extensions(Source.class), host.extensions(Extractor.class), host.extensions(Reporter.class));
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
