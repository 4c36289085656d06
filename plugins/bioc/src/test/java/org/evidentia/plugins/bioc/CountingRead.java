package org.evidentia.plugins.bioc;

import java.nio.file.Path;
import java.util.List;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Source;
import org.evidentia.api.SourceContext;
import org.evidentia.testkit.PluginTestKit;
import org.evidentia.testkit.PluginTestKit.SourceRun;
import org.evidentia.testkit.Problems;

/**
 * A whole read of one file by {@link PluginTestKit#read}, with the count the source stated with
 * {@link SourceContext#inputHolds(long)} as a number (-1 when it stated none).
 *
 * @param records  the records, in order
 * @param log      problems and notices
 * @param declared the count the source stated
 */
record CountingRead(List<BibliographicRecord> records, Problems log, long declared) {

    static CountingRead of(Source source, Path file) {
        SourceRun run = PluginTestKit.read(source, file);
        return new CountingRead(run.records(), run.log(), run.declared() == null ? -1 : run.declared());
    }
}
