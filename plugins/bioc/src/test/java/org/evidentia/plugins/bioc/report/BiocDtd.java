package org.evidentia.plugins.bioc.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.evidentia.testkit.PluginTestKit;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Validates BioC XML against BioC's DTD with the JDK's validating parser. The DTD is the test
 * resource {@code dtd/BioC.dtd}: a document naming {@code BioC.dtd} gets it from there, any other
 * external entity is refused, and the parser may open {@code file:} URLs only, so nothing is
 * fetched from the network.
 */
final class BiocDtd {

    static final Path DTD = PluginTestKit.resource("dtd/BioC.dtd");

    private BiocDtd() {
    }

    /** Every validity and well-formedness error of {@code file}, as {@code line:column: message}; empty when it is valid. */
    static List<String> errors(Path file) throws IOException {
        List<String> errors = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setValidating(true);
            factory.setNamespaceAware(false);
            SAXParser parser = factory.newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "file");
            InputSource source = new InputSource(in);
            source.setSystemId(file.toUri().toString());
            parser.parse(source, new DefaultHandler() {
                @Override
                public InputSource resolveEntity(String publicId, String systemId) throws SAXException {
                    if (systemId == null || !systemId.endsWith("BioC.dtd")) {
                        throw new SAXException("refused to resolve " + systemId + ": only BioC.dtd is known");
                    }
                    InputSource dtd = new InputSource(DTD.toUri().toString());
                    try {
                        dtd.setByteStream(Files.newInputStream(DTD));
                    } catch (IOException e) {
                        throw new SAXException(e);
                    }
                    return dtd;
                }

                @Override
                public void warning(SAXParseException e) {
                    errors.add(describe(e));
                }

                @Override
                public void error(SAXParseException e) {
                    errors.add(describe(e));
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    errors.add(describe(e));
                    throw e;
                }
            });
        } catch (SAXParseException e) {
            // recorded by fatalError
        } catch (SAXException | ParserConfigurationException e) {
            errors.add(e.toString());
        }
        return errors;
    }

    private static String describe(SAXParseException e) {
        return e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
    }
}
