package org.evidentia.plugins.pubmed;

import java.io.IOException;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.RecordStreams;
import org.evidentia.api.Source;
import org.evidentia.api.SourceContext;
import org.evidentia.api.SourceInput;

/**
 * What the text formats of this plugin share: a name and description, and reading as a parser
 * that pulls lines from a {@link LineInput} and hands back one record at a time. A subclass says
 * how it recognises its format, which lines are its records' identities, and which parser reads it.
 * Each parser states with {@link org.evidentia.api.SourceContext#inputHolds(long)} how many records
 * the input held by the identity lines counted, once it has read the input to its end.
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
        LineInput lines = new LineInput(input.openStream(), identities());
        return RecordStreams.of(parser(lines, new InputReport(name, input.displayName(), context)), lines);
    }

    /**
     * How many record identities (the format's identity lines, such as {@code PMID- }) a line
     * holds, counted as the lines are read, independently of how the parser groups them.
     */
    protected abstract ToIntFunction<String> identities();

    /** The parser of one input: each call returns the next record, or null at the end. */
    protected abstract Supplier<BibliographicRecord> parser(LineInput lines, InputReport report);
}
