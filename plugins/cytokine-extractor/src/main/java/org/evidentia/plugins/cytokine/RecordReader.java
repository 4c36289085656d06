package org.evidentia.plugins.cytokine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.evidentia.api.AbstractSection;
import org.evidentia.api.EvidenceSpan;
import org.evidentia.api.Finding;
import org.evidentia.api.Record;
import org.evidentia.api.Subject;
import org.evidentia.plugins.cytokine.lexicon.CytokineLexicon;
import org.evidentia.plugins.cytokine.lexicon.Mention;
import org.evidentia.plugins.cytokine.rules.ContextDetector;
import org.evidentia.plugins.cytokine.rules.SentenceReader;
import org.evidentia.plugins.cytokine.rules.SentenceReader.Reading;
import org.evidentia.plugins.cytokine.rules.SpecimenDetector;
import org.evidentia.plugins.cytokine.rules.SpecimenDetector.Specimen;
import org.evidentia.plugins.cytokine.text.Sentence;
import org.evidentia.plugins.cytokine.text.SentenceSplitter;

/**
 * Reads the findings of one record with one lexicon: title, then each abstract section, sentence
 * by sentence; one finding per (cytokine, direction, specimen), the first statement kept as evidence.
 * Stateless apart from the shared, immutable lexicon.
 */
final class RecordReader {

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

    List<Finding> findings(Record record) {
        String title = record.text(Record.FIELD_TITLE);
        String abstractText = record.text(Record.FIELD_ABSTRACT);
        List<Mention> titleMentions = lexicon.find(title);
        List<Mention> abstractMentions = lexicon.find(abstractText);
        if (titleMentions.isEmpty() && abstractMentions.isEmpty()) {
            return List.of();
        }
        List<Located> sentences = new ArrayList<>();
        if (!title.isEmpty()) {
            sentences.add(new Located(Record.FIELD_TITLE, null, new Sentence(0, title.length(), title),
                    within(titleMentions, 0, title.length()), false));
        }
        int sectionStart = 0;
        for (AbstractSection section : record.sections()) {
            int textStart = sectionStart + (section.label() == null ? 0 : section.label().length() + 2);
            boolean methods = section.label() != null && METHOD_SECTION.matcher(section.label().strip()).matches();
            for (Sentence sentence : splitter.split(section.text())) {
                Sentence inField = new Sentence(textStart + sentence.start(), textStart + sentence.end(), sentence.text());
                List<Mention> mentions = within(abstractMentions, inField.start(), inField.end());
                if (!mentions.isEmpty()) {
                    sentences.add(new Located(Record.FIELD_ABSTRACT, section.label(), inField, mentions, methods));
                }
            }
            sectionStart = textStart + section.text().length() + 1; // the '\n' between sections in Record.abstractText()
        }
        List<SpecimenDetector.SpecimenWords> specimenWords = new ArrayList<>();
        for (Located located : sentences) {
            specimenWords.add(SpecimenDetector.words(located.sentence().text()));
        }
        Specimen recordSpecimen = SpecimenDetector.mostFrequent(specimenWords);
        Map<String, Finding> findings = new LinkedHashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            if (!sentences.get(i).methods()) {
                read(record, sentences.get(i), specimenWords.get(i), recordSpecimen, findings);
            }
        }
        return List.copyOf(findings.values());
    }

    /**
     * A sentence that names a cytokine, where it is, and its mentions in sentence offsets.
     *
     * @param methods whether it is in a methods-like section (it still names the record's specimen)
     */
    private record Located(String field, String section, Sentence sentence, List<Mention> mentions, boolean methods) {
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

    private void read(Record record, Located located, SpecimenDetector.SpecimenWords specimens, Specimen recordSpecimen,
                      Map<String, Finding> findings) {
        Sentence sentence = located.sentence();
        String text = sentence.text();
        for (Reading reading : SentenceReader.read(text, located.mentions())) {
            Mention m = reading.mention();
            Specimen specimen = specimen(text, specimens, reading, recordSpecimen);
            String specimenLabel = specimen == null ? null : specimen.label();
            String dedupeKey = m.key() + "\t" + reading.direction() + "\t" + specimenLabel;
            if (findings.containsKey(dedupeKey)) {
                continue;
            }
            String context = ContextDetector.context(text.substring(reading.clauseStart(), reading.clauseEnd()), text,
                    record.title());
            Map<String, String> attributes = new TreeMap<>();
            attributes.put(Finding.SPECIMEN, specimenLabel);
            attributes.put(Finding.CONTEXT, context);
            EvidenceSpan span = new EvidenceSpan(located.field(), located.section(), text, sentence.start(), sentence.end(),
                    sentence.start() + m.start(), sentence.start() + m.end());
            findings.put(dedupeKey, new Finding(record.id(), Finding.CYTOKINE_CHANGE,
                    new Subject(m.key(), m.entry().label(), m.text()), reading.direction(), attributes, span, null, null));
        }
    }

    /**
     * The specimen of a reading: named in its clause; else in its sentence, unless the sentence is a
     * {@code ;}-separated list whose items each name their own; else, when the sentence names none
     * at all, the record's usual specimen.
     */
    private static Specimen specimen(String sentence, SpecimenDetector.SpecimenWords specimens, Reading reading,
                                     Specimen recordSpecimen) {
        Mention m = reading.mention();
        Specimen specimen = specimens.nearest(reading.clauseStart(), reading.clauseEnd(), m.start(), m.end());
        if (specimen != null) {
            return specimen;
        }
        Specimen inSentence = specimens.nearest(0, sentence.length(), m.start(), m.end());
        if (inSentence == null) {
            return recordSpecimen;
        }
        return sentence.indexOf(';') >= 0 ? null : inSentence;
    }
}
