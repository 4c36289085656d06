package org.evidentia.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.evidentia.api.Api;

/**
 * A golden findings file for a {@link GoldenFindings} parameter: the path under {@code src/test/resources}, where it is read and, when asked, rewritten. Used in an {@link EvidentiaPluginTest}.
 *
 * @since 0.1
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Golden {

    /**
     * The path under {@code src/test/resources}, e.g. {@code "fixtures/two.nbib"}.
     *
     * @since 0.1
     */
    String value();
}
