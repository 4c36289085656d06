package org.evidentia.plugins.cytokine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidentia.api.AbstractSection;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.EvidenceSpan;
import org.evidentia.api.Finding;
import org.evidentia.api.Subject;
import org.evidentia.plugins.cytokine.lexicon.CytokineLexicon;
import org.evidentia.plugins.cytokine.lexicon.LexiconEntry;
import org.evidentia.plugins.cytokine.lexicon.Mention;
import org.evidentia.plugins.cytokine.rules.ContextDetector;
import org.evidentia.plugins.cytokine.rules.SentenceReader.Reading;
import org.evidentia.plugins.cytokine.rules.SentenceReader;
import org.evidentia.plugins.cytokine.rules.SpecimenDetector.Specimen;
import org.evidentia.plugins.cytokine.rules.SpecimenDetector;
import org.evidentia.plugins.cytokine.text.Sentence;
import org.evidentia.plugins.cytokine.text.SentenceSplitter;

/**
 * Reads the findings of one record with one lexicon: title, then each abstract section, sentence
 * by sentence; one finding per (cytokine, direction, specimen), the first statement kept as evidence.
 * Stateless apart from the shared, immutable lexicon.
 */
final class RecordReader {

    /** "both cytokines", "all three cytokines", "the two cytokine concentrations". */
    private static final Pattern COUNTED_CYTOKINES = Pattern.compile(
            "\\b(both|all (?:two|three|four|five|six|[2-6])|the (?:two|three|four|five|six|[2-6])) cytokines?\\b",
            Pattern.CASE_INSENSITIVE);
    /** Sections whose sentences describe what was done, not what was found. */
    private static final Pattern METHOD_SECTION = Pattern.compile(
            "(?:materials? and )?methods?|design|setting|participants|patients|subjects|interventions?|measurements?"
                    + "|(?:study )?design(?: and methods)?|methodology|objectives?|aims?|purpose|study objectives?"
                    + "|main outcome measures?|outcome measures?|patients and methods|subjects and methods|experimental design"
                    + "|trial registration|registration|funding|abbreviations",
            Pattern.CASE_INSENSITIVE);

    private final CytokineLexicon lexicon;
    private final SentenceSplitter splitter = new SentenceSplitter();

    RecordReader(CytokineLexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Finding> findings(BibliographicRecord record) {
        String title = record.text(BibliographicRecord.FIELD_TITLE);
        String abstractText = record.text(BibliographicRecord.FIELD_ABSTRACT);
        List<Mention> titleMentions = lexicon.find(title);
        List<Mention> abstractMentions = lexicon.find(abstractText);
        if (titleMentions.isEmpty() && abstractMentions.isEmpty()) {
            return List.of();
        }
        List<Located> sentences = new ArrayList<>();
        if (!title.isEmpty()) {
            sentences.add(new Located(BibliographicRecord.FIELD_TITLE, null, new Sentence(0, title.length(), title),
                    within(titleMentions, 0, title.length()), false, null));
        }
        List<LexiconEntry> lastNamed = List.of();
        List<String> otherSentences = new ArrayList<>();
        int sectionStart = 0;
        for (AbstractSection section : record.sections()) {
            int textStart = sectionStart + (section.label() == null ? 0 : section.label().length() + 2);
            boolean methods = section.label() != null && METHOD_SECTION.matcher(section.label().strip()).matches();
            for (Sentence sentence : splitter.split(section.text())) {
                Sentence inField = new Sentence(textStart + sentence.start(), textStart + sentence.end(), sentence.text());
                List<Mention> mentions = within(abstractMentions, inField.start(), inField.end());
                if (!mentions.isEmpty()) {
                    sentences.add(new Located(BibliographicRecord.FIELD_ABSTRACT, section.label(), inField, mentions, methods, null));
                    List<LexiconEntry> named = distinctEntries(mentions);
                    if (named.size() >= 2) {
                        lastNamed = named;
                    }
                } else {
                    Located anaphor = anaphor(section.label(), inField, lastNamed, methods);
                    if (anaphor != null) {
                        sentences.add(anaphor);
                    } else {
                        otherSentences.add(inField.text());
                    }
                }
            }
            sectionStart = textStart + section.text().length() + 1; // the '\n' between sections in BibliographicRecord.abstractText()
        }
        RecordSpecimen recordSpecimen = new RecordSpecimen(sentences, otherSentences);
        Map<String, Finding> findings = new LinkedHashMap<>();
        for (Located located : sentences) {
            if (!located.methods()) {
                read(record, located, recordSpecimen, findings);
            }
        }
        // The Extractor contract: title before abstract, then by offset (stable: ties keep reading order).
        List<Finding> ordered = new ArrayList<>(findings.values());
        ordered.sort(Comparator.comparing((Finding f) -> f.evidence().field().equals(BibliographicRecord.FIELD_TITLE) ? 0 : 1)
                .thenComparingInt(f -> f.evidence().mentionStart()));
        return List.copyOf(ordered);
    }

    /**
     * A sentence that names a cytokine, where it is, and its mentions in sentence offsets.
     *
     * @param methods  whether it is in a methods-like section (it still names the record's specimen)
     * @param resolved for a sentence that names its cytokines by a phrase ("both cytokines"), the
     *                 cytokines the phrase stands for; its one mention is the phrase; else null
     */
    private record Located(String field, String section, Sentence sentence, List<Mention> mentions, boolean methods,
                           List<LexiconEntry> resolved) {
    }

    /**
     * A sentence that refers back to a counted set of cytokines ("both cytokines", "all three
     * cytokines", "the two cytokines"): resolved to the cytokines of the latest sentence naming two
     * or more, when there are no more of them than the phrase counts (and exactly two for "both").
     */
    private static Located anaphor(String section, Sentence sentence, List<LexiconEntry> lastNamed, boolean methods) {
        if (lastNamed.size() < 2) {
            return null;
        }
        if (!sentence.text().contains("ytokine")) {
            return null;
        }
        Matcher m = COUNTED_CYTOKINES.matcher(sentence.text());
        if (!m.find()) {
            return null;
        }
        String count = m.group(1).toLowerCase(Locale.ROOT);
        int n = switch (count.replaceFirst("^(?:all|the) ", "")) {
            case "both", "two", "2" -> 2;
            case "three", "3" -> 3;
            case "four", "4" -> 4;
            case "five", "5" -> 5;
            default -> 6;
        };
        if (lastNamed.size() > n || (count.equals("both") && lastNamed.size() != 2)) {
            return null;
        }
        Mention phrase = new Mention(m.start(), m.end(), lastNamed.get(0), sentence.text().substring(m.start(), m.end()));
        return new Located(BibliographicRecord.FIELD_ABSTRACT, section, sentence, List.of(phrase), methods, lastNamed);
    }

    private static List<LexiconEntry> distinctEntries(List<Mention> mentions) {
        Map<String, LexiconEntry> entries = new LinkedHashMap<>();
        for (Mention m : mentions) {
            entries.putIfAbsent(m.key(), m.entry());
        }
        return List.copyOf(entries.values());
    }

    private static List<int[]> spans(List<Mention> mentions) {
        List<int[]> spans = new ArrayList<>();
        for (Mention m : mentions) {
            spans.add(new int[] {m.start(), m.end()});
        }
        return spans;
    }

    /** The mentions inside {@code [start, end)}, moved to offsets relative to {@code start}. */
    private static List<Mention> within(List<Mention> mentions, int start, int end) {
        List<Mention> inside = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.start() >= start && m.end() <= end) {
                inside.add(m.shift(-start));
            }
        }
        return inside;
    }

    private void read(BibliographicRecord record, Located located, RecordSpecimen recordSpecimen, Map<String, Finding> findings) {
        Sentence sentence = located.sentence();
        String text = sentence.text();
        SpecimenDetector.SpecimenWords specimens = null;
        for (Reading reading : readings(located)) {
            Mention m = reading.mention();
            if (specimens == null) {
                specimens = SpecimenDetector.words(text, spans(located.mentions()));
            }
            Specimen specimen = specimen(text, specimens, reading, recordSpecimen);
            String specimenLabel = specimen == null ? null : specimen.label();
            String dedupeKey = m.key() + "\t" + reading.direction() + "\t" + specimenLabel;
            if (findings.containsKey(dedupeKey)) {
                continue;
            }
            String context = ContextDetector.context(text.substring(reading.clauseStart(), reading.clauseEnd()), text,
                    record.title());
            Map<String, String> attributes = new TreeMap<>();
            attributes.put(CytokineKind.SPECIMEN, specimenLabel);
            attributes.put(CytokineKind.CONTEXT, context);
            EvidenceSpan span = new EvidenceSpan(located.field(), located.section(), text, sentence.start(), sentence.end(),
                    sentence.start() + m.start(), sentence.start() + m.end());
            findings.put(dedupeKey, new Finding(record.id(), CytokineKind.NAME,
                    new Subject(m.key(), m.entry().label(), m.text()), reading.direction(), attributes, span, null, null));
        }
    }

    /** The readings of a sentence; a counted phrase ("both cytokines") stands for each cytokine it resolves to. */
    private static List<Reading> readings(Located located) {
        List<Reading> readings = SentenceReader.read(located.sentence().text(), located.mentions());
        if (located.resolved() == null) {
            return readings;
        }
        List<Reading> expanded = new ArrayList<>();
        for (Reading reading : readings) {
            Mention phrase = reading.mention();
            for (LexiconEntry entry : located.resolved()) {
                expanded.add(new Reading(new Mention(phrase.start(), phrase.end(), entry, phrase.text()),
                        reading.direction(), reading.clauseStart(), reading.clauseEnd()));
            }
        }
        return expanded;
    }

    /**
     * The specimen of a reading: named in its clause; else in its sentence, unless the sentence is a
     * {@code ;}-separated list whose items each name their own; else, when the sentence names none
     * at all, the record's usual specimen.
     */
    private static Specimen specimen(String sentence, SpecimenDetector.SpecimenWords specimens, Reading reading,
                                     RecordSpecimen recordSpecimen) {
        Mention m = reading.mention();
        Specimen specimen = specimens.nearest(reading.clauseStart(), reading.clauseEnd(), m.start(), m.end());
        if (specimen != null) {
            return specimen;
        }
        Specimen inSentence = specimens.nearest(0, sentence.length(), m.start(), m.end());
        if (inSentence == null) {
            return recordSpecimen.get();
        }
        return sentence.indexOf(';') >= 0 ? null : inSentence;
    }

    /**
     * The record's usual specimen, worked out on first need (most records never need it): the one
     * its cytokine sentences name most often, else the sample its other sentences name most often.
     */
    private static final class RecordSpecimen {
        private final List<Located> sentences;
        private final List<String> otherSentences;
        private boolean known;
        private Specimen specimen;

        RecordSpecimen(List<Located> sentences, List<String> otherSentences) {
            this.sentences = sentences;
            this.otherSentences = otherSentences;
        }

        Specimen get() {
            if (!known) {
                List<SpecimenDetector.SpecimenWords> words = new ArrayList<>();
                for (Located located : sentences) {
                    words.add(SpecimenDetector.words(located.sentence().text(), spans(located.mentions())));
                }
                specimen = SpecimenDetector.mostFrequent(words);
                if (specimen == null) {
                    List<SpecimenDetector.SpecimenWords> others = new ArrayList<>();
                    for (String other : otherSentences) {
                        others.add(SpecimenDetector.words(other));
                    }
                    specimen = SpecimenDetector.mostFrequentSample(others);
                }
                known = true;
            }
            return specimen;
        }
    }
}
