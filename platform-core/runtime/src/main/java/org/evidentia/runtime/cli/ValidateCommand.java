package org.evidentia.runtime.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.evidentia.api.Extension;
import org.evidentia.runtime.engine.ConfigurationException;
import org.evidentia.runtime.engine.ExtensionCatalog;
import org.evidentia.runtime.engine.InputResolver;
import org.evidentia.runtime.engine.Pipeline;
import org.evidentia.runtime.engine.PipelineFile;
import org.evidentia.runtime.host.LoadedExtension;
import org.evidentia.runtime.host.PluginHost;
import org.evidentia.runtime.options.OptionsBinder;
import org.evidentia.runtime.options.OptionsException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code evidentia validate PIPELINE}: checks a pipeline file without running it. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a pipeline file: its keys, inputs, extension names and options. Runs nothing.")
final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    EvidentiaCommand top;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PIPELINE.yaml", description = "The pipeline file.")
    Path file;

    @Override
    public Integer call() throws Exception {
        PipelineOptions what = new PipelineOptions();
        what.arguments = List.of(file.toString());
        Pipeline pipeline = what.toPipeline();
        List<Path> inputs = new InputResolver(PipelineFile.baseOf(file)).resolve(pipeline.inputs());
        try (PluginHost host = top.startHost(spec.commandLine().getErr())) {
            ExtensionCatalog catalog = ExtensionCatalog.of(host);
            OptionsBinder binder = new OptionsBinder();
            for (List<String> names : List.of(pipeline.sources(), pipeline.extractors(), pipeline.reporters())) {
                for (String name : names) {
                    if (catalog.find(name) == null) {
                        throw new ConfigurationException(file + ": no extension named '" + name + "'; extensions: " + String.join(", ", catalog.names()));
                    }
                }
            }
            for (Map.Entry<String, Map<String, Object>> entry : pipeline.options().entrySet()) {
                LoadedExtension<? extends Extension> e = catalog.find(entry.getKey());
                if (e == null) {
                    throw new ConfigurationException(file + ": options are given for '" + entry.getKey() + "', but no extension has that name");
                }
                try {
                    binder.bind(e.name(), e.extension().optionsType(), entry.getValue());
                } catch (OptionsException ex) {
                    throw new ConfigurationException(file + ": " + ex.getMessage());
                }
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(file + " is valid: " + inputs.size() + " input file(s); sources " + names(pipeline.sources())
                + "; extractors " + names(pipeline.extractors()) + "; reporters " + names(pipeline.reporters()) + ".");
        out.flush();
        return ExitCode.OK;
    }

    private static String names(List<String> names) {
        return names.isEmpty() ? "(all)" : String.join(", ", names);
    }
}
