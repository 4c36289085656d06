package org.evidentia.plugins.eutils;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX readers for E-utilities responses that never fetch or expand what a document points to:
 * ESearch and EFetch answers start with a DOCTYPE naming NCBI's remote DTD, which must not be
 * loaded (slow, fails offline, and an XXE hole). The JDK's own StAX implementation is used.
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

    /** A reader over a file; the caller closes both. */
    XMLStreamReader open(InputStream in, Path file) throws XMLStreamException {
        return factory.createXMLStreamReader(file.toString(), in);
    }

    /** Opens {@code file}, hands the reader to {@code body} and closes both. */
    <T> T read(Path file, Body<T> body) throws IOException, XMLStreamException {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader reader = open(in, file);
            try {
                return body.read(reader);
            } finally {
                reader.close();
            }
        }
    }

    /** What to do with an open reader. */
    @FunctionalInterface
    interface Body<T> {
        T read(XMLStreamReader reader) throws IOException, XMLStreamException;
    }
}
