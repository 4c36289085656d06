package org.evidentia.api;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a run read, with which plugins and options, and what went wrong: the facts a review's
 * methods section and a PRISMA-style flow diagram need.
 *
 * <p>The runtime makes summaries, and their constructors gain a parameter when the summary gains a
 * component, so the constructors are experimental where the accessors are stable: a reporter's tests
 * make summaries with the testkit's {@code TestRun}.
 *
 * @param evidentiaVersion version of the runtime, as a SemVer version with the build it names as build metadata when
 *                         known ({@code 0.1.0+a024f949c3d1}, the commit built from); a reporter shows it whole, and compares
 *                         versions without what follows {@code +}
 * @param runDate          when the run started, or the date fixed by {@code --run-date}
 * @param inputs           the inputs, in the order read
 * @param plugins          the plugins used, sorted by id
 * @param options          bound options by extension name, each a map from option key to its value
 *                         written as JSON ({@code false}, {@code ["csv","markdown"]}, {@code "x"}); both
 *                         levels iterate sorted by name, whatever order they were given in, so a
 *                         reporter may write them as it iterates
 * @param counts           record and finding counts
 * @param problems         every problem, in an order that does not depend on timing or threads: plugin errors first,
 *                         then the problems of no file and those of each input in input order (by record number, a
 *                         source's before an extractor's), reporter errors last; ties keep the order met. A report of a
 *                         findings store gives its stored inputs' problems input by input, then its own
 * @param notices          distinct notices of the run (its sources, the engine, a store, a focus), in the order met
 * @param duplicates       the records that copies were merged into, each with every origin, in the
 *                         run's order
 * @param focus            what the run was focused on, and the findings it left out
 * @param findingsDropped  findings the run dropped as breaches of the extractor contract, by kind
 *                         name (see {@link #findingsDropped()})
 * @param failure          why the run failed, or null when it did not (see {@link #failure()})
 * @param exclusions       the records the review's exclusion list left out, by reason (see {@link #exclusions()})
 * @param optionFiles      the files the options name, each with its SHA-256 (see {@link #optionFiles()})
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record RunSummary(String evidentiaVersion, Instant runDate, List<InputSummary> inputs,
                         List<PluginSummary> plugins, Map<String, Map<String, String>> options,
                         Counts counts, List<Problem> problems, List<String> notices, List<Duplicate> duplicates,
                         Focus focus, Map<String, Long> findingsDropped, String failure, Exclusions exclusions,
                         List<OptionFile> optionFiles) {

    @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
    public RunSummary {
        Objects.requireNonNull(exclusions, "exclusions");
        optionFiles = optionFiles.stream().sorted(java.util.Comparator.comparing(OptionFile::extension).thenComparing(OptionFile::option))
                .toList(); // a stable sort: the files of one option keep their order
        if (exclusions.records() != counts.recordsExcluded()) {
            throw new IllegalArgumentException("the exclusions count " + exclusions.records() + " records, the counts "
                    + counts.recordsExcluded());
        }
        inputs = List.copyOf(inputs);
        plugins = List.copyOf(plugins);
        options = sorted(options);
        problems = List.copyOf(problems);
        notices = List.copyOf(notices);
        duplicates = List.copyOf(duplicates);
        Objects.requireNonNull(focus, "focus");
        TreeMap<String, Long> dropped = new TreeMap<>();
        findingsDropped.forEach((kind, count) -> {
            if (count <= 0) {
                throw new IllegalArgumentException("findings dropped of kind " + kind + ": " + count + " is not a positive count");
            }
            dropped.put(kind, count);
        });
        findingsDropped = Collections.unmodifiableSortedMap(dropped);
    }

    /** A summary of a run whose options name no file. */
    @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
    public RunSummary(String evidentiaVersion, Instant runDate, List<InputSummary> inputs,
                      List<PluginSummary> plugins, Map<String, Map<String, String>> options,
                      Counts counts, List<Problem> problems, List<String> notices, List<Duplicate> duplicates,
                      Focus focus, Map<String, Long> findingsDropped, String failure, Exclusions exclusions) {
        this(evidentiaVersion, runDate, inputs, plugins, options, counts, problems, notices, duplicates, focus, findingsDropped, failure,
                exclusions, List.of());
    }

    /** A summary of a run without an exclusion list. */
    @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
    public RunSummary(String evidentiaVersion, Instant runDate, List<InputSummary> inputs,
                      List<PluginSummary> plugins, Map<String, Map<String, String>> options,
                      Counts counts, List<Problem> problems, List<String> notices, List<Duplicate> duplicates,
                      Focus focus, Map<String, Long> findingsDropped, String failure) {
        this(evidentiaVersion, runDate, inputs, plugins, options, counts, problems, notices, duplicates, focus, findingsDropped, failure,
                Exclusions.NONE);
    }

    /** A summary of a run that did not fail. */
    @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
    public RunSummary(String evidentiaVersion, Instant runDate, List<InputSummary> inputs,
                      List<PluginSummary> plugins, Map<String, Map<String, String>> options,
                      Counts counts, List<Problem> problems, List<String> notices, List<Duplicate> duplicates,
                      Focus focus, Map<String, Long> findingsDropped) {
        this(evidentiaVersion, runDate, inputs, plugins, options, counts, problems, notices, duplicates, focus, findingsDropped, null);
    }

    /** A summary of a run that did not fail and in which no finding was dropped. */
    @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
    public RunSummary(String evidentiaVersion, Instant runDate, List<InputSummary> inputs,
                      List<PluginSummary> plugins, Map<String, Map<String, String>> options,
                      Counts counts, List<Problem> problems, List<String> notices, List<Duplicate> duplicates,
                      Focus focus) {
        this(evidentiaVersion, runDate, inputs, plugins, options, counts, problems, notices, duplicates, focus, Map.of(), null);
    }

    /**
     * The findings the run dropped because they broke the extractor contract (docs/extension-points.md,
     * {@code Extractor}: a mention whose offsets miss its text, an undeclared attribute, another kind),
     * counted by the name of the kind the extractor that made them declares, and sorted by it. A kind
     * none of whose findings was dropped is absent, so the map is empty in a sound run. They are not
     * in {@link Counts#findings()}; each is also one of {@link #problems()}, of kind
     * {@link Problem.Kind#EXTRACTOR_ERROR}, whose message begins {@code finding dropped: } and says
     * why. A reporter states them beside the kind's findings, so that a kind with none kept is not
     * read as a kind the records do not mention.
     *
     * @since 0.1
     */
    @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
    @Override
    public Map<String, Long> findingsDropped() {
        return findingsDropped;
    }

    /**
     * Why the run failed, in words fit for a reader ({@code 10 problems met and --strict was given},
     * {@code no input could be read}), or null when it has not failed. A failed run's outputs are kept
     * for inspection, so a reporter that writes for people states the failure before anything else,
     * lest a failed run be read as a sound one. The summary given to {@link Reporter} tells what was
     * known before the reporters finished (no record read, problems under {@code --strict}, a reporter
     * that failed earlier); a reporter that fails while finishing is told to none of them, and stated
     * by run.json.
     *
     * @since 0.1
     */
    @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
    @Override
    public String failure() {
        return failure;
    }

    /**
     * The records that the review's exclusion list (records screened out with reasons, {@code evidentia run
     * --exclude FILE}, or the list a findings store keeps) left out: they are among {@link Counts#recordsRead()}
     * and counted by {@link Counts#recordsExcluded()}, but gave no findings and are in no table. A reporter
     * that tells how records flowed through the run (a PRISMA flow diagram, a methods section) states them
     * with their reasons. {@link Exclusions#NONE} when the run had no list; a list that matched no record has its
     * {@link Exclusions#list()} and no reasons.
     *
     * @since 0.1
     */
    @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
    @Override
    public Exclusions exclusions() {
        return exclusions;
    }

    /**
     * The files the run's options name ({@code cytokines.lexicon}: an option whose value is a
     * {@link java.nio.file.Path}), each with the SHA-256 of its bytes as the run began, in the order of
     * their extensions' names, then of their options: a file an option names decides findings as an
     * input does, and may be edited in place under the same name. Empty when no option names a file.
     * A reporter that states the inputs' checksums (a methods section) states these beside them.
     *
     * @since 0.1
     */
    @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
    @Override
    public List<OptionFile> optionFiles() {
        return optionFiles;
    }

    /**
     * A file an option names (experimental, as {@link RunSummary#optionFiles()}).
     *
     * @param extension the extension whose option it is ({@code cytokines})
     * @param option    the option's key ({@code lexicon})
     * @param path      the file as the option gives it, as the run's {@link RunSummary#options()} show it
     * @param sha256    hex digest of the file's bytes; null when it could not be read
     * @since 0.1
     */
    @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
    public record OptionFile(String extension, String option, String path, String sha256) {

        public OptionFile {
            Objects.requireNonNull(extension, "extension");
            Objects.requireNonNull(option, "option");
            Objects.requireNonNull(path, "path");
        }
    }

    /**
     * Records left out by an exclusion list, with reasons (experimental, as {@link RunSummary#exclusions()}).
     *
     * @param list     the exclusion list as the run names it: its file as given ({@code exclusions.csv}), or, in a report of a
     *                 findings store, the file whose list the store keeps; null when the run had no list
     * @param sha256   hex digest of the list file's bytes as the run read them (in a report of a findings store, as the run
     *                 that gave the store its list read them); null when there is no list, or it is not known (a store's list
     *                 kept by an Evidentia before 2026-12-02)
     * @param byReason how many records each reason excluded, each count positive; iterates by count, most first, then by
     *                 reason, whatever order it was given in
     * @since 0.1
     */
    @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
    public record Exclusions(String list, String sha256, Map<String, Long> byReason) {

        /** No exclusion list. */
        public static final Exclusions NONE = new Exclusions(null, null, Map.of());

        /** Records left out by a list whose checksum is not known. */
        public Exclusions(String list, Map<String, Long> byReason) {
            this(list, null, byReason);
        }

        public Exclusions {
            java.util.List<Map.Entry<String, Long>> entries = new java.util.ArrayList<>(byReason.entrySet());
            for (Map.Entry<String, Long> e : entries) {
                if (e.getValue() == null || e.getValue() <= 0) {
                    throw new IllegalArgumentException("records excluded as " + e.getKey() + ": " + e.getValue() + " is not a positive count");
                }
            }
            entries.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
            java.util.LinkedHashMap<String, Long> ordered = new java.util.LinkedHashMap<>();
            entries.forEach(e -> ordered.put(e.getKey(), e.getValue()));
            byReason = Collections.unmodifiableMap(ordered);
        }

        /** The records excluded, of every reason. */
        public long records() {
            return byReason.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** An unmodifiable copy sorted at both levels (a hash-ordered copy would iterate differently in each JVM). */
    private static Map<String, Map<String, String>> sorted(Map<String, Map<String, String>> options) {
        TreeMap<String, Map<String, String>> sorted = new TreeMap<>();
        options.forEach((extension, values) -> {
            TreeMap<String, String> sortedValues = new TreeMap<>();
            values.forEach((key, value) -> sortedValues.put(key, Objects.requireNonNull(value, () -> extension + "." + key)));
            sorted.put(extension, Collections.unmodifiableSortedMap(sortedValues));
        });
        return Collections.unmodifiableSortedMap(sorted);
    }

    /**
     * One input file.
     *
     * @param path    as the user gave it (or as found in a folder)
     * @param sha256  hex digest of the file's bytes as stored (nullable when it could not be read)
     * @param source  name of the source that read it (nullable when none accepted it)
     * @param records records read from it, skipped ones included
     * @param skipped records skipped in it
     */
    public record InputSummary(String path, String sha256, String source, long records, long skipped) {

        /** True when no source read the file: it is empty, or no source reads its format (its problem says which). */
        public boolean unread() {
            return source == null;
        }
    }

    /**
     * One plugin.
     *
     * @param id         plugin id
     * @param version    plugin version
     * @param extensions names of its extensions used in the run, sorted
     */
    public record PluginSummary(String id, String version, List<String> extensions) {
        public PluginSummary {
            extensions = List.copyOf(extensions);
        }
    }

    /**
     * Record and finding counts. They reconcile:
     * {@code recordsRead == recordsKept + duplicatesMerged + recordsSkipped + recordsUnaccounted + recordsExcluded}.
     *
     * @param recordsRead         records the inputs hold: by the sources' own counts where they count
     *                            ({@link SourceContext#inputHolds}), else records returned plus skipped
     * @param duplicatesMerged    copies merged into an earlier record
     * @param recordsSkipped      records that could not be read, each a reported problem
     * @param recordsUnaccounted  records a source counted but neither returned nor skipped (a source
     *                            defect, reported as a problem of its input); 0 in a sound run
     * @param recordsKept         records handed to extractors and reporters
     * @param recordsWithFindings kept records with at least one finding
     * @param findings            findings made
     * @param recordsDeleted      records that the inputs' deletions (PubMed's {@code <DeleteCitation>})
     *                            removed from a findings store, in a report of the store: the store's
     *                            update history, apart from the counts above (not among records read);
     *                            0 in a run over inputs
     * @param recordsExcluded     records read that the review's exclusion list left out ({@link RunSummary#exclusions()}):
     *                            neither kept nor counted as skipped or merged
     */
    public record Counts(long recordsRead, long duplicatesMerged, long recordsSkipped, long recordsUnaccounted,
                         long recordsKept, long recordsWithFindings, long findings, long recordsDeleted, long recordsExcluded) {

        /** Counts with records excluded: experimental, as {@link #recordsExcluded()}. */
        @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
        public Counts {
        }

        /** Counts without exclusions. */
        public Counts(long recordsRead, long duplicatesMerged, long recordsSkipped, long recordsUnaccounted,
                      long recordsKept, long recordsWithFindings, long findings, long recordsDeleted) {
            this(recordsRead, duplicatesMerged, recordsSkipped, recordsUnaccounted, recordsKept, recordsWithFindings, findings,
                    recordsDeleted, 0);
        }

        /** Counts without deletions: those of a run over inputs. */
        public Counts(long recordsRead, long duplicatesMerged, long recordsSkipped, long recordsUnaccounted,
                      long recordsKept, long recordsWithFindings, long findings) {
            this(recordsRead, duplicatesMerged, recordsSkipped, recordsUnaccounted, recordsKept, recordsWithFindings, findings, 0, 0);
        }

        /**
         * Records read that the review's exclusion list left out (see the record's description); 0 in a run without one.
         *
         * @since 0.1
         */
        @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
        @Override
        public long recordsExcluded() {
            return recordsExcluded;
        }

        /**
         * Records that the inputs' deletions removed from the findings store reported (see the
         * record's description); 0 in a run over inputs.
         *
         * @since 0.1
         */
        @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
        @Override
        public long recordsDeleted() {
            return recordsDeleted;
        }
    }

    /**
     * What a run was focused on ({@code --focus condition=fibromyalgia}): only findings that match
     * every attribute named (any of the values given for it) are kept; findings of kinds that lack
     * the attribute are kept as they are.
     *
     * @param criteria        {@code attribute=value} as given, in order; empty when the run was not focused
     * @param findingsLeftOut findings the focus left out (not counted in {@link Counts#findings()})
     * @param leftOutUnstated of those, the findings left out for want of a value alone: each states no
     *     value for an attribute the focus names (a clause that does not restate its condition, say),
     *     and every focused attribute it does state has a value the focus keeps
     * @param recordsLeftOutUnstated records whose every finding was left out for want of a value alone:
     *     studies that may be on the question asked, lost to the focus only because their sentences do
     *     not restate it, so that a reader counting studies knows how many to check by hand
     * @since 0.1
     */
    public record Focus(List<String> criteria, long findingsLeftOut, long leftOutUnstated, long recordsLeftOutUnstated) {

        /** No focus. */
        public static final Focus NONE = new Focus(List.of(), 0, 0, 0);

        public Focus {
            criteria = List.copyOf(criteria);
            if (leftOutUnstated < 0 || leftOutUnstated > findingsLeftOut) {
                throw new IllegalArgumentException("leftOutUnstated " + leftOutUnstated + " is not within 0.." + findingsLeftOut);
            }
            if (recordsLeftOutUnstated < 0 || recordsLeftOutUnstated > leftOutUnstated) {
                throw new IllegalArgumentException("recordsLeftOutUnstated " + recordsLeftOutUnstated + " is not within 0.." + leftOutUnstated);
            }
        }

        /**
         * Records whose every finding the focus left out for want of a value alone.
         *
         * @since 0.1
         */
        @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
        @Override
        public long recordsLeftOutUnstated() {
            return recordsLeftOutUnstated;
        }

        /** A focus without a count of the records it left without findings. */
        public Focus(List<String> criteria, long findingsLeftOut, long leftOutUnstated) {
            this(criteria, findingsLeftOut, leftOutUnstated, 0);
        }
    }

    /**
     * A record that later copies were merged into.
     *
     * @param recordId the kept record's id
     * @param origins  every place it was read, the kept copy first
     * @since 0.1
     */
    public record Duplicate(String recordId, List<Origin> origins) {
        public Duplicate {
            origins = List.copyOf(origins);
        }
    }

    /**
     * Something that went wrong or deserves attention.
     *
     * @param kind         what sort of problem
     * @param extension    the extension that met it (nullable)
     * @param file         the input file (nullable)
     * @param recordNumber 1-based record number in the file, or 0
     * @param line         1-based line, or 0
     * @param recordId     the record's id when known (nullable)
     * @param message      what was wrong and what was expected
     */
    public record Problem(Kind kind, String extension, String file, long recordNumber, long line,
                          String recordId, String message) {

        /** Problem kinds, serialized in lower case with hyphens. */
        public enum Kind {
            /** A record could not be read and was left out. */
            SKIPPED_RECORD,
            /** A record was kept but is doubtful. */
            WARNING,
            /** An input could not be read at all, or no source accepts it. */
            INPUT_ERROR,
            /** An extractor threw for one record. */
            EXTRACTOR_ERROR,
            /** A reporter failed. */
            REPORTER_ERROR,
            /** A plugin could not be loaded, resolved or started. */
            PLUGIN_ERROR;

            /** {@code skipped-record}, {@code extractor-error}, ... */
            public String label() {
                return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            }
        }

        /** One line for a terminal: {@code file:line (record n): message [extension]}. */
        public String describe() {
            StringBuilder s = new StringBuilder();
            if (file != null) {
                s.append(file);
                if (line > 0) {
                    s.append(':').append(line);
                }
                if (recordNumber > 0) {
                    s.append(" (record ").append(recordNumber).append(')');
                }
                s.append(": ");
            } else if (recordId != null) {
                s.append("record ").append(recordId).append(": ");
            }
            s.append(message);
            if (extension != null) {
                s.append(" [").append(extension).append(']');
            }
            return s.toString();
        }
    }
}
