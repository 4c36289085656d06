package org.evidentia.plugins.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.evidentia.api.FindingKind;
import org.evidentia.api.FindingKind.Attribute;
import org.evidentia.api.Synthesis;
import org.evidentia.plugins.html.ReportView.Term;

/**
 * Attribute values in a reader's words, as each kind declares them ({@link Attribute#meanings()}):
 * a value reads as its reader label wherever the page names it to a reader, and the glossary says
 * what each described value means. The reporter names no domain (review 20, M2): a value its kind
 * does not describe is shown as it is and explained nowhere. Its own are the words for a missing
 * value ("not stated") and what they mean. The keys stay in the page's data attributes and filter
 * values, and in the review tables.
 */
final class ValueWords {

    private ValueWords() {
    }

    /** A value as a reader reads it: its kind's reader label, the value itself, or "not stated" for null. */
    static String label(Attribute attribute, String value) {
        return value == null ? Synthesis.NOT_STATED : attribute.readerLabel(value);
    }

    /** A stratum's values joined as its reader label: {@code cases vs controls · human}. */
    static String stratum(List<Attribute> attributes, List<String> values) {
        List<String> labels = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            labels.add(label(attributes.get(i), values.get(i)));
        }
        return String.join(" · ", labels);
    }

    /**
     * The glossary: each attribute whose kind describes values, in the kinds' order and then each
     * kind's declaration order, with its described values in their declared order ({@code cases vs
     * controls: people or animals ...}), then what "not stated" means; empty when no kind describes
     * a value. Kinds that share an attribute name and describe it alike (the kinds of one text mining kit) share
     * one entry, under the first one's label; kinds that describe it differently have one entry
     * each, named with their subjects ({@code Colour (Widgets)}), so no kind's meanings are read as
     * another's.
     */
    static List<Term> glossary(List<FindingKind> kinds) {
        Map<String, Map<List<String>, Version>> byName = new LinkedHashMap<>(); // attribute name -> its meanings -> who states them
        for (FindingKind kind : kinds) {
            for (Attribute attribute : kind.attributes()) {
                if (attribute.meanings().isEmpty()) {
                    continue;
                }
                List<String> meanings = new ArrayList<>();
                attribute.meanings().forEach((value, meaning) -> meanings.add(attribute.readerLabel(value) + ": " + meaning.meaning()));
                byName.computeIfAbsent(attribute.name(), n -> new LinkedHashMap<>())
                        .computeIfAbsent(meanings, m -> new Version(attribute.label(), new ArrayList<>())).kinds().add(kind);
            }
        }
        if (byName.isEmpty()) {
            return List.of();
        }
        List<Term> glossary = new ArrayList<>();
        byName.values().forEach(versions -> versions.forEach((meanings, version) -> glossary.add(new Term(versions.size() == 1
                ? version.label()
                : version.label() + " (" + version.kinds().stream().map(FindingKind::subjectPlural).collect(Collectors.joining(", ")) + ")",
                meanings))));
        // "did not say it" was false where the text says it in words the extractor does not read (report reader s9, H2)
        glossary.add(new Term(Synthesis.NOT_STATED, List.of("no value was read from the finding's sentence (nor, for some attributes, its"
                + " record): the text does not say it, or says it in words the extractor does not recognise; not a value of its own, and"
                + " not \"none\"")));
        // the report's own words, which a reader met undefined in the key results' headings and the tables (the reader's review of
        // session 27, D7)
        glossary.add(new Term("stratum", List.of("the findings that agree on every attribute their kind counts apart (what is compared"
                + " and in whom, say): only findings of one stratum are counted together; the main stratum, which the key results show,"
                + " is the first with votes in the kind's order")));
        glossary.add(new Term("vote", List.of("each voting study's one direction per subject in a stratum: ▲ increased, ▼ decreased, ◆ no"
                + " clear direction (findings that conflict, or no change only); studies of designs that do not vote are listed apart")));
        glossary.add(new Term("breakdown", List.of("a column that counts a subject's voting studies by the values of an attribute they"
                + " state; a study stating two counts under each, and its vote under a value is that of its findings stating it")));
        glossary.add(new Term("pooled contrasts", List.of("a stratum whose findings compare different things of one kind (treatments,"
                + " time points), whose expected directions may differ: its votes answer no one question")));
        return glossary;
    }

    /** One way an attribute name's values are described: the first describing kind's label for it, and the kinds describing them so. */
    private record Version(String label, List<FindingKind> kinds) {
    }
}
