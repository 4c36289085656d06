package org.evidentia.runtime.options;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Options that cannot be bound: each problem names the option and says what is allowed. Its
 * message is the problems' messages, one a line.
 */
public final class OptionsException extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * One option that cannot be bound.
     *
     * @param key     where among the extension's options ({@code formats[1]}, {@code lexicon}); null when it has no one place
     * @param message what is wrong and what is allowed
     */
    public record Problem(String key, String message) {
    }

    private final transient List<Problem> problems;

    public OptionsException(String message) {
        this(List.of(new Problem(null, message)));
    }

    /** @param problems at least one */
    public OptionsException(List<Problem> problems) {
        super(problems.stream().map(Problem::message).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in the order found. */
    public List<Problem> problems() {
        return problems;
    }
}
