package org.evidentia.plugins.ris;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Origin;
import org.evidentia.api.Source;
import org.evidentia.api.SourceContext;
import org.evidentia.runtime.engine.ExtensionRunContext;
import org.evidentia.runtime.engine.ProblemLog;
import org.evidentia.testkit.PluginTestKit;

/**
 * A whole read of one file, as {@link PluginTestKit#read} does it, that also keeps the count the
 * source stated with {@link SourceContext#inputHolds(long)} (-1 when it stated none).
 *
 * @param records  the records, in order
 * @param log      problems and notices
 * @param declared the count the source stated
 */
record CountingRead(List<BibliographicRecord> records, ProblemLog log, long declared) {

    static CountingRead of(Source source, Path file) {
        ExtensionRunContext runtime = PluginTestKit.context(source, Map.of());
        long[] declared = {-1};
        SourceContext context = new SourceContext() {
            @Override
            public void skipped(Origin where, String reason) {
                runtime.skipped(where, reason);
            }

            @Override
            public void warning(Origin where, String message) {
                runtime.warning(where, message);
            }

            @Override
            public void notice(String message) {
                runtime.notice(message);
            }

            @Override
            public void inputHolds(long records) {
                declared[0] = records;
            }

            @Override
            public <T extends Record> T options(Class<T> type) {
                return runtime.options(type);
            }
        };
        try (Stream<BibliographicRecord> records = source.read(PluginTestKit.input(file), context)) {
            List<BibliographicRecord> all = records.toList();
            return new CountingRead(all, runtime.log(), declared[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
