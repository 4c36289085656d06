package org.evidentia.plugins.bioc.report;

import com.ctc.wstx.api.WstxOutputProperties;
import com.ctc.wstx.stax.WstxOutputFactory;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLOutputFactory2;
import org.codehaus.stax2.XMLStreamWriter2;
import org.evidentia.api.OutputFolder;

/**
 * BioC XML as BioC's DTD ({@code BioC.dtd}) lays it out: a {@code <!DOCTYPE collection SYSTEM
 * "BioC.dtd">} prolog, then the collection with one document per line and no other white space.
 * Text is escaped by Woodstox; a carriage return is written as {@code &#13;} so that a reader's
 * end-of-line handling cannot change the text or its offsets.
 */
final class XmlCollectionWriter implements CollectionWriter {

    static final String FILE_NAME = "findings.bioc.xml";
    private static final String PROLOG = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE collection SYSTEM \"BioC.dtd\">\n";

    private final XMLOutputFactory2 factory = new WstxOutputFactory();
    private final SpooledCollection spooled;
    private final XMLStreamWriter2 documents;

    XmlCollectionWriter(Path scratchFolder, OutputFolder output) throws IOException {
        // Documents are written without their collection element around them, until finish().
        factory.setProperty(WstxOutputProperties.P_OUTPUT_VALIDATE_STRUCTURE, false);
        // Every element is ended explicitly; closing must not end elements the writer thinks are open.
        factory.setProperty(WstxOutputProperties.P_AUTOMATIC_END_ELEMENTS, false);
        factory.setProperty(WstxOutputProperties.P_OUTPUT_ESCAPE_CR, true);
        spooled = new SpooledCollection(output, FILE_NAME, scratchFolder.resolve("documents.bioc.xml"));
        try {
            documents = writer(spooled.documents());
        } catch (IOException | RuntimeException e) {
            spooled.close();
            throw e;
        }
    }

    @Override
    public void document(Bioc.Document document) throws IOException {
        try {
            XMLStreamWriter2 xml = documents;
            xml.writeStartElement("document");
            element(xml, "id", document.id());
            infons(xml, document.infons());
            for (Bioc.Passage passage : document.passages()) {
                xml.writeStartElement("passage");
                infons(xml, passage.infons());
                element(xml, "offset", Long.toString(passage.offset()));
                element(xml, "text", passage.text());
                for (Bioc.Annotation annotation : passage.annotations()) {
                    annotation(xml, annotation);
                }
                xml.writeEndElement();
            }
            for (Bioc.Relation relation : document.relations()) {
                xml.writeStartElement("relation");
                xml.writeAttribute("id", relation.id());
                infons(xml, relation.infons());
                for (Bioc.Node node : relation.nodes()) {
                    xml.writeEmptyElement("node");
                    xml.writeAttribute("refid", node.refid());
                    xml.writeAttribute("role", node.role());
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeRaw("\n");
        } catch (XMLStreamException e) {
            throw new IOException("cannot write BioC document " + document.id() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void finish(Bioc.Header header) throws IOException {
        try {
            documents.flush();
            spooled.documents().flush();
            try (OutputStream out = spooled.file()) {
                XMLStreamWriter2 xml = writer(out);
                xml.writeRaw(PROLOG);
                xml.writeStartElement("collection");
                element(xml, "source", header.source());
                element(xml, "date", header.date());
                element(xml, "key", header.key());
                infons(xml, header.infons());
                xml.writeRaw("\n");
                xml.flush();
                spooled.copyDocumentsTo(out);
                xml.writeEndElement();
                xml.writeRaw("\n");
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new IOException("cannot write " + FILE_NAME + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            documents.close();
        } catch (XMLStreamException e) {
            throw new IOException(e.getMessage(), e);
        } finally {
            spooled.close();
        }
    }

    private XMLStreamWriter2 writer(OutputStream out) throws IOException {
        try {
            return (XMLStreamWriter2) factory.createXMLStreamWriter(out, "UTF-8");
        } catch (XMLStreamException e) {
            throw new IOException("cannot start an XML writer: " + e.getMessage(), e);
        }
    }

    private static void annotation(XMLStreamWriter2 xml, Bioc.Annotation annotation) throws XMLStreamException {
        xml.writeStartElement("annotation");
        xml.writeAttribute("id", annotation.id());
        infons(xml, annotation.infons());
        for (Bioc.Location location : annotation.locations()) {
            xml.writeEmptyElement("location");
            xml.writeAttribute("offset", Long.toString(location.offset()));
            xml.writeAttribute("length", Long.toString(location.length()));
        }
        element(xml, "text", annotation.text());
        xml.writeEndElement();
    }

    private static void infons(XMLStreamWriter2 xml, Map<String, String> infons) throws XMLStreamException {
        for (Map.Entry<String, String> infon : infons.entrySet()) {
            xml.writeStartElement("infon");
            xml.writeAttribute("key", infon.getKey());
            xml.writeCharacters(infon.getValue());
            xml.writeEndElement();
        }
    }

    private static void element(XMLStreamWriter2 xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
