package org.evidentia.plugins.pubmed;

import java.io.IOException;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.RecordStreams;
import org.evidentia.api.Source;
import org.evidentia.api.SourceContext;
import org.evidentia.api.SourceInput;

/**
 * What the text formats of this plugin share: a name and description, and reading as a parser
 * that pulls lines from a {@link LineInput} and hands back one record at a time. A subclass says
 * how it recognises its format and which parser reads it.
 */
public abstract class LineRecordSource implements Source {

    private final String name;
    private final String description;

    protected LineRecordSource(String name, String description) {
        this.name = name;
        this.description = description;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final Stream<BibliographicRecord> read(SourceInput input, SourceContext context) throws IOException {
        LineInput lines = new LineInput(input.openStream());
        return RecordStreams.of(parser(lines, new InputReport(name, input.displayName(), context)), lines);
    }

    /** The parser of one input: each call returns the next record, or null at the end. */
    protected abstract Supplier<BibliographicRecord> parser(LineInput lines, InputReport report);
}
