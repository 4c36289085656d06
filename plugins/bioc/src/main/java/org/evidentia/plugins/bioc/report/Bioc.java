package org.evidentia.plugins.bioc.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The parts of a BioC collection as the {@code bioc} reporter writes them, in the order and with the
 * names of BioC's DTD. Offsets are document offsets in Unicode code points. Infons keep the order
 * they were given in. Text is already clean of characters XML cannot hold ({@link XmlCharacters}).
 */
final class Bioc {

    private Bioc() {
    }

    /** The collection's header: {@code source}, {@code date}, {@code key} and its infons. */
    record Header(String source, String date, String key, Map<String, String> infons) {
        Header {
            infons = ordered(infons);
        }
    }

    /** One document: its id, infons, passages (at least one) and document-level relations. */
    record Document(String id, Map<String, String> infons, List<Passage> passages, List<Relation> relations) {
        Document {
            Objects.requireNonNull(id, "id");
            infons = ordered(infons);
            passages = List.copyOf(passages);
            relations = List.copyOf(relations);
        }
    }

    /** One passage: its infons, document offset, text and the annotations it holds. */
    record Passage(Map<String, String> infons, long offset, String text, List<Annotation> annotations) {
        Passage {
            infons = ordered(infons);
            Objects.requireNonNull(text, "text");
            annotations = List.copyOf(annotations);
        }
    }

    /** A stand-off annotation: where it is (several locations for a span over several passages) and its text. */
    record Annotation(String id, Map<String, String> infons, List<Location> locations, String text) {
        Annotation {
            infons = ordered(infons);
            locations = List.copyOf(locations);
        }
    }

    /** A document offset and a length, in code points. */
    record Location(long offset, long length) {
    }

    /** A relation among annotations, described by its infons. */
    record Relation(String id, Map<String, String> infons, List<Node> nodes) {
        Relation {
            infons = ordered(infons);
            nodes = List.copyOf(nodes);
        }
    }

    /** A reference from a relation to an annotation, and the annotation's role in it. */
    record Node(String refid, String role) {
    }

    private static Map<String, String> ordered(Map<String, String> infons) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(infons));
    }
}
