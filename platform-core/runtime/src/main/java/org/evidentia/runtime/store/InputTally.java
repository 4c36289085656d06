package org.evidentia.runtime.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evidentia.api.RunSummary.Problem;
import org.evidentia.runtime.text.ConsoleText;
import org.evidentia.runtime.text.Plural;

/**
 * What the inputs of an evidentia-spark job came to, for a console: how many no source read (empty,
 * or of no format a source reads), how many were read part-way, the records skipped, and every
 * problem met, each naming its file, line and record. The job's summary and {@code evidentia import}
 * tell them as {@code evidentia run --store} tells its own, so that no problem is known only to
 * files.jsonl.
 *
 * @param inputs         the inputs counted
 * @param unread         those no source read: not applied to a store
 * @param partial        those read part-way (cut short): applied up to where reading stopped, with status {@code partial}
 * @param skippedRecords the records of the inputs left out, each with its problem
 * @param problems       the inputs' problems in input order, then the job's own (plugins that failed to load)
 */
public record InputTally(int inputs, int unread, int partial, long skippedRecords, List<Problem> problems) {

    /** The problems printed one by one; the others are counted, and listed where the caller says. */
    static final int SHOWN = 10;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public InputTally {
        problems = List.copyOf(problems);
    }

    /**
     * The tally of the lines of files.jsonl, as the job writes them, and of the job's own problems.
     *
     * @throws IOException when a line is not as the job writes it
     */
    public static InputTally ofFileLines(List<String> fileLines, List<Problem> jobProblems) throws IOException {
        List<JsonNode> files = new ArrayList<>();
        for (String line : fileLines) {
            files.add(MAPPER.readTree(line));
        }
        return of(files, jobProblems);
    }

    /** The tally of files.jsonl's entries and the job's own problems. */
    static InputTally of(List<JsonNode> files, List<Problem> jobProblems) throws IOException {
        int unread = 0;
        int partial = 0;
        long skipped = 0;
        List<Problem> problems = new ArrayList<>();
        for (JsonNode f : files) {
            if (!f.hasNonNull("source")) {
                unread++;
            } else if (!f.path("read_to_end").asBoolean()) {
                partial++;
            }
            skipped += f.path("skipped").asLong();
            problems.addAll(StoreJson.problems(f.path("problems").asText(null)));
        }
        problems.addAll(jobProblems);
        return new InputTally(files.size(), unread, partial, skipped, problems);
    }

    /** The job's problems as job.json holds them (JSON text), for {@link #ofFileLines}. */
    public static List<Problem> problemsOf(String json) throws IOException {
        return StoreJson.problems(json);
    }

    /**
     * What else the inputs came to, to say beside the count of those read or applied, which the partial
     * ones are among: {@code 1 of them partial: read part-way}, {@code 2 not read: ...}; empty when nothing.
     */
    public List<String> besides() {
        return besides(partial, unread);
    }

    /** {@link #besides()} of {@code partial} inputs read part-way and {@code unread} ones, for a store run's count of its own. */
    public static List<String> besides(int partial, int unread) {
        List<String> besides = new ArrayList<>();
        if (partial > 0) {
            besides.add(String.format(Locale.ROOT, "%,d of them partial: read part-way", partial));
        }
        if (unread > 0) {
            besides.add(String.format(Locale.ROOT, "%,d not read: empty, or of no format a source reads", unread));
        }
        return besides;
    }

    /**
     * Prints the problems on {@code err} as {@code evidentia run} does, one line each ({@code kind:
     * file:line (record n): message}), the first {@value #SHOWN}, then how many more there are and
     * where all of them are ({@code listedIn}).
     */
    public void printProblems(PrintWriter err, String listedIn) {
        for (int i = 0; i < Math.min(SHOWN, problems.size()); i++) {
            Problem p = problems.get(i);
            err.println(p.kind().label() + ": " + ConsoleText.oneLine(p.describe()));
        }
        if (problems.size() > SHOWN) {
            err.println("... and " + Plural.count(problems.size() - SHOWN, "more problem") + " (" + listedIn + ")");
        }
        err.flush();
    }

    /** {@code Problems: 1 skipped record, 3 input errors (each in files.jsonl).}, or null when there is none. */
    public String problemCounts(String listedIn) {
        if (problems.isEmpty()) {
            return null;
        }
        Map<Problem.Kind, Long> byKind = new EnumMap<>(Problem.Kind.class);
        problems.forEach(p -> byKind.merge(p.kind(), 1L, Long::sum));
        List<String> parts = new ArrayList<>();
        byKind.forEach((kind, n) -> parts.add(Plural.count(n, kind.label().replace('-', ' '))));
        return "Problems: " + String.join(", ", parts) + " (" + listedIn + ").";
    }
}
