package org.evidentia.plugins.bioc;

import java.nio.file.Path;
import org.evidentia.testkit.PluginTestKit;

/** The committed fixtures under {@code src/test/resources/fixtures}. */
final class Fixtures {

    private Fixtures() {
    }

    static Path fixture(String name) {
        return PluginTestKit.resource("fixtures/" + name);
    }
}
