package org.evidentia.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks how far plugin authors may rely on a type or member, in the manner of JUnit's {@code @API}.
 *
 * <ul>
 *   <li>{@link Status#STABLE}: kept compatible within a major version.</li>
 *   <li>{@link Status#EXPERIMENTAL}: may change in a minor version; feedback welcome.</li>
 * </ul>
 *
 * <p>A member without a mark of its own has its type's status, a nested type its enclosing type's. A
 * STABLE type's member that hands out, takes or implements an EXPERIMENTAL type is marked
 * EXPERIMENTAL itself ({@code ReportWriter.finish}, which receives a {@code Synthesis}), so an IDE shows
 * the status where the member is used.
 */
@Documented
@Api(status = Api.Status.STABLE, since = "0.1")
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.PACKAGE, ElementType.CONSTRUCTOR})
public @interface Api {

    /** How far the annotated element may be relied upon. */
    Status status();

    /** The API version that introduced the element, e.g. {@code "0.1"}. */
    String since() default "";

    /** Stability levels. */
    enum Status {
        /** Compatible within a major version. */
        STABLE,
        /** May change in any minor version. */
        EXPERIMENTAL
    }
}
