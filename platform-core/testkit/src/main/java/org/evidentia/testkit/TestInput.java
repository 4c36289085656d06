package org.evidentia.testkit;

import org.evidentia.api.Api;
import org.evidentia.api.InputProbe;
import org.evidentia.api.SourceInput;

/**
 * A file as the runtime hands it to a source: to {@link org.evidentia.api.Source#accepts} as a probe
 * (name lower-cased without {@code .gz}, the first 16 KiB decompressed) and to
 * {@link org.evidentia.api.Source#read} as an input (gzip decompressed, UTF-8, BOM removed). Made by
 * {@link PluginTestKit#input}; backed by the runtime's own implementation.
 *
 * <p>It adds nothing to the two STABLE api interfaces it joins, so it is STABLE as they are.
 *
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public interface TestInput extends SourceInput, InputProbe {
}
