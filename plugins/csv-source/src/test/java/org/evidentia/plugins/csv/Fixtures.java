package org.evidentia.plugins.csv;

import java.nio.file.Path;
import java.util.List;
import org.evidentia.api.RunSummary.Problem;
import org.evidentia.testkit.PluginTestKit;
import org.evidentia.testkit.PluginTestKit.SourceRun;

/** The committed fixtures under {@code src/test/resources/fixtures}. */
final class Fixtures {

    private Fixtures() {
    }

    static Path fixture(String name) {
        return PluginTestKit.resource("fixtures/" + name);
    }

    /** The run's problems that are not notices: skipped records, warnings and input errors. */
    static List<Problem> problemsOf(SourceRun run) {
        return run.log().problems();
    }
}
