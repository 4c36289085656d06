package org.evidentia.fuzzkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.RunSummary.Problem;
import org.evidentia.api.Source;
import org.evidentia.testkit.PluginTestKit;
import org.evidentia.testkit.PluginTestKit.SourceRun;
import org.evidentia.testkit.TestContext;

/**
 * The properties every source keeps on any input, checked on one input at a time: what a
 * {@code @FuzzTest} calls with the bytes Jazzer gives it.
 *
 * <pre>{@code
 * class RisFuzzTest {
 *     private static final SourceFuzzing FUZZ = SourceFuzzing.of(new RisSource(), "input.ris", IdentityOracle.none());
 *
 *     @FuzzTest(maxDuration = "30s")
 *     void ris(byte[] input) {
 *         FUZZ.check(input);
 *     }
 * }
 * }</pre>
 *
 * Seeds go in {@code src/test/resources/<package>/RisFuzzTestInputs/} (one file each); a
 * regression run ({@code mvn verify}) reads every seed and every crash found before.
 *
 * <p>The properties, each failing with an {@link AssertionError} that says which:
 * <ol>
 * <li><b>Contract.</b> Nothing escapes but what {@link Source#read} allows: an {@link IOException}
 *     from {@code read} itself (the input as a whole cannot be read), or an
 *     {@link UncheckedIOException} from the stream of a gzip input whose compressed data is damaged.</li>
 * <li><b>No hang.</b> The input is read within {@value #SECONDS} seconds (a guard, not a speed test).</li>
 * <li><b>Determinism.</b> A second read gives the same records and problems.</li>
 * <li><b>Every identity accounted for.</b> Each identity the {@link IdentityOracle} finds is the
 *     PMID of a record read, or is named by a skipped record or a warning: in full, or, for a string of
 *     digits longer than any PubMed id ({@value #PMID_DIGITS_AT_MOST} digits), by its first
 *     {@value #PMID_DIGITS_AT_MOST}, as a message may shorten what it quotes.</li>
 * <li><b>Never merged.</b> Records read plus records skipped are at least the distinct identities:
 *     two records run together would make one.</li>
 * <li><b>Counts reconcile.</b> When the source states how many records the input holds
 *     ({@code inputHolds}), that is the records read plus skipped ({@code atLeast}: no fewer).</li>
 * </ol>
 * Instances are thread-safe for {@link #check} calls from one thread at a time (Jazzer's).
 */
public final class SourceFuzzing {

    /**
     * The most digits a PubMed id has room for (nine so far): the oracle's own bound, not the sources', which it
     * shares no code with.
     */
    static final int PMID_DIGITS_AT_MOST = 12;

    /** How long one input may take before it counts as a hang. */
    public static final int SECONDS = 30;

    private final Source source;
    private final String fileName;
    private final IdentityOracle oracle;
    private final boolean countMayExceed;
    /** Reads on a thread of its own, so that a hang fails the check instead of stopping the fuzzer. */
    private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "evidentia-fuzz-read");
        thread.setDaemon(true);
        return thread;
    });
    private Path folder;

    private SourceFuzzing(Source source, String fileName, IdentityOracle oracle, boolean countMayExceed) {
        this.source = source;
        this.fileName = fileName;
        this.oracle = oracle;
        this.countMayExceed = countMayExceed;
    }

    /**
     * @param source   the source under test
     * @param fileName the name the input is written under (sources may look at it)
     * @param oracle   how to find the input's identities independently
     */
    public static SourceFuzzing of(Source source, String fileName, IdentityOracle oracle) {
        return new SourceFuzzing(source, fileName, oracle, false);
    }

    /**
     * As {@link #of}, for a source whose stated count may exceed the records it read and skipped:
     * one that counts records it cannot read (XML start tags inside a comment), so the runtime
     * reports them as lost rather than missing them.
     */
    public static SourceFuzzing countingUnreadable(Source source, String fileName, IdentityOracle oracle) {
        return new SourceFuzzing(source, fileName, oracle, true);
    }

    /** Reads {@code input} with the source and checks every property. */
    public void check(byte[] input) {
        Path file = write(input);
        Outcome first = readWithGuard(file, input);
        Outcome second = readWithGuard(file, input);
        if (!first.equals(second)) {
            throw new AssertionError("the same input read twice gave different results:\n" + first + "\n" + second);
        }
        if (first.refused() != null) {
            return;
        }
        SourceRun run = first.run();
        long skipped = run.skipped();
        long readAndSkipped = run.records().size() + skipped;
        if (run.records().size() > input.length + 1) {
            throw new AssertionError(run.records().size() + " records from " + input.length + " bytes");
        }
        for (BibliographicRecord record : run.records()) {
            if (record.origins().isEmpty() || record.origins().get(0).recordNumber() < 1) {
                throw new AssertionError("a record without an origin or record number: " + record.origins());
            }
        }
        if (run.declared() != null && (countMayExceed ? run.declared() < readAndSkipped : run.declared() != readAndSkipped)) {
            throw new AssertionError("the source states the input holds " + run.declared() + " records, but " + run.records().size()
                    + " were read and " + skipped + " skipped");
        }
        if (gzip(input)) {
            return; // the oracle sees compressed bytes
        }
        List<String> identities = oracle.identities(input);
        for (String identity : identities) {
            if (!accounted(identity, run)) {
                throw new AssertionError("identity " + identity + " was neither read nor reported: lost without a word; problems: "
                        + run.log().problems());
            }
        }
        Set<String> distinct = new HashSet<>(identities);
        if (readAndSkipped < distinct.size()) {
            throw new AssertionError(distinct.size() + " distinct identities " + distinct + " but only " + run.records().size()
                    + " records read and " + skipped + " skipped: records were merged");
        }
    }

    private static boolean accounted(String identity, SourceRun run) {
        String digits = identity.replaceFirst("^0+(?=[0-9])", ""); // a source reads "0014630660" as 14630660
        for (BibliographicRecord record : run.records()) {
            if (record.pmid() != null && (record.pmid().contains(identity) || record.pmid().equals(digits))) {
                return true;
            }
        }
        // a 92-digit "PMID" is no PubMed id: the source keeps or skips its record with a problem that quotes its start
        String named = identity.length() > PMID_DIGITS_AT_MOST ? identity.substring(0, PMID_DIGITS_AT_MOST) : identity;
        // a zero-padded one is reported as its digits without the zeros, a whole number of the message
        java.util.regex.Pattern unpadded = digits.equals(identity) ? null
                : java.util.regex.Pattern.compile("(?<![0-9])" + java.util.regex.Pattern.quote(digits) + "(?![0-9])");
        for (Problem problem : run.log().problems()) {
            if ((problem.kind() == Problem.Kind.SKIPPED_RECORD || problem.kind() == Problem.Kind.WARNING)
                    && (problem.message().contains(named) || unpadded != null && unpadded.matcher(problem.message()).find())) {
                return true;
            }
        }
        return false;
    }

    /**
     * What one read gave: the run, or the message of the IOException with which the source
     * refused the whole input.
     */
    private record Outcome(SourceRun run, String refused) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Outcome o && java.util.Objects.equals(refused, o.refused)
                    && (run == null ? o.run == null : o.run != null && run.records().equals(o.run.records())
                    && run.log().problems().equals(o.run.log().problems())
                    && java.util.Objects.equals(run.declared(), o.run.declared()));
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(refused);
        }
    }

    private Outcome readWithGuard(Path file, byte[] input) {
        Future<Outcome> reading = reader.submit(() -> read(file, input));
        try {
            return reading.get(SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            reading.cancel(true);
            throw new AssertionError(source.name() + " did not finish reading a " + input.length + "-byte input in "
                    + SECONDS + " s: a hang");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Error error) {
                throw error;
            }
            throw new AssertionError(source.name() + " let " + cause + " escape its contract", cause);
        }
    }

    private Outcome read(Path file, byte[] input) {
        TestContext context = PluginTestKit.context(source);
        Stream<BibliographicRecord> stream;
        try {
            stream = source.read(PluginTestKit.input(file), context);
        } catch (IOException e) {
            if (e.getMessage() == null) {
                throw new AssertionError(source.name() + " refused an input with an IOException that says nothing", e);
            }
            return new Outcome(null, e.getMessage());
        }
        try (stream) {
            return new Outcome(new SourceRun(stream.toList(), context.log(), context.declared()), null);
        } catch (UncheckedIOException e) {
            if (gzip(input)) {
                return new Outcome(null, "damaged gzip: " + e.getMessage());
            }
            throw e;
        }
    }

    private static boolean gzip(byte[] input) {
        return input.length >= 2 && (input[0] & 0xFF) == 0x1f && (input[1] & 0xFF) == 0x8b;
    }

    private Path write(byte[] input) {
        try {
            if (folder == null) {
                folder = Files.createTempDirectory("evidentia-fuzz");
                folder.toFile().deleteOnExit();
            }
            Path file = folder.resolve(fileName);
            Files.write(file, input);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
