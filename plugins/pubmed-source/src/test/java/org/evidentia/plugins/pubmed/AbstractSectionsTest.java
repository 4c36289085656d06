package org.evidentia.plugins.pubmed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.evidentia.api.AbstractSection;
import org.junit.jupiter.api.Test;

class AbstractSectionsTest {

    @Test
    void splitsMedlineAbstractsAtUpperCaseLabelsAfterSentences() {
        List<AbstractSection> sections = AbstractSections.inline(
                "BACKGROUND & AIMS: One. HYPOTHESIS/PURPOSE: Two (see IL-6: no label). DESIGN, SETTING, AND PARTICIPANTS: Three? RESULTS: Four.");

        assertThat(sections).containsExactly(
                new AbstractSection("BACKGROUND & AIMS", "One."),
                new AbstractSection("HYPOTHESIS/PURPOSE", "Two (see IL-6: no label)."),
                new AbstractSection("DESIGN, SETTING, AND PARTICIPANTS", "Three?"),
                new AbstractSection("RESULTS", "Four."));
    }

    @Test
    void leavesAbstractsThatDoNotStartWithALabelWhole() {
        String text = "Serum levels rose. TNF: higher in patients. Results: mixed.";

        assertThat(AbstractSections.inline(text)).containsExactly(new AbstractSection(null, text));
        assertThat(AbstractSections.inline("A: too short a label.")).extracting(AbstractSection::label).containsOnlyNulls();
    }

    @Test
    void findsLabelsAtLineStartsOfWrappedParagraphs() {
        List<AbstractSection> sections = AbstractSections.fromLines(List.of(
                List.of("Background and Aims: Cytokines were", "measured.", "Methods: In 10 patients", "Serum: was collected, as a line", "Start: after no sentence end."),
                List.of("An unlabelled paragraph", "wraps here.")));

        assertThat(sections).containsExactly(
                new AbstractSection("Background and Aims", "Cytokines were measured."),
                new AbstractSection("Methods", "In 10 patients Serum: was collected, as a line Start: after no sentence end."),
                new AbstractSection(null, "An unlabelled paragraph wraps here."));
    }

    @Test
    void splitsALabelledParagraphWhereASectionNameRunsOnAfterASentence() {
        List<AbstractSection> sections = AbstractSections.fromLines(List.of(
                List.of("Background: Little is known of serum", "cytokines in gout. Aims: To compare them. Methods: We",
                        "enrolled 40 men. Results: IL-6 was higher in gout (P < 0.05 vs. controls). Conclusions:",
                        "Serum IL-6 rises in gout. METHODS: capitals run on too. Note: not a section name."),
                List.of("An unlabelled paragraph ends. Results: stay in it.")));

        assertThat(sections).containsExactly(
                new AbstractSection("Background", "Little is known of serum cytokines in gout."),
                new AbstractSection("Aims", "To compare them."),
                new AbstractSection("Methods", "We enrolled 40 men."),
                new AbstractSection("Results", "IL-6 was higher in gout (P < 0.05 vs. controls)."),
                new AbstractSection("Conclusions", "Serum IL-6 rises in gout."),
                new AbstractSection("METHODS", "capitals run on too. Note: not a section name."),
                new AbstractSection(null, "An unlabelled paragraph ends. Results: stay in it."));
    }
}
