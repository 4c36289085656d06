package org.evidentia.runtime.engine;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A pipeline, option or selection that cannot be used; each issue says what to change. Exit code 2.
 * All issues found are carried at once, so a user mends a pipeline file in one go.
 */
public final class ConfigurationException extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * One thing to change.
     *
     * @param path    where in a pipeline it is ({@code reporters[1]}, {@code options.review-table}); null when it has no place
     * @param message what is wrong and what is expected
     */
    public record Issue(String path, String message) {
    }

    private final transient List<Issue> issues;

    public ConfigurationException(String message) {
        this(List.of(new Issue(null, message)));
    }

    /** @param issues at least one */
    public ConfigurationException(List<Issue> issues) {
        super(issues.stream().map(Issue::message).collect(Collectors.joining("\n")));
        if (issues.isEmpty()) {
            throw new IllegalArgumentException("a configuration exception needs an issue");
        }
        this.issues = List.copyOf(issues);
    }

    /** Every issue, in the order found. */
    public List<Issue> issues() {
        return issues;
    }
}
