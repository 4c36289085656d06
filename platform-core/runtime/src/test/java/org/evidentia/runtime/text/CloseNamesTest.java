package org.evidentia.runtime.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CloseNamesTest {

    @Test
    void theNamesATypoAwayComeClosestFirstAndCaseIsIgnored() {
        assertThat(CloseNames.to("questin", List.of("title", "question"))).containsExactly("question");
        assertThat(CloseNames.to("cytokine", List.of("biomarkers", "cytokines"))).containsExactly("cytokines");
        assertThat(CloseNames.to("Reporter", List.of("reporters", "report"))).containsExactly("reporters", "report");
        assertThat(CloseNames.to("frobnicate", List.of("run", "evaluate", "validate"))).isEmpty();
    }

    /** The review of session 30, K6: -r html, -s abstract-text, describe review had no suggestion. */
    @Test
    void aNameThatIsAWholePartOfAnotherIsOfferedAfterTheTyposButNotAFragment() {
        List<String> reporters = List.of("bioc", "findings-jsonl", "html-summary", "review-table");
        assertThat(CloseNames.to("html", reporters)).containsExactly("html-summary");
        assertThat(CloseNames.to("review", reporters)).containsExactly("review-table");
        assertThat(CloseNames.to("abstract-text", List.of("medline", "pubmed-abstract-text", "pubmed-xml"))).containsExactly(
                "pubmed-abstract-text");
        assertThat(CloseNames.to("summ", reporters)).as("a fragment of a part").isEmpty();
        assertThat(CloseNames.to("bio", List.of("bioc", "bio-x"))).as("typos first").containsExactly("bioc", "bio-x");
    }

    @Test
    void aNameThatIsOneOfThemHasNoneCloseAndAtMostThreeAreOffered() {
        assertThat(CloseNames.to("Run", List.of("run", "rum"))).isEmpty();
        assertThat(CloseNames.to("ab", List.of("a", "b", "ab1", "abc", "xab"))).hasSize(3);
    }

    @Test
    void theClauseNamesEachAsShownOrIsEmpty() {
        assertThat(CloseNames.didYouMean("questin", List.of("title", "question"), n -> "html-summary." + n))
                .isEqualTo(" (did you mean 'html-summary.question'?)");
        assertThat(CloseNames.didYouMean("colour", List.of("formats", "bom"))).isEmpty();
        assertThat(CloseNames.editDistance("valdiate", "validate")).isEqualTo(2);
        assertThat(CloseNames.editDistance("", "run")).isEqualTo(3);
    }
}
