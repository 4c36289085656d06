package org.evidentia.spark;

/**
 * The job refuses to start, for a reason its message gives in one line (naming the output, input,
 * plugins location or extension): printed alone, without the usage text or a stack trace.
 */
final class JobRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    JobRefusal(String message) {
        super(message);
    }
}
