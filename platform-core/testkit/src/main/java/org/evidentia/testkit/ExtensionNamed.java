package org.evidentia.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.evidentia.api.Api;

/**
 * Names the extension an {@link EvidentiaPluginTest} parameter receives, when the plugin has more
 * than one of its kind.
 *
 * @since 0.1
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface ExtensionNamed {

    /**
     * The extension's {@link org.evidentia.api.Extension#name() name}.
     *
     * @since 0.1
     */
    String value();
}
