package org.evidentia.api;

/** A reporter's context: options and the output folder. */
@Api(status = Api.Status.STABLE, since = "0.1")
public interface ReportContext extends ExtensionContext {

    /** The run's output folder. */
    OutputFolder output();
}
