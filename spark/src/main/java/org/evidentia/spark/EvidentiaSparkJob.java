package org.evidentia.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.evidentia.api.RunSummary.Problem;
import org.evidentia.runtime.EvidentiaVersion;
import org.evidentia.runtime.engine.ConfigurationException;
import org.evidentia.runtime.engine.ExtensionCatalog;
import org.evidentia.runtime.engine.RunEngine;
import org.evidentia.runtime.engine.RunSummaryJson;
import org.evidentia.runtime.host.PluginHost;
import org.evidentia.runtime.host.PluginProblem;
import org.evidentia.runtime.options.OptionsBinder;
import org.evidentia.runtime.store.InputTally;
import org.evidentia.runtime.store.SparkOutputLayout;
import org.evidentia.runtime.text.Plural;
import org.evidentia.runtime.text.ProblemLines;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The Spark job: Evidentia's plugins over a list of input files on any Hadoop-compatible file
 * system, one task per file, writing records and findings as Parquet and JSON lines partitioned by
 * input file, with the inputs' summaries, for {@code evidentia import --store} (layout:
 * {@link SparkOutputLayout}; commands: docs/scale.md).
 *
 * <pre>
 * spark-submit --class org.evidentia.spark.EvidentiaSparkJob evidentia-spark-0.1.0-job.jar \
 *     --plugins hdfs:///evidentia/plugins --output hdfs:///evidentia/out/baseline hdfs:///pubmed/baseline/
 * </pre>
 */
@Command(name = "evidentia-spark", mixinStandardHelpOptions = true,
        description = "Run Evidentia's plugins over input files with Spark; write records and findings for `evidentia import --store`.")
public final class EvidentiaSparkJob implements Callable<Integer> {

    @Option(names = "--plugins", required = true, paramLabel = "PATH",
            description = "The plugins folder, a zip of it, or one plugin's zip, on any file system the cluster reads (hdfs://, s3a://, file://).")
    String plugins;

    @Option(names = "--output", required = true, paramLabel = "PATH", description = "Where to write; must not exist.")
    String output;

    @Option(names = {"-s", "--source"}, paramLabel = "NAME", description = "Use this source (repeatable; one forces it on every input).")
    List<String> sources = new ArrayList<>();

    @Option(names = {"-x", "--extractor"}, paramLabel = "NAME", description = "Use this extractor (repeatable; default: all).")
    List<String> extractors = new ArrayList<>();

    @Option(names = "--option", paramLabel = "NAME.KEY=VALUE", description = "Set an extension's option (repeatable).")
    List<String> options = new ArrayList<>();

    @Option(names = "--run-date", paramLabel = "DATE", description = "The run date recorded (ISO date or instant; default: now).")
    String runDate;

    @Option(names = "--threads-per-task", paramLabel = "N", defaultValue = "1",
            description = "Engine threads in one task (default: ${DEFAULT-VALUE}; match spark.task.cpus).")
    int threadsPerTask;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Input files, folders (walked) or glob patterns.")
    List<String> inputs;

    /**
     * Runs the job in the Spark application that spark-submit started: it sets the master
     * ({@code --master yarn}, or {@code --master 'local[2]'} to try it on one machine, docs/scale.md).
     * Run with plain {@code java}, Spark refuses to start ("A master URL must be set"), and the job jar
     * holds no Spark of its own.
     */
    public static void main(String[] args) {
        int code = commandLine(new EvidentiaSparkJob()).execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    /** The job's command line: a refusal ({@link JobRefusal}) is one line on stderr and exit code 2. */
    static CommandLine commandLine(EvidentiaSparkJob job) {
        CommandLine cli = new CommandLine(job);
        // a refusal is one line that says why, not buried under the usage text, nor under a stack trace
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof JobRefusal) {
                line.getErr().println("evidentia-spark: " + e.getMessage());
                line.getErr().flush();
                return CommandLine.ExitCode.USAGE;
            }
            throw e;
        });
        return cli;
    }

    @Override
    public Integer call() throws Exception {
        checkArguments(); // before Spark starts: a wrong option is one line and exit code 2, not a stack trace after Spark's log
        SparkSession spark = SparkSession.builder().appName("evidentia").getOrCreate();
        Summary summary = run(spark);
        summary.print(output, new PrintWriter(System.out, true, StandardCharsets.UTF_8), new PrintWriter(System.err, true, StandardCharsets.UTF_8));
        return 0;
    }

    /**
     * What a job wrote.
     *
     * @param tally   what its inputs came to: unread, partial, records skipped, the problems met
     * @param notices what the walks of its folders left out ({@code in/: left out 2 checksum files ...})
     * @param jobProblems how many of the tally's problems are the job's own (a broken link its walk met), which job.json
     *     holds rather than files.jsonl
     */
    record Summary(int inputs, long records, long findings, InputTally tally, List<String> notices, int jobProblems) {

        /**
         * The job's problems (file:line, record) and notices on {@code err}, as {@code evidentia run}
         * shows its own, and its summary line on {@code out}: no problem is known only to files.jsonl.
         */
        void print(String output, PrintWriter out, PrintWriter err) {
            String listedIn = "each in " + new Path(output, SparkOutputLayout.FILES) // no "out//files.jsonl" for "out/"
                    + (jobProblems == 0 ? "" : ", the job's own in " + new Path(output, SparkOutputLayout.JOB));
            ProblemLines.print(tally.problems(), listedIn, err);
            notices.forEach(notice -> err.println("note: " + notice));
            err.flush();
            // read = kept + merged + skipped + unaccounted, as evidentia run counts them
            long read = records + tally.merged() + tally.skippedRecords() + tally.unaccounted();
            out.printf(Locale.ROOT, "evidentia-spark: %s%s, %s read: %,d kept, %s merged, %,d skipped%s, %s; written to %s%n",
                    Plural.count(inputs, "input"), tally.besides(), Plural.count(read, "record"), records, Plural.count(tally.merged(), "duplicate"),
                    tally.skippedRecords(), tally.unaccounted() == 0 ? "" : String.format(Locale.ROOT, ", %,d unaccounted for", tally.unaccounted()),
                    Plural.count(findings, "finding"), output);
            String problemCounts = ProblemLines.counts(tally.problems(), listedIn);
            if (problemCounts != null) {
                out.println(problemCounts);
            }
            out.flush();
        }
    }

    /**
     * Runs the job in {@code spark}, once its settings are checked on the driver: a wrong plugins
     * location or extension name is told before any task starts, not by every task.
     *
     * @throws JobRefusal when the output exists, an input names nothing, two inputs share a name, or
     *     the plugins or the extensions and options named are not usable
     */
    Summary run(SparkSession spark) throws IOException {
        checkArguments();
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        Path out = new Path(output);
        FileSystem outFs = out.getFileSystem(conf);
        refuseExisting(outFs, out);
        InputListing.Listing listing = InputListing.list(inputs, conf);
        List<String> files = listing.files();
        Map<String, String> names = new HashMap<>();
        for (String file : files) {
            String earlier = names.put(SparkOutputLayout.fileName(file), file);
            if (earlier != null) {
                throw new JobRefusal("inputs " + earlier + " and " + file
                        + " have the same file name; the output is partitioned by file name, so give inputs with distinct names");
            }
        }
        JobSettings settings = new JobSettings(plugins, sources, extractors, options, date(runDate), threadsPerTask, JobSettings.serialise(conf));
        checkOnDriver(settings, conf);
        makeOutput(outFs, out);
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<String> indexed = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            indexed.add(i + "\t" + files.get(i));
        }
        JavaRDD<Row> rows = jsc.parallelize(indexed, Math.max(1, indexed.size())).mapPartitions(lines -> {
            List<Iterator<Row>> parts = new ArrayList<>();
            while (lines.hasNext()) {
                String line = lines.next();
                int tab = line.indexOf('\t');
                parts.add(FileTask.rows(settings, Integer.parseInt(line.substring(0, tab)), line.substring(tab + 1)));
            }
            return parts.stream().flatMap(it -> StreamSupport.stream(
                    Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED), false)).iterator();
        });
        Dataset<Row> all = spark.createDataFrame(rows, OutputSchema.ROW).persist(StorageLevel.DISK_ONLY());
        try {
            Dataset<Row> records = all.filter(col("row_type").equalTo(OutputSchema.RECORD)).drop("row_type", "file");
            String root = out.toString();
            records.write().partitionBy(SparkOutputLayout.INPUT_FILE).parquet(root + "/" + SparkOutputLayout.RECORDS_PARQUET);
            records.write().partitionBy(SparkOutputLayout.INPUT_FILE).json(root + "/" + SparkOutputLayout.RECORDS_JSON);
            Dataset<Row> findings = records.select(col(SparkOutputLayout.INPUT_FILE), col("input_index"), col("position"), col("record_id"),
                    col("pmid"), col("design"), col("retracted"), explode(col("findings")).as("f")).select(col(SparkOutputLayout.INPUT_FILE),
                    col("input_index"), col("position"), col("record_id"), col("pmid"), col("design"), col("retracted"), col("f.*"));
            findings.write().partitionBy(SparkOutputLayout.INPUT_FILE).parquet(root + "/" + SparkOutputLayout.FINDINGS_PARQUET);
            findings.write().partitionBy(SparkOutputLayout.INPUT_FILE).json(root + "/" + SparkOutputLayout.FINDINGS_JSON);
            List<Row> fileRows = new ArrayList<>(all.filter(col("row_type").equalTo(OutputSchema.FILE)).select("input_index", "file").collectAsList());
            fileRows.sort(Comparator.comparingInt(r -> r.getInt(0)));
            InputTally tally = writeSummaries(outFs, out, fileRows, files.size(), listing.problems());
            long recordCount = records.count();
            long findingCount = findings.count();
            return new Summary(files.size(), recordCount, findingCount, tally, listing.notices(), listing.problems().size());
        } finally {
            all.unpersist();
        }
    }

    /**
     * Checks what needs no file system nor Spark, as {@code evidentia run} checks its own options: the
     * run date, the threads per task, and that each input is a path (not a search such as {@code
     * pubmed:QUERY}), so that a wrong one is refused in one line before Spark starts.
     *
     * @throws JobRefusal naming the option or input, in run's words where run has them
     */
    void checkArguments() {
        date(runDate);
        if (threadsPerTask < 1) {
            throw new JobRefusal("--threads-per-task must be at least 1"); // run: "--threads must be at least 1"
        }
        inputs.forEach(InputListing::path);
    }

    /**
     * Refuses an output folder that exists, saying whether a finished job wrote it (it holds job.json,
     * written last) or one that did not finish left it, which nothing imports and may be deleted.
     */
    static void refuseExisting(FileSystem fs, Path out) throws IOException {
        if (fs.exists(out)) {
            throw new JobRefusal(fs.exists(new Path(out, SparkOutputLayout.JOB))
                    ? "output " + out + " exists (a finished job's output); give a new folder"
                    : "output " + out + " exists and holds no " + SparkOutputLayout.JOB + ": a job that did not finish (it failed or was"
                            + " stopped) left it, and nothing can import it; delete it, or give a new folder");
        }
    }

    /**
     * Makes the output folder before any task reads and extracts, so that one that cannot be made is refused in one line
     * rather than by Spark's aborted writes after the work (the review of session 23, C3: 750 lines, 548 of them stack frames).
     */
    static void makeOutput(FileSystem fs, Path out) {
        try {
            if (!fs.mkdirs(out)) {
                throw new JobRefusal("output " + out + " cannot be made; give a folder whose parent can be written");
            }
        } catch (IOException e) {
            throw new JobRefusal("output " + out + " cannot be made: " + e.getMessage() + "; give a folder whose parent can be written");
        }
    }

    /**
     * Loads the plugins on the driver and plans a run with no input under the job's settings, as
     * every task will: the plugins location is there and loads, the sources and extractors named
     * exist, the options bind. In local mode the tasks then share the driver's plugins.
     */
    static void checkOnDriver(JobSettings settings, Configuration conf) {
        try {
            PluginHost host = ExecutorPlugins.host(settings.plugins(), conf);
            ExtensionCatalog catalog = ExtensionCatalog.of(host);
            new RunEngine(new OptionsBinder(), EvidentiaVersion.withBuild()).plan(settings.pipeline(List.of(), java.nio.file.Path.of("evidentia-out")),
                    java.nio.file.Path.of(""), catalog.withReporters(List.of()));
            if (catalog.sources().isEmpty() || catalog.extractors().isEmpty()) {
                // else every task runs and every input is "read by no source", exit 0 (the review of session 23, C1)
                List<PluginProblem> problems = PluginHost.problems(host.statuses());
                throw new JobRefusal("plugins " + settings.plugins() + ": " + (host.statuses().isEmpty() ? "the location holds no plugin"
                        : "no " + (catalog.sources().isEmpty() ? "source" : "extractor") + " loads from its "
                                + Plural.count(host.statuses().size(), "plugin") + (problems.isEmpty() ? "" : " (" + problems.stream().map(PluginProblem::toString).collect(Collectors.joining("; ")) + ")"))
                        + "; a job needs a source and an extractor from it");
            }
        } catch (ExecutorPlugins.Unavailable e) {
            throw new JobRefusal(e.getMessage()); // "cannot load the plugins from LOCATION: ..."
        } catch (ConfigurationException e) {
            throw new JobRefusal(e.getMessage());
        }
    }

    /**
     * files.jsonl, one line per input in input order, and job.json from the first input's task;
     * returns what the inputs came to.
     */
    private static InputTally writeSummaries(FileSystem fs, Path out, List<Row> fileRows, int inputs, List<Problem> listed) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        JsonNode job = null;
        for (Row row : fileRows) {
            JsonNode both = json.readTree(row.getString(1));
            lines.add(both.get("file").toString());
            if (job == null) {
                job = both.get("job");
            }
        }
        if (job == null) {
            // the listing refuses a job with no input, and every task writes its file's row: the output is incomplete
            throw new IllegalStateException("no task wrote its input's summary (" + inputs + " inputs given); the output in " + out
                    + " is incomplete and has no " + SparkOutputLayout.JOB + ", so it cannot be imported");
        }
        ((ObjectNode) job).put("inputs", inputs);
        if (!listed.isEmpty()) {
            // what the listing could not read (a broken link) is the job's problem, as a run lists it before its inputs' own:
            // in job.json, the import reports and counts it as run --store does
            List<Problem> problems = new ArrayList<>(listed);
            problems.addAll(InputTally.problemsOf(job.path("problems").asText(null)));
            StringWriter text = new StringWriter();
            try (JsonGenerator generator = json.getFactory().createGenerator(text)) {
                RunSummaryJson.writeProblems(generator, problems);
            }
            ((ObjectNode) job).put("problems", text.toString());
        }
        write(fs, new Path(out, SparkOutputLayout.FILES), lines.stream().map(line -> line + "\n").collect(Collectors.joining()));
        // job.json last: its presence says the output is complete.
        write(fs, new Path(out, SparkOutputLayout.JOB), job.toPrettyString() + "\n");
        return InputTally.ofFileLines(lines, InputTally.problemsOf(job.path("problems").asText(null)));
    }

    private static void write(FileSystem fs, Path file, String text) throws IOException {
        try (OutputStream o = fs.create(file, false)) {
            o.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The run date as {@code evidentia run} reads {@code --run-date}, and refuses it in its words. */
    static Instant date(String text) {
        if (text == null) {
            return Instant.now().truncatedTo(ChronoUnit.SECONDS);
        }
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new JobRefusal("run date '" + text + "' is not an ISO date (2026-01-31) or instant (2026-01-31T12:00:00Z)");
        }
    }
}
