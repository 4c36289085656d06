package org.evidentia.runtime.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.evidentia.api.Extension;
import org.evidentia.api.Extractor;
import org.evidentia.api.FindingKind;
import org.evidentia.api.Reporter;
import org.evidentia.api.Retriever;
import org.evidentia.runtime.engine.ConfigurationException;
import org.evidentia.runtime.engine.ExtensionCatalog;
import org.evidentia.runtime.host.LoadedExtension;
import org.evidentia.runtime.host.PluginHost;
import org.evidentia.runtime.options.OptionDescription;
import org.evidentia.runtime.options.OptionsBinder;
import org.evidentia.runtime.synthesis.SynthesisOptions;
import org.evidentia.runtime.text.CloseNames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code evidentia describe NAME}: an extension's purpose and options (and an extractor's finding kind,
 * with its attributes and their values), or the core synthesis' options.
 */
@Command(name = "describe", mixinStandardHelpOptions = true, versionProvider = EvidentiaCommand.Version.class,
        description = "Show what an extension (or the core synthesis) does and its options, with defaults and help;"
                + " for an extractor, also the kind of its findings and the kind's attributes.")
final class DescribeCommand implements Callable<Integer> {

    @ParentCommand
    EvidentiaCommand top;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "An extension name, as `evidentia plugins` lists it, or "
            + SynthesisOptions.NAME + ".")
    String name;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        // as `plugins` prints an extension ("extractor:cytokines"), so that its line can be pasted (an explorer's F11)
        String name = this.name.replaceFirst("^(?:source|extractor|reporter|retriever):", "");
        if (name.equals(SynthesisOptions.NAME)) {
            // not an extension but set like one (--option synthesis.KEY=VALUE), so described like one
            out.println(SynthesisOptions.NAME + " (core synthesis, built in)");
            out.println("  Vote counting by direction of effect: one vote (up, down, no clear direction) per study, subject and stratum,"
                    + " with a sign test; studies of the voting designs vote, the others (and retracted ones) are counted by design");
            printOptions(out, SynthesisOptions.NAME, SynthesisOptions.class);
            out.flush();
            return ExitCode.OK;
        }
        try (PluginHost host = top.startHost(spec.commandLine().getErr())) {
            ExtensionCatalog catalog = ExtensionCatalog.of(host);
            LoadedExtension<? extends Extension> found = catalog.find(name);
            List<LoadedExtension<Retriever>> retrievers = host.extensions(Retriever.class);
            if (found == null) {
                found = retrievers.stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
            }
            if (found == null) {
                List<String> why = catalog.problemsNaming(name);
                String closeName = CloseNames.didYouMean(name, Stream.concat(catalog.names().stream(),
                        Stream.concat(retrievers.stream().map(LoadedExtension::name), Stream.of(SynthesisOptions.NAME))).toList());
                if (why.isEmpty() && closeName.isEmpty()) {
                    why = catalog.unmadeExtensions(); // its name may be one that cannot be made (the review of session 27, P2)
                }
                List<String> names = Stream.concat(catalog.names().stream(), retrievers.stream().map(LoadedExtension::name)).sorted().toList();
                throw new ConfigurationException("no extension named '" + name + "'" + closeName
                        + (why.isEmpty() ? "" : "; " + String.join("; ", why))
                        + "; extensions: " + (names.isEmpty() ? "none" : String.join(", ", names))
                        + " (and " + SynthesisOptions.NAME + ", the core synthesis)" + catalog.disabledMay("have it"));
            }
            Extension e = found.extension();
            String kind = e instanceof Reporter ? "reporter" : e instanceof Extractor ? "extractor"
                    : e instanceof Retriever ? "retriever" : "source";
            out.println(e.name() + " (" + kind + ", plugin " + found.pluginId() + " " + found.pluginVersion() + ")");
            out.println("  " + e.description());
            String about = host.about(found.pluginId());
            if (!about.isEmpty()) {
                out.println("  Plugin " + found.pluginId() + ": " + about);
            }
            if (e instanceof Extractor extractor) {
                printKind(out, extractor.findingKind());
            }
            printOptions(out, e.name(), e.optionsType());
            out.flush();
            return ExitCode.OK;
        }
    }

    /**
     * The kind an extractor's findings are of: its name is what users type in {@code --focus}, a gold
     * file's kind, a reporter's kind option; its attributes are the columns and strata of its findings,
     * and what a described value means is what the report and workbook tell their readers.
     */
    private static void printKind(PrintWriter out, FindingKind kind) {
        out.println("Finding kind: " + kind.name() + " (subject: " + kind.subjectLabel() + ")");
        for (FindingKind.Attribute a : kind.attributes()) {
            out.println("  " + a.name() + " (" + a.role().name().toLowerCase(Locale.ROOT) + "): "
                    + (a.closed() ? String.join(", ", a.values()) : "free text"));
            a.meanings().forEach((value, meaning) -> out.println("      " + value
                    + (meaning.readerLabel() == null ? "" : ", shown as \"" + meaning.readerLabel() + "\"") + ": " + meaning.meaning()));
        }
        if (!kind.keyAliases().isEmpty()) {
            // what --focus, gold files and the synthesis count a subject key as (FindingKind.canonicalKey)
            out.println("  key aliases (a subject key on the left is counted as the one on the right): " + kind.keyAliases().entrySet()
                    .stream().map(alias -> alias.getKey() + " -> " + alias.getValue()).collect(Collectors.joining(", ")));
        }
        out.println("Accuracy: " + (kind.accuracy().isEmpty() ? "not stated by the extractor" : kind.accuracy()));
    }

    private static void printOptions(PrintWriter out, String name, Class<? extends Record> type) {
        List<OptionDescription> options = new OptionsBinder().describe(name, type);
        if (options.isEmpty()) {
            out.println("No options.");
            return;
        }
        out.println("Options (set with --option " + name + ".KEY=VALUE or under options: " + name + ": in a pipeline file):");
        for (OptionDescription o : options) {
            out.println("  " + o.key() + " (" + o.type() + ")" + (o.defaultValue() == null ? "" : ", default: " + o.defaultValue())
                    + (o.aliases().isEmpty() ? "" : "; also as " + String.join(", ", o.aliases())));
            if (!o.help().isEmpty()) {
                out.println("      " + o.help());
            }
        }
    }
}
