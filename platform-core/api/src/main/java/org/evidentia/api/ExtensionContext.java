package org.evidentia.api;

/**
 * What the runtime hands an extension for one run. Implementations are provided by the runtime;
 * plugins never implement this interface. Safe to use from several threads.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public interface ExtensionContext {

    /**
     * The options bound for this extension in this run.
     *
     * @param type the extension's {@link Extension#optionsType()}
     * @return the bound options, holding defaults for every key that was not configured; never null
     * @throws IllegalArgumentException if {@code type} is not this extension's options type
     */
    <T extends Record> T options(Class<T> type);
}
