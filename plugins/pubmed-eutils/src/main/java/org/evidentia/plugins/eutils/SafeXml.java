package org.evidentia.plugins.eutils;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX readers for E-utilities responses that never fetch or expand what a document points to:
 * ESearch and EFetch answers start with a DOCTYPE naming NCBI's remote DTD, which must not be
 * loaded (slow, fails offline, and an XXE hole). The JDK's own StAX implementation is used.
 *
 * <p>The answer comes from the pipeline file's address, and the reader holds a text, comment or tag
 * whole, so each is bounded: the file is read through {@link MarkupLengthLimit}, and an element's
 * text is gathered by {@link #elementText}, not {@link XMLStreamReader#getElementText()}, which
 * would join any number of texts split by comments.
 */
final class SafeXml {

    private final XMLInputFactory factory;

    SafeXml() {
        factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> new ByteArrayInputStream(new byte[0]));
    }

    /**
     * Opens {@code file} through {@link MarkupLengthLimit}, hands the reader to {@code body} and closes both.
     *
     * @throws MarkupLengthLimit.TooLong when a text, comment or tag of the file, or an element's text, is longer than the limit
     */
    <T> T read(Path file, Body<T> body) throws IOException, XMLStreamException {
        try (InputStream in = new MarkupLengthLimit(Files.newInputStream(file))) {
            XMLStreamReader reader = factory.createXMLStreamReader(file.toString(), in);
            try {
                return body.read(reader);
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            // the reader wraps what its stream threw: a piece too long is no damage to retry, but a refusal
            MarkupLengthLimit.TooLong tooLong = tooLong(e);
            if (tooLong != null) {
                throw tooLong;
            }
            throw e;
        }
    }

    private static MarkupLengthLimit.TooLong tooLong(Throwable e) {
        for (int depth = 0; e != null && depth < 8; depth++) {
            if (e instanceof MarkupLengthLimit.TooLong tooLong) {
                return tooLong;
            }
            Throwable next = e.getCause();
            e = next == null && e instanceof XMLStreamException x ? x.getNestedException() : next;
        }
        return null;
    }

    /**
     * The text of the element the reader is on, as {@link XMLStreamReader#getElementText()} gives it,
     * but at most {@link MarkupLengthLimit#LONGEST} characters.
     */
    static String elementText(XMLStreamReader reader) throws XMLStreamException, MarkupLengthLimit.TooLong {
        String element = reader.getLocalName();
        StringBuilder text = new StringBuilder();
        for (int event = reader.next(); event != XMLStreamConstants.END_ELEMENT; event = reader.next()) {
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE,
                        XMLStreamConstants.ENTITY_REFERENCE -> {
                    text.append(reader.getText());
                    if (text.length() > MarkupLengthLimit.LONGEST) {
                        throw new MarkupLengthLimit.TooLong("an element <" + element + "> whose text is",
                                reader.getLocation() == null ? 0 : reader.getLocation().getLineNumber());
                    }
                }
                case XMLStreamConstants.COMMENT, XMLStreamConstants.PROCESSING_INSTRUCTION -> {
                    // not part of the text
                }
                case XMLStreamConstants.START_ELEMENT -> throw new XMLStreamException("an element inside <" + element
                        + ">, which holds text only", reader.getLocation());
                default -> throw new XMLStreamException("the answer ends inside <" + element + ">", reader.getLocation());
            }
        }
        return text.toString();
    }

    /** What to do with an open reader. */
    @FunctionalInterface
    interface Body<T> {
        T read(XMLStreamReader reader) throws IOException, XMLStreamException;
    }
}
