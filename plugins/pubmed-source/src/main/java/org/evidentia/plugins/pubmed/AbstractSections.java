package org.evidentia.plugins.pubmed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidentia.api.AbstractSection;
import org.evidentia.textmining.text.PubmedMarkup;
import org.evidentia.textmining.text.WrappedLines;

/**
 * Splits abstracts into labelled sections ({@code BACKGROUND}, {@code METHODS}, ...). Labels are
 * only recognised where they are unmistakable, so that an unstructured abstract that happens to hold
 * {@code "word: "} stays one section. Section text is plain: PubMed's inline markup is dropped and
 * its text kept ({@link PubmedMarkup}).
 */
public final class AbstractSections {

    /** A label at the start of a line: upper case as in MEDLINE, or Title Case of at most five words. */
    private static final Pattern LINE_LABEL = Pattern.compile(
            "^((?:[A-Z]{2,}(?:[ /&,-]{1,3}[A-Z]{2,}){0,6})"
                    + "|(?:[A-Z][a-z]+(?:[ /-](?:[A-Z][a-z]+|and|of|the|for|to|&)){0,4})):\\s+(.*)$");

    private static final int MAX_LABEL_WORDS = 7;

    /** The section names a labelled paragraph may run on into after a sentence ends ("... functionality. Aims: To ..."). */
    private static final String RUN_IN_NAMES = "Background|Introduction|Context|Rationale|Importance|Hypothesis|Aims?|Objectives?"
            + "|Purpose|(?:Materials and |Patients and |Subjects and )?Methods?|Methodology|(?:Study )?Design|Setting"
            + "|Participants|Interventions?|Measurements|(?:Main )?Outcome Measures?|Results?|Findings|Conclusions?"
            + "|Discussion|Interpretation|Significance|Limitations|Trial Registration";

    /** A section name in Title Case or in capitals after a sentence's end, then ": ". */
    private static final Pattern RUN_IN_LABEL = Pattern.compile(
            "(?<=[.?!])\\s+(" + RUN_IN_NAMES + "|" + RUN_IN_NAMES.toUpperCase(Locale.ROOT) + "):\\s+");

    private AbstractSections() {
    }

    /**
     * Sections of a MEDLINE-style abstract held on one logical line: split at upper-case labels
     * (letter-only words of two or more capitals, joined by spaces, "/", "&amp;", "," or "-", then
     * ": ") when the text starts with one, at the start of each sentence; otherwise one unlabelled
     * section. Scanned by hand rather than with a regular expression: this runs for every MEDLINE
     * abstract. The sections joined again give back {@code markedText} without its inline markup.
     */
    public static List<AbstractSection> inline(String markedText) {
        String text = PubmedMarkup.plainText(markedText);
        int colon = labelColon(text, 0);
        if (colon < 0) {
            return List.of(new AbstractSection(null, text));
        }
        List<AbstractSection> sections = new ArrayList<>();
        String label = text.substring(0, colon);
        int start = colon + 2;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '?' && c != '!' && c != ')') {
                continue;
            }
            int next = i + 1;
            int spaces = 0;
            while (next < text.length() && text.charAt(next) == ' ' && spaces < 2) {
                next++;
                spaces++;
            }
            int nextColon = spaces == 0 ? -1 : labelColon(text, next);
            if (nextColon >= 0) {
                sections.add(new AbstractSection(label, text.substring(start, i + 1).strip()));
                label = text.substring(next, nextColon);
                start = nextColon + 2;
                i = start - 1;
            }
        }
        sections.add(new AbstractSection(label, text.substring(Math.min(start, text.length())).strip()));
        return sections;
    }

    /**
     * The index of the ": " that ends an upper-case label starting at {@code start}, or -1: the
     * hand-written form of {@code [A-Z]{2,}([ /&,-]{1,3}[A-Z]{2,}){0,6}:\s}.
     */
    private static int labelColon(String text, int start) {
        int length = text.length();
        int i = start;
        int words = 0;
        while (true) {
            int wordStart = i;
            while (i < length && text.charAt(i) >= 'A' && text.charAt(i) <= 'Z') {
                i++;
            }
            if (i - wordStart < 2 || ++words > MAX_LABEL_WORDS || i >= length) {
                return -1;
            }
            if (text.charAt(i) == ':') {
                return i + 1 < length && Character.isWhitespace(text.charAt(i + 1)) ? i : -1;
            }
            int separatorStart = i;
            while (i < length && i - separatorStart < 3 && " /&,-".indexOf(text.charAt(i)) >= 0) {
                i++;
            }
            if (i == separatorStart) {
                return -1;
            }
        }
    }

    /**
     * Sections of an abstract printed as wrapped lines in paragraphs, where each labelled section
     * starts a line ({@code "BACKGROUND: ..."} or {@code "Background: ..."}) at the start of a
     * paragraph or after a line that ends a sentence. Paragraphs without a label become unlabelled
     * sections. A labelled section is split again where a section name runs on after a sentence's end
     * ({@code "Background: ... functionality. Aims: To ..."}): an abstract whose authors wrote their
     * labels into the text comes so from PubMed's abstract pages, and read as one section it would be
     * all background.
     *
     * @param paragraphs the abstract's paragraphs, each a list of wrapped lines
     */
    public static List<AbstractSection> fromLines(List<List<String>> paragraphs) {
        List<AbstractSection> sections = new ArrayList<>();
        for (List<String> paragraph : paragraphs) {
            String label = null;
            StringBuilder text = new StringBuilder();
            String previous = null;
            for (String line : paragraph) {
                Matcher matcher = LINE_LABEL.matcher(line.strip());
                if (matcher.matches() && endsSentence(previous)) {
                    if (previous != null) {
                        addSplitAtRunInLabels(sections, label, PubmedMarkup.plainText(text.toString()));
                    }
                    label = matcher.group(1);
                    text.setLength(0);
                    WrappedLines.append(text, matcher.group(2));
                } else {
                    WrappedLines.append(text, line);
                }
                previous = line;
            }
            if (text.length() > 0 || label != null) {
                addSplitAtRunInLabels(sections, label, PubmedMarkup.plainText(text.toString()));
            }
        }
        return sections;
    }

    /** Adds a section, split where a section name runs on after a sentence when the section has a label. */
    private static void addSplitAtRunInLabels(List<AbstractSection> sections, String label, String text) {
        if (label == null) {
            sections.add(new AbstractSection(null, text));
            return;
        }
        Matcher runIn = RUN_IN_LABEL.matcher(text);
        int start = 0;
        while (runIn.find()) {
            sections.add(new AbstractSection(label, text.substring(start, runIn.start())));
            label = runIn.group(1);
            start = runIn.end();
        }
        sections.add(new AbstractSection(label, text.substring(start)));
    }

    private static boolean endsSentence(String previous) {
        if (previous == null) {
            return true;
        }
        String line = previous.strip();
        if (line.isEmpty()) {
            return true;
        }
        char last = line.charAt(line.length() - 1);
        return last == '.' || last == '?' || last == '!';
    }
}
