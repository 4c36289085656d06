package org.evidentia.plugins.pubmedxml;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;
import org.codehaus.stax2.util.StreamReader2Delegate;

/**
 * A reader that fails at elements nested deeper than a limit, for a parser that has no limit of
 * its own and keeps every open element in memory (Aalto). Skipping goes through {@link #next()},
 * so that skipped elements are counted too. Not thread-safe.
 */
final class NestingLimit extends StreamReader2Delegate {

    /** The careful reader's own limit (Woodstox's default). */
    static final int DEEPEST = 1000;

    private int depth;

    NestingLimit(XMLStreamReader2 reader) {
        super(reader);
    }

    @Override
    public int next() throws XMLStreamException {
        int event = super.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
            if (++depth > DEEPEST) {
                throw new XMLStreamException("elements nested more than " + DEEPEST + " deep", getLocation());
            }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
            depth--;
        }
        return event;
    }

    @Override
    public void skipElement() throws XMLStreamException {
        if (getEventType() != XMLStreamConstants.START_ELEMENT) {
            throw new IllegalStateException("skipElement() needs the reader on a start tag");
        }
        for (int open = 1; open > 0; ) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                open++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                open--;
            }
        }
    }
}
