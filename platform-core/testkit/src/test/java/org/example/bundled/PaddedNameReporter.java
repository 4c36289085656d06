package org.example.bundled;

import com.google.common.base.Strings;
import org.evidentia.api.ReportContext;
import org.evidentia.api.ReportWriter;
import org.evidentia.api.Reporter;

/** A plugin's reporter that uses a library of its own (Guava), which its zip bundles in lib/. */
public final class PaddedNameReporter implements Reporter {

    private final String name = Strings.padEnd("padded", 6, '-');

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return "uses a library its plugin bundles";
    }

    @Override
    public ReportWriter start(ReportContext context) {
        throw new UnsupportedOperationException("not run in this test");
    }
}
