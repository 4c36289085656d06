package org.evidentia.plugins.bioc;

import java.io.IOException;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.BoundedLines;
import org.evidentia.api.InputProbe;
import org.evidentia.api.RecordStreams;
import org.evidentia.api.Source;
import org.evidentia.api.SourceContext;
import org.evidentia.api.SourceInput;
import org.pf4j.Extension;

/** PubTator's tab-and-bar format: {@code PMID|t|title}, {@code PMID|a|abstract}, annotation lines; one record per PMID. */
@Extension
public final class PubtatorSource implements Source {

    static final String NAME = "pubtator";

    private static final Pattern TITLE_OR_ABSTRACT = Pattern.compile("^[^|\\t\\s]+\\|[ta]\\|");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "PubTator files (PMID|t|title, PMID|a|abstract, annotation lines), as PubTator and BioRED-style corpora give them";
    }

    @Override
    public int accepts(InputProbe probe) {
        // lines() breaks lines as "\r\n|\r|\n" does; the pattern is anchored, so its fiftieth line alone
        // decides as the rest of the head from there did
        for (String line : probe.headText().lines().limit(50).toList()) {
            if (line.isBlank()) {
                continue;
            }
            if (TITLE_OR_ABSTRACT.matcher(line).find()) {
                return 95;
            }
            break;
        }
        return probe.fileName().endsWith(".pubtator") ? 20 : REJECT;
    }

    @Override
    public Stream<BibliographicRecord> read(SourceInput input, SourceContext context) throws IOException {
        PubtatorRecords records = new PubtatorRecords(new BoundedLines(input.openReader(), PubtatorRecords.MAX_LINE, false), context, NAME, input.displayName());
        return RecordStreams.of(records::next, records);
    }
}
