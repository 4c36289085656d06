package org.evidentia.api;

/** The options type of an extension that takes no options. */
@Api(status = Api.Status.STABLE, since = "0.1")
public record NoOptions() {
}
