package org.evidentia.runtime.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Origin;
import org.evidentia.api.RunSummary.Problem;

/** Every problem and notice of a run, in the order met. Thread-safe. */
public final class ProblemLog {

    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> notices = new LinkedHashSet<>();
    /** Index of the first problem that may be a warning waiting for its record's id; those before it wait no more. */
    private int firstWaiting;
    /** Whether a warning about a record names no record id yet: read for every record kept, so without the lock. */
    private volatile boolean warningsWaiting;
    /**
     * How many problems of each kind, by the kind's ordinal: an input's reading asks for its skipped records as records
     * flow (a record given no origin is numbered with them), where counting the list each time grew with its length.
     */
    private final long[] counts = new long[Problem.Kind.values().length];

    public synchronized void add(Problem problem) {
        problems.add(problem);
        counts[problem.kind().ordinal()]++;
        if (waitsForId(problem)) {
            warningsWaiting = true;
        }
    }

    /**
     * True when a warning about a record names no record id: a source's {@code warning(origin, ...)}
     * gives none, so {@link #identifyWarnings} gives the id of the record kept from that origin.
     */
    public boolean warningsWaiting() {
        return warningsWaiting;
    }

    /**
     * Gives the warnings that name no record id but {@code record}'s file and record number the
     * record's id: a source reports a doubtful record's warning with the record's origin before it
     * returns the record (the line may be the doubtful one's, so it is not compared). A warning
     * whose record number is passed without its record coming (the source skipped it after all)
     * stays without an id and is looked at no more; one about the file as a whole has record 0.
     */
    public synchronized void identifyWarnings(BibliographicRecord record) {
        Origin origin = record.origins().get(0);
        int stillWaiting = problems.size();
        for (int i = firstWaiting; i < problems.size(); i++) {
            Problem p = problems.get(i);
            if (!waitsForId(p)) {
                continue;
            }
            if (p.recordNumber() == origin.recordNumber() && Objects.equals(p.file(), origin.file())) {
                problems.set(i, new Problem(p.kind(), p.extension(), p.file(), p.recordNumber(), p.line(), record.id(), p.message()));
            } else if (p.recordNumber() > origin.recordNumber()) {
                stillWaiting = Math.min(stillWaiting, i); // about a record still to come
            }
        }
        firstWaiting = stillWaiting;
        warningsWaiting = stillWaiting < problems.size();
    }

    private static boolean waitsForId(Problem problem) {
        return problem.kind() == Problem.Kind.WARNING && problem.recordId() == null && problem.recordNumber() > 0;
    }

    public synchronized void notice(String message) {
        notices.add(message);
    }

    /** Removes the problems that {@code echo} matches: a source's own words for what one problem of the runtime's says. */
    public synchronized void removeIf(Predicate<Problem> echo) {
        problems.removeIf(echo);
        recount();
        firstWaiting = Math.min(firstWaiting, problems.size());
        warningsWaiting = problems.stream().skip(firstWaiting).anyMatch(ProblemLog::waitsForId);
    }

    /** Puts {@code replaced}, one for one, in place of the problems: {@link #problems()} with some messages changed. */
    public synchronized void replaceAll(List<Problem> replaced) {
        if (replaced.size() != problems.size()) {
            throw new IllegalArgumentException(replaced.size() + " problems in place of " + problems.size());
        }
        problems.clear();
        problems.addAll(replaced);
        recount();
    }

    private void recount() {
        java.util.Arrays.fill(counts, 0);
        problems.forEach(p -> counts[p.kind().ordinal()]++);
    }

    public synchronized List<Problem> problems() {
        return List.copyOf(problems);
    }

    public synchronized List<String> notices() {
        return List.copyOf(notices);
    }

    public synchronized long count(Problem.Kind kind) {
        return counts[kind.ordinal()];
    }
}
