package org.evidentia.runtime.text;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.evidentia.api.RunSummary.Problem;

/**
 * A run's problems as every command shows them on a console ({@code run}, {@code run --store},
 * {@code import}, the evidentia-spark job): one line each for the first few, the rest counted, and a
 * closing count by kind, each saying where all of them are kept.
 */
public final class ProblemLines {

    /** The problems printed one by one; the others are counted. */
    static final int SHOWN = 10;

    private ProblemLines() {
    }

    /**
     * Prints on {@code err}, in the problems' order, every reporter and plugin error, the first {@value #SHOWN} input
     * errors and the first {@value #SHOWN} problems of the other kinds, one line each ({@code kind: file:line (record n):
     * message}, whatever line breaks a file name or a quoted input line holds); then how many more there are
     * ({@code ... and 3 more problems (WHERE)}). Input errors have a share of their own because each is a whole file not
     * read, which the records' warnings of the files before it must not push off the console.
     *
     * @param rest where all of them are, in the words that close the count of the rest ({@code see run.json})
     */
    public static void print(List<Problem> problems, String rest, PrintWriter err) {
        int shownInputErrors = 0;
        int shownOfOtherKinds = 0;
        int printed = 0;
        for (Problem p : problems) {
            // a failed reporter fails the run, whose last line says so: its cause must not be among the uncounted rest
            boolean always = p.kind() == Problem.Kind.REPORTER_ERROR || p.kind() == Problem.Kind.PLUGIN_ERROR;
            boolean input = p.kind() == Problem.Kind.INPUT_ERROR;
            if (always || (input ? shownInputErrors : shownOfOtherKinds) < SHOWN) {
                err.println(p.kind().label() + ": " + ConsoleText.oneLine(p.describe()));
                printed++;
                shownInputErrors += input ? 1 : 0;
                shownOfOtherKinds += always || input ? 0 : 1;
            }
        }
        if (problems.size() > printed) {
            err.println("... and " + Plural.count(problems.size() - printed, "more problem") + " (" + rest + ")");
        }
    }

    /**
     * {@code Problems: 1 skipped record, 3 input errors (WHERE).}, kinds in their declared order; null
     * when there is none.
     *
     * @param where where each of them is ({@code each in run.json})
     */
    public static String counts(List<Problem> problems, String where) {
        if (problems.isEmpty()) {
            return null;
        }
        Map<Problem.Kind, Long> byKind = new EnumMap<>(Problem.Kind.class);
        problems.forEach(p -> byKind.merge(p.kind(), 1L, Long::sum));
        List<String> parts = new ArrayList<>();
        byKind.forEach((kind, n) -> parts.add(Plural.count(n, kind.label().replace('-', ' '))));
        return "Problems: " + String.join(", ", parts) + " (" + where + ").";
    }
}
