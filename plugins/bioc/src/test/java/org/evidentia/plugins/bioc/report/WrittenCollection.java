package org.evidentia.plugins.bioc.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A written BioC collection read back into {@link Bioc}'s records with general-purpose parsers (DOM
 * for XML, Jackson's tree for JSON), independently of the writers and of the plugin's sources,
 * so that tests compare what the file says.
 *
 * @param header    the collection's header
 * @param documents its documents, in file order
 */
record WrittenCollection(Bioc.Header header, List<Bioc.Document> documents) {

    static WrittenCollection xml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        Element collection = builder.parse(file.toFile()).getDocumentElement();
        List<Bioc.Document> documents = new ArrayList<>();
        for (Element document : children(collection, "document")) {
            List<Bioc.Passage> passages = new ArrayList<>();
            for (Element passage : children(document, "passage")) {
                List<Bioc.Annotation> annotations = new ArrayList<>();
                for (Element annotation : children(passage, "annotation")) {
                    List<Bioc.Location> locations = new ArrayList<>();
                    for (Element location : children(annotation, "location")) {
                        locations.add(new Bioc.Location(Long.parseLong(location.getAttribute("offset")),
                                Long.parseLong(location.getAttribute("length"))));
                    }
                    annotations.add(new Bioc.Annotation(annotation.getAttribute("id"), infons(annotation), locations,
                            text(annotation, "text")));
                }
                passages.add(new Bioc.Passage(infons(passage), Long.parseLong(text(passage, "offset")), text(passage, "text"),
                        annotations));
            }
            List<Bioc.Relation> relations = new ArrayList<>();
            for (Element relation : children(document, "relation")) {
                List<Bioc.Node> nodes = new ArrayList<>();
                for (Element node : children(relation, "node")) {
                    nodes.add(new Bioc.Node(node.getAttribute("refid"), node.getAttribute("role")));
                }
                relations.add(new Bioc.Relation(relation.getAttribute("id"), infons(relation), nodes));
            }
            documents.add(new Bioc.Document(text(document, "id"), infons(document), passages, relations));
        }
        Bioc.Header header = new Bioc.Header(text(collection, "source"), text(collection, "date"), text(collection, "key"),
                infons(collection));
        return new WrittenCollection(header, documents);
    }

    static WrittenCollection json(Path file) throws IOException {
        JsonNode collection = new ObjectMapper().readTree(file.toFile());
        List<Bioc.Document> documents = new ArrayList<>();
        for (JsonNode document : collection.get("documents")) {
            List<Bioc.Passage> passages = new ArrayList<>();
            for (JsonNode passage : document.get("passages")) {
                List<Bioc.Annotation> annotations = new ArrayList<>();
                for (JsonNode annotation : passage.get("annotations")) {
                    List<Bioc.Location> locations = new ArrayList<>();
                    for (JsonNode location : annotation.get("locations")) {
                        locations.add(new Bioc.Location(location.get("offset").asLong(), location.get("length").asLong()));
                    }
                    annotations.add(new Bioc.Annotation(annotation.get("id").asText(), infons(annotation), locations,
                            annotation.get("text").asText()));
                }
                passages.add(new Bioc.Passage(infons(passage), passage.get("offset").asLong(), passage.get("text").asText(),
                        annotations));
            }
            List<Bioc.Relation> relations = new ArrayList<>();
            for (JsonNode relation : document.get("relations")) {
                List<Bioc.Node> nodes = new ArrayList<>();
                for (JsonNode node : relation.get("nodes")) {
                    nodes.add(new Bioc.Node(node.get("refid").asText(), node.get("role").asText()));
                }
                relations.add(new Bioc.Relation(relation.get("id").asText(), infons(relation), nodes));
            }
            documents.add(new Bioc.Document(document.get("id").asText(), infons(document), passages, relations));
        }
        Bioc.Header header = new Bioc.Header(collection.get("source").asText(), collection.get("date").asText(),
                collection.get("key").asText(), infons(collection));
        return new WrittenCollection(header, documents);
    }

    /** The document of this id. */
    Bioc.Document document(String id) {
        return documents.stream().filter(d -> d.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no document " + id + " among " + documents.stream().map(Bioc.Document::id).toList()));
    }

    /**
     * The text a location covers, cut from the document's passages placed at their offsets (code
     * points), as a BioC reader finds it.
     */
    static String at(Bioc.Document document, Bioc.Location location) {
        for (Bioc.Passage passage : document.passages()) {
            int[] points = passage.text().codePoints().toArray();
            long start = location.offset() - passage.offset();
            if (start >= 0 && start + location.length() <= points.length) {
                return new String(points, (int) start, (int) location.length());
            }
        }
        throw new AssertionError("location " + location + " is in no passage of document " + document.id());
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> children = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && element.getTagName().equals(name)) {
                children.add(element);
            }
        }
        return children;
    }

    private static String text(Element parent, String name) {
        List<Element> found = children(parent, name);
        if (found.size() != 1) {
            throw new AssertionError("expected one <" + name + "> in <" + parent.getTagName() + ">, found " + found.size());
        }
        return found.get(0).getTextContent();
    }

    private static Map<String, String> infons(Element parent) {
        Map<String, String> infons = new LinkedHashMap<>();
        for (Element infon : children(parent, "infon")) {
            if (infons.put(infon.getAttribute("key"), infon.getTextContent()) != null) {
                throw new AssertionError("infon " + infon.getAttribute("key") + " twice in <" + parent.getTagName() + ">");
            }
        }
        return infons;
    }

    private static Map<String, String> infons(JsonNode parent) {
        Map<String, String> infons = new LinkedHashMap<>();
        parent.get("infons").fields().forEachRemaining(e -> infons.put(e.getKey(), e.getValue().asText()));
        return infons;
    }
}
