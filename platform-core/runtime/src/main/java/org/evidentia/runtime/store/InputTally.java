package org.evidentia.runtime.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.evidentia.api.RunSummary.Problem;

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
 * @param merged         the records of the inputs merged into an earlier copy in the same input
 * @param skippedRecords the records of the inputs left out, each with its problem
 * @param unaccounted    the records a source counted but neither returned nor skipped
 * @param problems       the inputs' problems in input order, then the job's own (plugins that failed to load)
 */
public record InputTally(int inputs, int unread, int partial, long merged, long skippedRecords, long unaccounted, List<Problem> problems) {

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
        long merged = 0;
        long skipped = 0;
        long unaccounted = 0;
        List<Problem> problems = new ArrayList<>();
        for (JsonNode f : files) {
            if (!f.hasNonNull("source")) {
                unread++;
            } else if (!f.path("read_to_end").asBoolean()) {
                partial++;
            }
            merged += f.path("merged").asLong();
            skipped += f.path("skipped").asLong();
            unaccounted += f.path("unaccounted").asLong();
            problems.addAll(StoreJson.problems(f.path("problems").asText(null)));
        }
        problems.addAll(jobProblems);
        return new InputTally(files.size(), unread, partial, merged, skipped, unaccounted, problems);
    }

    /** The job's problems as job.json holds them (JSON text), for {@link #ofFileLines}. */
    public static List<Problem> problemsOf(String json) throws IOException {
        return StoreJson.problems(json);
    }

    /**
     * What else a job's inputs came to, in brackets to follow the count of those read (which the partial ones are
     * among): {@code " (1 of them partial: read part-way; 2 not read: ...)"}, or {@code ""} when nothing.
     */
    public String besides() {
        return besides(partial, unread, 0, 0, 0);
    }

    /**
     * {@link #besides()} of {@code partial} inputs read part-way, {@code unread} ones and {@code unkept} ones (every
     * record read skipped), for a store's count of its own. A partial input is applied up to where it was cut, so it is
     * among those applied, as run.json's {@code files_applied} and the store's runs table count it; its status in the
     * files table is {@code partial}. An unkept one is not applied, and is read again at the next run. Of those applied,
     * {@code appliedAgain} are applied again by the next run, since their problems failed this one ({@code --strict}).
     */
    public static String besides(int partial, int unread, int unkept, int appliedAgain, int appliedBefore) {
        List<String> besides = new ArrayList<>();
        if (partial > 0) {
            besides.add(String.format(Locale.ROOT, "%,d of them partial: read part-way", partial));
        }
        if (appliedAgain > 0) {
            besides.add(String.format(Locale.ROOT, "%,d of them to be applied again: problems failed the run", appliedAgain));
        }
        if (unread > 0) {
            besides.add(String.format(Locale.ROOT, "%,d not read: unreadable, empty, or of no format a source reads", unread));
        }
        if (unkept > 0) {
            besides.add(String.format(Locale.ROOT, "%,d not applied, to be read again: every record read was skipped", unkept));
        }
        if (appliedBefore > 0) {
            besides.add(String.format(Locale.ROOT, "%,d skipped: applied before", appliedBefore));
        }
        return besides.isEmpty() ? "" : " (" + String.join("; ", besides) + ")";
    }
}
