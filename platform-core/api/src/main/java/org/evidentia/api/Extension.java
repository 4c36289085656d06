package org.evidentia.api;

import org.pf4j.ExtensionPoint;

/**
 * What every Evidentia extension has: a unique name, a one-line description and, optionally,
 * a typed options record.
 *
 * <p><b>Names</b> are short, lower-case and hyphenated ({@code medline}, {@code cytokines},
 * {@code review-table}); users select extensions and address their options by name
 * ({@code --option review-table.format=markdown}), so a name is part of a plugin's public contract.
 *
 * <p><b>Options</b> are an immutable Java record returned by {@link #optionsType()}. The runtime binds
 * it with Jackson from the pipeline file or {@code --option name.key=value}: record components are
 * option keys (use {@code @JsonProperty} for hyphenated keys), {@code @JsonPropertyDescription}
 * documents a key for {@code evidentia describe}, a compact constructor supplies defaults for
 * {@code null} components and throws {@link IllegalArgumentException} with a readable message for
 * invalid values. Unknown keys are rejected. Enum-typed options list their allowed values in errors.
 *
 * <p><b>Lifecycle and threading</b>: instances are created by the runtime through Guice (constructor
 * injection with {@code @jakarta.inject.Inject}) and may be shared across runs and threads; keep them
 * stateless, or guard state yourself. Per-run state belongs in local variables or in the context.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public interface Extension extends ExtensionPoint {

    /** The unique, stable name users select this extension by. */
    String name();

    /** One line that tells a user what this extension does. */
    String description();

    /**
     * The options record of this extension; {@link NoOptions} (the default) when it has none.
     * The type must be deserializable by Jackson from an empty object, giving the defaults.
     */
    default Class<? extends Record> optionsType() {
        return NoOptions.class;
    }
}
