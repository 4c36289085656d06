package org.evidentia.plugins.cytokine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
        Specimen recordSpecimen = SpecimenDetector.mostFrequent(sentencesWithMentions(record, titleMentions, abstractMentions));
        Map<String, Finding> findings = new java.util.LinkedHashMap<>();
        if (!title.isEmpty()) {
            read(record, Record.FIELD_TITLE, null, title, new Sentence(0, title.length(), title), titleMentions,
                    recordSpecimen, findings);
        }
        int sectionStart = 0;
        for (AbstractSection section : record.sections()) {
            int textStart = sectionStart + (section.label() == null ? 0 : section.label().length() + 2);
            int textEnd = textStart + section.text().length();
            if (section.label() == null || !METHOD_SECTION.matcher(section.label().strip()).matches()) {
                for (Sentence sentence : splitter.split(section.text())) {
                    Sentence inField = new Sentence(textStart + sentence.start(), textStart + sentence.end(), sentence.text());
                    read(record, Record.FIELD_ABSTRACT, section.label(), abstractText, inField, abstractMentions,
                            recordSpecimen, findings);
                }
            }
            sectionStart = textEnd + 1; // the '\n' between sections in Record.abstractText()
        }
        return List.copyOf(findings.values());
    }

    /**
     * The specimen of a reading: named in its clause; else in its sentence, unless the sentence is a
     * {@code ;}-separated list whose items each name their own; else, when the sentence names none
     * at all, the record's usual specimen.
     */
    private static Specimen specimen(String sentence, Reading reading, Specimen recordSpecimen) {
        Mention m = reading.mention();
        Specimen specimen = SpecimenDetector.nearest(sentence, reading.clauseStart(), reading.clauseEnd(), m.start(), m.end());
        if (specimen != null) {
            return specimen;
        }
        Specimen inSentence = SpecimenDetector.nearest(sentence, 0, sentence.length(), m.start(), m.end());
        if (inSentence == null) {
            return recordSpecimen;
        }
        return sentence.indexOf(';') >= 0 ? null : inSentence;
    }

    /** The sentences of the title and abstract that name a cytokine. */
    private List<String> sentencesWithMentions(Record record, List<Mention> titleMentions, List<Mention> abstractMentions) {
        List<String> sentences = new ArrayList<>();
        if (!titleMentions.isEmpty()) {
            sentences.add(record.text(Record.FIELD_TITLE));
        }
        String abstractText = record.text(Record.FIELD_ABSTRACT);
        int next = 0;
        for (Sentence sentence : splitter.split(abstractText)) {
            while (next < abstractMentions.size() && abstractMentions.get(next).end() <= sentence.start()) {
                next++;
            }
            if (next < abstractMentions.size() && abstractMentions.get(next).start() < sentence.end()) {
                sentences.add(sentence.text());
            }
        }
        return sentences;
    }

    private void read(Record record, String field, String sectionLabel, String fieldText, Sentence sentence,
                      List<Mention> fieldMentions, Specimen recordSpecimen, Map<String, Finding> findings) {
        List<Mention> inSentence = new ArrayList<>();
        for (Mention m : fieldMentions) {
            if (m.start() >= sentence.start() && m.end() <= sentence.end()) {
                inSentence.add(m.shift(-sentence.start()));
            }
        }
        if (inSentence.isEmpty()) {
            return;
        }
        String text = sentence.text();
        for (Reading reading : SentenceReader.read(text, inSentence)) {
            Mention m = reading.mention();
            Specimen specimen = specimen(text, reading, recordSpecimen);
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
            EvidenceSpan span = new EvidenceSpan(field, sectionLabel, text, sentence.start(), sentence.end(),
                    sentence.start() + m.start(), sentence.start() + m.end());
            findings.put(dedupeKey, new Finding(record.id(), Finding.CYTOKINE_CHANGE,
                    new Subject(m.key(), m.entry().label(), m.text()), reading.direction(), attributes, span, null, null));
        }
    }
}
