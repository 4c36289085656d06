package org.evidentia.plugins.pubmedxml;

import com.ctc.wstx.stax.WstxInputFactory;
import com.fasterxml.aalto.stax.InputFactoryImpl;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLResolver;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLInputFactory2;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * Creates StAX readers that never fetch or expand anything the document points to: a fast one
 * (Aalto) for reading a file from its start, and a careful one (Woodstox) that takes over at the
 * first error, for its recovery, its messages and text that is not UTF-8.
 *
 * <p>PubMed files start with a DOCTYPE naming a remote DTD; loading it would be slow, would fail
 * offline, and is an XXE hole. With DTD support off both read past the DOCTYPE without
 * resolving it; with entity replacement off an entity they do not know ({@code &xxe;}) comes back
 * as an {@code ENTITY_REFERENCE} event instead of an error, so the record is kept and the entity
 * reported. The five predefined entities and character references ({@code &#xa0;}) are part of
 * XML itself and still decode. The resolver is a last guard: should anything still ask for an
 * external resource, it gets nothing.
 */
final class SafeXmlFactory {

    private static final XMLResolver NOTHING = (publicId, systemId, baseUri, namespace) ->
            new ByteArrayInputStream(new byte[0]);

    private final XMLInputFactory2 fast;
    private final XMLInputFactory2 careful;

    SafeXmlFactory() {
        fast = configured(new InputFactoryImpl());
        careful = configured(new WstxInputFactory());
        careful.setProperty(XMLInputFactory2.P_LAZY_PARSING, true);
    }

    private static XMLInputFactory2 configured(XMLInputFactory2 factory) {
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.RESOLVER, NOTHING);
        // PubMed XML uses no namespaces worth resolving (MathML's mml: prefix is kept as part of
        // the name), and skipping namespace bookkeeping is measurably faster.
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(XMLInputFactory2.P_INTERN_NAMES, true);
        factory.setProperty(XMLInputFactory2.P_REPORT_PROLOG_WHITESPACE, false);
        factory.setProperty(XMLInputFactory2.P_PRESERVE_LOCATION, true);
        return factory;
    }

    /**
     * The fast reader over UTF-8 bytes: for well-formed files, read from their start. It fails at
     * elements nested deeper than {@link NestingLimit#DEEPEST}; the caller bounds texts and tags
     * ({@link RecordTagCounter#guarded}).
     */
    XMLStreamReader2 openFast(InputStream in, String systemId) throws XMLStreamException {
        return new NestingLimit((XMLStreamReader2) fast.createXMLStreamReader(systemId, in));
    }

    /**
     * The careful reader over bytes; Woodstox decodes them by the XML declaration's encoding. It
     * fails at a tag name longer than {@link MarkupNameLimit#LONGEST_NAME}.
     */
    XMLStreamReader2 open(InputStream in, String systemId) throws XMLStreamException {
        return (XMLStreamReader2) careful.createXMLStreamReader(systemId, MarkupNameLimit.bytes(in));
    }

    /** The careful reader over already decoded text; it fails at a tag name longer than {@link MarkupNameLimit#LONGEST_NAME}. */
    XMLStreamReader2 open(Reader in, String systemId) throws XMLStreamException {
        return (XMLStreamReader2) careful.createXMLStreamReader(systemId, MarkupNameLimit.chars(in));
    }
}
