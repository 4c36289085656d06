package org.evidentia.plugins.bioc;

import com.ctc.wstx.stax.WstxInputFactory;
import java.io.ByteArrayInputStream;
import java.io.Reader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLInputFactory2;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * Woodstox readers that never fetch or expand anything a document points to. BioC files start with
 * {@code <!DOCTYPE collection SYSTEM "BioC.dtd">}: the DTD is never loaded (it is not beside the
 * file, and loading it would be an XXE hole). The five predefined entities and character
 * references still decode; any other entity comes back unexpanded, as an {@code ENTITY_REFERENCE}
 * event, and is reported. Errors in text are thrown when the reader reaches them, as
 * {@link XMLStreamException}s, never later and unchecked.
 */
final class SafeXmlFactory {

    private final XMLInputFactory2 factory;

    SafeXmlFactory() {
        factory = new WstxInputFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.RESOLVER,
                (javax.xml.stream.XMLResolver) (publicId, systemId, baseUri, namespace) -> new ByteArrayInputStream(new byte[0]));
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLInputFactory2.P_PRESERVE_LOCATION, true);
        // Lazy parsing would defer a text's errors (a NUL character) to getText(), thrown there as an unchecked
        // WstxLazyException that escapes the per-document recovery; parsed eagerly, next() throws them as
        // XMLStreamExceptions with their location, and only the document they are in is skipped.
        factory.setProperty(XMLInputFactory2.P_LAZY_PARSING, false);
    }

    XMLStreamReader2 open(Reader in, String systemId) throws XMLStreamException {
        return (XMLStreamReader2) factory.createXMLStreamReader(systemId, in);
    }
}
