package org.evidentia.runtime.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.evidentia.api.Extension;
import org.evidentia.api.Extractor;
import org.evidentia.api.Reporter;
import org.evidentia.api.Retriever;
import org.evidentia.runtime.engine.ConfigurationException;
import org.evidentia.runtime.engine.ExtensionCatalog;
import org.evidentia.runtime.host.LoadedExtension;
import org.evidentia.runtime.host.PluginHost;
import org.evidentia.runtime.options.OptionDescription;
import org.evidentia.runtime.options.OptionsBinder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code evidentia describe NAME}: an extension's purpose and options. */
@Command(name = "describe", mixinStandardHelpOptions = true,
        description = "Show what an extension does and its options, with defaults and help.")
final class DescribeCommand implements Callable<Integer> {

    @ParentCommand
    EvidentiaCommand top;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "An extension name, as `evidentia plugins` lists it.")
    String name;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (PluginHost host = top.startHost(spec.commandLine().getErr())) {
            ExtensionCatalog catalog = ExtensionCatalog.of(host);
            LoadedExtension<? extends Extension> found = catalog.find(name);
            List<LoadedExtension<Retriever>> retrievers = host.extensions(Retriever.class);
            if (found == null) {
                found = retrievers.stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
            }
            if (found == null) {
                throw new ConfigurationException("no extension named '" + name + "'; extensions: " + String.join(", ",
                        Stream.concat(catalog.names().stream(), retrievers.stream().map(LoadedExtension::name)).sorted().toList()));
            }
            Extension e = found.extension();
            String kind = e instanceof Reporter ? "reporter" : e instanceof Extractor ? "extractor"
                    : e instanceof Retriever ? "retriever" : "source";
            out.println(e.name() + " (" + kind + ", plugin " + found.pluginId() + " " + found.pluginVersion() + ")");
            out.println("  " + e.description());
            List<OptionDescription> options = new OptionsBinder().describe(e.name(), e.optionsType());
            if (options.isEmpty()) {
                out.println("No options.");
            } else {
                out.println("Options (set with --option " + e.name() + ".KEY=VALUE or under options: " + e.name() + ": in a pipeline file):");
                for (OptionDescription o : options) {
                    out.println("  " + o.key() + " (" + o.type() + ")" + (o.defaultValue() == null ? "" : ", default: " + o.defaultValue()));
                    if (!o.help().isEmpty()) {
                        out.println("      " + o.help());
                    }
                }
            }
            out.flush();
            return ExitCode.OK;
        }
    }
}
