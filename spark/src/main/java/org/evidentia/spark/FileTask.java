package org.evidentia.spark;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Row;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Origin;
import org.evidentia.api.RecordFindings;
import org.evidentia.api.RunSummary;
import org.evidentia.api.RunSummary.Duplicate;
import org.evidentia.api.RunSummary.InputSummary;
import org.evidentia.api.RunSummary.Problem;
import org.evidentia.api.Synthesis;
import org.evidentia.runtime.EvidentiaVersion;
import org.evidentia.runtime.engine.ConfigurationException;
import org.evidentia.runtime.engine.ExtensionCatalog;
import org.evidentia.runtime.engine.Pipeline;
import org.evidentia.runtime.engine.RunEngine;
import org.evidentia.runtime.engine.RunProgress;
import org.evidentia.runtime.engine.RunRecorder;
import org.evidentia.runtime.engine.RunStop;
import org.evidentia.runtime.host.PluginHost;
import org.evidentia.runtime.options.OptionsBinder;
import org.evidentia.runtime.store.SparkOutputLayout;

/**
 * One task: one input file through Evidentia's own engine and plugins, exactly as {@code evidentia
 * run --store} reads it on one machine (sources chosen the same way, same extractors and checks,
 * copies under an earlier id handed on), giving back a row per kept record and then one for the file.
 *
 * <p>The input is copied from its file system to a local temporary file first (sources read a file
 * more than once: to recognise it, then to read it); records, problems and summaries name it as the
 * job was given it. The engine runs on a thread of its own and hands rows over a small queue as the
 * task's iterator asks for them, so a task holds a few hundred records at most.
 */
final class FileTask {

    private static final int QUEUED = 256;
    private static final Object END = new Object();

    private FileTask() {
    }

    /** The rows of input {@code index}, {@code path}, read lazily. */
    static Iterator<Row> rows(JobSettings settings, int index, String path) {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUED);
        // the task's end interrupts the engine's thread: its stop, which the engine tells from an interruption a plugin left
        AtomicBoolean stopped = new AtomicBoolean();
        Thread engine = new Thread(() -> {
            try {
                run(settings, index, path, queue, stopped::get);
                queue.put(END);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception | Error e) {
                try {
                    queue.put(e);
                } catch (InterruptedException ignored) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "evidentia-task-" + index);
        engine.setDaemon(true);
        engine.start();
        org.apache.spark.TaskContext task = org.apache.spark.TaskContext.get();
        if (task != null) {
            task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) context -> {
                stopped.set(true);
                engine.interrupt();
            });
        }
        return new Iterator<>() {
            private Object next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    try {
                        next = queue.take();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted while reading " + path, e);
                    }
                }
                if (next instanceof Throwable t) {
                    // the job's settings or plugins are no input's fault (the driver checks them first; they may change since)
                    throw new IllegalStateException((t instanceof ConfigurationException || t instanceof ExecutorPlugins.Unavailable
                            ? "evidentia-spark, in the task of " + path + ": " : "Evidentia failed on " + path + ": ") + t.getMessage(), t);
                }
                return next != END;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Row row = (Row) next;
                next = null;
                return row;
            }
        };
    }

    private static void run(JobSettings settings, int index, String path, BlockingQueue<Object> queue, RunStop stop) throws Exception {
        Configuration conf = settings.hadoop();
        PluginHost host = ExecutorPlugins.host(settings.plugins(), conf);
        Path work = Files.createTempDirectory("evidentia-task-");
        try {
            org.apache.hadoop.fs.Path input = new org.apache.hadoop.fs.Path(path);
            Path local = work.resolve("in").resolve(input.getName());
            Files.createDirectories(local.getParent());
            FileSystem fs = input.getFileSystem(conf);
            if (fs instanceof ChecksumFileSystem checksummed) {
                // The local file system (file:) looks for a checksum ".NAME.crc" beside the file, and builds that name as a
                // relative Hadoop path: a name holding ':' ("export 10:30.xml") is then taken for a URI, and the open fails
                // ("Relative path in absolute URI"), failing the whole job. No input has such a checksum (Hadoop writes them
                // beside the files it writes itself), so the file is read as it is, as evidentia run reads it.
                fs = checksummed.getRawFileSystem();
            }
            try (InputStream in = fs.open(input)) {
                Files.copy(in, local);
            }
            Pipeline pipeline = settings.pipeline(List.of(local.toString()), work.resolve("out"));
            String name = SparkOutputLayout.fileName(path);
            RowRecorder recorder = new RowRecorder(index, path, name, localNames(local.toAbsolutePath(), work.toAbsolutePath()), queue);
            new RunEngine(new OptionsBinder(), EvidentiaVersion.withBuild(), stop)
                    .run(pipeline, work, ExtensionCatalog.of(host).withReporters(List.of()), RunProgress.NONE, List.of(recorder));
        } finally {
            ScratchFolders.delete(work);
        }
    }

    /**
     * The names the engine may give the local copy of an input, longest first: its absolute path, and its paths relative
     * to the task's folder ("in/NAME": the engine names files relative to the folder it runs in) and to the working
     * directory, when under them. One pattern, so that each name in a text is replaced once.
     */
    static Pattern localNames(Path local, Path work) {
        Set<String> names = new TreeSet<>(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        names.add(local.toString());
        if (local.startsWith(work)) {
            names.add(work.relativize(local).toString());
        }
        Path cwd = Path.of("").toAbsolutePath();
        if (local.startsWith(cwd)) {
            names.add(cwd.relativize(local).toString());
        }
        return Pattern.compile(String.join("|", names.stream().map(Pattern::quote).toList()));
    }

    /** Turns what the engine records into rows, naming the input as the job was given it. */
    private static final class RowRecorder implements RunRecorder {
        private final int index;
        private final String path;
        private final String name;
        private final Pattern localNames;
        private final BlockingQueue<Object> queue;
        private RunStart start;
        private InputEnd end;
        private long position;

        RowRecorder(int index, String path, String name, Pattern localNames, BlockingQueue<Object> queue) {
            this.index = index;
            this.path = path;
            this.name = name;
            this.localNames = localNames;
            this.queue = queue;
        }

        @Override
        public void started(RunStart run) {
            start = run;
        }

        @Override
        public void record(RecordFindings record) throws IOException {
            BibliographicRecord r = record.record();
            List<Origin> origins = r.origins().stream().map(o -> new Origin(o.source(), named(o.file()), o.recordNumber(), o.line())).toList();
            BibliographicRecord renamed = new BibliographicRecord(r.id(), r.pmid(), r.doi(), r.pmcid(), r.title(), r.sections(), r.authors(), r.journal(),
                    r.year(), r.publicationTypes(), r.meshTerms(), r.keywords(), r.metadata(), origins, r.version());
            put(OutputSchema.record(name, index, ++position, new RecordFindings(renamed, record.design(), record.findings())));
        }

        @Override
        public void inputEnded(InputEnd input) {
            InputSummary s = input.summary();
            end = new InputEnd(index, new InputSummary(path, s.sha256(), s.source(), s.records(), s.skipped()), input.readToEnd(), input.merged(),
                    input.unaccounted(), input.deleted(), input.problems().stream().map(this::named).toList(),
                    input.notices().stream().map(this::named).toList(), input.mergedIds());
        }

        @Override
        public void finish(RunSummary summary, Synthesis synthesis) throws IOException {
            List<Duplicate> duplicates = summary.duplicates().stream().map(d -> new Duplicate(d.recordId(),
                    d.origins().stream().map(o -> new Origin(o.source(), named(o.file()), o.recordNumber(), o.line())).toList())).toList();
            List<Problem> pluginProblems = summary.problems().stream().filter(p -> p.file() == null).toList();
            List<String> notices = summary.notices().stream().map(this::named).toList();
            InputEnd ended = new InputEnd(end.index(), end.summary(), end.readToEnd(), end.merged(), end.unaccounted(), end.deleted(),
                    end.problems(), notices, end.mergedIds());
            String json = "{\"file\":" + SparkOutputLayout.fileJson(ended, path, duplicates)
                    + ",\"job\":" + SparkOutputLayout.jobJson(start, pluginProblems, 0).strip() + "}";
            put(OutputSchema.file(name, index, json));
        }

        private Problem named(Problem p) {
            return new Problem(p.kind(), p.extension(), p.file() == null ? null : named(p.file()), p.recordNumber(), p.line(), p.recordId(),
                    named(p.message()));
        }

        /** The text with each name of the local copy ({@link #localNames}) made the input's, as the job was given it. */
        private String named(String text) {
            return localNames.matcher(text).replaceAll(Matcher.quoteReplacement(path));
        }

        private void put(Row row) throws IOException {
            try {
                queue.put(row);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("the task reading " + path + " was stopped");
            }
        }

        @Override
        public String key() {
            return "spark";
        }

        @Override
        public void writeValue(JsonGenerator json) throws IOException {
            json.writeStartObject();
            json.writeStringField("input", path);
            json.writeEndObject();
        }
    }
}
