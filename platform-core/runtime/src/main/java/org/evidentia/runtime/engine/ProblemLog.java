package org.evidentia.runtime.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.evidentia.api.RunSummary.Problem;

/** Every problem and notice of a run, in the order met. Thread-safe. */
public final class ProblemLog {

    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> notices = new LinkedHashSet<>();

    public synchronized void add(Problem problem) {
        problems.add(problem);
    }

    public synchronized void notice(String message) {
        notices.add(message);
    }

    public synchronized List<Problem> problems() {
        return List.copyOf(problems);
    }

    public synchronized List<String> notices() {
        return List.copyOf(notices);
    }

    public synchronized long count(Problem.Kind kind) {
        return problems.stream().filter(p -> p.kind() == kind).count();
    }
}
