package org.evidentia.textmining.attribute;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.textmining.text.Abbreviations;

/**
 * What a record says of itself as a whole, worked out once when a statement first needs it: the
 * population its MeSH check tags (Humans, Animals, Mice, Rats, Cell Line) or else its words name,
 * its abbreviations ("obstructive sleep apnea syndrome (OSAS)"), its MeSH descriptors and the
 * condition it states for its population ("in patients with fibromyalgia"). Not thread-safe.
 */
final class RecordFacts {

    private final BibliographicRecord record;
    private final int[] populationCounts = new int[3];
    private final Map<String, String> abbreviations;
    private final List<String> mesh;
    private final String statedCondition;

    RecordFacts(BibliographicRecord record, List<String> sentences, PopulationDetector populations, ConditionDetector conditions) {
        this.record = record;
        String title = record.title() == null ? "" : record.title();
        StringBuilder all = new StringBuilder(title);
        for (String s : sentences) {
            all.append(' ').append(s);
        }
        int[] inTitle = populations.counts(title);
        int[] inAll = populations.counts(all.toString());
        for (int i = 0; i < 3; i++) {
            populationCounts[i] = inAll[i] + inTitle[i]; // the title counts twice
        }
        this.abbreviations = Abbreviations.of(all.toString());
        this.mesh = record.meshTerms().stream().map(RecordFacts::descriptor).toList();
        this.statedCondition = conditions.stated(title, this);
    }

    /** A MeSH heading without qualifiers and the major-topic star: "Sleep Apnea, Obstructive/blood*" to "Sleep Apnea, Obstructive". */
    private static String descriptor(String heading) {
        String h = heading.replace("*", "");
        int slash = h.indexOf('/');
        return (slash > 0 ? h.substring(0, slash) : h).strip();
    }

    /**
     * The record's population for a statement whose clause and sentence name none: from the MeSH
     * check tags when the record has them, else from the words of the whole record (a cell line
     * only for a statement about cells).
     */
    String population(String specimen) {
        boolean humans = mesh.contains("Humans");
        boolean animals = mesh.contains("Animals") || mesh.contains("Mice") || mesh.contains("Rats");
        boolean cells = specimen == null || specimen.equals("cells");
        if (cells && (mesh.contains("Cell Line") || mesh.contains("Cell Line, Tumor")) && populationCounts[2] > 0) {
            return PopulationDetector.CELL_LINE;
        }
        if (humans != animals) {
            return humans ? PopulationDetector.HUMAN : PopulationDetector.ANIMAL;
        }
        if (cells && populationCounts[2] > 0 && populationCounts[2] > populationCounts[0] + populationCounts[1]) {
            return PopulationDetector.CELL_LINE;
        }
        if (populationCounts[1] > populationCounts[0]) {
            return PopulationDetector.ANIMAL;
        }
        return populationCounts[0] > 0 ? PopulationDetector.HUMAN : null;
    }

    /** The long form of an abbreviation the record defines, or null. */
    String longForm(String abbreviation) {
        return abbreviations.get(abbreviation);
    }

    /** The record's MeSH descriptors, without qualifiers. */
    List<String> mesh() {
        return mesh;
    }

    /** The condition the record's title states for its population, or null. */
    String statedCondition() {
        return statedCondition;
    }

    /** The record's title in lower case, empty when it has none. */
    String title() {
        return record.title() == null ? "" : record.title().toLowerCase(Locale.ROOT);
    }
}
