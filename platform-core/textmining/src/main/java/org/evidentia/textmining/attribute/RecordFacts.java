package org.evidentia.textmining.attribute;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.textmining.internal.text.Abbreviations;

/**
 * What a record says of itself as a whole, worked out once when a statement first needs it: the
 * population its MeSH check tags (Humans, Animals, Mice, Rats, Cell Line) or else its words name,
 * its abbreviations ("obstructive sleep apnea syndrome (OSAS)"), its MeSH descriptors and the
 * condition it states for its population ("in patients with fibromyalgia"). Not thread-safe.
 */
final class RecordFacts {

    private final BibliographicRecord record;
    private final List<String> sentences;
    private final Supplier<int[]> countPopulations;
    private final Supplier<int[]> countPopulationsWithCells;
    private final ConditionDetector conditions;
    private final List<String> mesh;
    private int[] populationCounts;
    private int[] populationCountsWithCells;
    private Map<String, String> abbreviations;
    /** Answers that depend on the record alone, asked again by each statement: kept for the record's life. */
    private Map<Pattern, Boolean> written;
    private Map<List<Pattern>, Boolean> writtenInASentence;
    private Map<String, String> longerNames;
    private String text;
    private String statedCondition;
    private boolean statedConditionKnown;

    /**
     * @param countPopulations counts of human, animal and cell-line words in the whole record (asked on first need)
     * @param countPopulationsWithCells the same counts over the sentences that may say whose cells a statement about
     *                                  cells measured: outside background, naming cells or no tissue (asked on first need)
     */
    RecordFacts(BibliographicRecord record, List<String> sentences, Supplier<int[]> countPopulations,
                Supplier<int[]> countPopulationsWithCells, ConditionDetector conditions) {
        this.record = record;
        this.sentences = sentences;
        this.countPopulations = countPopulations;
        this.countPopulationsWithCells = countPopulationsWithCells;
        this.conditions = conditions;
        this.mesh = record.meshTerms().stream().map(RecordFacts::descriptor).toList();
    }

    /** A MeSH heading without qualifiers and the major-topic star: "Sleep Apnea, Obstructive/blood*" to "Sleep Apnea, Obstructive". */
    private static String descriptor(String heading) {
        String h = heading.replace("*", "");
        int slash = h.indexOf('/');
        return (slash > 0 ? h.substring(0, slash) : h).strip();
    }

    /** Counts of human, animal and cell-line words in the whole record, the title counting twice; worked out on first need. */
    private int[] populationCounts() {
        if (populationCounts == null) {
            populationCounts = countPopulations.get();
        }
        return populationCounts;
    }

    /** {@link #populationCounts()} over the sentences that may say whose cells were measured; worked out on first need. */
    private int[] populationCountsWithCells() {
        if (populationCountsWithCells == null) {
            populationCountsWithCells = countPopulationsWithCells.get();
        }
        return populationCountsWithCells;
    }

    private static String title(BibliographicRecord record) {
        return record.title() == null ? "" : record.title();
    }

    /**
     * The record's population for a statement whose clause and sentence name none: from the MeSH
     * check tags when the record has them, else from the words of the whole record (a cell line
     * only for a statement about cells, and only where cell lines outnumber people and animals). For a
     * statement about cells ({@code cells}, not PBMC) the people and animal words count only outside
     * background sections and in sentences that name cells or no tissue ("primary human bronchial
     * epithelial cells", "We compared never-smokers, current smokers and smokers with COPD"): the trial a
     * background cites, "inflamed lesions of patients" or "individuals with a disturbed gut epithelial
     * barrier" do not say whose cells these are, and the guidelines call an unstated population null
     * (dev-ibd 25105947, 27014275: intestinal epithelial or dendritic cells treated in vitro were given human).
     */
    String population(String specimen) {
        boolean humans = mesh.contains("Humans");
        boolean animals = mesh.contains("Animals") || mesh.contains("Mice") || mesh.contains("Rats");
        boolean cells = specimen == null || specimen.equals("cells");
        int[] counts = populationCounts();
        if (cells && (mesh.contains("Cell Line") || mesh.contains("Cell Line, Tumor")) && counts[2] > 0) {
            return PopulationDetector.CELL_LINE;
        }
        if (humans != animals) {
            return humans ? PopulationDetector.HUMAN : PopulationDetector.ANIMAL;
        }
        if (cells && counts[2] > 0 && counts[2] > counts[0] + counts[1]) {
            return PopulationDetector.CELL_LINE;
        }
        if ("cells".equals(specimen)) {
            counts = populationCountsWithCells();
        }
        if (counts[1] > counts[0]) {
            return PopulationDetector.ANIMAL;
        }
        return counts[0] > 0 || counts[3] > 0 ? PopulationDetector.HUMAN : null; // "in eight healthy males": people
    }

    /**
     * The long form of an abbreviation the record defines in round or square brackets, or null; the
     * abbreviations are found on first need.
     */
    String longForm(String abbreviation) {
        if (abbreviations == null) {
            // "ulcerative colitis [UC]" defines UC as "(UC)" does; a bracketed title or note is no short form
            abbreviations = new HashMap<>(Abbreviations.of(text().replace('[', '(').replace(']', ')')));
            // "obese with OSA (OSA, n = 12), obese without OSA (NOSA, n = 18)": a long form that begins
            // inside an earlier bracket ("n = 12), obese without OSA") is no definition
            abbreviations.values().removeIf(RecordFacts::closesABracketItDidNotOpen);
        }
        return abbreviations.get(abbreviation);
    }

    private static boolean closesABracketItDidNotOpen(String longForm) {
        int depth = 0;
        for (int k = 0; k < longForm.length(); k++) {
            char c = longForm.charAt(k);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth < 0) {
                return true;
            }
        }
        return false;
    }

    /** The record's title and sentences, joined by spaces; worked out on first need. */
    String text() {
        if (text == null) {
            StringBuilder all = new StringBuilder(title(record));
            for (String s : sentences) {
                all.append(' ').append(s);
            }
            text = all.toString();
        }
        return text;
    }

    /** Whether the record's title or sentences match {@code pattern} somewhere ({@link #text()}). */
    boolean writes(Pattern pattern) {
        if (written == null) {
            written = new HashMap<>();
        }
        return written.computeIfAbsent(pattern, p -> p.matcher(text()).find());
    }

    /**
     * Whether a sentence of the record, or its title, matches {@code wanted} and not {@code unless} ("patients undergoing
     * surgery", not "patients who underwent surgery were excluded"); worked out once per pattern.
     */
    boolean writesInASentence(Pattern wanted, Pattern unless) {
        if (writtenInASentence == null) {
            writtenInASentence = new HashMap<>();
        }
        return writtenInASentence.computeIfAbsent(List.of(wanted, unless), key -> {
            if (wanted.matcher(title(record)).find() && !unless.matcher(title(record)).find()) {
                return true;
            }
            for (String sentence : sentences) {
                if (wanted.matcher(sentence).find() && !unless.matcher(sentence).find()) {
                    return true;
                }
            }
            return false;
        });
    }

    /** The longer name the record gives a one-word disease, worked out by {@code find} once per disease. */
    String longerName(String disease, Function<String, String> find) {
        if (longerNames == null) {
            longerNames = new HashMap<>();
        }
        return longerNames.computeIfAbsent(disease, find);
    }

    /** The record's MeSH descriptors, without qualifiers. */
    List<String> mesh() {
        return mesh;
    }

    /** The condition the record's title states for its population, or null. */
    String statedCondition() {
        if (!statedConditionKnown) {
            statedCondition = conditions.inText(title(record), this);
            statedConditionKnown = true;
        }
        return statedCondition;
    }

    /** The record's title in lower case, empty when it has none. */
    String title() {
        return title(record).toLowerCase(Locale.ROOT);
    }
}
