package org.evidentia.runtime.retrieval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.evidentia.api.Retrieval;
import org.evidentia.api.Retriever;
import org.evidentia.runtime.engine.ConfigurationException;
import org.evidentia.runtime.engine.Pipeline;
import org.evidentia.runtime.engine.RunJsonSection;
import org.evidentia.runtime.host.LoadedExtension;
import org.evidentia.runtime.host.PluginHost;
import org.evidentia.runtime.options.OptionsBinder;
import org.evidentia.runtime.options.OptionsException;
import org.evidentia.runtime.text.ConsoleText;
import org.evidentia.runtime.text.IoMessages;

/**
 * Turns a pipeline's retrieval inputs ({@code pubmed:QUERY}) into the files their retrievers write,
 * before the engine sees the pipeline.
 *
 * <p>An input is a retrieval input when it has the form {@code NAME:QUERY} and names a loaded
 * retriever, or has that form and names no existing file (then an unknown name is an error that
 * lists the retrievers). Each is replaced, in place, by the retriever's files as absolute paths;
 * the retrievers' options are bound here and taken out of the pipeline's options, so the engine
 * sees only sources, extractors and reporters. Used by one thread.
 */
public final class InputRetrieval {

    /** Where retrievers keep what they fetched unless {@code $EVIDENTIA_CACHE_DIR} says otherwise. */
    static final String CACHE_VARIABLE = "EVIDENTIA_CACHE_DIR";

    private final List<LoadedExtension<Retriever>> retrievers;
    private final OptionsBinder binder;
    private final Path cacheRoot;
    private final Clock clock;
    private final Function<String, String> environment;
    private final Consumer<String> progress;

    /**
     * @param retrievers  the loaded retrievers
     * @param binder      binds their options
     * @param cacheRoot   the folder under which each retriever gets a cache folder named after it
     * @param clock       the clock retrievers read
     * @param environment the environment retrievers read (API keys)
     * @param progress    where retrievers' progress lines go (the terminal)
     */
    public InputRetrieval(List<LoadedExtension<Retriever>> retrievers, OptionsBinder binder, Path cacheRoot, Clock clock,
                          Function<String, String> environment, Consumer<String> progress) {
        this.retrievers = List.copyOf(retrievers);
        this.binder = binder;
        this.cacheRoot = cacheRoot;
        this.clock = clock;
        this.environment = environment;
        this.progress = progress;
    }

    /** The retrievers of a started host, with the real clock and environment, telling progress on {@code err}. */
    public static InputRetrieval of(PluginHost host, PrintWriter err) {
        return new InputRetrieval(host.extensions(Retriever.class), new OptionsBinder(),
                cacheRoot(System::getenv), Clock.systemUTC(), System::getenv, line -> {
                    err.println(line);
                    err.flush();
                });
    }

    /**
     * The cache root: {@code $EVIDENTIA_CACHE_DIR}, else {@code $XDG_CACHE_HOME/evidentia}, else
     * {@code ~/.cache/evidentia}.
     */
    static Path cacheRoot(Function<String, String> environment) {
        String configured = environment.apply(CACHE_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        String xdg = environment.apply("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "evidentia").toAbsolutePath();
        }
        return Path.of(System.getProperty("user.home"), ".cache", "evidentia");
    }

    /**
     * Checks the pipeline's retrieval inputs and retriever options without retrieving anything, as
     * {@code validate} does: the pipeline returned has the retrieval inputs and retriever options
     * taken out.
     *
     * @throws ConfigurationException for an unknown retriever, an empty query or bad options
     */
    public Retrieved check(Pipeline pipeline, Path base) throws ConfigurationException {
        return checked(pipeline, base).retrieved();
    }

    /**
     * As {@link #check(Pipeline, Path)}, adding every issue to {@code issues} in input order rather than
     * stopping at the first, so that {@code validate} tells them all at once with those of the other
     * inputs: a retrieval input with an issue is left out of the pipeline returned, as the others are.
     */
    public Retrieved check(Pipeline pipeline, Path base, List<ConfigurationException.Issue> issues) {
        return checked(pipeline, base, issues).retrieved();
    }

    /** What {@link #check(Pipeline, Path, List)} found, with the options it bound, which {@link #retrieve} goes on with. */
    private record Checked(Retrieved retrieved, Map<String, Record> options) {
    }

    /** As {@link #checked(Pipeline, Path, List)}, throwing every issue found at once. */
    private Checked checked(Pipeline pipeline, Path base) throws ConfigurationException {
        List<ConfigurationException.Issue> issues = new ArrayList<>();
        Checked checked = checked(pipeline, base, issues);
        if (!issues.isEmpty()) {
            throw new ConfigurationException(issues);
        }
        return checked;
    }

    private Checked checked(Pipeline pipeline, Path base, List<ConfigurationException.Issue> issues) {
        List<String> plain = new ArrayList<>();
        List<String> plainAt = new ArrayList<>();
        List<String> retrievals = new ArrayList<>();
        Set<String> named = new HashSet<>();
        for (int i = 0; i < pipeline.inputs().size(); i++) {
            String input = pipeline.inputs().get(i);
            try {
                RetrievalInput retrieval = retrievalInput(pipeline, i, base);
                if (retrieval == null) {
                    plain.add(input);
                    plainAt.add(pipeline.inputsAt().get(i));
                } else {
                    named.add(retrieval.scheme());
                    retrieverFor(retrieval, pipeline.inputsAt().get(i));
                    retrievals.add(input);
                }
            } catch (ConfigurationException e) {
                issues.addAll(e.issues());
            }
        }
        Map<String, Record> options = Map.of();
        try {
            options = bindOptions(pipeline, named);
        } catch (ConfigurationException e) {
            issues.addAll(e.issues());
        }
        return new Checked(new Retrieved(withInputs(pipeline, plain, plainAt, pipeline.inputSources()), List.of(), retrievals, base), options);
    }

    /**
     * Refuses a pipeline's searches for a command that reads files only ({@code evaluate}, {@code bench}): a
     * search's records change as PubMed does, so figures made from one could not be repeated.
     *
     * @param command the command, as the user types it
     * @throws ConfigurationException naming the first search and what to do instead, or an issue of {@link #check}
     */
    public void refuseSearches(String command, Pipeline pipeline, Path base) throws ConfigurationException {
        List<String> searches = check(pipeline, base).inputs();
        if (!searches.isEmpty()) {
            throw new ConfigurationException(command + " reads files only, and '" + searches.get(0) + "' is a search: run it once"
                    + " (evidentia run ... -o DIR) and " + command + " the files run.json's retrievals names (docs/pubmed-search.md)");
        }
    }

    /**
     * Retrieves every retrieval input of the pipeline, in input order, once {@link #check(Pipeline, Path)} found
     * none mistaken: a mistake in the last search is told with every other, before the first is fetched.
     *
     * @return the pipeline with each retrieval input replaced by its files, and what was retrieved
     * @throws ConfigurationException for an unknown retriever, an empty query or bad options: every one of them
     * @throws IOException            when a retrieval fails; the message names the input
     */
    public Retrieved retrieve(Pipeline pipeline, Path base) throws ConfigurationException, IOException {
        Map<String, Record> options = checked(pipeline, base).options();
        List<String> inputs = new ArrayList<>();
        List<String> inputsAt = new ArrayList<>();
        Map<String, Pipeline.ChosenSource> inputSources = new LinkedHashMap<>(pipeline.inputSources());
        List<RetrievalRecord> records = new ArrayList<>();
        List<String> retrievalInputs = new ArrayList<>();
        for (int i = 0; i < pipeline.inputs().size(); i++) {
            String input = pipeline.inputs().get(i);
            String at = pipeline.inputsAt().get(i); // also the place of every file the search fetched
            RetrievalInput retrieval = retrievalInput(pipeline, i, base);
            if (retrieval == null) {
                inputs.add(input);
                inputsAt.add(at);
                continue;
            }
            LoadedExtension<Retriever> retriever = retrieverFor(retrieval, at);
            RetrievalRecord record = run(retriever, retrieval, options.get(retriever.name()));
            Pipeline.ChosenSource chosen = pipeline.inputSources().get(input);
            for (Path file : record.retrieval().files()) {
                inputs.add(file.toAbsolutePath().toString());
                inputsAt.add(at);
                if (chosen != null) {
                    inputSources.put(file.toAbsolutePath().toString(), chosen); // the source chosen for a search reads what it fetched
                }
            }
            records.add(record);
            retrievalInputs.add(input);
        }
        return new Retrieved(withInputs(pipeline, inputs, inputsAt, inputSources), records, retrievalInputs, base);
    }

    private RetrievalRecord run(LoadedExtension<Retriever> retriever, RetrievalInput input, Record options)
            throws ConfigurationException, IOException {
        Path cache = cacheRoot.resolve(retriever.name());
        try {
            Files.createDirectories(cache);
        } catch (IOException e) {
            // Java's words were the bare path ("evidentia: /nonexistent"), which says nothing of a cache (an explorer's s21, D14)
            throw new ConfigurationException(input.text() + ": cannot make the search cache " + cache + " (" + IoMessages.withTheFile(e)
                    + "): set " + CACHE_VARIABLE + " (or XDG_CACHE_HOME) to a folder you can write");
        }
        RetrievalRunContext context = new RetrievalRunContext(retriever.name(), options, cache, clock, environment, progress);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(retriever.classLoader());
        Retrieval retrieval;
        try {
            retrieval = retriever.extension().retrieve(input.query(), context);
        } catch (IOException e) {
            throw new IOException(input.text() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new IOException(input.text() + ": retriever " + retriever.name() + " failed: " + e, e);
        } finally {
            thread.setContextClassLoader(previous);
        }
        for (Path file : retrieval.files()) {
            if (!Files.isRegularFile(file)) {
                throw new IOException(input.text() + ": retriever " + retriever.name() + " reported file " + file
                        + ", which does not exist");
            }
        }
        return new RetrievalRecord(input.text(), retriever.name(), retriever.pluginId(), retriever.pluginVersion(),
                binder.toJson(options), retrieval, context.notices());
    }

    /** The pipeline's input {@code index} as a retrieval; null when it is a path. A mistake in it is an issue at the input. */
    private RetrievalInput retrievalInput(Pipeline pipeline, int index, Path base) throws ConfigurationException {
        String input = pipeline.inputs().get(index);
        RetrievalInput retrieval = RetrievalInput.parse(input);
        if (retrieval == null) {
            return null;
        }
        if (find(retrieval.scheme()) == null && Files.exists(base.resolve(input))) {
            return null; // a file whose name merely looks like NAME:QUERY
        }
        if (retrieval.query().isEmpty()) {
            throw issueAt(pipeline.inputsAt().get(index), "input '" + ConsoleText.oneLine(input) + "' has no query after '"
                    + retrieval.scheme() + ":'; write for example " + retrieval.scheme() + ":'fibromyalgia AND cytokine*'");
        }
        if (retrieval.query().indexOf('\n') >= 0 || retrieval.query().indexOf('\r') >= 0) {
            // printed in progress lines and errors, its line break forged console lines (the review of session 23, P11); the
            // query is recorded as given, and is the cache's key, so it is refused rather than mended
            throw issueAt(pipeline.inputsAt().get(index), "input '" + ConsoleText.oneLine(input) + "' holds a line break: write"
                    + " the query on one line (in a pipeline file, a long one folded with >- is read as one line)");
        }
        return retrieval;
    }

    /** The retriever a retrieval input names; none is an issue at {@code at}, the input's place. */
    private LoadedExtension<Retriever> retrieverFor(RetrievalInput input, String at) throws ConfigurationException {
        LoadedExtension<Retriever> retriever = find(input.scheme());
        if (retriever == null) {
            throw issueAt(at, "input '" + ConsoleText.oneLine(input.text()) + "' is neither a file nor a retrieval: no retriever named '"
                    + input.scheme() + "'; retrievers: " + (retrievers.isEmpty() ? "none"
                    : String.join(", ", retrievers.stream().map(LoadedExtension::name).toList()))
                    + " (`evidentia plugins` shows whether a plugin is disabled)");
        }
        return retriever;
    }

    private static ConfigurationException issueAt(String at, String message) {
        return new ConfigurationException(List.of(new ConfigurationException.Issue(at, message)));
    }

    /**
     * Where each retrieval input's files go and are read from, by input in the order given: its
     * retriever's folder of the cache root ({@code ~/.cache/evidentia/pubmed}), which a retriever
     * writes what it fetches into and the run then reads as inputs. A retrieval no retriever takes
     * is left out ({@link #check} refuses it).
     */
    public Map<String, Path> folders(List<String> retrievalInputs) {
        Map<String, Path> folders = new LinkedHashMap<>();
        for (String input : retrievalInputs) {
            RetrievalInput retrieval = RetrievalInput.parse(input);
            LoadedExtension<Retriever> retriever = retrieval == null ? null : find(retrieval.scheme());
            if (retriever != null) {
                folders.put(input, cacheRoot.resolve(retriever.name()).toAbsolutePath().normalize());
            }
        }
        return folders;
    }

    private LoadedExtension<Retriever> find(String name) {
        return retrievers.stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
    }

    /**
     * Binds the options of each retriever whose name is among {@code named} (the inputs' schemes) or that the pipeline
     * gives options for (defaults where none are given), so bad ones fail before anything runs. A retriever neither
     * named nor configured is not made: most runs retrieve nothing.
     */
    private Map<String, Record> bindOptions(Pipeline pipeline, Set<String> named) throws ConfigurationException {
        Map<String, Record> bound = new LinkedHashMap<>();
        List<ConfigurationException.Issue> issues = new ArrayList<>();
        for (LoadedExtension<Retriever> retriever : retrievers) {
            Map<String, Object> values = pipeline.options().get(retriever.name());
            if (values == null && !named.contains(retriever.name())) {
                continue;
            }
            try {
                bound.put(retriever.name(), binder.bind(retriever.name(), retriever.extension().optionsType(),
                        values == null ? Map.of() : values));
            } catch (OptionsException e) {
                // each problem at its key, as the engine binds the other extensions' options: a pipeline file's mistake
                // is then told at its line, in the order of the lines (an explorer's F2: no line, and told first)
                e.problems().forEach(problem -> issues.add(new ConfigurationException.Issue(
                        "options." + retriever.name() + (problem.key() == null ? "" : "." + problem.key()), problem.message())));
            }
        }
        if (!issues.isEmpty()) {
            throw new ConfigurationException(issues);
        }
        return bound;
    }

    /** The pipeline with these inputs, their places and sources chosen for them, and without the retrievers' options. */
    private Pipeline withInputs(Pipeline pipeline, List<String> inputs, List<String> inputsAt, Map<String, Pipeline.ChosenSource> inputSources) {
        Map<String, Map<String, Object>> options = new LinkedHashMap<>(pipeline.options());
        retrievers.forEach(r -> options.remove(r.name()));
        return pipeline.withInputs(inputs, inputsAt, inputSources, options);
    }

    /**
     * A pipeline after its retrievals.
     *
     * @param pipeline   the pipeline with retrieval inputs replaced by files (or, after {@link #check}, left out)
     *                   and retriever options taken out
     * @param retrievals what was retrieved, in input order (empty after {@link #check})
     * @param inputs     the retrieval inputs as written, in order
     * @param base       the folder the pipeline's inputs are resolved against, which the run names its files from
     */
    public record Retrieved(Pipeline pipeline, List<RetrievalRecord> retrievals, List<String> inputs, Path base) {

        public Retrieved {
            retrievals = List.copyOf(retrievals);
            inputs = List.copyOf(inputs);
        }

        /** run.json's {@code retrievals} section; none when the pipeline had no retrieval input. */
        public List<RunJsonSection> runJsonSections() {
            return inputs.isEmpty() ? List.of() : List.of(new RetrievalsSection(retrievals, base));
        }
    }
}
